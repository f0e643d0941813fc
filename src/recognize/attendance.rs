//! Attendance headings as a grammar: [leads] attendance-word [qualifier], singular, plural
//! or inclusive, with or without a colon: "Présents :", "Présent·e·s", "Liste
//! d'émargement", "Étaient également présents", "6 présents :", "Participaient à distance",
//! "Absents excusés", "Présents à la mairie :", "En visioconférence :".

use super::lexicon::{
    self, Att, ATTENDANCE_LEADS, ATTENDANCE_TAILS, ATTENDANCE_WORDS, REMOTE_CUES,
};
use super::text::{fold, split_colon, trim_label};

/// Most words of a heading label; longer is a sentence.
const MAX_LABEL_WORDS: usize = 8;
/// Most words after the attendance word ("à la mairie de Lorient").
const MAX_TAIL_WORDS: usize = 6;

/// Reduces inclusive and singular forms to the masculine plural of the lexicon.
fn plural(word: &str) -> String {
    let w = word
        .replace(".e.s", "s")
        .replace("·e·s", "s")
        .replace("(e)s", "s")
        .replace("(s/es)", "s")
        .replace("(es)", "s")
        .replace("(s)", "s")
        .replace(".es", "s")
        .replace("(e)", "")
        .replace(".e", "");
    let w = w.trim_end_matches([':', '.', ',']);
    let w = w.strip_suffix('s').unwrap_or(w);
    // "excusee" -> "excuse", "presente" -> "present", "participante" -> "participant".
    // ("représenté" is masculine already.)
    let w = if w.ends_with("ee") || (w.ends_with("nte") && !w.starts_with("represent")) {
        &w[..w.len() - 1]
    } else {
        w
    };
    format!("{w}s")
}

/// A qualifier word in the lexicon's form: "excusé.e.s" is "excuses".
fn normalise_tail(word: &str) -> String {
    if attendance_word(word).is_some() {
        plural(word)
    } else {
        word.to_string()
    }
}

/// The attendance word at `words[i]`, if it is one.
fn attendance_word(word: &str) -> Option<Option<Att>> {
    let p = plural(word);
    ATTENDANCE_WORDS
        .iter()
        .find(|(w, _)| *w == p || *w == word)
        .map(|(_, a)| *a)
}

/// The attendance heading at the start of a line, if any, and what follows its colon.
pub fn attendance_heading(text: &str) -> Option<(Option<Att>, String)> {
    let (label, rest) = split_colon(text).unwrap_or((text, ""));
    let label = trim_label(label).trim_end_matches(['*', '_']);
    let rest = rest.trim();
    if label.is_empty()
        || (rest.is_empty() && text.trim_end().ends_with(['.', ';', '?', '!']))
        || label.split_whitespace().count() > MAX_LABEL_WORDS
    {
        return None;
    }
    let f = fold(label);
    let words: Vec<&str> = f
        .split(|c: char| c.is_whitespace() || c == '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let mut i = 0;
    while i < words.len()
        && (ATTENDANCE_LEADS.contains(&words[i]) || words[i] == "d" || words[i] == "l")
        || words
            .get(i)
            .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
    {
        i += 1;
    }
    let (mut att, tail) = match words.get(i).and_then(|w| attendance_word(w)) {
        Some(a) => (a, &words[i + 1..]),
        // "En visioconférence :", "À distance :" alone head a list of remote people.
        None if i == 0 && lexicon::contains_any(&f, REMOTE_CUES) && words.len() <= 3 => {
            (Some(Att::Remote), &words[words.len()..])
        }
        None => return None,
    };
    let tail: Vec<String> = tail.iter().map(|w| normalise_tail(w)).collect();
    let tail_text = tail.join(" ");
    let remote = lexicon::contains_any(&tail_text, REMOTE_CUES);
    if !tail.is_empty()
        && !remote
        && (tail.len() > MAX_TAIL_WORDS
            || !(ATTENDANCE_TAILS.contains(&tail[0].as_str()) || tail[0].starts_with('(')))
    {
        return None;
    }
    if remote {
        att = Some(Att::Remote);
    } else if att == Some(Att::Absent) && tail.first().is_some_and(|w| w.starts_with("excuse")) {
        att = Some(Att::Excused);
    } else if att == Some(Att::Absent) && tail.first().is_some_and(|w| w.starts_with("represent")) {
        att = Some(Att::Represented);
    }
    Some((att, strip_salutation(rest).to_string()))
}

/// The attendance a marker states at the start of a folded text: "excusée", "à distance",
/// "présent(e)", "arrivé à 15 h".
pub(crate) fn marker_at_start(folded: &str) -> Option<Att> {
    let f = folded.trim();
    lexicon::ENTRY_MARKERS
        .iter()
        .find(|(cues, _)| cues.iter().any(|c| lexicon::starts_with_word(f, c)))
        .map(|(_, att)| *att)
}

/// The attendance an entry states anywhere in it, in this order: a late arrival (there
/// after all, whatever list it is in), a proxy, excused, absent, remote.
pub(crate) fn stated_in(folded: &str) -> Option<Att> {
    let any = |list: &'static [&'static str]| lexicon::contains_any(folded, list);
    let marked = |att: Att| {
        lexicon::ENTRY_MARKERS
            .iter()
            .filter(|(_, a)| *a == att)
            .any(|(cues, _)| any(cues))
    };
    if any(lexicon::LATE_ARRIVALS) {
        Some(Att::Present)
    } else if any(lexicon::PROXY_CUES) {
        Some(Att::Represented)
    } else if marked(Att::Excused) {
        Some(Att::Excused)
    } else if marked(Att::Absent) {
        Some(Att::Absent)
    } else if any(REMOTE_CUES) {
        Some(Att::Remote)
    } else {
        None
    }
}

/// A person's attendance from the marker on their entry and the list they are in: a remote
/// marker makes remote only someone listed as present, and someone present under a remote
/// list stays remote; any other marker is the person's own.
pub(crate) fn combine(marker: Option<Att>, list: Att) -> Att {
    match marker {
        None => list,
        Some(Att::Remote) if list != Att::Present => list,
        Some(Att::Present) if list == Att::Remote => Att::Remote,
        Some(a) => a,
    }
}

/// "Mesdames et Messieurs" after a heading is a salutation, not a name.
fn strip_salutation(s: &str) -> &str {
    let a = super::analysis::Analysed::new(s);
    for sal in lexicon::SALUTATIONS {
        if a.folded.starts_with(sal) {
            return a
                .orig_slice(sal.len(), a.folded.len())
                .trim_start_matches([',', ':', ' ']);
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn att(text: &str) -> Option<Option<Att>> {
        attendance_heading(text).map(|(a, _)| a)
    }

    #[test]
    fn heading_words_in_every_form() {
        assert_eq!(att("Présent·e·s :"), Some(Some(Att::Present)));
        assert_eq!(att("Présentes"), Some(Some(Att::Present)));
        assert_eq!(att("Excusée :"), Some(Some(Att::Excused)));
        assert_eq!(att("Absent.e.s excusé.e.s"), Some(Some(Att::Excused)));
        assert_eq!(att("Liste d'émargement"), Some(None));
        assert_eq!(
            att("Étaient également présents :"),
            Some(Some(Att::Present))
        );
        assert_eq!(att("4 présents :"), Some(Some(Att::Present)));
        assert_eq!(att("Procurations"), Some(Some(Att::Represented)));
        assert_eq!(att("Composition du comité"), Some(None));
        assert_eq!(
            att("Absent(s/es) représenté(s/es) :"),
            Some(Some(Att::Represented))
        );
        assert_eq!(att("Représentées"), Some(Some(Att::Represented)));
    }

    #[test]
    fn qualifiers_of_place_and_mode() {
        assert_eq!(att("Participaient à distance :"), Some(Some(Att::Remote)));
        assert_eq!(
            att("Présents à la Maison des Sociétés :"),
            Some(Some(Att::Present))
        );
        assert_eq!(att("Présents en visio"), Some(Some(Att::Remote)));
        assert_eq!(att("En visioconférence :"), Some(Some(Att::Remote)));
    }

    #[test]
    fn markers_and_lists() {
        assert_eq!(stated_in("lea roux (arrivee a 19 h)"), Some(Att::Present));
        assert_eq!(
            stated_in("paul abel, represente par anne roux"),
            Some(Att::Represented)
        );
        assert_eq!(stated_in("mme riou (excusee)"), Some(Att::Excused));
        assert_eq!(stated_in("chargee de mission"), None);
        assert_eq!(combine(Some(Att::Remote), Att::Excused), Att::Excused);
        assert_eq!(combine(Some(Att::Remote), Att::Present), Att::Remote);
        assert_eq!(combine(Some(Att::Present), Att::Excused), Att::Present);
        assert_eq!(combine(Some(Att::Present), Att::Remote), Att::Remote);
        assert_eq!(combine(None, Att::Absent), Att::Absent);
    }

    #[test]
    fn inline_list_after_colon() {
        let (a, rest) = attendance_heading("Membres présents : Léa Morin, Hugo Petit").unwrap();
        assert_eq!(
            (a, rest.as_str()),
            (Some(Att::Present), "Léa Morin, Hugo Petit")
        );
    }

    #[test]
    fn sentences_and_other_words_are_not_headings() {
        assert_eq!(att("Présentation du budget"), None);
        assert_eq!(att("Participation des habitants au projet"), None);
        assert_eq!(att("Les présents ont validé la proposition."), None);
        assert_eq!(att("Absence de quorum"), None);
    }
}

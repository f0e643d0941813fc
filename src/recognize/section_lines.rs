//! What a single line must look like to head a section: a numbered or lettered title, a
//! bold or capitals line standing alone, not a date, a list heading or a sentence.

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{self, ATTENDANCE_HEADINGS, RESOURCE_HEADINGS};
use super::text::{fold, trim_label};

/// A heading numbered by a capital letter: "A. Ouverture", "B) Budget".
static LETTERED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?P<num>[A-L])[.)]\s+(?P<title>\S.*)$").expect("valid regex"));
pub(crate) static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?i:point)\s*(?:n°|no|n\s°|numéro)?\s*)?(?P<num>\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})\s*(?:[.)°/:]|\s[-–—:/])\s*(?P<title>\S.*)$",
    )
    .expect("valid regex")
});

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

pub(crate) fn looks_like_title(s: &str) -> bool {
    let s = s.trim();
    words(s) <= 20 && !s.ends_with(['.', ';', ',']) || s.ends_with("...") || s.ends_with('…')
}

/// Lines that open participant or resource lists are not agenda items.
pub(crate) fn is_list_heading(text: &str) -> bool {
    let f = fold(trim_label(text).trim_start_matches(['[', '(']));
    ATTENDANCE_HEADINGS
        .iter()
        .any(|(h, _)| lexicon::starts_with_word(&f, h))
        || lexicon::starts_with_any(&f, RESOURCE_HEADINGS)
        || lexicon::starts_with_any(&f, lexicon::NON_SECTION_HEADINGS)
        || lexicon::starts_with_any(&f, lexicon::BACK_MATTER_HEADINGS)
        || lexicon::MEMBER_BODIES
            .iter()
            .any(|m| lexicon::starts_with_word(&f, m))
}

/// A date alone ("17 mai 2022"), or a month ("Février", "mars 2019"), heads a day or a
/// page of a journal, not an agenda item.
pub(crate) fn is_date_only(text: &str) -> bool {
    let f = fold(text);
    let month_only = {
        let words: Vec<&str> = f
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect();
        !words.is_empty()
            && words
                .iter()
                .any(|w| lexicon::MONTHS.iter().any(|(m, _)| m == w))
            && words.iter().all(|w| {
                lexicon::MONTHS.iter().any(|(m, _)| m == w)
                    || (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
            })
    };
    if month_only {
        return true;
    }
    let dates = super::dates::find_dates(text);
    dates.first().is_some_and(|d| {
        let rest = format!("{}{}", &f[..d.start], &f[d.end..]);
        rest.split_whitespace().all(|w| {
            lexicon::WEEKDAYS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
                || w.len() <= 2
        })
    })
}

/// A short line in capitals ("COMMISSION D'APPEL D'OFFRES", "SUBVENTIONS").
pub(crate) fn is_capitals_title(text: &str) -> bool {
    let t = text.trim();
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    let long_word = t
        .split_whitespace()
        .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 5);
    letters.len() >= 5
        && letters.iter().all(|c| c.is_uppercase())
        && long_word
        && words(t) <= 12
        && !t.ends_with([':', ',', ';'])
        && !super::names::is_person_name(t)
}

/// Most words of a bold line standing as a section title.
const MAX_BOLD_TITLE_WORDS: usize = 12;

/// A whole bold line standing alone as a title: short, no sentence, no label, no list head.
pub(crate) fn is_bold_title(text: &str) -> bool {
    let t = trim_label(text);
    !t.is_empty()
        && t.split_whitespace().count() <= MAX_BOLD_TITLE_WORDS
        && !text.trim().ends_with([':', '.', ';', ','])
        && t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && looks_like_title(t)
        && !is_list_heading(t)
        && !is_date_only(t)
}

/// "Délibération n° 2023-41 : Tarifs", "Dossier n° 4 – Voirie": a numbered item of a council's
/// agenda, the noun from the lexicon.
static NUMBERED_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<noun>\S+)\s+(?i:n\s*°|no\.?|num[ée]ro)\s*(?P<num>[0-9][0-9A-Za-z./-]*)\s*[:–—-]\s*(?P<title>\S.*)$",
    )
    .expect("valid regex")
});

/// The number and title of a numbered agenda item named by its noun.
pub(crate) fn numbered_item(text: &str) -> Option<(String, String)> {
    let c = NUMBERED_ITEM.captures(text.trim())?;
    let noun = fold(&c["noun"]);
    if !lexicon::NUMBERED_ITEM_NOUNS.contains(&noun.as_str()) {
        return None;
    }
    let title = cut_run_on(trim_label(&c["title"])).trim_end_matches('.');
    (looks_like_title(title) && title.starts_with(char::is_uppercase))
        .then(|| (c["num"].to_string(), title.to_string()))
}

/// Glyphs that open a list item, run into a flattened line.
const BULLET_GLYPHS: [char; 7] = ['●', '•', '▪', '◦', '■', '►', '➢'];

/// A title a flattened page ran into the next sentence ("Travaux du gymnase
/// Prévus pour l'été ..."): it stops where a capitalised word follows a lowercase one.
pub(crate) fn cut_run_on(title: &str) -> &str {
    // A bullet glyph opens the first item of a list under the title.
    let title = match title.find(BULLET_GLYPHS) {
        Some(at) if at > 0 => title[..at].trim_end(),
        _ => title,
    };
    let words: Vec<(usize, &str)> = super::text::words_at(title);
    if words.len() <= 8 {
        return title;
    }
    for k in 3..words.len() {
        let prev = words[k - 1].1;
        let w = words[k].1;
        let prev_lower = prev.chars().next().is_some_and(char::is_lowercase)
            && !lexicon::NAME_PARTICLES.contains(&fold(prev).as_str())
            && !matches!(
                fold(prev).as_str(),
                "a" | "et" | "en" | "aux" | "au" | "pour" | "sur"
            );
        let starts_upper = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase);
        if prev_lower && starts_upper {
            return title[..words[k].0].trim_end();
        }
    }
    title
}

pub(crate) fn split_number(text: &str) -> (Option<String>, String) {
    // A heading written as a link or a note keeps its words, not its brackets.
    let text = text.trim();
    let text = match (text.strip_prefix('['), text.ends_with(']')) {
        (Some(inner), true) => &inner[..inner.len() - 1],
        _ => text,
    };
    match NUMBERED.captures(text).or_else(|| LETTERED.captures(text)) {
        Some(c) => (
            Some(c["num"].to_string()),
            trim_label(&c["title"]).to_string(),
        ),
        None => (None, trim_label(text).to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_items_of_a_council_agenda() {
        assert_eq!(
            numbered_item("Délibération n° 2021-07 : Tarifs de la médiathèque"),
            Some(("2021-07".into(), "Tarifs de la médiathèque".into()))
        );
        assert_eq!(
            numbered_item("DOSSIER N°3 – Voirie communale"),
            Some(("3".into(), "Voirie communale".into()))
        );
        assert_eq!(numbered_item("Facture n° 12 : réglée le 3 mai"), None);
    }

    #[test]
    fn run_on_titles_stop_at_a_bullet_or_a_new_sentence() {
        assert_eq!(
            cut_run_on("BUDGET • Vote des subventions aux clubs"),
            "BUDGET"
        );
        assert_eq!(cut_run_on("Travaux ▪ école"), "Travaux");
        assert_eq!(
            cut_run_on("Travaux de la salle des fêtes du bourg Prévus pour cet automne"),
            "Travaux de la salle des fêtes du bourg"
        );
        assert_eq!(cut_run_on("Questions diverses"), "Questions diverses");
    }
}

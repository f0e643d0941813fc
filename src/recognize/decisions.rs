//! Decisions, actions, proposals, requests, deferrals and dated upcoming events, with owner,
//! due date and structured votes when written.

use std::sync::LazyLock;

use regex::Regex;

use super::dates::{find_dates, find_times};
use super::lexicon::{
    self, ACTION_CUES, ACTION_INFINITIVES, DECISION_CUES, DEFERRAL_CUES, EVENT_NOUNS,
    PROPOSAL_CUES, REQUEST_CUES,
};
use super::lines::Line;
use super::names::is_person_name;
use super::text::{fold, split_colon, trim_label};
use crate::record::{DecisionKind, SourceSpan, Vote};

/// A decision-like item before ids and sections are assigned.
#[derive(Debug, Clone)]
pub struct Item {
    pub kind: DecisionKind,
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<String>,
    pub vote: Option<Vote>,
    pub line: usize,
    pub span: SourceSpan,
}

static VOTE_FOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d+)\s*(?:voix\s+)?pour\b").expect("valid regex"));
static VOTE_AGAINST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d+)\s*(?:voix\s+)?contre\b").expect("valid regex"));
static VOTE_ABST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d+)\s*abstentions?\b").expect("valid regex"));
static YEAR_DUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:en|pour|d'ici|avant|des|courant|fin|debut)\s+((?:19|20)\d\d)\b")
        .expect("valid regex")
});
static MONTH_DUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:avant|d'ici|pour|fin|debut|courant|mi-|en)\s*(?:le\s+mois\s+de\s+|la\s+fin\s+)?(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)(?:\s+(?:19|20)\d\d)?").expect("valid regex")
});

/// Structured vote in a text, if any.
pub fn vote_of(text: &str) -> Option<Vote> {
    let f = fold(text);
    let num = |re: &Regex| re.captures(&f).and_then(|c| c[1].parse().ok());
    let unanimous = f.contains("unanimite");
    let (for_, against, abstentions) = (num(&VOTE_FOR), num(&VOTE_AGAINST), num(&VOTE_ABST));
    if !unanimous && for_.is_none() && against.is_none() && abstentions.is_none() {
        return None;
    }
    Some(Vote {
        unanimous,
        for_,
        against,
        abstentions,
    })
}

/// Maps a byte range of `fold(text)` back to `text` through the analysed text's offset map.
fn original_slice(text: &str, _folded: &str, start: usize, end: usize) -> String {
    super::analysis::Analysed::new(text)
        .orig_slice(start, end)
        .to_string()
}

/// Due date as written: "avant juin", "en 2021", "le 15 mars", "22 septembre, 9h30-11h".
fn due_of(text: &str) -> Option<String> {
    let f = fold(text);
    if let Some(d) = find_dates(text).first() {
        let mut end = d.end;
        let times = find_times(text);
        if let Some(last) = times
            .iter()
            .rfind(|t| t.start >= d.end && t.start <= d.end + 4)
        {
            end = last.end;
            // A range "9h30-11h": take the second time too.
            if let Some(t2) = times
                .iter()
                .find(|t| t.start > last.end && t.start <= last.end + 3)
            {
                end = t2.end;
            }
        }
        return Some(original_slice(text, &f, d.start, end).trim().to_string());
    }
    if let Some(c) = YEAR_DUE.captures(&f) {
        return Some(c[1].to_string());
    }
    if let Some(m) = MONTH_DUE.find(&f) {
        return Some(
            original_slice(text, &f, m.start(), m.end())
                .trim()
                .to_string(),
        );
    }
    None
}

/// The text of an item: a short label before a colon ("Nota bene :", "Action :") is dropped.
fn item_text(text: &str) -> String {
    if let Some((label, rest)) = split_colon(text) {
        let words = label.split_whitespace().count();
        if words <= 3 && !rest.trim().is_empty() && !is_person_name(trim_label(label)) {
            return trim_label(rest).to_string();
        }
    }
    trim_label(text).to_string()
}

/// "Name : action" lines name the owner.
fn owner_of(text: &str) -> Option<String> {
    let t = text.trim_start();
    if t.starts_with('@') {
        let handle = t.split_whitespace().next()?;
        return Some(
            handle
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_string(),
        );
    }
    let (label, rest) = split_colon(text)?;
    let label = trim_label(label);
    if rest.trim().is_empty() {
        return None;
    }
    if is_person_name(label)
        || label.starts_with('@')
        || (!label.contains(' ')
            && super::names::is_name_token(label)
            && label.chars().any(char::is_lowercase))
    {
        return Some(label.to_string());
    }
    // "... : @yann"
    let at = rest.split_whitespace().find(|w| w.starts_with('@'))?;
    Some(
        at.trim_matches(|c: char| !c.is_alphanumeric() && c != '@')
            .to_string(),
    )
}

/// What surrounds a line: the meeting date and the title of its section.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub meeting: Option<(i32, u32, u32)>,
    pub year: Option<i32>,
    /// Folded title of the enclosing section.
    pub section: Option<&'a str>,
    pub is_item: bool,
    /// A bullet at the outer level (sub-bullets detail their parent).
    pub is_top_item: bool,
}

/// A line that reports a state: "... : fait", "(en cours)", "FAIT".
fn done_status(f: &str) -> bool {
    let t = f.trim_end_matches(|c: char| !c.is_alphanumeric());
    [
        "fait", "faite", "faits", "termine", "terminee", "ok", "done", "acheve", "realise",
    ]
    .iter()
    .any(|w| {
        t.ends_with(w)
            && t[..t.len() - w.len()]
                .trim_end()
                .ends_with([':', '(', '-', '–'])
    }) || t.ends_with(": en cours")
        || f.contains("(fait)")
        || f.contains(" fait \\o/")
}

/// A section whose items are all to do ("Actions", "À venir", "Prochaines étapes") or
/// all decided ("Décisions", "Relevé de décisions").
fn section_kind(section: Option<&str>) -> Option<DecisionKind> {
    let s = section?;
    if lexicon::contains_any(s, lexicon::ACTION_SECTIONS) {
        Some(DecisionKind::Action)
    } else if lexicon::contains_any(s, lexicon::DECISION_SECTIONS) {
        Some(DecisionKind::Decision)
    } else if lexicon::contains_any(s, EVENT_NOUNS)
        && (s.contains("prochain") || s.contains("prochaine"))
    {
        Some(DecisionKind::Event)
    } else {
        None
    }
}

/// An infinitive opening a task: a verb from the lexicon, or a word with an infinitive
/// ending that the lexicon does not list as a noun.
fn is_infinitive(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '(' && c != ')');
    let w = w.trim_start_matches("(re)");
    ACTION_INFINITIVES.contains(&w)
        || (w.len() >= 5
            && (w.ends_with("er") || w.ends_with("ir") || w.ends_with("re"))
            && !lexicon::NOT_INFINITIVES.contains(&w)
            && !w.contains('\''))
}

fn classify(text: &str, ctx: Context) -> Option<DecisionKind> {
    let f = fold(text);
    // The body after a short label ("Sofia : contacter ...", "Action : ...").
    let body = fold(
        split_colon(text)
            .filter(|(l, r)| l.split_whitespace().count() <= 4 && !r.trim().is_empty())
            .map_or(text, |(_, r)| r)
            .trim(),
    );
    let first = body.split([' ', '\'']).next().unwrap_or("");
    let upcoming_date = upcoming(text, ctx.meeting, ctx.year);
    if lexicon::contains_any(&f, DEFERRAL_CUES) && !upcoming_date {
        return Some(DecisionKind::Deferral);
    }
    if lexicon::starts_with_any(&f, lexicon::REQUEST_OPENERS)
        || lexicon::contains_any(&f, REQUEST_CUES)
    {
        return Some(DecisionKind::Request);
    }
    let short = text.split_whitespace().count() <= 10;
    if upcoming_date
        && (lexicon::contains_any(&f, EVENT_NOUNS)
            || section_kind(ctx.section) == Some(DecisionKind::Event)
            || short)
    {
        return Some(DecisionKind::Event);
    }
    if lexicon::contains_any(&f, DECISION_CUES) {
        return Some(DecisionKind::Decision);
    }
    // "@yann investigue", "@laurenta organise une commande": a handle doing something.
    // "@yann investigue", also after a clause ("..., @yann regarde"), not "@yann a
    // rencontré" (already done).
    let words: Vec<&str> = f.split_whitespace().collect();
    let handle_acts = words.windows(2).enumerate().any(|(k, w)| {
        let opens = k == 0 || words[k - 1].ends_with([',', ';']);
        opens
            && w[0].starts_with('@')
            && !w[1].ends_with(':')
            && !matches!(w[1], "a" | "avait" | "etait" | "est" | "ont" | "avaient")
    });
    // "Une date est à caler : @yann": the task, then who takes it.
    let owner_after = split_colon(text).is_some_and(|(_, r)| {
        let r = r.trim().trim_end_matches('.');
        !r.is_empty()
            && r.split_whitespace()
                .all(|w| w.starts_with('@') || matches!(w, "et" | "," | "&"))
    });
    if handle_acts
        || owner_after
        || lexicon::contains_any(&f, ACTION_CUES)
        || ((is_infinitive(first) || ACTION_INFINITIVES.contains(&first))
            && owner_of(text).is_some())
    {
        return Some(DecisionKind::Action);
    }
    if ctx.is_top_item {
        if let Some(k) = section_kind(ctx.section).filter(|k| *k != DecisionKind::Event) {
            return Some(k);
        }
    }
    // Sub-bullets of an action detail it.
    let detail_of_action =
        !ctx.is_top_item && section_kind(ctx.section) == Some(DecisionKind::Action);
    if !detail_of_action
        && (lexicon::contains_any(&f, PROPOSAL_CUES)
            || (ctx.is_item && ACTION_INFINITIVES.contains(&first)))
    {
        return Some(DecisionKind::Proposal);
    }
    None
}

/// A date in the text after the meeting date.
fn upcoming(text: &str, meeting: Option<(i32, u32, u32)>, year: Option<i32>) -> bool {
    let Some(m) = meeting else {
        return false;
    };
    let f = fold(text);
    if lexicon::contains_any(&f, lexicon::PUBLICATION_CUES) {
        return false;
    }
    find_dates(text).iter().any(|d| {
        let y = d.year.or(year).unwrap_or(m.0);
        (y, d.month, d.day) > m
    }) || lexicon::MONTHS.iter().any(|(name, month)| {
        // "courant janvier 2021", "en mai prochain": a later month.
        let with_year = (2000..2100).find(|y| f.contains(&format!("{name} {y}")));
        match with_year {
            Some(y) => (y, *month) > (m.0, m.1),
            None => lexicon::contains_word(&f, &format!("{name} prochain")) && *month != m.1,
        }
    })
}

/// Sentences of a long paragraph, so that one cue does not carry a whole page.
fn sentences(text: &str) -> Vec<&str> {
    if text.split_whitespace().count() <= 40 {
        return vec![text];
    }
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?') && b.get(i + 1) == Some(&b' ') {
            out.push(text[start..=i].trim());
            start = i + 1;
        }
    }
    out.push(text[start..].trim());
    out.retain(|s| !s.is_empty());
    out
}

/// Action tables ("Qui | Quoi | Quand"): one action a row, with owner and due date.
fn action_table_rows(lines: &[Line], skip: &mut [bool], out: &mut Vec<Item>) {
    let mut i = 0;
    while i < lines.len() {
        let Some((table, row, _)) = lines[i].cell else {
            i += 1;
            continue;
        };
        let end = (i..lines.len())
            .find(|&j| lines[j].cell.map(|c| c.0) != Some(table))
            .unwrap_or(lines.len());
        let header: Vec<(u32, String)> = lines[i..end]
            .iter()
            .take_while(|l| l.cell.is_some_and(|c| c.1 == row))
            .filter_map(|l| l.cell.map(|c| (c.2, fold(&l.text))))
            .collect();
        let col = |names: &'static [&'static str]| {
            header
                .iter()
                .find(|(_, h)| lexicon::starts_with_any(h, names))
                .map(|(c, _)| *c)
        };
        let who = col(lexicon::OWNER_COLUMNS);
        let when = col(lexicon::DUE_COLUMNS);
        // A table of decisions with who carries each out lists decisions, not tasks.
        let (what, kind) = match col(lexicon::TASK_COLUMNS) {
            Some(c) => (Some(c), DecisionKind::Action),
            None => (col(lexicon::DECISION_COLUMNS), DecisionKind::Decision),
        };
        let Some(what) = what.filter(|_| who.is_some() || when.is_some()) else {
            i = end;
            continue;
        };
        let mut j = i;
        while j < end {
            let r = lines[j].cell.map(|c| c.1);
            let row_end = (j..end)
                .find(|&k| lines[k].cell.map(|c| c.1) != r)
                .unwrap_or(end);
            let cell = |c: Option<u32>| -> Option<String> {
                let c = c?;
                let s = lines[j..row_end]
                    .iter()
                    .filter(|l| l.cell.map(|x| x.2) == Some(c))
                    .map(|l| l.text.clone())
                    .collect::<Vec<_>>()
                    .join(" ");
                (!s.is_empty()).then_some(s)
            };
            if r != Some(row) {
                if let Some(text) = cell(Some(what)) {
                    out.push(Item {
                        kind,
                        owner: cell(who),
                        due: cell(when),
                        vote: None,
                        text,
                        line: j,
                        span: lines[j].span.clone(),
                    });
                }
            }
            j = row_end;
        }
        for s in skip.iter_mut().take(end).skip(i) {
            *s = true;
        }
        i = end;
    }
}

/// Finds decision-like items in lines not marked in `skip`.
pub fn find_decisions(
    lines: &[Line],
    skip: &[bool],
    sections: &[Option<String>],
    meeting: Option<(i32, u32, u32)>,
    year: Option<i32>,
) -> Vec<Item> {
    let mut out = Vec::new();
    let mut skip = skip.to_vec();
    action_table_rows(lines, &mut skip, &mut out);
    // The agenda ("Ordre du jour : 1. ... 2. ...") lists topics, not decisions.
    let mut agenda = false;
    for (i, line) in lines.iter().enumerate() {
        let label = fold(super::text::trim_label(
            split_colon(&line.text).map_or(line.text.as_str(), |(l, _)| l),
        ));
        let label = label.trim_start_matches(['[', '(']);
        // Only the agenda announced before the first item: a later "Ordre du jour" heading
        // holds the discussion itself.
        if sections[i].is_none()
            && lexicon::starts_with_any(label, lexicon::NON_SECTION_HEADINGS)
            && line.text.split_whitespace().count() <= 8
        {
            agenda = true;
            continue;
        }
        if agenda
            && (matches!(line.kind, super::lines::Kind::Heading(..))
                || (i > 0 && sections[i] != sections[i - 1]))
        {
            agenda = false;
        }
        if agenda && (line.is_item() || line.text.split_whitespace().count() <= 12) {
            continue;
        }
        if skip[i] || line.is_link_only() {
            continue;
        }
        let ctx = Context {
            meeting,
            year,
            section: sections[i].as_deref(),
            is_item: line.is_item(),
            is_top_item: line.level() == Some(0),
        };
        // Source lines that each end a sentence are read one by one.
        let units: Vec<&str> = if line.parts.len() > 1
            && line
                .parts
                .iter()
                .all(|p| p.trim_end().ends_with(['.', ';', '!', '?', ':']))
        {
            line.parts.iter().map(String::as_str).collect()
        } else {
            vec![line.text.as_str()]
        };
        for sentence in units.into_iter().flat_map(sentences) {
            // An action note in parentheses ("(cf. discours à récupérer)") stands alone.
            let f = fold(sentence);
            let paren = sentence
                .rfind('(')
                .and_then(|o| sentence[o..].find(')').map(|c| &sentence[o + 1..o + c]))
                .filter(|p| lexicon::contains_any(&fold(p), ACTION_CUES));
            let (text, kind) = match paren {
                Some(p) if !lexicon::contains_any(&f, DECISION_CUES) => {
                    (p, Some(DecisionKind::Action))
                }
                _ => (sentence, classify(sentence, ctx)),
            };
            let Some(kind) = kind else { continue };
            // A question is not decided ("La fête annuelle aura-t-elle lieu ?").
            if sentence.trim_end().ends_with('?') && kind != DecisionKind::Request {
                continue;
            }
            // A progress report ("Connexion : fait", "Nettoyage (fait)") is not to do.
            if done_status(&f) && kind != DecisionKind::Decision {
                continue;
            }
            let text = item_text(text);
            if text.split_whitespace().count() < 2 {
                continue;
            }
            out.push(Item {
                kind,
                owner: owner_of(sentence),
                due: due_of(&text),
                vote: if kind == DecisionKind::Decision {
                    vote_of(sentence)
                } else {
                    None
                },
                text,
                line: i,
                span: line.span.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn votes() {
        let v = vote_of("Adopté par 23 pour, 2 contre, 1 abstention").unwrap();
        assert_eq!(
            (v.for_, v.against, v.abstentions, v.unanimous),
            (Some(23), Some(2), Some(1), false)
        );
        assert!(vote_of("adopté à l'unanimité").unwrap().unanimous);
        assert!(vote_of("le budget").is_none());
    }

    #[test]
    fn kinds() {
        let m = Some((2020, 9, 21));
        let k = |t: &str| {
            classify(
                t,
                Context {
                    meeting: m,
                    year: Some(2020),
                    section: None,
                    is_item: false,
                    is_top_item: false,
                },
            )
        };
        assert_eq!(
            k("Ce point sera repris en 2021"),
            Some(DecisionKind::Deferral)
        );
        assert_eq!(
            k("Demande de rencontre avec les associations"),
            Some(DecisionKind::Request)
        );
        assert_eq!(
            k("Assemblée plénière le 23 septembre, 10h-12h"),
            Some(DecisionKind::Event)
        );
        assert_eq!(k("Assemblée plénière le 3 septembre"), None);
        assert_eq!(
            k("Le conseil décide à l'unanimité"),
            Some(DecisionKind::Decision)
        );
        assert_eq!(
            k("ACTION: Maëlle publie le compte rendu sur le wiki"),
            Some(DecisionKind::Action)
        );
        assert_eq!(
            k("Un créneau est à trouver avec la mairie : @lena"),
            Some(DecisionKind::Action)
        );
        assert_eq!(
            k("Le serveur ne répond plus, @malo regarde."),
            Some(DecisionKind::Action)
        );
        assert_eq!(k("@malo a rencontré le bailleur"), None);
        assert_eq!(
            k("Le bureau retient la deuxième formule de financement"),
            Some(DecisionKind::Decision)
        );
        assert_eq!(
            k("La commune de Kaya demande un appui pour équiper le dispensaire"),
            Some(DecisionKind::Request)
        );
        assert_eq!(
            k("L'association est chargée du suivi des inscriptions"),
            Some(DecisionKind::Action)
        );
        assert_eq!(
            k("Le consulat organise le 12 octobre 2020 une journée portes ouvertes"),
            Some(DecisionKind::Event)
        );
        assert_eq!(
            k("Proposition de trois ateliers thématiques"),
            Some(DecisionKind::Proposal)
        );
        assert_eq!(
            k("Antoine : contacter le prestataire, à faire avant juin"),
            Some(DecisionKind::Action)
        );
    }

    #[test]
    fn due_dates_as_written() {
        assert_eq!(due_of("sera repris en 2021").as_deref(), Some("2021"));
        assert_eq!(
            due_of("Rendez-vous le 23 septembre, 10h-12h").as_deref(),
            Some("23 septembre, 10h-12h")
        );
        assert_eq!(
            due_of("contacter la mairie avant juin").as_deref(),
            Some("avant juin")
        );
    }
}

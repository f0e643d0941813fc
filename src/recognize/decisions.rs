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

/// Maps a byte range of `fold(text)` back to `text` by character counts.
fn original_slice(text: &str, folded: &str, start: usize, end: usize) -> String {
    let cs = folded[..start].chars().count();
    let ce = folded[..end].chars().count();
    text.chars().skip(cs).take(ce - cs).collect()
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

fn starts_with_infinitive(f: &str) -> bool {
    let first = f.split([' ', '\'']).next().unwrap_or("");
    ACTION_INFINITIVES.contains(&first)
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
    let (label, rest) = split_colon(text)?;
    let label = trim_label(label);
    if rest.trim().is_empty() {
        return None;
    }
    if is_person_name(label) {
        return Some(label.to_string());
    }
    // "... : @yann"
    let at = rest.split_whitespace().find(|w| w.starts_with('@'))?;
    Some(
        at.trim_matches(|c: char| !c.is_alphanumeric() && c != '@')
            .to_string(),
    )
}

fn classify(
    text: &str,
    meeting: Option<(i32, u32, u32)>,
    year: Option<i32>,
) -> Option<DecisionKind> {
    let f = fold(text);
    if lexicon::contains_any(&f, DEFERRAL_CUES) {
        return Some(DecisionKind::Deferral);
    }
    if lexicon::starts_with_any(&f, &["demande de", "demande d'", "demandes de"])
        || lexicon::contains_any(&f, &REQUEST_CUES[2..])
    {
        return Some(DecisionKind::Request);
    }
    if upcoming(text, meeting, year) && lexicon::contains_any(&f, EVENT_NOUNS) {
        return Some(DecisionKind::Event);
    }
    if lexicon::contains_any(&f, DECISION_CUES) {
        return Some(DecisionKind::Decision);
    }
    if lexicon::contains_any(&f, ACTION_CUES) {
        return Some(DecisionKind::Action);
    }
    // The body after a short label ("Sofia : contacter ...", "Action : ...").
    let body = fold(
        split_colon(text)
            .filter(|(l, r)| l.split_whitespace().count() <= 4 && !r.trim().is_empty())
            .map_or(text, |(_, r)| r)
            .trim(),
    );
    if starts_with_infinitive(&body) && owner_of(text).is_some() {
        return Some(DecisionKind::Action);
    }
    if lexicon::contains_any(&f, PROPOSAL_CUES) || starts_with_infinitive(&body) {
        return Some(DecisionKind::Proposal);
    }
    None
}

/// A date in the text after the meeting date.
fn upcoming(text: &str, meeting: Option<(i32, u32, u32)>, year: Option<i32>) -> bool {
    let Some(m) = meeting else {
        return false;
    };
    find_dates(text).iter().any(|d| {
        let y = d.year.or(year).unwrap_or(m.0);
        (y, d.month, d.day) > m
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
        let col = |names: &[&str]| {
            header
                .iter()
                .find(|(_, h)| names.iter().any(|n| lexicon::starts_with_word(h, n)))
                .map(|(c, _)| *c)
        };
        let who = col(&["qui", "responsable", "responsables", "porteur", "pilote"]);
        let what = col(&["quoi", "action", "actions", "tache", "taches"]);
        let when = col(&["quand", "echeance", "date", "delai"]);
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
                        kind: DecisionKind::Action,
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
    meeting: Option<(i32, u32, u32)>,
    year: Option<i32>,
) -> Vec<Item> {
    let mut out = Vec::new();
    let mut skip = skip.to_vec();
    action_table_rows(lines, &mut skip, &mut out);
    for (i, line) in lines.iter().enumerate() {
        if skip[i] || line.is_link_only() {
            continue;
        }
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
                _ => (sentence, classify(sentence, meeting, year)),
            };
            let Some(kind) = kind else { continue };
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
        let k = |t: &str| classify(t, m, Some(2020));
        assert_eq!(
            k("Ce point sera repris en 2021"),
            Some(DecisionKind::Deferral)
        );
        assert_eq!(
            k("Demande de mise en contact avec les communes"),
            Some(DecisionKind::Request)
        );
        assert_eq!(
            k("Réunion plénière le 22 septembre, 9h30-11h"),
            Some(DecisionKind::Event)
        );
        assert_eq!(k("Réunion plénière le 2 septembre"), None);
        assert_eq!(
            k("Le conseil décide à l'unanimité"),
            Some(DecisionKind::Decision)
        );
        assert_eq!(
            k("Proposition d'action sur 4 domaines"),
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
            due_of("Message le 22 septembre, 9h30-11h").as_deref(),
            Some("22 septembre, 9h30-11h")
        );
        assert_eq!(
            due_of("contacter la mairie avant juin").as_deref(),
            Some("avant juin")
        );
    }
}

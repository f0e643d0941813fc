//! Decisions, actions, proposals, requests, deferrals and dated upcoming events, with owner,
//! due date and structured votes when written: the lines of a document read one sentence at
//! a time (kinds in `decision_cues`, fields in `decision_fields`, tables in `action_tables`).

use super::action_tables::action_table_rows;
use super::decision_cues::{classify, done_status};
use super::decision_fields::{due_of, item_text, owner_of};
use super::lexicon::{self, ACTION_CUES, DECISION_CUES};
use super::lines::Line;
use super::text::{fold, split_colon};
use crate::record::{DecisionKind, SourceSpan, Vote};

use super::decision_fields::vote_line;
pub use super::decision_fields::vote_of;

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

/// Sentences of a long paragraph, so that one cue does not carry a whole page.
fn sentences(text: &str) -> Vec<&str> {
    if text.split_whitespace().count() <= 40 {
        return vec![text];
    }
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?')
            && b.get(i + 1) == Some(&b' ')
            && !(c == '.' && abbreviation_before(&text[..i]))
        {
            out.push(text[start..=i].trim());
            start = i + 1;
        }
    }
    out.push(text[start..].trim());
    out.retain(|s| !s.is_empty());
    out
}

/// Whether the word before a full stop is an abbreviation that does not end a sentence:
/// a civility ("M. Durand") or an initial ("J.-P. Martin").
fn abbreviation_before(head: &str) -> bool {
    let word = head
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let capital = word.starts_with(char::is_uppercase);
    initial || (capital && word.len() <= 4 && lexicon::civility(word).is_some())
}

/// Finds decision-like items in lines not marked in `skip`.
pub fn find_decisions(
    lines: &[Line],
    skip: &[bool],
    sections: &[Option<String>],
    heads: &[bool],
    meeting: Option<(i32, u32, u32)>,
    year: Option<i32>,
) -> Vec<Item> {
    let mut out = Vec::new();
    let mut skip = skip.to_vec();
    action_table_rows(lines, &mut skip, &mut out);
    // The agenda ("Ordre du jour : 1. ... 2. ...") lists topics, not decisions.
    let mut agenda = false;
    let mut points: Vec<&str> = Vec::new();
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
        // The agenda ends with a heading, a new section, a sentence, or a point written again
        // (the body takes the points up one by one).
        // A point of the agenda written again heads its discussion: a topic, not an outcome.
        if points.contains(&line.text.as_str()) {
            agenda = false;
            continue;
        }
        let sentence = !line.is_item() && line.text.trim_end().ends_with(['.', '!', '?']);
        if agenda
            && (matches!(line.kind, super::lines::Kind::Heading(..))
                || (i > 0 && sections[i] != sections[i - 1])
                || sentence)
        {
            agenda = false;
        }
        if agenda && (line.is_item() || line.text.split_whitespace().count() <= 12) {
            points.push(line.text.as_str());
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
            // "Pour : 15 Contre : 2", "Adoptée à l'unanimité." under a decision: its vote,
            // which makes what was put to the vote a decision.
            if let Some(vote) = vote_line(sentence) {
                let previous = out.last_mut().filter(|p| {
                    p.vote.is_none()
                        && p.line + 1 >= i
                        && sections[p.line] == sections[i]
                        && p.kind != DecisionKind::Action
                });
                if let Some(p) = previous {
                    p.vote = Some(vote);
                    if p.kind != DecisionKind::Deferral {
                        p.kind = DecisionKind::Decision;
                    }
                    continue;
                }
            }
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
            // A dated section heading ("Fête du moulin du 8 juin") names a topic, not an
            // event to come.
            if kind == DecisionKind::Event && heads.get(i) == Some(&true) {
                continue;
            }
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
                owner: owner_of(sentence).or_else(|| {
                    (kind == DecisionKind::Action)
                        .then(|| {
                            super::task_subjects::future_task_owner(sentence)
                                .or_else(|| super::task_subjects::charged_subject(sentence))
                        })
                        .flatten()
                }),
                due: due_of(&text),
                // A vote settles a decision, or the decision to defer ("report au
                // prochain bureau, pour : 9, contre : 2").
                vote: if matches!(kind, DecisionKind::Decision | DecisionKind::Deferral) {
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
    fn a_civility_or_an_initial_does_not_end_a_sentence() {
        let long = "Le point sur les inscriptions est fait, avec beaucoup de retours des familles \
            et des écoles du secteur, qui se disent satisfaites du nouveau calendrier. Camille \
            écrira à M. Perrin et à J. Lenoir, du service des sports, avant la fin du mois.";
        let s = sentences(long);
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[1].ends_with("avant la fin du mois."), "{s:?}");
    }
}

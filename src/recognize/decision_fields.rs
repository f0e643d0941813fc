//! The fields of an outcome as written: its text without a short label, its owner, its
//! due date and a structured vote.

use std::sync::LazyLock;

use regex::Regex;

use super::dates::{find_dates, find_times};
use super::lexicon;
use super::names::is_person_name;
use super::text::{fold, split_colon, trim_label};
use crate::record::Vote;

/// Most words of an owner named after an arrow or in a mark.
const MAX_OWNER_WORDS: usize = 5;

// In a tally, "Pour : 12" ("oui" / "non" in a show of hands), read first: in "Pour : 14
// Contre : 0" the 14 stands before "Contre" too. Otherwise "12 voix pour".
static VOTE_FOR: LazyLock<[Regex; 2]> = LazyLock::new(|| {
    [r"\b(?:pour|oui)\s*:\s*(\d+)", r"(\d+)\s*(?:voix\s+)?pour\b"]
        .map(|r| Regex::new(r).expect("valid regex"))
});
static VOTE_AGAINST: LazyLock<[Regex; 2]> = LazyLock::new(|| {
    [
        r"\b(?:contre|non)\s*:\s*(\d+)",
        r"(\d+)\s*(?:voix\s+)?contre\b",
    ]
    .map(|r| Regex::new(r).expect("valid regex"))
});
static VOTE_ABST: LazyLock<[Regex; 2]> = LazyLock::new(|| {
    [r"\babstentions?\s*:\s*(\d+)", r"(\d+)\s*abstentions?\b"]
        .map(|r| Regex::new(r).expect("valid regex"))
});

/// Counts a tally needs to be one on its own, without a decision word ("pour : 8,
/// contre : 0"): a single number before "pour" may be anything ("30 pour cent").
const TALLY_COUNTS: usize = 2;
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
    // "83 contre 76 l'an passé" compares two numbers: no vote.
    let compares = |c: &regex::Captures| {
        let end = c.get(0).map_or(0, |m| m.end());
        f[end..]
            .trim_start()
            .starts_with(|ch: char| ch.is_ascii_digit())
    };
    let num = |res: &[Regex; 2], comparable: bool| {
        res.iter()
            .find_map(|re| re.captures_iter(&f).find(|c| !(comparable && compares(c))))
            .and_then(|c| c[1].parse().ok())
    };
    let unanimous = f.contains("unanimite");
    let (for_, against, abstentions) = (
        num(&VOTE_FOR, false),
        num(&VOTE_AGAINST, true),
        num(&VOTE_ABST, false),
    );
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

/// A line that holds a tally of votes, which records the outcome of a vote.
pub(crate) fn tallied(text: &str) -> bool {
    vote_of(text).is_some_and(|v| {
        [v.for_, v.against, v.abstentions]
            .iter()
            .filter(|n| n.is_some())
            .count()
            >= TALLY_COUNTS
    })
}

/// Maps a byte range of `fold(text)` back to `text` through the analysed text's offset map.
fn original_slice(text: &str, _folded: &str, start: usize, end: usize) -> String {
    super::analysis::Analysed::new(text)
        .orig_slice(start, end)
        .to_string()
}

/// Due date as written: "avant juin", "en 2021", "le 15 mars", "22 septembre, 9h30-11h".
pub(crate) fn due_of(text: &str) -> Option<String> {
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
pub(crate) fn item_text(text: &str) -> String {
    if let Some((label, rest)) = split_colon(text) {
        let words = label.split_whitespace().count();
        if words <= 3 && !rest.trim().is_empty() && !is_person_name(trim_label(label)) {
            return trim_label(rest).to_string();
        }
    }
    trim_label(text).to_string()
}

/// Most words of a line that only records a vote.
const MAX_VOTE_LINE_WORDS: usize = 14;

/// The vote of a line that only records the vote on what precedes it ("Pour : 15 Contre :
/// 2 Abstentions : 1", "Adoptée à l'unanimité.").
pub(crate) fn vote_line(text: &str) -> Option<Vote> {
    let f = fold(text.trim());
    if text.split_whitespace().count() > MAX_VOTE_LINE_WORDS
        || !lexicon::starts_with_any(&f, lexicon::VOTE_LINE_OPENERS)
    {
        return None;
    }
    vote_of(text)
}

/// The owner marked after the task: "(Action Claire)", "(resp. : M. Tessier)", or after an
/// arrow, up to the due date ("Réserver la salle → Luc, 15 mai").
static OWNER_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\((?:action|resp\.?|responsable|pilote|porteur|qui)\s*:?\s*(?P<owner>[^()]+)\)\s*\.?$|(?:→|->|=>)\s*(?P<after>[^,;→]+)")
        .expect("valid regex")
});

/// The owner a line names: "Name : action", "NOM : infinitive …", "@handle", "(Action X)",
/// "task → X, date".
pub(crate) fn owner_of(text: &str) -> Option<String> {
    if let Some(c) = OWNER_MARK.captures(text) {
        let owner = c
            .name("owner")
            .or_else(|| c.name("after"))
            .map_or("", |m| m.as_str().trim().trim_end_matches('.'));
        // After an arrow may stand an outcome rather than a person ("=> accord").
        let named = owner.starts_with(|ch: char| ch.is_uppercase() || ch == '@')
            && owner.split_whitespace().count() <= MAX_OWNER_WORDS;
        if named && find_dates(owner).is_empty() {
            return Some(owner.to_string());
        }
    }
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
    // "ACTION : NOM : tâche", "Action : Fatou Diallo identifie …", "ACTION: Erwan à
    // recruter …": the owner follows the action label.
    if lexicon::ACTION_LABELS.contains(&fold(label).as_str()) {
        return owner_of(rest).or_else(|| subject_name(rest));
    }
    // "Préparer les affiches : Yves et Nathalie, fin avril": the task, then who does it.
    let task_first = label
        .split_whitespace()
        .next()
        .is_some_and(|w| super::task_forms::is_infinitive(&fold(w)));
    if task_first {
        if let Some(names) = names_before_due(rest) {
            return Some(names);
        }
    }
    // "ROUX : envoyer le bilan": a name in capitals before a task's verb.
    let verb_follows = rest.split_whitespace().next().is_some_and(|w| {
        w.starts_with(char::is_lowercase) && super::task_forms::is_infinitive(&fold(w))
    });
    let folded_label = fold(label);
    if lexicon::TOPIC_LABELS.contains(&folded_label.as_str())
        || lexicon::DECISION_LABELS.contains(&folded_label.as_str())
    {
        return None;
    }
    if is_person_name(label)
        || label.starts_with('@')
        || (!label.contains(' ')
            && super::names::is_name_token(label)
            && (label.chars().any(char::is_lowercase) || verb_follows))
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

/// A person named at the start of a clause, before its verb ("Fatou Diallo identifie …",
/// "Erwan à recruter …").
fn subject_name(text: &str) -> Option<String> {
    let (name, rest) = super::task_subjects::leading_person(text)?;
    // A verb or "à" follows: the name is the subject.
    rest.split_whitespace()
        .next()
        .is_some_and(|w| w.starts_with(char::is_lowercase))
        .then_some(name)
}

/// Names written before a due date: "Yves et Nathalie, fin avril", "Mathieu, pour le 6
/// octobre", "Salomé".
fn names_before_due(text: &str) -> Option<String> {
    let head = text
        .split([',', ';', '('])
        .next()?
        .trim()
        .trim_end_matches('.');
    let names: Vec<&str> = head
        .split(" et ")
        .flat_map(|p| p.split(['/', '&']))
        .map(str::trim)
        .collect();
    let all_names = !names.is_empty()
        && names.len() <= MAX_OWNER_WORDS
        && names.iter().all(|n| {
            !n.is_empty()
                && n.starts_with(char::is_uppercase)
                && (is_person_name(n) || super::names::is_name_token(n))
        });
    (all_names && find_dates(head).is_empty()).then(|| head.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owners_marked_after_the_task() {
        assert_eq!(
            owner_of("Réserver la salle → Luc, 15 mai").as_deref(),
            Some("Luc")
        );
        assert_eq!(
            owner_of("Relancer la mairie (Action Anne)").as_deref(),
            Some("Anne")
        );
        assert_eq!(
            owner_of("Envoyer le devis (resp. : Mme Roux).").as_deref(),
            Some("Mme Roux")
        );
        assert_eq!(
            owner_of("PERROT : envoyer le bilan aux adhérents").as_deref(),
            Some("PERROT")
        );
        assert_eq!(
            owner_of("ACTION : ROUX : envoyer le bilan").as_deref(),
            Some("ROUX")
        );
        assert_eq!(
            owner_of("Action : Lucie Marchand contacte trois traiteurs d'ici le 3 mai.").as_deref(),
            Some("Lucie Marchand")
        );
        assert_eq!(
            owner_of("ACTION: Gaspard à relancer la mairie").as_deref(),
            Some("Gaspard")
        );
        assert_eq!(
            owner_of("Commander les tee-shirts : Inès et Hugo, fin mai").as_deref(),
            Some("Inès et Hugo")
        );
        assert_eq!(owner_of("Topic: Bourse aux plantes du 3 juin"), None);
        assert_eq!(owner_of("Préparer le budget : réunion le 3 mai"), None);
        assert_eq!(owner_of("Proposition de calendrier => accord"), None);
        assert_eq!(owner_of("BUDGET : le point est reporté"), None);
    }

    #[test]
    fn lines_that_only_record_a_vote() {
        let v = vote_line("Pour : 11 Contre : 3 Abstentions : 2").unwrap();
        assert_eq!(
            (v.for_, v.against, v.abstentions),
            (Some(11), Some(3), Some(2))
        );
        assert!(vote_line("Adoptée à l'unanimité.").unwrap().unanimous);
        assert!(vote_line("Vote : 6 pour, 1 abstention (Mme Roux).").is_some());
        assert!(vote_line("Le conseil adopte le budget à l'unanimité.").is_none());
    }

    #[test]
    fn votes() {
        let v = vote_of("Adopté par 23 pour, 2 contre, 1 abstention").unwrap();
        assert_eq!(
            (v.for_, v.against, v.abstentions, v.unanimous),
            (Some(23), Some(2), Some(1), false)
        );
        assert!(vote_of("adopté à l'unanimité").unwrap().unanimous);
        assert!(vote_of("le budget").is_none());
        assert!(vote_of("Nous sommes 58 adhérents (52 contre 49 en 2020).").is_none());
        let v = vote_of("Adopté : 12 pour 3 contre").unwrap();
        assert_eq!((v.for_, v.against), (Some(12), Some(3)));
        let v = vote_of("Motion de soutien : Pour : 14 Contre : 0 Abstentions : 3").unwrap();
        assert_eq!(
            (v.for_, v.against, v.abstentions),
            (Some(14), Some(0), Some(3))
        );
        let v = vote_of("Par main levée, oui : 9, non : 2").unwrap();
        assert_eq!((v.for_, v.against), (Some(9), Some(2)));
        assert!(tallied("Achat du broyeur — pour : 5, abstention : 1"));
        assert!(!tallied("La part du bio atteint 30 pour cent des achats."));
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

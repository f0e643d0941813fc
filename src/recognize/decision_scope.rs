//! Whether a decision cue speaks of the sitting's own outcome. Minutes also report what
//! others decided earlier ("la Région a adopté en mars un plan", "le schéma adopté en
//! 2018"), and some nouns hold a cue word without deciding anything ("outils d'aide à la
//! décision"): neither is a decision of the meeting.

use super::dates::find_dates;
use super::lexicon::{
    self, AUXILIARIES, DECISION_CUES, NOT_DECISION_PHRASES, PAST_ADVERBS, PAST_MARKERS,
};

/// The meeting date as (year, month, day).
pub(crate) type Day = (i32, u32, u32);

/// Words allowed between an auxiliary and its participle ("ont depuis voté").
const ADVERB_GAP: usize = 2;

/// Whether `folded` holds a decision cue of the meeting itself: a cue outside the nouns
/// that merely contain one, and not in a past tense dated before the sitting.
pub(crate) fn meeting_decision(text: &str, folded: &str, meeting: Option<Day>) -> bool {
    let masked: Vec<(usize, usize)> = lexicon::find_all(folded, NOT_DECISION_PHRASES)
        .map(|(s, e)| (s, s + e.len()))
        .collect();
    let past = dated_before(text, folded, meeting);
    lexicon::find_all(folded, DECISION_CUES).any(|(start, entry)| {
        let end = start + entry.len();
        let in_noun = masked.iter().any(|&(s, e)| s <= start && end <= e);
        let reported = past && (after_auxiliary(&folded[..start]) || dated_after(&folded[end..]));
        !in_noun && !reported
    })
}

/// Whether one of `cues` stands in `folded` outside the phrases of `not`, which hold a cue
/// word in another sense ("ce qu'il faut retenir" states no task).
pub(crate) fn cue_outside(
    folded: &str,
    cues: &'static [&'static str],
    not: &'static [&'static str],
) -> bool {
    let masked: Vec<(usize, usize)> = lexicon::find_all(folded, not)
        .map(|(s, e)| (s, s + e.len()))
        .collect();
    lexicon::find_all(folded, cues).any(|(start, entry)| {
        let end = start + entry.len();
        !masked.iter().any(|&(s, e)| s <= start && end <= e)
    })
}

/// A past tense: an auxiliary just before the cue, or before the adverbs that part them
/// ("ont depuis voté").
fn after_auxiliary(before: &str) -> bool {
    before
        .split(|c: char| c.is_whitespace() || c == '\'')
        .filter(|w| !w.is_empty())
        .rev()
        .take(ADVERB_GAP + 1)
        .find(|w| !PAST_ADVERBS.contains(w))
        .is_some_and(|w| AUXILIARIES.contains(&w))
}

/// A participle dated right after it: "adopté en 2018", "voté le 3 mars", "en juin".
fn dated_after(after: &str) -> bool {
    let mut words = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let (Some(head), Some(next)) = (words.next(), words.next()) else {
        return false;
    };
    match head {
        "en" => year_of(next).is_some() || is_month(next),
        "le" => next.starts_with(|c: char| c.is_ascii_digit()),
        "depuis" => true,
        _ => false,
    }
}

fn is_month(word: &str) -> bool {
    lexicon::MONTHS.iter().any(|(name, _)| *name == word)
}

/// Whether the sentence places something before the sitting: a past marker ("l'an
/// dernier"), a date before the meeting, a month or year named without a later year.
fn dated_before(text: &str, folded: &str, meeting: Option<Day>) -> bool {
    if lexicon::contains_any(folded, PAST_MARKERS) {
        return true;
    }
    let Some(m) = meeting else {
        return false;
    };
    // A date "du ..." names a sitting or a deed ("le procès-verbal de la séance du 3
    // mars"), which the meeting may well approve today.
    let earlier_date = find_dates(text).iter().any(|d| {
        let before = folded[..d.start].trim_end();
        let named = before.ends_with(" du") || folded[d.start..].starts_with("du ");
        !named && d.year.is_none_or(|y| (y, d.month, d.day) < m)
    });
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let earlier_month = words
        .windows(2)
        .any(|w| is_month(w[1]) && matches!(w[0], "en" | "de" | "depuis" | "courant"))
        && !words.iter().any(|w| year_of(w).is_some_and(|y| y > m.0));
    let earlier_year = words
        .windows(2)
        .any(|w| matches!(w[0], "en" | "depuis") && year_of(w[1]).is_some_and(|y| y <= m.0));
    earlier_date || earlier_month || earlier_year
}

fn year_of(word: &str) -> Option<i32> {
    (word.len() == 4)
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1900..2100).contains(y))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::text::fold;

    fn own(text: &str) -> bool {
        meeting_decision(text, &fold(text), Some((2023, 11, 20)))
    }

    #[test]
    fn the_sitting_decides() {
        assert!(own(
            "Le conseil adopte le règlement intérieur à l'unanimité."
        ));
        assert!(own("Le bureau a validé le devis du traiteur."));
        assert!(own("Il est décidé que la fête aura lieu en juin 2024."));
        assert!(own("La commune a voté une aide de 5 000 euros."));
        assert!(own(
            "Le conseil a approuvé le procès-verbal de la séance du 2 octobre 2023."
        ));
        assert!(own("Le comité valide le budget 2024 voté en commission."));
        assert!(own(
            "Le relevé de la réunion tenue le 9 mai 2023 à Lyon est approuvé."
        ));
    }

    #[test]
    fn decisions_reported_from_earlier_are_not_the_sittings() {
        assert!(!own(
            "La métropole a adopté en juin un schéma des mobilités."
        ));
        assert!(!own(
            "Nous avons voté en février une subvention de 2 000 euros."
        ));
        assert!(!own("Il présente le plan climat, adopté en 2021."));
        assert!(!own("Le syndicat a approuvé ses statuts le 4 mai 2022."));
        assert!(!own(
            "Plusieurs villes ont depuis validé leur participation, l'an dernier."
        ));
    }

    #[test]
    fn nouns_holding_a_cue_decide_nothing() {
        assert!(!own("Outils : tableur partagé, aide à la décision"));
        assert!(!own("La prise de décision collective reste lente."));
        assert!(own("Décision : le local est loué à l'année."));
    }

    #[test]
    fn a_must_in_a_subordinate_clause_states_no_task() {
        use crate::recognize::lexicon::{ACTION_CUES, NOT_ACTION_PHRASES};
        let task = |t: &str| cue_outside(&fold(t), ACTION_CUES, NOT_ACTION_PHRASES);
        assert!(task("Il faut relancer le traiteur."));
        assert!(!task("Je pense qu'il faudra du temps pour s'organiser."));
        assert!(!task("Un quartier où il faut tout reconstruire."));
    }
}

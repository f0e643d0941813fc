//! Who a task belongs to when the sentence says it with its subject. A task written as what
//! a person will do: a named subject and a verb in the future tense
//! ("Mme Lenoir diffusera les actes avant le 31 mars", "Joël se chargera du devis",
//! "Inès enverra le bilan"), or as what someone is charged with ("Le trésorier est chargé
//! de …"). The subject is the task's owner.

use super::analysis::Analysed;
use super::lexicon::{self, CHARGED_WITH, FUTURE_CLITICS, NOT_FUTURE_VERBS};
use super::text::fold;

/// Shortest verb read as a future tense ("ira" aside, every future ends in "-ra" or "-ront"
/// after a stem).
const MIN_FUTURE_LETTERS: usize = 4;

/// The person a clause opens on, and what follows: a name (with or without civility) not
/// followed by a separator, or a known given name alone ("Inès enverra …", "Erwan à
/// recruter …").
pub(crate) fn leading_person(text: &str) -> Option<(String, &str)> {
    let text = text.trim();
    match super::names::take_name(text) {
        Some(n) if n.sep.is_none() && !n.rest.is_empty() => Some((n.name, n.rest)),
        _ => {
            let (first, rest) = text.split_once(' ')?;
            let given = first.starts_with(char::is_uppercase)
                && super::gazetteer::is_given_name(&fold(first));
            given.then(|| (first.to_string(), rest))
        }
    }
}

/// The person a sentence opens on when its verb is in the future tense.
pub(crate) fn future_task_owner(sentence: &str) -> Option<String> {
    let (name, rest) = leading_person(sentence)?;
    // The verb as written: a word in lower case ("Inès Guerra, élue…" has none).
    let written = rest
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .filter(|w| !w.is_empty())
        .find(|w| !FUTURE_CLITICS.contains(&fold(w).as_str()))?;
    if !written.starts_with(char::is_lowercase) {
        return None;
    }
    let verb = fold(written);
    let verb = verb.as_str();
    let future = verb.len() >= MIN_FUTURE_LETTERS
        && (verb.ends_with("ra") || verb.ends_with("ront"))
        && verb.chars().all(|c| c.is_alphabetic() || c == '-')
        && !NOT_FUTURE_VERBS.contains(&verb);
    future.then_some(name)
}

/// Most words of the subject a task is given to ("Le trésorier", "Mme Inès Roux").
const MAX_SUBJECT_WORDS: usize = 5;

/// The subject a task is given to: "Le président est chargé de …" gives "Le président".
pub(crate) fn charged_subject(sentence: &str) -> Option<String> {
    let a = Analysed::new(sentence.trim());
    let (pos, _) = lexicon::find_all(&a.folded, CHARGED_WITH).min_by_key(|(p, _)| *p)?;
    let subject = a.orig_slice(0, pos).trim().trim_end_matches(',');
    let words = subject.split_whitespace().count();
    ((1..=MAX_SUBJECT_WORDS).contains(&words) && subject.starts_with(char::is_uppercase))
        .then(|| subject.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn who_a_task_is_given_to() {
        assert_eq!(
            charged_subject("Le trésorier est chargé de relancer la banque.").as_deref(),
            Some("Le trésorier")
        );
        assert_eq!(
            charged_subject("Mme Roux se charge de la buvette.").as_deref(),
            Some("Mme Roux")
        );
        assert_eq!(
            charged_subject("Après un long débat sur les tarifs de la saison, le bureau est chargé de conclure."),
            None
        );
    }

    #[test]
    fn a_named_subject_and_a_future_verb() {
        assert_eq!(
            future_task_owner("Mme Lenoir diffusera le programme avant le 2 mai.").as_deref(),
            Some("Lenoir")
        );
        assert_eq!(
            future_task_owner("Hugo se chargera de la buvette.").as_deref(),
            Some("Hugo")
        );
        assert_eq!(
            future_task_owner("M. Paul Varin transmettra les devis au bureau.").as_deref(),
            Some("Paul Varin")
        );
        // "être" and "avoir" in the future say what will be, not what to do.
        assert_eq!(future_task_owner("Mme Lenoir sera absente le 2 mai."), None);
        assert_eq!(future_task_owner("Hugo présente le budget."), None);
        assert_eq!(future_task_owner("La mairie diffusera l'affiche."), None);
        // A family name in "-ra" is no verb.
        assert_eq!(future_task_owner("Inès Guerra, élue de la ville"), None);
    }
}

//! The grammatical shapes of a task in French minutes, whatever the verb: "aller" or a
//! modal before an infinitive ("Claire va relancer", "le bureau doit préparer"), "à" and
//! an infinitive after "être" or "rester" ("la salle est à réserver", "reste à trouver") or
//! closing a short item ("visite à planifier", "chèques : à refaire").

use super::lexicon::{
    self, ACTION_INFINITIVES, GOING_TO, SUBORDINATORS, TASK_ADVERBS, TASK_AUXILIARIES, TASK_COPULAS,
};

/// Words of a short item, where "… à planifier" at its end is a task.
const SHORT_ITEM_WORDS: usize = 12;

/// An infinitive opening a task: a verb from the lexicon, or a word with an infinitive
/// ending that the lexicon does not list as a noun.
pub(crate) fn is_infinitive(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '(' && c != ')');
    let w = w.trim_start_matches("(re)");
    ACTION_INFINITIVES.contains(&w)
        || (w.len() >= 5
            && (w.ends_with("er") || w.ends_with("ir") || w.ends_with("re"))
            && !lexicon::NOT_INFINITIVES.contains(&w)
            && !w.contains('\''))
}

/// The verb after a clitic pronoun or an adverb ("va le faire", "doit s'en occuper", "va
/// tout de même investir").
fn verb_after<'a>(words: &[&'a str]) -> Option<&'a str> {
    words
        .iter()
        .map(|w| w.rsplit('\'').next().unwrap_or(w))
        .find(|w| {
            !matches!(
                *w,
                "le" | "la" | "les" | "lui" | "leur" | "en" | "y" | "se" | "s" | ""
            ) && !TASK_ADVERBS.contains(w)
        })
}

/// Whether `folded` (one sentence) is shaped as a task; `listed` when it is a list item or
/// opens on a label, where a closing "à planifier" stands for the whole line.
pub(crate) fn task_form(folded: &str, listed: bool) -> bool {
    folded
        .split([',', ';', ':', '.', '(', ')'])
        .any(|clause| periphrasis(clause) || to_do(clause))
        || (listed && closing_to_do(folded))
}

fn words_of(clause: &str) -> Vec<&str> {
    clause
        .split(|c: char| c.is_whitespace() || c == '\'')
        .filter(|w| !w.is_empty())
        .collect()
}

/// "Claire va relancer …", "le bureau doit préparer …": in a main clause, not after "qui",
/// "que" or "si" ("ce qui va suivre", "si vous devez partir").
fn periphrasis(clause: &str) -> bool {
    let words = words_of(clause);
    words.iter().enumerate().any(|(k, w)| {
        let Some(verb) = verb_after(&words[k + 1..]) else {
            return false;
        };
        let infinitive = is_infinitive(verb) || (verb == "etre" && GOING_TO.contains(w));
        TASK_AUXILIARIES.contains(w)
            && words.get(k + 1) != Some(&"y")
            && infinitive
            && !words[..k].iter().any(|p| SUBORDINATORS.contains(p))
    })
}

/// "Une salle est à réserver", "il reste à trouver …".
fn to_do(clause: &str) -> bool {
    let words = words_of(clause);
    words.windows(3).enumerate().any(|(k, w)| {
        TASK_COPULAS.contains(&w[0])
            && w[1] == "a"
            && is_infinitive(w[2])
            && !words[..k].iter().any(|p| SUBORDINATORS.contains(p))
    })
}

/// "Nouvelle livraison à planifier, avant Pâques": a short item whose first clause closes
/// on "à" and an infinitive (not "on a …", where "a" is the verb "avoir").
fn closing_to_do(folded: &str) -> bool {
    if folded.split_whitespace().count() > SHORT_ITEM_WORDS {
        return false;
    }
    let head = folded.rsplit(':').next().unwrap_or(folded);
    let clause = head.split([',', ';', '(', '.']).next().unwrap_or("");
    // What follows the task is nothing or when it is due ("…, avant Pâques", "(fin mai)").
    let rest = head[clause.len()..].trim_start_matches([',', ';', '(', '.', ' ']);
    let due_after = rest.is_empty()
        || rest.contains(|c: char| c.is_ascii_digit())
        || lexicon::starts_with_any(rest, lexicon::DUE_OPENERS);
    if !due_after {
        return false;
    }
    let w = words_of(clause);
    if w.iter().any(|p| SUBORDINATORS.contains(p)) {
        return false;
    }
    match w.as_slice() {
        [.., before, a, verb] => {
            *a == "a" && is_infinitive(verb) && !lexicon::SUBJECT_PRONOUNS.contains(before)
        }
        [a, verb] => *a == "a" && is_infinitive(verb),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::text::fold;

    fn task(s: &str) -> bool {
        task_form(&fold(s), false)
    }

    fn listed(s: &str) -> bool {
        task_form(&fold(s), true)
    }

    #[test]
    fn aller_or_a_modal_before_an_infinitive() {
        assert!(task("Mathis va relancer le fournisseur de tables."));
        assert!(task("Nous allons déposer le dossier à la préfecture."));
        assert!(task("La trésorière doit transmettre les reçus fiscaux."));
        assert!(task("Le secrétariat doit s'en occuper cette semaine."));
        assert!(!task("Il va y avoir des travaux dans la rue."));
        assert!(!task("Tout va bien du côté de la cantine."));
        assert!(!task("On verra ce qui va changer en septembre."));
        assert!(!task("Si vous devez partir tôt, prévenez l'accueil."));
        assert!(!task(
            "Elle décrit les règles que chaque bénévole doit respecter."
        ));
    }

    #[test]
    fn a_and_an_infinitive_after_etre_or_rester() {
        assert!(task("Une salle est à réserver pour l'assemblée."));
        assert!(task("Il reste à trouver un imprimeur."));
        assert!(task("Les badges sont à commander."));
        assert!(task("Le club va tout de même renouveler son adhésion."));
        assert!(!task("Nous avons listé ce qu'il reste à faire."));
    }

    #[test]
    fn a_short_item_closing_on_a_and_an_infinitive() {
        assert!(listed("Sortie au verger : date à fixer"));
        assert!(listed("Affiches : à refaire, avant la kermesse"));
        assert!(listed("Réunion des parents à organiser (avant l'été)"));
        assert!(!task("Le club a acheté une machine à coudre."));
        assert!(!listed("Karim : on a Lucie pour la buvette."));
        assert!(!listed("Lister ce qu'il nous reste à faire"));
        assert!(!listed(
            "Concernant les modules à intégrer (carte, agenda), en détail"
        ));
        assert!(!listed("Nous avons discuté longuement de la salle à manger du foyer et de ses horaires d'ouverture au public le dimanche."));
    }
}

//! The kind of an outcome read from one sentence: its cues, the section it stands in and
//! whether a date in it is still to come.

use std::sync::LazyLock;

use regex::Regex;

use super::dates::find_dates;
use super::decision_fields::{owner_of, tallied};
use super::decision_scope::{cue_outside, meeting_decision};
use super::decisions::Context;
use super::lexicon::{
    self, ACTION_CUES, ACTION_INFINITIVES, DEFERRAL_CUES, DEFERRAL_OPENERS, EVENT_NOUNS,
    EVENT_VERBS, PROPOSAL_CUES, REQUEST_CUES,
};
use super::task_forms::{is_infinitive, task_form};
use super::text::{fold, split_colon};
use crate::record::DecisionKind;

/// A line that reports a state: "... : fait", "(en cours)", "FAIT".
pub(crate) fn done_status(f: &str) -> bool {
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

pub(crate) fn classify(text: &str, ctx: Context) -> Option<DecisionKind> {
    let f = fold(text);
    // The body after a short label ("Sofia : contacter ...", "Action : ...").
    let body = fold(
        split_colon(text)
            .filter(|(l, r)| l.split_whitespace().count() <= 4 && !r.trim().is_empty())
            .map_or(text, |(_, r)| r)
            .trim(),
    );
    let first = body.split([' ', '\'']).next().unwrap_or("");
    // A line labelled as a decision or as an action is one, whatever dates or verbs it holds.
    let label = split_colon(text).map(|(l, _)| fold(l.trim().trim_matches(['*', '_'])));
    if let Some(l) = label.as_deref() {
        if lexicon::DECISION_LABELS.contains(&l) {
            return Some(DecisionKind::Decision);
        }
        if lexicon::ACTION_LABELS.contains(&l) {
            return Some(DecisionKind::Action);
        }
    }
    let upcoming_date = upcoming(text, ctx.meeting, ctx.year);
    if (lexicon::contains_any(&f, DEFERRAL_CUES) || lexicon::starts_with_any(&f, DEFERRAL_OPENERS))
        && !upcoming_date
    {
        return Some(DecisionKind::Deferral);
    }
    if lexicon::starts_with_any(&f, lexicon::REQUEST_OPENERS)
        || lexicon::contains_any(&f, REQUEST_CUES)
    {
        return Some(DecisionKind::Request);
    }
    // An item under "Actions à mener" that opens with a verb is a task, dated or not
    // ("Réserver la salle → Luc, 15 mai").
    let opens_with_verb = is_infinitive(first) || ACTION_INFINITIVES.contains(&first);
    // "Discuter de …", "Faire le point sur …": a topic to talk about, even under "À venir".
    let topic = lexicon::starts_with_any(&body, lexicon::DISCUSSION_VERBS);
    if ctx.is_top_item
        && opens_with_verb
        && !topic
        && section_kind(ctx.section) == Some(DecisionKind::Action)
    {
        return Some(DecisionKind::Action);
    }
    // "Mme X diffusera les actes avant le 31 mars": what a named person will do.
    if super::task_subjects::future_task_owner(text).is_some() {
        return Some(DecisionKind::Action);
    }
    let short = text.split_whitespace().count() <= 10;
    if upcoming_date
        && (lexicon::contains_any(&f, EVENT_NOUNS)
            || lexicon::contains_any(&f, EVENT_VERBS)
            || section_kind(ctx.section) == Some(DecisionKind::Event)
            || short)
    {
        return Some(DecisionKind::Event);
    }
    if meeting_decision(text, &f, ctx.meeting) || tallied(text) {
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
    // "Le devis est à signer : @lea": the task, then who takes it.
    let owner_after = split_colon(text).is_some_and(|(_, r)| {
        let r = r.trim().trim_end_matches('.');
        !r.is_empty()
            && r.split_whitespace()
                .all(|w| w.starts_with('@') || matches!(w, "et" | "," | "&"))
    });
    // A line that announces a list ("Sont à vérifier :") leaves the task to its items.
    let listed = ctx.is_item || body != f;
    let intro = text.trim_end().ends_with(':');
    if handle_acts
        || owner_after
        || (!intro && task_form(&f, listed))
        || lexicon::starts_with_any(&f, lexicon::ACTION_OPENERS)
        || cue_outside(&f, ACTION_CUES, lexicon::NOT_ACTION_PHRASES)
        || lexicon::contains_any(&f, lexicon::CHARGED_WITH)
        || (opens_with_verb && owner_of(text).is_some())
    {
        return Some(DecisionKind::Action);
    }
    if ctx.is_top_item && !topic {
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
    }) || later_month(&f, (m.0, m.1))
}

/// "courant janvier 2021", "à l'automne 2024", "en mai prochain": a month or a season
/// written with a year or "prochain".
static MONTH_AHEAD: LazyLock<Regex> = LazyLock::new(|| {
    let mut names: Vec<&str> = lexicon::MONTHS
        .iter()
        .chain(lexicon::SEASONS)
        .map(|(n, _)| *n)
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    Regex::new(&format!(
        r"\b(?P<name>{})\s+(?:(?P<year>20\d\d)|prochain)\b",
        names.join("|")
    ))
    .expect("valid regex")
});

/// Whether folded text names a month after the meeting's (year, month).
fn later_month(folded: &str, meeting: (i32, u32)) -> bool {
    MONTH_AHEAD.captures_iter(folded).any(|c| {
        let month = lexicon::MONTHS
            .iter()
            .chain(lexicon::SEASONS)
            .find(|(n, _)| *n == &c["name"])
            .map_or(0, |(_, m)| *m);
        match c.name("year").and_then(|y| y.as_str().parse::<i32>().ok()) {
            Some(y) => (y, month) > meeting,
            None => month != meeting.1,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let under_to_do = |t: &str| {
            classify(
                t,
                Context {
                    meeting: m,
                    year: Some(2020),
                    section: Some("a venir"),
                    is_item: true,
                    is_top_item: true,
                },
            )
        };
        assert_eq!(
            under_to_do("Imprimer les flyers du vide-grenier"),
            Some(DecisionKind::Action)
        );
        assert_eq!(under_to_do("Discuter du calendrier des permanences"), None);
        assert_eq!(under_to_do("Faire le point sur les adhésions"), None);
        assert_eq!(under_to_do("Revenir sur le choix du traiteur"), None);
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
}

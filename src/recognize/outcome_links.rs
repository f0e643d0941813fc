//! Outcomes linked to the rest of the record: the participant an owner names, the calendar
//! day a due text names, and a check that a vote counts no more voices than the meeting had
//! people to cast them.

use super::dates::{days_in_month, find_dates};
use super::lexicon::{
    self, MONTHS, MONTH_END_CUES, OWNER_JOINER_MARKS, OWNER_JOINER_WORDS, OWNER_ROLE_ARTICLES,
    ROLE_NOUNS,
};
use super::names::strip_civility;
use super::roster::Roster;
use super::speech::holds_role;
use super::text::fold;
use crate::record::{Attendance, Decision, Participant, Warning};

/// Warning code of a vote counting more voices than people present or represented.
pub(crate) const VOTE_EXCEEDS_MEMBERS: &str = "decisions.vote_exceeds_members";

/// Years a deadline written as a bare number may name ("fin mars 2024").
const DUE_YEARS: std::ops::Range<i32> = 1900..2100;

/// Sets `owner_participant` and `due_date` of every outcome. `meeting` is the meeting date,
/// `year` the meeting's year when only that is known.
pub(crate) fn link(
    decisions: &mut [Decision],
    roster: &Roster,
    participants: &[Participant],
    meeting: Option<(i32, u32, u32)>,
    year: Option<i32>,
) {
    for d in decisions {
        d.owner_participant = d
            .owner
            .as_deref()
            .and_then(|o| owner_participant(o, roster, participants));
        // A label read as an owner ("Important : …", "Tisanes : …") names nobody.
        if d.owner_participant.is_none() && d.owner.as_deref().is_some_and(|o| !may_name_someone(o))
        {
            d.owner = None;
        }
        d.due_date = d.due.as_deref().and_then(|t| due_date(t, meeting, year));
    }
}

/// Whether an owner no participant matches may still name someone: a handle, several
/// words, a word in capitals (a family name or an acronym), a known given name, a role or an
/// organisation.
fn may_name_someone(owner: &str) -> bool {
    let o = owner.trim();
    let single = !o.contains([' ', ',', '/', '&', '-']);
    if !single || o.starts_with('@') || !o.chars().any(char::is_lowercase) {
        return true;
    }
    let f = super::text::fold(o);
    super::gazetteer::is_given_name(&f)
        || super::lexicon::starts_with_any(&f, super::lexicon::ROLE_NOUNS)
        || super::lexicon::starts_with_any(&f, super::lexicon::ORG_HEADS)
}

/// The id of the participant an owner names: the first of several owners ("Claire et Paul",
/// "Claire / Paul") that resolves, by name through the roster or by a role only one
/// participant holds ("le trésorier").
pub(crate) fn owner_participant(
    owner: &str,
    roster: &Roster,
    participants: &[Participant],
) -> Option<String> {
    owners(owner).into_iter().find_map(|one| {
        roster
            .resolve(one, None)
            .and_then(|k| participants.get(k))
            .map(|p| p.id.clone())
            .or_else(|| role_holder(one, participants))
    })
}

/// The owners an owner text names, in order, cut at joining marks and words.
fn owners(owner: &str) -> Vec<&str> {
    let is_mark = |c: char| OWNER_JOINER_MARKS.iter().any(|m| m.starts_with(c));
    let mut out = Vec::new();
    for part in owner.split(is_mark) {
        let mut start: Option<usize> = None;
        for w in part.split_whitespace() {
            let at = w.as_ptr() as usize - part.as_ptr() as usize;
            if OWNER_JOINER_WORDS.contains(&fold(w).as_str()) {
                if let Some(s) = start.take() {
                    out.push(part[s..at].trim());
                }
            } else if start.is_none() {
                start = Some(at);
            }
        }
        if let Some(s) = start {
            out.push(part[s..].trim());
        }
    }
    out
}

/// The one participant whose listed role an owner names ("le trésorier", "Présidente").
fn role_holder(owner: &str, participants: &[Participant]) -> Option<String> {
    let folded = fold(strip_civility(owner).1);
    let mut phrase = folded.trim();
    if let Some(a) = OWNER_ROLE_ARTICLES
        .iter()
        .find(|a| lexicon::starts_with_word(phrase, a))
    {
        phrase = phrase[a.len()..].trim_start();
    }
    let noun = phrase.split_whitespace().next()?;
    if !ROLE_NOUNS.contains(&noun) {
        return None;
    }
    let mut holders = participants
        .iter()
        .filter(|p| p.role.as_deref().is_some_and(|r| holds_role(r, phrase)));
    match (holders.next(), holders.next()) {
        (Some(p), None) => Some(p.id.clone()),
        _ => None,
    }
}

/// The calendar day (YYYY-MM-DD) a due text names: its first date ("15 mars 2024",
/// "15/03/2024", "avant le 12 juin"), or the last day of a month a deadline ends ("fin
/// mars"). Other months ("avant juin", "courant avril") and years ("en 2025") name no day.
/// A date without its year takes the meeting's, or the next one when its month comes before
/// the meeting's.
pub(crate) fn due_date(
    due: &str,
    meeting: Option<(i32, u32, u32)>,
    year: Option<i32>,
) -> Option<String> {
    let (y, month, day) = match find_dates(due).first() {
        Some(d) => {
            let y = d.year.or_else(|| year_from(meeting, year, d.month))?;
            (y, d.month, d.day)
        }
        None => {
            let (month, written) = month_end(&fold(due))?;
            let y = written.or_else(|| year_from(meeting, year, month))?;
            (y, month, days_in_month(Some(y), month))
        }
    };
    // "29 février" in a year that has none.
    (day <= days_in_month(Some(y), month)).then(|| format!("{y:04}-{month:02}-{day:02}"))
}

/// The year of a day written without one: the meeting's, or the next when the month comes
/// before the meeting's (a deadline in January set in November).
fn year_from(meeting: Option<(i32, u32, u32)>, year: Option<i32>, month: u32) -> Option<i32> {
    match meeting {
        Some((y, m, _)) if month < m => Some(y + 1),
        Some((y, _, _)) => Some(y),
        None => year,
    }
}

/// A month named as the end of a deadline in folded text ("d'ici fin mars", "fin d'avril
/// 2025"), with the year written after it.
fn month_end(f: &str) -> Option<(u32, Option<i32>)> {
    for w in f.split(|c: char| !c.is_alphanumeric()) {
        let Some(month) = MONTHS.iter().find(|(m, _)| *m == w).map(|(_, n)| *n) else {
            continue;
        };
        let start = w.as_ptr() as usize - f.as_ptr() as usize;
        let before = f[..start].trim_end();
        if !MONTH_END_CUES.iter().any(|c| ends_with_word(before, c)) {
            continue;
        }
        let year = f[start + w.len()..]
            .trim_start_matches(['.', ' '])
            .split(|c: char| !c.is_ascii_digit())
            .next()
            .and_then(|y| y.parse().ok())
            .filter(|y| DUE_YEARS.contains(y));
        return Some((month, year));
    }
    None
}

/// Whether `text` ends with `cue` starting at a word boundary.
fn ends_with_word(text: &str, cue: &str) -> bool {
    text.strip_suffix(cue).is_some_and(|head| {
        head.chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Whether a participant may have cast a vote: present, remote, represented by a proxy, or
/// listed without attendance (who may have been present, so no warning rests on a guess).
fn may_vote(p: &Participant) -> bool {
    matches!(
        p.attendance,
        None | Some(Attendance::Present | Attendance::Remote | Attendance::Represented)
    )
}

/// A warning for each vote whose voices (for, against, abstentions) outnumber the
/// participants who may have voted. Call it only when the record has a participant list.
pub(crate) fn vote_warnings(decisions: &[Decision], participants: &[Participant]) -> Vec<Warning> {
    let voters = participants.iter().filter(|p| may_vote(p)).count();
    decisions
        .iter()
        .filter_map(|d| {
            let v = d.vote.as_ref()?;
            let voices: u32 = [v.for_, v.against, v.abstentions].iter().flatten().sum();
            (voices as usize > voters).then(|| Warning {
                code: VOTE_EXCEEDS_MEMBERS.into(),
                message: format!(
                    "the vote of {} counts {voices} voices but {voters} participants were \
                     present or represented",
                    d.id
                ),
                source: Some(d.source.clone()),
            })
        })
        .collect()
}

#[cfg(test)]
#[path = "outcome_links_tests.rs"]
mod tests;

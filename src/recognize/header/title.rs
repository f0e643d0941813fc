//! The meeting's title: which line of the head names the meeting, and where its words
//! start and end.

use super::super::dates::find_times;
use super::super::lexicon::{TITLE_HEADS_STRONG, TITLE_HEADS_WEAK, TITLE_LABELS, VENUE_HEADS};
use super::super::lines::{Kind, Line};
use super::super::text::{fold, split_colon};
use super::{first_date, labelled, Unit};
use crate::model::Properties;

/// Most words of the body named before a title word, set off by a dash.
const TITLE_PREFIX_WORDS: usize = 8;
/// How many units open the body, where a title block stands.
const TITLE_BLOCK_UNITS: usize = 3;

/// A line in capitals among the body's first units that starts with a meeting word
/// ("ASSEMBLÉE GÉNÉRALE ORDINAIRE", "CONSEIL D'ADMINISTRATION").
fn capitals_title_block<'u, 'a>(units: &'u [Unit<'a>]) -> Option<&'u Unit<'a>> {
    units
        .iter()
        .take(TITLE_BLOCK_UNITS)
        .find(|u| is_capitals_meeting_line(u.text))
}

fn is_capitals_meeting_line(text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic());
    let (all, upper) = letters.fold((0, 0), |(a, up), c| {
        (a + 1, up + usize::from(c.is_uppercase()))
    });
    all >= 6 && upper == all && title_start(text).is_some_and(|(at, _)| at == 0)
}

/// The title line of the head and its text, before the venue is cut from it: a Title
/// paragraph, a front matter's title, a line naming the document or the meeting, a labelled
/// title, the first heading.
pub(super) fn find_title(
    head: &[Line],
    units: &[Unit],
    labelled_units: &[Unit],
    props: &Properties,
    trusted_title: bool,
) -> (Option<usize>, Option<String>) {
    let mut title_line = None;
    let mut title: Option<String> = None;
    if let Some(i) = head.iter().position(|l| l.kind == Kind::Title) {
        // The same yielding as for a front matter, which converters turn into the Title
        // paragraph.
        let after: Vec<&Unit> = units.iter().filter(|u| u.line > i).collect();
        let block = after
            .iter()
            .take(TITLE_BLOCK_UNITS)
            .position(|u| is_capitals_meeting_line(u.text))
            .filter(|_| !is_capitals_meeting_line(&head[i].text));
        let (line, text) = match block {
            Some(k) => (after[k].line, after[k].text.trim()),
            None => (i, head[i].text.as_str()),
        };
        title_line = Some(line);
        title = Some(text.to_string());
    } else if let Some(u) = props
        .title
        .as_ref()
        .filter(|t| trusted_title && !t.trim().is_empty())
        .and_then(|_| capitals_title_block(units))
    {
        // A site's front matter titles the page ("Compte-rendu de l'AG de février"); a title
        // block in capitals opening the body is the minutes' own name for the meeting.
        title_line = Some(u.line);
        title = Some(u.text.trim().to_string());
    } else if let Some(t) = props
        .title
        .as_ref()
        .filter(|t| trusted_title && !t.trim().is_empty())
    {
        // A heading of the opening lines that holds the front matter's title whole says it
        // more fully ("Réunion CA du 3 mai" for "CA du 3 mai").
        let short = fold(t.trim());
        let fuller = head.iter().position(|l| {
            matches!(l.kind, Kind::Heading(..)) && {
                let f = fold(&l.text);
                f.len() > short.len() && f.contains(&short)
            }
        });
        title_line = fuller;
        title = Some(fuller.map_or_else(|| t.trim().to_string(), |i| head[i].text.clone()));
    } else {
        // A document word ("Compte-rendu") beats a meeting word ("Réunion"); a heading that
        // holds one is the title as a whole.
        // A label ("**Compte rendu :**") heads what follows; it names no meeting.
        let is_label = |t: &str| t.trim().trim_end_matches(['*', '_', ' ']).ends_with(':');
        let pick = |strong_only: bool| {
            units.iter().enumerate().find(|(_, u)| {
                !is_label(u.text)
                    && title_start(u.text).is_some_and(|(at, strong)| {
                        (strong || !strong_only)
                            && (at == 0 || matches!(head[u.line].kind, Kind::Heading(..)))
                            && u.text.split_whitespace().count() <= 30
                    })
            })
        };
        // "Objet : …", "Meeting: …": the author labelled the title.
        let labelled_title = labelled_units
            .iter()
            .find_map(|u| labelled(u.text, TITLE_LABELS).map(|v| (u.line, v)));
        let found = pick(true).or_else(|| pick(false));
        if let (None, Some((line, value))) = (found, labelled_title) {
            title_line = Some(line);
            title = Some(value.to_string());
        } else if let Some((k, u)) = found.or_else(|| {
            // Past the opening words, a meeting word names this meeting only outside a
            // label ("PV de la réunion précédente : <lien>") and a link.
            units.iter().enumerate().find(|(_, u)| {
                let label = split_colon(u.text).map_or(0, |(l, _)| l.len());
                !is_label(u.text)
                    && !u.text.contains("://")
                    && title_start(u.text).is_some_and(|(at, _)| at >= label)
                    && u.text.split_whitespace().count() <= 25
            })
        }) {
            title_line = Some(u.line);
            let is_heading = matches!(head[u.line].kind, Kind::Heading(..));
            let start = if is_heading {
                0
            } else {
                title_start(u.text).map_or(0, |(b, _)| b)
            };
            // "Collectif X – réunion mensuelle": the body the meeting belongs to, set off by
            // a dash, stays in the title; a date or a time before the title word does not.
            let prefix = u.text[..start].trim_end();
            let start = if prefix.ends_with(['–', '-', '—'])
                && prefix.split_whitespace().count() <= TITLE_PREFIX_WORDS
                && first_date(prefix, false).is_none()
                && find_times(prefix).is_empty()
            {
                0
            } else {
                start
            };
            let mut text = u.text[start..].to_string();
            if first_date(&text, false).is_none() {
                for next in units[k + 1..].iter() {
                    if !continues_title(next.text) {
                        break;
                    }
                    text.push(' ');
                    text.push_str(next.text.trim());
                    if first_date(next.text, false).is_some() {
                        break;
                    }
                }
            }
            title = Some(text);
        } else if let Some(i) = head
            .iter()
            .position(|l| matches!(l.kind, Kind::Heading(..)))
        {
            title_line = Some(i);
            title = Some(head[i].text.clone());
        }
    }
    (title_line, title)
}

/// Where a title head word starts in `text`, and whether it names the document itself.
pub(super) fn title_start(text: &str) -> Option<(usize, bool)> {
    let a = super::super::analysis::Analysed::new(text);
    let f = &a.folded;
    let mut best: Option<(usize, bool)> = None;
    for (heads, strong) in [(TITLE_HEADS_STRONG, true), (TITLE_HEADS_WEAK, false)] {
        for h in heads {
            let mut from = 0;
            while let Some(p) = f[from..].find(h) {
                let at = from + p;
                let before = f[..at].chars().next_back();
                let after = f[at + h.len()..].chars().next();
                if before.is_none_or(|c| !c.is_alphanumeric())
                    && after.is_none_or(|c| !c.is_alphanumeric())
                {
                    // A document word ("Procès-verbal") anywhere beats a meeting word
                    // ("Comité") before it: "COMITE D'HYGIENE ... PROCES VERBAL SEANCE ...".
                    if best.is_none_or(|(b, s)| (strong && !s) || (strong == s && at < b)) {
                        best = Some((at, strong));
                    }
                    break;
                }
                from = at + h.len();
            }
        }
    }
    let (at, strong) = best?;
    Some((a.orig(at), strong))
}

/// A title line cut from the venue it names: a place after its date ("Réunion du 3 mai à
/// X"), else what follows its date dropped, and a venue noun cut off ("… Salle Y").
pub(super) fn title_and_venue(t: String) -> (String, Option<String>) {
    if let Some((c, place)) = super::super::venue_phrases::place_after_date(&t) {
        return (t[..c].to_string(), Some(place));
    }
    // A title ends with its date: what follows on the same line is something else
    // ("... 8 novembre 2018 Par Claire Lebastard • Publié le ...").
    let t = match first_date(&t, false) {
        Some(d) => {
            // Date offsets are in the folded text: map them back.
            let end = super::super::analysis::Analysed::new(&t).orig(d.end);
            if t[end..].split_whitespace().count() >= 2
                && !t[end..].trim_start().starts_with(['(', ',', '-', '–', ':'])
            {
                t[..end].to_string()
            } else {
                t
            }
        }
        None => t,
    };
    let words = t.split_whitespace().count();
    match venue_start(&t, 3.min(words)) {
        Some(c) if c > 0 => (t[..c].to_string(), Some(t[c..].to_string())),
        _ => (t, None),
    }
}

/// Where a venue starts after the title: a capitalised venue head word ("Cité", "Salle").
fn venue_start(text: &str, from_word: usize) -> Option<usize> {
    let mut offset = 0;
    for (k, word) in text.split(' ').enumerate() {
        let f = fold(word);
        if k >= from_word
            && word.starts_with(|c: char| c.is_uppercase())
            && VENUE_HEADS.contains(&f.trim_matches(|c: char| !c.is_alphanumeric()))
        {
            return Some(offset);
        }
        offset += word.len() + 1;
    }
    None
}

/// A title continuation: a short line in capitals or starting "du / de / séance ...".
fn continues_title(text: &str) -> bool {
    let t = text.trim();
    let words = t.split_whitespace().count();
    if words == 0 || words > 9 || t.ends_with('.') {
        return false;
    }
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    let f = fold(t);
    (letters.len() >= 3 && upper * 10 >= letters.len() * 8)
        || ["du ", "de ", "des ", "seance ", "le ", "- ", "– "]
            .iter()
            .any(|p| f.starts_with(p))
}

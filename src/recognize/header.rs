//! The meeting header: title, date, start and end time, location, read from the lines before
//! the first section (and from document properties when the body says nothing).

use super::dates::{find_dates, find_times, time_range, FoundDate};
use super::lexicon::{self, TITLE_HEADS, VENUE_HEADS};
use super::lines::{Kind, Line};
use super::text::{fold, trim_label};
use crate::model::Properties;
use crate::record::Meeting;

/// The header and the index of the line the title was read from.
pub struct Header {
    pub meeting: Meeting,
    pub title_line: Option<usize>,
    /// Year of the meeting, for dates written without one.
    pub year: Option<i32>,
    /// The meeting date as (year, month, day), to tell upcoming events from past ones.
    pub date: Option<(i32, u32, u32)>,
}

const HEAD_LINES: usize = 15;

/// Where the title starts in a line: the first title head word ("Compte-rendu", "Réunion").
fn title_start(text: &str) -> Option<usize> {
    let f = fold(text);
    let mut best: Option<usize> = None;
    for h in TITLE_HEADS {
        let mut from = 0;
        while let Some(p) = f[from..].find(h) {
            let at = from + p;
            let boundary = f[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            if boundary {
                best = Some(best.map_or(at, |b| b.min(at)));
                break;
            }
            from = at + h.len();
        }
    }
    // Map the folded offset back to the original by character count.
    let at = best?;
    let chars = f[..at].chars().count();
    text.char_indices().nth(chars).map(|(b, _)| b)
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

fn is_location_line(text: &str) -> Option<String> {
    let f = fold(text);
    for label in ["lieu", "adresse", "salle", "endroit"] {
        if let Some(rest) = f.strip_prefix(label) {
            if rest.trim_start().starts_with(':') {
                let (_, v) = super::text::split_colon(text)?;
                return Some(trim_label(v).to_string());
            }
        }
    }
    let first = f.split([' ', '\'']).next().unwrap_or("");
    if VENUE_HEADS.contains(&first) && text.split_whitespace().count() <= 12 && !text.ends_with('.')
    {
        return Some(trim_label(text).to_string());
    }
    None
}

fn date_tuple(d: &FoundDate, year: Option<i32>) -> Option<(i32, u32, u32)> {
    Some((d.year.or(year)?, d.month, d.day))
}

/// Reads the header from the first lines (up to the first section).
pub fn find_header(lines: &[Line], section_lines: &[usize], props: &Properties) -> Header {
    // A first "section" that carries a title word ("# Procès-verbal de la réunion du ...") is
    // the title, so the head runs to the next one.
    let first_section = section_lines
        .iter()
        .copied()
        .find(|&l| title_start(&lines[l].text) != Some(0));
    let end = first_section
        .unwrap_or(lines.len())
        .min(HEAD_LINES)
        .min(lines.len());
    let head = &lines[..end];
    let mut meeting = Meeting::default();

    // Title: an explicit title paragraph, else the first line with a title head word.
    let title_line = head
        .iter()
        .position(|l| l.kind == Kind::Title)
        .or_else(|| {
            head.iter().position(|l| {
                title_start(&l.text).is_some() && l.text.split_whitespace().count() <= 40
            })
        })
        .or_else(|| {
            head.iter()
                .position(|l| matches!(l.kind, Kind::Heading(..)))
        });
    if let Some(t) = title_line {
        let text = &head[t].text;
        let start = if head[t].kind == Kind::Title {
            0
        } else {
            title_start(text).unwrap_or(0)
        };
        let title = &text[start..];
        let title_words = title.split_whitespace().count();
        let cut = venue_start(title, 3.min(title_words));
        let (title, venue) = match cut {
            Some(c) if c > 0 => (&title[..c], Some(&title[c..])),
            _ => (title, None),
        };
        meeting.title = Some(trim_label(title).trim_end_matches(',').trim().to_string());
        if let Some(v) = venue {
            meeting.location = Some(trim_label(v).to_string());
        }
    }
    if meeting.title.as_deref().is_none_or(str::is_empty) {
        meeting.title = props.title.clone().filter(|t| !t.trim().is_empty());
    }

    // Date: the first dated head line (title line first), else the first date anywhere.
    let mut order: Vec<usize> = (0..head.len()).collect();
    if let Some(t) = title_line {
        order.retain(|&i| i != t);
        order.insert(0, t);
    }
    let mut date_line = None;
    let mut found: Option<FoundDate> = None;
    for &i in &order {
        if let Some(d) = find_dates(&head[i].text)
            .into_iter()
            .find(|d| d.year.is_some())
        {
            found = Some(d);
            date_line = Some(i);
            break;
        }
    }
    if found.is_none() {
        found = lines
            .iter()
            .take(40)
            .find_map(|l| find_dates(&l.text).into_iter().find(|d| d.year.is_some()));
    }
    let prop_year = props
        .created
        .as_deref()
        .and_then(|c| c.get(..4))
        .and_then(|y| y.parse().ok());
    let year = found.and_then(|d| d.year).or(prop_year);
    meeting.date = found.and_then(|d| d.iso(year));
    let date = found.and_then(|d| date_tuple(&d, year));

    // Times: on the date line, else any head line with a time.
    let mut time_lines: Vec<usize> = date_line.into_iter().collect();
    time_lines.extend((0..head.len()).filter(|i| Some(*i) != date_line));
    for i in time_lines {
        let text = &head[i].text;
        if find_times(text).is_empty() {
            continue;
        }
        let (s, e) = time_range(text);
        let f = fold(text);
        if lexicon::contains_any(&f, &["fin", "cloture", "levee"])
            && !lexicon::contains_any(&f, &["debut", "ouverture", "de"])
        {
            meeting.end_time = s.map(|t| t.hhmm());
        } else {
            meeting.start_time = s.map(|t| t.hhmm());
            meeting.end_time = e.map(|t| t.hhmm());
        }
        break;
    }

    // Location: a "Lieu :" line or a venue line in the head.
    if meeting.location.is_none() {
        meeting.location = head
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != title_line || head[*i].kind == Kind::Title)
            .find_map(|(_, l)| is_location_line(&l.text));
    }
    Header {
        meeting,
        title_line,
        year,
        date,
    }
}

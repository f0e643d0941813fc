//! Sections: headings, and numbered agenda items standing alone ("1. Introduction",
//! "II - Budget"), with their numbers. Only the top level is reported.

use super::lexicon::{self, NEXT_MEETING_HEADS, RESOURCE_HEADINGS, TOPIC_LABELS};
use super::lines::{Kind, Line};
use super::section_lines::{
    cut_run_on, is_bold_title, is_capitals_title, is_date_only, is_list_heading, looks_like_title,
    numbered_item, split_number, NUMBERED,
};
use super::text::{fold, split_colon, trim_label};

/// A section start found at `line`.
#[derive(Debug, Clone)]
pub struct SectionMark {
    pub line: usize,
    pub number: Option<String>,
    pub title: String,
    pub level: u8,
}

/// How a section start was recognised, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Origin {
    Heading,
    /// "Topic: …", "Sujet : …": a labelled line heads what follows.
    Labelled,
    Numbered,
    Bold,
    Capitals,
}

/// A heading of back matter ("Relevé de décisions", "Liste d'émargement").
pub(crate) fn is_back_matter(text: &str) -> bool {
    let f = fold(trim_label(text).trim_start_matches(['[', '(']));
    lexicon::starts_with_any(&f, lexicon::BACK_MATTER_HEADINGS)
}

/// The words of a back-matter heading, without markup.
pub(crate) fn trim_back_matter(text: &str) -> &str {
    trim_label(text).trim_start_matches(['[', '('])
}

/// Finds section starts. `title_line` is the meeting title, never a section. Lines in
/// capitals head sections only after a participant list has opened (before it they are the
/// letterhead and the title).
pub fn find_sections(lines: &[Line], title_line: Option<usize>) -> Vec<SectionMark> {
    let mut marks: Vec<(Origin, SectionMark)> = Vec::new();
    let mut seen_list = false;
    for (i, l) in lines.iter().enumerate() {
        if Some(i) == title_line || l.cell.is_some() {
            continue;
        }
        match &l.kind {
            Kind::Heading(level, list_number) => {
                if super::participants::attendance_heading(&l.text).is_some() {
                    seen_list = true;
                }
                if let Some(m) = heading_mark(l, i, *level, list_number.as_deref()) {
                    marks.push((Origin::Heading, m));
                }
            }
            Kind::Item {
                level: 0,
                ordered: true,
                label,
                ..
            } => {
                if let Some(m) = item_mark(lines, i, label.as_deref()) {
                    marks.push((Origin::Numbered, m));
                }
            }
            Kind::Normal => normal_marks(l, i, &mut seen_list, &mut marks),
            _ => {}
        }
    }
    outline(lines, marks)
}

/// A heading that heads a section: not a participant list, back matter, a resource list,
/// the agenda's own heading or a date.
fn heading_mark(l: &Line, i: usize, level: u8, list_number: Option<&str>) -> Option<SectionMark> {
    // A heading "Annexe - ..." heads real content; a resource label in a plain line ("→ A
    // voir, à lire :") does not.
    let f = fold(trim_label(&l.text));
    let resource_only = lexicon::starts_with_any(&f, RESOURCE_HEADINGS)
        && !lexicon::starts_with_any(&f, &["annexe", "annexes"]);
    let listing = super::participants::attendance_heading(&l.text).is_some()
        || is_back_matter(&l.text)
        || lexicon::starts_with_any(
            &fold(trim_label(&l.text).trim_start_matches(['[', '('])),
            lexicon::NON_SECTION_HEADINGS,
        );
    if listing || resource_only || is_date_only(&l.text) || announces_next_meeting(&l.text) {
        return None;
    }
    let (typed, title) = split_number(&l.text);
    let number = typed.or_else(|| list_number.map(|n| n.trim_end_matches(['.', ')']).to_string()));
    Some(SectionMark {
        line: i,
        number,
        title,
        level,
    })
}

/// "Prochaine réunion : 3 mai à 18 h": the next meeting's date written as a heading.
fn announces_next_meeting(text: &str) -> bool {
    split_colon(text).is_some_and(|(label, value)| {
        lexicon::starts_with_any(&fold(trim_label(label)), NEXT_MEETING_HEADS)
            && !super::dates::find_dates(value).is_empty()
    })
}

/// An item of a numbered list that stands apart from its siblings: an agenda list ("1. ...
/// 2. ...") is not a run of sections.
fn item_mark(lines: &[Line], i: usize, label: Option<&str>) -> Option<SectionMark> {
    let sibling = |j: Option<usize>| {
        j.and_then(|j| lines.get(j)).is_some_and(|n| {
            matches!(
                n.kind,
                Kind::Item {
                    level: 0,
                    ordered: true,
                    ..
                }
            )
        })
    };
    let l = &lines[i];
    (looks_like_title(&l.text)
        && !l.text.trim_end().ends_with(':')
        && !sibling(Some(i + 1))
        && !sibling(i.checked_sub(1))
        && !is_list_heading(&l.text))
    .then(|| SectionMark {
        line: i,
        number: label.map(|s| s.trim_end_matches(['.', ')']).to_string()),
        title: trim_label(&l.text).to_string(),
        level: 1,
    })
}

/// Section starts in a plain line (or in each part of a flattened one): numbered titles,
/// labelled topics, bold lines standing alone, capitals lines after a participant list.
fn normal_marks(l: &Line, i: usize, seen_list: &mut bool, marks: &mut Vec<(Origin, SectionMark)>) {
    let parts: Vec<&str> = if l.parts.is_empty() {
        vec![l.text.as_str()]
    } else {
        l.parts.iter().map(String::as_str).collect()
    };
    let mark = |title: &str, number: Option<String>, level: u8| SectionMark {
        line: i,
        number,
        title: trim_label(title).to_string(),
        level,
    };
    for part in parts {
        if super::participants::attendance_heading(part).is_some() {
            *seen_list = true;
            continue;
        }
        if let Some((number, title)) = numbered_item(part) {
            marks.push((Origin::Numbered, mark(&title, Some(number), 1)));
        } else if let Some(c) = NUMBERED.captures(part) {
            let title = cut_run_on(trim_label(&c["title"])).trim_end_matches('.');
            if looks_like_title(title)
                && !is_list_heading(title)
                && title.starts_with(|ch: char| ch.is_uppercase())
            {
                // "3.2" is a point under "3".
                let level = c["num"].split('.').filter(|p| !p.is_empty()).count() as u8;
                marks.push((
                    Origin::Numbered,
                    mark(title, Some(c["num"].to_string()), level),
                ));
            }
        } else if let Some(topic) = topic_label(part) {
            marks.push((Origin::Labelled, mark(topic, None, 1)));
        } else if l.bold && l.parts.len() <= 1 && is_bold_title(part) {
            marks.push((Origin::Bold, mark(part, None, 1)));
        } else if *seen_list && is_capitals_title(part) && !is_list_heading(part) {
            marks.push((Origin::Capitals, mark(part, None, 1)));
        }
    }
}

/// The topic of a labelled line ("Topic: Budget", "Sujet : calendrier des visites").
fn topic_label(text: &str) -> Option<&str> {
    let (label, value) = split_colon(text)?;
    let l = fold(trim_label(label));
    let value = trim_label(value);
    (TOPIC_LABELS.contains(&l.as_str()) && !value.is_empty() && looks_like_title(value))
        .then_some(value)
}

/// The outline from the marks found: the strongest kind that marks several sections, then
/// the top level of it.
fn outline(lines: &[Line], marks: Vec<(Origin, SectionMark)>) -> Vec<SectionMark> {
    // Headings, when there are several, are the outline; labelled topics, then numbered
    // lines come next; lines in capitals only when nothing else marks the sections.
    let count = |o: Origin| marks.iter().filter(|(m, _)| *m == o).count();
    let keep = if count(Origin::Heading) >= 2 {
        vec![Origin::Heading]
    } else if count(Origin::Labelled) >= MIN_BOLD_SECTIONS {
        vec![Origin::Labelled]
    } else if count(Origin::Heading) + count(Origin::Numbered) >= 1 {
        vec![Origin::Heading, Origin::Numbered]
    } else if count(Origin::Bold) >= MIN_BOLD_SECTIONS {
        vec![Origin::Bold]
    } else {
        vec![Origin::Capitals]
    };
    let mut marks: Vec<SectionMark> = marks
        .into_iter()
        .filter(|(o, _)| keep.contains(o))
        .map(|(_, m)| m)
        .collect();
    if marks.is_empty() {
        marks = agenda_items(lines);
    }
    // Report the top level only: the smallest level among the marks. A single heading of
    // that level above several of the next one wraps them ("# Préparation" before the
    // points of the day): the next level is the outline.
    let top = marks.iter().map(|m| m.level).min().unwrap_or(1);
    let level_count = |lv: u8| marks.iter().filter(|m| m.level == lv).count();
    let next = marks.iter().map(|m| m.level).filter(|&lv| lv > top).min();
    let top = match next {
        Some(n) if level_count(top) == 1 && level_count(n) >= MIN_BOLD_SECTIONS => n,
        _ => top,
    };
    marks.retain(|m| m.level == top);
    marks
}

/// Fewest bold lines, or headings under one wrapper, that make an outline.
const MIN_BOLD_SECTIONS: usize = 2;

/// When the body marks no sections, the items of the announced agenda ("Ordre du jour" then
/// "I ... II ... III ...", or bullets) are the outline.
fn agenda_items(lines: &[Line]) -> Vec<SectionMark> {
    let Some(at) = lines.iter().position(|l| {
        let f = fold(trim_label(&l.text));
        lexicon::starts_with_any(&f, lexicon::NON_SECTION_HEADINGS)
            && l.text.split_whitespace().count() <= 6
    }) else {
        return Vec::new();
    };
    lines[at + 1..]
        .iter()
        .enumerate()
        .map_while(|(k, l)| match &l.kind {
            // Numbered, lettered or bulleted: the announced points are the outline.
            Kind::Item {
                level: 0, label, ..
            } => Some(SectionMark {
                line: at + 1 + k,
                number: label
                    .as_ref()
                    .map(|s| s.trim_end_matches(['.', ')']).to_string()),
                title: trim_label(&l.text).to_string(),
                level: 1,
            }),
            _ => None,
        })
        .collect()
}

//! Sections: headings, and numbered agenda items standing alone ("1. Introduction",
//! "II - Budget"), with their numbers. Only the top level is reported.

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{self, ATTENDANCE_HEADINGS, RESOURCE_HEADINGS};
use super::lines::{Kind, Line};
use super::text::{fold, trim_label};

/// A section start found at `line`.
#[derive(Debug, Clone)]
pub struct SectionMark {
    pub line: usize,
    pub number: Option<String>,
    pub title: String,
    pub level: u8,
}

static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<num>\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})\s*(?:[.)°]|\s[-–—:])\s*(?P<title>\S.*)$",
    )
    .expect("valid regex")
});

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

fn looks_like_title(s: &str) -> bool {
    let s = s.trim();
    words(s) <= 20 && !s.ends_with(['.', ';', ',']) || s.ends_with("...") || s.ends_with('…')
}

/// Lines that open participant or resource lists are not agenda items.
fn is_list_heading(text: &str) -> bool {
    let f = fold(trim_label(text).trim_start_matches(['[', '(']));
    ATTENDANCE_HEADINGS
        .iter()
        .any(|(h, _)| lexicon::starts_with_word(&f, h))
        || lexicon::starts_with_any(&f, RESOURCE_HEADINGS)
        || lexicon::starts_with_any(&f, lexicon::NON_SECTION_HEADINGS)
}

/// Finds section starts. `title_line` is the meeting title, never a section.
pub fn find_sections(lines: &[Line], title_line: Option<usize>) -> Vec<SectionMark> {
    let mut marks = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if Some(i) == title_line || l.cell.is_some() {
            continue;
        }
        match &l.kind {
            Kind::Heading(level, list_number) => {
                if is_list_heading(&l.text) {
                    continue;
                }
                let (typed, title) = split_number(&l.text);
                let number = typed.or_else(|| {
                    list_number
                        .as_ref()
                        .map(|n| n.trim_end_matches(['.', ')']).to_string())
                });
                marks.push(SectionMark {
                    line: i,
                    number,
                    title,
                    level: *level,
                });
            }
            Kind::Item {
                level: 0,
                ordered: true,
                label,
                ..
            } => {
                let next_is_sibling = lines.get(i + 1).is_some_and(|n| {
                    matches!(
                        n.kind,
                        Kind::Item {
                            level: 0,
                            ordered: true,
                            ..
                        }
                    )
                });
                let continues = marks.last().is_some_and(|m: &SectionMark| m.level == 1);
                if looks_like_title(&l.text)
                    && (!next_is_sibling || continues)
                    && !is_list_heading(&l.text)
                {
                    marks.push(SectionMark {
                        line: i,
                        number: label
                            .as_ref()
                            .map(|s| s.trim_end_matches(['.', ')']).to_string()),
                        title: trim_label(&l.text).to_string(),
                        level: 1,
                    });
                }
            }
            Kind::Normal => {
                if let Some(c) = NUMBERED.captures(&l.text) {
                    let title = trim_label(&c["title"]);
                    if looks_like_title(title)
                        && words(title) >= 1
                        && !is_list_heading(title)
                        && title.starts_with(|ch: char| ch.is_uppercase())
                    {
                        marks.push(SectionMark {
                            line: i,
                            number: Some(c["num"].to_string()),
                            title: title.to_string(),
                            level: 1,
                        });
                    }
                }
            }
            _ => {}
        }
    }
    // Report the top level only: the smallest level among the marks.
    let top = marks.iter().map(|m| m.level).min().unwrap_or(1);
    marks.retain(|m| m.level == top);
    marks
}

fn split_number(text: &str) -> (Option<String>, String) {
    match NUMBERED.captures(text) {
        Some(c) => (
            Some(c["num"].to_string()),
            trim_label(&c["title"]).to_string(),
        ),
        None => (None, trim_label(text).to_string()),
    }
}

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

/// A heading numbered by a capital letter: "A. Ouverture", "B) Budget".
static LETTERED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?P<num>[A-L])[.)]\s+(?P<title>\S.*)$").expect("valid regex"));
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?i:point)\s*(?:n°|no|n\s°|numéro)?\s*)?(?P<num>\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})\s*(?:[.)°/:]|\s[-–—:/])\s*(?P<title>\S.*)$",
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
        || lexicon::starts_with_any(&f, lexicon::BACK_MATTER_HEADINGS)
        || lexicon::MEMBER_BODIES
            .iter()
            .any(|m| lexicon::starts_with_word(&f, m))
}

/// How a section start was recognised, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Origin {
    Heading,
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

/// A date alone ("17 mai 2022"), or a month ("Février", "mars 2019"), heads a day or a
/// page of a journal, not an agenda item.
fn is_date_only(text: &str) -> bool {
    let f = fold(text);
    let month_only = {
        let words: Vec<&str> = f
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect();
        !words.is_empty()
            && words
                .iter()
                .any(|w| lexicon::MONTHS.iter().any(|(m, _)| m == w))
            && words.iter().all(|w| {
                lexicon::MONTHS.iter().any(|(m, _)| m == w)
                    || (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
            })
    };
    if month_only {
        return true;
    }
    let dates = super::dates::find_dates(text);
    dates.first().is_some_and(|d| {
        let rest = format!("{}{}", &f[..d.start], &f[d.end..]);
        rest.split_whitespace().all(|w| {
            lexicon::WEEKDAYS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
                || w.len() <= 2
        })
    })
}

/// A short line in capitals ("COMMISSION D'APPEL D'OFFRES", "SUBVENTIONS").
fn is_capitals_title(text: &str) -> bool {
    let t = text.trim();
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    let long_word = t
        .split_whitespace()
        .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 5);
    letters.len() >= 5
        && letters.iter().all(|c| c.is_uppercase())
        && long_word
        && words(t) <= 12
        && !t.ends_with([':', ',', ';'])
        && !super::names::is_person_name(t)
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
                // A heading "Annexe - ..." heads real content; a resource label in a plain
                // line ("→ A voir, à lire :") does not.
                let resource_only = {
                    let f = fold(trim_label(&l.text));
                    lexicon::starts_with_any(&f, RESOURCE_HEADINGS)
                        && !lexicon::starts_with_any(&f, &["annexe", "annexes"])
                };
                let listing = super::participants::attendance_heading(&l.text).is_some()
                    || is_back_matter(&l.text)
                    || lexicon::starts_with_any(
                        &fold(trim_label(&l.text).trim_start_matches(['[', '('])),
                        lexicon::NON_SECTION_HEADINGS,
                    );
                if listing || resource_only || is_date_only(&l.text) {
                    continue;
                }
                let (typed, title) = split_number(&l.text);
                let number = typed.or_else(|| {
                    list_number
                        .as_ref()
                        .map(|n| n.trim_end_matches(['.', ')']).to_string())
                });
                marks.push((
                    Origin::Heading,
                    SectionMark {
                        line: i,
                        number,
                        title,
                        level: *level,
                    },
                ));
            }
            Kind::Item {
                level: 0,
                ordered: true,
                label,
                ..
            } => {
                // An agenda list ("1. ... 2. ...") is not a run of sections: an item heads a
                // section only when it stands apart from its siblings.
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
                if looks_like_title(&l.text)
                    && !l.text.trim_end().ends_with(':')
                    && !sibling(Some(i + 1))
                    && !sibling(i.checked_sub(1))
                    && !is_list_heading(&l.text)
                {
                    marks.push((
                        Origin::Numbered,
                        SectionMark {
                            line: i,
                            number: label
                                .as_ref()
                                .map(|s| s.trim_end_matches(['.', ')']).to_string()),
                            title: trim_label(&l.text).to_string(),
                            level: 1,
                        },
                    ));
                }
            }
            Kind::Normal => {
                let parts: Vec<&str> = if l.parts.is_empty() {
                    vec![l.text.as_str()]
                } else {
                    l.parts.iter().map(String::as_str).collect()
                };
                for part in parts {
                    if super::participants::attendance_heading(part).is_some() {
                        seen_list = true;
                        continue;
                    }
                    if let Some(c) = NUMBERED.captures(part) {
                        let title = cut_run_on(trim_label(&c["title"])).trim_end_matches('.');
                        if looks_like_title(title)
                            && !is_list_heading(title)
                            && title.starts_with(|ch: char| ch.is_uppercase())
                        {
                            marks.push((
                                Origin::Numbered,
                                SectionMark {
                                    line: i,
                                    number: Some(c["num"].to_string()),
                                    title: title.to_string(),
                                    // "3.2" is a point under "3".
                                    level: c["num"].split('.').filter(|p| !p.is_empty()).count()
                                        as u8,
                                },
                            ));
                        }
                    } else if l.bold && l.parts.len() <= 1 && is_bold_title(part) {
                        marks.push((
                            Origin::Bold,
                            SectionMark {
                                line: i,
                                number: None,
                                title: trim_label(part).to_string(),
                                level: 1,
                            },
                        ));
                    } else if seen_list && is_capitals_title(part) && !is_list_heading(part) {
                        marks.push((
                            Origin::Capitals,
                            SectionMark {
                                line: i,
                                number: None,
                                title: trim_label(part).to_string(),
                                level: 1,
                            },
                        ));
                    }
                }
            }
            _ => {}
        }
    }
    // Headings, when there are several, are the outline; numbered lines come next; lines in
    // capitals only when nothing else marks the sections.
    let count = |o: Origin| marks.iter().filter(|(m, _)| *m == o).count();
    let keep = if count(Origin::Heading) >= 2 {
        vec![Origin::Heading]
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

/// Most words of a bold line standing as a section title.
const MAX_BOLD_TITLE_WORDS: usize = 12;

/// A whole bold line standing alone as a title: short, no sentence, no label, no list head.
fn is_bold_title(text: &str) -> bool {
    let t = trim_label(text);
    !t.is_empty()
        && t.split_whitespace().count() <= MAX_BOLD_TITLE_WORDS
        && !text.trim().ends_with([':', '.', ';', ','])
        && t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && looks_like_title(t)
        && !is_list_heading(t)
        && !is_date_only(t)
}

/// When the body marks no sections, the items of the announced agenda ("Ordre du jour" then
/// "I ... II ... III ...") are the outline.
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
            Kind::Item {
                level: 0,
                ordered: true,
                label,
                ..
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

/// A title a flattened page ran into the next sentence ("Travaux du gymnase
/// Prévus pour l'été ..."): it stops where a capitalised word follows a lowercase one.
fn cut_run_on(title: &str) -> &str {
    let words: Vec<(usize, &str)> = super::text::words_at(title);
    if words.len() <= 8 {
        return title;
    }
    for k in 3..words.len() {
        let prev = words[k - 1].1;
        let w = words[k].1;
        let prev_lower = prev.chars().next().is_some_and(char::is_lowercase)
            && !lexicon::NAME_PARTICLES.contains(&fold(prev).as_str())
            && !matches!(
                fold(prev).as_str(),
                "a" | "et" | "en" | "aux" | "au" | "pour" | "sur"
            );
        let starts_upper = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase);
        if prev_lower && starts_upper {
            return title[..words[k].0].trim_end();
        }
    }
    title
}

fn split_number(text: &str) -> (Option<String>, String) {
    // A heading written as a link or a note keeps its words, not its brackets.
    let text = text.trim();
    let text = match (text.strip_prefix('['), text.ends_with(']')) {
        (Some(inner), true) => &inner[..inner.len() - 1],
        _ => text,
    };
    match NUMBERED.captures(text).or_else(|| LETTERED.captures(text)) {
        Some(c) => (
            Some(c["num"].to_string()),
            trim_label(&c["title"]).to_string(),
        ),
        None => (None, trim_label(text).to_string()),
    }
}

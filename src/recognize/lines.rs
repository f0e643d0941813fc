//! The document flattened for recognizers: one `Line` per paragraph, in reading order, with
//! its structural kind, its bold lead and where it came from. Table cells become lines that
//! remember their table, row and column.

use super::flattened::split_entries;
use super::limits::{self, Truncation};
use super::text::clean;
use crate::model::{Block, Document, MarkerKind, Paragraph, Role};
use crate::record::SourceSpan;

/// Structural kind of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Normal,
    Title,
    /// Heading with its level and its list number when numbering gives one.
    Heading(u8, Option<String>),
    /// List item: level, ordered, label ("1.", "a)"), checkbox state.
    Item {
        level: u8,
        ordered: bool,
        label: Option<String>,
        checked: Option<bool>,
    },
}

/// A paragraph as recognizers see it.
#[derive(Debug, Clone)]
pub struct Line {
    /// Cleaned text (spaces normalised, soft hyphens dropped), line breaks as spaces.
    pub text: String,
    /// The source lines of the paragraph (line breaks kept by the reader), cleaned.
    pub parts: Vec<String>,
    pub kind: Kind,
    /// The whole line is bold.
    pub bold: bool,
    /// Bold text at the start of the line, when the line starts bold.
    pub bold_lead: Option<String>,
    /// Links in the line: (url, label).
    pub links: Vec<(String, String)>,
    /// Table, row and column for lines read from table cells.
    pub cell: Option<(usize, u32, u32)>,
    pub span: SourceSpan,
}

impl Line {
    pub fn level(&self) -> Option<u8> {
        match self.kind {
            Kind::Item { level, .. } => Some(level),
            _ => None,
        }
    }

    pub fn is_item(&self) -> bool {
        matches!(self.kind, Kind::Item { .. })
    }

    /// The line is a link and nothing else.
    pub fn is_link_only(&self) -> bool {
        !self.links.is_empty() && {
            let linked: usize = self.links.iter().map(|(_, l)| l.chars().count()).sum();
            linked * 10 >= self.text.chars().count() * 8
        }
    }
}

/// Flattens the body of a document.
pub fn lines_of(doc: &Document) -> Vec<Line> {
    lines_within_limits(doc).0
}

/// The lines of a document, within the limits of [`super::limits`], and what was cut to
/// keep within them.
pub(crate) fn lines_within_limits(doc: &Document) -> (Vec<Line>, Vec<Truncation>) {
    let mut r = Reading::default();
    for block in &doc.blocks {
        // Past a batch's time budget the record is discarded: stop reading lines.
        if crate::budget::over_budget() {
            break;
        }
        if r.full() {
            r.note(Truncation::Document);
            break;
        }
        push_block(block, &mut r, None);
    }
    r.truncated.dedup();
    (r.out, r.truncated)
}

/// Lines being read, with what was read so far counted against the limits.
#[derive(Default)]
struct Reading {
    out: Vec<Line>,
    tables: usize,
    bytes: usize,
    truncated: Vec<Truncation>,
}

impl Reading {
    fn full(&self) -> bool {
        self.out.len() >= limits::MAX_LINES || self.bytes >= limits::MAX_DOCUMENT_BYTES
    }

    fn note(&mut self, t: Truncation) {
        if !self.truncated.contains(&t) {
            self.truncated.push(t);
        }
    }
}

fn push_block(block: &Block, r: &mut Reading, cell: Option<(usize, u32, u32)>) {
    if r.full() {
        r.note(Truncation::Document);
        return;
    }
    match block {
        Block::Paragraph(p) => {
            if let Some(mut line) = line_of(p, cell) {
                if limits::truncate_line(&mut line) {
                    r.note(Truncation::Paragraph);
                }
                r.bytes += line.text.len();
                let before = r.out.len();
                split_entries(line, &mut r.out);
                if r.out.len() - before > limits::MAX_ENTRIES_PER_PARAGRAPH {
                    r.out.truncate(before + limits::MAX_ENTRIES_PER_PARAGRAPH);
                    r.note(Truncation::Entries);
                }
                for l in r.out.iter_mut().skip(before) {
                    *l = reinterpret(std::mem::replace(l, placeholder()));
                }
            }
        }
        Block::Table(t) => {
            // A one-column table is a layout box around body text, not a grid of data.
            if t.rows.iter().all(|r| r.cells.len() <= 1) {
                for row in &t.rows {
                    for c in &row.cells {
                        for b in &c.blocks {
                            push_block(b, r, cell);
                        }
                    }
                }
                return;
            }
            let id = r.tables;
            r.tables += 1;
            let mut cells = 0usize;
            for (i, row) in t.rows.iter().enumerate() {
                cells += row.cells.len();
                if cells > limits::MAX_TABLE_CELLS {
                    r.note(Truncation::Table);
                    break;
                }
                let mut col = 0u32;
                for c in &row.cells {
                    for b in &c.blocks {
                        push_block(b, r, Some((id, i as u32, col)));
                    }
                    col += c.col_span.max(1);
                }
            }
        }
    }
}

/// Markdown a converter left as text in a word-processing paragraph ("## 1. Titre",
/// "- point", "☒ Nom"): the structure it stands for.
fn reinterpret(mut line: Line) -> Line {
    let t = line.text.trim_start();
    if line.kind == Kind::Normal {
        let hashes = t.chars().take_while(|c| *c == '#').count();
        if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') {
            let text = t[hashes..].trim().to_string();
            line.kind = Kind::Heading(hashes as u8, None);
            line.parts = vec![text.clone()];
            line.text = text;
            return line;
        }
        for bullet in ["- ", "* ", "• ", "– "] {
            if let Some(rest) = t.strip_prefix(bullet) {
                let text = rest.trim().to_string();
                line.kind = Kind::Item {
                    level: 0,
                    ordered: false,
                    label: None,
                    checked: None,
                };
                line.parts = vec![text.clone()];
                line.text = text;
                break;
            }
        }
    }
    // Task-list glyphs: ticked or not.
    let t = line.text.trim_start();
    let glyph = t.chars().next();
    let checked = match glyph {
        Some('☒' | '☑' | '✓' | '✔' | '✅') => Some(true),
        Some('☐' | '□' | '✗' | '✘') => Some(false),
        _ => None,
    };
    if let (Some(state), Some(g)) = (checked, glyph) {
        let text = t[g.len_utf8()..].trim().to_string();
        line.kind = match line.kind {
            Kind::Item {
                level,
                ordered,
                label,
                ..
            } => Kind::Item {
                level,
                ordered,
                label,
                checked: Some(state),
            },
            _ => Kind::Item {
                level: 0,
                ordered: false,
                label: None,
                checked: Some(state),
            },
        };
        line.parts = vec![text.clone()];
        line.text = text;
    }
    line
}

/// A normal line of text, for tests of the recognizers above this layer.
#[cfg(test)]
pub(crate) fn plain_line(text: &str) -> Line {
    let mut l = placeholder();
    l.text = text.to_string();
    l.parts = vec![text.to_string()];
    l
}

fn placeholder() -> Line {
    Line {
        text: String::new(),
        parts: Vec::new(),
        kind: Kind::Normal,
        bold: false,
        bold_lead: None,
        links: Vec::new(),
        cell: None,
        span: SourceSpan::default(),
    }
}

fn line_of(p: &Paragraph, cell: Option<(usize, u32, u32)>) -> Option<Line> {
    let raw = p.text();
    let parts: Vec<String> = raw
        .split('\n')
        .map(clean)
        .filter(|s| !s.is_empty())
        .collect();
    let text = clean(&raw.replace('\n', " "));
    if text.is_empty() {
        return None;
    }
    let kind = match &p.role {
        Role::Normal => Kind::Normal,
        Role::Title => Kind::Title,
        Role::Heading { level, number } => Kind::Heading(*level, number.clone()),
        Role::ListItem { level, marker } => Kind::Item {
            level: *level,
            ordered: marker.is_ordered(),
            label: marker.label.clone(),
            checked: if marker.kind == MarkerKind::Checkbox || marker.checked.is_some() {
                marker.checked
            } else {
                None
            },
        },
    };
    let mut bold_lead = String::new();
    for r in &p.runs {
        if r.text.trim().is_empty() {
            bold_lead.push_str(&r.text);
            continue;
        }
        if !r.style.bold {
            break;
        }
        bold_lead.push_str(&r.text);
    }
    let bold_lead = clean(&bold_lead);
    let links = p
        .runs
        .iter()
        .filter_map(|r| r.link.as_ref().map(|u| (u.clone(), clean(&r.text))))
        .fold(Vec::<(String, String)>::new(), |mut acc, (u, l)| {
            match acc.last_mut() {
                Some(last) if last.0 == u => {
                    last.1 = clean(&format!("{} {}", last.1, l));
                }
                _ => acc.push((u, l)),
            }
            acc
        });
    Some(Line {
        bold: p.is_all_bold(),
        bold_lead: (!bold_lead.is_empty()).then_some(bold_lead),
        text,
        parts,
        kind,
        links,
        cell,
        span: SourceSpan {
            block: p.origin.index,
            lines: p.origin.lines,
            cell: p.origin.cell,
        },
    })
}

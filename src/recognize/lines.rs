//! The document flattened for recognizers: one `Line` per paragraph, in reading order, with
//! its structural kind, its bold lead and where it came from. Table cells become lines that
//! remember their table, row and column.

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
    let mut out = Vec::new();
    let mut tables = 0usize;
    for block in &doc.blocks {
        push_block(block, &mut out, &mut tables, None);
    }
    out
}

fn push_block(
    block: &Block,
    out: &mut Vec<Line>,
    tables: &mut usize,
    cell: Option<(usize, u32, u32)>,
) {
    match block {
        Block::Paragraph(p) => {
            if let Some(line) = line_of(p, cell) {
                out.push(line);
            }
        }
        Block::Table(t) => {
            let id = *tables;
            *tables += 1;
            for (r, row) in t.rows.iter().enumerate() {
                let mut col = 0u32;
                for c in &row.cells {
                    for b in &c.blocks {
                        push_block(b, out, tables, Some((id, r as u32, col)));
                    }
                    col += c.col_span.max(1);
                }
            }
        }
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

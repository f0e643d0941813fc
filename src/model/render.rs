//! The plain-text rendering of a document (`cufminutes text`): one paragraph a line, list
//! items as "- " indented two spaces per level, table cells separated by tabs.

use super::{Block, Document, Paragraph, Role};

/// Renders the body of a document as plain text.
pub fn render_text(doc: &Document) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        render_block(block, &mut out);
    }
    out
}

fn render_block(block: &Block, out: &mut String) {
    match block {
        Block::Paragraph(p) => {
            out.push_str(&render_paragraph(p));
            out.push('\n');
        }
        Block::Table(t) => {
            for row in &t.rows {
                let cells: Vec<String> = row
                    .cells
                    .iter()
                    .map(|c| {
                        c.blocks
                            .iter()
                            .map(|b| {
                                let mut s = String::new();
                                render_block(b, &mut s);
                                s.trim_end().replace('\n', " ")
                            })
                            .filter(|s| !s.is_empty())
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .collect();
                out.push_str(&cells.join("\t"));
                out.push('\n');
            }
        }
    }
}

/// One line for a paragraph: inner line breaks become spaces.
pub(crate) fn render_paragraph(p: &Paragraph) -> String {
    let text = one_line(&p.text());
    match &p.role {
        Role::ListItem { level, marker } => {
            let indent = "  ".repeat(*level as usize);
            match &marker.label {
                Some(label) if marker.is_ordered() => format!("{indent}- {label} {text}"),
                _ => match marker.checked {
                    Some(true) => format!("{indent}- [x] {text}"),
                    Some(false) => format!("{indent}- [ ] {text}"),
                    None => format!("{indent}- {text}"),
                },
            }
        }
        _ => text,
    }
}

fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 && !out.ends_with(' ') && !line.starts_with(' ') {
            out.push(' ');
        }
        out.push_str(line);
    }
    out.trim().to_string()
}

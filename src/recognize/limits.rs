//! How much of a document the recognizers read. The readers bound the file itself (zip parts,
//! XML depth and elements, paragraphs: `read::package` and the readers' `MAX_*`); past these
//! limits on the text, the rest is left out and a warning says what was cut, so that no input
//! makes the recognizers run for long or hold much memory.

use super::lines::Line;

/// Longest paragraph read: a compte-rendu's longest paragraphs, even a whole page flattened
/// into one, are some tens of kilobytes.
pub(crate) const MAX_PARAGRAPH_BYTES: usize = 1024 * 1024;
/// Most text read from one document.
pub(crate) const MAX_DOCUMENT_BYTES: usize = 32 * 1024 * 1024;
/// Most lines (paragraphs, list items, table cells, entries cut from paragraphs) read.
pub(crate) const MAX_LINES: usize = 500_000;
/// Most entries cut from one paragraph (source lines, sentences, list entries).
pub(crate) const MAX_ENTRIES_PER_PARAGRAPH: usize = 50_000;
/// Most cells read from one table.
pub(crate) const MAX_TABLE_CELLS: usize = 200_000;

/// What was cut to keep within the limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Truncation {
    Paragraph,
    Entries,
    Table,
    Document,
}

impl Truncation {
    /// The warning's code and message.
    pub(crate) fn warning(self) -> (&'static str, String) {
        match self {
            Truncation::Paragraph => (
                "document.paragraph_truncated",
                format!("a paragraph longer than {MAX_PARAGRAPH_BYTES} bytes was read up to that length"),
            ),
            Truncation::Entries => (
                "document.entries_truncated",
                format!("a paragraph cut into more than {MAX_ENTRIES_PER_PARAGRAPH} entries was read up to that number"),
            ),
            Truncation::Table => (
                "document.table_truncated",
                format!("a table of more than {MAX_TABLE_CELLS} cells was read up to that number"),
            ),
            Truncation::Document => (
                "document.truncated",
                format!(
                    "the document was read up to {MAX_LINES} lines or {MAX_DOCUMENT_BYTES} bytes of text"
                ),
            ),
        }
    }
}

/// Cuts a line longer than [`MAX_PARAGRAPH_BYTES`] at a character boundary; whether it did.
pub(crate) fn truncate_line(line: &mut Line) -> bool {
    if line.text.len() <= MAX_PARAGRAPH_BYTES {
        return false;
    }
    let cut = floor_char_boundary(&line.text, MAX_PARAGRAPH_BYTES);
    line.text.truncate(cut);
    let mut kept = 0usize;
    line.parts.retain_mut(|p| {
        if kept >= cut {
            return false;
        }
        let room = cut - kept;
        if p.len() > room {
            let at = floor_char_boundary(p, room);
            p.truncate(at);
        }
        kept += p.len() + 1;
        true
    });
    true
}

fn floor_char_boundary(s: &str, at: usize) -> usize {
    let mut i = at.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Document, Format, Origin, Paragraph, Role, Run};

    fn paragraph(text: &str) -> Block {
        Block::Paragraph(Paragraph::new(
            Role::Normal,
            vec![Run::plain(text)],
            Origin::default(),
        ))
    }

    #[test]
    fn an_overlong_paragraph_is_cut_with_a_warning() {
        let mut doc = Document::new(Format::Text);
        let word = "Réunion ";
        let text = word.repeat(MAX_PARAGRAPH_BYTES / word.len() + 10);
        doc.blocks.push(paragraph(&text));
        let (lines, cut) = crate::recognize::lines::lines_within_limits(&doc);
        assert_eq!(cut, [Truncation::Paragraph]);
        let read: usize = lines.iter().map(|l| l.text.len()).sum();
        assert!(read <= MAX_PARAGRAPH_BYTES, "{read} bytes read");
        assert!(read > MAX_PARAGRAPH_BYTES / 2);
    }

    #[test]
    fn a_short_paragraph_is_whole() {
        let mut doc = Document::new(Format::Text);
        doc.blocks.push(paragraph("Présents : Anne Rivière"));
        let (lines, cut) = crate::recognize::lines::lines_within_limits(&doc);
        assert!(cut.is_empty());
        assert_eq!(lines[0].text, "Présents : Anne Rivière");
    }
}

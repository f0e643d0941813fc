//! Plain-text and light-markdown reader: decodes the bytes, then turns lines into blocks
//! (headings, list items nested by indentation, pipe tables, paragraphs) with line ranges.

mod blocks;
mod decode;
mod entities;
mod inline;

use crate::error::Error;
use crate::model::{Document, Format};

pub use inline::parse_inline;

/// Reads text bytes, detecting the encoding.
pub fn read_text(bytes: &[u8], path: &str) -> Result<Document, Error> {
    let decoded = decode::decode(bytes).ok_or_else(|| Error::Unsupported {
        path: path.to_string(),
        looks_like: "binary data (NUL bytes), not a text, DOCX or ODT document".into(),
    })?;
    if decoded.text.trim().is_empty() {
        return Err(Error::Empty {
            path: path.to_string(),
        });
    }
    let mut doc = read_str(&decoded.text);
    doc.encoding = Some(decoded.encoding.to_string());
    Ok(doc)
}

/// Reads already-decoded text.
pub fn read_str(text: &str) -> Document {
    let mut doc = Document::new(Format::Text);
    let (properties, blocks) = blocks::parse_blocks(text);
    doc.properties = properties;
    doc.blocks = blocks;
    doc
}

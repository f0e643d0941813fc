//! Plain-text and light-markdown reader.

use crate::error::Error;
use crate::model::{Document, Format};

/// Reads text bytes, detecting the encoding.
pub fn read_text(bytes: &[u8], path: &str) -> Result<Document, Error> {
    let _ = (bytes, path);
    Ok(Document::new(Format::Text))
}

/// Reads already-decoded text.
pub fn read_str(text: &str) -> Document {
    let _ = text;
    Document::new(Format::Text)
}

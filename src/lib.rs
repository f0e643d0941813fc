//! cufminutes reads French meeting minutes (comptes-rendus, procès-verbaux, relevés de
//! décisions) from Word, LibreOffice and text files and returns structured meeting records.
//!
//! ```
//! let record = cufminutes::parse_text(
//!     "Compte-rendu de la réunion du 3 mars 2021\n\n1. Ouverture\n\nPrésents : Jeanne Martin, trésorière\n",
//! );
//! assert_eq!(record.meeting.date.as_deref(), Some("2021-03-03"));
//! assert_eq!(record.sections[0].title, "Ouverture");
//! ```
//!
//! Pipeline: bytes → [`read::sniff`] → reader → [`model::Document`] → [`recognize`] →
//! [`record::Record`]. Many files at once: [`batch::parse_many`] (parallel, in input order).

#![forbid(unsafe_code)]

pub mod batch;
mod budget;
pub mod directory;
pub mod error;
pub mod model;
pub mod read;
pub mod recognize;
pub mod record;

#[cfg(feature = "python")]
mod python;

pub use error::Error;
pub use model::{render_text, Document};
pub use record::Record;

use sha2::{Digest, Sha256};
use std::path::Path;

/// Reads a document's bytes into the format-neutral [`Document`].
pub fn read_bytes(bytes: &[u8], path: Option<&str>) -> Result<Document, Error> {
    read::read_document(bytes, path.unwrap_or("<bytes>"))
}

/// Reads a file into the format-neutral [`Document`].
pub fn read_path(path: &Path) -> Result<Document, Error> {
    let bytes = read_file(path)?;
    read::read_document(&bytes, &path.display().to_string())
}

/// Parses a document's bytes into a meeting [`Record`].
pub fn parse_bytes(bytes: &[u8], path: Option<&str>) -> Result<Record, Error> {
    let doc = read_bytes(bytes, path)?;
    Ok(recognize::recognize(&doc, source_of(&doc, bytes, path)))
}

/// Parses a file into a meeting [`Record`].
pub fn parse_path(path: &Path) -> Result<Record, Error> {
    let bytes = read_file(path)?;
    let shown = path.display().to_string();
    parse_bytes(&bytes, Some(&shown))
}

/// Parses minutes given as text (plain or light markdown).
pub fn parse_text(text: &str) -> Record {
    let doc = read::text::read_str(text);
    recognize::recognize(&doc, source_of(&doc, text.as_bytes(), None))
}

fn read_file(path: &Path) -> Result<Vec<u8>, Error> {
    std::fs::read(path).map_err(|source| Error::Io {
        path: path.display().to_string(),
        source,
    })
}

fn source_of(doc: &Document, bytes: &[u8], path: Option<&str>) -> record::Source {
    let digest = Sha256::digest(bytes);
    let sha256 = digest.iter().map(|b| format!("{b:02x}")).collect();
    record::Source {
        path: path.map(str::to_string),
        format: doc.format.as_str().to_string(),
        sha256,
        encoding: doc.encoding.clone(),
        title: doc.properties.title.clone(),
        author: doc.properties.author.clone(),
        created: doc.properties.created.clone(),
        modified: doc.properties.modified.clone(),
    }
}

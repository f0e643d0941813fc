//! Readers: bytes in, format-neutral [`Document`] out. The format is sniffed from the bytes.

use crate::error::Error;
use crate::model::Document;

mod counters;
pub mod docx;
pub mod odt;
pub mod package;
pub mod text;

/// What the first bytes of a file say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    /// A zip package (DOCX, ODT, or another zip: the reader decides).
    Zip,
    /// An OLE2 compound file: legacy .doc, or an encrypted OOXML package.
    Ole,
    /// Rich Text Format.
    Rtf,
    /// PDF.
    Pdf,
    /// Anything else is read as text.
    Text,
}

/// Sniffs the container kind from the leading bytes.
pub fn sniff(bytes: &[u8]) -> Sniffed {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        Sniffed::Zip
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Sniffed::Ole
    } else if bytes.starts_with(b"{\\rtf") {
        Sniffed::Rtf
    } else if bytes.starts_with(b"%PDF-") {
        Sniffed::Pdf
    } else {
        Sniffed::Text
    }
}

/// Reads any supported document. `path` is used in error messages only.
pub fn read_document(bytes: &[u8], path: &str) -> Result<Document, Error> {
    match sniff(bytes) {
        Sniffed::Zip => read_zip(bytes, path),
        Sniffed::Ole => Err(ole_error(bytes, path)),
        Sniffed::Rtf => Err(Error::Unsupported {
            path: path.to_string(),
            looks_like: "an RTF document, not a DOCX, ODT or text file".into(),
        }),
        Sniffed::Pdf => Err(Error::Unsupported {
            path: path.to_string(),
            looks_like: "a PDF document, not a DOCX, ODT or text file".into(),
        }),
        Sniffed::Text => text::read_text(bytes, path),
    }
}

fn read_zip(bytes: &[u8], path: &str) -> Result<Document, Error> {
    let mut pkg = package::Package::open(bytes, path)?;
    if let Some(mime) = pkg.read_string("mimetype")? {
        let mime = mime.trim();
        if mime == "application/vnd.oasis.opendocument.text"
            || mime == "application/vnd.oasis.opendocument.text-template"
        {
            return odt::read_odt(&mut pkg);
        }
        return Err(Error::Unsupported {
            path: path.to_string(),
            looks_like: format!("a zip package of type {mime}, not a text document"),
        });
    }
    if pkg.find("[Content_Types].xml").is_some() {
        return docx::read_docx(&mut pkg);
    }
    if pkg.find("content.xml").is_some() {
        return odt::read_odt(&mut pkg);
    }
    Err(Error::Unsupported {
        path: path.to_string(),
        looks_like: "a zip archive that is not a word-processing document".into(),
    })
}

/// An OLE container is either a legacy .doc or an encrypted OOXML package; the stream
/// names are stored in UTF-16 in the directory, so a byte search tells them apart.
fn ole_error(bytes: &[u8], path: &str) -> Error {
    let needle: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    if bytes.windows(needle.len()).any(|w| w == needle.as_slice()) {
        Error::Encrypted {
            path: path.to_string(),
        }
    } else {
        Error::Unsupported {
            path: path.to_string(),
            looks_like: "a legacy binary Word (.doc) or other OLE file; save it as .docx".into(),
        }
    }
}

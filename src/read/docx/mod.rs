//! WordprocessingML reader (.docx, .docm, .dotx).

use crate::error::Error;
use crate::model::Document;
use crate::read::package::Package;

/// Reads a DOCX package into a Document.
pub fn read_docx(pkg: &mut Package) -> Result<Document, Error> {
    Err(Error::Unsupported {
        path: pkg.path().to_string(),
        looks_like: "a DOCX package (DOCX reading is not implemented yet)".into(),
    })
}

//! OpenDocument text reader (.odt).

use crate::error::Error;
use crate::model::Document;
use crate::read::package::Package;

/// Reads an ODT package into a Document.
pub fn read_odt(pkg: &mut Package) -> Result<Document, Error> {
    Err(Error::Unsupported {
        path: pkg.path().to_string(),
        looks_like: "an ODT package (ODT reading is not implemented yet)".into(),
    })
}

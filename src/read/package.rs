//! Bounded access to zip packages (DOCX, ODT). Sizes declared in zip headers are
//! attacker-controlled, so limits are enforced on the bytes the decompressor produces.

use std::io::{Cursor, Read};

use zip::result::ZipError;
use zip::ZipArchive;

use crate::error::Error;

/// Most entries a package may hold.
pub const MAX_ENTRIES: usize = 10_000;
/// Most decompressed bytes one part may produce.
pub const MAX_PART_BYTES: u64 = 256 * 1024 * 1024;
/// Most decompressed bytes all parts read from one package may produce together.
pub const MAX_TOTAL_BYTES: u64 = 512 * 1024 * 1024;

/// An opened zip package with a running budget of decompressed bytes.
pub struct Package<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    names: Vec<String>,
    path: String,
    total: u64,
}

impl<'a> Package<'a> {
    /// Opens the zip; a broken central directory is a `Corrupt` error naming the package.
    pub fn open(bytes: &'a [u8], path: &str) -> Result<Self, Error> {
        let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| Error::Corrupt {
            path: path.to_string(),
            part: "zip package".into(),
            message: e.to_string(),
        })?;
        if archive.len() > MAX_ENTRIES {
            return Err(Error::Limit {
                path: path.to_string(),
                message: format!(
                    "{} zip entries (MAX_ENTRIES is {MAX_ENTRIES})",
                    archive.len()
                ),
            });
        }
        let names = archive
            .file_names()
            .filter_map(|n| n.ok().map(|n| n.to_string()))
            .collect();
        Ok(Package {
            archive,
            names,
            path: path.to_string(),
            total: 0,
        })
    }

    /// The file path used in error messages.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Entry names, in archive order.
    pub fn names(&self) -> Vec<String> {
        self.names.clone()
    }

    /// Finds an entry name case-insensitively (zip writers disagree on case), with or
    /// without a leading slash.
    pub fn find(&self, name: &str) -> Option<String> {
        let want = name.trim_start_matches('/');
        self.names
            .iter()
            .find(|n| n.trim_start_matches('/').eq_ignore_ascii_case(want))
            .cloned()
    }

    /// Reads a part's bytes; `Ok(None)` when the part is absent.
    pub fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, Error> {
        let Some(real) = self.find(name) else {
            return Ok(None);
        };
        let corrupt = |path: &str, message: String| Error::Corrupt {
            path: path.to_string(),
            part: real.clone(),
            message,
        };
        let file = match self.archive.by_name(&real) {
            Ok(f) => f,
            Err(ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(corrupt(&self.path, e.to_string())),
        };
        let budget = MAX_PART_BYTES.min(MAX_TOTAL_BYTES.saturating_sub(self.total));
        let mut buf = Vec::new();
        file.take(budget + 1)
            .read_to_end(&mut buf)
            .map_err(|e| corrupt(&self.path, e.to_string()))?;
        if buf.len() as u64 > budget {
            return Err(Error::Limit {
                path: self.path.clone(),
                message: format!(
                    "part {real} decompresses past the limit (MAX_PART_BYTES {MAX_PART_BYTES}, MAX_TOTAL_BYTES {MAX_TOTAL_BYTES})"
                ),
            });
        }
        self.total += buf.len() as u64;
        Ok(Some(buf))
    }

    /// Reads a part as UTF-8 text (a leading BOM is dropped).
    pub fn read_string(&mut self, name: &str) -> Result<Option<String>, Error> {
        let Some(bytes) = self.read(name)? else {
            return Ok(None);
        };
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        match std::str::from_utf8(bytes) {
            Ok(s) => Ok(Some(s.to_string())),
            Err(e) => Err(Error::Corrupt {
                path: self.path.clone(),
                part: name.to_string(),
                message: format!("not UTF-8: {e}"),
            }),
        }
    }
}

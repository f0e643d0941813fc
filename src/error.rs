//! The crate error: one variant per failure kind, each saying what went wrong and where.

use thiserror::Error;

/// Why a document could not be read. `kind()` gives a stable short name for JSON and Python.
#[derive(Debug, Error)]
pub enum Error {
    /// The file could not be opened or read.
    #[error("{path}: cannot read file: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// The bytes are not a format cufminutes reads; `looks_like` says what they seem to be.
    #[error("{path}: unsupported format: {looks_like}")]
    Unsupported { path: String, looks_like: String },
    /// An encrypted (password-protected) Office document.
    #[error("{path}: password-protected document: it cannot be read without the password")]
    Encrypted { path: String },
    /// The file is empty or holds only white space.
    #[error("{path}: empty document")]
    Empty { path: String },
    /// A package (zip) or XML part is broken; `part` names it.
    #[error("{path}: corrupt {part}: {message}")]
    Corrupt {
        path: String,
        part: String,
        message: String,
    },
    /// A named safety limit was exceeded (decompressed size, entry count, XML depth...).
    #[error("{path}: limit exceeded: {message}")]
    Limit { path: String, message: String },
    /// The parser failed unexpectedly (a bug): batch runs report it for the one file
    /// instead of stopping.
    #[error("{path}: internal error: {message}")]
    Internal { path: String, message: String },
    /// The file was still being parsed when its time budget ran out (batch runs only, see
    /// [`crate::batch::DEFAULT_BUDGET`]); `seconds` is the budget.
    #[error("{path}: timeout: not parsed within the {seconds} s budget")]
    Timeout { path: String, seconds: f64 },
}

impl Error {
    /// Stable short name of the error kind ("io", "unsupported", "encrypted", "empty",
    /// "corrupt", "limit", "internal", "timeout").
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Io { .. } => "io",
            Error::Unsupported { .. } => "unsupported",
            Error::Encrypted { .. } => "encrypted",
            Error::Empty { .. } => "empty",
            Error::Corrupt { .. } => "corrupt",
            Error::Limit { .. } => "limit",
            Error::Internal { .. } => "internal",
            Error::Timeout { .. } => "timeout",
        }
    }
}

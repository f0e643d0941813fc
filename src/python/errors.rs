//! The one mapping from [`crate::Error`] to Python exceptions.
//!
//! `cufminutes.Error` is the base; each error kind has its subclass, with a `kind` class
//! attribute equal to `Error::kind()` and a `path` instance attribute naming the input.
//! `ReadError` is also an `OSError`, `ParseTimeoutError` also a `TimeoutError`.

use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyOSError, PyTimeoutError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyTuple, PyType};

use crate::Error as CrateError;

create_exception!(
    cufminutes,
    Error,
    PyException,
    "Base class of every error cufminutes raises while reading a document."
);
create_exception!(
    cufminutes,
    UnsupportedFormatError,
    Error,
    "The bytes are not a format cufminutes reads (PDF, RTF, legacy .doc, other zip...)."
);
create_exception!(
    cufminutes,
    PasswordProtectedError,
    Error,
    "The document is encrypted and cannot be read without its password."
);
create_exception!(
    cufminutes,
    CorruptDocumentError,
    Error,
    "A package (zip) or XML part of the document is broken."
);
create_exception!(
    cufminutes,
    EmptyDocumentError,
    Error,
    "The document is empty or holds only white space."
);
create_exception!(
    cufminutes,
    LimitExceededError,
    Error,
    "The document exceeds a safety limit (decompressed size, entry count, XML depth...)."
);

create_exception!(
    cufminutes,
    InternalError,
    Error,
    "The parser failed unexpectedly on this document (a bug in cufminutes: please report it)."
);

const READ_ERROR_DOC: &str = "The file could not be opened or read. Also an OSError, so \
`except OSError` catches it as it catches a failed open(); `errno` is set when known.";

const TIMEOUT_ERROR_DOC: &str = "The file was still being parsed when its time budget ran \
out (batch runs only: parse_many's `timeout`, the --timeout of convert and participants). \
Also a TimeoutError.";

/// `ReadError` derives from both `cufminutes.Error` and `OSError`, `ParseTimeoutError` from
/// `cufminutes.Error` and `TimeoutError`. `create_exception!` takes a single base class, so
/// each type is made by calling `type(name, bases, namespace)` once.
static READ_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static TIMEOUT_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();

fn two_base_type<'py>(
    py: Python<'py>,
    cell: &'py PyOnceLock<Py<PyType>>,
    name: &str,
    doc: &str,
    other_base: Bound<'py, PyType>,
) -> PyResult<&'py Bound<'py, PyType>> {
    cell.get_or_try_init(py, || {
        let bases = PyTuple::new(py, [py.get_type::<Error>(), other_base])?;
        let namespace = PyDict::new(py);
        namespace.set_item("__module__", "cufminutes")?;
        namespace.set_item("__doc__", doc)?;
        namespace.set_item("__qualname__", name)?;
        let made = py.get_type::<PyType>().call1((name, bases, namespace))?;
        Ok::<_, PyErr>(made.cast_into::<PyType>()?.unbind())
    })
    .map(|t| t.bind(py))
}

fn read_error_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    let os_error = py.get_type::<PyOSError>();
    two_base_type(py, &READ_ERROR, "ReadError", READ_ERROR_DOC, os_error)
}

fn timeout_error_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    let timeout = py.get_type::<PyTimeoutError>();
    two_base_type(
        py,
        &TIMEOUT_ERROR,
        "ParseTimeoutError",
        TIMEOUT_ERROR_DOC,
        timeout,
    )
}

/// Adds the exception classes to the module and sets their `kind` class attributes.
pub(super) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    let classes = [
        (py.get_type::<Error>(), None),
        (py.get_type::<UnsupportedFormatError>(), Some("unsupported")),
        (py.get_type::<PasswordProtectedError>(), Some("encrypted")),
        (py.get_type::<CorruptDocumentError>(), Some("corrupt")),
        (py.get_type::<EmptyDocumentError>(), Some("empty")),
        (py.get_type::<LimitExceededError>(), Some("limit")),
        (py.get_type::<InternalError>(), Some("internal")),
        (read_error_type(py)?.clone(), Some("io")),
        (timeout_error_type(py)?.clone(), Some("timeout")),
    ];
    for (class, kind) in classes {
        class.setattr("kind", kind)?;
        m.add(class.name()?, class)?;
    }
    Ok(())
}

fn new_error(made: PyResult<&Bound<'_, PyType>>, message: String) -> PyErr {
    match made {
        Ok(t) => PyErr::from_type(t.clone(), (message,)),
        Err(e) => e,
    }
}

impl From<CrateError> for PyErr {
    fn from(err: CrateError) -> PyErr {
        let message = err.to_string();
        Python::attach(|py| {
            let (pyerr, path, errno) = match &err {
                CrateError::Io { path, source } => {
                    let made = read_error_type(py);
                    (new_error(made, message), path, source.raw_os_error())
                }
                CrateError::Unsupported { path, .. } => {
                    (UnsupportedFormatError::new_err(message), path, None)
                }
                CrateError::Encrypted { path } => {
                    (PasswordProtectedError::new_err(message), path, None)
                }
                CrateError::Empty { path } => (EmptyDocumentError::new_err(message), path, None),
                CrateError::Corrupt { path, .. } => {
                    (CorruptDocumentError::new_err(message), path, None)
                }
                CrateError::Limit { path, .. } => {
                    (LimitExceededError::new_err(message), path, None)
                }
                CrateError::Internal { path, .. } => (InternalError::new_err(message), path, None),
                CrateError::Timeout { path, .. } => {
                    (new_error(timeout_error_type(py), message), path, None)
                }
            };
            let value = pyerr.value(py);
            let attrs = value.setattr("path", path).and_then(|()| match errno {
                Some(n) => value.setattr("errno", n),
                None => Ok(()),
            });
            match attrs {
                Ok(()) => pyerr,
                Err(e) => e,
            }
        })
    }
}

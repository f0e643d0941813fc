//! `parse_many` and the consolidated directory for Python.
//!
//! `parse_many` returns an iterator whose `__next__` feeds the pool from the Python iterable
//! of paths (needs the GIL), then waits for the next result in order with the GIL released.

use std::ffi::OsString;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyIterator;

use crate::batch::{Batch, Next, DEFAULT_BUDGET};
use crate::directory::Directory;
use crate::Record;

/// How often a wait for the next result checks for Ctrl-C.
const SIGNAL_CHECK: Duration = Duration::from_millis(100);

/// One result: `(path, record_json, None, None)` or `(path, None, error_kind, message)`.
type Item = (
    OsString,
    Option<String>,
    Option<&'static str>,
    Option<String>,
);

/// Iterator over the results of `parse_many`, in input order.
#[pyclass(module = "cufminutes._cufminutes", name = "ParseMany")]
pub(super) struct ParseMany {
    /// The paths still to read; `None` once the iterable is exhausted.
    paths: Option<Py<PyIterator>>,
    /// Only ever used through `&mut self`, so never locked: the mutex makes the class `Sync`.
    batch: Mutex<Batch<String>>,
}

#[pymethods]
impl ParseMany {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<Item>> {
        let batch = self
            .batch
            .get_mut()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        while batch.has_room() {
            let Some(paths) = &self.paths else { break };
            match paths.bind(py).clone().next() {
                Some(path) => batch.submit(path?.extract::<PathBuf>()?),
                None => self.paths = None,
            }
        }
        let outcome = loop {
            match py.detach(|| batch.next_outcome_within(SIGNAL_CHECK)) {
                Next::Ready(outcome) => break outcome,
                Next::Done => return Ok(None),
                // Lets Ctrl-C interrupt a wait on a slow file.
                Next::Waiting => py.check_signals()?,
            }
        };
        let path = outcome.path.into_os_string();
        Ok(Some(match outcome.result {
            Ok(json) => (path, Some(json), None, None),
            Err(e) => (path, None, Some(e.kind()), Some(e.to_string())),
        }))
    }

    /// Number of worker threads.
    #[getter]
    fn jobs(&mut self) -> usize {
        self.batch
            .get_mut()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .jobs()
    }
}

/// Parses the files named by the iterable `paths` with `jobs` threads (default: the cores
/// available), each within `timeout` seconds (`None` or 0: no budget); iterating gives one
/// result per path, in input order.
#[pyfunction]
#[pyo3(signature = (paths, jobs=None, timeout=Some(DEFAULT_BUDGET.as_secs_f64())))]
pub(super) fn parse_many(
    paths: &Bound<'_, PyAny>,
    jobs: Option<usize>,
    timeout: Option<f64>,
) -> PyResult<ParseMany> {
    if jobs == Some(0) {
        return Err(PyValueError::new_err("jobs must be at least 1"));
    }
    let budget = match timeout {
        Some(t) if t.is_nan() || t < 0.0 => {
            return Err(PyValueError::new_err(format!(
                "timeout must be seconds (0 or more) or None, not {t}"
            )))
        }
        // Too long to represent (infinity included) is no budget.
        Some(t) => Duration::try_from_secs_f64(t).ok(),
        None => None,
    };
    let paths = paths.try_iter()?.unbind();
    // Serialising on the worker threads keeps the thread holding the GIL free.
    let batch = Batch::with_parser(jobs, |path| {
        crate::parse_path(path).map(|r| super::record_json(&r))
    })?
    .with_budget(budget);
    Ok(ParseMany {
        paths: Some(paths),
        batch: Mutex::new(batch),
    })
}

/// Builds the consolidated participant directory from records given as JSON.
#[pyclass(module = "cufminutes._cufminutes", name = "DirectoryBuilder")]
pub(super) struct DirectoryBuilder {
    inner: Directory,
}

#[pymethods]
impl DirectoryBuilder {
    #[new]
    fn new() -> Self {
        DirectoryBuilder {
            inner: Directory::new(),
        }
    }

    /// Adds one record given as its JSON text.
    fn add_json(&mut self, py: Python<'_>, record: &str) -> PyResult<()> {
        let inner = &mut self.inner;
        py.detach(|| {
            let record = Record::from_json(record)
                .map_err(|e| PyValueError::new_err(format!("not a cufminutes record: {e}")))?;
            inner.add(&record);
            Ok(())
        })
    }

    /// Number of records added.
    #[getter]
    fn records(&self) -> usize {
        self.inner.records()
    }

    /// The directory entries as a JSON array.
    fn entries_json(&self, py: Python<'_>) -> String {
        let inner = &self.inner;
        py.detach(|| serde_json::to_string(&inner.entries()).expect("entries always serialize"))
    }
}

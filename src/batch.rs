//! Parsing many files at once: an ordered, bounded parallel map over paths.
//!
//! A rayon pool of `jobs` threads parses files while the caller takes the results in input
//! order. At most a window of files ([`WINDOW_PER_JOB`] per thread) is being parsed or
//! waiting in the reorder buffer at any time, so memory does not grow with the number of
//! files. A file whose parse fails, or panics, gives an error result for that file only.
//!
//! ```no_run
//! for outcome in cufminutes::batch::parse_many(["a.docx", "b.odt"], Some(2)).unwrap() {
//!     match outcome.result {
//!         Ok(record) => println!("{}: {:?}", outcome.path.display(), record.meeting.date),
//!         Err(e) => eprintln!("{} ({})", e, e.kind()),
//!     }
//! }
//! ```

use std::any::Any;
use std::collections::BTreeMap;
use std::io;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::mpsc::RecvTimeoutError;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::{Error, Record};

/// Files in flight or waiting to be delivered, per worker thread. Enough to keep every thread
/// busy while one slow file holds back delivery, small enough that memory stays flat.
pub const WINDOW_PER_JOB: usize = 4;

/// The result for one input file: a [`Record`] unless the batch was given its own parser.
#[derive(Debug)]
pub struct Outcome<T = Record> {
    /// Position of the file in the input sequence (0-based).
    pub index: usize,
    pub path: PathBuf,
    pub result: Result<T, Error>,
}

type Parser<T> = dyn Fn(&Path) -> Result<T, Error> + Send + Sync;

/// A pool parsing files, delivering results in the order the files were submitted.
///
/// Submit paths with [`Batch::submit`] while [`Batch::has_room`], take results with
/// [`Batch::next_outcome`]. [`parse_many`] drives it from an iterator.
pub struct Batch<T = Record> {
    pool: rayon::ThreadPool,
    window: usize,
    submitted: usize,
    delivered: usize,
    tx: Sender<Outcome<T>>,
    rx: Receiver<Outcome<T>>,
    /// Results that arrived before an earlier file's; at most `window` of them.
    ready: BTreeMap<usize, Outcome<T>>,
    parse: Arc<Parser<T>>,
}

impl Batch<Record> {
    /// A batch parsing with `jobs` threads (default: the number of available cores).
    pub fn new(jobs: Option<usize>) -> io::Result<Batch> {
        Batch::with_parser(jobs, crate::parse_path)
    }
}

impl<T: Send + 'static> Batch<T> {
    /// A batch running `parse` on each file instead of [`crate::parse_path`], e.g. to also
    /// serialise the record on the worker thread.
    pub fn with_parser(
        jobs: Option<usize>,
        parse: impl Fn(&Path) -> Result<T, Error> + Send + Sync + 'static,
    ) -> io::Result<Batch<T>> {
        let jobs = jobs.unwrap_or_else(default_jobs).max(1);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .thread_name(|i| format!("cufminutes-{i}"))
            .build()
            .map_err(io::Error::other)?;
        let (tx, rx) = channel();
        Ok(Batch {
            pool,
            window: jobs * WINDOW_PER_JOB,
            submitted: 0,
            delivered: 0,
            tx,
            rx,
            ready: BTreeMap::new(),
            parse: Arc::new(parse),
        })
    }

    /// Number of worker threads.
    pub fn jobs(&self) -> usize {
        self.pool.current_num_threads()
    }

    /// Whether another file can be submitted without exceeding the window.
    pub fn has_room(&self) -> bool {
        self.pending() < self.window
    }

    /// Files submitted and not yet delivered.
    pub fn pending(&self) -> usize {
        self.submitted - self.delivered
    }

    /// Queues a file for parsing. Submitting while [`Batch::has_room`] is false still works,
    /// but memory then grows with the number of pending files.
    pub fn submit(&mut self, path: PathBuf) {
        let index = self.submitted;
        self.submitted += 1;
        let tx = self.tx.clone();
        let parse = Arc::clone(&self.parse);
        self.pool.spawn(move || {
            let result = catch_unwind(AssertUnwindSafe(|| parse(&path))).unwrap_or_else(|p| {
                Err(Error::Internal {
                    path: path.display().to_string(),
                    message: format!("the parser panicked: {}", panic_message(p.as_ref())),
                })
            });
            // The receiver is gone only when the batch was dropped: nobody wants the result.
            let _ = tx.send(Outcome {
                index,
                path,
                result,
            });
        });
    }

    /// The next result in submission order, waiting for it if needed; `None` when every
    /// submitted file has been delivered.
    pub fn next_outcome(&mut self) -> Option<Outcome<T>> {
        if self.pending() == 0 {
            return None;
        }
        loop {
            if let Some(outcome) = self.ready.remove(&self.delivered) {
                self.delivered += 1;
                return Some(outcome);
            }
            // `self.tx` keeps the channel open and every task sends exactly once.
            let outcome = self.rx.recv().ok()?;
            self.ready.insert(outcome.index, outcome);
        }
    }
}

/// What [`Batch::next_outcome_within`] found.
#[derive(Debug)]
pub enum Next<T = Record> {
    /// The next result in submission order.
    Ready(Outcome<T>),
    /// Every submitted file has been delivered.
    Done,
    /// The next result is not ready yet.
    Waiting,
}

impl<T: Send + 'static> Batch<T> {
    /// Like [`Batch::next_outcome`], but waits at most `wait`, so that a caller can check
    /// for an interruption (Ctrl-C) while a slow file is being parsed.
    pub fn next_outcome_within(&mut self, wait: Duration) -> Next<T> {
        if self.pending() == 0 {
            return Next::Done;
        }
        let deadline = Instant::now() + wait;
        loop {
            if let Some(outcome) = self.ready.remove(&self.delivered) {
                self.delivered += 1;
                return Next::Ready(outcome);
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok(outcome) => {
                    self.ready.insert(outcome.index, outcome);
                }
                Err(RecvTimeoutError::Timeout) => return Next::Waiting,
                // `self.tx` keeps the channel open.
                Err(RecvTimeoutError::Disconnected) => return Next::Done,
            }
        }
    }
}

/// The default number of worker threads: the cores this process may use.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

/// Iterator returned by [`parse_many`]: one [`Outcome`] per input path, in input order.
pub struct ParseMany<I> {
    paths: I,
    batch: Batch,
}

impl<I, P> Iterator for ParseMany<I>
where
    I: Iterator<Item = P>,
    P: Into<PathBuf>,
{
    type Item = Outcome;

    fn next(&mut self) -> Option<Outcome> {
        while self.batch.has_room() {
            match self.paths.next() {
                Some(path) => self.batch.submit(path.into()),
                None => break,
            }
        }
        self.batch.next_outcome()
    }
}

/// Parses the files `paths` with `jobs` threads (default: available cores), yielding one
/// [`Outcome`] per path in input order. Paths are taken from the iterator only as the window
/// frees up, so a lazy iterator over a huge folder is never collected.
pub fn parse_many<I>(paths: I, jobs: Option<usize>) -> io::Result<ParseMany<I::IntoIter>>
where
    I: IntoIterator,
    I::Item: Into<PathBuf>,
{
    Ok(ParseMany {
        paths: paths.into_iter(),
        batch: Batch::new(jobs)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    fn fake(parse: impl Fn(&Path) -> Result<Record, Error> + Send + Sync + 'static) -> Batch {
        Batch::with_parser(Some(3), parse).unwrap()
    }

    fn record_for(path: &Path) -> Record {
        let mut record = crate::parse_text("Réunion du 3 mars 2021\n");
        record.source.path = Some(path.display().to_string());
        record
    }

    fn drain(batch: &mut Batch, paths: impl Iterator<Item = PathBuf>) -> Vec<Outcome> {
        let mut out = Vec::new();
        for path in paths {
            while !batch.has_room() {
                out.push(batch.next_outcome().unwrap());
            }
            batch.submit(path);
        }
        while let Some(o) = batch.next_outcome() {
            out.push(o);
        }
        out
    }

    #[test]
    fn results_come_in_input_order_even_when_later_files_finish_first() {
        let mut batch = fake(|path| {
            // Early files are the slow ones.
            let n: u64 = path.to_str().unwrap().parse().unwrap();
            std::thread::sleep(Duration::from_millis(20u64.saturating_sub(n)));
            Ok(record_for(path))
        });
        let out = drain(&mut batch, (0..40).map(|i| PathBuf::from(i.to_string())));
        let indexes: Vec<usize> = out.iter().map(|o| o.index).collect();
        assert_eq!(indexes, (0..40).collect::<Vec<_>>());
        for o in &out {
            let got = o.result.as_ref().unwrap().source.path.clone();
            assert_eq!(got.as_deref(), o.path.to_str());
        }
    }

    #[test]
    fn a_panic_is_an_error_for_that_file_only() {
        let mut batch = fake(|path| {
            if path.to_str() == Some("boom") {
                panic!("simulated parser bug");
            }
            Ok(record_for(path))
        });
        let paths = ["a", "boom", "c"].map(PathBuf::from).into_iter();
        let out = drain(&mut batch, paths);
        assert_eq!(out.len(), 3);
        assert!(out[0].result.is_ok() && out[2].result.is_ok());
        let err = out[1].result.as_ref().unwrap_err();
        assert_eq!(err.kind(), "internal");
        assert!(err.to_string().contains("boom"));
        assert!(err.to_string().contains("simulated parser bug"));
    }

    #[test]
    fn never_more_than_the_window_in_flight() {
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let (r, m) = (Arc::clone(&running), Arc::clone(&most));
        let mut batch = fake(move |path| {
            let now = r.fetch_add(1, Ordering::SeqCst) + 1;
            m.fetch_max(now, Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(1));
            r.fetch_sub(1, Ordering::SeqCst);
            Ok(record_for(path))
        });
        let window = batch.window;
        let mut delivered = 0;
        for i in 0..200 {
            while !batch.has_room() {
                batch.next_outcome().unwrap();
                delivered += 1;
            }
            batch.submit(PathBuf::from(i.to_string()));
            assert!(batch.pending() <= window);
            assert!(batch.ready.len() <= window);
        }
        while batch.next_outcome().is_some() {
            delivered += 1;
        }
        assert_eq!(delivered, 200);
        assert!(
            most.load(Ordering::SeqCst) <= 3,
            "at most `jobs` files parse at once"
        );
    }

    #[test]
    fn waiting_with_a_deadline() {
        let mut batch = fake(|path| {
            if path.to_str() == Some("slow") {
                std::thread::sleep(Duration::from_millis(300));
            }
            Ok(record_for(path))
        });
        assert!(matches!(
            batch.next_outcome_within(Duration::ZERO),
            Next::Done
        ));
        batch.submit(PathBuf::from("slow"));
        batch.submit(PathBuf::from("fast"));
        assert!(matches!(
            batch.next_outcome_within(Duration::from_millis(20)),
            Next::Waiting
        ));
        let mut got = Vec::new();
        loop {
            match batch.next_outcome_within(Duration::from_millis(20)) {
                Next::Ready(o) => got.push(o.path),
                Next::Waiting => continue,
                Next::Done => break,
            }
        }
        assert_eq!(got, [PathBuf::from("slow"), PathBuf::from("fast")]);
    }

    #[test]
    fn parse_many_takes_paths_lazily() {
        let taken = Arc::new(AtomicUsize::new(0));
        let t = Arc::clone(&taken);
        let paths = (0..1000).map(move |i| {
            t.fetch_add(1, Ordering::SeqCst);
            PathBuf::from(format!("/nonexistent/{i}.docx"))
        });
        let mut many = parse_many(paths, Some(2)).unwrap();
        let first = many.next().unwrap();
        assert_eq!(first.index, 0);
        assert_eq!(first.result.unwrap_err().kind(), "io");
        assert!(taken.load(Ordering::SeqCst) <= 2 * WINDOW_PER_JOB + 1);
        assert_eq!(many.count(), 999);
    }

    #[test]
    fn real_files_and_errors_mixed() {
        let dir = std::env::temp_dir().join(format!("cufminutes-batch-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let good = dir.join("good.txt");
        let empty = dir.join("empty.txt");
        std::fs::write(&good, "Compte-rendu de la réunion du 3 mars 2021\n").unwrap();
        std::fs::write(&empty, "").unwrap();
        let inputs = vec![good.clone(), empty.clone(), dir.join("missing.txt"), good];
        let out: Vec<Outcome> = parse_many(inputs, None).unwrap().collect();
        std::fs::remove_dir_all(&dir).unwrap();
        let kinds: Vec<&str> = out
            .iter()
            .map(|o| o.result.as_ref().map_or_else(|e| e.kind(), |_| "ok"))
            .collect();
        assert_eq!(kinds, ["ok", "empty", "io", "ok"]);
        let date = out[0].result.as_ref().unwrap().meeting.date.as_deref();
        assert_eq!(date, Some("2021-03-03"));
    }
}

//! Parsing many files at once: an ordered, bounded parallel map over paths.
//!
//! A rayon pool of `jobs` threads parses files while the caller takes the results in input
//! order. At most a window of files ([`WINDOW_PER_JOB`] per thread) is being parsed or
//! waiting in the reorder buffer at any time, so memory does not grow with the number of
//! files. A file whose parse fails, or panics, gives an error result for that file only.
//!
//! Each file has a time budget ([`DEFAULT_BUDGET`] unless [`Batch::with_budget`] or
//! [`ParseMany::with_budget`] say otherwise). When the next file in order has been parsing
//! longer than its budget, it is delivered as an [`Error::Timeout`] and the files after it
//! follow without waiting for it; its result, if it ever comes, is dropped. A file that
//! finishes past its budget is a timeout too, whenever it is delivered. The worker thread is
//! also told (through a thread-local deadline the recognizers check between stages and
//! blocks) to stop early, so that it comes back to the pool.
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
use std::collections::{BTreeMap, HashMap};
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

/// The default time budget of one file in a batch: far above the time of any real minutes
/// (tens of milliseconds; about a second per MB of text), so that only a runaway parse hits it.
pub const DEFAULT_BUDGET: Duration = Duration::from_secs(60);

/// The result for one input file: a [`Record`] unless the batch was given its own parser.
#[derive(Debug)]
pub struct Outcome<T = Record> {
    /// Position of the file in the input sequence (0-based).
    pub index: usize,
    pub path: PathBuf,
    pub result: Result<T, Error>,
}

type Parser<T> = dyn Fn(&Path) -> Result<T, Error> + Send + Sync;

/// What a worker tells the batch: that a file with a budget started, then its result.
enum Message<T> {
    Started(Started),
    Done(Outcome<T>),
}

/// A file with a budget being parsed: what the batch needs to time it out.
struct Started {
    index: usize,
    path: PathBuf,
    deadline: Instant,
    budget: Duration,
}

impl Started {
    fn timeout<T>(self) -> Outcome<T> {
        Outcome {
            index: self.index,
            result: Err(timeout_error(&self.path, self.budget)),
            path: self.path,
        }
    }
}

fn timeout_error(path: &Path, budget: Duration) -> Error {
    Error::Timeout {
        path: path.display().to_string(),
        seconds: budget.as_secs_f64(),
    }
}

/// A pool parsing files, delivering results in the order the files were submitted.
///
/// Submit paths with [`Batch::submit`] while [`Batch::has_room`], take results with
/// [`Batch::next_outcome`]. [`parse_many`] drives it from an iterator.
pub struct Batch<T = Record> {
    pool: rayon::ThreadPool,
    window: usize,
    submitted: usize,
    delivered: usize,
    tx: Sender<Message<T>>,
    rx: Receiver<Message<T>>,
    /// Results that arrived before an earlier file's; at most `window` of them.
    ready: BTreeMap<usize, Outcome<T>>,
    /// Undelivered files with a budget that have started, by index; at most `window`.
    started: HashMap<usize, Started>,
    parse: Arc<Parser<T>>,
    budget: Option<Duration>,
}

impl Batch<Record> {
    /// A batch parsing with `jobs` threads (default: the number of available cores), each
    /// file within [`DEFAULT_BUDGET`].
    pub fn new(jobs: Option<usize>) -> io::Result<Batch> {
        Batch::with_parser(jobs, crate::parse_path)
    }
}

impl<T: Send + 'static> Batch<T> {
    /// A batch running `parse` on each file instead of [`crate::parse_path`], e.g. to also
    /// serialise the record on the worker thread. Each file has [`DEFAULT_BUDGET`].
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
            started: HashMap::new(),
            parse: Arc::new(parse),
            budget: Some(DEFAULT_BUDGET),
        })
    }

    /// Sets the time budget of each file submitted from now on; `None` or zero for none.
    pub fn with_budget(mut self, budget: Option<Duration>) -> Self {
        self.budget = budget.filter(|b| !b.is_zero());
        self
    }

    /// The time budget of each file; `None` when files may take as long as they take.
    pub fn budget(&self) -> Option<Duration> {
        self.budget
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
        let budget = self.budget;
        self.pool.spawn(move || {
            // The budget counts from the start of the parse, not from the submission.
            let start = Instant::now();
            // A budget too large to add to the clock is no budget.
            let timed = budget.and_then(|b| Some((start.checked_add(b)?, b)));
            if let Some((deadline, budget)) = timed {
                // The receiver is gone only when the batch was dropped: nobody is waiting.
                let _ = tx.send(Message::Started(Started {
                    index,
                    path: path.clone(),
                    deadline,
                    budget,
                }));
            }
            let deadline = timed.map(|(d, _)| d);
            let result = crate::budget::with_deadline(deadline, || {
                catch_unwind(AssertUnwindSafe(|| parse(&path)))
            })
            .unwrap_or_else(|p| {
                Err(Error::Internal {
                    path: path.display().to_string(),
                    message: format!("the parser panicked: {}", panic_message(p.as_ref())),
                })
            });
            // Late is late, whether or not the batch has given up on it yet: a parse cut
            // short by the deadline is never delivered as a record.
            let result = match timed {
                Some((deadline, budget)) if Instant::now() >= deadline => {
                    Err(timeout_error(&path, budget))
                }
                _ => result,
            };
            let _ = tx.send(Message::Done(Outcome {
                index,
                path,
                result,
            }));
        });
    }

    /// Files a message from a worker.
    fn receive(&mut self, message: Message<T>) {
        match message {
            Message::Started(s) if s.index >= self.delivered => {
                self.started.insert(s.index, s);
            }
            Message::Done(outcome) if outcome.index >= self.delivered => {
                self.ready.insert(outcome.index, outcome);
            }
            // About a file already delivered as a timeout: dropped.
            _ => {}
        }
    }

    /// Files the messages already sent, without waiting; whether there were any.
    fn receive_queued(&mut self) -> bool {
        let mut any = false;
        while let Ok(message) = self.rx.try_recv() {
            self.receive(message);
            any = true;
        }
        any
    }

    /// Takes the next result in submission order, waiting until `until` at most (for ever
    /// when `None`): the result, a timeout for a file past its budget, or `Waiting`.
    fn take(&mut self, until: Option<Instant>) -> Next<T> {
        if self.pending() == 0 {
            return Next::Done;
        }
        loop {
            let next = self.delivered;
            if let Some(outcome) = self.ready.remove(&next) {
                self.started.remove(&next);
                self.delivered += 1;
                return Next::Ready(outcome);
            }
            let now = Instant::now();
            let deadline = self.started.get(&next).map(|s| s.deadline);
            if deadline.is_some_and(|d| now >= d) {
                // A result already sent wins over the batch's clock: the worker has judged
                // whether it was in time.
                if self.receive_queued() {
                    continue;
                }
                // Its late result, if it ever comes, is dropped on arrival.
                let started = self
                    .started
                    .remove(&next)
                    .expect("the next file has started");
                self.delivered += 1;
                return Next::Ready(started.timeout());
            }
            let message = match deadline.into_iter().chain(until).min() {
                None => self.rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
                Some(wake) => self.rx.recv_timeout(wake.saturating_duration_since(now)),
            };
            match message {
                Ok(message) => self.receive(message),
                // Woken by the caller's limit; otherwise by the next file's deadline, which
                // the loop then delivers as a timeout.
                Err(RecvTimeoutError::Timeout) => {
                    let now = Instant::now();
                    let overdue = deadline.is_some_and(|d| now >= d);
                    if !overdue && until.is_some_and(|u| now >= u) {
                        return Next::Waiting;
                    }
                }
                // `self.tx` keeps the channel open.
                Err(RecvTimeoutError::Disconnected) => return Next::Done,
            }
        }
    }

    /// The next result in submission order, waiting for it if needed; `None` when every
    /// submitted file has been delivered.
    pub fn next_outcome(&mut self) -> Option<Outcome<T>> {
        match self.take(None) {
            Next::Ready(outcome) => Some(outcome),
            // `self.tx` keeps the channel open and every task sends its result.
            Next::Done | Next::Waiting => None,
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
        // A wait too long to add to the clock is a wait for ever.
        self.take(Instant::now().checked_add(wait))
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

impl<I> ParseMany<I> {
    /// Sets the time budget of each file (default [`DEFAULT_BUDGET`]); `None` or zero for
    /// none. A file still parsing when its budget runs out gives an [`Error::Timeout`].
    pub fn with_budget(self, budget: Option<Duration>) -> Self {
        ParseMany {
            paths: self.paths,
            batch: self.batch.with_budget(budget),
        }
    }
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
/// frees up, so a lazy iterator over a huge folder is never collected. Each file has
/// [`DEFAULT_BUDGET`]; [`ParseMany::with_budget`] sets another:
/// `parse_many(paths, None)?.with_budget(Some(Duration::from_secs(5)))`.
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
#[path = "batch_tests.rs"]
mod tests;

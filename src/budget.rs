//! The cooperative side of the per-file time budget of batch runs.
//!
//! A thread cannot be stopped from outside, so when [`crate::batch`] gives up waiting for a
//! file past its budget, the worker thread would stay busy with it until the parse ends. To
//! get the thread back, the batch worker sets a deadline for its thread around the parse
//! ([`with_deadline`]) and the recognizers' outermost loops ask [`over_budget`] whether to
//! stop early. A parse cut short this way returns an incomplete record, which the batch
//! replaces with a timeout error: nothing cut short is ever delivered as a record.
//!
//! Outside a batch with a budget (`parse_path`, `parse_text`...) no deadline is set and
//! [`over_budget`] is always false.

use std::cell::Cell;
use std::time::Instant;

use crate::record::{Record, Source, SCHEMA};

thread_local! {
    /// When the parse running on this thread must stop; `None` when it has no budget.
    static DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// Whether the parse running on this thread is past its deadline and should stop early.
///
/// Costs one thread-local read when no deadline is set, and one read of the monotonic clock
/// (tens of nanoseconds) otherwise: call it once per block, line or stage, not per character.
pub(crate) fn over_budget() -> bool {
    DEADLINE
        .with(Cell::get)
        .is_some_and(|deadline| Instant::now() >= deadline)
}

/// Runs `f` with `deadline` as this thread's deadline, restoring the previous one after,
/// also when `f` panics.
pub(crate) fn with_deadline<R>(deadline: Option<Instant>, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Instant>);
    impl Drop for Restore {
        fn drop(&mut self) {
            DEADLINE.with(|d| d.set(self.0));
        }
    }
    let _restore = Restore(DEADLINE.with(|d| d.replace(deadline)));
    f()
}

/// The record of a parse stopped by [`over_budget`]: only its source. Never delivered: the
/// batch turns a parse past its deadline into a timeout error.
pub(crate) fn cut_short(source: Source) -> Record {
    Record {
        schema: SCHEMA.to_string(),
        source,
        meeting: Default::default(),
        sections: Vec::new(),
        participants: Vec::new(),
        interventions: Vec::new(),
        decisions: Vec::new(),
        references: Vec::new(),
        warnings: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn no_deadline_is_never_over() {
        assert!(!over_budget());
        with_deadline(None, || assert!(!over_budget()));
    }

    #[test]
    fn a_past_deadline_is_over_until_it_is_lifted() {
        let past = Instant::now();
        let future = Instant::now() + Duration::from_secs(3600);
        with_deadline(Some(future), || {
            assert!(!over_budget());
            with_deadline(Some(past), || assert!(over_budget()));
            assert!(!over_budget(), "the outer deadline is restored");
        });
        assert!(!over_budget());
        let _ = std::panic::catch_unwind(|| with_deadline(Some(past), || panic!("parser bug")));
        assert!(!over_budget(), "lifted after a panic too");
    }

    #[test]
    fn a_parse_past_its_deadline_stops_early() {
        let text = "Compte-rendu de la réunion du 3 mars 2021\n\nPrésents : Jeanne Martin\n";
        let full = crate::parse_text(text);
        assert_eq!(full.participants.len(), 1);
        let cut = with_deadline(Some(Instant::now()), || crate::parse_text(text));
        assert!(cut.participants.is_empty() && cut.meeting.date.is_none());
        assert_eq!(cut.source, full.source);
    }
}

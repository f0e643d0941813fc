//! Tests of the ordered, bounded parallel map and its time budget.
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

/// A record made without parsing (a copy of one parsed once), so that files other than
/// the slow ones take microseconds even in a debug build on a loaded machine.
fn quick_record_for(path: &Path) -> Record {
    static TEMPLATE: std::sync::OnceLock<Record> = std::sync::OnceLock::new();
    let mut record = TEMPLATE.get_or_init(|| record_for(Path::new(""))).clone();
    record.source.path = Some(path.display().to_string());
    record
}

/// A parser for which the file "slow" takes `slow` (and `over_budget` is never asked).
fn sleeper(slow: Duration) -> impl Fn(&Path) -> Result<Record, Error> + Send + Sync {
    quick_record_for(Path::new(""));
    move |path| {
        if path.to_str() == Some("slow") {
            std::thread::sleep(slow);
        }
        Ok(quick_record_for(path))
    }
}

fn kinds(out: &[Outcome]) -> Vec<&'static str> {
    out.iter()
        .map(|o| o.result.as_ref().map_or_else(|e| e.kind(), |_| "ok"))
        .collect()
}

#[test]
fn a_file_past_its_budget_is_a_timeout_and_the_others_do_not_wait() {
    let mut batch =
        fake(sleeper(Duration::from_secs(5))).with_budget(Some(Duration::from_millis(200)));
    let start = Instant::now();
    let paths = ["a", "slow", "b", "c", "d", "e"].map(PathBuf::from);
    let out = drain(&mut batch, paths.into_iter());
    let took = start.elapsed();
    assert!(
        took < Duration::from_secs(4),
        "waited for the slow file: {took:?}"
    );
    assert_eq!(kinds(&out), ["ok", "timeout", "ok", "ok", "ok", "ok"]);
    let indexes: Vec<usize> = out.iter().map(|o| o.index).collect();
    assert_eq!(indexes, [0, 1, 2, 3, 4, 5]);
    assert_eq!(out[1].path, PathBuf::from("slow"));
    let err = out[1].result.as_ref().unwrap_err();
    assert!(matches!(err, Error::Timeout { seconds, .. } if *seconds == 0.2));
    assert_eq!(
        err.to_string(),
        "slow: timeout: not parsed within the 0.2 s budget"
    );
}

#[test]
fn a_late_result_is_dropped() {
    let mut batch =
        fake(sleeper(Duration::from_secs(1))).with_budget(Some(Duration::from_millis(200)));
    let out = drain(&mut batch, ["slow", "a"].map(PathBuf::from).into_iter());
    assert_eq!(kinds(&out), ["timeout", "ok"]);
    // The slow file's result arrives after it was delivered as a timeout: it must not
    // come out again, nor stand for a later file.
    std::thread::sleep(Duration::from_millis(1500));
    assert!(batch.next_outcome().is_none());
    batch.submit(PathBuf::from("b"));
    let b = batch.next_outcome().unwrap();
    assert_eq!((b.index, b.path.to_str()), (2, Some("b")));
    assert!(b.result.is_ok());
    assert!(batch.next_outcome().is_none());
    assert!(batch.ready.is_empty() && batch.started.is_empty());
}

#[test]
fn a_file_finished_past_its_budget_is_a_timeout_even_if_nobody_waited() {
    // "slow" finishes past its budget while the batch is not yet asked for results.
    let mut batch =
        fake(sleeper(Duration::from_millis(500))).with_budget(Some(Duration::from_millis(200)));
    batch.submit(PathBuf::from("slow"));
    batch.submit(PathBuf::from("a"));
    std::thread::sleep(Duration::from_millis(1200));
    let out = drain(&mut batch, std::iter::empty());
    assert_eq!(kinds(&out), ["timeout", "ok"]);
}

#[test]
fn the_thread_comes_back_when_the_parser_checks_its_deadline() {
    // One thread: the files after the runaway can only be parsed once it gives up.
    quick_record_for(Path::new(""));
    let mut batch = Batch::with_parser(Some(1), |path| {
        if path.to_str() == Some("runaway") {
            let start = Instant::now();
            while !crate::budget::over_budget() && start.elapsed() < Duration::from_secs(5) {
                std::thread::sleep(Duration::from_millis(1));
            }
        }
        Ok(quick_record_for(path))
    })
    .unwrap()
    .with_budget(Some(Duration::from_millis(200)));
    let start = Instant::now();
    let out = drain(
        &mut batch,
        ["runaway", "a", "b"].map(PathBuf::from).into_iter(),
    );
    let took = start.elapsed();
    assert!(
        took < Duration::from_secs(4),
        "the thread stayed busy: {took:?}"
    );
    assert_eq!(kinds(&out), ["timeout", "ok", "ok"]);
}

#[test]
fn budgets_none_and_zero_mean_no_budget() {
    let batch = fake(sleeper(Duration::ZERO));
    assert_eq!(batch.budget(), Some(DEFAULT_BUDGET));
    assert_eq!(batch.with_budget(Some(Duration::ZERO)).budget(), None);
    let mut batch = fake(sleeper(Duration::from_millis(300))).with_budget(None);
    let out = drain(&mut batch, ["slow", "a"].map(PathBuf::from).into_iter());
    assert_eq!(kinds(&out), ["ok", "ok"]);
    // A budget too large for the clock is no budget either.
    let mut batch = fake(sleeper(Duration::ZERO)).with_budget(Some(Duration::MAX));
    let out = drain(&mut batch, ["slow"].map(PathBuf::from).into_iter());
    assert_eq!(kinds(&out), ["ok"]);
}

#[test]
fn waiting_with_a_deadline_and_a_budget() {
    let mut batch =
        fake(sleeper(Duration::from_secs(5))).with_budget(Some(Duration::from_millis(200)));
    batch.submit(PathBuf::from("slow"));
    batch.submit(PathBuf::from("fast"));
    let start = Instant::now();
    let mut got = Vec::new();
    loop {
        match batch.next_outcome_within(Duration::from_millis(20)) {
            Next::Ready(o) => got.push(o.result.map_or_else(|e| e.kind(), |_| "ok")),
            Next::Waiting => continue,
            Next::Done => break,
        }
    }
    assert!(start.elapsed() < Duration::from_secs(4));
    assert_eq!(got, ["timeout", "ok"]);
}

#[test]
fn parse_many_with_a_budget() {
    let dir = std::env::temp_dir().join(format!("cufminutes-budget-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.txt");
    std::fs::write(&good, "Compte-rendu de la réunion du 3 mars 2021\n").unwrap();
    let inputs = || vec![good.clone(), dir.join("missing.txt")];
    // Any real parse takes more than a nanosecond; reading a missing file fails first
    // but also past the budget.
    let tiny = Some(Duration::from_nanos(1));
    let out: Vec<Outcome> = parse_many(inputs(), Some(2))
        .unwrap()
        .with_budget(tiny)
        .collect();
    assert_eq!(kinds(&out), ["timeout", "timeout"]);
    let out: Vec<Outcome> = parse_many(inputs(), Some(2))
        .unwrap()
        .with_budget(Some(Duration::from_secs(3600)))
        .collect();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(kinds(&out), ["ok", "io"]);
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

//! What the timing examples share: their arguments (`--rounds N` and the files) and the
//! median of timed rounds.

use std::time::Instant;

/// `--rounds N` (at least 1, `default` when absent) and the other arguments that are not
/// flags: the files.
pub fn rounds_and_files(default: usize) -> (usize, Vec<String>) {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rounds = args
        .iter()
        .position(|a| a == "--rounds")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(default)
        .max(1);
    let files = args
        .iter()
        .enumerate()
        .filter(|(i, a)| !a.starts_with("--") && (*i == 0 || args[i - 1] != "--rounds"))
        .map(|(_, a)| a.clone())
        .collect();
    (rounds, files)
}

/// Median, min and max of timed rounds of `f`, in milliseconds.
pub fn time_rounds(rounds: usize, mut f: impl FnMut()) -> (f64, f64, f64) {
    let mut totals = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let t = Instant::now();
        f();
        totals.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    totals.sort_by(f64::total_cmp);
    (totals[rounds / 2], totals[0], totals[rounds - 1])
}

//! Prints the in-process time of a full record per document: each file read and recognized
//! ROUNDS times (default 50), the median round reported.
//!
//! `cargo run --release --example parse_time -- [--rounds N] FILE...`

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rounds = args
        .iter()
        .position(|a| a == "--rounds")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(50);
    let files: Vec<&String> = args
        .iter()
        .enumerate()
        .filter(|(i, a)| !a.starts_with("--") && (*i == 0 || args[i - 1] != "--rounds"))
        .map(|(_, a)| a)
        .collect();
    for f in files {
        let bytes = match std::fs::read(f) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{f}: {e}");
                continue;
            }
        };
        let mut totals = Vec::with_capacity(rounds);
        for _ in 0..rounds {
            let t = Instant::now();
            let r = cufminutes::parse_bytes(&bytes, Some(f));
            totals.push(t.elapsed().as_secs_f64() * 1000.0);
            std::hint::black_box(r.ok());
        }
        totals.sort_by(f64::total_cmp);
        println!(
            "{f}: median {:.2} ms per document over {rounds} rounds (min {:.2}, max {:.2})",
            totals[rounds / 2],
            totals[0],
            totals[rounds - 1]
        );
    }
}

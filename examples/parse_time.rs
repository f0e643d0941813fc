//! Prints the in-process time of a full record per document: each file read and recognized
//! ROUNDS times (default 50), the median round reported.
//!
//! `cargo run --release --example parse_time -- [--rounds N] FILE...`

#[path = "support/timing.rs"]
mod timing;

fn main() {
    let (rounds, files) = timing::rounds_and_files(50);
    for f in &files {
        let bytes = match std::fs::read(f) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{f}: {e}");
                continue;
            }
        };
        let (median, min, max) = timing::time_rounds(rounds, || {
            std::hint::black_box(cufminutes::parse_bytes(&bytes, Some(f)).ok());
        });
        println!(
            "{f}: median {median:.2} ms per document over {rounds} rounds (min {min:.2}, max {max:.2})"
        );
    }
}

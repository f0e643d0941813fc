//! Turns plain gazetteer lists into the `fst` sets shipped in `data/gazetteers/`.
//!
//! `cargo run --release --example build_gazetteers -- LIST.txt OUT.fst [LIST.txt OUT.fst]...`
//!
//! Each list is UTF-8, one folded entry a line. Lines are sorted bytewise and deduplicated here,
//! so the input order does not matter; empty lines are skipped. Called by
//! `scripts/gen_gazetteers.py`, which documents where the lists come from.

use std::fs::{self, File};
use std::io::BufWriter;
use std::process::ExitCode;

fn build(list: &str, out: &str) -> Result<usize, Box<dyn std::error::Error>> {
    let text = fs::read_to_string(list)?;
    let mut entries: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    entries.sort_unstable();
    entries.dedup();
    let mut builder = fst::SetBuilder::new(BufWriter::new(File::create(out)?))?;
    builder.extend_iter(entries.iter())?;
    builder.finish()?;
    Ok(entries.len())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.len() % 2 != 0 {
        eprintln!("usage: build_gazetteers LIST.txt OUT.fst [LIST.txt OUT.fst]...");
        return ExitCode::FAILURE;
    }
    for pair in args.chunks(2) {
        match build(&pair[0], &pair[1]) {
            Ok(n) => println!("{}: {n} entries", pair[1]),
            Err(e) => {
                eprintln!("error: {} -> {}: {e}", pair[0], pair[1]);
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

//! Prints the in-process time of reading documents into the format-neutral `Document`
//! (no recognition): each file read ROUNDS times (default 20), the median round reported.
//! With `--raw`, also the time of the floor a DOCX reader can reach: inflating
//! `word/document.xml` and scanning its quick-xml events without building anything.
//!
//! `cargo run --release --example read_time -- [--rounds N] [--raw] FILE...`
//!
//! `--rounds 1` under `/usr/bin/time -v` gives the peak memory of reading one file.

use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::Reader;

#[path = "support/timing.rs"]
mod timing;
use timing::time_rounds;

/// Inflates the main part and counts its XML events.
fn raw_scan(bytes: &[u8]) -> usize {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return 0;
    };
    let mut xml = String::new();
    match zip.by_name("word/document.xml") {
        Ok(mut f) => {
            if f.read_to_string(&mut xml).is_err() {
                return 0;
            }
        }
        Err(_) => return 0,
    }
    let mut reader = Reader::from_str(&xml);
    let mut events = 0;
    loop {
        match reader.read_event() {
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => events += 1,
        }
    }
    events
}

fn main() {
    let (rounds, files) = timing::rounds_and_files(20);
    let raw = std::env::args().any(|a| a == "--raw");
    for f in &files {
        let bytes = match std::fs::read(f) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{f}: {e}");
                continue;
            }
        };
        let (median, min, max) = time_rounds(rounds, || {
            std::hint::black_box(cufminutes::read_bytes(&bytes, Some(f)).ok());
        });
        println!(
            "{f}: read median {median:.2} ms over {rounds} rounds (min {min:.2}, max {max:.2})"
        );
        if raw {
            let (median, min, max) = time_rounds(rounds, || {
                std::hint::black_box(raw_scan(&bytes));
            });
            println!(
                "{f}: unzip + quick-xml scan median {median:.2} ms (min {min:.2}, max {max:.2})"
            );
        }
    }
}

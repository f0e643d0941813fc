//! Prints the lines layer of a document: one line per paragraph or table cell, with its
//! cell position, structural kind and source-line count, as the recognizers see it.
//!
//! `cargo run --example lines -- FILE`

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: lines FILE");
        return ExitCode::FAILURE;
    };
    match cufminutes::read_path(std::path::Path::new(&path)) {
        Ok(doc) => {
            for l in cufminutes::recognize::lines::lines_of(&doc) {
                println!("{:?}\t{:?}\t{}\t{}", l.cell, l.kind, l.parts.len(), l.text);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

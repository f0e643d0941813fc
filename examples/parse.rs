//! Prints the JSON record (or, with `--text`, the plain rendering) of each file given.
//!
//! `cargo run --example parse -- [--text] FILE...`

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = args.iter().any(|a| a == "--text");
    let mut status = ExitCode::SUCCESS;
    for path in args.iter().filter(|a| !a.starts_with("--")) {
        let path = Path::new(path);
        let out = if text {
            cufminutes::read_path(path).map(|d| cufminutes::render_text(&d))
        } else {
            cufminutes::parse_path(path).map(|r| r.to_json())
        };
        match out {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("error: {e}");
                status = ExitCode::FAILURE;
            }
        }
    }
    status
}

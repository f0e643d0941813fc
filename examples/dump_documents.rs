//! Dumps the `Document` read from every file as one JSON line, to check that a change to a
//! reader leaves its output unchanged: run it before and after, then compare the two dumps
//! (`cmp` or `diff`).
//!
//! `cargo run --release --example dump_documents -- OUT.tsv PATH...`
//!
//! Each PATH is a file or a folder searched recursively for `.docx .docm .dotx .odt` files.
//! Each output line is `FILE<TAB>JSON` of the Document, `FILE<TAB>ERROR <message>` or
//! `FILE<TAB>PANIC`, in sorted file order. Files are read in parallel.

use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

const EXTENSIONS: [&str; 4] = ["docx", "docm", "dotx", "odt"];

fn walk(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else {
            return;
        };
        for entry in entries.flatten() {
            walk(&entry.path(), out);
        }
    } else if path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
    {
        out.push(path.to_path_buf());
    }
}

fn dump(path: &Path) -> String {
    let result = catch_unwind(AssertUnwindSafe(|| cufminutes::read_path(path)));
    match result {
        Ok(Ok(doc)) => serde_json::to_string(&doc).unwrap_or_else(|e| format!("JSON {e}")),
        Ok(Err(e)) => format!("ERROR {e}"),
        Err(_) => "PANIC".to_string(),
    }
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((out, inputs)) = args.split_first() else {
        eprintln!("usage: dump_documents OUT.tsv PATH...");
        std::process::exit(2);
    };
    let mut files = Vec::new();
    for input in inputs {
        walk(Path::new(input), &mut files);
    }
    files.sort();
    std::panic::set_hook(Box::new(|_| {}));
    let lines: Vec<String> = files
        .par_iter()
        .map(|f| format!("{}\t{}", f.display(), dump(f)))
        .collect();
    let mut w = std::io::BufWriter::new(std::fs::File::create(out)?);
    for line in &lines {
        writeln!(w, "{line}")?;
    }
    eprintln!("{} files dumped to {out}", lines.len());
    Ok(())
}

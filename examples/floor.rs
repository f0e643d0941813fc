//! The floor of DOCX parsing: for the same files, the per-document time of the least work any
//! reader must do (read the file, inflate `word/document.xml`, scan its XML events and collect
//! the text, building no tree) beside the time of a full record (`cufminutes::parse_path`),
//! both measured in this process, as medians over rounds.
//!
//! `cargo run --release --example floor -- [--rounds N] [--json] FILES_OR_DIRS...`
//!
//! Folders are searched recursively for `.docx`, `.docm` and `.dotx` files. Each round times
//! every file once with the floor, then every file once with `parse_path`; a round's time
//! divided by the number of files is its per-document time, and the median round is reported.
//! `--json` prints one JSON object instead of the human line (read by `benches/compare.py`).

use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};
use std::time::Instant;

use quick_xml::events::Event;
use quick_xml::Reader;

const DOCX_EXTENSIONS: [&str; 3] = ["docx", "docm", "dotx"];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut rounds = 5usize;
    let mut json = false;
    let mut inputs = Vec::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--rounds" => match it.next().and_then(|n| n.parse().ok()) {
                Some(n) if n > 0 => rounds = n,
                _ => fail("--rounds needs a positive number"),
            },
            "--json" => json = true,
            "-h" | "--help" => {
                println!("usage: floor [--rounds N] [--json] FILES_OR_DIRS...");
                return;
            }
            _ => inputs.push(PathBuf::from(arg)),
        }
    }
    let mut files = Vec::new();
    for input in &inputs {
        collect(input, &mut files);
    }
    if files.is_empty() {
        fail("no .docx, .docm or .dotx file among the inputs");
    }
    files.sort();

    // Untimed: the floor over every file (for the XML sizes, and the files come into the page
    // cache) and one parse of the first file, since the recognizers compile their automata
    // and load the gazetteers on first use, which is start-up work, not per-document work.
    let xml_bytes: usize = files
        .iter()
        .map(|f| floor(f).map_or(0, |s| s.xml_bytes))
        .sum();
    let _ = cufminutes::parse_path(&files[0]);

    let mut floor_rounds = Vec::with_capacity(rounds);
    let mut parse_rounds = Vec::with_capacity(rounds);
    let mut floor_failed = 0;
    let mut parse_failed = 0;
    let mut chars = 0usize;
    for _ in 0..rounds {
        floor_failed = 0;
        parse_failed = 0;
        chars = 0;
        let t = Instant::now();
        for f in &files {
            match floor(f) {
                Ok(scan) => chars += scan.chars,
                Err(_) => floor_failed += 1,
            }
        }
        floor_rounds.push(per_document_ms(t, files.len()));

        let t = Instant::now();
        for f in &files {
            match cufminutes::parse_path(f) {
                Ok(record) => {
                    std::hint::black_box(record);
                }
                Err(_) => parse_failed += 1,
            }
        }
        parse_rounds.push(per_document_ms(t, files.len()));
    }
    let floor_ms = median(&mut floor_rounds);
    let parse_ms = median(&mut parse_rounds);
    if json {
        println!(
            "{{\"files\": {}, \"rounds\": {rounds}, \"xml_bytes\": {xml_bytes}, \"text_chars\": {chars}, \
             \"floor_ms\": {floor_ms:.6}, \"parse_path_ms\": {parse_ms:.6}, \
             \"floor_failed\": {floor_failed}, \"parse_failed\": {parse_failed}}}",
            files.len()
        );
    } else {
        println!(
            "{} files ({:.1} KB of document.xml each), median of {rounds} rounds: \
             floor {floor_ms:.3} ms per document, parse_path {parse_ms:.3} ms per document, \
             parse_path / floor {:.1}x",
            files.len(),
            xml_bytes as f64 / files.len() as f64 / 1000.0,
            parse_ms / floor_ms
        );
        if floor_failed + parse_failed > 0 {
            println!("failed: floor {floor_failed}, parse_path {parse_failed}");
        }
    }
}

/// What the floor read from one file.
struct Scan {
    xml_bytes: usize,
    chars: usize,
}

/// Reads the file, inflates `word/document.xml` and collects its text from the XML events:
/// text nodes and character references appended to one string, a newline at each paragraph
/// end. No element is kept.
fn floor(path: &Path) -> Result<Scan, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut xml = Vec::new();
    archive
        .by_name("word/document.xml")
        .map_err(|e| e.to_string())?
        .read_to_end(&mut xml)
        .map_err(|e| e.to_string())?;

    let mut reader = Reader::from_reader(xml.as_slice());
    let mut text = String::with_capacity(xml.len() / 4);
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Text(t) => text.push_str(&t.xml10_content()),
            Event::CData(t) => text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    text.push(c);
                } else if let Some(s) =
                    quick_xml::escape::resolve_predefined_entity(&r.xml10_content())
                {
                    text.push_str(s);
                }
            }
            Event::End(e) if e.local_name().as_ref() == "p" => text.push('\n'),
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(Scan {
        xml_bytes: xml.len(),
        chars: std::hint::black_box(text).chars().count(),
    })
}

fn collect(path: &Path, files: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else {
            eprintln!("floor: cannot list {}", path.display());
            return;
        };
        for entry in entries.flatten() {
            collect(&entry.path(), files);
        }
    } else if path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| DOCX_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        && !path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("~$"))
    {
        files.push(path.to_path_buf());
    } else if !path.exists() {
        eprintln!("floor: no such file: {}", path.display());
    }
}

fn per_document_ms(start: Instant, files: usize) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0 / files as f64
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn fail(message: &str) -> ! {
    eprintln!("floor: {message}");
    std::process::exit(2);
}

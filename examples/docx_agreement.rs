//! Agreement of the DOCX reader with pandoc on a folder of real-world files.
//!
//! Usage: `cargo run --release --example docx_agreement [FOLDER]` (default
//! `../shared/docx-wild`). Every `.docx`, `.docm` and `.dotx` under FOLDER is read with
//! `cufminutes::read_path` and rendered with `cufminutes::render_text`; where pandoc's text
//! sits beside it (`FILE.pandoc.txt`) the two are compared as bags of lower-cased
//! alphanumeric words (F1). Prints counts, error kinds, panics, slow files, median F1, the
//! share of files under 0.8 and the worst files.
//!
//! pandoc prints footnotes and endnotes after the body, so they are appended to the body
//! text here (the reader keeps them apart, in `Document.furniture`); both sides are NFKC
//! normalized, as pandoc writes some superscripts as Unicode superscript digits ("m²").
//! pandoc's plain-writer markup is undone on its side before comparing: note markers
//! ("[1]"), table placeholders ("[TABLE]") and super/subscript wrappers ("Hell^(o)").
//! Figures are printed with and without that clean-up. Files pandoc could not read (no
//! `.pandoc.txt`) or where it printed no words at all (image-only files, text boxes it
//! skips) are left out of the F1 figures; the latter are counted apart.

use std::collections::{BTreeMap, HashMap};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use cufminutes::model::{Document, FurnitureKind};
use regex::Regex;
use unicode_normalization::UnicodeNormalization;

/// A file taking longer than this is reported as slow.
const SLOW: Duration = Duration::from_secs(2);
/// A file still being read after this long is abandoned and reported.
const TIMEOUT: Duration = Duration::from_secs(30);
/// Below this F1 a file counts as disagreeing.
const LOW_F1: f64 = 0.8;
/// How many of the worst files are listed.
const WORST: usize = 15;
/// Set CUF_AGREEMENT_ALL=1 to list every file under the threshold.
const ALL_ENV: &str = "CUF_AGREEMENT_ALL";

fn main() {
    let root = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/docx-wild"));
    if !root.is_dir() {
        println!(
            "{}: folder not found; pass a folder of .docx files as argument",
            root.display()
        );
        return;
    }
    let mut files = Vec::new();
    walk(&root, &mut files);
    files.sort();
    // Panics are counted, not printed one by one.
    std::panic::set_hook(Box::new(|_| {}));

    let mut read_ok = 0usize;
    let mut errors: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut panics = Vec::new();
    let mut slow = Vec::new();
    let mut timed_out = Vec::new();
    let mut slowest = Duration::ZERO;
    let mut scores: Vec<(f64, String)> = Vec::new();
    let mut raw_scores: Vec<f64> = Vec::new();
    let mut pandoc_silent = 0usize;
    for file in &files {
        let shown = file
            .strip_prefix(&root)
            .unwrap_or(file)
            .display()
            .to_string();
        let start = Instant::now();
        let outcome = read_with_timeout(file.clone());
        let elapsed = start.elapsed();
        slowest = slowest.max(elapsed);
        if elapsed > SLOW {
            slow.push((shown.clone(), elapsed));
        }
        let text = match outcome {
            None => {
                timed_out.push(shown);
                continue;
            }
            Some(Err(_)) => {
                panics.push(shown);
                continue;
            }
            Some(Ok(Err(e))) => {
                *errors.entry(e.kind()).or_default() += 1;
                None
            }
            Some(Ok(Ok(text))) => {
                read_ok += 1;
                Some(text)
            }
        };
        let mut reference = file.clone().into_os_string();
        reference.push(".pandoc.txt");
        let Ok(expected) = std::fs::read_to_string(&reference) else {
            continue;
        };
        let ours = words(text.as_deref().unwrap_or(""));
        let theirs = words(&without_pandoc_markup(&expected));
        if theirs.is_empty() {
            // Nothing to agree with: pandoc printed no words (images, text boxes, charts).
            if !ours.is_empty() {
                pandoc_silent += 1;
            }
            continue;
        }
        raw_scores.push(f1(&ours, &words(&expected)));
        let f1 = f1(&ours, &theirs);
        scores.push((f1, shown));
    }

    println!("folder: {}", root.display());
    println!("files: {}", files.len());
    println!("read ok: {read_ok}");
    println!("typed errors: {errors:?}");
    println!("panics: {}", panics.len());
    for p in &panics {
        println!("  panic: {p}");
    }
    println!(
        "timed out (> {:?}, abandoned): {}",
        TIMEOUT,
        timed_out.len()
    );
    for f in &timed_out {
        println!("  timed out: {f}");
    }
    println!("slowest file: {slowest:.2?}");
    println!("slow files (> {:?}): {}", SLOW, slow.len());
    for (f, t) in &slow {
        println!("  {t:.2?} {f}");
    }
    scores.sort_by(|a, b| a.0.total_cmp(&b.0));
    if scores.is_empty() {
        println!("no file has a pandoc text to compare with");
        return;
    }
    let median = scores[scores.len() / 2].0;
    let low = scores.iter().filter(|(s, _)| *s < LOW_F1).count();
    println!(
        "comparable files (pandoc read them and printed words): {}",
        scores.len()
    );
    println!("files where pandoc printed no words but cufminutes did: {pandoc_silent}");
    raw_scores.sort_by(|a, b| a.total_cmp(b));
    let raw_low = raw_scores.iter().filter(|s| **s < LOW_F1).count();
    println!(
        "against pandoc's text as printed: median F1 {:.3}, under {LOW_F1}: {raw_low} ({:.1}%)",
        raw_scores[raw_scores.len() / 2],
        100.0 * raw_low as f64 / raw_scores.len() as f64
    );
    println!("against pandoc's text without its plain-writer markup:");
    println!("median F1: {median:.3}");
    println!(
        "under {LOW_F1}: {low} ({:.1}%)",
        100.0 * low as f64 / scores.len() as f64
    );
    println!("worst files:");
    let listed = if std::env::var_os(ALL_ENV).is_some() {
        low
    } else {
        WORST
    };
    for (s, f) in scores.iter().take(listed) {
        println!("  {s:.3} {f}");
    }
}

type Outcome = std::thread::Result<Result<String, cufminutes::Error>>;

/// Reads and renders one file on its own thread, so that a panic is caught and a file that
/// hangs is abandoned after TIMEOUT instead of stopping the run. `None` means timed out.
fn read_with_timeout(file: PathBuf) -> Option<Outcome> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            cufminutes::read_path(&file).map(|doc| with_notes(&doc))
        }));
        // The receiver is gone only after a timeout; nothing is left to tell then.
        let _ = tx.send(outcome);
    });
    rx.recv_timeout(TIMEOUT).ok()
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "docx" | "docm" | "dotx"))
        {
            out.push(path);
        }
    }
}

/// The body text followed by the footnotes and endnotes, as pandoc prints them.
fn with_notes(doc: &Document) -> String {
    let mut text = cufminutes::render_text(doc);
    for f in &doc.furniture {
        if matches!(f.kind, FurnitureKind::Footnote | FurnitureKind::Endnote) {
            let mut note = Document::new(doc.format);
            note.blocks = f.blocks.clone();
            text.push_str(&cufminutes::render_text(&note));
        }
    }
    text
}

/// pandoc's text without the markup its plain writer adds: note markers, table
/// placeholders and super/subscript wrappers.
fn without_pandoc_markup(text: &str) -> String {
    let notes = Regex::new(r"\[\d+\]|\[TABLE\]").expect("valid pattern");
    let scripts = Regex::new(r"[\^_]\(([^()]*)\)").expect("valid pattern");
    let text = notes.replace_all(text, "");
    scripts.replace_all(&text, "$1").into_owned()
}

/// Lower-cased alphanumeric words (NFKC), counted.
fn words(text: &str) -> HashMap<String, usize> {
    let text: String = text.nfkc().collect();
    let mut bag = HashMap::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        *bag.entry(w.to_lowercase()).or_default() += 1;
    }
    bag
}

/// Multiset F1 of two bags of words; two empty bags agree.
fn f1(got: &HashMap<String, usize>, want: &HashMap<String, usize>) -> f64 {
    let got_n: usize = got.values().sum();
    let want_n: usize = want.values().sum();
    if got_n == 0 && want_n == 0 {
        return 1.0;
    }
    let common: usize = got
        .iter()
        .map(|(w, n)| (*n).min(want.get(w).copied().unwrap_or(0)))
        .sum();
    if common == 0 {
        return 0.0;
    }
    let p = common as f64 / got_n as f64;
    let r = common as f64 / want_n as f64;
    2.0 * p * r / (p + r)
}

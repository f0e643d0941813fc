//! Corpus tests: every document in `tests/corpus/` is parsed and its record compared with
//! the `<name>.expected.json` beside it. Set `CUFMINUTES_BLESS=1` to write the expected files
//! from the current output after checking the differences by hand.

use std::fs;
use std::path::{Path, PathBuf};

fn documents(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = fs::read_dir(dir)
        .expect("tests/corpus exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            !name.ends_with(".expected.json") && !name.starts_with('.')
        })
        .collect();
    out.sort();
    out
}

fn expected_path(doc: &Path) -> PathBuf {
    let name = doc.file_name().and_then(|n| n.to_str()).unwrap_or("doc");
    doc.with_file_name(format!("{name}.expected.json"))
}

#[test]
fn corpus_records_match_expected() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let bless = std::env::var_os("CUFMINUTES_BLESS").is_some();
    let docs = documents(&dir);
    assert!(docs.len() >= 3, "the corpus holds at least three documents");
    let mut failures = Vec::new();
    for doc in docs {
        let bytes = fs::read(&doc).expect("readable");
        let name = doc.file_name().and_then(|n| n.to_str()).unwrap_or("doc");
        let record = cufminutes::parse_bytes(&bytes, Some(name)).expect("corpus documents parse");
        let actual = record.to_json() + "\n";
        let exp = expected_path(&doc);
        if bless {
            fs::write(&exp, &actual).expect("writable");
            continue;
        }
        match fs::read_to_string(&exp) {
            Ok(expected) if expected == actual => {}
            Ok(expected) => {
                let first = expected
                    .lines()
                    .zip(actual.lines())
                    .position(|(a, b)| a != b)
                    .unwrap_or(0);
                failures.push(format!(
                    "{name}: differs from {} at line {}:\n  expected: {}\n  actual:   {}",
                    exp.display(),
                    first + 1,
                    expected.lines().nth(first).unwrap_or(""),
                    actual.lines().nth(first).unwrap_or("")
                ));
            }
            Err(_) => failures.push(format!(
                "{name}: no {} (run with CUFMINUTES_BLESS=1)",
                exp.display()
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

//! The records of the shared corpora (seed, dev, dev2; every text, DOCX and ODT form) stay
//! byte-identical unless a change means to alter them: a change made for speed must not
//! change a single field. Each record's JSON, with `source.path` reduced to the file name, is
//! hashed and compared with `tests/shared_records.sha256`, which holds digests only (of the
//! records and of the file names, no text of the corpora). After a change that improves recognition on purpose, check the differences
//! with the corpus scorer, then write the file again with `CUFMINUTES_BLESS=1 cargo test
//! --test shared_records`.

use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const CORPORA: [&str; 3] = ["seed", "dev", "dev2"];
const FORMS: [&str; 4] = ["md", "txt", "docx", "odt"];

fn shared_root() -> PathBuf {
    std::env::var_os("CUFMINUTES_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"))
}

/// Digest of "corpus/file" -> digest of its record, for every document of the corpora.
fn digests(root: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for corpus in CORPORA {
        let dir = root.join("corpus").join(corpus);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if !FORMS.contains(&ext) || name.starts_with("README") {
                continue;
            }
            let digest = match cufminutes::parse_path(&path) {
                Ok(mut record) => {
                    record.source.path = Some(name.to_string());
                    let json = serde_json::to_string(&record).expect("a record serialises");
                    format!("{:x}", Sha256::digest(json.as_bytes()))
                }
                Err(e) => format!("error {}", e.kind()),
            };
            // Files are named by a digest too, so that this project holds no corpus names.
            let key = Sha256::digest(format!("{corpus}/{name}").as_bytes());
            out.insert(format!("{:x}", key)[..16].to_string(), digest);
        }
    }
    out
}

#[test]
fn shared_corpus_records_are_unchanged() {
    let root = shared_root();
    if !root.join("corpus").is_dir() {
        eprintln!(
            "SKIPPED shared_corpus_records_are_unchanged: {} has no corpus (set CUFMINUTES_SHARED)",
            root.display()
        );
        return;
    }
    let now = digests(&root);
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/shared_records.sha256");
    if std::env::var_os("CUFMINUTES_BLESS").is_some() {
        let text: String = now.iter().map(|(k, v)| format!("{v}  {k}\n")).collect();
        std::fs::write(&file, text).expect("tests/ is writable");
        return;
    }
    let expected: BTreeMap<String, String> = std::fs::read_to_string(&file)
        .expect("tests/shared_records.sha256 exists")
        .lines()
        .filter_map(|l| l.split_once("  "))
        .map(|(d, k)| (k.to_string(), d.to_string()))
        .collect();
    let changed: Vec<&String> = expected
        .iter()
        .filter(|(k, d)| now.get(*k) != Some(*d))
        .map(|(k, _)| k)
        .chain(now.keys().filter(|k| !expected.contains_key(*k)))
        .collect();
    assert!(
        changed.is_empty(),
        "{} record(s) changed: {changed:?} (see this file's comment to bless a change made on purpose)",
        changed.len()
    );
}

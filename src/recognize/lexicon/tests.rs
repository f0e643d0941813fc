//! The lexicon is data: every entry folded (as the analysed-text layer folds the text it
//! is matched against) and written once in its list.

use crate::recognize::analysis::fold;
use crate::recognize::lexicon;
use std::collections::HashSet;

/// The lexicon's source, one file per convention.
const SOURCES: [&str; 9] = [
    include_str!("attendance.rs"),
    include_str!("header.rs"),
    include_str!("officers.rs"),
    include_str!("outcomes.rs"),
    include_str!("outline.rs"),
    include_str!("owners.rs"),
    include_str!("people.rs"),
    include_str!("speech.rs"),
    include_str!("tasks.rs"),
];

/// Every word list (`pub const NAME: &[&str]`), read from the lexicon's source so that a
/// list added there is checked without being named here: its name and its entries.
fn word_lists() -> Vec<(String, Vec<&'static str>)> {
    let mut out: Vec<(String, Vec<&'static str>)> = Vec::new();
    let mut open = false;
    for line in SOURCES.iter().flat_map(|s| s.lines()) {
        let line = line.trim();
        if let Some(head) = line.strip_prefix("pub const ") {
            open = head.contains(": &[&str] = &[");
            if open {
                let name = head.split(':').next().unwrap_or("").to_string();
                out.push((name, Vec::new()));
            }
        }
        if !open {
            continue;
        }
        let body = line.split_once("= &[").map_or(line, |(_, b)| b);
        let entries = &mut out.last_mut().expect("a list is open").1;
        // Entries are the quoted strings of the line, comments aside.
        let code = body.split("//").next().unwrap_or("");
        entries.extend(code.split('"').skip(1).step_by(2));
        if line.ends_with("];") {
            open = false;
        }
    }
    out
}

/// Lists of pairs whose first element is matched on folded text.
fn keyed_lists() -> Vec<(&'static str, Vec<&'static str>)> {
    vec![
        (
            "CIVILITIES",
            lexicon::CIVILITIES.iter().map(|(k, _)| *k).collect(),
        ),
        (
            "ATTENDANCE_HEADINGS",
            lexicon::ATTENDANCE_HEADINGS
                .iter()
                .map(|(k, _)| *k)
                .collect(),
        ),
        (
            "SPEECH_VERBS_ER",
            lexicon::SPEECH_VERBS_ER.iter().map(|(k, _)| *k).collect(),
        ),
        (
            "SPEECH_VERBS_OTHER",
            lexicon::SPEECH_VERBS_OTHER
                .iter()
                .flat_map(|(f, _)| f.iter().copied())
                .collect(),
        ),
        ("MONTHS", lexicon::MONTHS.iter().map(|(k, _)| *k).collect()),
        (
            "NUMBER_WORDS",
            lexicon::NUMBER_WORDS.iter().map(|(k, _)| *k).collect(),
        ),
        (
            "ENTRY_MARKERS",
            lexicon::ENTRY_MARKERS
                .iter()
                .flat_map(|(f, _)| f.iter().copied())
                .collect(),
        ),
        (
            "ATTENDANCE_WORDS",
            lexicon::ATTENDANCE_WORDS.iter().map(|(k, _)| *k).collect(),
        ),
        (
            "TABLE_FIELDS",
            lexicon::TABLE_FIELDS.iter().map(|(k, _)| *k).collect(),
        ),
    ]
}

#[test]
fn every_word_list_is_read() {
    let lists = word_lists();
    assert!(lists.len() >= 50, "{} word lists found", lists.len());
    let roles = lists
        .iter()
        .find(|(n, _)| n == "ROLE_NOUNS")
        .expect("ROLE_NOUNS");
    assert_eq!(roles.1.len(), lexicon::ROLE_NOUNS.len());
}

#[test]
fn entries_are_folded() {
    let mut bad = Vec::new();
    let all = word_lists()
        .into_iter()
        .chain(keyed_lists().into_iter().map(|(n, l)| (n.to_string(), l)));
    for (name, list) in all {
        for e in list {
            if fold(e) != e || e.trim() != e || e.is_empty() {
                bad.push(format!("{name}: {e:?}"));
            }
        }
    }
    assert!(bad.is_empty(), "entries not folded: {bad:?}");
}

#[test]
fn entries_are_unique_in_their_list() {
    let mut dup = Vec::new();
    let all = word_lists()
        .into_iter()
        .chain(keyed_lists().into_iter().map(|(n, l)| (n.to_string(), l)));
    for (name, list) in all {
        let mut seen = HashSet::new();
        for e in list {
            if !seen.insert(e) {
                dup.push(format!("{name}: {e:?}"));
            }
        }
    }
    assert!(dup.is_empty(), "entries written twice: {dup:?}");
}

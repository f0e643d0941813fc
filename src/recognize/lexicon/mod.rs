//! French knowledge of minutes, in one place, grouped by convention: names, roles and
//! organisations (`people`), attendance (`attendance`), officers of the sitting
//! (`officers`), speech (`speech`), the header (`header`), the outline (`outline`), its
//! outcomes (`outcomes`), the words of tasks (`tasks`), and owners and deadlines of
//! outcomes (`owners`).
//!
//! Every list is matched on folded text (lower case, no accents, ligatures undone), so
//! entries are written folded, each once (a test checks both). Two match modes serve them
//! all, each a single pass of one automaton per list compiled on first use:
//! - [`starts_with_any`]: an entry opens the text, ending at a word boundary (headings,
//!   labels, role and organisation heads);
//! - [`contains_any`]: an entry stands anywhere at word boundaries (cues and phrases).
//!
//! Lists of pairs (a word and what it means) are looked up by their first element. An entry
//! that starts or ends with a non-letter ("d'", "(excuse") matches without a boundary on
//! that side. A recognizer that needs a new word adds it to the list of its convention.

mod attendance;
mod header;
mod officers;
mod outcomes;
mod outline;
mod owners;
mod people;
mod speech;
mod tasks;

pub use attendance::*;
pub use header::*;
pub use officers::*;
pub use outcomes::*;
pub use outline::*;
pub use owners::*;
pub use people::*;
pub use speech::*;
pub use tasks::*;

use aho_corasick::AhoCorasick;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

thread_local! {
    /// One automaton per word list, keyed by the list's address and length: lists are
    /// `'static`, so a key never names two lists.
    static AUTOMATA: RefCell<HashMap<(usize, usize), Rc<Automaton>>> =
        RefCell::new(HashMap::new());
}

struct Automaton {
    ac: AhoCorasick,
    longest: usize,
}

fn automaton(entries: &'static [&'static str]) -> Rc<Automaton> {
    let key = (entries.as_ptr() as usize, entries.len());
    AUTOMATA.with(|cell| {
        Rc::clone(cell.borrow_mut().entry(key).or_insert_with(|| {
            Rc::new(Automaton {
                // Entries are plain strings: building cannot fail short of a size limit
                // no word list comes near.
                ac: AhoCorasick::new(entries).expect("word list compiles"),
                longest: entries.iter().map(|e| e.len()).max().unwrap_or(0),
            })
        }))
    })
}

/// Whether `entry`, found at `start..end` of `folded`, stands at word boundaries.
fn at_boundaries(folded: &str, entry: &str, start: usize, end: usize) -> bool {
    let before_ok = folded[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
        || entry.starts_with(|e: char| !e.is_alphanumeric());
    let after_ok = folded[end..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
        || entry.ends_with(|e: char| !e.is_alphanumeric());
    before_ok && after_ok
}

/// Whether `folded` starts with one of `entries` as whole words.
pub fn starts_with_any(folded: &str, entries: &'static [&'static str]) -> bool {
    let a = automaton(entries);
    for m in a.ac.find_overlapping_iter(folded) {
        // Matches come by end position: past the longest entry none can start at 0.
        if m.end() > a.longest {
            break;
        }
        if m.start() == 0 && at_boundaries(folded, entries[m.pattern().as_usize()], 0, m.end()) {
            return true;
        }
    }
    false
}

/// Every entry of `entries` standing in `folded` at word boundaries, as (start, entry), in
/// order of their end: one pass of the list's automaton.
pub fn find_all<'a>(
    folded: &'a str,
    entries: &'static [&'static str],
) -> impl Iterator<Item = (usize, &'static str)> + 'a {
    let a = automaton(entries);
    let found: Vec<(usize, &'static str)> =
        a.ac.find_overlapping_iter(folded)
            .map(|m| (m.start(), entries[m.pattern().as_usize()]))
            .filter(|(start, e)| at_boundaries(folded, e, *start, start + e.len()))
            .collect();
    found.into_iter()
}

/// Whether `folded` starts with `entry` followed by a word boundary.
pub fn starts_with_word(folded: &str, entry: &str) -> bool {
    folded.starts_with(entry) && at_boundaries(folded, entry, 0, entry.len())
}

/// Whether `folded` contains one of `entries` as whole words.
pub fn contains_any(folded: &str, entries: &'static [&'static str]) -> bool {
    let a = automaton(entries);
    a.ac.find_overlapping_iter(folded)
        .any(|m| at_boundaries(folded, entries[m.pattern().as_usize()], m.start(), m.end()))
}

/// Whether `folded` contains `entry` at word boundaries.
pub fn contains_word(folded: &str, entry: &str) -> bool {
    folded
        .match_indices(entry)
        .any(|(start, _)| at_boundaries(folded, entry, start, start + entry.len()))
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod matching_tests {
    use super::*;

    static HEADS: &[&str] = &["ordre du jour", "ordre", "divers", "d'"];

    #[test]
    fn an_entry_opens_the_text_at_a_word_boundary() {
        assert!(starts_with_any("ordre du jour : budget", HEADS));
        assert!(starts_with_any("ordre", HEADS));
        assert!(!starts_with_any("ordres de mission", HEADS));
        assert!(starts_with_any("d'autres points", HEADS));
        assert!(!starts_with_any("points divers", HEADS));
    }

    #[test]
    fn an_entry_anywhere_at_word_boundaries() {
        assert!(contains_any("points divers et varies", HEADS));
        assert!(!contains_any("diversite des ordres", HEADS));
        assert!(contains_any("l'ordre du jour", HEADS));
    }
}

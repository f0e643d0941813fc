//! Tables flattened column by column: a run of bare names followed by as many labels.

use super::lines::Line;
use super::names::take_name;
use super::participants::Person;
use super::text::split_colon;

/// A page whose table was flattened column by column: a run of bare names ("Mme ARZEL",
/// "M. BESSON", ...) followed by as many short labels ("CGT", "FO (suppléante)", ...), the
/// k-th label belonging to the k-th name.
#[derive(Default)]
pub(crate) struct ColumnRun {
    /// People read from consecutive lines that held one bare name each.
    names: Vec<usize>,
    /// Labels given so far; the run pairs only when the labels that follow match its length.
    given: usize,
    paired: bool,
}

/// Fewest names that make a flattened column.
pub(crate) const MIN_COLUMN_RUN: usize = 2;

/// Most words of one cell of a flattened column of labels.
const MAX_COLUMN_LABEL_WORDS: usize = 8;

/// Whether a line can be a cell of a flattened column of labels.
pub(crate) fn column_label(text: &str) -> bool {
    let t = text.trim();
    t.split_whitespace().count() <= MAX_COLUMN_LABEL_WORDS
        && !t.ends_with([';', '!', '?', ':'])
        && take_name(t).is_none()
        && split_colon(t).is_none()
        && t.chars().any(char::is_alphabetic)
}

impl ColumnRun {
    /// Records the people a line gave: one bare name extends the run, anything else ends it.
    pub(crate) fn after_people(&mut self, text: &str, before: usize, people: &[Person]) {
        let bare = people.len() == before + 1
            && take_name(text.trim()).is_some_and(|n| n.rest.trim().is_empty());
        if self.given > 0 || !bare {
            *self = ColumnRun::default();
        }
        if bare {
            self.names.push(before);
        }
    }

    /// Whether labels of a paired run are being given.
    pub(crate) fn in_labels(&self) -> bool {
        self.paired && self.given > 0 && self.given < self.names.len()
    }

    /// The person the label at line `i` belongs to, when it is the next label of a run of
    /// labels as long as the run of names.
    pub(crate) fn next_label(&mut self, lines: &[Line], i: usize) -> Option<usize> {
        if self.names.len() < MIN_COLUMN_RUN || !column_label(&lines[i].text) {
            // Any other line between the names and their labels breaks the run.
            *self = ColumnRun::default();
            return None;
        }
        if self.given == 0 {
            let labels = lines[i..]
                .iter()
                .take_while(|l| column_label(&l.text))
                .count();
            self.paired = labels >= self.names.len();
        }
        if !self.paired || self.given >= self.names.len() {
            *self = ColumnRun::default();
            return None;
        }
        self.given += 1;
        Some(self.names[self.given - 1])
    }
}

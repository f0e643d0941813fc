//! List numbering: counters per list, continued lists, and the rendered labels ("1.", "a)").

use std::collections::HashMap;

use crate::model::{Marker, MarkerKind};

use super::styles::{ListLevel, Styles};
use crate::read::counters::{letters, roman};

/// Counters of one list (and the lists nested in it), one per level; `None` before the
/// first item of that level.
#[derive(Debug, Clone, Default)]
pub struct Counters {
    levels: [Option<u32>; 10],
}

/// Remembers where lists ended so a later list can continue their numbering.
#[derive(Debug, Default)]
pub struct Numbering {
    by_style: HashMap<String, Counters>,
    by_id: HashMap<String, Counters>,
    last: Option<Counters>,
}

impl Numbering {
    /// Counters for a new top-level list.
    pub fn open(
        &self,
        style: Option<&str>,
        continue_numbering: bool,
        continue_list: Option<&str>,
    ) -> Counters {
        if let Some(id) = continue_list {
            if let Some(c) = self.by_id.get(id) {
                return c.clone();
            }
        }
        if continue_numbering {
            let found = style
                .and_then(|s| self.by_style.get(s))
                .or(self.last.as_ref());
            if let Some(c) = found {
                return c.clone();
            }
        }
        Counters::default()
    }

    /// Records where a top-level list ended.
    pub fn close(&mut self, style: Option<&str>, id: Option<&str>, counters: &Counters) {
        if let Some(s) = style {
            self.by_style.insert(s.to_string(), counters.clone());
        }
        if let Some(id) = id {
            self.by_id.insert(id.to_string(), counters.clone());
        }
        self.last = Some(counters.clone());
    }
}

/// The marker of the next item at `level` (0-based) of a list styled `style`, advancing the
/// counters. `start` is the item's own `text:start-value`.
pub fn next_marker(
    styles: &Styles,
    style: Option<&str>,
    level: usize,
    start: Option<u32>,
    counters: &mut Counters,
) -> Marker {
    let level = level.min(9);
    let spec = style.and_then(|s| styles.list_level(s, level));
    let Some(spec) = spec else {
        return Marker::bullet();
    };
    let Some(format) = spec.num_format.as_deref() else {
        return bullet_marker(spec);
    };
    let value = match (start, counters.levels[level]) {
        (Some(s), _) => s,
        (None, Some(prev)) => prev.saturating_add(1),
        (None, None) => spec.start_value,
    };
    counters.levels[level] = Some(value);
    for deeper in counters.levels.iter_mut().skip(level + 1) {
        *deeper = None;
    }
    let first = (level + 1).saturating_sub(spec.display_levels as usize);
    let mut parts = Vec::new();
    for l in first..=level {
        let fmt = if l == level {
            Some(format)
        } else {
            style
                .and_then(|s| styles.list_level(s, l))
                .and_then(|sp| sp.num_format.as_deref())
        };
        let v = if l == level {
            Some(value)
        } else {
            counters.levels[l]
        };
        if let (Some(fmt), Some(v)) = (fmt, v) {
            parts.push(format_number(v, fmt));
        }
    }
    let label = format!("{}{}{}", spec.prefix, parts.join("."), spec.suffix);
    Marker {
        kind: kind_of(format),
        label: Some(label),
        checked: None,
    }
}

fn bullet_marker(spec: &ListLevel) -> Marker {
    match spec.bullet_char.as_deref() {
        Some("☐") => Marker {
            kind: MarkerKind::Checkbox,
            label: None,
            checked: Some(false),
        },
        Some("☑") | Some("☒") => Marker {
            kind: MarkerKind::Checkbox,
            label: None,
            checked: Some(true),
        },
        _ => Marker::bullet(),
    }
}

fn kind_of(format: &str) -> MarkerKind {
    match format {
        "a" | "A" => MarkerKind::Letter,
        "i" | "I" => MarkerKind::Roman,
        _ => MarkerKind::Decimal,
    }
}

/// Renders a counter in an ODF `style:num-format`.
pub fn format_number(v: u32, format: &str) -> String {
    match format {
        "a" => letters(v, false),
        "A" => letters(v, true),
        "i" => roman(v).to_lowercase(),
        "I" => roman(v),
        _ => v.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(format_number(3, "1"), "3");
        assert_eq!(format_number(3, "a"), "c");
        assert_eq!(format_number(28, "A"), "BB");
        assert_eq!(format_number(4, "i"), "iv");
        assert_eq!(format_number(1994, "I"), "MCMXCIV");
    }
}

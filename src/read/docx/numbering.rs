//! List numbering (`numbering.xml`): abstract definitions, instances with level overrides,
//! running counters and the rendering of `lvlText` into labels ("%1.%2" → "2.3").

use std::collections::{HashMap, HashSet};

use crate::model::{Marker, MarkerKind};

use super::xml::{Element, Keep};
use crate::read::counters::{letters, roman};

/// What `Numbering::from_xml` reads of `numbering.xml`: every other empty element and
/// attribute is left out of the tree.
pub(crate) const KEEP: Keep = Keep {
    element: |name| {
        matches!(
            name,
            "abstractNum"
                | "abstractNumId"
                | "lvl"
                | "numStyleLink"
                | "num"
                | "lvlOverride"
                | "startOverride"
                | "numFmt"
                | "lvlText"
                | "start"
                | "isLgl"
        )
    },
    attribute: |name| matches!(name, "abstractNumId" | "numId" | "ilvl" | "val"),
};

/// Levels a list may have (`ilvl` 0-8).
const LEVELS: usize = 9;

/// One list level.
#[derive(Debug, Clone, Default)]
struct Level {
    format: String,
    text: Option<String>,
    start: u32,
    legal: bool,
}

impl Level {
    fn from_xml(lvl: &Element) -> Self {
        Level {
            format: lvl.child_val("numFmt").unwrap_or("decimal").to_string(),
            text: lvl.child_val("lvlText").map(str::to_string),
            start: lvl
                .child_val("start")
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(1),
            legal: lvl.child("isLgl").is_some(),
        }
    }
}

/// A list instance (`w:num`): its abstract definition and overrides.
#[derive(Debug, Default)]
struct Num {
    abstract_id: String,
    start_overrides: HashMap<u8, u32>,
    level_overrides: HashMap<u8, Level>,
}

/// The numbering part plus the counters of the part being read.
#[derive(Debug, Default)]
pub struct Numbering {
    abstracts: HashMap<String, HashMap<u8, Level>>,
    nums: HashMap<String, Num>,
    /// Abstract definitions that only point at a numbering style (`w:numStyleLink`).
    style_links: Vec<(String, String)>,
    counters: HashMap<String, [Option<u32>; LEVELS]>,
    /// Instances already counted (their start overrides have been applied).
    started: HashSet<String>,
}

fn ilvl_of(e: &Element) -> Option<u8> {
    e.attr("ilvl")
        .and_then(|v| v.trim().parse().ok())
        .filter(|l: &u8| (*l as usize) < LEVELS)
}

impl Numbering {
    /// Reads `numbering.xml`.
    pub fn from_xml(root: &Element) -> Self {
        let mut n = Numbering::default();
        for a in root.children_named("abstractNum") {
            let Some(id) = a.attr("abstractNumId") else {
                continue;
            };
            let levels = a
                .children_named("lvl")
                .filter_map(|l| Some((ilvl_of(l)?, Level::from_xml(l))))
                .collect();
            if let Some(link) = a.child_val("numStyleLink") {
                n.style_links.push((id.to_string(), link.to_string()));
            }
            n.abstracts.insert(id.to_string(), levels);
        }
        for num in root.children_named("num") {
            let Some(id) = num.attr("numId") else {
                continue;
            };
            let mut inst = Num {
                abstract_id: num.child_val("abstractNumId").unwrap_or("").to_string(),
                ..Num::default()
            };
            for o in num.children_named("lvlOverride") {
                let Some(ilvl) = ilvl_of(o) else {
                    continue;
                };
                if let Some(start) = o.child_val("startOverride").and_then(|v| v.parse().ok()) {
                    inst.start_overrides.insert(ilvl, start);
                }
                if let Some(lvl) = o.child("lvl") {
                    inst.level_overrides.insert(ilvl, Level::from_xml(lvl));
                }
            }
            n.nums.insert(id.to_string(), inst);
        }
        n
    }

    /// Gives abstract definitions that link to a numbering style the levels of the list
    /// that style numbers with (`style_num` maps a style id to its `numId`).
    pub fn resolve_style_links(&mut self, style_num: impl Fn(&str) -> Option<String>) {
        for (abstract_id, style) in std::mem::take(&mut self.style_links) {
            let target = style_num(&style)
                .and_then(|num_id| self.nums.get(&num_id))
                .map(|num| num.abstract_id.clone())
                .filter(|a| *a != abstract_id);
            if let Some(levels) = target.and_then(|a| self.abstracts.get(&a)).cloned() {
                let own = self.abstracts.entry(abstract_id).or_default();
                if own.is_empty() {
                    *own = levels;
                }
            }
        }
    }

    /// Forgets the counters (each part numbers its lists afresh).
    pub fn reset_counters(&mut self) {
        self.counters.clear();
        self.started.clear();
    }

    fn level(&self, num: &Num, ilvl: u8) -> Option<Level> {
        let mut lvl = num
            .level_overrides
            .get(&ilvl)
            .or_else(|| self.abstracts.get(&num.abstract_id)?.get(&ilvl))
            .cloned()?;
        if let Some(start) = num.start_overrides.get(&ilvl) {
            lvl.start = *start;
        }
        Some(lvl)
    }

    /// Counts one paragraph of list `num_id` at level `ilvl` and returns its marker, or
    /// `None` when the list is unknown, numbering is switched off (`numId` 0) or the level
    /// shows nothing.
    pub fn next_marker(&mut self, num_id: &str, ilvl: u8) -> Option<Marker> {
        let num = self.nums.get(num_id)?;
        let ilvl = ilvl.min(LEVELS as u8 - 1);
        let levels: Vec<Option<Level>> = (0..LEVELS as u8).map(|l| self.level(num, l)).collect();
        let this = levels.get(ilvl as usize).cloned().flatten()?;
        // Instances of one abstract definition share its counters, as in Word; an instance
        // that overrides a level's start restarts that level when it is first used.
        let overridden: Vec<u8> = if self.started.contains(num_id) {
            Vec::new()
        } else {
            num.start_overrides
                .keys()
                .chain(num.level_overrides.keys())
                .copied()
                .collect()
        };
        let key = num.abstract_id.clone();
        self.started.insert(num_id.to_string());
        let counters = self.counters.entry(key).or_insert([None; LEVELS]);
        for l in overridden {
            if let Some(slot) = counters.get_mut(l as usize) {
                *slot = None;
            }
        }
        let i = ilvl as usize;
        for (l, slot) in counters.iter_mut().enumerate().take(i) {
            if slot.is_none() {
                *slot = Some(levels.get(l).cloned().flatten().map_or(1, |v| v.start));
            }
        }
        let value = match counters.get(i).copied().flatten() {
            Some(v) => v.saturating_add(1),
            None => this.start,
        };
        if let Some(slot) = counters.get_mut(i) {
            *slot = Some(value);
        }
        for slot in counters.iter_mut().skip(i + 1) {
            *slot = None;
        }
        let counters = *counters;
        let kind = kind_of(&this.format);
        let text = this.text.clone().unwrap_or_default();
        if this.format == "none" && text.trim().is_empty() {
            return None;
        }
        if kind == MarkerKind::Bullet {
            return Some(Marker::bullet());
        }
        let label = render_label(&text, &levels, &counters, this.legal);
        Some(Marker {
            kind,
            label: Some(label).filter(|l| !l.trim().is_empty()),
            checked: None,
        })
    }
}

fn kind_of(format: &str) -> MarkerKind {
    match format {
        "bullet" => MarkerKind::Bullet,
        "lowerLetter" | "upperLetter" => MarkerKind::Letter,
        "lowerRoman" | "upperRoman" => MarkerKind::Roman,
        _ => MarkerKind::Decimal,
    }
}

/// Replaces `%1`..`%9` in `lvlText` with the counters of those levels in their formats.
fn render_label(
    text: &str,
    levels: &[Option<Level>],
    counters: &[Option<u32>; LEVELS],
    legal: bool,
) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '%' {
            if let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                chars.next();
                let l = (d as usize).saturating_sub(1);
                let value = counters.get(l).copied().flatten().unwrap_or(1);
                let format = levels
                    .get(l)
                    .cloned()
                    .flatten()
                    .map(|v| v.format)
                    .unwrap_or_default();
                let format = if legal { "decimal" } else { format.as_str() };
                out.push_str(&format_number(value, format));
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Formats a counter value: decimal, letters (a..z, aa..), roman numerals.
pub fn format_number(n: u32, format: &str) -> String {
    match format {
        "lowerLetter" => letters(n, false),
        "upperLetter" => letters(n, true),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        "decimalZero" if n < 10 => format!("0{n}"),
        "bullet" | "none" => String::new(),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::format_number;

    #[test]
    fn formats_counters() {
        assert_eq!(format_number(3, "lowerLetter"), "c");
        assert_eq!(format_number(28, "lowerLetter"), "bb");
        assert_eq!(format_number(14, "upperRoman"), "XIV");
        assert_eq!(format_number(4, "lowerRoman"), "iv");
        assert_eq!(format_number(7, "decimal"), "7");
    }
}

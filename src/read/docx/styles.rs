//! Styles: `basedOn` inheritance of run formatting, outline levels and numbering, and the
//! recognition of heading and title styles across languages.
//!
//! Style ids are localized by Word (`Titre1`, `berschrift1`) and names may be English
//! ("heading 1") or localized ("Titre 1"), so headings come from outline levels first and
//! then from the style *name*; the id is used only when a style has no name.

use std::collections::HashMap;

use super::xml::{on_off, Element, Keep};

/// Longest `basedOn` chain followed (chains may be cyclic in broken files).
const MAX_STYLE_CHAIN: usize = 32;

/// What `Styles::from_xml` reads of `styles.xml`: every other empty element and
/// attribute is left out of the tree.
pub(crate) const KEEP: Keep = Keep {
    element: |name| {
        matches!(
            name,
            "docDefaults"
                | "rPrDefault"
                | "rPr"
                | "style"
                | "pPr"
                | "numPr"
                | "numId"
                | "ilvl"
                | "outlineLvl"
                | "name"
                | "basedOn"
                | "b"
                | "i"
                | "caps"
                | "smallCaps"
                | "vanish"
                | "vertAlign"
        )
    },
    attribute: |name| matches!(name, "styleId" | "type" | "default" | "val"),
};

/// Run formatting where `None` means "not said here, inherit".
#[derive(Debug, Clone, Copy, Default)]
pub struct RunProps {
    pub bold: Option<bool>,
    pub italic: Option<bool>,
    pub superscript: Option<bool>,
    pub caps: Option<bool>,
    pub hidden: Option<bool>,
}

impl RunProps {
    /// Reads a `w:rPr` element.
    pub fn from_rpr(rpr: &Element) -> Self {
        let mut p = RunProps::default();
        for e in rpr.elements() {
            match e.name.as_str() {
                "b" => p.bold = Some(on_off(e)),
                "i" => p.italic = Some(on_off(e)),
                "caps" | "smallCaps" => {
                    // smallCaps and caps both read as capitals; either one switched on wins.
                    p.caps = Some(p.caps.unwrap_or(false) || on_off(e));
                }
                "vanish" => p.hidden = Some(on_off(e)),
                "vertAlign" => p.superscript = Some(e.attr("val") == Some("superscript")),
                _ => {}
            }
        }
        p
    }

    /// `self` overridden by whatever `over` says.
    pub fn then(self, over: RunProps) -> RunProps {
        RunProps {
            bold: over.bold.or(self.bold),
            italic: over.italic.or(self.italic),
            superscript: over.superscript.or(self.superscript),
            caps: over.caps.or(self.caps),
            hidden: over.hidden.or(self.hidden),
        }
    }
}

/// One style definition.
#[derive(Debug, Default)]
struct Style {
    paragraph: bool,
    name: Option<String>,
    based_on: Option<String>,
    outline: Option<u8>,
    num_id: Option<String>,
    ilvl: Option<u8>,
    rpr: RunProps,
}

/// The styles part, resolved on demand.
#[derive(Debug, Default)]
pub struct Styles {
    styles: HashMap<String, Style>,
    default_paragraph: Option<String>,
    defaults: RunProps,
}

/// Numbering requested by a paragraph or its style.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NumRef {
    pub num_id: Option<String>,
    pub ilvl: Option<u8>,
}

impl NumRef {
    /// Reads a `w:numPr`.
    pub fn from_numpr(numpr: &Element) -> Self {
        NumRef {
            num_id: numpr.child_val("numId").map(|s| s.trim().to_string()),
            ilvl: numpr.child_val("ilvl").and_then(|v| v.trim().parse().ok()),
        }
    }
}

/// An outline level from `w:outlineLvl` (0-8 → heading 1-9; 9 means body text).
pub fn outline_of(ppr: &Element) -> Option<u8> {
    let v: u8 = ppr.child_val("outlineLvl")?.trim().parse().ok()?;
    (v < 9).then_some(v + 1)
}

impl Styles {
    /// Reads `styles.xml`.
    pub fn from_xml(root: &Element) -> Self {
        let mut s = Styles::default();
        if let Some(rpr) = root
            .child("docDefaults")
            .and_then(|d| d.child("rPrDefault"))
            .and_then(|d| d.child("rPr"))
        {
            s.defaults = RunProps::from_rpr(rpr);
        }
        for st in root.children_named("style") {
            let Some(id) = st.attr("styleId") else {
                continue;
            };
            let paragraph = st.attr("type").unwrap_or("paragraph") == "paragraph";
            let ppr = st.child("pPr");
            let numpr = ppr.and_then(|p| p.child("numPr")).map(NumRef::from_numpr);
            let style = Style {
                paragraph,
                name: st.child_val("name").map(str::to_string),
                based_on: st.child_val("basedOn").map(str::to_string),
                outline: ppr.and_then(outline_of),
                num_id: numpr.as_ref().and_then(|n| n.num_id.clone()),
                ilvl: numpr.and_then(|n| n.ilvl),
                rpr: st.child("rPr").map(RunProps::from_rpr).unwrap_or_default(),
            };
            if paragraph && st.attr("default").is_some_and(|d| d == "1" || d == "true") {
                s.default_paragraph = Some(id.to_string());
            }
            s.styles.insert(id.to_string(), style);
        }
        s
    }

    /// The style id a paragraph uses: its own `pStyle` or the default paragraph style.
    pub fn paragraph_style<'a>(&'a self, own: Option<&'a str>) -> Option<&'a str> {
        own.or(self.default_paragraph.as_deref())
    }

    /// The style and its ancestors, nearest first.
    fn chain<'a>(&'a self, id: Option<&'a str>) -> Vec<&'a Style> {
        let mut out = Vec::new();
        let mut cur = id;
        while let Some(id) = cur {
            if out.len() >= MAX_STYLE_CHAIN {
                break;
            }
            let Some(st) = self.styles.get(id) else {
                break;
            };
            out.push(st);
            cur = st.based_on.as_deref();
        }
        out
    }

    /// Run formatting from document defaults and a style chain (farthest ancestor first).
    pub fn run_props(&self, id: Option<&str>) -> RunProps {
        self.chain(id)
            .iter()
            .rev()
            .fold(RunProps::default(), |acc, s| acc.then(s.rpr))
    }

    /// Document-default run formatting.
    pub fn defaults(&self) -> RunProps {
        self.defaults
    }

    /// Numbering set by a paragraph style or its ancestors.
    pub fn numbering(&self, id: Option<&str>) -> NumRef {
        let chain = self.chain(id);
        NumRef {
            num_id: chain.iter().find_map(|s| s.num_id.clone()),
            ilvl: chain.iter().find_map(|s| s.ilvl),
        }
    }

    /// The heading level of a paragraph style: outline level, then a heading name pattern.
    pub fn heading_level(&self, id: Option<&str>) -> Option<u8> {
        let chain = self.chain(id);
        if let Some(level) = chain.iter().find_map(|s| s.outline) {
            return Some(level);
        }
        let first = chain.first()?;
        if !first.paragraph {
            return None;
        }
        chain
            .iter()
            .find_map(|s| s.name.as_deref().and_then(heading_name_level))
            .or_else(|| {
                // Only a style without a name is judged by its id.
                if first.name.is_none() {
                    id.and_then(heading_name_level)
                } else {
                    None
                }
            })
    }

    /// True when a paragraph style is the document title style (or derives from it).
    pub fn is_title(&self, id: Option<&str>) -> bool {
        let chain = self.chain(id);
        let own_name = chain.first().and_then(|s| s.name.as_deref()).unwrap_or("");
        if chain.is_empty() || is_subtitle_name(own_name) {
            return false;
        }
        chain
            .iter()
            .any(|s| s.name.as_deref().is_some_and(is_title_name))
            || (chain.first().is_some_and(|s| s.name.is_none()) && id.is_some_and(is_title_name))
    }
}

/// Words that start heading style names in the languages Word localizes them into.
const HEADING_WORDS: [&str; 14] = [
    "heading",
    "titre",
    "überschrift",
    "berschrift",
    "titolo",
    "título",
    "titulo",
    "kop",
    "rubrik",
    "overskrift",
    "nadpis",
    "nagłówek",
    "otsikko",
    "заголовок",
];

/// "heading 1", "Titre 1", "Heading1", "Überschrift 2" → level.
pub fn heading_name_level(name: &str) -> Option<u8> {
    let lower = name.trim().to_lowercase();
    let rest = HEADING_WORDS
        .iter()
        .find_map(|w| lower.strip_prefix(w))?
        .trim_start_matches([' ', '_', '-']);
    let level: u8 = rest.parse().ok()?;
    (1..=9).contains(&level).then_some(level)
}

/// Subtitle styles are sometimes based on the title style; they are not titles.
fn is_subtitle_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    [
        "subtitle",
        "sous-titre",
        "untertitel",
        "sottotitolo",
        "subtítulo",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// "Title", "Titre", "Titel", "Titolo", "Título".
fn is_title_name(name: &str) -> bool {
    matches!(
        name.trim().to_lowercase().as_str(),
        "title" | "titre" | "titel" | "titolo" | "título" | "titulo" | "tytuł" | "otsikko"
    )
}

#[cfg(test)]
mod tests {
    use super::heading_name_level;

    #[test]
    fn heading_names_in_several_languages() {
        assert_eq!(heading_name_level("heading 1"), Some(1));
        assert_eq!(heading_name_level("Titre 2"), Some(2));
        assert_eq!(heading_name_level("Titre1"), Some(1));
        assert_eq!(heading_name_level("Überschrift 3"), Some(3));
        assert_eq!(heading_name_level("Titre"), None);
        assert_eq!(heading_name_level("Heading 1 Char"), None);
    }
}

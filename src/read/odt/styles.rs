//! Paragraph, text and list styles: common styles (styles.xml) plus the automatic styles of
//! one part, with parent-style inheritance resolved on lookup.

use std::collections::HashMap;

use super::xml::Node;

/// How many parent links are followed before giving up (guards against cycles).
const MAX_STYLE_CHAIN: usize = 32;

/// Character properties that carry meaning; `None` means "inherit".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextProps {
    pub bold: Option<bool>,
    pub italic: Option<bool>,
    pub superscript: Option<bool>,
    pub uppercase: Option<bool>,
}

impl TextProps {
    /// `self` over `base`: set values in `self` win.
    pub fn over(self, base: TextProps) -> TextProps {
        TextProps {
            bold: self.bold.or(base.bold),
            italic: self.italic.or(base.italic),
            superscript: self.superscript.or(base.superscript),
            uppercase: self.uppercase.or(base.uppercase),
        }
    }

    fn from_node(props: &Node) -> TextProps {
        TextProps {
            bold: props.attr("fo:font-weight").map(is_bold),
            italic: props
                .attr("fo:font-style")
                .map(|v| v == "italic" || v == "oblique"),
            superscript: props.attr("style:text-position").map(is_super),
            uppercase: props.attr("fo:text-transform").map(|v| v == "uppercase"),
        }
    }
}

fn is_bold(v: &str) -> bool {
    match v.trim() {
        "bold" | "bolder" => true,
        other => other.parse::<u32>().map(|w| w >= 600).unwrap_or(false),
    }
}

/// "super 58%", "super", "33%" are raised; "sub", "0%", "-33%" are not.
fn is_super(v: &str) -> bool {
    let first = v.split_whitespace().next().unwrap_or("");
    if first == "super" {
        return true;
    }
    first
        .trim_end_matches('%')
        .parse::<f64>()
        .map(|p| p > 0.0)
        .unwrap_or(false)
}

#[derive(Debug, Default, Clone)]
struct Style {
    parent: Option<String>,
    display_name: Option<String>,
    text: TextProps,
    list_style: Option<String>,
    outline_level: Option<u8>,
}

/// How one level of a list style marks its items.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListLevel {
    /// `None` for bullets and images; the `style:num-format` ("1", "a", "I") otherwise.
    pub num_format: Option<String>,
    pub prefix: String,
    pub suffix: String,
    pub start_value: u32,
    /// How many levels the label shows ("1.2" shows two).
    pub display_levels: u32,
    pub bullet_char: Option<String>,
}

#[derive(Debug, Default)]
struct Maps {
    styles: HashMap<(String, String), Style>,
    defaults: HashMap<String, TextProps>,
    lists: HashMap<String, Vec<Option<ListLevel>>>,
}

impl Maps {
    fn add(&mut self, container: &Node) {
        for el in container.elems() {
            match el.name.as_str() {
                "style:style" => {
                    let (Some(name), Some(family)) =
                        (el.attr("style:name"), el.attr("style:family"))
                    else {
                        continue;
                    };
                    let text = el
                        .child("style:text-properties")
                        .map(TextProps::from_node)
                        .unwrap_or_default();
                    let style = Style {
                        parent: el.attr("style:parent-style-name").map(str::to_string),
                        display_name: el.attr("style:display-name").map(str::to_string),
                        text,
                        list_style: el.attr("style:list-style-name").map(str::to_string),
                        outline_level: el
                            .attr("style:default-outline-level")
                            .and_then(|v| v.parse().ok()),
                    };
                    self.styles
                        .insert((family.to_string(), name.to_string()), style);
                }
                "style:default-style" => {
                    if let (Some(family), Some(tp)) =
                        (el.attr("style:family"), el.child("style:text-properties"))
                    {
                        self.defaults
                            .insert(family.to_string(), TextProps::from_node(tp));
                    }
                }
                "text:list-style" => {
                    if let Some(name) = el.attr("style:name") {
                        self.lists.insert(name.to_string(), list_levels(el));
                    }
                }
                _ => {}
            }
        }
    }
}

fn list_levels(el: &Node) -> Vec<Option<ListLevel>> {
    let mut levels: Vec<Option<ListLevel>> = vec![None; 10];
    for lv in el.elems() {
        let numbered = match lv.name.as_str() {
            "text:list-level-style-number" => true,
            "text:list-level-style-bullet" | "text:list-level-style-image" => false,
            _ => continue,
        };
        let Some(idx) = lv
            .attr("text:level")
            .and_then(|v| v.parse::<usize>().ok())
            .filter(|l| (1..=10).contains(l))
        else {
            continue;
        };
        let num_format = if numbered {
            lv.attr("style:num-format")
                .filter(|f| !f.is_empty())
                .map(str::to_string)
        } else {
            None
        };
        levels[idx - 1] = Some(ListLevel {
            num_format,
            prefix: lv.attr("style:num-prefix").unwrap_or("").to_string(),
            suffix: lv.attr("style:num-suffix").unwrap_or("").to_string(),
            start_value: lv
                .attr("text:start-value")
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(1),
            display_levels: lv
                .attr("text:display-levels")
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(1)
                .clamp(1, 10),
            bullet_char: if numbered {
                None
            } else {
                lv.attr("text:bullet-char").map(str::to_string)
            },
        });
    }
    levels
}

/// The styles visible from one part: its automatic styles over the common styles.
#[derive(Debug, Default)]
pub struct Styles {
    common: Maps,
    automatic: Maps,
}

impl Styles {
    /// Builds from the root of styles.xml (common styles) and the root of the part being read
    /// (its automatic styles). When reading styles.xml itself, pass it twice.
    pub fn new(styles_root: Option<&Node>, part_root: &Node) -> Styles {
        let mut s = Styles::default();
        if let Some(root) = styles_root {
            if let Some(c) = root.child("office:styles") {
                s.common.add(c);
            }
        }
        if let Some(a) = part_root.child("office:automatic-styles") {
            s.automatic.add(a);
        }
        // Some producers put list styles or common styles in content.xml's office:styles.
        if let Some(c) = part_root.child("office:styles") {
            s.automatic.add(c);
        }
        s
    }

    fn lookup(&self, family: &str, name: &str, prefer_common: bool) -> Option<&Style> {
        let key = (family.to_string(), name.to_string());
        let (first, second) = if prefer_common {
            (&self.common, &self.automatic)
        } else {
            (&self.automatic, &self.common)
        };
        first.styles.get(&key).or_else(|| second.styles.get(&key))
    }

    /// The style and its ancestors, nearest first.
    fn chain<'a>(&'a self, family: &str, name: &'a str) -> Vec<(&'a str, &'a Style)> {
        let mut out = Vec::new();
        let mut cur = self.lookup(family, name, false).map(|s| (name, s));
        while let Some((n, s)) = cur {
            if out.len() >= MAX_STYLE_CHAIN {
                break;
            }
            out.push((n, s));
            cur = s
                .parent
                .as_deref()
                .and_then(|p| self.lookup(family, p, true).map(|s| (p, s)));
        }
        out
    }

    /// Character properties of a style with inheritance (not including the family default).
    pub fn text_props(&self, family: &str, name: &str) -> TextProps {
        self.chain(family, name)
            .into_iter()
            .fold(TextProps::default(), |acc, (_, s)| acc.over(s.text))
    }

    /// Character properties of the family's default style.
    pub fn default_props(&self, family: &str) -> TextProps {
        let a = self.automatic.defaults.get(family).copied();
        let c = self.common.defaults.get(family).copied();
        a.unwrap_or_default().over(c.unwrap_or_default())
    }

    /// The list style named by a paragraph style or its ancestors.
    pub fn paragraph_list_style(&self, name: &str) -> Option<String> {
        self.chain("paragraph", name)
            .into_iter()
            .find_map(|(_, s)| s.list_style.clone())
    }

    /// The outline level a paragraph style gives its headings by default.
    pub fn outline_level(&self, name: &str) -> Option<u8> {
        self.chain("paragraph", name)
            .into_iter()
            .find_map(|(_, s)| s.outline_level)
    }

    /// True when the paragraph style is, or derives from, the document title style.
    pub fn is_title(&self, name: &str) -> bool {
        let title = |n: &str| n == "Title" || n == "Titre";
        if title(name) {
            return true;
        }
        self.chain("paragraph", name)
            .into_iter()
            .any(|(n, s)| title(n) || s.display_name.as_deref().is_some_and(title))
    }

    /// One level (0-based) of a list style.
    pub fn list_level(&self, list_style: &str, level: usize) -> Option<&ListLevel> {
        let levels = self
            .automatic
            .lists
            .get(list_style)
            .or_else(|| self.common.lists.get(list_style))?;
        levels.get(level.min(9))?.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_position_reads_super() {
        assert!(is_super("super 58%"));
        assert!(is_super("33% 58%"));
        assert!(!is_super("sub 58%"));
        assert!(!is_super("0% 100%"));
        assert!(!is_super("-33%"));
    }

    #[test]
    fn weights() {
        assert!(is_bold("bold"));
        assert!(is_bold("700"));
        assert!(!is_bold("normal"));
        assert!(!is_bold("400"));
    }
}

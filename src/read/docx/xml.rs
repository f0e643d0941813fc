//! A small element tree over quick-xml events, addressed by local names.
//!
//! WordprocessingML is read by local name so that Strict OOXML namespaces and unusual
//! prefixes (`<ns0:p>` instead of `<w:p>`) read the same as transitional `w:`. The tree is
//! bounded: nesting depth and element count are capped, entities are never expanded
//! (only the five predefined ones and character references are resolved).

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::error::Error;

/// Deepest element nesting accepted in a part.
pub const MAX_XML_DEPTH: usize = 512;
/// Most elements accepted in one part (the largest part of a 872-page handbook holds
/// about 150,000); bounds the work spent on a part, and the memory of the parts read as a
/// whole tree (the main part is read one block at a time, see `stream.rs`).
pub const MAX_XML_ELEMENTS: usize = 2_000_000;

/// An element: local name, attributes by local name, and children.
#[derive(Debug, Default)]
pub struct Element {
    pub name: String,
    attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
}

/// A child of an element.
#[derive(Debug)]
pub enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    /// The value of the first attribute with this local name.
    pub fn attr(&self, local: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == local)
            .map(|(_, v)| v.as_str())
    }

    /// Child elements, in document order.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// The first child element with this local name.
    pub fn child(&self, local: &str) -> Option<&Element> {
        self.elements().find(|e| e.name == local)
    }

    /// Child elements with this local name.
    pub fn children_named<'a>(&'a self, local: &'a str) -> impl Iterator<Item = &'a Element> {
        self.elements().filter(move |e| e.name == local)
    }

    /// The `val` attribute of the child with this local name (`<w:pStyle w:val="x"/>`).
    pub fn child_val(&self, local: &str) -> Option<&str> {
        self.child(local).and_then(|c| c.attr("val"))
    }

    /// Direct text content (text children only).
    pub fn own_text(&self) -> String {
        let mut s = String::new();
        for n in &self.children {
            if let Node::Text(t) = n {
                s.push_str(t);
            }
        }
        s
    }

    /// Text of every descendant element with local name `local`, concatenated.
    pub fn descendant_text(&self, local: &str, out: &mut String) {
        for e in self.elements() {
            if e.name == local {
                out.push_str(&e.own_text());
            } else {
                e.descendant_text(local, out);
            }
        }
    }
}

/// A toggle attribute (`w:val` absent, "1", "true", "on" → true; "0", "false", "off" → false).
pub fn on_off(e: &Element) -> bool {
    !matches!(
        e.attr("val").map(str::trim),
        Some("0") | Some("false") | Some("off") | Some("none")
    )
}

pub(super) fn local(qname: &str) -> &str {
    qname.rsplit(':').next().unwrap_or(qname)
}

/// An element with the attributes whose local names `keep` accepts.
pub(super) fn start_element_keeping(start: &BytesStart, keep: fn(&str) -> bool) -> Element {
    let mut attrs = Vec::new();
    for attr in start.attributes().with_checks(false).flatten() {
        let key = attr.key.0;
        let name = local(key);
        // Namespace declarations and revision-session ids are never read: not storing
        // them keeps the tree small (Word puts four rsids on most paragraphs and runs).
        if key == "xmlns" || key.starts_with("xmlns:") || name.starts_with("rsid") || !keep(name) {
            continue;
        }
        let value = match attr.normalized_value(quick_xml::XmlVersion::Implicit1_0) {
            Ok(v) => v.into_owned(),
            Err(_) => attr.value.to_string(),
        };
        attrs.push((name.to_string(), value));
    }
    Element {
        name: local(start.name().0).to_string(),
        attrs,
        children: Vec::new(),
    }
}

pub(super) fn push_text(parent: &mut Element, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Node::Text(last)) = parent.children.last_mut() {
        last.push_str(text);
    } else {
        parent.children.push(Node::Text(text.to_string()));
    }
}

pub(super) fn resolve_ref(name: &str) -> Option<char> {
    match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "apos" => Some('\''),
        "quot" => Some('"'),
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix('x').or_else(|| num.strip_prefix('X')) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code).filter(|c| *c != '\0')
        }
    }
}

/// What a part's reader looks at: empty elements and attributes by local name (elements
/// with content are always kept).
pub(crate) struct Keep {
    pub(crate) element: fn(&str) -> bool,
    pub(crate) attribute: fn(&str) -> bool,
}

/// Keeps every element and attribute.
pub(crate) const KEEP_ALL: Keep = Keep {
    element: |_| true,
    attribute: |_| true,
};

/// Parses a part into its root element, leaving out below the root the empty elements and
/// the attributes `keep` does not accept; counts and limits still see every element.
/// `path` and `part` name the file and the part in errors.
pub(crate) fn parse_keeping(
    xml: &str,
    path: &str,
    part: &str,
    keep: &Keep,
) -> Result<Element, Error> {
    let corrupt = |message: String| Error::Corrupt {
        path: path.to_string(),
        part: part.to_string(),
        message,
    };
    let mut reader = Reader::from_str(xml);
    let mut stack: Vec<Element> = vec![Element::default()];
    let mut count = 0usize;
    loop {
        let pos = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| corrupt(format!("{e} (near byte {pos})")))?;
        match event {
            Event::Start(s) => {
                if stack.len() > MAX_XML_DEPTH {
                    return Err(Error::Limit {
                        path: path.to_string(),
                        message: format!(
                            "{part}: XML nested deeper than MAX_XML_DEPTH ({MAX_XML_DEPTH})"
                        ),
                    });
                }
                count += 1;
                check_count(count, path, part)?;
                stack.push(start_element_keeping(&s, keep.attribute));
            }
            Event::Empty(s) => {
                count += 1;
                check_count(count, path, part)?;
                if stack.len() > 1 && !(keep.element)(local(s.name().0)) {
                    continue;
                }
                let el = start_element_keeping(&s, keep.attribute);
                if let Some(parent) = stack.last_mut() {
                    parent.children.push(Node::Element(el));
                }
            }
            Event::End(_) => {
                if stack.len() < 2 {
                    return Err(corrupt(format!("unexpected end tag near byte {pos}")));
                }
                if let Some(done) = stack.pop() {
                    if let Some(parent) = stack.last_mut() {
                        parent.children.push(Node::Element(done));
                    }
                }
            }
            Event::Text(t) => {
                if let Some(parent) = stack.last_mut() {
                    let text = t.xml10_content();
                    if parent.name == "t" || !text.trim().is_empty() {
                        push_text(parent, &text);
                    }
                }
            }
            Event::CData(t) => {
                if let Some(parent) = stack.last_mut() {
                    push_text(parent, &t.xml10_content());
                }
            }
            Event::GeneralRef(r) => {
                // Entities declared in a DTD are never expanded: unknown ones are dropped.
                if let (Some(parent), Some(c)) = (stack.last_mut(), resolve_ref(&r)) {
                    let mut buf = [0u8; 4];
                    push_text(parent, c.encode_utf8(&mut buf));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() != 1 {
        return Err(corrupt("unexpected end of part: unclosed elements".into()));
    }
    let doc = stack.pop().unwrap_or_default();
    doc.children
        .into_iter()
        .find_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
        .ok_or_else(|| corrupt("no root element".into()))
}

pub(super) fn check_count(count: usize, path: &str, part: &str) -> Result<(), Error> {
    if count > MAX_XML_ELEMENTS {
        return Err(Error::Limit {
            path: path.to_string(),
            message: format!("{part}: more than MAX_XML_ELEMENTS ({MAX_XML_ELEMENTS}) elements"),
        });
    }
    Ok(())
}

//! A small bounded element tree for ODT parts. ODT readers need to look ahead (list styles,
//! notes, text boxes deferred after their anchor), so each part is parsed once into a tree.
//!
//! Names are rewritten to the conventional ODF prefixes ("text:p", "fo:font-weight") from
//! their namespace URIs, so a package that binds unusual prefixes still reads the same.
//! No DTD is read and no entity other than the five predefined ones and character
//! references is expanded.

use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::name::{QName, ResolveResult};
use quick_xml::NsReader;

use crate::error::Error;

/// Deepest element nesting accepted in one part.
pub const MAX_XML_DEPTH: usize = 128;
/// Most elements accepted in one part.
pub const MAX_XML_ELEMENTS: usize = 4_000_000;

/// An element: its prefixed name, attributes and children in document order.
#[derive(Debug, Default)]
pub struct Node {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Child>,
}

/// A child of an element.
#[derive(Debug)]
pub enum Child {
    Elem(Node),
    Text(String),
}

impl Node {
    /// The value of an attribute given by its prefixed name ("text:style-name").
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Child elements in order.
    pub fn elems(&self) -> impl Iterator<Item = &Node> {
        self.children.iter().filter_map(|c| match c {
            Child::Elem(e) => Some(e),
            Child::Text(_) => None,
        })
    }

    /// The first child element with that name.
    pub fn child(&self, name: &str) -> Option<&Node> {
        self.elems().find(|e| e.name == name)
    }

    /// All text below this element, concatenated.
    pub fn text(&self) -> String {
        let mut out = String::new();
        self.collect_text(&mut out);
        out
    }

    fn collect_text(&self, out: &mut String) {
        for c in &self.children {
            match c {
                Child::Text(t) => out.push_str(t),
                Child::Elem(e) => e.collect_text(out),
            }
        }
    }
}

const PREFIXES: &[(&str, &str)] = &[
    ("urn:oasis:names:tc:opendocument:xmlns:office:1.0", "office"),
    ("urn:oasis:names:tc:opendocument:xmlns:style:1.0", "style"),
    ("urn:oasis:names:tc:opendocument:xmlns:text:1.0", "text"),
    ("urn:oasis:names:tc:opendocument:xmlns:table:1.0", "table"),
    ("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0", "draw"),
    (
        "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
        "fo",
    ),
    ("http://www.w3.org/1999/xlink", "xlink"),
    ("http://purl.org/dc/elements/1.1/", "dc"),
    ("urn:oasis:names:tc:opendocument:xmlns:meta:1.0", "meta"),
    (
        "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
        "number",
    ),
    (
        "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
        "svg",
    ),
    ("http://www.w3.org/XML/1998/namespace", "xml"),
    (
        "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
        "loext",
    ),
];

fn prefixed(resolved: ResolveResult<'_>, name: QName<'_>) -> String {
    let local = name.local_name();
    let local: &str = local.as_ref();
    if let ResolveResult::Bound(ns) = resolved {
        let uri: &str = ns.as_ref();
        if let Some((_, p)) = PREFIXES.iter().find(|(u, _)| *u == uri) {
            return format!("{p}:{local}");
        }
    }
    // Unknown or unbound namespace: keep the name as written.
    let raw: &str = name.as_ref();
    raw.to_string()
}

fn element(reader: &NsReader<&[u8]>, e: &BytesStart<'_>) -> Node {
    let (res, _) = reader.resolver().resolve_element(e.name());
    let name = prefixed(res, e.name());
    let mut attrs = Vec::new();
    for a in e.attributes().with_checks(false).flatten() {
        let key: &str = a.key.as_ref();
        if key == "xmlns" || key.starts_with("xmlns:") {
            continue;
        }
        let key = if key == "xml:id" || key.starts_with("xml:") {
            key.to_string()
        } else {
            let (res, _) = reader.resolver().resolve_attribute(a.key);
            prefixed(res, a.key)
        };
        let value = match a.normalized_value(quick_xml::XmlVersion::Implicit1_0) {
            Ok(v) => v.into_owned(),
            Err(_) => a.value.clone().into_owned(),
        };
        attrs.push((key, value));
    }
    Node {
        name,
        attrs,
        children: Vec::new(),
    }
}

fn general_ref(r: &BytesRef<'_>) -> Option<String> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Some(c.to_string());
    }
    let name = r.xml10_content();
    quick_xml::escape::resolve_predefined_entity(&name).map(str::to_string)
}

/// Parses one part into its root element. `path` and `part` name the source in errors.
pub fn parse(text: &str, path: &str, part: &str) -> Result<Node, Error> {
    let corrupt = |message: String| Error::Corrupt {
        path: path.to_string(),
        part: part.to_string(),
        message,
    };
    let mut reader = NsReader::from_str(text);
    // Stack of open elements; the bottom entry is a synthetic holder for the root.
    let mut stack: Vec<Node> = vec![Node::default()];
    let mut count = 0usize;
    loop {
        let event = match reader.read_event() {
            Ok(ev) => ev,
            Err(e) => {
                return Err(corrupt(format!(
                    "XML error at byte {}: {e}",
                    reader.error_position()
                )))
            }
        };
        match event {
            Event::Start(e) => {
                count += 1;
                if stack.len() > MAX_XML_DEPTH {
                    return Err(Error::Limit {
                        path: path.to_string(),
                        message: format!(
                            "{part} nests elements deeper than MAX_XML_DEPTH ({MAX_XML_DEPTH})"
                        ),
                    });
                }
                if count > MAX_XML_ELEMENTS {
                    return Err(too_many(path, part));
                }
                let node = element(&reader, &e);
                stack.push(node);
            }
            Event::Empty(e) => {
                count += 1;
                if count > MAX_XML_ELEMENTS {
                    return Err(too_many(path, part));
                }
                let node = element(&reader, &e);
                if let Some(top) = stack.last_mut() {
                    top.children.push(Child::Elem(node));
                }
            }
            Event::End(_) => {
                if stack.len() < 2 {
                    return Err(corrupt(format!(
                        "unexpected end tag at byte {}",
                        reader.buffer_position()
                    )));
                }
                if let Some(node) = stack.pop() {
                    if let Some(top) = stack.last_mut() {
                        top.children.push(Child::Elem(node));
                    }
                }
            }
            Event::Text(t) => push_text(&mut stack, &t.xml10_content()),
            Event::CData(t) => push_text(&mut stack, &t.xml10_content()),
            Event::GeneralRef(r) => {
                if let Some(s) = general_ref(&r) {
                    push_text(&mut stack, &s);
                }
            }
            Event::Eof => break,
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }
    if stack.len() != 1 {
        return Err(corrupt(format!(
            "unexpected end of file: {} element(s) left open",
            stack.len() - 1
        )));
    }
    let holder = stack.pop().unwrap_or_default();
    holder
        .children
        .into_iter()
        .find_map(|c| match c {
            Child::Elem(e) => Some(e),
            Child::Text(_) => None,
        })
        .ok_or_else(|| corrupt("no root element".into()))
}

fn too_many(path: &str, part: &str) -> Error {
    Error::Limit {
        path: path.to_string(),
        message: format!("{part} holds more than MAX_XML_ELEMENTS ({MAX_XML_ELEMENTS}) elements"),
    }
}

fn push_text(stack: &mut [Node], s: &str) {
    if s.is_empty() {
        return;
    }
    // Text outside any element (between prolog items) is not content.
    if stack.len() < 2 {
        return;
    }
    if let Some(top) = stack.last_mut() {
        if let Some(Child::Text(prev)) = top.children.last_mut() {
            prev.push_str(s);
        } else {
            top.children.push(Child::Text(s.to_string()));
        }
    }
}

//! The main document part read as a stream of its top-level pieces.
//!
//! A document part can hold hundreds of thousands of paragraphs; building its whole element
//! tree took over ten times the XML's size in memory. The splitter reads quick-xml events
//! and builds the tree of one block at a time (a child of `w:body`, or of the root outside
//! the body), handing each to the reader as soon as it closes, so memory holds the XML text,
//! the blocks read so far and the one block being built.
//!
//! The pieces are the subtrees the whole-tree parse (`xml::parse`) would have built, with
//! the same limits (depth, element count), the same text rules and the same errors, less
//! what the block reader never looks at: attributes other than [`is_read_attribute`]'s and
//! empty elements other than [`is_read_element`]'s (Word writes a dozen formatting elements
//! per run, `w:rFonts`, `w:sz`, `w:lang`..., and revision attributes on most elements).

use quick_xml::events::Event;
use quick_xml::Reader;

use crate::error::Error;

use super::xml::{
    check_count, local, push_text, resolve_ref, start_element_keeping, Element, MAX_XML_DEPTH,
};

/// Local names of the elements the block reader, the run reader and the section
/// references read (`body.rs`, `runs.rs`, `styles::RunProps`, `styles::NumRef`,
/// `furniture.rs`). An element that must be read there has to be listed here, or it is
/// dropped from the main part when it is empty.
fn is_read_element(name: &str) -> bool {
    matches!(
        name,
        "AlternateContent"
            | "Choice"
            | "Fallback"
            | "b"
            | "bdo"
            | "body"
            | "br"
            | "caps"
            | "checkBox"
            | "checkbox"
            | "checked"
            | "cr"
            | "customXml"
            | "default"
            | "del"
            | "dir"
            | "drawing"
            | "ffData"
            | "fldChar"
            | "fldSimple"
            | "footerReference"
            | "framePr"
            | "gridBefore"
            | "gridSpan"
            | "hMerge"
            | "headerReference"
            | "hyperlink"
            | "i"
            | "ilvl"
            | "ins"
            | "instrText"
            | "moveTo"
            | "noBreakHyphen"
            | "numId"
            | "numPr"
            | "oMath"
            | "oMathPara"
            | "object"
            | "outlineLvl"
            | "p"
            | "pPr"
            | "pStyle"
            | "pict"
            | "ptab"
            | "r"
            | "rPr"
            | "rStyle"
            | "ruby"
            | "rubyBase"
            | "sdt"
            | "sdtContent"
            | "sdtPr"
            | "sectPr"
            | "smallCaps"
            | "smartTag"
            | "sym"
            | "t"
            | "tab"
            | "tbl"
            | "tblHeader"
            | "tc"
            | "tcPr"
            | "tr"
            | "trPr"
            | "txbxContent"
            | "vMerge"
            | "vanish"
            | "vertAlign"
    )
}

/// Local names of the attributes read from the main part's elements.
fn is_read_attribute(name: &str) -> bool {
    matches!(
        name,
        "anchor" | "char" | "dropCap" | "fldCharType" | "font" | "id" | "instr" | "type" | "val"
    )
}

/// What the splitter hands over, in document order.
#[derive(Debug)]
pub(crate) enum Piece {
    /// The root element opened (its local name); always the first piece.
    Root(String),
    /// A whole child of the root other than the first `body`.
    RootChild(Element),
    /// A whole child of the first `body`.
    Block(Element),
    /// The part is read to its end and well formed.
    End,
}

/// Stack index of the root element (index 0 is the document node).
const ROOT: usize = 1;
/// Stack index of the root's children.
const ROOT_CHILD: usize = 2;
/// Stack index of the body's children.
const BODY_CHILD: usize = 3;

/// Reads a part's events into pieces.
pub(crate) struct Splitter<'x> {
    reader: Reader<&'x [u8]>,
    path: String,
    part: String,
    /// Open elements; `stack[..streamed]` are the document node, the root and the body,
    /// whose children are handed over instead of attached.
    stack: Vec<Element>,
    streamed: usize,
    root_seen: bool,
    body_seen: bool,
    count: usize,
}

impl<'x> Splitter<'x> {
    pub(crate) fn new(xml: &'x str, path: &str, part: &str) -> Self {
        Splitter {
            reader: Reader::from_str(xml),
            path: path.to_string(),
            part: part.to_string(),
            stack: vec![Element::default()],
            streamed: 1,
            root_seen: false,
            body_seen: false,
            count: 0,
        }
    }

    fn corrupt(&self, message: String) -> Error {
        Error::Corrupt {
            path: self.path.clone(),
            part: self.part.clone(),
            message,
        }
    }

    /// Reads events up to the next piece.
    pub(crate) fn next_piece(&mut self) -> Result<Piece, Error> {
        loop {
            let pos = self.reader.buffer_position();
            let event = match self.reader.read_event() {
                Ok(event) => event,
                Err(e) => return Err(self.corrupt(format!("{e} (near byte {pos})"))),
            };
            let piece = match event {
                Event::Start(s) => {
                    if self.stack.len() > MAX_XML_DEPTH {
                        return Err(Error::Limit {
                            path: self.path.clone(),
                            message: format!(
                                "{}: XML nested deeper than MAX_XML_DEPTH ({MAX_XML_DEPTH})",
                                self.part
                            ),
                        });
                    }
                    self.count_element()?;
                    self.open(start_element_keeping(&s, is_read_attribute))
                }
                Event::Empty(s) => {
                    self.count_element()?;
                    if self.stack.len() > ROOT && !is_read_element(local(s.name().0)) {
                        continue;
                    }
                    self.empty(start_element_keeping(&s, is_read_attribute))
                }
                Event::End(_) => {
                    if self.stack.len() < 2 {
                        return Err(self.corrupt(format!("unexpected end tag near byte {pos}")));
                    }
                    match self.stack.pop() {
                        Some(done) => self.close(done),
                        None => None,
                    }
                }
                Event::Text(t) => {
                    if let Some(parent) = self.building() {
                        let text = t.xml10_content();
                        if parent.name == "t" || !text.trim().is_empty() {
                            push_text(parent, &text);
                        }
                    }
                    None
                }
                Event::CData(t) => {
                    if let Some(parent) = self.building() {
                        push_text(parent, &t.xml10_content());
                    }
                    None
                }
                Event::GeneralRef(r) => {
                    // Entities declared in a DTD are never expanded: unknown ones are dropped.
                    if let (Some(c), Some(parent)) = (resolve_ref(&r), self.building()) {
                        push_text(parent, c.encode_utf8(&mut [0u8; 4]));
                    }
                    None
                }
                Event::Eof => Some(self.end()?),
                _ => None,
            };
            if let Some(piece) = piece {
                return Ok(piece);
            }
        }
    }

    fn count_element(&mut self) -> Result<(), Error> {
        self.count += 1;
        check_count(self.count, &self.path, &self.part)
    }

    /// The element being built, when the innermost open element is not a streamed one
    /// (text directly in the root or the body is never read).
    fn building(&mut self) -> Option<&mut Element> {
        if self.stack.len() > self.streamed {
            self.stack.last_mut()
        } else {
            None
        }
    }

    /// Whether an element opening at the streamed level becomes a streamed frame itself:
    /// the first root element, and the first `body` in it.
    fn streams(&mut self, el: &Element) -> bool {
        match self.stack.len() {
            ROOT if !self.root_seen => {
                self.root_seen = true;
                true
            }
            ROOT_CHILD if el.name == "body" && !self.body_seen => {
                self.body_seen = true;
                true
            }
            _ => false,
        }
    }

    fn open(&mut self, el: Element) -> Option<Piece> {
        let at_streamed_level = self.stack.len() == self.streamed;
        let root = self.stack.len() == ROOT;
        let streams = at_streamed_level && self.streams(&el);
        let piece = (streams && root).then(|| Piece::Root(el.name.clone()));
        self.stack.push(el);
        if streams {
            self.streamed = self.stack.len();
        }
        piece
    }

    fn empty(&mut self, el: Element) -> Option<Piece> {
        if self.stack.len() == self.streamed {
            let root = self.stack.len() == ROOT;
            if self.streams(&el) {
                // An empty root or body has no children to hand over.
                return root.then_some(Piece::Root(el.name));
            }
            return self.hand_over(el);
        }
        if let Some(parent) = self.stack.last_mut() {
            parent.children.push(super::xml::Node::Element(el));
        }
        None
    }

    fn close(&mut self, done: Element) -> Option<Piece> {
        let index = self.stack.len();
        if index < self.streamed {
            // A streamed frame (body, root) closes: its children were handed over.
            self.streamed = index;
            return None;
        }
        if index == self.streamed {
            return self.hand_over(done);
        }
        if let Some(parent) = self.stack.last_mut() {
            parent.children.push(super::xml::Node::Element(done));
        }
        None
    }

    /// A complete child of a streamed frame: handed over, or dropped when it is outside the
    /// root (elements after the root are never read).
    fn hand_over(&self, el: Element) -> Option<Piece> {
        match self.stack.len() {
            ROOT_CHILD => Some(Piece::RootChild(el)),
            BODY_CHILD => Some(Piece::Block(el)),
            _ => None,
        }
    }

    fn end(&self) -> Result<Piece, Error> {
        if self.stack.len() != 1 {
            return Err(self.corrupt("unexpected end of part: unclosed elements".into()));
        }
        if !self.root_seen {
            return Err(self.corrupt("no root element".into()));
        }
        Ok(Piece::End)
    }
}

#[cfg(test)]
mod tests {
    use super::{Piece, Splitter};
    use crate::error::Error;

    /// The pieces of a part, written as "root:NAME", "child:NAME", "block:NAME".
    fn pieces(xml: &str) -> Result<Vec<String>, Error> {
        let mut s = Splitter::new(xml, "f.docx", "word/document.xml");
        let mut out = Vec::new();
        loop {
            match s.next_piece()? {
                Piece::Root(n) => out.push(format!("root:{n}")),
                Piece::RootChild(e) => out.push(format!("child:{}", e.name)),
                Piece::Block(e) => out.push(format!("block:{}/{}", e.name, e.children.len())),
                Piece::End => return Ok(out),
            }
        }
    }

    #[test]
    fn hands_over_the_body_children_and_the_rest_of_the_root() {
        let xml = r#"<?xml version="1.0"?><w:document xmlns:w="x"><w:background></w:background><w:bookmarkStart/>
            <w:body> text <w:p><w:r><w:t>a</w:t></w:r></w:p><w:tbl/><w:sectPr><w:x/><w:footerReference/></w:sectPr>
            </w:body><w:body><w:p/></w:body></w:document><after/>"#;
        assert_eq!(
            pieces(xml).unwrap(),
            [
                "root:document",
                "child:background",
                "block:p/1",
                "block:tbl/0",
                "block:sectPr/1",
                "child:body"
            ]
        );
        assert_eq!(pieces("<document/>").unwrap(), ["root:document"]);
        assert_eq!(
            pieces("<document><body/><body/></document>").unwrap()[1],
            "child:body"
        );
    }

    #[test]
    fn broken_parts_are_errors() {
        for xml in [
            "",
            "<document><body><p></body></document>",
            "<document><body>",
        ] {
            assert!(matches!(pieces(xml), Err(Error::Corrupt { .. })), "{xml:?}");
        }
        let deep = format!("<document>{}", "<x>".repeat(super::MAX_XML_DEPTH + 1));
        assert!(matches!(pieces(&deep), Err(Error::Limit { .. })));
    }
}

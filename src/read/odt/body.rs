//! Text content: paragraphs, headings, lists, tables, notes, comments and text boxes, in
//! reading order. Used for the body (content.xml) and for page headers and footers
//! (styles.xml).

use crate::error::Error;
use crate::model::{Block, Furniture, FurnitureKind, Origin, Paragraph, Role};

use super::numbering::Numbering;
use super::runs::Runs;
use super::styles::{Styles, TextProps};
use super::xml::{Child, Node};

/// Most paragraphs read from one part.
pub const MAX_PARAGRAPHS: usize = 500_000;
/// Most spaces one `text:s` produces.
const MAX_SPACES: usize = 1_000;

/// Where blocks being read sit.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Cx {
    pub(super) cell: Option<(u32, u32)>,
}

/// Content met inside a paragraph that is read after it.
enum Deferred<'n> {
    /// A text box (or a shape holding text), read once after its anchor paragraph.
    Frame(&'n Node),
    Note(FurnitureKind, &'n Node),
    Comment(&'n Node),
}

/// Reads the text content of one part.
pub struct BodyReader<'s> {
    pub(super) styles: &'s Styles,
    part: &'static str,
    path: &'s str,
    next_index: u32,
    paragraphs: usize,
    pub(super) numbering: Numbering,
    /// Notes and comments met so far.
    pub furniture: Vec<Furniture>,
}

impl<'s> BodyReader<'s> {
    pub fn new(styles: &'s Styles, part: &'static str, path: &'s str) -> Self {
        BodyReader {
            styles,
            part,
            path,
            next_index: 0,
            paragraphs: 0,
            numbering: Numbering::default(),
            furniture: Vec::new(),
        }
    }

    /// Reads the block-level children of a container (office:text, a header, a cell...).
    pub fn read_blocks(&mut self, container: &Node) -> Result<Vec<Block>, Error> {
        let mut out = Vec::new();
        self.blocks(container, &mut out, Cx::default())?;
        Ok(out)
    }

    pub(super) fn origin(&mut self, cx: Cx) -> Origin {
        let index = self.next_index;
        self.next_index = self.next_index.saturating_add(1);
        Origin {
            part: Some(self.part.to_string()),
            index,
            lines: None,
            cell: cx.cell,
        }
    }

    pub(super) fn blocks(
        &mut self,
        container: &Node,
        out: &mut Vec<Block>,
        cx: Cx,
    ) -> Result<(), Error> {
        for el in container.elems() {
            self.block(el, out, cx)?;
        }
        Ok(())
    }

    pub(super) fn block(&mut self, el: &Node, out: &mut Vec<Block>, cx: Cx) -> Result<(), Error> {
        match el.name.as_str() {
            "text:p" | "text:h" => self.paragraph(el, out, cx, None, None),
            "text:list" => self.top_list(el, out, cx),
            "table:table" => self.table(el, out, cx),
            // Deleted text lives in the tracked-changes region; dropping it drops deletions.
            "text:tracked-changes"
            | "office:forms"
            | "text:sequence-decls"
            | "text:variable-decls"
            | "text:user-field-decls"
            | "text:dde-connection-decls"
            | "text:index-title-template"
            | "office:annotation"
            | "text:soft-page-break" => Ok(()),
            // Index templates describe entries; the generated entries are in text:index-body.
            name if name.ends_with("-source") => Ok(()),
            // Sections, index bodies, frames and other containers are read through.
            _ => self.blocks(el, out, cx),
        }
    }

    pub(super) fn count_paragraph(&mut self) -> Result<(), Error> {
        self.paragraphs += 1;
        if self.paragraphs > MAX_PARAGRAPHS {
            return Err(Error::Limit {
                path: self.path.to_string(),
                message: format!(
                    "{} holds more than MAX_PARAGRAPHS ({MAX_PARAGRAPHS}) paragraphs",
                    self.part
                ),
            });
        }
        Ok(())
    }

    /// Reads a `text:p` / `text:h`. `role` is given for list items; `label` is a list label
    /// written before a heading that sits in a numbered list.
    pub(super) fn paragraph(
        &mut self,
        el: &Node,
        out: &mut Vec<Block>,
        cx: Cx,
        role: Option<Role>,
        label: Option<&str>,
    ) -> Result<(), Error> {
        self.count_paragraph()?;
        let style = el.attr("text:style-name");
        let base = style
            .map(|s| self.styles.text_props("paragraph", s))
            .unwrap_or_default()
            .over(self.styles.default_props("paragraph"));
        let role = role.unwrap_or_else(|| self.role_of(el, style));
        let mut runs = Runs::default();
        if let Some(label) = label {
            runs.push_explicit(&format!("{label} "), base, None);
        }
        let mut deferred = Vec::new();
        self.inline(el, base, None, &mut runs, &mut deferred);
        let runs = runs.finish();
        if runs.iter().any(|r| !r.text.trim().is_empty()) {
            let origin = self.origin(cx);
            out.push(Block::Paragraph(Paragraph::new(role, runs, origin)));
        }
        for d in deferred {
            match d {
                Deferred::Frame(n) => self.blocks(n, out, cx)?,
                Deferred::Note(kind, n) => {
                    let mut blocks = Vec::new();
                    if let Some(body) = n.child("text:note-body") {
                        self.blocks(body, &mut blocks, Cx::default())?;
                    }
                    self.furniture.push(Furniture { kind, blocks });
                }
                Deferred::Comment(n) => {
                    let mut blocks = Vec::new();
                    self.blocks(n, &mut blocks, Cx::default())?;
                    self.furniture.push(Furniture {
                        kind: FurnitureKind::Comment,
                        blocks,
                    });
                }
            }
        }
        Ok(())
    }

    pub(super) fn role_of(&self, el: &Node, style: Option<&str>) -> Role {
        if style.is_some_and(|s| self.styles.is_title(s)) {
            return Role::Title;
        }
        if el.name == "text:h" {
            let level = el
                .attr("text:outline-level")
                .and_then(|v| v.trim().parse::<u8>().ok())
                .or_else(|| style.and_then(|s| self.styles.outline_level(s)))
                .unwrap_or(1)
                .clamp(1, 10);
            return Role::Heading {
                level,
                number: None,
            };
        }
        Role::Normal
    }

    fn inline<'n>(
        &self,
        node: &'n Node,
        props: TextProps,
        link: Option<&str>,
        runs: &mut Runs,
        deferred: &mut Vec<Deferred<'n>>,
    ) {
        for child in &node.children {
            match child {
                Child::Text(t) => runs.push_text(t, props, link),
                Child::Elem(el) => self.inline_elem(el, props, link, runs, deferred),
            }
        }
    }

    fn inline_elem<'n>(
        &self,
        el: &'n Node,
        props: TextProps,
        link: Option<&str>,
        runs: &mut Runs,
        deferred: &mut Vec<Deferred<'n>>,
    ) {
        let span_props = || {
            el.attr("text:style-name")
                .map(|s| self.styles.text_props("text", s).over(props))
                .unwrap_or(props)
        };
        match el.name.as_str() {
            "text:span" => self.inline(el, span_props(), link, runs, deferred),
            "text:a" => {
                let href = el.attr("xlink:href").or(link);
                self.inline(el, span_props(), href, runs, deferred);
            }
            "text:s" => {
                let n = el
                    .attr("text:c")
                    .and_then(|v| v.trim().parse::<usize>().ok())
                    .unwrap_or(1)
                    .clamp(1, MAX_SPACES);
                runs.push_explicit(&" ".repeat(n), props, link);
            }
            "text:tab" => runs.push_explicit("\t", props, link),
            "text:line-break" => runs.push_explicit("\n", props, link),
            "text:note" => {
                let kind = if el.attr("text:note-class") == Some("endnote") {
                    FurnitureKind::Endnote
                } else {
                    FurnitureKind::Footnote
                };
                deferred.push(Deferred::Note(kind, el));
            }
            "office:annotation" => deferred.push(Deferred::Comment(el)),
            "text:ruby" => {
                if let Some(base) = el.child("text:ruby-base") {
                    self.inline(base, props, link, runs, deferred);
                }
            }
            // Frames and groups are looked through for the text boxes they hold.
            "draw:frame" | "draw:a" | "draw:g" => {
                for c in el.elems() {
                    self.inline_elem(c, props, link, runs, deferred);
                }
            }
            "draw:image"
            | "draw:object"
            | "draw:object-ole"
            | "draw:plugin"
            | "draw:applet"
            | "draw:floating-frame" => {}
            name if name.starts_with("draw:") => deferred.push(Deferred::Frame(el)),
            "text:soft-page-break"
            | "text:note-citation"
            | "text:number"
            | "text:hidden-text"
            | "text:hidden-paragraph"
            | "text:change"
            | "text:change-start"
            | "text:change-end"
            | "text:tracked-changes"
            | "office:annotation-end"
            | "svg:title"
            | "svg:desc" => {}
            // Fields (page number, date, ...) hold their displayed value as text.
            _ => self.inline(el, props, link, runs, deferred),
        }
    }
}

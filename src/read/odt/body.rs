//! Text content: paragraphs, headings, lists, tables, notes, comments and text boxes, in
//! reading order. Used for the body (content.xml) and for page headers and footers
//! (styles.xml).

use crate::error::Error;
use crate::model::{
    Block, Cell, Furniture, FurnitureKind, Marker, Origin, Paragraph, Role, Row, Run, RunStyle,
    Table,
};

use super::lists::{next_marker, Counters, Numbering};
use super::styles::{Styles, TextProps};
use super::xml::{Child, Node};

/// Most paragraphs read from one part.
pub const MAX_PARAGRAPHS: usize = 500_000;
/// Most copies made of a repeated empty table cell (`table:number-columns-repeated`).
const MAX_CELL_REPEAT: u32 = 64;
/// Most spaces one `text:s` produces.
const MAX_SPACES: usize = 1_000;

/// Where blocks being read sit.
#[derive(Debug, Clone, Copy, Default)]
struct Cx {
    cell: Option<(u32, u32)>,
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
    styles: &'s Styles,
    part: &'static str,
    path: &'s str,
    next_index: u32,
    paragraphs: usize,
    numbering: Numbering,
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

    fn origin(&mut self, cx: Cx) -> Origin {
        let index = self.next_index;
        self.next_index = self.next_index.saturating_add(1);
        Origin {
            part: Some(self.part.to_string()),
            index,
            lines: None,
            cell: cx.cell,
        }
    }

    fn blocks(&mut self, container: &Node, out: &mut Vec<Block>, cx: Cx) -> Result<(), Error> {
        for el in container.elems() {
            self.block(el, out, cx)?;
        }
        Ok(())
    }

    fn block(&mut self, el: &Node, out: &mut Vec<Block>, cx: Cx) -> Result<(), Error> {
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

    fn count_paragraph(&mut self) -> Result<(), Error> {
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
    fn paragraph(
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

    fn role_of(&self, el: &Node, style: Option<&str>) -> Role {
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
            return Role::Heading { level };
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

    fn list_style_of(&self, list: &Node) -> Option<String> {
        if let Some(s) = list.attr("text:style-name") {
            return Some(s.to_string());
        }
        // Without a style on the list, the first paragraph's style may name one.
        let item = list.elems().find(|e| e.name == "text:list-item")?;
        let p = item
            .elems()
            .find(|e| e.name == "text:p" || e.name == "text:h")?;
        self.styles.paragraph_list_style(p.attr("text:style-name")?)
    }

    fn top_list(&mut self, el: &Node, out: &mut Vec<Block>, cx: Cx) -> Result<(), Error> {
        let style = self.list_style_of(el);
        let mut counters = self.numbering.open(
            style.as_deref(),
            el.attr("text:continue-numbering") == Some("true"),
            el.attr("text:continue-list"),
        );
        self.list(el, out, cx, style.as_deref(), 0, &mut counters)?;
        self.numbering
            .close(style.as_deref(), el.attr("xml:id"), &counters);
        Ok(())
    }

    fn list(
        &mut self,
        el: &Node,
        out: &mut Vec<Block>,
        cx: Cx,
        style: Option<&str>,
        level: usize,
        counters: &mut Counters,
    ) -> Result<(), Error> {
        for item in el.elems() {
            let header = match item.name.as_str() {
                "text:list-item" => false,
                "text:list-header" => true,
                _ => continue,
            };
            let item_style = item.attr("text:style-override").or(style);
            let marker = if header {
                Marker::bullet()
            } else {
                let start = item
                    .attr("text:start-value")
                    .and_then(|v| v.trim().parse::<u32>().ok());
                next_marker(self.styles, item_style, level, start, counters)
            };
            let lvl = level.min(u8::MAX as usize) as u8;
            let mut first = true;
            for child in item.elems() {
                match child.name.as_str() {
                    "text:p" | "text:h" => {
                        let m = if first {
                            marker.clone()
                        } else {
                            Marker {
                                label: None,
                                ..marker.clone()
                            }
                        };
                        if child.name == "text:h" {
                            let role = self.role_of(child, child.attr("text:style-name"));
                            let label = if first { m.label.as_deref() } else { None };
                            self.paragraph(child, out, cx, Some(role), label)?;
                        } else {
                            let role = Role::ListItem {
                                level: lvl,
                                marker: m,
                            };
                            self.paragraph(child, out, cx, Some(role), None)?;
                        }
                        first = false;
                    }
                    "text:list" => {
                        let nested = child.attr("text:style-name").or(item_style);
                        self.list(child, out, cx, nested, level + 1, counters)?;
                    }
                    "text:number" => {}
                    _ => self.block(child, out, cx)?,
                }
            }
        }
        Ok(())
    }

    fn table(&mut self, el: &Node, out: &mut Vec<Block>, cx: Cx) -> Result<(), Error> {
        let origin = self.origin(cx);
        let mut rows = Vec::new();
        self.rows(el, &mut rows, false)?;
        out.push(Block::Table(Table { rows, origin }));
        Ok(())
    }

    fn rows(&mut self, container: &Node, rows: &mut Vec<Row>, header: bool) -> Result<(), Error> {
        for el in container.elems() {
            match el.name.as_str() {
                "table:table-header-rows" => self.rows(el, rows, true)?,
                "table:table-rows" | "table:table-row-group" => self.rows(el, rows, header)?,
                "table:table-row" => {
                    let r = rows.len() as u32;
                    let cells = self.cells(el, r)?;
                    rows.push(Row { cells, header });
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn cells(&mut self, row: &Node, r: u32) -> Result<Vec<Cell>, Error> {
        let mut cells = Vec::new();
        let mut col = 0u32;
        for el in row.elems() {
            let repeat = el
                .attr("table:number-columns-repeated")
                .and_then(|v| v.trim().parse::<u32>().ok())
                .unwrap_or(1)
                .max(1);
            match el.name.as_str() {
                "table:table-cell" => {
                    let span = |name: &str| {
                        el.attr(name)
                            .and_then(|v| v.trim().parse::<u32>().ok())
                            .unwrap_or(1)
                            .max(1)
                    };
                    let mut blocks = Vec::new();
                    let cx = Cx {
                        cell: Some((r, col)),
                    };
                    self.blocks(el, &mut blocks, cx)?;
                    let cell = Cell {
                        blocks,
                        col_span: span("table:number-columns-spanned"),
                        row_span: span("table:number-rows-spanned"),
                    };
                    // Repeats are how empty cells are compressed; content is not duplicated.
                    let copies = if cell.blocks.is_empty() {
                        repeat.min(MAX_CELL_REPEAT)
                    } else {
                        1
                    };
                    for _ in 1..copies {
                        cells.push(cell.clone());
                    }
                    cells.push(cell);
                }
                "table:covered-table-cell" => {}
                _ => continue,
            }
            col = col.saturating_add(repeat);
        }
        Ok(cells)
    }
}

/// Builds the runs of one paragraph, collapsing white space as ODF requires: any run of
/// spaces, tabs and newlines in the XML text is one space, and none at the paragraph start.
/// The space keeps the formatting of the text it was typed in, so "**Song** dit" has no
/// bold space.
#[derive(Default)]
struct Runs {
    runs: Vec<Run>,
    pending_space: Option<(TextProps, Option<String>)>,
}

fn run_style(p: TextProps) -> RunStyle {
    RunStyle {
        bold: p.bold.unwrap_or(false),
        italic: p.italic.unwrap_or(false),
        superscript: p.superscript.unwrap_or(false),
    }
}

impl Runs {
    fn push_raw(&mut self, s: &str, props: TextProps, link: Option<&str>) {
        if s.is_empty() {
            return;
        }
        let text = if props.uppercase == Some(true) {
            s.to_uppercase()
        } else {
            s.to_string()
        };
        let style = run_style(props);
        if let Some(last) = self.runs.last_mut() {
            if last.style == style && last.link.as_deref() == link {
                last.text.push_str(&text);
                return;
            }
        }
        self.runs.push(Run {
            text,
            style,
            link: link.map(str::to_string),
        });
    }

    fn flush_space(&mut self) {
        if let Some((props, link)) = self.pending_space.take() {
            if !self.runs.is_empty() {
                self.push_raw(" ", props, link.as_deref());
            }
        }
    }

    fn note_space(&mut self, props: TextProps, link: Option<&str>) {
        if self.pending_space.is_none() {
            self.pending_space = Some((props, link.map(str::to_string)));
        }
    }

    fn push_text(&mut self, s: &str, props: TextProps, link: Option<&str>) {
        let mut word = String::new();
        for ch in s.chars() {
            if matches!(ch, ' ' | '\t' | '\n' | '\r') {
                if !word.is_empty() {
                    self.flush_space();
                    self.push_raw(&word, props, link);
                    word.clear();
                }
                self.note_space(props, link);
            } else {
                word.push(ch);
            }
        }
        if !word.is_empty() {
            self.flush_space();
            self.push_raw(&word, props, link);
        }
    }

    fn push_explicit(&mut self, s: &str, props: TextProps, link: Option<&str>) {
        self.flush_space();
        self.push_raw(s, props, link);
    }

    fn finish(self) -> Vec<Run> {
        self.runs
    }
}

//! Block-level content of a story (body, header, note, comment): paragraphs, their roles,
//! tables with merged cells, and the wrappers read through (SDT, customXml, tracked
//! insertions, alternate content).

use std::collections::HashMap;

use crate::error::Error;
use crate::model::{Block, Cell, Marker, MarkerKind, Origin, Paragraph, Role, Row, Run, Table};

use super::numbering::Numbering;
use super::package_parts::Relationships;
use super::runs::{merge_runs, Field, Inline};
use super::styles::{outline_of, NumRef, Styles};
use super::xml::{on_off, Element};
use super::MAX_PARAGRAPHS;

/// Widest column span accepted for one cell.
const MAX_COL_SPAN: u32 = 1_000;

/// Reads the stories of one part with the document's styles and numbering.
pub struct PartReader<'a> {
    pub(super) styles: &'a Styles,
    pub(super) numbering: &'a mut Numbering,
    pub(super) rels: &'a Relationships,
    pub(super) part: String,
    pub(super) path: String,
    pub(super) index: u32,
    pub(super) paragraphs: &'a mut usize,
    pub(super) fields: Vec<Field>,
    /// Runs of a drop-cap frame paragraph, joined to the paragraph that follows it.
    drop_cap: Vec<Run>,
}

/// Picks the branch of `mc:AlternateContent` to read: the first `mc:Choice` (its content is
/// the current markup), else `mc:Fallback`. Only one branch is read, so nothing is doubled.
pub fn alternate_branch(ac: &Element) -> Option<&Element> {
    ac.child("Choice").or_else(|| ac.child("Fallback"))
}

impl<'a> PartReader<'a> {
    pub fn new(
        styles: &'a Styles,
        numbering: &'a mut Numbering,
        rels: &'a Relationships,
        part: &str,
        path: &str,
        paragraphs: &'a mut usize,
    ) -> Self {
        numbering.reset_counters();
        PartReader {
            styles,
            numbering,
            rels,
            part: part.to_string(),
            path: path.to_string(),
            index: 0,
            paragraphs,
            fields: Vec::new(),
            drop_cap: Vec::new(),
        }
    }

    /// Reads the blocks of a container (`w:body`, `w:tc`, `w:hdr`, `w:footnote`...).
    pub fn read_blocks(
        &mut self,
        container: &Element,
        cell: Option<(u32, u32)>,
    ) -> Result<Vec<Block>, Error> {
        let mut out = Vec::new();
        self.blocks_into(container, cell, &mut out)?;
        Ok(out)
    }

    fn origin(&mut self, cell: Option<(u32, u32)>) -> Origin {
        let index = self.index;
        self.index = self.index.saturating_add(1);
        Origin {
            part: Some(self.part.clone()),
            index,
            lines: None,
            cell,
        }
    }

    fn blocks_into(
        &mut self,
        container: &Element,
        cell: Option<(u32, u32)>,
        out: &mut Vec<Block>,
    ) -> Result<(), Error> {
        for e in container.elements() {
            self.block(e, cell, out)?;
        }
        Ok(())
    }

    /// Reads one child of a container: a paragraph, a table or a wrapper of blocks.
    pub(super) fn block(
        &mut self,
        e: &Element,
        cell: Option<(u32, u32)>,
        out: &mut Vec<Block>,
    ) -> Result<(), Error> {
        match e.name.as_str() {
            "p" => self.paragraph(e, cell, out)?,
            "tbl" => self.table(e, cell, out)?,
            "sdtContent" | "customXml" | "ins" | "moveTo" | "smartTag" | "txbxContent" => {
                self.blocks_into(e, cell, out)?
            }
            "sdt" => {
                if let Some(c) = e.child("sdtContent") {
                    self.blocks_into(c, cell, out)?;
                }
            }
            "AlternateContent" => {
                if let Some(b) = alternate_branch(e) {
                    self.blocks_into(b, cell, out)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn paragraph(
        &mut self,
        p: &Element,
        cell: Option<(u32, u32)>,
        out: &mut Vec<Block>,
    ) -> Result<(), Error> {
        *self.paragraphs += 1;
        if *self.paragraphs > MAX_PARAGRAPHS {
            return Err(Error::Limit {
                path: self.path.clone(),
                message: format!("more than MAX_PARAGRAPHS ({MAX_PARAGRAPHS}) paragraphs"),
            });
        }
        self.drop_runaway_fields();
        let ppr = p.child("pPr");
        let style = self
            .styles
            .paragraph_style(ppr.and_then(|x| x.child_val("pStyle")));
        let base = self.styles.defaults().then(self.styles.run_props(style));
        let mut inline = Inline::default();
        self.inline_children(p, base, None, &mut inline);
        let drop_cap = ppr
            .and_then(|p| p.child("framePr"))
            .and_then(|f| f.attr("dropCap"))
            .is_some_and(|d| d == "drop" || d == "margin");
        if drop_cap {
            // The enlarged first letter sits in its own frame paragraph.
            self.drop_cap.extend(inline.runs);
            return Ok(());
        }
        let mark_deleted = ppr
            .and_then(|p| p.child("rPr"))
            .and_then(|r| r.child("del"))
            .is_some();
        if mark_deleted && !inline.runs.iter().any(|r| !r.text.trim().is_empty()) {
            // A paragraph deleted as a tracked change: gone, and not counted in its list.
            return Ok(());
        }
        let role = self.role(ppr, style, inline.checkbox);
        let mut all = std::mem::take(&mut self.drop_cap);
        all.extend(inline.runs);
        let runs = merge_runs(all);
        let has_text = runs.iter().any(|r| !r.text.trim().is_empty());
        // An empty numbered item still shows its number.
        let numbered = matches!(&role, Role::ListItem { marker, .. } if marker.label.is_some());
        if has_text || numbered || inline.checkbox.is_some() {
            let origin = self.origin(cell);
            out.push(Block::Paragraph(Paragraph::new(role, runs, origin)));
        }
        for text_box in inline.boxes {
            self.blocks_into(text_box, cell, out)?;
        }
        Ok(())
    }

    /// Title, heading (outline level or heading style), list item (numbering) or normal.
    fn role(&mut self, ppr: Option<&Element>, style: Option<&str>, checkbox: Option<bool>) -> Role {
        let direct = ppr
            .and_then(|p| p.child("numPr"))
            .map(NumRef::from_numpr)
            .unwrap_or_default();
        let inherited = self.styles.numbering(style);
        let num_id = direct.num_id.or(inherited.num_id);
        let ilvl = direct.ilvl.or(inherited.ilvl).unwrap_or(0).min(8);
        let marker = match num_id.as_deref() {
            Some(id) if id != "0" => self.numbering.next_marker(id, ilvl),
            _ => None,
        };
        if self.styles.is_title(style) {
            return Role::Title;
        }
        let heading = ppr
            .and_then(outline_of)
            .or_else(|| self.styles.heading_level(style));
        if let Some(level) = heading {
            let number = marker.and_then(|m| m.label);
            return Role::Heading { level, number };
        }
        if let Some(checked) = checkbox {
            return Role::ListItem {
                level: if marker.is_some() { ilvl } else { 0 },
                marker: Marker {
                    kind: MarkerKind::Checkbox,
                    label: None,
                    checked: Some(checked),
                },
            };
        }
        match marker {
            Some(marker) => Role::ListItem {
                level: ilvl,
                marker,
            },
            None => Role::Normal,
        }
    }

    fn table(
        &mut self,
        tbl: &Element,
        cell: Option<(u32, u32)>,
        out: &mut Vec<Block>,
    ) -> Result<(), Error> {
        let origin = self.origin(cell);
        let mut rows: Vec<Row> = Vec::new();
        // Grid column → (row, cell) of the cell a vertical merge started at.
        let mut merges: HashMap<u32, (usize, usize)> = HashMap::new();
        for tr in wrapped(tbl, "tr") {
            let trpr = tr.child("trPr");
            if trpr.and_then(|t| t.child("del")).is_some() {
                continue;
            }
            let header = trpr.and_then(|t| t.child("tblHeader")).is_some_and(on_off);
            let mut col: u32 = trpr
                .and_then(|t| t.child_val("gridBefore"))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0)
                .min(MAX_COL_SPAN);
            let row_index = rows.len();
            let mut cells: Vec<Cell> = Vec::new();
            for tc in wrapped(tr, "tc") {
                let tcpr = tc.child("tcPr");
                let span = tcpr
                    .and_then(|t| t.child_val("gridSpan"))
                    .and_then(|v| v.trim().parse::<u32>().ok())
                    .unwrap_or(1)
                    .clamp(1, MAX_COL_SPAN);
                // Word 2003-style horizontal merge: continuation cells widen the cell before.
                let hmerge_continue = tcpr
                    .and_then(|t| t.child("hMerge"))
                    .is_some_and(|h| h.attr("val") != Some("restart"));
                if hmerge_continue {
                    if let Some(prev) = cells.last_mut() {
                        prev.col_span = prev.col_span.saturating_add(span).min(MAX_COL_SPAN);
                        col = col.saturating_add(span);
                        continue;
                    }
                }
                let vmerge = tcpr
                    .and_then(|t| t.child("vMerge"))
                    .map(|v| v.attr("val") == Some("restart"));
                if vmerge == Some(false) {
                    if let Some(&(r, c)) = merges.get(&col) {
                        if let Some(start) = rows.get_mut(r).and_then(|row| row.cells.get_mut(c)) {
                            start.row_span = start.row_span.saturating_add(1);
                            col = col.saturating_add(span);
                            continue;
                        }
                    }
                }
                let blocks = self.read_blocks(tc, Some((row_index as u32, col)))?;
                if vmerge == Some(true) {
                    merges.insert(col, (row_index, cells.len()));
                } else {
                    merges.remove(&col);
                }
                cells.push(Cell {
                    blocks,
                    col_span: span,
                    row_span: 1,
                });
                col = col.saturating_add(span);
            }
            rows.push(Row { cells, header });
        }
        if !rows.is_empty() {
            out.push(Block::Table(Table { rows, origin }));
        }
        Ok(())
    }
}

/// Children named `name`, looking through SDT, customXml and tracked-insertion wrappers
/// (rows and cells may sit inside them); deleted rows are skipped.
fn wrapped<'e>(parent: &'e Element, name: &str) -> Vec<&'e Element> {
    let mut out = Vec::new();
    collect_wrapped(parent, name, &mut out, 0);
    out
}

fn collect_wrapped<'e>(parent: &'e Element, name: &str, out: &mut Vec<&'e Element>, depth: usize) {
    for e in parent.elements() {
        if e.name == name {
            out.push(e);
        } else if depth < 16 {
            match e.name.as_str() {
                "sdt" | "sdtContent" | "customXml" | "ins" | "moveTo" => {
                    collect_wrapped(e, name, out, depth + 1)
                }
                "AlternateContent" => {
                    if let Some(b) = alternate_branch(e) {
                        collect_wrapped(b, name, out, depth + 1);
                    }
                }
                _ => {}
            }
        }
    }
}

//! Tables: rows (header rows marked), cells with their spans; covered cells are dropped.

use crate::error::Error;
use crate::model::{Block, Cell, Row, Table};

use super::body::{BodyReader, Cx};
use super::xml::Node;

/// Most copies made of a repeated empty table cell (`table:number-columns-repeated`).
const MAX_CELL_REPEAT: u32 = 64;

impl BodyReader<'_> {
    pub(super) fn table(&mut self, el: &Node, out: &mut Vec<Block>, cx: Cx) -> Result<(), Error> {
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

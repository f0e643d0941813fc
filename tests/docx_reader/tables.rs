//! Tables: merged cells, header rows, nesting.

use super::*;

#[test]
fn tables_merge_cells_and_mark_header_rows() {
    let cell =
        |props: &str, text: &str| format!("<w:tc><w:tcPr>{props}</w:tcPr>{}</w:tc>", para(text));
    let body = format!(
        "<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>{}{}</w:tr><w:tr>{}{}{}</w:tr><w:tr>{}{}{}</w:tr></w:tbl>",
        cell(r#"<w:gridSpan w:val="2"/>"#, "Organisation"),
        cell("", "Participants"),
        cell(r#"<w:vMerge w:val="restart"/>"#, "Ville de Paris"),
        cell("", "Adjoint"),
        cell("", "Jeanne Martin"),
        cell("<w:vMerge/>", ""),
        cell("", "Chargé de mission"),
        cell("", "Paul Durand"),
    );
    let doc = read(&DocxBuilder::new(&body));
    let t = first_table(&doc);
    assert_eq!(t.rows.len(), 3);
    assert!(t.rows[0].header);
    assert!(!t.rows[1].header);
    assert_eq!(t.rows[0].cells[0].col_span, 2);
    assert_eq!(t.rows[1].cells[0].row_span, 2);
    assert_eq!(t.rows[2].cells.len(), 2, "the continuation cell is dropped");
    let Block::Paragraph(p) = &t.rows[2].cells[1].blocks[0] else {
        panic!("paragraph in cell")
    };
    assert_eq!(p.text(), "Paul Durand");
    assert_eq!(p.origin.cell, Some((2, 2)));
}

#[test]
fn nested_tables_are_kept_inside_their_cell() {
    let inner = format!(
        "<w:tbl><w:tr><w:tc>{}</w:tc></w:tr></w:tbl>",
        para("Dedans")
    );
    let body = format!(
        "<w:tbl><w:tr><w:tc>{}{inner}</w:tc></w:tr></w:tbl>",
        para("Dehors")
    );
    let doc = read(&DocxBuilder::new(&body));
    let cell = &first_table(&doc).rows[0].cells[0];
    assert_eq!(cell.blocks.len(), 2);
    assert!(matches!(&cell.blocks[1], Block::Table(t) if t.rows[0].cells.len() == 1));
}

#[test]
fn legacy_horizontal_merges_widen_the_first_cell() {
    let cell =
        |props: &str, text: &str| format!("<w:tc><w:tcPr>{props}</w:tcPr>{}</w:tc>", para(text));
    let body = format!(
        "<w:tbl><w:tr>{}{}{}</w:tr></w:tbl>",
        cell(r#"<w:hMerge w:val="restart"/>"#, "Large"),
        cell("<w:hMerge/>", ""),
        cell("", "Seule")
    );
    let doc = read(&DocxBuilder::new(&body));
    let row = &first_table(&doc).rows[0];
    assert_eq!(row.cells.len(), 2);
    assert_eq!(row.cells[0].col_span, 2);
}

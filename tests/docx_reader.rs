//! DOCX reader tests on small packages built in memory.

mod support;

#[path = "docx_reader/furniture.rs"]
mod furniture;
#[path = "docx_reader/inline.rs"]
mod inline;
#[path = "docx_reader/package.rs"]
mod package;
#[path = "docx_reader/seed.rs"]
mod seed;
#[path = "docx_reader/structure.rs"]
mod structure;
#[path = "docx_reader/tables.rs"]
mod tables;

use cufminutes::model::{Block, Document, FurnitureKind, MarkerKind, Paragraph, Role, Table};
use cufminutes::Error;
use support::docx_builder::{numbered, para, styled, zip_of, DocxBuilder};

fn read(builder: &DocxBuilder) -> Document {
    cufminutes::read_bytes(&builder.build(), Some("test.docx")).expect("document reads")
}

fn read_err(bytes: &[u8]) -> Error {
    match cufminutes::read_bytes(bytes, Some("test.docx")) {
        Ok(doc) => panic!("expected an error, got {doc:?}"),
        Err(e) => e,
    }
}

fn paragraphs(doc: &Document) -> Vec<&Paragraph> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(p),
            Block::Table(_) => None,
        })
        .collect()
}

fn texts(doc: &Document) -> Vec<String> {
    paragraphs(doc).iter().map(|p| p.text()).collect()
}

fn first_table(doc: &Document) -> &Table {
    doc.blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(t) => Some(t),
            Block::Paragraph(_) => None,
        })
        .expect("a table")
}

fn label(role: &Role) -> Option<(u8, MarkerKind, Option<String>)> {
    match role {
        Role::ListItem { level, marker } => Some((*level, marker.kind, marker.label.clone())),
        _ => None,
    }
}

//! WordprocessingML reader (.docx, .docm, .dotx).
//!
//! The main part is found through the package relationships (or `[Content_Types].xml`),
//! never by a fixed path. Elements are matched by local name, so transitional, Strict and
//! oddly-prefixed documents read alike. Body text, furniture (headers, footers, notes,
//! comments) and properties are kept apart.

use crate::error::Error;
use crate::model::{Document, Format};
use crate::read::package::Package;

use stream::Piece;

mod body;
mod furniture;
mod numbering;
mod package_parts;
mod properties;
mod runs;
mod stream;
mod styles;
mod xml;

pub use xml::{MAX_XML_DEPTH, MAX_XML_ELEMENTS};

/// Most paragraphs read from one document (body and furniture together).
pub const MAX_PARAGRAPHS: usize = 1_000_000;

/// Reads the part the main part relates to with `kind` ("styles", "numbering"), or the
/// default when there is none.
fn read_related<T: Default>(
    pkg: &mut Package,
    rels: &package_parts::Relationships,
    kind: &str,
    keep: &xml::Keep,
    build: impl Fn(&xml::Element) -> T,
) -> Result<T, Error> {
    let Some(rel) = rels.first_of(kind) else {
        return Ok(T::default());
    };
    let target = rel.target.clone();
    Ok(package_parts::read_xml_keeping(pkg, &target, keep)?
        .map(|root| build(&root))
        .unwrap_or_default())
}

/// Reads a DOCX package into a Document.
pub fn read_docx(pkg: &mut Package) -> Result<Document, Error> {
    let path = pkg.path().to_string();
    let package_rels = package_parts::relationships(pkg, "")?;
    let main = package_parts::main_part(pkg, &package_rels)?;
    let rels = package_parts::relationships(pkg, &main)?;

    let styles = read_related(
        pkg,
        &rels,
        "styles",
        &styles::KEEP,
        styles::Styles::from_xml,
    )?;
    let mut numbering = read_related(
        pkg,
        &rels,
        "numbering",
        &numbering::KEEP,
        numbering::Numbering::from_xml,
    )?;
    numbering.resolve_style_links(|style| styles.numbering(Some(style)).num_id);

    let text = package_parts::read_text(pkg, &main)?.ok_or_else(|| Error::Corrupt {
        path: path.clone(),
        part: main.clone(),
        message: "main document part is missing".into(),
    })?;
    let mut paragraphs = 0usize;
    let mut doc = Document::new(Format::Docx);
    let reader = body::PartReader::new(
        &styles,
        &mut numbering,
        &rels,
        &main,
        &path,
        &mut paragraphs,
    );
    let refs = read_main(&text, reader, &mut doc)?;
    drop(text);
    let mut ctx = furniture::FurnitureContext {
        styles: &styles,
        numbering: &mut numbering,
        paragraphs: &mut paragraphs,
    };
    doc.furniture = furniture::read_furniture(pkg, refs, &rels, &mut ctx)?;
    if doc.blocks.is_empty() && doc.furniture.is_empty() {
        return Err(Error::Empty { path });
    }
    doc.properties = properties::read_properties(pkg, &package_rels)?;
    Ok(doc)
}

/// Streams the main part's body into `doc.blocks`, one top-level block at a time, and
/// returns the header and footer references of its sections, in document order.
fn read_main(
    text: &str,
    mut reader: body::PartReader,
    doc: &mut Document,
) -> Result<Vec<furniture::StoryRef>, Error> {
    let mut pieces = stream::Splitter::new(text, &reader.path, &reader.part);
    let root = match pieces.next_piece()? {
        Piece::Root(name) => name,
        _ => String::new(),
    };
    if root != "document" {
        // The whole part is still read, so that a broken part is reported as such.
        while !matches!(pieces.next_piece()?, Piece::End) {}
        return Err(Error::Unsupported {
            path: reader.path.clone(),
            looks_like: format!(
                "an OOXML package whose main part {} holds <{root}>, not a word-processing document",
                reader.part
            ),
        });
    }
    let mut refs = Vec::new();
    loop {
        match pieces.next_piece()? {
            Piece::Block(e) => {
                furniture::references_in(&e, &mut refs, 1);
                reader.block(&e, None, &mut doc.blocks)?;
            }
            Piece::RootChild(e) => furniture::references_in(&e, &mut refs, 0),
            Piece::Root(_) => {}
            Piece::End => return Ok(refs),
        }
    }
}

//! OpenDocument text reader (.odt).
//!
//! content.xml gives the body, notes and comments; styles.xml the common styles and the
//! master-page headers and footers; meta.xml the document properties. Tables of contents
//! are read through: their generated entries (`text:index-body`) are body paragraphs.

mod body;
mod lists;
mod meta;
mod numbering;
mod runs;
mod styles;
mod tables;
mod xml;

pub use body::MAX_PARAGRAPHS;
pub use xml::{MAX_XML_DEPTH, MAX_XML_ELEMENTS};

use crate::error::Error;
use crate::model::{Block, Document, Format, Furniture, FurnitureKind};
use crate::read::package::Package;

use body::BodyReader;
use styles::Styles;
use xml::Node;

const CONTENT: &str = "content.xml";
const STYLES: &str = "styles.xml";
const META: &str = "meta.xml";
const MANIFEST: &str = "META-INF/manifest.xml";

/// Reads an ODT package into a Document.
pub fn read_odt(pkg: &mut Package) -> Result<Document, Error> {
    let path = pkg.path().to_string();
    // A password-protected ODT is a normal zip whose parts are encrypted; only the
    // manifest says so.
    if let Ok(Some(manifest)) = pkg.read_string(MANIFEST) {
        if manifest.contains("encryption-data") {
            return Err(Error::Encrypted { path });
        }
    }
    let Some(content) = pkg.read_string(CONTENT)? else {
        return Err(Error::Corrupt {
            path,
            part: CONTENT.into(),
            message: "the package has no content.xml".into(),
        });
    };
    let content = xml::parse(&content, &path, CONTENT)?;
    let styles_root = match pkg.read_string(STYLES)? {
        Some(s) => Some(xml::parse(&s, &path, STYLES)?),
        None => None,
    };
    let meta_root = match pkg.read_string(META)? {
        Some(s) => Some(xml::parse(&s, &path, META)?),
        None => None,
    };

    let Some(text) = content
        .child("office:body")
        .and_then(|b| b.child("office:text"))
    else {
        return Err(Error::Unsupported {
            path,
            looks_like: "an OpenDocument package without a text body (a spreadsheet or drawing?)"
                .into(),
        });
    };

    let mut doc = Document::new(Format::Odt);
    let content_styles = Styles::new(styles_root.as_ref(), &content);
    let mut reader = BodyReader::new(&content_styles, CONTENT, &path);
    doc.blocks = reader.read_blocks(text)?;
    let notes = std::mem::take(&mut reader.furniture);

    if let Some(root) = &styles_root {
        doc.furniture = page_furniture(root, &path)?;
    }
    doc.furniture.extend(notes);
    if let Some(root) = &meta_root {
        doc.properties = meta::read_meta(root);
    }
    Ok(doc)
}

/// Headers and footers of the master pages, each distinct one once.
fn page_furniture(root: &Node, path: &str) -> Result<Vec<Furniture>, Error> {
    let mut out: Vec<Furniture> = Vec::new();
    let Some(master) = root.child("office:master-styles") else {
        return Ok(out);
    };
    let styles = Styles::new(Some(root), root);
    let mut reader = BodyReader::new(&styles, STYLES, path);
    for page in master.elems().filter(|e| e.name == "style:master-page") {
        for region in page.elems() {
            let kind = match region.name.as_str() {
                "style:header" | "style:header-left" | "style:header-first" => {
                    FurnitureKind::Header
                }
                "style:footer" | "style:footer-left" | "style:footer-first" => {
                    FurnitureKind::Footer
                }
                _ => continue,
            };
            if region.attr("style:display") == Some("false") {
                continue;
            }
            let blocks = reader.read_blocks(region)?;
            if blocks.is_empty() {
                continue;
            }
            let shown = render(&blocks);
            if !out
                .iter()
                .any(|f| f.kind == kind && render(&f.blocks) == shown)
            {
                out.push(Furniture { kind, blocks });
            }
        }
    }
    out.extend(reader.furniture);
    Ok(out)
}

/// The text of some blocks, to tell identical headers of different master pages apart.
fn render(blocks: &[Block]) -> String {
    let mut d = Document::new(Format::Odt);
    d.blocks = blocks.to_vec();
    crate::model::render_text(&d)
}

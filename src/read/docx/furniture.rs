//! Page furniture and notes: headers and footers named by the sections' references,
//! footnotes and endnotes (separator notes skipped) and comments. They go to
//! `Document.furniture`, never into the body.

use crate::error::Error;
use crate::model::{Furniture, FurnitureKind};
use crate::read::package::Package;

use super::body::PartReader;
use super::numbering::Numbering;
use super::package_parts::{read_xml, relationships, Relationships};
use super::styles::Styles;
use super::xml::Element;

/// Shared state for reading the furniture parts of one document.
pub struct FurnitureContext<'a> {
    pub styles: &'a Styles,
    pub numbering: &'a mut Numbering,
    pub paragraphs: &'a mut usize,
}

/// A header or footer reference of a section: its kind and relationship id.
pub(crate) type StoryRef = (FurnitureKind, String);

/// Reads headers, footers (`refs`, in document order), notes and comments of the main part.
pub fn read_furniture(
    pkg: &mut Package,
    refs: Vec<StoryRef>,
    main_rels: &Relationships,
    ctx: &mut FurnitureContext,
) -> Result<Vec<Furniture>, Error> {
    let mut out = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (kind, id) in refs {
        let Some(rel) = main_rels.by_id(&id) else {
            continue;
        };
        if rel.external || seen.contains(&rel.target) {
            continue;
        }
        seen.push(rel.target.clone());
        let target = rel.target.clone();
        out.extend(read_story_part(pkg, &target, kind, None, ctx)?);
    }
    for (rel_kind, element, kind) in [
        ("footnotes", "footnote", FurnitureKind::Footnote),
        ("endnotes", "endnote", FurnitureKind::Endnote),
        ("comments", "comment", FurnitureKind::Comment),
    ] {
        let Some(rel) = main_rels.first_of(rel_kind) else {
            continue;
        };
        let target = rel.target.clone();
        out.extend(read_story_part(pkg, &target, kind, Some(element), ctx)?);
    }
    Ok(out)
}

/// `headerReference`/`footerReference` ids of every section under `e`, in document order.
fn collect_references(e: &Element, out: &mut Vec<StoryRef>, depth: usize) {
    if depth > 8 {
        return;
    }
    for c in e.elements() {
        references_in(c, out, depth);
    }
}

/// The references `c`, a child of an element at `depth` below the root (0 for the root's
/// children), is or holds: section properties of the body and of paragraphs.
pub(crate) fn references_in(c: &Element, out: &mut Vec<StoryRef>, depth: usize) {
    let kind = match c.name.as_str() {
        "headerReference" => Some(FurnitureKind::Header),
        "footerReference" => Some(FurnitureKind::Footer),
        _ => None,
    };
    match (kind, c.attr("id")) {
        (Some(kind), Some(id)) => out.push((kind, id.to_string())),
        _ => {
            if matches!(c.name.as_str(), "body" | "sectPr" | "p" | "pPr") {
                collect_references(c, out, depth + 1);
            }
        }
    }
}

/// Reads one furniture part: the whole part as one item (header/footer), or one item per
/// `element` child (notes, comments).
fn read_story_part(
    pkg: &mut Package,
    part: &str,
    kind: FurnitureKind,
    element: Option<&str>,
    ctx: &mut FurnitureContext,
) -> Result<Vec<Furniture>, Error> {
    let Some(real) = pkg.find(part) else {
        return Ok(Vec::new());
    };
    let Some(root) = read_xml(pkg, &real)? else {
        return Ok(Vec::new());
    };
    let rels = relationships(pkg, &real)?;
    let path = pkg.path().to_string();
    let mut reader = PartReader::new(
        ctx.styles,
        ctx.numbering,
        &rels,
        &real,
        &path,
        ctx.paragraphs,
    );
    let mut out = Vec::new();
    match element {
        None => {
            let blocks = reader.read_blocks(&root, None)?;
            if !blocks.is_empty() {
                out.push(Furniture { kind, blocks });
            }
        }
        Some(name) => {
            for note in root.children_named(name) {
                let separator = note.attr("type").is_some_and(|t| {
                    matches!(
                        t,
                        "separator" | "continuationSeparator" | "continuationNotice"
                    )
                });
                if separator {
                    continue;
                }
                let blocks = reader.read_blocks(note, None)?;
                if !blocks.is_empty() {
                    out.push(Furniture { kind, blocks });
                }
            }
        }
    }
    Ok(out)
}

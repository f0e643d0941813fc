//! Finding parts: content types, relationships and part-name resolution.
//!
//! Relationship types are matched on their last path segment, case-insensitively, so the
//! transitional (`schemas.openxmlformats.org/officeDocument/...`), Strict
//! (`purl.oclc.org/ooxml/officeDocument/...`) and LibreOffice's lower-case `officedocument`
//! spellings all match.

use std::collections::HashMap;

use crate::error::Error;
use crate::read::package::Package;

use super::xml::{self, Element};

/// One relationship of a part.
#[derive(Debug, Clone)]
pub struct Relationship {
    pub id: String,
    /// Last segment of the type URI, lower-cased ("officedocument", "styles", "hyperlink").
    pub kind: String,
    /// Target resolved to a part name, or the raw target for external relationships.
    pub target: String,
    pub external: bool,
}

/// The relationships of one part, indexed by id (documents may hold thousands of links).
#[derive(Debug, Default, Clone)]
pub struct Relationships {
    list: Vec<Relationship>,
    by_id: HashMap<String, usize>,
}

impl Relationships {
    fn new(list: Vec<Relationship>) -> Self {
        let mut by_id = HashMap::with_capacity(list.len());
        for (i, r) in list.iter().enumerate() {
            by_id.entry(r.id.clone()).or_insert(i);
        }
        Relationships { list, by_id }
    }

    pub fn by_id(&self, id: &str) -> Option<&Relationship> {
        self.by_id.get(id).and_then(|&i| self.list.get(i))
    }

    pub fn first_of(&self, kind: &str) -> Option<&Relationship> {
        self.list.iter().find(|r| r.kind == kind && !r.external)
    }
}

/// Reads a part and parses it; `Ok(None)` when the part is absent.
pub fn read_xml(pkg: &mut Package, part: &str) -> Result<Option<Element>, Error> {
    read_xml_keeping(pkg, part, &xml::KEEP_ALL)
}

/// Reads a part and parses it keeping what `keep` accepts; `Ok(None)` when it is absent.
pub(crate) fn read_xml_keeping(
    pkg: &mut Package,
    part: &str,
    keep: &xml::Keep,
) -> Result<Option<Element>, Error> {
    let Some(text) = read_text(pkg, part)? else {
        return Ok(None);
    };
    xml::parse_keeping(&text, pkg.path(), part, keep).map(Some)
}

/// Reads a part and decodes its text; `Ok(None)` when the part is absent.
pub(crate) fn read_text(pkg: &mut Package, part: &str) -> Result<Option<String>, Error> {
    let Some(bytes) = pkg.read(part)? else {
        return Ok(None);
    };
    decode(bytes).map(Some).ok_or_else(|| Error::Corrupt {
        path: pkg.path().to_string(),
        part: part.to_string(),
        message: "text is neither UTF-8 nor in the encoding its XML declaration names".into(),
    })
}

/// Decodes a part: UTF-8 (with or without BOM), UTF-16 with a BOM, or the encoding named
/// in the XML declaration (some non-Word producers write UTF-16 or Latin-1 parts). UTF-8
/// without a BOM, what Word writes, takes the bytes over without copying them.
fn decode(bytes: Vec<u8>) -> Option<String> {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(&bytes) {
        let (text, _) = encoding.decode_without_bom_handling(bytes.get(bom..)?);
        return Some(text.into_owned());
    }
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return Some(text),
        Err(e) => e.into_bytes(),
    };
    let head = String::from_utf8_lossy(bytes.get(..bytes.len().min(200))?);
    let label = head
        .split("encoding=")
        .nth(1)?
        .trim_start_matches(['"', '\'']);
    let label = label.split(['"', '\'']).next()?;
    let encoding = encoding_rs::Encoding::for_label(label.as_bytes())?;
    let (text, _, _) = encoding.decode(&bytes);
    Some(text.into_owned())
}

/// The relationships part name of a part: `word/document.xml` → `word/_rels/document.xml.rels`.
fn rels_name(part: &str) -> String {
    match part.rsplit_once('/') {
        Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
        None => format!("_rels/{part}.rels"),
    }
}

/// Reads the relationships of `part` ("" for the package itself).
pub fn relationships(pkg: &mut Package, part: &str) -> Result<Relationships, Error> {
    let name = if part.is_empty() {
        "_rels/.rels".to_string()
    } else {
        rels_name(part)
    };
    let Some(root) = read_xml(pkg, &name)? else {
        return Ok(Relationships::default());
    };
    let base = part.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
    let rels = root
        .children_named("Relationship")
        .filter_map(|r| {
            let id = r.attr("Id")?.to_string();
            let ty = r.attr("Type")?;
            let kind = ty.rsplit('/').next().unwrap_or(ty).to_ascii_lowercase();
            let raw = r.attr("Target")?;
            let external = r
                .attr("TargetMode")
                .is_some_and(|m| m.eq_ignore_ascii_case("external"));
            let target = if external {
                raw.to_string()
            } else {
                resolve(base, raw)
            };
            Some(Relationship {
                id,
                kind,
                target,
                external,
            })
        })
        .collect();
    Ok(Relationships::new(rels))
}

/// Resolves a relative target against a part's folder; a leading '/' is package-absolute.
pub fn resolve(base: &str, target: &str) -> String {
    let target = target.replace('\\', "/");
    let target = target.split(['#', '?']).next().unwrap_or("");
    let mut parts: Vec<&str> = Vec::new();
    if !target.starts_with('/') {
        parts.extend(base.split('/').filter(|s| !s.is_empty()));
    }
    for seg in target.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// Content types of main word-processing parts: document, macro-enabled, templates.
const MAIN_CONTENT_TYPES: [&str; 4] = [
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroenabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroenabledtemplate.main+xml",
];

/// Finds the main document part: the package's officeDocument relationship first, then a
/// main-document override in `[Content_Types].xml`.
pub fn main_part(pkg: &mut Package, package_rels: &Relationships) -> Result<String, Error> {
    if let Some(rel) = package_rels.first_of("officedocument") {
        if let Some(real) = pkg.find(&rel.target) {
            return Ok(real);
        }
    }
    let types = read_xml(pkg, "[Content_Types].xml")?;
    let mut kinds = String::new();
    if let Some(types) = &types {
        for o in types.children_named("Override") {
            let ct = o.attr("ContentType").unwrap_or("").to_ascii_lowercase();
            let name = o.attr("PartName").unwrap_or("");
            if MAIN_CONTENT_TYPES.contains(&ct.as_str()) {
                if let Some(real) = pkg.find(name) {
                    return Ok(real);
                }
            }
            kinds.push_str(&ct);
            kinds.push(' ');
        }
    }
    let looks_like = if kinds.contains("spreadsheetml") {
        "an Excel workbook (OOXML spreadsheet), not a word-processing document"
    } else if kinds.contains("presentationml") {
        "a PowerPoint presentation (OOXML), not a word-processing document"
    } else {
        "an OOXML package without a word-processing main part"
    };
    Err(Error::Unsupported {
        path: pkg.path().to_string(),
        looks_like: looks_like.into(),
    })
}

#[cfg(test)]
mod tests {
    use super::resolve;

    #[test]
    fn resolves_relative_and_absolute_targets() {
        assert_eq!(resolve("word", "styles.xml"), "word/styles.xml");
        assert_eq!(resolve("word", "/word/styles.xml"), "word/styles.xml");
        assert_eq!(resolve("word", "../docProps/core.xml"), "docProps/core.xml");
        assert_eq!(resolve("", "word/document.xml"), "word/document.xml");
    }
}

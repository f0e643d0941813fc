//! Builds small DOCX packages in memory for reader tests.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::ZipWriter;

pub const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
pub const W_STRICT: &str = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_STRICT: &str = "http://purl.oclc.org/ooxml/officeDocument/relationships";

/// Namespace declarations every fixture root carries (prefix `w` unless changed).
fn namespaces(prefix: &str, w: &str, rel: &str) -> String {
    format!(
        r#"xmlns:{prefix}="{w}" xmlns:r="{rel}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math""#
    )
}

/// A DOCX package under construction: a body plus optional parts.
pub struct DocxBuilder {
    body: String,
    main: String,
    prefix: String,
    strict: bool,
    styles: Option<String>,
    numbering: Option<String>,
    rels: Vec<(String, String, String, bool)>,
    parts: Vec<(String, String)>,
    package_rels: bool,
    core_rel_type: String,
    document: Option<String>,
}

impl DocxBuilder {
    /// A document whose `w:body` holds `body` (WordprocessingML with the `w:` prefix).
    pub fn new(body: &str) -> Self {
        DocxBuilder {
            body: body.to_string(),
            main: "word/document.xml".into(),
            prefix: "w".into(),
            strict: false,
            styles: None,
            numbering: None,
            rels: Vec::new(),
            parts: Vec::new(),
            package_rels: true,
            core_rel_type:
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
                    .into(),
            document: None,
        }
    }

    /// Replaces the whole main part with `xml` (for broken-input tests).
    pub fn document_override(mut self, xml: &str) -> Self {
        self.document = Some(xml.into());
        self
    }

    /// The main part as it will be written.
    pub fn document_xml(&self) -> String {
        if let Some(xml) = &self.document {
            return xml.clone();
        }
        let (w, rel) = if self.strict {
            (W_STRICT, REL_STRICT)
        } else {
            (W, REL)
        };
        let ns = namespaces(&self.prefix, w, rel);
        let p = &self.prefix;
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><{p}:document {ns}><{p}:body>{}</{p}:body></{p}:document>"#,
            self.with_prefix(&self.body)
        )
    }

    /// Stores the main part under another name (found through relationships).
    pub fn main_part(mut self, name: &str) -> Self {
        self.main = name.into();
        self
    }

    /// Writes element names with another prefix (`w:p` becomes `{prefix}:p`).
    pub fn prefix(mut self, prefix: &str) -> Self {
        self.prefix = prefix.into();
        self
    }

    /// Uses Strict OOXML namespaces and relationship types.
    pub fn strict(mut self) -> Self {
        self.strict = true;
        self
    }

    /// Leaves out `_rels/.rels` (the main part is then found through content types).
    pub fn without_package_rels(mut self) -> Self {
        self.package_rels = false;
        self
    }

    /// `w:style` elements (and `w:docDefaults`) of styles.xml.
    pub fn styles(mut self, inner: &str) -> Self {
        self.styles = Some(inner.into());
        self
    }

    /// `w:abstractNum` and `w:num` elements of numbering.xml.
    pub fn numbering(mut self, inner: &str) -> Self {
        self.numbering = Some(inner.into());
        self
    }

    /// A relationship of the main part; `kind` is the last segment of the type URI.
    pub fn rel(mut self, id: &str, kind: &str, target: &str, external: bool) -> Self {
        self.rels
            .push((id.into(), kind.into(), target.into(), external));
        self
    }

    /// Any other part, stored as given.
    pub fn part(mut self, name: &str, content: &str) -> Self {
        self.parts.push((name.into(), content.into()));
        self
    }

    /// Core properties with this relationship type URI.
    pub fn core(mut self, xml: &str, rel_type: &str) -> Self {
        self.parts.push(("docProps/core.xml".into(), xml.into()));
        self.core_rel_type = rel_type.into();
        self
    }

    /// A story part (header, footnotes...) whose root is `root` with `inner` content.
    pub fn story(self, name: &str, root: &str, inner: &str) -> Self {
        let ns = namespaces("w", W, REL);
        let xml = format!(r#"<?xml version="1.0"?><w:{root} {ns}>{inner}</w:{root}>"#);
        self.part(name, &xml)
    }

    fn with_prefix(&self, xml: &str) -> String {
        if self.prefix == "w" {
            xml.to_string()
        } else {
            xml.replace("<w:", &format!("<{}:", self.prefix))
                .replace("</w:", &format!("</{}:", self.prefix))
                .replace(" w:", &format!(" {}:", self.prefix))
        }
    }

    /// The package bytes.
    pub fn build(&self) -> Vec<u8> {
        let (w, rel) = if self.strict {
            (W_STRICT, REL_STRICT)
        } else {
            (W, REL)
        };
        let ns = namespaces(&self.prefix, w, rel);
        let p = &self.prefix;
        let document = self.document_xml();
        let mut files: Vec<(String, String)> = vec![(self.main.clone(), document)];
        let wrap = |root: &str, inner: &str| {
            format!(
                r#"<?xml version="1.0"?><{p}:{root} {ns}>{}</{p}:{root}>"#,
                self.with_prefix(inner)
            )
        };
        let mut rels = self.rels.clone();
        let dir = self.main.rsplit_once('/').map_or("", |(d, _)| d);
        if let Some(s) = &self.styles {
            files.push((format!("{dir}/styles.xml"), wrap("styles", s)));
            rels.push((
                "rIdStyles".into(),
                "styles".into(),
                "styles.xml".into(),
                false,
            ));
        }
        if let Some(n) = &self.numbering {
            files.push((format!("{dir}/numbering.xml"), wrap("numbering", n)));
            rels.push((
                "rIdNum".into(),
                "numbering".into(),
                "numbering.xml".into(),
                false,
            ));
        }
        let rel_base = if self.strict {
            REL_STRICT.to_string()
        } else {
            REL.to_string()
        };
        let rel_xml: String = rels
            .iter()
            .map(|(id, kind, target, external)| {
                let mode = if *external {
                    r#" TargetMode="External""#
                } else {
                    ""
                };
                format!(
                    r#"<Relationship Id="{id}" Type="{rel_base}/{kind}" Target="{target}"{mode}/>"#
                )
            })
            .collect();
        let (main_dir, main_file) = self.main.rsplit_once('/').unwrap_or(("", &self.main));
        files.push((
            format!("{main_dir}/_rels/{main_file}.rels"),
            format!(r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rel_xml}</Relationships>"#),
        ));
        if self.package_rels {
            files.push((
                "_rels/.rels".into(),
                format!(
                    r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel_base}/officeDocument" Target="{}"/><Relationship Id="rId2" Type="{}" Target="docProps/core.xml"/></Relationships>"#,
                    self.main, self.core_rel_type
                ),
            ));
        }
        files.push((
            "[Content_Types].xml".into(),
            format!(
                r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/{}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#,
                self.main
            ),
        ));
        files.extend(self.parts.iter().cloned());
        zip_of(&files)
    }
}

/// A zip holding these (name, content) entries.
pub fn zip_of(files: &[(String, String)]) -> Vec<u8> {
    let bytes: Vec<(&str, Vec<u8>)> = files
        .iter()
        .map(|(n, c)| (n.as_str(), c.as_bytes().to_vec()))
        .collect();
    zip_of_bytes(&bytes)
}

/// A zip holding these (name, bytes) entries.
pub fn zip_of_bytes(files: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, content) in files {
        zip.start_file(*name, SimpleFileOptions::default())
            .expect("start zip entry");
        zip.write_all(content).expect("write zip entry");
    }
    zip.finish().expect("finish zip").into_inner()
}

/// A paragraph with one plain run.
pub fn para(text: &str) -> String {
    format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

/// A paragraph with a style and one run.
pub fn styled(style: &str, text: &str) -> String {
    format!("<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>")
}

/// A list paragraph (numId, ilvl) with one run.
pub fn numbered(num_id: u32, ilvl: u32, text: &str) -> String {
    format!(
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"{num_id}\"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
    )
}

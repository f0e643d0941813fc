//! Builds small ODT packages in memory for tests.

use std::io::Write;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

/// The namespace declarations every part carries.
pub const NS: &str = concat!(
    r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" "#,
    r#"xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" "#,
    r#"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" "#,
    r#"xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" "#,
    r#"xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" "#,
    r#"xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" "#,
    r#"xmlns:xlink="http://www.w3.org/1999/xlink" "#,
    r#"xmlns:dc="http://purl.org/dc/elements/1.1/" "#,
    r#"xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" "#,
    r#"xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0""#,
);

/// An ODT package under construction; each field is the inner XML of one region.
#[derive(Default)]
pub struct OdtBuilder {
    /// Inside content.xml `office:automatic-styles`.
    pub automatic_styles: String,
    /// Inside `office:body/office:text`.
    pub body: String,
    /// Inside styles.xml `office:styles`.
    pub common_styles: String,
    /// Inside styles.xml `office:automatic-styles`.
    pub page_automatic_styles: String,
    /// Inside styles.xml `office:master-styles`.
    pub master_styles: String,
    /// Inside meta.xml `office:meta`.
    pub meta: String,
    /// Replaces content.xml entirely when set.
    pub raw_content: Option<String>,
    /// Replaces styles.xml entirely when set.
    pub raw_styles: Option<String>,
    /// Replaces META-INF/manifest.xml entirely when set.
    pub raw_manifest: Option<String>,
}

impl OdtBuilder {
    /// A package whose body is `body`.
    pub fn new(body: &str) -> Self {
        OdtBuilder {
            body: body.to_string(),
            ..Default::default()
        }
    }

    pub fn automatic_styles(mut self, xml: &str) -> Self {
        self.automatic_styles = xml.to_string();
        self
    }

    pub fn common_styles(mut self, xml: &str) -> Self {
        self.common_styles = xml.to_string();
        self
    }

    pub fn master_styles(mut self, xml: &str) -> Self {
        self.master_styles = xml.to_string();
        self
    }

    pub fn meta(mut self, xml: &str) -> Self {
        self.meta = xml.to_string();
        self
    }

    pub fn content_xml(&self) -> String {
        if let Some(raw) = &self.raw_content {
            return raw.clone();
        }
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} office:version="1.2"><office:automatic-styles>{}</office:automatic-styles><office:body><office:text>{}</office:text></office:body></office:document-content>"#,
            self.automatic_styles, self.body
        )
    }

    pub fn styles_xml(&self) -> String {
        if let Some(raw) = &self.raw_styles {
            return raw.clone();
        }
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS} office:version="1.2"><office:styles>{}</office:styles><office:automatic-styles>{}</office:automatic-styles><office:master-styles>{}</office:master-styles></office:document-styles>"#,
            self.common_styles, self.page_automatic_styles, self.master_styles
        )
    }

    pub fn meta_xml(&self) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NS} office:version="1.2"><office:meta>{}</office:meta></office:document-meta>"#,
            self.meta
        )
    }

    /// The package bytes: `mimetype` first and stored, as ODF requires.
    pub fn build(&self) -> Vec<u8> {
        let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
        let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
        let parts = [
            ("mimetype", "application/vnd.oasis.opendocument.text".to_string()),
            ("content.xml", self.content_xml()),
            ("styles.xml", self.styles_xml()),
            ("meta.xml", self.meta_xml()),
            (
                "META-INF/manifest.xml",
                self.raw_manifest.clone().unwrap_or_else(|| r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>"#
                    .to_string()),
            ),
        ];
        for (i, (name, data)) in parts.iter().enumerate() {
            let options = if i == 0 { stored } else { deflated };
            zip.start_file(*name, options).expect("start zip entry");
            zip.write_all(data.as_bytes()).expect("write zip entry");
        }
        zip.finish().expect("finish zip").into_inner()
    }
}

//! The format-neutral document every reader produces and every recognizer reads.
//!
//! Readers know file formats and nothing about meetings; recognizers know French minutes and
//! nothing about file formats. This module is the contract between the two.

use serde::Serialize;

/// The file format a document was read from (sniffed from the bytes, not the name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text or light markdown.
    Text,
    /// WordprocessingML (.docx, .docm, .dotx).
    Docx,
    /// OpenDocument text (.odt).
    Odt,
}

impl Format {
    /// Short lowercase name used in records ("text", "docx", "odt").
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Docx => "docx",
            Format::Odt => "odt",
        }
    }
}

/// Where a block was read: line range for text, part and paragraph index for packages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Origin {
    /// Package part ("word/document.xml", "content.xml"); `None` for text files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    /// Index of the block in reading order within its part (0-based).
    pub index: u32,
    /// First and last line (1-based, inclusive) for text files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lines: Option<(u32, u32)>,
    /// Row and column (0-based) when the block sits in a table cell.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<(u32, u32)>,
}

/// Character formatting that carries meaning in minutes (speaker names in bold, "3ème").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct RunStyle {
    pub bold: bool,
    pub italic: bool,
    pub superscript: bool,
}

/// A stretch of text with one formatting. Readers render capitals as displayed
/// (a run typed "Song" with all-caps formatting reads "SONG").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Run {
    pub text: String,
    pub style: RunStyle,
    /// Target of a hyperlink covering this run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

impl Run {
    pub fn plain(text: impl Into<String>) -> Self {
        Run {
            text: text.into(),
            ..Run::default()
        }
    }
}

/// How a list item is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MarkerKind {
    Bullet,
    Decimal,
    Letter,
    Roman,
    Checkbox,
}

/// The marker of a list item, with its rendered label ("1.", "2.3", "a)") when ordered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Marker {
    pub kind: MarkerKind,
    /// The label as displayed, for ordered items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// For checkbox items: ticked or not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checked: Option<bool>,
}

impl Marker {
    pub fn bullet() -> Self {
        Marker {
            kind: MarkerKind::Bullet,
            label: None,
            checked: None,
        }
    }

    pub fn is_ordered(&self) -> bool {
        matches!(
            self.kind,
            MarkerKind::Decimal | MarkerKind::Letter | MarkerKind::Roman
        )
    }
}

/// The structural role of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Role {
    Normal,
    Title,
    /// Heading with its outline level (1 = top) and, when the heading is numbered by the
    /// format's list numbering rather than typed, the rendered number ("2.", "1.3").
    Heading {
        level: u8,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        number: Option<String>,
    },
    /// List item; level 0 is the outermost.
    ListItem {
        level: u8,
        marker: Marker,
    },
}

/// A paragraph: runs of text with a role. A `'\n'` inside a run is a line break kept from
/// the source (a soft-wrapped text line, a `w:br`), which recognizers may split on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    pub role: Role,
    pub runs: Vec<Run>,
    pub origin: Origin,
}

impl Paragraph {
    pub fn new(role: Role, runs: Vec<Run>, origin: Origin) -> Self {
        Paragraph { role, runs, origin }
    }

    /// The paragraph's text, runs concatenated.
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }

    /// True when every non-blank character is in a bold run.
    pub fn is_all_bold(&self) -> bool {
        let mut any = false;
        for r in &self.runs {
            if r.text.trim().is_empty() {
                continue;
            }
            if !r.style.bold {
                return false;
            }
            any = true;
        }
        any
    }
}

/// A table cell: its blocks and how many grid columns / rows it spans.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    pub blocks: Vec<Block>,
    pub col_span: u32,
    pub row_span: u32,
}

/// A table row; `header` when marked as a repeated header row (or the markdown header).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub header: bool,
}

/// A table of cells holding paragraphs (participant lists often live in tables).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Table {
    pub rows: Vec<Row>,
    pub origin: Origin,
}

/// A body block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "block", rename_all = "snake_case")]
pub enum Block {
    Paragraph(Paragraph),
    Table(Table),
}

/// Page furniture and notes, kept apart from the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FurnitureKind {
    Header,
    Footer,
    Footnote,
    Endnote,
    Comment,
}

/// Blocks that are not part of the body text (headers, footers, notes, comments).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Furniture {
    pub kind: FurnitureKind,
    pub blocks: Vec<Block>,
}

/// Document properties (core.xml, meta.xml).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Properties {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
}

/// A document as read from any format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Document {
    pub format: Format,
    /// Detected text encoding, for text files ("utf-8", "windows-1252", ...).
    pub encoding: Option<String>,
    pub blocks: Vec<Block>,
    pub furniture: Vec<Furniture>,
    pub properties: Properties,
}

impl Document {
    pub fn new(format: Format) -> Self {
        Document {
            format,
            encoding: None,
            blocks: Vec::new(),
            furniture: Vec::new(),
            properties: Properties::default(),
        }
    }
}

mod render;
pub use render::render_text;

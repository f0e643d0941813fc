//! Lines to blocks. Each source line keeps its line number; consecutive text lines form one
//! paragraph with `'\n'` between them (a recognizer may split a one-name-per-line list), and a
//! paragraph or bullet broken by a blank line in mid-sentence is joined again.

use std::sync::LazyLock;

use regex::Regex;

use super::entities;
use super::inline::parse_inline;
use crate::model::{
    Block, Cell, Marker, MarkerKind, Origin, Paragraph, Properties, Role, Row, Table,
};

static HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$").expect("valid regex"));
static HTML_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*<h([1-6])(?:\s[^>]*)?>(.*?)</h[1-6]>\s*$").expect("valid regex")
});
static RULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*([-*_=])(\s*([-*_=])){2,}\s*$").expect("valid regex"));
static SETEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s{0,3}(=+|-+)\s*$").expect("valid regex"));
// Bullets people and converters write; ordered markers "1.", "1)", "1.2", "a)", "II."; a
// checkbox may follow the marker or stand alone.
static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<indent>[ \t]*)(?:(?P<bullet>[-*+•–—◦▪·➢►o])|(?P<num>\d{1,3}(?:\.\d{1,3})*)(?P<np>[.)])|(?P<letter>[a-z])(?P<lp>[.)])|(?P<uletter>[A-Z])\)|(?P<roman>(?:X{0,3})(?:IX|IV|V?I{0,3}))(?P<rp>[.)]))[ \t]+(?P<rest>\S.*)$",
    )
    .expect("valid regex")
});
static CHECKBOX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\[(?P<mark>[ xX✓])\][ \t]+(?P<rest>.*)$").expect("valid regex"));

struct Item {
    indent: usize,
    marker: Marker,
    text: String,
}

/// Width of the leading white space of a line.
fn leading_width(line: &str) -> usize {
    indent_width(&line[..line.len() - line.trim_start().len()])
}

fn indent_width(s: &str) -> usize {
    s.chars().map(|c| if c == '\t' { 4 } else { 1 }).sum()
}

fn parse_item(line: &str) -> Option<Item> {
    let caps = ITEM.captures(line)?;
    let indent = indent_width(caps.name("indent").map_or("", |m| m.as_str()));
    let rest = caps.name("rest").map_or("", |m| m.as_str());
    let (kind, label) = if let Some(b) = caps.name("bullet") {
        // "o" is a bullet only when followed by a space and the line is indented or
        // starts with it alone; never the start of a word.
        if b.as_str() == "o" && indent == 0 {
            return None;
        }
        (MarkerKind::Bullet, None)
    } else if let Some(n) = caps.name("num") {
        let p = caps.name("np").map_or(".", |m| m.as_str());
        (MarkerKind::Decimal, Some(format!("{}{p}", n.as_str())))
    } else if let Some(l) = caps.name("letter") {
        let p = caps.name("lp").map_or(")", |m| m.as_str());
        (MarkerKind::Letter, Some(format!("{}{p}", l.as_str())))
    } else if let Some(l) = caps.name("uletter") {
        (MarkerKind::Letter, Some(format!("{})", l.as_str())))
    } else if let Some(r) = caps.name("roman").filter(|r| !r.as_str().is_empty()) {
        // "I. Ouverture" is a roman item; a roman numeral must be followed by a capital.
        if !rest.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        let p = caps.name("rp").map_or(".", |m| m.as_str());
        (MarkerKind::Roman, Some(format!("{}{p}", r.as_str())))
    } else {
        return None;
    };
    let mut marker = Marker {
        kind,
        label,
        checked: None,
    };
    let mut text = rest.to_string();
    if let Some(cb) = CHECKBOX.captures(rest) {
        marker.checked = Some(cb["mark"].trim() != "");
        if marker.kind == MarkerKind::Bullet {
            marker.kind = MarkerKind::Checkbox;
        }
        text = cb["rest"].to_string();
    }
    Some(Item {
        indent,
        marker,
        text,
    })
}

/// A block under construction: its raw lines and line range.
struct Pending {
    role: Role,
    lines: Vec<String>,
    first: u32,
    last: u32,
}

fn ends_mid_sentence(s: &str) -> bool {
    let t = s.trim_end();
    !t.is_empty()
        && !t.ends_with(|c: char| ".!?:;»)\"…>".contains(c) || c.is_ascii_digit())
        && t.chars()
            .last()
            .is_some_and(|c| c.is_alphabetic() || c == ',')
}

/// "nick: text", "rapporteur : X": a line that opens with a short label and a colon starts
/// a block of its own, whatever its case.
fn starts_with_label(s: &str) -> bool {
    let Some(colon) = s.find(':') else {
        return false;
    };
    let label = s[..colon].trim();
    !label.is_empty()
        && label.split_whitespace().count() <= 3
        && s[colon + 1..].starts_with([' ', '\t'])
}

fn starts_lowercase(s: &str) -> bool {
    s.trim_start().starts_with(|c: char| c.is_lowercase())
}

struct Builder {
    blocks: Vec<Block>,
    pending: Option<Pending>,
    /// Indent widths of the open list levels, outermost first.
    list_indents: Vec<usize>,
    blank_before: bool,
}

impl Builder {
    fn flush(&mut self) {
        if let Some(p) = self.pending.take() {
            let text = p.lines.join("\n");
            let runs = parse_inline(&text);
            if runs.iter().all(|r| r.text.trim().is_empty()) {
                return;
            }
            let index = self.blocks.len() as u32;
            self.blocks.push(Block::Paragraph(Paragraph::new(
                p.role,
                runs,
                Origin {
                    part: None,
                    index,
                    lines: Some((p.first, p.last)),
                    cell: None,
                },
            )));
        }
    }

    fn start(&mut self, role: Role, text: &str, n: u32) {
        self.flush();
        self.pending = Some(Pending {
            role,
            lines: vec![text.to_string()],
            first: n,
            last: n,
        });
    }

    fn level_for(&mut self, indent: usize) -> u8 {
        while self.list_indents.last().is_some_and(|&w| w > indent) {
            self.list_indents.pop();
        }
        if self.list_indents.last() != Some(&indent) {
            self.list_indents.push(indent);
        }
        (self.list_indents.len() - 1).min(u8::MAX as usize) as u8
    }

    /// Joins a line after a blank line to the block before it when that block stopped in
    /// mid-sentence and the line goes on in lowercase.
    fn rejoin_after_blank(&mut self, line: &str, n: u32) -> bool {
        let Some(Block::Paragraph(prev)) = self.blocks.last_mut() else {
            return false;
        };
        if !matches!(prev.role, Role::Normal | Role::ListItem { .. }) {
            return false;
        }
        if !ends_mid_sentence(&prev.text()) || !starts_lowercase(line) || starts_with_label(line) {
            return false;
        }
        let runs = parse_inline(line.trim());
        if let Some(last) = prev.runs.last_mut() {
            if !last.text.ends_with(' ') {
                last.text.push(' ');
            }
        }
        prev.runs.extend(runs);
        if let Some((first, _)) = prev.origin.lines {
            prev.origin.lines = Some((first, n));
        }
        true
    }
}

/// Parses text into document properties (from a YAML front matter) and blocks.
pub fn parse_blocks(text: &str) -> (Properties, Vec<Block>) {
    let lines: Vec<&str> = text.lines().collect();
    let (properties, start) = front_matter(&lines);
    let mut b = Builder {
        blocks: Vec::new(),
        pending: None,
        list_indents: Vec::new(),
        blank_before: false,
    };
    let mut i = start;
    while i < lines.len() {
        let raw = lines[i].trim_end_matches(['\r', '\u{feff}']);
        let n = (i + 1) as u32;
        // An HTML comment over several lines is not text.
        if raw.trim_start().starts_with("<!--") && !raw.contains("-->") {
            b.flush();
            i = (i + 1..lines.len())
                .find(|&j| lines[j].contains("-->"))
                .map_or(lines.len(), |j| j + 1);
            continue;
        }
        if raw.trim().is_empty() {
            b.flush();
            b.blank_before = true;
            i += 1;
            continue;
        }
        let after_blank = std::mem::take(&mut b.blank_before);
        if raw.trim_start().starts_with('|') {
            b.flush();
            let end = (i..lines.len())
                .find(|&j| !lines[j].trim_start().starts_with('|'))
                .unwrap_or(lines.len());
            let index = b.blocks.len() as u32;
            b.blocks
                .push(Block::Table(pipe_table(&lines[i..end], i as u32, index)));
            b.list_indents.clear();
            i = end;
            continue;
        }
        // An HTML heading left in markdown ("<h2 class=...>Titre</h2>") is a heading too.
        let html = HTML_HEADING.captures(raw);
        if let Some(c) = HEADING.captures(raw).or(html) {
            let level = match c[1].parse::<u8>() {
                Ok(n) => n,
                Err(_) => c[1].len() as u8,
            };
            b.start(
                Role::Heading {
                    level,
                    number: None,
                },
                &c[2],
                n,
            );
            b.flush();
            b.list_indents.clear();
            i += 1;
            continue;
        }
        if SETEXT.is_match(raw) {
            // A setext underline turns a one-line paragraph into a heading.
            if let Some(p) = b.pending.as_mut().filter(|p| p.lines.len() == 1) {
                if matches!(p.role, Role::Normal) {
                    p.role = Role::Heading {
                        number: None,
                        level: if raw.trim().starts_with('=') { 1 } else { 2 },
                    };
                    p.last = n;
                    b.flush();
                    i += 1;
                    continue;
                }
            }
        }
        if RULE.is_match(raw) {
            b.flush();
            i += 1;
            continue;
        }
        if let Some(item) = parse_item(raw) {
            let level = b.level_for(item.indent);
            b.start(
                Role::ListItem {
                    level,
                    marker: item.marker,
                },
                &item.text,
                n,
            );
            i += 1;
            continue;
        }
        if let Some(cb) = CHECKBOX.captures(raw.trim_start()) {
            let marker = Marker {
                kind: MarkerKind::Checkbox,
                label: None,
                checked: Some(cb["mark"].trim() != ""),
            };
            let level = b.level_for(leading_width(raw));
            b.start(Role::ListItem { level, marker }, &cb["rest"], n);
            i += 1;
            continue;
        }
        let line = raw.trim();
        if after_blank && b.pending.is_none() && b.rejoin_after_blank(line, n) {
            i += 1;
            continue;
        }
        // A line right under a list item continues it when indented, or when the item stops
        // mid-sentence and the line goes on in lowercase; otherwise it is a paragraph of its
        // own (plain-text minutes put one entry a line under a bullet list).
        let continues_item = |p: &Pending| {
            leading_width(raw) >= 2
                || (p.lines.last().is_some_and(|l| ends_mid_sentence(l)) && starts_lowercase(line))
        };
        match b.pending.as_mut() {
            Some(p)
                if !after_blank
                    && matches!(p.role, Role::ListItem { .. })
                    && !continues_item(p) =>
            {
                b.list_indents.clear();
                b.start(Role::Normal, line, n);
            }
            Some(p) if !after_blank => {
                p.lines.push(line.to_string());
                p.last = n;
            }
            _ => {
                // An unindented paragraph after a blank line ends the list nesting.
                if leading_width(raw) == 0 {
                    b.list_indents.clear();
                }
                b.start(Role::Normal, line, n);
            }
        }
        i += 1;
    }
    b.flush();
    (properties, b.blocks)
}

/// A YAML front matter ("---" ... "---" or "...") at the top, or the key comments a wiki
/// writes there ("<!-- TITLE: AG -->"): title, author and date are kept as document
/// properties and the block is not body text.
fn front_matter(lines: &[&str]) -> (Properties, usize) {
    let mut props = Properties::default();
    let first = lines.first().map(|l| l.trim());
    if first != Some("---") {
        return comment_keys(lines);
    }
    let Some(end) = lines
        .iter()
        .skip(1)
        .position(|l| matches!(l.trim(), "---" | "..."))
    else {
        return (props, 0);
    };
    for line in &lines[1..=end] {
        if let Some((key, value)) = line.split_once(':') {
            // Blog engines write front matter values with HTML references ("l&#39;AG").
            set_key(&mut props, key, &entities::decode_all(&yaml_scalar(value)));
        }
    }
    (props, end + 2)
}

/// "<!-- TITLE: AG -->" lines opening the text, as wiki exports write their metadata.
fn comment_keys(lines: &[&str]) -> (Properties, usize) {
    let mut props = Properties::default();
    let mut n = 0;
    for line in lines {
        let t = line.trim();
        let Some(inner) = t.strip_prefix("<!--").and_then(|r| r.strip_suffix("-->")) else {
            break;
        };
        if let Some((key, value)) = inner.split_once(':') {
            set_key(&mut props, &key.to_lowercase(), value.trim());
        }
        n += 1;
    }
    (props, n)
}

fn set_key(props: &mut Properties, key: &str, value: &str) {
    if value.is_empty() {
        return;
    }
    let value = value.to_string();
    match key.trim() {
        "title" => props.title = Some(value),
        "author" => props.author = Some(value),
        "date" => props.created = Some(value),
        _ => {}
    }
}

/// A YAML scalar as written on one line: quotes removed, with their escapes ("\"" and
/// "\\" in double quotes, "''" in single quotes).
fn yaml_scalar(value: &str) -> String {
    let v = value.trim();
    if v.len() >= 2 && v.starts_with('"') && v.ends_with('"') {
        let inner = &v[1..v.len() - 1];
        let mut out = String::with_capacity(inner.len());
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => out.push(' '),
                    Some(e) => out.push(e),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        return out;
    }
    if v.len() >= 2 && v.starts_with('\'') && v.ends_with('\'') {
        return v[1..v.len() - 1].replace("''", "'");
    }
    v.to_string()
}

fn pipe_table(lines: &[&str], first_line: u32, index: u32) -> Table {
    let mut rows: Vec<Row> = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        let inner = line.trim().trim_start_matches('|');
        let inner = inner.strip_suffix('|').unwrap_or(inner);
        let cells: Vec<&str> = split_cells(inner);
        let is_separator = cells
            .iter()
            .all(|c| !c.trim().is_empty() && c.trim().chars().all(|ch| "-:= ".contains(ch)));
        if is_separator {
            if let Some(prev) = rows.last_mut() {
                prev.header = true;
            }
            continue;
        }
        let n = first_line + k as u32 + 1;
        let row_index = rows.len() as u32;
        let cells = cells
            .iter()
            .enumerate()
            .map(|(col, c)| {
                let text = c.trim();
                let blocks = if text.is_empty() {
                    Vec::new()
                } else {
                    vec![Block::Paragraph(Paragraph::new(
                        Role::Normal,
                        parse_inline(text),
                        Origin {
                            part: None,
                            index,
                            lines: Some((n, n)),
                            cell: Some((row_index, col as u32)),
                        },
                    ))]
                };
                Cell {
                    blocks,
                    col_span: 1,
                    row_span: 1,
                }
            })
            .collect();
        rows.push(Row {
            cells,
            header: false,
        });
    }
    Table {
        rows,
        origin: Origin {
            part: None,
            index,
            lines: Some((first_line + 1, first_line + lines.len() as u32)),
            cell: None,
        },
    }
}

/// Splits a pipe-table row on unescaped `|`.
fn split_cells(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = s.as_bytes();
    for (i, &c) in bytes.iter().enumerate() {
        if c == b'|' && (i == 0 || bytes[i - 1] != b'\\') {
            out.push(&s[start..i]);
            start = i + 1;
        }
    }
    out.push(&s[start..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(text: &str) -> Vec<Paragraph> {
        parse_blocks(text)
            .1
            .into_iter()
            .filter_map(|b| match b {
                Block::Paragraph(p) => Some(p),
                Block::Table(_) => None,
            })
            .collect()
    }

    fn level(p: &Paragraph) -> Option<u8> {
        match p.role {
            Role::ListItem { level, .. } => Some(level),
            _ => None,
        }
    }

    #[test]
    fn one_space_indentation_nests() {
        let ps = paras("- Ville de Tours\n - Jeanne, élue\n  - détail\n - Paul\n- Lyon\n");
        let levels: Vec<_> = ps.iter().map(level).collect();
        assert_eq!(levels, [Some(0), Some(1), Some(2), Some(1), Some(0)]);
    }

    #[test]
    fn bullets_of_every_shape() {
        for b in ["-", "*", "•", "–", "+"] {
            let ps = paras(&format!("{b} point un\n{b} point deux\n"));
            assert_eq!(ps.len(), 2, "{b}");
            assert!(ps.iter().all(|p| level(p) == Some(0)), "{b}");
        }
    }

    #[test]
    fn ordered_items_keep_their_labels() {
        let ps = paras("1. Introduction\n\n2) Budget\n\na) premier\n\nII. Questions diverses\n");
        let labels: Vec<_> = ps
            .iter()
            .map(|p| match &p.role {
                Role::ListItem { marker, .. } => marker.label.clone(),
                _ => None,
            })
            .collect();
        assert_eq!(
            labels,
            [
                Some("1.".to_string()),
                Some("2)".to_string()),
                Some("a)".to_string()),
                Some("II.".to_string())
            ]
        );
    }

    #[test]
    fn civility_is_not_a_list_marker() {
        let ps = paras("M. Jean DUPONT, Maire\n");
        assert_eq!(ps[0].role, Role::Normal);
    }

    #[test]
    fn headings_and_setext() {
        let ps = paras("# Ordre du jour\n\nCompte rendu\n============\n");
        assert_eq!(
            ps[0].role,
            Role::Heading {
                level: 1,
                number: None
            }
        );
        assert_eq!(ps[0].text(), "Ordre du jour");
        assert_eq!(
            ps[1].role,
            Role::Heading {
                level: 1,
                number: None
            }
        );
    }

    #[test]
    fn checkboxes() {
        let ps = paras("- [x] Jeanne Martin\n- [ ] Paul Durand\n[x] Luc\n");
        let checked: Vec<_> = ps
            .iter()
            .map(|p| match &p.role {
                Role::ListItem { marker, .. } => marker.checked,
                _ => None,
            })
            .collect();
        assert_eq!(checked, [Some(true), Some(false), Some(true)]);
        assert_eq!(ps[0].text(), "Jeanne Martin");
    }

    #[test]
    fn bullet_broken_by_blank_line_is_joined() {
        let ps = paras("- les présidents ont\n\nsigné une déclaration.\n\nAutre paragraphe.\n");
        assert_eq!(ps.len(), 2);
        assert_eq!(
            ps[0].text(),
            "- les présidents ont signé une déclaration.".trim_start_matches("- ")
        );
        assert_eq!(ps[0].origin.lines, Some((1, 3)));
    }

    #[test]
    fn html_headings_and_references_in_markdown() {
        let p = paras(
            "<h2 class=\"western\">1. Bilan&nbsp;moral</h2>\n\n<p>Pr&eacute;sents&nbsp;: A</p>\n",
        );
        assert!(matches!(p[0].role, Role::Heading { level: 2, .. }));
        assert_eq!(p[0].text(), "1. Bilan\u{a0}moral");
        assert_eq!(p[1].text(), "Présents\u{a0}: A");
    }

    #[test]
    fn a_labelled_line_after_a_blank_line_is_its_own_paragraph() {
        let p = paras("zaz: on commence sans attendre\n\nkiki: je prends les notes\n");
        assert_eq!(p.len(), 2);
    }

    #[test]
    fn wrapped_lines_stay_one_paragraph_with_breaks() {
        let ps = paras("Présents :\nJeanne Martin\nPaul Durand\n");
        assert_eq!(ps.len(), 1);
        assert_eq!(ps[0].text(), "Présents :\nJeanne Martin\nPaul Durand");
    }

    #[test]
    fn lines_under_a_bullet_list_are_their_own_paragraph() {
        let ps = paras("- Mme Durand, directrice\nAbsents excusés :\n- M. Roux\n  suite indentée\n- Paul X présente le\nbudget annuel\n");
        let texts: Vec<String> = ps.iter().map(|p| p.text()).collect();
        assert_eq!(
            texts,
            [
                "Mme Durand, directrice",
                "Absents excusés :",
                "M. Roux\nsuite indentée",
                "Paul X présente le\nbudget annuel"
            ]
        );
    }

    #[test]
    fn pipe_tables() {
        let (_, blocks) = parse_blocks("| Nom | Statut |\n|---|---|\n| Jeanne | présente |\n");
        let Block::Table(t) = &blocks[0] else {
            panic!("table expected")
        };
        assert_eq!(t.rows.len(), 2);
        assert!(t.rows[0].header);
        assert_eq!(t.rows[1].cells.len(), 2);
    }

    #[test]
    fn front_matter_becomes_properties() {
        let (props, blocks) =
            parse_blocks("---\ntitle: \"CR du 3 mars\"\ndate: 2021-03-04\n---\nTexte\n");
        assert_eq!(props.title.as_deref(), Some("CR du 3 mars"));
        assert_eq!(props.created.as_deref(), Some("2021-03-04"));
        assert_eq!(blocks.len(), 1);
    }

    #[test]
    fn front_matter_quotes_closing_dots_and_wiki_comments() {
        let (props, blocks) = parse_blocks(
            "---\ntitle: \"Bureau \\\"Jeunes\\\" 2022\"\nauthor: 'l''équipe'\n...\nTexte\n",
        );
        assert_eq!(props.title.as_deref(), Some("Bureau \"Jeunes\" 2022"));
        assert_eq!(props.author.as_deref(), Some("l'équipe"));
        assert_eq!(blocks.len(), 1);
        let (props, blocks) =
            parse_blocks("<!-- TITLE: CA -->\n<!-- SUBTITLE: Conseil du 3 mai -->\n\n# Budget\n");
        assert_eq!(props.title.as_deref(), Some("CA"));
        assert_eq!(blocks.len(), 1);
    }
}

//! Inline content: runs and their formatting, hyperlinks, fields, tracked changes, special
//! characters, and the text boxes anchored in a paragraph.

use crate::model::{Run, RunStyle};

use super::body::{alternate_branch, PartReader};
use super::styles::RunProps;
use super::xml::{on_off, Element};

/// Deepest field nesting tracked; deeper `begin`s are counted but not tracked.
const MAX_FIELD_DEPTH: usize = 64;
/// Paragraphs a field instruction may span before the field is taken as broken (a `begin`
/// with no `separate` or `end` would otherwise hide the rest of the part).
const MAX_INSTRUCTION_PARAGRAPHS: usize = 16;

/// A complex field (`w:fldChar begin … separate … end`) being read.
#[derive(Debug, Default)]
pub struct Field {
    /// True after `separate`: text is the field's result.
    result: bool,
    instruction: String,
    link: Option<String>,
    /// `begin`s beyond MAX_FIELD_DEPTH folded into this entry.
    overflow: usize,
    /// Paragraph count when the field began.
    opened_at: usize,
}

/// What the inline content of a paragraph yields.
#[derive(Debug, Default)]
pub struct Inline<'e> {
    pub runs: Vec<Run>,
    /// Text-box contents, read as blocks after the paragraph.
    pub boxes: Vec<&'e Element>,
    /// A checkbox content control in the paragraph, and whether it is ticked.
    pub checkbox: Option<bool>,
}

/// Joins neighbouring runs of the same formatting and link (Word splits runs at every
/// revision id, often mid-word).
pub fn merge_runs(runs: Vec<Run>) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::with_capacity(runs.len());
    for run in runs {
        if run.text.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.style == run.style && last.link == run.link => {
                last.text.push_str(&run.text)
            }
            _ => out.push(run),
        }
    }
    out
}

/// The URL or `#anchor` of a `HYPERLINK "url" \l "anchor"` field instruction.
fn hyperlink_target(instruction: &str) -> Option<String> {
    let rest = instruction.trim_start();
    if !rest
        .get(..9)
        .is_some_and(|k| k.eq_ignore_ascii_case("HYPERLINK"))
    {
        return None;
    }
    let args = rest.get(9..)?;
    let mut quoted = args.split('"');
    quoted.next();
    let first = quoted.next().map(str::trim).filter(|s| !s.is_empty());
    if args.contains("\\l") && !args.trim_start().starts_with('"') {
        return first.map(|a| format!("#{a}"));
    }
    first
        .map(str::to_string)
        .or_else(|| args.split_whitespace().next().map(str::to_string))
}

/// Greek letters of the Symbol font at its ASCII positions ('A'..'Z', 'a'..'z').
const SYMBOL_GREEK_UPPER: &str = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ";
const SYMBOL_GREEK_LOWER: &str = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ";

/// Maps `w:sym` characters to visible ones: Symbol-font Greek letters and digits, and
/// common Symbol/Wingdings bullets and arrows given as private-use code points (F0xx).
/// Unknown symbols are dropped.
fn symbol_char(font: Option<&str>, code: &str) -> Option<char> {
    let n = u32::from_str_radix(code.trim(), 16).ok()?;
    let n = if (0xF000..=0xF0FF).contains(&n) {
        n - 0xF000
    } else if n > 0xFF {
        return char::from_u32(n).filter(|c| !c.is_control());
    } else {
        n
    };
    let symbol_font = font.is_some_and(|f| f.trim().eq_ignore_ascii_case("symbol"));
    if symbol_font {
        let greek = match n {
            0x41..=0x5A => SYMBOL_GREEK_UPPER.chars().nth((n - 0x41) as usize),
            0x61..=0x7A => SYMBOL_GREEK_LOWER.chars().nth((n - 0x61) as usize),
            0x20..=0x40 | 0x5B..=0x60 => char::from_u32(n),
            _ => None,
        };
        if greek.is_some() {
            return greek;
        }
    }
    match n {
        0xB7 | 0x9F | 0x6C => Some('•'),
        0xA7 | 0x6E => Some('▪'),
        0xA8 | 0x6F | 0x71 => Some('□'),
        0xFC => Some('✓'),
        0xFB | 0xFD => Some('✗'),
        0xFE => Some('☒'),
        0xD8 => Some('➢'),
        0xE0 | 0xE8 | 0xF0 => Some('→'),
        0x2D => Some('-'),
        _ => None,
    }
}

impl<'a> PartReader<'a> {
    /// Forgets fields whose instruction has run on for too many paragraphs.
    pub(super) fn drop_runaway_fields(&mut self) {
        let now = *self.paragraphs;
        self.fields
            .retain(|f| f.result || now.saturating_sub(f.opened_at) <= MAX_INSTRUCTION_PARAGRAPHS);
    }

    fn field_visible(&self) -> bool {
        self.fields.iter().all(|f| f.result)
    }

    fn field_link(&self) -> Option<String> {
        self.fields.iter().rev().find_map(|f| f.link.clone())
    }

    /// Reads the inline children of a paragraph or of an inline wrapper.
    pub(super) fn inline_children<'e>(
        &mut self,
        parent: &'e Element,
        base: RunProps,
        link: Option<&str>,
        out: &mut Inline<'e>,
    ) {
        for e in parent.elements() {
            match e.name.as_str() {
                "r" => self.run(e, base, link, out),
                "hyperlink" => {
                    let target = e
                        .attr("id")
                        .and_then(|id| self.rels.by_id(id))
                        .map(|r| r.target.clone())
                        .or_else(|| e.attr("anchor").map(|a| format!("#{a}")));
                    let target = target.as_deref().or(link);
                    self.inline_children(e, base, target, out);
                }
                "fldSimple" => {
                    let target = e.attr("instr").and_then(hyperlink_target);
                    self.inline_children(e, base, target.as_deref().or(link), out);
                }
                "ins" | "moveTo" | "smartTag" | "customXml" | "dir" | "bdo" | "sdtContent" => {
                    self.inline_children(e, base, link, out)
                }
                "sdt" => {
                    let checkbox = e.child("sdtPr").and_then(|p| p.child("checkbox"));
                    if let Some(cb) = checkbox {
                        let checked = cb.child("checked").is_some_and(on_off);
                        out.checkbox.get_or_insert(checked);
                    } else if let Some(c) = e.child("sdtContent") {
                        self.inline_children(c, base, link, out);
                    }
                }
                "AlternateContent" => {
                    if let Some(b) = alternate_branch(e) {
                        self.inline_children(b, base, link, out);
                    }
                }
                "oMath" | "oMathPara" => {
                    let mut text = String::new();
                    e.descendant_text("t", &mut text);
                    self.push_text(&text, base, link, out);
                }
                _ => {}
            }
        }
    }

    fn push_text(&mut self, text: &str, props: RunProps, link: Option<&str>, out: &mut Inline) {
        if text.is_empty() || !self.field_visible() || props.hidden == Some(true) {
            return;
        }
        let text = if props.caps == Some(true) {
            text.to_uppercase()
        } else {
            text.to_string()
        };
        let link = self.field_link().or_else(|| link.map(str::to_string));
        out.runs.push(Run {
            text,
            style: RunStyle {
                bold: props.bold == Some(true),
                italic: props.italic == Some(true),
                superscript: props.superscript == Some(true),
            },
            link,
        });
    }

    fn run<'e>(
        &mut self,
        r: &'e Element,
        base: RunProps,
        link: Option<&str>,
        out: &mut Inline<'e>,
    ) {
        let rpr = r.child("rPr");
        let char_style = rpr.and_then(|p| p.child_val("rStyle"));
        let mut props = base;
        if char_style.is_some() {
            props = props.then(self.styles.run_props(char_style));
        }
        if let Some(rpr) = rpr {
            props = props.then(RunProps::from_rpr(rpr));
        }
        self.run_content(r, props, link, out);
    }

    fn run_content<'e>(
        &mut self,
        r: &'e Element,
        props: RunProps,
        link: Option<&str>,
        out: &mut Inline<'e>,
    ) {
        for e in r.elements() {
            match e.name.as_str() {
                "t" => {
                    let text = e.own_text();
                    self.push_text(&text, props, link, out);
                }
                "tab" | "ptab" => self.push_text("\t", props, link, out),
                "br" if !matches!(e.attr("type"), Some("page") | Some("column")) => {
                    self.push_text("\n", props, link, out)
                }
                "cr" => self.push_text("\n", props, link, out),
                "noBreakHyphen" => self.push_text("-", props, link, out),
                "sym" => {
                    if let Some(c) = e.attr("char").and_then(|c| symbol_char(e.attr("font"), c)) {
                        self.push_text(c.encode_utf8(&mut [0u8; 4]), props, link, out);
                    }
                }
                "fldChar" => {
                    // A legacy form checkbox (FORMCHECKBOX) says its state in ffData.
                    if let Some(cb) = e.child("ffData").and_then(|f| f.child("checkBox")) {
                        let state = cb.child("checked").or_else(|| cb.child("default"));
                        out.checkbox.get_or_insert(state.is_some_and(on_off));
                    }
                    self.field_char(e)
                }
                "instrText" => {
                    if let Some(top) = self.fields.last_mut() {
                        if !top.result && top.overflow == 0 {
                            top.instruction.push_str(&e.own_text());
                        }
                    }
                }
                "drawing" | "pict" | "object" => collect_text_boxes(e, &mut out.boxes, 0),
                "AlternateContent" => {
                    if let Some(b) = alternate_branch(e) {
                        self.run_content(b, props, link, out);
                    }
                }
                // Ruby (phonetic guide): the base text is read, the guide above it is not.
                "ruby" => {
                    if let Some(base) = e.child("rubyBase") {
                        for r in base.children_named("r") {
                            self.run(r, props, link, out);
                        }
                    }
                }
                // Runs may be wrapped (SDT, tracked insertion) inside a run in sloppy files.
                "r" | "ins" | "moveTo" => self.run_content(e, props, link, out),
                _ => {}
            }
        }
    }

    fn field_char(&mut self, e: &Element) {
        match e.attr("fldCharType") {
            Some("begin") => {
                if self.fields.len() >= MAX_FIELD_DEPTH {
                    if let Some(top) = self.fields.last_mut() {
                        top.overflow += 1;
                    }
                } else {
                    self.fields.push(Field {
                        opened_at: *self.paragraphs,
                        ..Field::default()
                    });
                }
            }
            Some("separate") => {
                if let Some(top) = self.fields.last_mut() {
                    if top.overflow == 0 {
                        top.result = true;
                        top.link = hyperlink_target(&top.instruction);
                    }
                }
            }
            Some("end") => match self.fields.last_mut() {
                Some(top) if top.overflow > 0 => top.overflow -= 1,
                _ => {
                    self.fields.pop();
                }
            },
            _ => {}
        }
    }
}

/// Finds `w:txbxContent` under a drawing or VML shape, once per text box, choosing one
/// branch of any `mc:AlternateContent` on the way.
fn collect_text_boxes<'e>(e: &'e Element, out: &mut Vec<&'e Element>, depth: usize) {
    if depth > 64 {
        return;
    }
    for c in e.elements() {
        match c.name.as_str() {
            "txbxContent" => out.push(c),
            "AlternateContent" => {
                if let Some(b) = alternate_branch(c) {
                    collect_text_boxes(b, out, depth + 1);
                }
            }
            _ => collect_text_boxes(c, out, depth + 1),
        }
    }
}

//! The runs of one paragraph, with ODF white-space collapsing.

use crate::model::{Run, RunStyle};

use super::styles::TextProps;

/// Builds the runs of one paragraph, collapsing white space as ODF requires: any run of
/// spaces, tabs and newlines in the XML text is one space, and none at the paragraph start.
/// The space keeps the formatting of the text it was typed in, so "**Song** dit" has no
/// bold space.
#[derive(Default)]
pub(super) struct Runs {
    runs: Vec<Run>,
    pending_space: Option<(TextProps, Option<String>)>,
}

fn run_style(p: TextProps) -> RunStyle {
    RunStyle {
        bold: p.bold.unwrap_or(false),
        italic: p.italic.unwrap_or(false),
        superscript: p.superscript.unwrap_or(false),
    }
}

impl Runs {
    fn push_raw(&mut self, s: &str, props: TextProps, link: Option<&str>) {
        if s.is_empty() {
            return;
        }
        let text = if props.uppercase == Some(true) {
            s.to_uppercase()
        } else {
            s.to_string()
        };
        let style = run_style(props);
        if let Some(last) = self.runs.last_mut() {
            if last.style == style && last.link.as_deref() == link {
                last.text.push_str(&text);
                return;
            }
        }
        self.runs.push(Run {
            text,
            style,
            link: link.map(str::to_string),
        });
    }

    fn flush_space(&mut self) {
        if let Some((props, link)) = self.pending_space.take() {
            if !self.runs.is_empty() {
                self.push_raw(" ", props, link.as_deref());
            }
        }
    }

    fn note_space(&mut self, props: TextProps, link: Option<&str>) {
        if self.pending_space.is_none() {
            self.pending_space = Some((props, link.map(str::to_string)));
        }
    }

    pub(super) fn push_text(&mut self, s: &str, props: TextProps, link: Option<&str>) {
        let mut word = String::new();
        for ch in s.chars() {
            if matches!(ch, ' ' | '\t' | '\n' | '\r') {
                if !word.is_empty() {
                    self.flush_space();
                    self.push_raw(&word, props, link);
                    word.clear();
                }
                self.note_space(props, link);
            } else {
                word.push(ch);
            }
        }
        if !word.is_empty() {
            self.flush_space();
            self.push_raw(&word, props, link);
        }
    }

    pub(super) fn push_explicit(&mut self, s: &str, props: TextProps, link: Option<&str>) {
        self.flush_space();
        self.push_raw(s, props, link);
    }

    pub(super) fn finish(self) -> Vec<Run> {
        self.runs
    }
}

//! Inline light markdown: `**bold**`, `__bold__`, `*italic*`, `_italic_`, superscripts
//! (`^{ème}`, `^ème^`, `^e`), `<url>`, `[label](url)`, images, backslash escapes, HTML tags
//! dropped and character references (`&eacute;`, `&nbsp;`) decoded.

use crate::model::{Run, RunStyle};

/// Splits a line of light markdown into runs.
pub fn parse_inline(src: &str) -> Vec<Run> {
    let mut p = InlineParser {
        chars: src.chars().collect(),
        pos: 0,
        style: RunStyle::default(),
        runs: Vec::new(),
        buf: String::new(),
    };
    p.run();
    p.flush(None);
    merge(p.runs)
}

struct InlineParser {
    chars: Vec<char>,
    pos: usize,
    style: RunStyle,
    runs: Vec<Run>,
    buf: String,
}

impl InlineParser {
    fn peek(&self, off: usize) -> Option<char> {
        self.chars.get(self.pos + off).copied()
    }

    fn flush(&mut self, link: Option<String>) {
        if !self.buf.is_empty() {
            self.runs.push(Run {
                text: std::mem::take(&mut self.buf),
                style: self.style,
                link,
            });
        }
    }

    fn push_run(&mut self, text: String, style: RunStyle, link: Option<String>) {
        self.flush(None);
        if !text.is_empty() {
            self.runs.push(Run { text, style, link });
        }
    }

    fn rest_contains(&self, from: usize, pat: &[char]) -> Option<usize> {
        (from..self.chars.len().saturating_sub(pat.len() - 1))
            .find(|&i| self.chars[i..].starts_with(pat))
    }

    fn run(&mut self) {
        while let Some(c) = self.peek(0) {
            match c {
                '\\' if self.peek(1).is_some_and(|n| n.is_ascii_punctuation()) => {
                    self.buf.push(self.peek(1).unwrap_or('\\'));
                    self.pos += 2;
                }
                '*' | '_' if self.peek(1) == Some(c) => {
                    // A strong marker toggles only when a closing one exists (or closes one).
                    let closes = self.style.bold;
                    let opens = !closes && self.rest_contains(self.pos + 2, &[c, c]).is_some();
                    if opens || closes {
                        self.flush(None);
                        self.style.bold = !self.style.bold;
                    } else {
                        self.buf.push(c);
                        self.buf.push(c);
                    }
                    self.pos += 2;
                }
                '*' | '_' if self.emphasis_toggles(c) => {
                    self.flush(None);
                    self.style.italic = !self.style.italic;
                    self.pos += 1;
                }
                '&' => match super::entities::entity_at(&self.chars[self.pos..]) {
                    Some((ch, len)) => {
                        self.buf.push(ch);
                        self.pos += len;
                    }
                    None => {
                        self.buf.push('&');
                        self.pos += 1;
                    }
                },
                '^' => self.superscript(),
                '<' => self.autolink(),
                '!' if self.peek(1) == Some('[') => {
                    // An image: keep nothing of it but its place.
                    match self.bracket_link(self.pos + 1) {
                        Some((_, _, end)) => self.pos = end,
                        None => {
                            self.buf.push('!');
                            self.pos += 1;
                        }
                    }
                }
                '[' => match self.bracket_link(self.pos) {
                    Some((label, url, end)) => {
                        let label_runs = parse_inline(&label);
                        self.flush(None);
                        for mut r in label_runs {
                            r.style.bold |= self.style.bold;
                            r.style.italic |= self.style.italic;
                            r.link = Some(url.clone());
                            self.runs.push(r);
                        }
                        self.pos = end;
                    }
                    None => {
                        self.buf.push('[');
                        self.pos += 1;
                    }
                },
                _ => {
                    self.buf.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    /// Single `*`/`_` emphasis: opens before a word start and closes after a word end, and
    /// never inside a word for `_` (snake_case, file names).
    fn emphasis_toggles(&self, c: char) -> bool {
        let prev = if self.pos == 0 {
            None
        } else {
            self.chars.get(self.pos - 1).copied()
        };
        let next = self.peek(1);
        if self.style.italic {
            return prev.is_some_and(|p| !p.is_whitespace())
                && !(c == '_' && next.is_some_and(char::is_alphanumeric));
        }
        let opens = next.is_some_and(|n| !n.is_whitespace())
            && !(c == '_' && prev.is_some_and(char::is_alphanumeric))
            && prev.is_none_or(|p| !p.is_alphanumeric() || c == '*');
        opens
            && (self.pos + 2..self.chars.len()).any(|i| {
                self.chars[i] == c
                    && !self.chars[i - 1].is_whitespace()
                    && !(c == '_' && self.chars.get(i + 1).is_some_and(|n| n.is_alphanumeric()))
            })
    }

    fn superscript(&mut self) {
        // ^{ème}
        if self.peek(1) == Some('{') {
            if let Some(end) = (self.pos + 2..self.chars.len()).find(|&i| self.chars[i] == '}') {
                let text: String = self.chars[self.pos + 2..end].iter().collect();
                let style = RunStyle {
                    superscript: true,
                    ..self.style
                };
                self.push_run(text, style, None);
                self.pos = end + 1;
                return;
            }
        }
        // ^ème^ (pandoc) or ^e / ^er / ^ème followed by a non-letter
        let start = self.pos + 1;
        let mut end = start;
        while end < self.chars.len() && self.chars[end].is_alphanumeric() && end - start < 6 {
            end += 1;
        }
        if end > start {
            let text: String = self.chars[start..end].iter().collect();
            let style = RunStyle {
                superscript: true,
                ..self.style
            };
            self.push_run(text, style, None);
            self.pos = if self.chars.get(end) == Some(&'^') {
                end + 1
            } else {
                end
            };
            return;
        }
        self.buf.push('^');
        self.pos += 1;
    }

    fn autolink(&mut self) {
        // Inline HTML tags ("<a href=...>", "</a>", "<br>") and comments carry no text.
        let rest: String = self.chars[self.pos..].iter().take(400).collect();
        if let Some(end) = html_tag_len(&rest) {
            self.pos += end;
            return;
        }
        let start = self.pos + 1;
        let end = (start..self.chars.len()).find(|&i| self.chars[i] == '>' || self.chars[i] == ' ');
        if let Some(end) = end.filter(|&e| self.chars[e] == '>') {
            let inner: String = self.chars[start..end].iter().collect();
            let is_url = inner.contains("://") || inner.starts_with("www.");
            let is_mail = !inner.contains(' ') && inner.contains('@') && inner.contains('.');
            if is_url || is_mail {
                let url = if is_mail && !inner.contains(':') {
                    format!("mailto:{inner}")
                } else {
                    inner.clone()
                };
                self.push_run(inner, self.style, Some(url));
                self.pos = end + 1;
                return;
            }
        }
        self.buf.push('<');
        self.pos += 1;
    }

    /// `[label](url)` starting at `at`: label, url and the index after `)`.
    fn bracket_link(&self, at: usize) -> Option<(String, String, usize)> {
        let mut depth = 0;
        let mut close = None;
        for i in at..self.chars.len() {
            match self.chars[i] {
                '[' => depth += 1,
                ']' => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(i);
                        break;
                    }
                }
                _ => {}
            }
        }
        let close = close?;
        if self.chars.get(close + 1) != Some(&'(') {
            return None;
        }
        let url_end = (close + 2..self.chars.len()).find(|&i| self.chars[i] == ')')?;
        let label: String = self.chars[at + 1..close].iter().collect();
        let url: String = self.chars[close + 2..url_end].iter().collect();
        let url = url.split_whitespace().next().unwrap_or("").to_string();
        Some((label, url, url_end + 1))
    }
}

/// Length in chars of an HTML tag or comment at the start of `s`.
fn html_tag_len(s: &str) -> Option<usize> {
    if let Some(body) = s.strip_prefix("<!--") {
        let end = body.find("-->")?;
        return Some(4 + body[..end].chars().count() + 3);
    }
    let mut chars = s.chars().skip(1).peekable();
    if chars.peek() == Some(&'/') {
        chars.next();
    }
    if !chars.next().is_some_and(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let close = s.find('>')?;
    let inner = &s[1..close];
    let name: String = inner
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    const TAGS: &[&str] = &[
        "a", "br", "span", "div", "p", "b", "i", "u", "em", "strong", "sup", "sub", "font", "img",
        "small", "big", "center", "hr", "mark", "del", "ins", "s", "h1", "h2", "h3", "h4", "h5",
        "h6",
    ];
    let after = inner.trim_start_matches('/')[name.len()..].trim();
    let shaped = after.is_empty() || after == "/" || after.contains('=');
    (shaped && TAGS.contains(&name.to_ascii_lowercase().as_str()))
        .then(|| s[..=close].chars().count())
}

fn merge(runs: Vec<Run>) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::with_capacity(runs.len());
    for r in runs {
        match out.last_mut() {
            Some(last) if last.style == r.style && last.link == r.link => {
                last.text.push_str(&r.text)
            }
            _ => out.push(r),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(runs: &[Run]) -> String {
        runs.iter().map(|r| r.text.as_str()).collect()
    }

    #[test]
    fn bold_spans_both_markers() {
        let runs = parse_inline("**Mme Jeanne DURAND, Maire** dit __oui__");
        assert_eq!(text(&runs), "Mme Jeanne DURAND, Maire dit oui");
        assert!(runs[0].style.bold && runs[0].text == "Mme Jeanne DURAND, Maire");
        assert!(!runs[1].style.bold);
        assert!(runs[2].style.bold);
    }

    #[test]
    fn unmatched_markers_stay_text() {
        assert_eq!(text(&parse_inline("note ** seule")), "note ** seule");
        assert_eq!(
            text(&parse_inline("fichier_v2_final.docx")),
            "fichier_v2_final.docx"
        );
    }

    #[test]
    fn superscripts_of_all_shapes() {
        for src in ["le 2^{ème} numéro", "le 2^ème^ numéro", "le 2^ème numéro"] {
            let runs = parse_inline(src);
            assert_eq!(text(&runs), "le 2ème numéro", "{src}");
            assert!(runs.iter().any(|r| r.style.superscript && r.text == "ème"));
        }
        let runs = parse_inline("le 15^e arrondissement");
        assert_eq!(text(&runs), "le 15e arrondissement");
    }

    #[test]
    fn links_and_autolinks() {
        let runs = parse_inline("voir <https://exemple.org/cr> et [le site](https://a.fr \"t\")");
        assert_eq!(text(&runs), "voir https://exemple.org/cr et le site");
        assert_eq!(runs[1].link.as_deref(), Some("https://exemple.org/cr"));
        assert_eq!(runs[3].link.as_deref(), Some("https://a.fr"));
        assert_eq!(runs[3].text, "le site");
    }

    #[test]
    fn html_tags_and_comments_are_dropped() {
        let runs =
            parse_inline("<a href=\"#x\"></a> 1\\. Budget<br/> <!-- note --> fin <b>gras</b>");
        assert_eq!(text(&runs), " 1. Budget  fin gras");
        assert_eq!(text(&parse_inline("a <b et c> d")), "a <b et c> d");
    }

    #[test]
    fn images_are_dropped_and_escapes_resolved() {
        assert_eq!(text(&parse_inline("![photo](a.jpg)Bonjour")), "Bonjour");
        assert_eq!(text(&parse_inline("mot\\_clé \\* 3")), "mot_clé * 3");
    }

    #[test]
    fn italic_needs_a_closing_marker() {
        let runs = parse_inline("un *mot* ici et 3 * 4");
        assert_eq!(text(&runs), "un mot ici et 3 * 4");
        assert!(runs[1].style.italic);
    }
}

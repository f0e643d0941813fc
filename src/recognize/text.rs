//! Text normalisation shared by the recognizers.

/// Lowercase, without accents, typographic apostrophes and spaces made plain: the one
/// folding of the analysed-text layer. Use it for matching, never for slicing the original
/// (an `Analysed` text maps folded offsets back).
pub fn fold(s: &str) -> String {
    super::analysis::fold(s)
}

/// Cleans displayed text: no soft hyphens or zero-width characters, one space between words,
/// typographic apostrophes kept as written.
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        match c {
            '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' => {}
            c if c.is_whitespace() => space = true,
            c => {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(c);
            }
        }
    }
    out
}

/// Strips surrounding spaces, markdown leftovers and trailing colons / dashes.
pub fn trim_label(s: &str) -> &str {
    s.trim()
        .trim_end_matches(|c: char| c == ':' || c == '-' || c == '–' || c.is_whitespace())
        // Leading arrows, bullets and the '?' an arrow becomes in a lossy re-encoding.
        .trim_start_matches(|c: char| !c.is_alphanumeric() && !"(«\"'@[".contains(c))
        .trim()
}

/// The words of a text (split on spaces) with their byte offsets.
pub fn words_at(text: &str) -> Vec<(usize, &str)> {
    text.split(' ')
        .scan(0usize, |pos, w| {
            let start = *pos;
            *pos += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect()
}

/// Cuts a text at byte offsets (in any order, duplicates and ends ignored) into trimmed,
/// non-empty pieces; the whole text when there is no cut.
pub fn cut_at(text: &str, mut cuts: Vec<usize>) -> Vec<String> {
    cuts.retain(|&c| c > 0 && c < text.len());
    cuts.sort_unstable();
    cuts.dedup();
    cuts.insert(0, 0);
    cuts.push(text.len());
    cuts.windows(2)
        .map(|w| text[w[0]..w[1]].trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// The at most `max` bytes of `s` just before `at`, starting at a character boundary: the
/// few words a cue may take before a date or a time.
pub(crate) fn tail_before(s: &str, at: usize, max: usize) -> &str {
    let from = (at.saturating_sub(max)..=at)
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(at);
    &s[from..at]
}

/// Splits on commas that are not inside parentheses.
pub fn split_commas(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth <= 0 => {
                out.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(s[start..].trim());
    out.into_iter().filter(|p| !p.is_empty()).collect()
}

/// Splits "label : rest" on the first colon that is a separator (spaced, or followed by a
/// space), not one inside a time ("14:30") or a URL.
pub fn split_colon(s: &str) -> Option<(&str, &str)> {
    let bytes = s.as_bytes();
    for (i, c) in s.char_indices() {
        if c != ':' {
            continue;
        }
        let next = bytes.get(i + 1).copied();
        if next == Some(b'/') {
            continue;
        }
        if next.is_some_and(|n| n.is_ascii_digit()) && i > 0 && bytes[i - 1].is_ascii_digit() {
            continue;
        }
        return Some((s[..i].trim_end(), s[i + 1..].trim_start()));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        assert_eq!(fold("Étaient Présents"), "etaient presents");
        assert_eq!(fold("l’Agence"), "l'agence");
    }

    #[test]
    fn cleaning() {
        assert_eq!(
            clean("visio\u{ad}conférence  à\u{a0}:"),
            "visioconférence à :"
        );
    }

    #[test]
    fn colon_split_ignores_times_and_urls() {
        assert_eq!(
            split_colon("Ville de Lyon : Jean"),
            Some(("Ville de Lyon", "Jean"))
        );
        assert_eq!(split_colon("à 14:30 voir https://a.fr"), None);
    }

    #[test]
    fn comma_split_respects_parentheses() {
        assert_eq!(
            split_commas("Mairie de X (ville, Corée), Séoul"),
            ["Mairie de X (ville, Corée)", "Séoul"]
        );
    }
}

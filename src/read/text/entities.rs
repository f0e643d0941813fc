//! HTML character references left in markdown exported from web pages and wikis: `&nbsp;`,
//! `&eacute;`, `&#233;`, `&#xE9;`.

/// Named references that French minutes use, with their character.
const NAMED: &[(&str, char)] = &[
    ("nbsp", '\u{a0}'),
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("rsquo", '’'),
    ("lsquo", '‘'),
    ("rdquo", '”'),
    ("ldquo", '“'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("hellip", '…'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("euro", '€'),
    ("deg", '°'),
    ("middot", '·'),
    ("bull", '•'),
    ("shy", '\u{ad}'),
    ("thinsp", '\u{2009}'),
    ("eacute", 'é'),
    ("egrave", 'è'),
    ("ecirc", 'ê'),
    ("euml", 'ë'),
    ("agrave", 'à'),
    ("acirc", 'â'),
    ("auml", 'ä'),
    ("ccedil", 'ç'),
    ("icirc", 'î'),
    ("iuml", 'ï'),
    ("ocirc", 'ô'),
    ("ouml", 'ö'),
    ("ugrave", 'ù'),
    ("ucirc", 'û'),
    ("uuml", 'ü'),
    ("oelig", 'œ'),
    ("aelig", 'æ'),
    ("ntilde", 'ñ'),
];

/// Longest reference read, `&` and `;` included.
const MAX_REFERENCE: usize = 10;

/// The character of a reference at the start of `chars` (which starts with `&`), and the
/// number of chars it takes.
pub(crate) fn entity_at(chars: &[char]) -> Option<(char, usize)> {
    let end = chars.iter().take(MAX_REFERENCE).position(|&c| c == ';')?;
    let body: String = chars[1..end].iter().collect();
    let c = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code)?
    } else if let Some((_, c)) = NAMED.iter().find(|(n, _)| *n == body) {
        *c
    } else {
        // "&Eacute;": the capital of a lower-case reference.
        let lower = body.to_lowercase();
        let (_, c) = NAMED.iter().find(|(n, _)| *n == lower && body != lower)?;
        c.to_uppercase().next()?
    };
    Some((c, end + 1))
}

/// `s` with its character references decoded; anything that is not one is kept as written.
pub(crate) fn decode_all(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        match (chars[i] == '&').then(|| entity_at(&chars[i..])).flatten() {
            Some((c, n)) => {
                out.push(c);
                i += n;
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_in_a_value() {
        assert_eq!(
            decode_all("Bilan de l&#39;ann&eacute;e"),
            "Bilan de l'année"
        );
        assert_eq!(decode_all("A & B &amp C"), "A & B &amp C");
    }

    fn decode(s: &str) -> Option<(char, usize)> {
        entity_at(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn named_numeric_and_capital_references() {
        assert_eq!(decode("&nbsp;: X"), Some(('\u{a0}', 6)));
        assert_eq!(decode("&eacute;t"), Some(('é', 8)));
        assert_eq!(decode("&Eacute;"), Some(('É', 8)));
        assert_eq!(decode("&#233;"), Some(('é', 6)));
        assert_eq!(decode("&#xE9;"), Some(('é', 6)));
        assert_eq!(decode("& Cie"), None);
        assert_eq!(decode("&unknown;"), None);
    }
}

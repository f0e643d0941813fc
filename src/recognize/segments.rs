//! The segments of an entry: cut at commas, semicolons, slashes, tabs, spaced dashes and
//! parentheses, each typed by what it says — a person, an organisation, a role, a place,
//! an attendance marker — never by where it stands.

use super::analysis::Analysed;
use super::lexicon::{self, Att};
use super::names::take_name;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SegKind {
    Person,
    Org,
    Role,
    Place,
    Attendance(Att),
    Other,
}

#[derive(Debug, Clone)]
pub(crate) struct Segment<'a> {
    pub text: &'a str,
    pub kind: SegKind,
    pub in_parens: bool,
    /// The separator before the segment (',' '/' '–' '\t' ...), '\0' for the first.
    pub sep: char,
    /// Byte range in the entry text (a parenthesised segment's closing mark included).
    pub start: usize,
    pub end: usize,
}

/// Most words a marker segment ("excusée", "à distance", "arrivé à 15 h") may have.
pub(crate) const MAX_MARKER_WORDS: usize = 6;
/// Most letters of an acronym read as an organisation ("DAECT", "MEAE").
pub(crate) const MAX_ACRONYM_LETTERS: usize = 8;

/// Cuts an entry into segments at its separators (outside parentheses).
pub(crate) fn segments<'a>(text: &'a str) -> Vec<Segment<'a>> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0usize;
    let mut open_at = 0usize;
    let bytes = text.as_bytes();
    let mut sep = '\0';
    let push = |s: usize, e: usize, paren: bool, sep: char, out: &mut Vec<Segment<'a>>| {
        let raw = &text[s..e];
        let t = raw.trim();
        // A final dot ends a sentence, not initials ("DUPONT J.-P.").
        let last = t.rsplit(' ').next().unwrap_or(t);
        let t = if paren || super::names::is_initials(last) {
            t
        } else {
            t.trim_matches(|c: char| c.is_whitespace() || c == '.')
        };
        if !t.trim_matches(|c: char| !c.is_alphanumeric()).is_empty() {
            let off = s + (raw.len() - raw.trim_start().len());
            out.push(Segment {
                text: t,
                kind: SegKind::Other,
                in_parens: paren,
                sep,
                start: off,
                end: off + t.len() + usize::from(paren && e < text.len()),
            });
        }
    };
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' => {
                if depth == 0 {
                    push(start, i, false, sep, &mut out);
                    sep = '(';
                    open_at = i + 1;
                }
                depth += 1;
            }
            ')' | ']' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    push(open_at, i, true, sep, &mut out);
                    sep = ')';
                    start = i + 1;
                }
            }
            ',' | ';' | '/' | '\t' | '|' if depth == 0 => {
                push(start, i, false, sep, &mut out);
                sep = c;
                start = i + 1;
            }
            // Dot leaders of a signing sheet ("NOM ........ fonction ........ Org").
            '.' | '…' if depth == 0 && leader_at(text, i) => {
                push(start, i, false, sep, &mut out);
                sep = '\t';
                start = text[i..]
                    .find(|c: char| c != '.' && c != '…')
                    .map_or(text.len(), |k| i + k);
            }
            '–' | '—' | '-' if depth == 0 => {
                // A dash separates when spaced: "Nom – Org"; not inside "Jean-Pierre".
                let spaced_before = i == 0 || bytes[i - 1] == b' ';
                let after = i + c.len_utf8();
                let spaced_after = after >= text.len() || bytes[after] == b' ';
                if spaced_before && spaced_after {
                    push(start, i, false, sep, &mut out);
                    sep = '–';
                    start = after;
                }
            }
            _ => {}
        }
    }
    if depth > 0 {
        push(open_at, text.len(), true, sep, &mut out);
    } else {
        push(start, text.len(), false, sep, &mut out);
    }
    out
}

/// Whether a run of dot leaders starts at byte `i` (three dots or more, or an ellipsis
/// between spaces), and `i` is where it starts.
fn leader_at(text: &str, i: usize) -> bool {
    let run = text[i..]
        .chars()
        .take_while(|c| *c == '.' || *c == '…')
        .map(|c| if c == '…' { 3 } else { 1 })
        .sum::<usize>();
    let starts = !text[..i].ends_with(['.', '…']);
    starts && run >= 3
}

/// Whether a text starts with a role noun ("Présidente de ...", "trésorier").
pub(crate) fn is_role(text: &str) -> bool {
    starts_role(&Analysed::new(text))
}

/// Whether a folded segment starts with a role noun (masculine, feminine or inclusive).
pub(crate) fn starts_role(a: &Analysed<'_>) -> bool {
    let Some(first) = (0..a.tokens.len()).find(|&i| a.is_word(i)) else {
        return false;
    };
    let w = a.ftok(first);
    let w = w.split(['(', '.', '·']).next().unwrap_or(w);
    lexicon::ROLE_NOUNS.contains(&w)
        || lexicon::ROLE_NOUNS.contains(&w.trim_end_matches('s'))
        || lexicon::starts_with_any(&a.folded, lexicon::ROLE_NOUNS)
}

/// Whether a segment names an organisation: a head noun ("Ville de", "association"), an
/// article and a head noun ("la Mairie de"), or an acronym in capitals ("DAECT").
pub(crate) fn starts_org(a: &Analysed<'_>) -> bool {
    has_org_head(a) || is_acronym(a)
}

/// Whether a text opens with an organisation's head noun, perhaps after an article ("la
/// Mairie de", "Ville de", "association"), or with an organisation named without one.
pub(crate) fn has_org_head(a: &Analysed<'_>) -> bool {
    let words: Vec<usize> = (0..a.tokens.len()).filter(|&i| a.is_word(i)).collect();
    let Some(&first) = words.first() else {
        return false;
    };
    let mut w = a.ftok(first);
    for elided in ["l'", "d'"] {
        if let Some(rest) = w.strip_prefix(elided) {
            w = rest;
        }
    }
    let head = |w: &str| lexicon::ORG_HEADS.contains(&w) || lexicon::ORG_NAMES.contains(&w);
    if head(w) || lexicon::starts_with_any(&a.folded, lexicon::ORG_NAMES) {
        return true;
    }
    matches!(w, "la" | "le" | "les") && words.len() > 1 && head(a.ftok(words[1]))
}

/// An acronym: one or two words in capitals, short, not a family name with its given
/// name (which has lower-case letters).
fn is_acronym(a: &Analysed<'_>) -> bool {
    let words: Vec<usize> = (0..a.tokens.len()).filter(|&i| a.is_word(i)).collect();
    let letters = a.text.chars().filter(|c| c.is_alphabetic()).count();
    words.len() <= 2
        && words
            .iter()
            .all(|&i| a.is_upper(i) && !super::names::is_initials(a.tok(i)))
        && letters <= MAX_ACRONYM_LETTERS
        && take_name(a.text).is_none_or(|n| n.civility.is_none())
}

/// "GAOK Séoul", "AFD Dakar": an acronym and the place of its office.
pub(crate) fn acronym_and_place(a: &Analysed<'_>) -> bool {
    let words: Vec<usize> = (0..a.tokens.len()).filter(|&i| a.is_word(i)).collect();
    let Some((&first, rest)) = words.split_first() else {
        return false;
    };
    let place = &a.folded[a.tokens[rest.first().copied().unwrap_or(first)].fstart..];
    let place = place.trim();
    // A place that is also a given name ("Léon") makes "NOM Prénom" more likely.
    a.is_upper(first)
        && a.tok(first).chars().all(|c| c.is_ascii_uppercase())
        && a.tok(first).len() <= MAX_ACRONYM_LETTERS
        && !rest.is_empty()
        && super::gazetteer::is_place(place)
        && !super::gazetteer::is_given_name(place)
}

/// The attendance a short marker segment states ("excusée", "à distance", "présent").
pub(crate) fn marker(a: &Analysed<'_>) -> Option<Att> {
    let words = (0..a.tokens.len()).filter(|&i| a.is_word(i)).count();
    if words == 0 || words > MAX_MARKER_WORDS {
        return None;
    }
    super::attendance::marker_at_start(&a.folded)
}

/// Types one segment.
pub(crate) fn kind_of(seg: &str, first: bool) -> SegKind {
    let a = Analysed::new(seg);
    if let Some(att) = marker(&a) {
        return SegKind::Attendance(att);
    }
    if starts_org(&a) {
        return SegKind::Org;
    }
    // A role noun, an ordinal ("3ème secrétaire") or, after the name, a lower-case word.
    let ordinal = seg.starts_with(|c: char| c.is_ascii_digit());
    if starts_role(&a) || ordinal || (!first && seg.starts_with(|c: char| c.is_lowercase())) {
        return SegKind::Role;
    }
    if acronym_and_place(&a) {
        return SegKind::Org;
    }
    if take_name(seg).is_some_and(|n| n.rest.is_empty()) || lone_given_name(&a) {
        return SegKind::Person;
    }
    let words: Vec<usize> = (0..a.tokens.len()).filter(|&i| a.is_word(i)).collect();
    if !words.is_empty() && super::gazetteer::is_place(a.folded.trim()) {
        return SegKind::Place;
    }
    SegKind::Other
}

/// The first occurrence of `word` in `folded` at word boundaries.
pub(crate) fn find_word(folded: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = folded[from..].find(word).map(|p| p + from) {
        let before_ok = p == 0 || !folded[..p].ends_with(|c: char| c.is_alphanumeric());
        let end = p + word.len();
        let after_ok =
            end >= folded.len() || !folded[end..].starts_with(|c: char| c.is_alphanumeric());
        if before_ok && after_ok {
            return Some(p);
        }
        from = p + 1;
        while !folded.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

/// A capitalised given name alone ("Maëlle", "Jean-Marc"): a person in a list of people.
fn lone_given_name(a: &Analysed<'_>) -> bool {
    a.tokens.len() == 1
        && a.is_word(0)
        && a.is_capitalised(0)
        && !a.is_upper(0)
        && super::gazetteer::is_given_name(a.ftok(0))
}

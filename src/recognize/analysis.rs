//! The analysed-text layer: a line or cell folded once (NFKD, no marks, lower case,
//! ligatures spelled out, typographic apostrophes and spaces made plain), with an exact map
//! from every folded byte back to the original, and its tokens. Recognizers match on the
//! folded form and cut the original through the map, never by re-counting characters.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// A token of the original text, with its span in both forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    /// Byte range in the original text.
    pub start: usize,
    pub end: usize,
    /// Byte range in the folded text.
    pub fstart: usize,
    pub fend: usize,
    pub kind: TokenKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters (with inner hyphens, apostrophes and dots: "Jean-Pierre", "l'Agence", "J.-P.").
    Word,
    Number,
    /// One punctuation character.
    Punct(char),
}

/// A text with its folded form and tokens.
#[derive(Debug, Clone)]
pub(crate) struct Analysed<'a> {
    pub text: &'a str,
    pub folded: Rc<str>,
    /// For each folded byte (and one past the end), the original byte it came from.
    map: Rc<[u32]>,
    pub tokens: Rc<[Token]>,
}

/// The analysis of one text, shared by every `Analysed` of the same text in a document.
type Analysis = (Rc<str>, Rc<[u32]>, Rc<[Token]>);

/// Folds one character into `out`.
fn fold_char(c: char, out: &mut String) {
    match c {
        '\u{2019}' | '\u{2018}' | '`' | '\u{b4}' | '\u{2bc}' => out.push('\''),
        '\u{a0}' | '\u{202f}' | '\u{2009}' | '\t' => out.push(' '),
        '\u{2010}' | '\u{2011}' => out.push('-'),
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        'ß' => out.push_str("ss"),
        // Letters that Unicode does not decompose into a base letter and a mark.
        'đ' | 'Đ' => out.push('d'),
        'ł' | 'Ł' => out.push('l'),
        'ø' | 'Ø' => out.push('o'),
        'ı' => out.push('i'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        // Accented Latin letters, most of French text past ASCII: a table built once.
        c if (LATIN_FIRST..LATIN_END).contains(&(c as u32)) => {
            match LATIN.get_or_init(latin_table)[(c as u32 - LATIN_FIRST) as usize] {
                Some(f) => out.push(f),
                None => fold_decomposed(c, out),
            }
        }
        c => fold_decomposed(c, out),
    }
}

/// The Latin-1 Supplement and Latin Extended-A letters, folded by the table.
const LATIN_FIRST: u32 = 0xC0;
const LATIN_END: u32 = 0x180;
static LATIN: std::sync::OnceLock<Vec<Option<char>>> = std::sync::OnceLock::new();

/// Each letter of the range folded to one character when it folds to one.
fn latin_table() -> Vec<Option<char>> {
    (LATIN_FIRST..LATIN_END)
        .map(|u| {
            let c = char::from_u32(u)?;
            let mut s = String::new();
            fold_decomposed(c, &mut s);
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(f), None) => Some(f),
                _ => None,
            }
        })
        .collect()
}

/// A character decomposed, its marks dropped, lowercased.
fn fold_decomposed(c: char, out: &mut String) {
    for d in std::iter::once(c).nfkd() {
        if !is_combining_mark(d) {
            out.extend(d.to_lowercase());
        }
    }
}

/// The folded form of a text, for keys and lexicon entries (no offset map). Recognizers
/// fold the same lines many times over: a line long enough to be worth it is folded once
/// per document and remembered (see [`forget_folds`]).
pub(crate) fn fold(s: &str) -> String {
    if !(MEMO_MIN_BYTES..MEMO_MAX_BYTES).contains(&s.len()) {
        return fold_now(s);
    }
    FOLDS.with(|memo| {
        let mut memo = memo.borrow_mut();
        if let Some(f) = memo.get(s) {
            return f.clone();
        }
        let f = fold_now(s);
        if memo.len() >= MEMO_MAX_ENTRIES {
            memo.clear();
        }
        memo.insert(s.into(), f.clone());
        f
    })
}

/// Shorter texts are folded again rather than looked up.
const MEMO_MIN_BYTES: usize = 24;
/// Longer texts are not kept, so that the memo stays small whatever the paragraph.
const MEMO_MAX_BYTES: usize = 4 * 1024;
/// The memo is emptied when it holds this many texts, so that it stays small whatever the
/// document.
const MEMO_MAX_ENTRIES: usize = 1024;

thread_local! {
    static FOLDS: RefCell<HashMap<Box<str>, String>> = RefCell::new(HashMap::new());
}

thread_local! {
    static ANALYSES: RefCell<HashMap<Box<str>, Analysis>> = RefCell::new(HashMap::new());
}

/// Empties this thread's memos of folded and analysed texts: each document starts afresh.
pub(crate) fn forget_folds() {
    FOLDS.with(|memo| memo.borrow_mut().clear());
    ANALYSES.with(|memo| memo.borrow_mut().clear());
}

fn analyse(text: &str) -> Analysis {
    let mut folded = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        let before = folded.len();
        fold_char(c, &mut folded);
        map.extend(std::iter::repeat_n(i as u32, folded.len() - before));
    }
    map.push(text.len() as u32);
    let tokens = tokenize(text, &folded, &map);
    (folded.into(), map.into(), tokens.into())
}

fn fold_now(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

impl<'a> Analysed<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        // The recognizers analyse the same lines many times: a text long enough to be worth
        // it is analysed once per document (the memo is emptied with the folds').
        let (folded, map, tokens) = if !(MEMO_MIN_BYTES..MEMO_MAX_BYTES).contains(&text.len()) {
            analyse(text)
        } else {
            ANALYSES.with(|memo| {
                let mut memo = memo.borrow_mut();
                if let Some(a) = memo.get(text) {
                    return a.clone();
                }
                let a = analyse(text);
                if memo.len() >= MEMO_MAX_ENTRIES {
                    memo.clear();
                }
                memo.insert(text.into(), a.clone());
                a
            })
        };
        Analysed {
            text,
            folded,
            map,
            tokens,
        }
    }

    /// The original byte offset of a folded byte offset.
    pub(crate) fn orig(&self, fpos: usize) -> usize {
        self.map[fpos.min(self.map.len() - 1)] as usize
    }

    /// The original text of a folded byte range.
    pub(crate) fn orig_slice(&self, fstart: usize, fend: usize) -> &'a str {
        let (s, e) = (self.orig(fstart), self.orig(fend));
        // A folded range ending inside one character's expansion ("oe" of "œ") still ends at
        // a character boundary of the original.
        let e = if fend < self.map.len() - 1 && self.map[fend] == self.map[fend.saturating_sub(1)] {
            self.text[e..]
                .chars()
                .next()
                .map_or(e, |c| e + c.len_utf8())
        } else {
            e
        };
        &self.text[s..e.max(s)]
    }

    /// The token's original text.
    pub(crate) fn tok(&self, i: usize) -> &'a str {
        let t = self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// The token's folded text.
    pub(crate) fn ftok(&self, i: usize) -> &str {
        let t = self.tokens[i];
        &self.folded[t.fstart..t.fend]
    }

    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Word
    }

    /// Whether the word is capitalised (first letter upper case).
    pub(crate) fn is_capitalised(&self, i: usize) -> bool {
        self.tok(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether the word is in capitals (two letters or more, all upper case).
    pub(crate) fn is_upper(&self, i: usize) -> bool {
        let mut n = 0;
        for c in self.tok(i).chars().filter(|c| c.is_alphabetic()) {
            if !c.is_uppercase() {
                return false;
            }
            n += 1;
        }
        n >= 2
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '@'
}

/// Tokens of the original text: words keep inner hyphens, apostrophes and dots ("J.-P.",
/// "aujourd'hui"), an elided article stays glued ("l'Agence") and is split by readers that
/// care; every other character that is not a space is a punctuation token.
fn tokenize(text: &str, folded: &str, map: &[u32]) -> Vec<Token> {
    let fpos_of = |orig: usize| map.partition_point(|&m| (m as usize) < orig);
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if c.is_whitespace() || c == '\u{ad}' || c == '\u{200b}' {
            k += 1;
            continue;
        }
        let start = i;
        let kind;
        if is_word_char(c) {
            let mut j = k + 1;
            while j < chars.len() {
                let d = chars[j].1;
                let joins = matches!(d, '-' | '\'' | '\u{2019}' | '.' | '\u{2011}')
                    && chars.get(j + 1).is_some_and(|n| is_word_char(n.1));
                let trailing_dot = d == '.'
                    && chars[j - 1].1.is_alphabetic()
                    && (j - k == 1 || chars[j - 2].1 == '.' || chars[j - 2].1 == '-');
                if is_word_char(d) || joins {
                    j += 1;
                } else if trailing_dot {
                    // An initial keeps its dot and joins the next one: "J.", "J.-P."
                    let hyphen_initial = chars.get(j + 1).is_some_and(|n| n.1 == '-')
                        && chars.get(j + 2).is_some_and(|n| n.1.is_alphabetic());
                    j += if hyphen_initial { 2 } else { 1 };
                    if !hyphen_initial {
                        break;
                    }
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(text.len(), |x| x.0);
            let word = &text[start..end];
            kind = if word.chars().all(|c| c.is_ascii_digit()) {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            k = j;
            out.push(Token {
                start,
                end,
                fstart: fpos_of(start),
                fend: fpos_of(end),
                kind,
            });
        } else {
            let end = start + c.len_utf8();
            out.push(Token {
                start,
                end,
                fstart: fpos_of(start),
                fend: fpos_of(end),
                kind: TokenKind::Punct(c),
            });
            k += 1;
        }
    }
    debug_assert!(out.iter().all(|t| t.fend <= folded.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_marks_ligatures_and_apostrophes() {
        let a = Analysed::new("Œuvre d’Élise à Séoul");
        assert_eq!(&*a.folded, "oeuvre d'elise a seoul");
    }

    #[test]
    fn maps_folded_offsets_back_exactly() {
        let a = Analysed::new("Cœur Hàn 서울특별시 Ville");
        let pos = a.folded.find("ville").unwrap();
        assert_eq!(&a.text[a.orig(pos)..], "Ville");
        // Hangul decomposes into several jamo: the map still lands on a character boundary.
        let fpos = a.folded.find("han").unwrap();
        let han = a.tokens.iter().position(|t| t.fstart == fpos).unwrap();
        assert_eq!(a.tok(han + 1), "서울특별시");
        let t = a.tokens[han + 1];
        assert_eq!(a.orig_slice(t.fstart, t.fend), "서울특별시");
        assert_eq!(a.orig_slice(0, 2), "Cœ");
    }

    #[test]
    fn tokens_keep_initials_and_compounds() {
        let a = Analysed::new("M. J.-P. Le Goff-Arnaud (CUF), 14h");
        let toks: Vec<&str> = (0..a.tokens.len()).map(|i| a.tok(i)).collect();
        assert_eq!(
            toks,
            [
                "M.",
                "J.-P.",
                "Le",
                "Goff-Arnaud",
                "(",
                "CUF",
                ")",
                ",",
                "14h"
            ]
        );
        assert!(a.is_upper(5) && a.is_capitalised(2) && !a.is_upper(3));
    }
}

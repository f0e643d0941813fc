//! Paragraphs that a converter flattened (a page joined into one paragraph, a list whose
//! line breaks became spaces, a table read column by column) cut back into one line per
//! entry: at attendance headings and officer labels run into the text, before inline
//! bullets, between sentences of a long paragraph, before dense "Prénom NOM" pairs and
//! around headings in capitals. The cuts use the lexicon's words; `lines.rs` stays
//! structural and hands each plain paragraph here.

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon;
use super::lines::{Kind, Line};
use super::text::{fold, split_colon};

/// Joins the source lines of a paragraph that one entry wraps over ("Maëlys\nBERTHELOT,",
/// "(arrivée\nà 20 h 05)", "Ronan\nde KERSAUZON"); other lines stay separate entries.
pub(crate) fn logical_parts(parts: &[String]) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for (index, part) in parts.iter().enumerate() {
        let p = part.trim();
        if p.is_empty() {
            continue;
        }
        let joins = out.last().is_some_and(|(_, prev)| {
            let prev = prev.trim_end();
            let open_paren = prev.matches('(').count() > prev.matches(')').count();
            let first = p.split_whitespace().next().unwrap_or("");
            let first_caps = first.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && first
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
            let prev_last = prev.split_whitespace().last().unwrap_or("");
            let prev_given = prev_last.starts_with(|c: char| c.is_uppercase())
                && prev_last.chars().skip(1).any(char::is_lowercase);
            super::participants::attendance_heading(p).is_none()
                // A link ends with "/" without running on ("http://x.org/").
                && (prev.ends_with([',', '-', '–', '('])
                    || (prev.ends_with('/') && !prev_last.contains("://"))
                    || open_paren
                    || p.starts_with(|c: char| c.is_lowercase())
                    || p.starts_with(['-', '–', ','])
                    || (prev.contains(',') && prev_given && first_caps)
                    || (first_caps
                        && lexicon::NAME_PARTICLES.contains(&fold(prev_last).as_str())
                        && prev_last.chars().all(|c| !c.is_lowercase())))
        });
        match out.last_mut() {
            Some((_, last)) if joins => {
                last.push(' ');
                last.push_str(p);
            }
            _ => out.push((index, p.to_string())),
        }
    }
    out
}

/// Attendance headings met inside a long line ("... ordinaire. PRESENTS (12): PLOUHA : ..."),
/// as converters flatten whole pages: the line is cut before each.
static INLINE_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    // With a colon in any case ("Présents :", "ABSENTS (07) :", "3 absents :"), or without one when the
    // heading is in capitals ("ASSISTAIENT A LA REUNION", "MEMBRES EXCUSES").
    Regex::new(r"(?:^|[\s.;,])((?i:(?:\d+\s+)?(?:[ée]taient\s+)?(?:pr[ée]sents?|absent(?:s|\([a-z/]+\))?(?:\s+(?:excus|repr[ée]sent)[ée](?:s|\([a-z/]+\))?)?|excus[ée]s?|pouvoirs?))(?:\s*\(\d+\))?\s*:|(?:[ÉE]TAIENT |MEMBRES )?(?:PR[ÉE]SENTS|ABSENTS|EXCUS[ÉE]S|ASSISTAIENT(?: [ÉE]GALEMENT)?(?: [AÀ] LA (?:R[ÉE]UNION|S[ÉE]ANCE))?)\b)")
        .expect("valid regex")
});

fn split_at_headings(text: &str) -> Vec<String> {
    let mut cuts: Vec<usize> = Vec::new();
    for c in INLINE_HEADING.captures_iter(text) {
        let Some(m) = c.get(1) else { continue };
        cuts.push(m.start());
        // A heading without a colon ends where its words end: the list follows it.
        if !m.as_str().ends_with(':') {
            cuts.push(m.end());
        }
    }
    super::text::cut_at(text, cuts)
}

/// Bullet markers that open an item when a converter flattens a list into one paragraph.
const INLINE_BULLETS: [&str; 3] = ["- ", "• ", "– "];

/// "Ordre du jour : - budget - élections - divers": a bulleted list flattened into one
/// paragraph, recognised by its first item opening right after the label (or the paragraph)
/// with a marker that comes back, spaced, before each later item. Cut before each marker,
/// outside parentheses; the label stays a piece of its own.
fn split_inline_bullets(text: &str) -> Vec<String> {
    let body = split_colon(text)
        .map_or(text, |(_, rest)| rest)
        .trim_start();
    let Some(marker) = INLINE_BULLETS.into_iter().find(|m| body.starts_with(m)) else {
        return vec![text.to_string()];
    };
    let spaced = format!(" {marker}");
    let first = text.len() - body.len();
    let mut cuts = vec![first];
    let mut depth = 0i32;
    for (i, c) in text.char_indices().skip_while(|(i, _)| *i < first) {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ' ' if depth <= 0 && text[i..].starts_with(&spaced) => cuts.push(i + 1),
            _ => {}
        }
    }
    if cuts.len() < 2 {
        return vec![text.to_string()];
    }
    super::text::cut_at(text, cuts)
}

/// "... adjointe aux Sports Secrétaire de séance : Mme X": the label of an officer of the
/// sitting (capitalised, then a colon) that a converter ran into the line before it starts
/// a line of its own.
fn split_officer_labels(text: &str) -> Vec<String> {
    let a = super::analysis::Analysed::new(text);
    let mut cuts = Vec::new();
    for (at, label) in lexicon::find_all(&a.folded, lexicon::OFFICER_LABELS) {
        let start = a.orig(at);
        let after = a.folded[at + label.len()..].trim_start();
        if start > 0 && after.starts_with(':') && text[start..].starts_with(char::is_uppercase) {
            cuts.push(start);
        }
    }
    if cuts.is_empty() {
        return vec![text.to_string()];
    }
    super::text::cut_at(text, cuts)
}

/// A long plain paragraph (a page a converter flattened) read sentence by sentence.
fn sentences_of(text: &str) -> Vec<String> {
    if text.split_whitespace().count() < 40 {
        return vec![text.to_string()];
    }
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for w in 0..chars.len() {
        let (i, c) = chars[w];
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let next = chars.get(w + 1).map(|x| x.1);
        let after = chars.get(w + 2).map(|x| x.1);
        // "M. Dupont", "C.G.I.": an abbreviation, not the end of a sentence.
        let word_before: String = text[..i]
            .chars()
            .rev()
            .take_while(|c| c.is_alphanumeric())
            .collect();
        let abbreviation = word_before.chars().count() <= 2;
        if next == Some(' ') && after.is_some_and(char::is_uppercase) && !abbreviation {
            out.push(text[start..=i].trim().to_string());
            start = i + 1;
        }
    }
    out.push(text[start..].trim().to_string());
    out.retain(|s| !s.is_empty());
    out
}

/// "Nolwenn GUILLOU Erwan LE MEUR Soizic TANGUY": a list whose line breaks a converter
/// turned into spaces. When "Prénom NOM" pairs are dense, cut before each one (and before a
/// " * " bullet); prose that names a few people is left whole.
fn split_name_runs(text: &str) -> Vec<String> {
    let words: Vec<(usize, &str)> = super::text::words_at(text);
    let caps = |w: &str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    };
    let given = |w: &str| {
        super::names::is_name_token(w)
            && w.chars().skip(1).any(char::is_lowercase)
            && !w.ends_with([',', ':', '.'])
    };
    let mut cuts: Vec<usize> = Vec::new();
    for k in 0..words.len() {
        let (start, w) = words[k];
        if k > 0 && (w == "*" || w == "•") {
            cuts.push(start);
        } else if k > 0 && given(w) && words.get(k + 1).is_some_and(|(_, n)| caps(n)) {
            let prev = words[k - 1].1;
            // "de KERSAUZON": a particle belongs to the name before it; "Mme Agathe": so
            // does a civility.
            if !lexicon::NAME_PARTICLES.contains(&fold(prev).as_str())
                && lexicon::civility(prev).is_none()
            {
                cuts.push(start);
            }
        }
    }
    let pairs = cuts.len();
    // Lists led by civilities are read as such by the participant recognizer.
    let civilities = words
        .iter()
        .filter(|(_, w)| lexicon::civility(w).is_some())
        .count();
    if pairs < 3 || words.len() > pairs * 15 || civilities >= 3 {
        return vec![text.to_string()];
    }
    cuts.insert(0, 0);
    cuts.push(text.len());
    cuts.windows(2)
        .map(|w| {
            text[w[0]..w[1]]
                .trim()
                .trim_start_matches(['*', '•'])
                .trim()
                .to_string()
        })
        .filter(|s| !s.is_empty())
        .collect()
}

/// Headings a converter ran into the text of a flattened page: "... PRIGENT 1 /
/// APPROBATION DU PROCÈS-VERBAL DU 12 MARS 2018 Le procès-verbal ...", "Point n°2 : ...".
/// Cut before a numbered heading and around a run of words in capitals.
fn split_heading_runs(text: &str) -> Vec<String> {
    let words: Vec<(usize, &str)> = super::text::words_at(text);
    // Lists led by civilities hold family names in capitals, not headings.
    let civilities = words
        .iter()
        .filter(|(_, w)| lexicon::civility(w).is_some())
        .count();
    // Runs of capitals are cut in long flattened text only, and not in lists led by
    // civilities (family names in capitals); numbered headings anywhere.
    let long = words.len() >= 25 && civilities < 3;
    let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count();
    let capital = |w: &str| {
        letters(w) >= 2
            && w.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
    };
    let neutral = |w: &str| letters(w) == 0 || matches!(w, "N°" | "n°" | "d'" | "l'");
    let numbered = |k: usize| {
        let w = words[k].1;
        let next = words.get(k + 1).map_or("", |x| x.1);
        (w.chars().all(|c| c.is_ascii_digit()) && matches!(next, "/" | "-" | "–"))
            || (w.len() <= 3
                && w.ends_with(['.', ')', '/'])
                && w[..w.len() - 1]
                    .chars()
                    .all(|c| c.is_ascii_digit() || "IVX".contains(c))
                && !w[..w.len() - 1].is_empty())
    };
    let mut cuts: Vec<usize> = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let lower = fold(words[k].1);
        if lower == "point"
            && words
                .get(k + 1)
                .is_some_and(|(_, n)| n.starts_with("n°") || n.starts_with("N°"))
        {
            cuts.push(words[k].0);
            k += 2;
            continue;
        }
        // A run of capitals (numbers and "/" allowed inside), at least three words long.
        let start = k;
        let mut end = k;
        let mut caps_words = 0;
        while end < words.len() && (capital(words[end].1) || neutral(words[end].1)) {
            if capital(words[end].1) {
                caps_words += 1;
            }
            end += 1;
        }
        // "Yann LE GOFF DE KERIVEL": capitals after a first name are a family name.
        let after_given = start > 0
            && super::names::is_name_token(words[start - 1].1)
            && words[start - 1].1.chars().skip(1).any(char::is_lowercase);
        if long && caps_words >= 4 && (!after_given || (start..end).any(numbered)) {
            // A number that opens a heading inside the run starts it ("PRIGENT 1 / ...").
            let from = (start..end).find(|&j| numbered(j)).unwrap_or(start);
            if from > 0 {
                cuts.push(words[from].0);
            }
            if end < words.len() {
                cuts.push(words[end].0);
            }
            k = end.max(k + 1);
            continue;
        }
        let heading_after = |j: usize| words.get(j).is_some_and(|(_, n)| capital(n));
        if k > 0 && numbered(k) && (heading_after(k + 1) || heading_after(k + 2)) {
            cuts.push(words[k].0);
        }
        k += 1;
    }
    super::text::cut_at(text, cuts)
}

/// "I Budget annexe II Voirie III Personnel IV Divers": an agenda written on one line,
/// recognised by roman numerals counting up from I.
fn roman_agenda(text: &str) -> Option<Vec<(String, String)>> {
    const ROMANS: [&str; 12] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut marks: Vec<usize> = Vec::new();
    let mut next = 0;
    for (k, w) in words.iter().enumerate() {
        let w = w.trim_end_matches(['.', ')', '-', '–']);
        if next < ROMANS.len()
            && w == ROMANS[next]
            && words
                .get(k + 1)
                .is_some_and(|n| n.starts_with(|c: char| c.is_uppercase()))
        {
            marks.push(k);
            next += 1;
        }
    }
    if marks.len() < 3 || marks[0] != 0 {
        return None;
    }
    let mut out = Vec::new();
    for (n, &m) in marks.iter().enumerate() {
        let end = marks.get(n + 1).copied().unwrap_or(words.len());
        let label = format!("{}.", ROMANS[n]);
        out.push((label, words[m + 1..end].join(" ")));
    }
    Some(out)
}

/// A plain paragraph whose source lines are separate entries (one name a line, "Présents :"
/// then "Excusés :", a flattened page) becomes one line per entry; lines that one entry
/// wraps over stay together.
pub(crate) fn split_entries(line: Line, out: &mut Vec<Line>) {
    let short_single = line.parts.len() < 2 && line.text.split_whitespace().count() < 12;
    if line.kind != Kind::Normal
        || line.cell.is_some()
        || (short_single
            && roman_agenda(&line.text).is_none()
            && split_inline_bullets(&line.text).len() < 2)
    {
        out.push(line);
        return;
    }
    let entries: Vec<(usize, String)> = logical_parts(&line.parts)
        .into_iter()
        .flat_map(|(k, p)| split_at_headings(&p).into_iter().map(move |q| (k, q)))
        .flat_map(|(k, p)| split_inline_bullets(&p).into_iter().map(move |q| (k, q)))
        .flat_map(|(k, p)| split_officer_labels(&p).into_iter().map(move |q| (k, q)))
        .flat_map(|(k, p)| sentences_of(&p).into_iter().map(move |q| (k, q)))
        .flat_map(|(k, p)| split_heading_runs(&p).into_iter().map(move |q| (k, q)))
        .flat_map(|(k, p)| split_name_runs(&p).into_iter().map(move |q| (k, q)))
        .collect();
    let entries: Vec<(usize, String)> = if entries.len() == 1 {
        match roman_agenda(&entries[0].1) {
            Some(items) => {
                let k = entries[0].0;
                for (label, text) in items {
                    let mut one = piece_of(&line, text, k, false);
                    one.kind = Kind::Item {
                        level: 0,
                        ordered: true,
                        label: Some(label),
                        checked: None,
                    };
                    out.push(one);
                }
                return;
            }
            None => entries,
        }
    } else {
        entries
    };
    if entries.len() < 2 {
        out.push(line);
        return;
    }
    for (n, (k, text)) in entries.into_iter().enumerate() {
        out.push(piece_of(&line, text, k, n == 0));
    }
}

/// One piece of a paragraph cut into entries, from its `k`-th source line: the paragraph's
/// own fields without its text and source lines, which would make cutting a long paragraph
/// quadratic. Only the first piece keeps the paragraph's bold lead.
fn piece_of(line: &Line, text: String, k: usize, first: bool) -> Line {
    let links = line
        .links
        .iter()
        .filter(|(_, label)| text.contains(label.as_str()))
        .cloned()
        .collect();
    let mut span = line.span.clone();
    span.lines = line.span.lines.map(|(first, last)| {
        let at = (first + k as u32).min(last);
        (at, at)
    });
    Line {
        parts: vec![text.clone()],
        text,
        kind: line.kind.clone(),
        bold: line.bold,
        bold_lead: if first { line.bold_lead.clone() } else { None },
        links,
        cell: line.cell,
        span,
    }
}

//! One participant entry read as typed segments. An entry (a list item, a table row, a
//! speaker label) is cut at commas, semicolons, slashes, tabs, spaced dashes and
//! parentheses; each segment is typed by what it says (a person, an organisation, a role,
//! a place, an attendance marker), never by where it stands. So "Nom, fonction – Org",
//! "NOM Prénom / Org / fonction", "Nom (Org), fonction" and "Civ. Nom, fonction (Org)" are
//! one rule.

use super::analysis::{fold, Analysed};
use super::lexicon::{self, Att};
use super::names::take_name;

/// What an entry says about one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    pub civility: Option<&'static str>,
    pub name: String,
    pub role: Option<String>,
    pub organization: Option<String>,
    /// An attendance marker written on the entry itself.
    pub attendance: Option<Att>,
    /// "représenté(e) par X", "donne pouvoir à X": the holder as written.
    pub proxy: Option<String>,
    /// Initials the minutes use for the person afterwards: "Amélie Morin (AM)".
    pub alias: Option<String>,
}

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
const MAX_MARKER_WORDS: usize = 6;
/// Most lower-case words between a role noun and the organisation's preposition.
const MAX_ROLE_QUALIFIERS: usize = 2;
/// Most letters of an acronym read as an organisation ("DAECT", "MEAE").
const MAX_ACRONYM_LETTERS: usize = 8;

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

/// The role and organisation a label states ("CST (suppléante)", "Directrice, DGS").
pub(crate) fn label_fields(text: &str) -> (Option<String>, Option<String>) {
    let mut role: Vec<&str> = Vec::new();
    let mut org: Option<&str> = None;
    for s in segments(text) {
        match kind_of(s.text, false) {
            SegKind::Org if org.is_none() => org = Some(s.text),
            SegKind::Role => role.push(s.text),
            SegKind::Other if org.is_none() && s.text.starts_with(char::is_uppercase) => {
                org = Some(s.text)
            }
            _ => {}
        }
    }
    let role = (!role.is_empty()).then(|| role.join(", "));
    (role, org.map(str::to_string))
}

/// A text without its attendance markers in parentheses, and the attendance they state:
/// "directrice adjointe (visio)" is "directrice adjointe", remote.
pub(crate) fn strip_markers(text: &str) -> (String, Option<Att>) {
    let mut att = None;
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for s in segments(text).into_iter().filter(|s| s.in_parens) {
        if let SegKind::Attendance(a) = kind_of(s.text, false) {
            att = Some(a);
            let open = text[..s.start].rfind('(').unwrap_or(s.start);
            out.push_str(&text[last..open]);
            last = s.end.min(text.len());
        }
    }
    out.push_str(&text[last..]);
    (out.trim().to_string(), att)
}

/// Whether a text starts with a role noun ("Présidente de ...", "trésorier").
pub(crate) fn is_role(text: &str) -> bool {
    starts_role(&Analysed::new(text))
}

/// Whether a folded segment starts with a role noun (masculine, feminine or inclusive).
fn starts_role(a: &Analysed<'_>) -> bool {
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
fn starts_org(a: &Analysed<'_>) -> bool {
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
    if matches!(w, "la" | "le" | "les") && words.len() > 1 && head(a.ftok(words[1])) {
        return true;
    }
    // An acronym: one or two words in capitals, short, not a family name with its given
    // name (which has lower-case letters).
    let letters = a.text.chars().filter(|c| c.is_alphabetic()).count();
    words.len() <= 2
        && words
            .iter()
            .all(|&i| a.is_upper(i) && !super::names::is_initials(a.tok(i)))
        && letters <= MAX_ACRONYM_LETTERS
        && take_name(a.text).is_none_or(|n| n.civility.is_none())
}

/// "GAOK Séoul", "AFD Dakar": an acronym and the place of its office.
fn acronym_and_place(a: &Analysed<'_>) -> bool {
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
fn marker(a: &Analysed<'_>) -> Option<Att> {
    let words = (0..a.tokens.len()).filter(|&i| a.is_word(i)).count();
    if words == 0 || words > MAX_MARKER_WORDS {
        return None;
    }
    let f = a.folded.trim();
    for (cues, att) in lexicon::ENTRY_MARKERS {
        if cues.iter().any(|c| lexicon::starts_with_word(f, c)) {
            return Some(*att);
        }
    }
    None
}

/// Types one segment.
fn kind_of(seg: &str, first: bool) -> SegKind {
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

/// Whether a short word in capitals is the initials of a name ("AM" of "Amélie Morin",
/// "TLG" or "TG" of "Thomas Le Gall").
fn are_initials_of(text: &str, name: &str) -> bool {
    let t = text.trim();
    if t.len() < 2 || t.len() > 4 || !t.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let words: Vec<char> = name
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .map(|c| {
            super::analysis::fold(&c.to_string())
                .chars()
                .next()
                .unwrap_or(c)
        })
        .collect();
    let all: String = words.iter().collect::<String>().to_uppercase();
    let capitals: String = name
        .split([' ', '-'])
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect::<String>();
    let capitals = super::analysis::fold(&capitals).to_uppercase();
    t == all || t == capitals
}

/// A nickname in parentheses: one capitalised word, not an acronym ("(Titou)").
fn nickname(s: &Segment<'_>) -> bool {
    s.in_parens
        && !s.text.contains(' ')
        && s.text.starts_with(char::is_uppercase)
        && s.text.chars().any(char::is_lowercase)
}

/// A capitalised given name alone ("Maëlle", "Jean-Marc"): a person in a list of people.
fn lone_given_name(a: &Analysed<'_>) -> bool {
    a.tokens.len() == 1
        && a.is_word(0)
        && a.is_capitalised(0)
        && !a.is_upper(0)
        && super::gazetteer::is_given_name(a.ftok(0))
}

/// Cuts a proxy clause off the entry: "X, représenté par Y" / "X donne pouvoir à Y".
fn split_proxy(text: &str) -> (&str, Option<&str>) {
    let a = Analysed::new(text);
    for cue in lexicon::PROXY_CUES {
        if let Some(pos) = find_word(&a.folded, cue) {
            let head = a
                .orig_slice(0, pos)
                .trim_end_matches([' ', ',', '(', '-', '–']);
            let holder = a
                .orig_slice(pos + cue.len(), a.folded.len())
                .trim()
                .trim_end_matches([')', '.'])
                .trim();
            return (head, (!holder.is_empty()).then_some(holder));
        }
    }
    (text, None)
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

/// Strips what numbers or bullets an entry: "12.", "3)", "-", "•".
fn strip_list_marker(text: &str) -> &str {
    let t = text.trim_start_matches(|c: char| "-•*–—·▪►✓☐☑ ".contains(c));
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && digits <= 3 {
        let rest = &t[digits..];
        if let Some(r) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return r.trim_start();
        }
    }
    t
}

/// Reads one entry about one person. None when no segment is a person.
pub(crate) fn parse_entry(text: &str) -> Option<Entry> {
    let text = strip_list_marker(text.trim());
    let (head, proxy) = split_proxy(text);
    let mut segs = segments(head);
    for (k, s) in segs.iter_mut().enumerate() {
        s.kind = kind_of(s.text, k == 0);
    }
    // The person: the first person segment, or a first segment that starts with a name
    // followed by its role ("Prénom NOM chargée de mission").
    let mut person = segs.iter().position(|s| s.kind == SegKind::Person);
    let mut lead_role: Option<String> = None;
    let mut lead_org: Option<String> = None;
    if person.is_none() {
        let first = segs.first()?;
        // A lone word in capitals is an acronym when another segment is an organisation
        // ("DAECT / MEAE"), a family name otherwise ("DUPONT, maire").
        if first.kind == SegKind::Org && segs[1..].iter().any(|s| s.kind == SegKind::Org) {
            return None;
        }
        let n = take_name(first.text)?;
        match kind_of(n.rest, false) {
            _ if n.rest.is_empty() => {}
            SegKind::Role => lead_role = Some(n.rest.to_string()),
            // "M. NORMAND CGT": an acronym after the name is the organisation.
            SegKind::Org if !lexicon::NAME_PARTICLES.contains(&fold(n.rest.trim()).as_str()) => {
                lead_org = Some(n.rest.to_string())
            }
            _ => return None,
        }
        segs[0].kind = SegKind::Person;
        person = Some(0);
    }
    let p = person?;
    let n = take_name(segs[p].text).unwrap_or(super::names::NameParse {
        civility: None,
        name: segs[p].text.to_string(),
        sep: None,
        rest: "",
    });
    let mut roles: Vec<&str> = Vec::new();
    let mut org: Option<(usize, usize)> = None;
    let mut attendance = proxy.map(|_| Att::Represented);
    // What an "other" segment continues: the role or the organisation before it.
    let mut last: Option<SegKind> = None;
    // "Amélie Morin (AM)": the initials the minutes will use for her, not an organisation.
    let alias = segs
        .get(p + 1)
        .filter(|s| s.in_parens && are_initials_of(s.text, &n.name))
        .map(|s| s.text.to_string());
    for (k, s) in segs.iter().enumerate() {
        if k == p
            || (k == p + 1 && s.in_parens && !n.name.contains(' ') && nickname(s))
            || (k == p + 1 && alias.is_some())
        {
            continue;
        }
        let kind = match s.kind {
            // A parenthesis of capitalised words after a name names its organisation.
            SegKind::Other if s.in_parens && org.is_none() => SegKind::Org,
            // "Nom, fonction – Org", "NOM / Org / fonction": after a dash or a slash, a
            // capitalised segment that is no role is the organisation.
            SegKind::Other | SegKind::Place
                if matches!(s.sep, '–' | '/' | '\t' | '|')
                    && org.is_none()
                    && s.text.starts_with(char::is_uppercase) =>
            {
                SegKind::Org
            }
            SegKind::Other | SegKind::Place => last.unwrap_or(SegKind::Other),
            // Another name in the entry is not this person's: a list, not an entry.
            SegKind::Person if !s.in_parens => return None,
            k => k,
        };
        match kind {
            SegKind::Role => roles.push(s.text),
            SegKind::Org => {
                org = Some(match org {
                    Some((a, _)) if last == Some(SegKind::Org) => (a, s.end),
                    Some(o) => o,
                    None => (s.start, s.end),
                })
            }
            SegKind::Attendance(att) => {
                attendance = Some(match (attendance, att) {
                    (Some(Att::Represented), _) => Att::Represented,
                    (_, a) => a,
                });
                continue;
            }
            _ => continue,
        }
        last = Some(kind);
    }
    // "nick (Real Name)": the real name; "Geoffroy (Jeff)": the name with its nickname.
    let mut name = n.name;
    if let Some(alias) = segs
        .get(p + 1)
        .filter(|s| s.in_parens && (s.kind == SegKind::Person || nickname(s)))
    {
        if !name.contains(' ') {
            name = if alias.text.contains(' ') {
                alias.text.to_string()
            } else {
                format!("{name} ({})", alias.text)
            };
        }
    }
    let role = lead_role
        .into_iter()
        .chain(roles.iter().map(|r| r.to_string()))
        .collect::<Vec<_>>()
        .join(", ");
    let mut organization = org
        .map(|(a, b)| {
            let o = &head[a..b];
            // A parenthesised organisation alone is written without its parentheses.
            if o.ends_with(')') && !o.contains('(') {
                o.trim_end_matches(')').to_string()
            } else {
                o.to_string()
            }
        })
        .or(lead_org);
    let mut role = (!role.is_empty()).then_some(role);
    // "Président de Ciel": a role noun with the organisation after its preposition;
    // "représentant la Ville de X": the body represented.
    if organization.is_none() {
        if let Some((r, o)) = role
            .as_deref()
            .and_then(|r| represents(r).or_else(|| role_of_org(r)))
        {
            (role, organization) = (Some(r), Some(o));
        }
    }
    Some(Entry {
        civility: n.civility,
        name,
        role,
        organization,
        attendance,
        proxy: proxy.map(str::to_string),
        alias,
    })
}

/// "représentant la Ville de Lannion", "représentante de l'AFD en remplacement de X": the
/// role word and the body represented, up to a clause that says something else.
fn represents(role: &str) -> Option<(String, String)> {
    let a = Analysed::new(role);
    let first = (0..a.tokens.len()).find(|&i| a.is_word(i))?;
    if !lexicon::REPRESENTING.contains(&a.ftok(first)) {
        return None;
    }
    let mut k = first + 1;
    // An article in capitals belongs to the name ("LES AMIS DU PARC").
    while k < a.tokens.len() && lexicon::REPRESENTED_ARTICLES.contains(&a.ftok(k)) && !a.is_upper(k)
    {
        k += 1;
    }
    let start = a.tokens.get(k)?;
    // An elided article glued to the name: "l'AFD", "d'Orsange".
    let word = a.tok(k);
    let skip = match word.find(['\'', '’']) {
        Some(p) if p <= 1 => p + word[p..].chars().next().map_or(0, char::len_utf8),
        _ => 0,
    };
    let body = &role[start.start + skip..];
    let body_f = &a.folded[a.tokens[k].fstart..];
    let end = lexicon::REPRESENTED_ENDS
        .iter()
        .filter_map(|e| super::entry::find_word(body_f, e))
        .min()
        .map_or(body.len(), |p| {
            a.orig(a.tokens[k].fstart + p) - (start.start + skip)
        });
    let org = body[..end].trim().trim_end_matches([',', ';']).trim();
    (!org.is_empty() && org.starts_with(char::is_uppercase))
        .then(|| (a.tok(first).to_string(), org.to_string()))
}

/// "Président de Ciel", "trésorière de l'Amicale X": one role noun, a preposition, then a
/// capitalised name: the role and the organisation.
fn role_of_org(role: &str) -> Option<(String, String)> {
    let a = Analysed::new(role);
    let words: Vec<usize> = (0..a.tokens.len()).filter(|&i| a.is_word(i)).collect();
    let (&noun, rest) = words.split_first()?;
    if !lexicon::ROLE_NOUNS.contains(&a.ftok(noun)) {
        return None;
    }
    // "maire adjointe de ...", "secrétaire général de ...": a few lower-case words may
    // qualify the role noun before the preposition.
    let at = rest
        .iter()
        .take(MAX_ROLE_QUALIFIERS + 1)
        .position(|&w| matches!(a.ftok(w), "de" | "du" | "des") || a.ftok(w).starts_with("d'"))?;
    if rest[..at]
        .iter()
        .any(|&w| !a.tok(w).starts_with(char::is_lowercase))
    {
        return None;
    }
    let prep = rest[at];
    let mut org_tok = if a.ftok(prep).starts_with("d'") {
        prep
    } else {
        *rest.get(at + 1)?
    };
    if matches!(a.ftok(org_tok), "la" | "le" | "les") {
        org_tok = *rest.get(at + 2)?;
    }
    let raw = a.tok(org_tok);
    let org = raw
        .strip_prefix(['d', 'l', 'D', 'L'])
        .and_then(|r| r.strip_prefix(['\'', '’']))
        .unwrap_or(raw);
    let head = fold(org);
    let capital = org.starts_with(|c: char| c.is_uppercase())
        && !lexicon::ROLE_NOUNS.contains(&head.as_str());
    // A body named by a territorial head noun, whatever its case: "de la commune de X".
    let territorial = lexicon::TERRITORIAL_HEADS.contains(&head.as_str());
    let org_start = a.tokens[org_tok].start + (raw.len() - org.len());
    let role_end = a.tokens[prep].start;
    (capital || territorial).then(|| {
        (
            role[a.tokens[noun].start..role_end].trim().to_string(),
            role[org_start..].trim().to_string(),
        )
    })
}

#[cfg(test)]
#[path = "entry_tests.rs"]
mod tests;

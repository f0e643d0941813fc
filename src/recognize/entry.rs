//! One participant entry read as typed segments. An entry (a list item, a table row, a
//! speaker label) is cut at commas, semicolons, slashes, tabs, spaced dashes and
//! parentheses; each segment is typed by what it says (a person, an organisation, a role,
//! a place, an attendance marker), never by where it stands. So "Nom, fonction – Org",
//! "NOM Prénom / Org / fonction", "Nom (Org), fonction" and "Civ. Nom, fonction (Org)" are
//! one rule.

use super::analysis::{fold, Analysed};
pub(crate) use super::entry_roles::{represents, role_of_org};
use super::lexicon::{self, Att};
use super::names::take_name;
pub(crate) use super::segments::{find_word, is_role, kind_of, segments, SegKind, Segment};

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

/// A role without the arrival or departure noted after it: "titulaire arrivée à 10 h 15"
/// is "titulaire".
fn before_arrival(role: &str) -> &str {
    let a = Analysed::new(role);
    lexicon::MOVEMENT_WORDS
        .iter()
        .filter_map(|w| find_word(&a.folded, w))
        .filter(|&p| p > 0)
        .min()
        .map_or(role, |p| a.orig_slice(0, p).trim_end_matches([' ', ',']))
}

/// The role and organisation a label states ("CST (suppléante)", "Directrice, DGS").
pub(crate) fn label_fields(text: &str) -> (Option<String>, Option<String>) {
    let mut role: Vec<&str> = Vec::new();
    let mut org: Option<&str> = None;
    for s in segments(text) {
        match kind_of(s.text, false) {
            SegKind::Org if org.is_none() => org = Some(s.text),
            SegKind::Role => role.push(before_arrival(s.text)),
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
            // "M. QUÉRÉ CGT": an acronym after the name is the organisation.
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
            // A parenthesis of capitalised words after a name names its organisation, even
            // when it reads like a name ("(Mairie de X)" aside, "(Préfecture de Y)"): an
            // entry is one person's, and a second name in it would be an alias (kept above).
            SegKind::Other | SegKind::Person if s.in_parens && org.is_none() => SegKind::Org,
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
    // "nick (Real Name)": the real name; "Gwenaël (Gwen)": the name with its nickname.
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
    let mut parts: Vec<String> = lead_role
        .into_iter()
        .chain(roles.iter().map(|r| r.to_string()))
        .collect();
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
    // "Président de Ciel": a role noun with the organisation after its preposition;
    // "représentant la Ville de X": the body represented. The first role that names one
    // gives it; the other roles stay ("maire adjointe de la Ville de X, présidente du ...").
    if organization.is_none() {
        for part in parts.iter_mut() {
            if let Some((r, o)) = represents(part).or_else(|| role_of_org(part)) {
                *part = r;
                organization = Some(o);
                break;
            }
        }
    }
    let role = parts.join(", ");
    let role = (!role.is_empty()).then_some(role);
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

#[cfg(test)]
#[path = "entry_tests.rs"]
mod tests;

//! Lines of people introduced by civilities, with labels between them ("PLOUHA : Mme A
//! TRÉGUIER : M. B"), plural civilities ("Mmes A, B et MM C") and lists where a lone
//! capitalised word is a name.

use super::affiliation::{attendance_cue, strip_status_parens};
use super::attendance::combine;
use super::groups::strip_delegation_lead;
use super::lexicon::{self, Att};
use super::names::{is_person_name, strip_civility, take_name};
use super::participants::{listed_names, people_from_text, Person};
use super::text::{clean, fold, split_colon, trim_label};
use crate::record::SourceSpan;

/// Fewest civility-led names that make a line a run of people with labels between them.
pub(crate) const MIN_CIVILITY_RUN: usize = 2;

/// A long run of people each introduced by a civility, with organisation labels in between:
/// "PLOUHA : Mme Rozenn KERAVEL TRÉGUIER : M. Jean Yves LE GOFF, Mme ...". The words
/// between a name and a colon label the people after it.
/// Where each person introduced by a civility starts: at a word that follows a space (or
/// one of `after`), outside parentheses ("(liste de M. X)" starts nobody). One pass.
pub(crate) fn civility_starts(text: &str, after: &[char]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let word_start =
            !c.is_whitespace() && prev.is_none_or(|p| p.is_whitespace() || after.contains(&p));
        if word_start && depth <= 0 && strip_civility(&text[i..]).0.is_some() {
            out.push(i);
        }
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        prev = Some(c);
    }
    out
}

pub(crate) fn civility_run(text: &str, att: Att, span: &SourceSpan, out: &mut Vec<Person>) -> bool {
    if plural_civility(text) {
        return false;
    }
    let starts = civility_starts(text, &[',', ':', ';']);
    if starts.len() < MIN_CIVILITY_RUN {
        return false;
    }
    let mut org: Option<String> = split_colon(&text[..starts[0]])
        .map(|(l, _)| strip_delegation_lead(trim_label(l)).to_string())
        .filter(|l| !l.is_empty());
    let mut bounds = starts.clone();
    bounds.push(text.len());
    // What follows each name, for the labels of a flattened table.
    let mut rests: Vec<(usize, String)> = Vec::new();
    for w in bounds.windows(2) {
        let chunk = text[w[0]..w[1]].trim().trim_end_matches([',', ';', '.']);
        // "Mme A, conseillère et M. B": the "et" before the next civility is no one's.
        let chunk = chunk
            .strip_suffix(" et")
            .unwrap_or(chunk)
            .trim_end_matches([',', ' ']);
        let (body, next_org) = match split_colon(chunk) {
            Some((before, after)) if after.trim().is_empty() => {
                // "Mme Rozenn KERAVEL TRÉGUIER :": the last capitals word(s) are the label.
                let words: Vec<&str> = before.split_whitespace().collect();
                let name_len = take_name(before)
                    .map_or(words.len(), |n| n.name.split_whitespace().count() + 1);
                let keep = if words.len() > 3 {
                    words.len().min(name_len).min(words.len() - 1)
                } else {
                    words.len()
                };
                (
                    words[..keep].join(" "),
                    Some(words[keep..].join(" ")).filter(|s| !s.is_empty()),
                )
            }
            _ => (chunk.to_string(), None),
        };
        // The holder of a proxy ("... pouvoir à Mme X", "..., représenté par M. Y") is
        // listed elsewhere: the words right before the name hand the proxy over.
        let before = fold(&text[..w[0]]);
        let before = before.trim_end();
        let proxy_holder = lexicon::PROXY_CUES
            .iter()
            .chain(["pouvoir", "procuration"].iter())
            .any(|c| before.ends_with(c));
        if next_org.is_some() && proxy_holder {
            org = next_org;
            continue;
        }
        if proxy_holder {
            continue;
        }
        if plural_civility(&body) {
            lenient_names(&body, org.as_deref(), att, span, out);
            if next_org.is_some() {
                org = next_org;
            }
            continue;
        }
        let cue = attendance_cue(&body);
        let subject = cut_at_proxy(&body).to_string();
        // Each name with what follows it read as an entry: "Mme X (Org)", "M. Y, maire".
        let entry = super::entry::parse_entry(subject.trim_end_matches([',', ';', '.', ' ']));
        if let Some(n) = take_name(&subject) {
            let rest = n.rest.trim();
            let (role, own_org) = match &entry {
                Some(e) if e.name == n.name => (e.role.clone(), e.organization.clone()),
                _ => (
                    (!rest.is_empty() && super::affiliation::starts_role(rest))
                        .then(|| rest.to_string()),
                    None,
                ),
            };
            if next_org.is_none() {
                rests.push((out.len(), rest.to_string()));
            }
            out.push(Person {
                civility: n.civility,
                alias: None,
                name: n.name,
                role,
                organization: own_org.or_else(|| org.clone()),
                attendance: Some(combine(cue, att)),
                span: span.clone(),
            });
        }
        if next_org.is_some() {
            org = next_org;
        }
    }
    super::flattened_labels::assign(out, &rests);
    true
}

pub(crate) fn plural_civility(text: &str) -> bool {
    let first = fold(text.split_whitespace().next().unwrap_or(""));
    matches!(
        first.trim_end_matches('.'),
        "mmes" | "mm" | "messieurs" | "mesdames" | "mlles" | "mesdemoiselles"
    )
}

pub(crate) fn lenient_list(text: &str, att: Att, span: &SourceSpan, out: &mut Vec<Person>) {
    if listed_names(text, true, att, span, out) {
        return;
    }
    let before = out.len();
    people_from_text(text, None, att, span, out);
    if out.len() > before {
        return;
    }
    out.truncate(before);
    lenient_names(text, None, att, span, out);
}

/// Names in a list where a lone capitalised word is a person: first names after an
/// attendance heading, family names after a plural civility. A civility carries over to the
/// names after it; a trailing role ("..., enseignantes") goes to the names without one.
pub(crate) fn lenient_names(
    text: &str,
    org: Option<&str>,
    att: Att,
    span: &SourceSpan,
    out: &mut Vec<Person>,
) {
    let before = out.len();
    let mut civility = None;
    let mut trailing_role: Option<String> = None;
    // "A, B (Liste X), C, (PEEP)": a parenthesis names the group of the names since the last.
    let mut untagged = before;
    let mut last_role_owner: Option<usize> = None;
    for seg in list_segments(&clean(text)) {
        let cue = attendance_cue(&seg);
        let seg = strip_status_parens(&seg);
        // "C (Liste X)", and at the end "C (Liste X) représentants élus": the tag, and the
        // role of the whole list after it.
        let (seg, tag, after) = match (seg.rfind('('), seg.rfind(')')) {
            (Some(open), Some(close)) if open < close => (
                seg[..open].trim().to_string(),
                Some(seg[open + 1..close].trim().to_string()),
                seg[close + 1..].trim().to_string(),
            ),
            _ => (seg.clone(), None, String::new()),
        };
        let (civ, body) = super::names::strip_civility(&seg);
        if civ.is_some() {
            civility = civ;
        }
        let body = body.trim().trim_end_matches('.');
        let single = family_name_alone(body);
        let push = |out: &mut Vec<Person>, name: String| {
            out.push(Person {
                civility: civ.or(civility),
                alias: None,
                name,
                role: None,
                organization: org.map(str::to_string),
                attendance: Some(combine(cue, att)),
                span: span.clone(),
            });
        };
        if let Some(n) = take_name(body).filter(|n| n.rest.is_empty()) {
            push(out, n.name);
        } else if single {
            push(out, body.to_string());
        } else if let Some(n) = take_name(body).filter(|_| out.len() > before || civility.is_some())
        {
            // "Quéré représentants élus": the last name with the group's role.
            push(out, n.name);
            trailing_role = Some(n.rest.trim().to_string()).filter(|r| !r.is_empty());
        } else if out.len() > before && super::affiliation::starts_role(body) {
            // "Yves TANGUY, Maire, Lise PRIGENT": the role of the name before; a role at the
            // end of the list ("..., enseignantes") is the group's, settled after the loop.
            if let Some(p) = out.last_mut().filter(|p| p.role.is_none()) {
                p.role = Some(body.to_string());
                last_role_owner = Some(out.len() - 1);
            }
            trailing_role = Some(body.to_string());
        } else {
            last_role_owner = None;
        }
        if out.len() > before && last_role_owner != Some(out.len() - 1) {
            trailing_role = None;
        }
        if !after.is_empty() && out.len() > before && super::affiliation::starts_role(&after) {
            trailing_role = Some(after);
            last_role_owner = None;
        }
        if let Some(tag) = tag.filter(|t| !t.is_empty() && org.is_none()) {
            for p in out.iter_mut().skip(untagged) {
                if p.organization.is_none() {
                    p.organization = Some(tag.clone());
                }
            }
            untagged = out.len();
        }
    }
    // A role closing the list belongs to every name in it that has none.
    if let Some(role) = trailing_role {
        let owner = last_role_owner;
        for (k, p) in out.iter_mut().enumerate().skip(before) {
            if p.role.is_none() || Some(k) == owner {
                p.role = Some(role.clone());
            }
        }
    }
}

/// Most words of a family name written alone after a plural civility ("de La Villemarqué").
const FAMILY_NAME_WORDS: usize = 4;

/// A family name written alone, as after a plural civility: one capitalised word, or words
/// led by particles ("Le Gall", "de Kersauzon", "Van den Bosch").
fn family_name_alone(body: &str) -> bool {
    let words: Vec<&str> = body.split_whitespace().collect();
    let Some((last, particles)) = words.split_last() else {
        return false;
    };
    let word_ok = |w: &str| {
        w.starts_with(|c: char| c.is_uppercase())
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    };
    words.len() <= FAMILY_NAME_WORDS
        && word_ok(last)
        && super::names::is_name_token(last)
        && particles
            .iter()
            .all(|p| lexicon::NAME_PARTICLES.contains(&fold(p).as_str()))
}

/// Splits a list on ";" and on "," / " et " between names.
pub(crate) fn list_segments(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for semi in text.split(';').flat_map(split_dashes) {
        for seg in super::text::split_commas(semi) {
            // "A et B" where both sides are names.
            if let Some((a, b)) = seg.split_once(" et ") {
                let bare = |x: &str| strip_status_parens(x.split('(').next().unwrap_or(x));
                let b_led = strip_civility(b.trim()).0.is_some() || plural_civility(b.trim());
                // In a list a lone capitalised word is a name too ("Quéré et Tallec").
                let lone = |x: &str| {
                    let x = x.trim();
                    !x.contains(' ')
                        && super::names::is_name_token(x)
                        && x.chars().any(char::is_lowercase)
                };
                let (ba, bb) = (bare(a), bare(b));
                // "..., conseiller municipal et M. Théo Naudin": a civility after "et" starts
                // another person whatever comes before.
                if b_led && (take_name(b.trim()).is_some() || plural_civility(b.trim()))
                    || (is_person_name(&ba) || lone(&ba))
                        && (is_person_name(&bb) || lone(&bb) || b_led)
                {
                    out.push(a.trim().to_string());
                    out.push(b.trim().to_string());
                    continue;
                }
            }
            // "A, B, et C": the "et" after the last comma joins, it names no one.
            let seg = seg.trim();
            out.push(seg.strip_prefix("et ").unwrap_or(seg).trim().to_string());
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

/// "A NAME - B NAME - C NAME": dashes between names separate people; a dash after a name
/// followed by a role does not.
pub(crate) fn split_dashes(s: &str) -> Vec<&str> {
    let pieces: Vec<&str> = s.split(" - ").flat_map(|p| p.split(" – ")).collect();
    if pieces.len() >= 3
        && pieces.iter().filter(|p| is_person_name(p.trim())).count() * 3 >= pieces.len() * 2
    {
        return pieces;
    }
    vec![s]
}

pub(crate) fn cut_at_proxy(s: &str) -> &str {
    let a = super::analysis::Analysed::new(s);
    lexicon::PROXY_CUES
        .iter()
        .filter_map(|cue| super::entry::find_word(&a.folded, cue))
        .min()
        .map_or(s, |pos| {
            a.orig_slice(0, pos).trim_end_matches([' ', '(']).trim()
        })
}

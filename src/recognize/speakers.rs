//! Speakers and interventions, in every shape French minutes use:
//! - a "Name, role[, organisation] [:]" line followed by its content;
//! - "Organisation, représentée par / conduite par Civ. Name, role";
//! - a bold bullet "Civ. Name, role, organisation" with sub-bullets (or flattened bullets);
//! - "Synthèse / Intervention / Présentation de|par Name";
//! - inline "Name : text" and group speakers ("Partie coréenne : ...");
//! - "M. X indique / rappelle / souligne que ...".

use super::affiliation::{split_role_org, starts_org, starts_role};
use super::lexicon::{self, CONTRIBUTION_NOUNS, GROUP_SPEAKER_HEADS, REPRESENTED_BY};
use super::lines::{Kind, Line};
use super::names::{is_person_name, take_name};
use super::speech::{self, Known};
use super::text::{fold, split_colon, trim_label};
use crate::record::SourceSpan;

/// Who speaks, as read from the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerRef {
    pub name: String,
    pub civility: Option<&'static str>,
    pub group: bool,
    pub role: Option<String>,
    pub organization: Option<String>,
}

/// An intervention before resolution.
#[derive(Debug, Clone)]
pub struct Found {
    pub speaker: SpeakerRef,
    pub text: String,
    pub line: usize,
    pub span: SourceSpan,
}

/// How a header line introduces its content.
enum Header {
    /// A paragraph line: content is the following lines up to the next header.
    Block(SpeakerRef),
    /// A bullet: content is its sub-bullets, or following bullets when flattened.
    Bullet(SpeakerRef, u8),
    /// The whole intervention is on the line.
    Inline(SpeakerRef, String),
}

const MAX_HEADER_WORDS: usize = 40;

fn person_ref(
    civility: Option<&'static str>,
    name: String,
    rest: &str,
    org: Option<String>,
) -> SpeakerRef {
    let rest = trim_label(rest);
    let (role, inline_org) = if rest.is_empty() {
        (None, None)
    } else {
        split_role_org(rest)
    };
    SpeakerRef {
        name,
        civility,
        group: false,
        role,
        organization: org.or(inline_org),
    }
}

/// "Name, role..." at the start of a line.
fn name_role(text: &str) -> Option<SpeakerRef> {
    let n = take_name(text)?;
    let rest = n.rest.trim();
    let sep_ok = matches!(n.sep, Some(',') | Some(':'));
    if !sep_ok {
        return None;
    }
    if !(rest.is_empty() || starts_role(rest) || starts_org(rest)) {
        return None;
    }
    Some(person_ref(n.civility, n.name, rest, None))
}

/// "Organisation, représentée par Civ. Name, role".
fn represented_by(text: &str) -> Option<SpeakerRef> {
    let a = super::analysis::Analysed::new(text);
    let (pos, cue) = REPRESENTED_BY
        .iter()
        .find_map(|c| super::entry::find_word(&a.folded, c).map(|p| (p, *c)))?;
    let org = trim_label(a.orig_slice(0, pos).trim().trim_end_matches(',')).to_string();
    let person = a.orig_slice(pos + cue.len(), a.folded.len()).trim();
    let n = take_name(person)?;
    let rest = strip_trailing_note(n.rest);
    let (role, _) = if rest.is_empty() {
        (None, None)
    } else {
        split_role_org(rest)
    };
    Some(SpeakerRef {
        name: n.name,
        civility: n.civility,
        group: false,
        role,
        organization: (!org.is_empty()).then_some(org),
    })
}

/// Drops a final parenthetical note ("(cf. discours à récupérer)") from a role.
fn strip_trailing_note(s: &str) -> &str {
    let s = s.trim();
    if s.ends_with(')') {
        if let Some(open) = s.rfind('(') {
            return s[..open].trim();
        }
    }
    s
}

/// "Synthèse par Name", "Intervention de M. X".
fn contribution(text: &str) -> Option<(SpeakerRef, String)> {
    let a = super::analysis::Analysed::new(text);
    let f: &str = &a.folded;
    let noun = CONTRIBUTION_NOUNS
        .iter()
        .find(|n| lexicon::starts_with_word(f, n))?;
    let after = f[noun.len()..].trim_start();
    let prep = ["par ", "de ", "d'"]
        .into_iter()
        .find(|p| after.starts_with(p))?;
    let skip = f.len() - after.len() + prep.len();
    let n = take_name(a.orig_slice(skip, f.len()))?;
    let rest = n.rest.trim();
    // Anything after the name other than a role or a colon is a sentence, not a header.
    let (role, org, said) =
        if let Some((_, said)) = split_colon(rest).filter(|_| rest.starts_with(':')) {
            (None, None, said.to_string())
        } else if rest.is_empty() {
            (None, None, String::new())
        } else if matches!(n.sep, Some(',') | Some('(') | Some('-') | Some('–'))
            && (starts_role(rest) || starts_org(rest) || rest.starts_with('('))
        {
            // The rest of the label read as the rest of an entry: role and organisation by
            // what they say ("(Ville de Lorient)", ", maire – Commune de Réo").
            let e = super::entry::parse_entry(&format!("{}, {}", n.name, rest.trim()));
            let (r, o) = e.map_or((None, None), |e| (e.role, e.organization));
            (r, o, String::new())
        } else {
            return None;
        };
    Some((
        SpeakerRef {
            name: n.name,
            civility: n.civility,
            group: false,
            role,
            organization: org,
        },
        said,
    ))
}

/// "Name : text" or "Partie coréenne : text".
fn inline_colon(text: &str, known: &Known) -> Option<(SpeakerRef, String)> {
    let (label, said) = split_colon(text)?;
    let said = said.trim();
    if said.is_empty() {
        return None;
    }
    let label = trim_label(label);
    if label.split_whitespace().count() > 8 {
        return None;
    }
    // "M. NOM (à distance) : ...": the marker is not part of the label.
    let unmarked = super::affiliation::strip_status_parens(label);
    let label = unmarked.trim();
    if is_person_name(label) {
        let n = take_name(label)?;
        return Some((person_ref(n.civility, n.name, "", None), said.to_string()));
    }
    // "Kilian : ..." when the document shows "Kilian" is a person.
    if !label.contains(' ') && known.knows_token(label) {
        return Some((
            person_ref(None, label.to_string(), "", None),
            said.to_string(),
        ));
    }
    // "Name, role : text"
    if let Some(r) = name_role(label).filter(|r| r.role.is_some() || r.organization.is_some()) {
        return Some((r, said.to_string()));
    }
    // "Prénom Nom (Org) :", "Civ. NOM, fonction (Org) :": the label read as an entry.
    // The organisation must be said, and the name not open with an initial ("B. Urgence
    // choléra :" is an agenda item).
    if let Some(e) = super::entry::parse_entry(label).filter(|e| {
        e.organization.is_some()
            && e.name.split_whitespace().count() >= 2
            && !e
                .name
                .split_whitespace()
                .next()
                .is_some_and(super::names::is_initials)
    }) {
        return Some((
            SpeakerRef {
                name: e.name,
                civility: e.civility,
                group: false,
                role: e.role,
                organization: e.organization,
            },
            said.to_string(),
        ));
    }
    let f = fold(label);
    if lexicon::starts_with_any(&f, GROUP_SPEAKER_HEADS) && label.split_whitespace().count() <= 5 {
        return Some((
            SpeakerRef {
                name: label.to_string(),
                civility: None,
                group: true,
                role: None,
                organization: None,
            },
            said.to_string(),
        ));
    }
    None
}

/// "M. X indique que ..." — a name followed by a speech verb.
fn speech_verb(text: &str) -> Option<SpeakerRef> {
    let n = take_name(text)?;
    if n.sep.is_some() {
        return None;
    }
    let f = fold(n.rest);
    if !super::verbs::starts_with_speech_verb(&f) {
        return None;
    }
    Some(person_ref(n.civility, n.name, "", None))
}

fn header_of(line: &Line, known: &Known) -> Option<Header> {
    let text = line.text.as_str();
    if let Some(s) = reporter(text) {
        return Some(Header::Block(s));
    }
    if text.split_whitespace().count() > MAX_HEADER_WORDS {
        return speech_verb(text).map(|s| Header::Inline(s, text.to_string()));
    }
    match line.kind {
        Kind::Item { level, .. } => {
            let bold_head = line.bold
                || line.bold_lead.as_deref().is_some_and(|b| {
                    b.split_whitespace().count() >= 2
                        && text.starts_with(b.trim_end_matches(':').trim())
                });
            if bold_head {
                let lead = if line.bold {
                    text
                } else {
                    line.bold_lead.as_deref().unwrap_or(text)
                };
                if let Some(s) = name_role(lead).or_else(|| represented_by(lead)) {
                    let after = text.get(lead.len()..).unwrap_or("").trim();
                    if after.is_empty() || line.bold {
                        return Some(Header::Bullet(s, level));
                    }
                    return Some(Header::Inline(s, trim_label(after).to_string()));
                }
            }
            if let Some((s, said)) = contribution(text) {
                return Some(if said.is_empty() {
                    Header::Bullet(s, level)
                } else {
                    Header::Inline(s, said)
                });
            }
            if let Some((s, said)) = inline_colon(text, known) {
                return Some(Header::Inline(s, said));
            }
            speech_verb(text).map(|s| Header::Inline(s, text.to_string()))
        }
        Kind::Normal | Kind::Heading(..) => {
            if let Some(s) = represented_by(text) {
                return Some(Header::Block(s));
            }
            if let Some((s, said)) = contribution(text) {
                return Some(if said.is_empty() {
                    Header::Block(s)
                } else {
                    Header::Inline(s, said)
                });
            }
            if let Some((s, said)) = inline_colon(text, known) {
                // "Name, role :" alone is a block header; with text after, inline.
                return Some(Header::Inline(s, said));
            }
            if !text.trim_end().ends_with('.') {
                if let Some(s) = name_role(text) {
                    return Some(Header::Block(s));
                }
            }
            speech_verb(text).map(|s| Header::Inline(s, text.to_string()))
        }
        Kind::Title => None,
    }
}

/// "Rapporteur : Gaspard", "Présenté par Mme X": who reports on the item that follows.
fn reporter(text: &str) -> Option<SpeakerRef> {
    let (label, value) = split_colon(text)?;
    let l = fold(trim_label(label));
    if !lexicon::SPEAKER_LABELS.contains(&l.as_str()) {
        return None;
    }
    let value = trim_label(value).trim_end_matches('.');
    if let Some(n) = take_name(value) {
        return Some(person_ref(n.civility, n.name, n.rest, None));
    }
    let single = value.split_whitespace().count() == 1 && super::names::is_name_token(value);
    single.then(|| person_ref(None, value.to_string(), "", None))
}

/// Whether a line can be the content of an intervention.
fn is_content(line: &Line) -> bool {
    !line.is_link_only()
}

/// Finds interventions. `skip[i]` marks lines that are not speech (participant lists,
/// resource lists); `section_starts` end any open intervention.
pub fn find_interventions(
    lines: &[Line],
    skip: &[bool],
    section_starts: &[usize],
    known: &Known,
) -> Vec<Found> {
    // A run of bullets "Prénom : ..." where one first name is known makes them all known:
    // the tour de table of a team.
    let mut extended = Known {
        people: known.people.clone(),
        evidence: known.evidence.clone(),
        aliases: known.aliases.clone(),
    };
    let label_of = |l: &Line| -> Option<String> {
        let (label, said) = split_colon(&l.text)?;
        let label = trim_label(label);
        (l.is_item()
            && !said.trim().is_empty()
            && !label.contains(' ')
            && super::names::is_name_token(label)
            && label.chars().any(char::is_lowercase))
        .then(|| label.to_string())
    };
    let mut k = 0;
    while k < lines.len() {
        let run: Vec<String> = lines[k..].iter().map_while(label_of).collect();
        if run.len() >= 2 && run.iter().any(|t| known.knows_token(t)) {
            extended.evidence.extend(run.iter().map(|t| fold(t)));
        }
        k += run.len().max(1);
    }
    let known = &extended;
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if skip[i] || section_starts.contains(&i) || lines[i].cell.is_some() {
            i += 1;
            continue;
        }
        let Some(header) = header_of(&lines[i], known) else {
            for a in speech::attributions(&lines[i].text, known) {
                out.push(attributed(a, &lines[i], i));
            }
            i += 1;
            continue;
        };
        let stop = |j: usize| j >= lines.len() || skip[j] || section_starts.contains(&j);
        match header {
            Header::Inline(s, said) => {
                // Other speakers of the same paragraph ("Mme A ouvre ... M. B rappelle ...").
                let others: Vec<speech::Attribution> = speech::attributions(&lines[i].text, known)
                    .into_iter()
                    .filter(|a| a.name != s.name)
                    .collect();
                out.push(Found {
                    speaker: s,
                    text: said,
                    line: i,
                    span: lines[i].span.clone(),
                });
                for a in others {
                    out.push(attributed(a, &lines[i], i));
                }
                i += 1;
            }
            Header::Block(s) => {
                let mut j = i + 1;
                let mut body = Vec::new();
                while !stop(j) && (body.is_empty() || header_of(&lines[j], known).is_none()) {
                    if !is_content(&lines[j]) {
                        break;
                    }
                    // A new block or bullet header ends this one; an inline one (a speech-verb
                    // sentence by the same speaker) is content.
                    if let Some(h) = header_of(&lines[j], known) {
                        match h {
                            Header::Inline(ref other, _) if other.name == s.name => {}
                            _ => break,
                        }
                    }
                    body.push(lines[j].text.clone());
                    j += 1;
                }
                if !body.is_empty() {
                    out.push(Found {
                        speaker: s,
                        text: body.join("\n"),
                        line: i,
                        span: lines[i].span.clone(),
                    });
                    i = j;
                } else {
                    // A long line is a sentence that names its speaker ("... a été animée
                    // par X, ..."): the sentence is what they did.
                    let t = lines[i].text.as_str();
                    let article_led = matches!(
                        fold(t.split_whitespace().next().unwrap_or("")).as_str(),
                        "la" | "le" | "les" | "l'" | "cette" | "ce"
                    );
                    if t.split_whitespace().count() >= 12 || article_led {
                        out.push(Found {
                            speaker: s,
                            text: lines[i].text.clone(),
                            line: i,
                            span: lines[i].span.clone(),
                        });
                    }
                    i += 1;
                }
            }
            Header::Bullet(s, level) => {
                let mut j = i + 1;
                let mut body = Vec::new();
                let nested = lines
                    .get(j)
                    .and_then(Line::level)
                    .is_some_and(|l| l > level);
                while !stop(j) {
                    let l = &lines[j];
                    let Some(lv) = l.level() else { break };
                    if nested && lv <= level {
                        break;
                    }
                    if !nested && (lv < level || header_of(l, known).is_some()) {
                        break;
                    }
                    body.push(l.text.clone());
                    j += 1;
                }
                out.push(Found {
                    speaker: s,
                    text: body.join("\n"),
                    line: i,
                    span: lines[i].span.clone(),
                });
                i = if body.is_empty() { i + 1 } else { j };
            }
        }
    }
    out
}

/// Lines of resource lists ("→ A voir, à lire :"): people named there are cited, not speaking.
pub fn resource_zones(lines: &[Line], section_starts: &[usize]) -> Vec<bool> {
    let mut mask = vec![false; lines.len()];
    let mut open = false;
    for (i, l) in lines.iter().enumerate() {
        if section_starts.contains(&i) {
            open = false;
        }
        let label = fold(trim_label(
            split_colon(&l.text).map_or(l.text.as_str(), |(a, _)| a),
        ));
        if l.text.split_whitespace().count() <= 8
            && lexicon::starts_with_any(&label, lexicon::RESOURCE_HEADINGS)
        {
            open = true;
        }
        mask[i] = open;
    }
    mask
}

/// The intervention of a speaker attributed in running text: the whole line.
fn attributed(a: speech::Attribution, line: &Line, i: usize) -> Found {
    Found {
        speaker: SpeakerRef {
            name: a.name,
            civility: a.civility,
            group: false,
            role: None,
            organization: None,
        },
        text: line.text.clone(),
        line: i,
        span: line.span.clone(),
    }
}

/// Whether an unresolved speaker name can be a person: not a place ("Besançon présente"),
/// not an organisation or a role word. Only a person mention becomes a participant.
pub(crate) fn is_person_mention(name: &str, civility: Option<&str>) -> bool {
    // With a civility, or in capitals, a family name that is also a place is a person.
    if civility.is_some()
        || name
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    {
        return true;
    }
    let a = super::analysis::Analysed::new(name);
    let words: Vec<usize> = (0..a.tokens.len()).filter(|&i| a.is_word(i)).collect();
    let Some(&first) = words.first() else {
        return false;
    };
    let head = a.ftok(first);
    if lexicon::ORG_HEADS.contains(&head) || lexicon::ROLE_NOUNS.contains(&head) {
        return false;
    }
    let place_word =
        words.len() == 1 && a.is_capitalised(first) && super::gazetteer::is_place(head);
    !(place_word || super::gazetteer::is_place(a.folded.trim()))
}

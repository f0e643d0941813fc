//! Participant lists: "Liste des participants", "Présents", "Excusés", "Pouvoirs"...; group
//! headers ("Ville de Tours :") with their members; inline "Organisation : Name, role";
//! comma lists of names; attendee tables; attendance from headings, groups and entries.

use super::affiliation::{attendance_cue, starts_org, strip_status_parens};
use super::lexicon::{self, Att, REMOTE_CUES};
use super::lines::{Kind, Line};
use super::name_list::names_in_list;
use super::names::{is_person_name, strip_civility, take_name};
use super::text::{clean, fold, split_colon, trim_label};
use crate::record::SourceSpan;

/// A person read from a list.
#[derive(Debug, Clone)]
pub struct Person {
    pub civility: Option<&'static str>,
    pub name: String,
    /// A handle or nickname the minutes also use for the person ("momo (Maurice Morvan)").
    pub alias: Option<String>,
    pub role: Option<String>,
    pub organization: Option<String>,
    pub attendance: Option<Att>,
    pub span: SourceSpan,
}

pub use super::attendance::attendance_heading;

/// Fewest civility-led names that make a line a run of people with labels between them.
const MIN_CIVILITY_RUN: usize = 2;

/// Most words of a label heading a group of participants.
const GROUP_LABEL_WORDS: usize = 8;

struct Zone {
    attendance: Att,
    group: Option<Group>,
}

#[derive(Clone)]
pub(crate) struct Group {
    pub(crate) org: Option<String>,
    pub(crate) attendance: Option<Att>,
    /// A label that is a role ("Représentants des personnels") gives it to its members.
    role: Option<String>,
}

/// Group header: "Ville de Tours :" or "Délégation ... en visioconférence : (ci-joint ...)".
fn group_header(text: &str) -> Option<Group> {
    let (label, rest) = split_colon(text)?;
    let rest = rest.trim();
    let only_note = rest.is_empty() || (rest.starts_with('(') && rest.ends_with(')'));
    if !only_note {
        return None;
    }
    let label = trim_label(label);
    if label.is_empty() || is_person_name(label) || label.split_whitespace().count() > 12 {
        return None;
    }
    Some(group_of(label))
}

pub(crate) fn group_of(label: &str) -> Group {
    let label = strip_delegation_lead(label);
    let f = fold(label);
    let remote = lexicon::contains_any(&f, REMOTE_CUES);
    Group {
        // A header that only qualifies attendance ("Délégation présente en visioconférence")
        // does not name an organisation: members carry theirs.
        org: (!remote).then(|| label.to_string()),
        attendance: remote.then_some(Att::Remote),
        role: None,
    }
}

/// "Pour la Ville de Dinan" names the Ville de Dinan: the lead and its article go.
fn strip_delegation_lead(label: &str) -> &str {
    let a = super::analysis::Analysed::new(label);
    if a.tokens.len() < 2 || !lexicon::DELEGATION_LEADS.contains(&a.ftok(0)) {
        return label;
    }
    let mut next = 1;
    let t = a.ftok(1);
    if matches!(t, "la" | "le" | "les") {
        next = 2;
    }
    let Some(tok) = a.tokens.get(next) else {
        return label;
    };
    // "l'Agence": the article is glued to the word.
    let word = a.tok(next);
    let skip = if word.starts_with(['l', 'L']) && word[1..].starts_with(['\'', '’']) {
        1 + word[1..].chars().next().map_or(0, char::len_utf8)
    } else {
        0
    };
    label[tok.start + skip..].trim()
}

/// A delegation heading: the group it opens, with the organisation it names ("Délégation
/// de la Ville de Rennes") and its attendance ("... en visioconférence").
fn delegation_heading(text: &str) -> Option<Group> {
    let (label, rest) = split_colon(text)?;
    let label = trim_label(label);
    let a = super::analysis::Analysed::new(label);
    if !rest.trim().is_empty()
        || label.split_whitespace().count() > GROUP_LABEL_WORDS
        || !lexicon::DELEGATION_HEADS.contains(&a.ftok(0))
    {
        return None;
    }
    let remote = lexicon::contains_any(&a.folded, REMOTE_CUES);
    // "Délégation de la Ville de X": the organisation after the preposition.
    let mut k = 1;
    while k < a.tokens.len() && matches!(a.ftok(k), "de" | "du" | "des" | "la" | "le" | "les") {
        k += 1;
    }
    let org = (k > 1 && !remote)
        .then(|| a.tokens.get(k))
        .flatten()
        .map(|t| {
            let word = &label[t.start..];
            let skip = word.find(['\'', '’']).filter(|&p| p <= 1).map_or(0, |p| {
                p + word[p..].chars().next().map_or(0, char::len_utf8)
            });
            word[skip..].trim().to_string()
        })
        .filter(|o| o.starts_with(char::is_uppercase));
    Some(Group {
        org,
        attendance: remote.then_some(Att::Remote),
        role: None,
    })
}

/// Splits "Commune de A : M. X Commune de B : Mme Y" where one line holds several
/// organisation labels, each followed by its people.
fn org_pieces(text: &str) -> Vec<&str> {
    let mut cuts = vec![0];
    let words = super::text::words_at(text);
    for (k, (start, w)) in words.iter().enumerate() {
        if k == 0 || !w.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let f = fold(w);
        if !lexicon::ORG_HEADS.contains(&f.trim_matches(|c: char| !c.is_alphanumeric())) {
            continue;
        }
        // The label ends with a colon within a few words.
        let colon_soon = words[k..]
            .iter()
            .take(7)
            .any(|(_, x)| *x == ":" || x.ends_with(':'));
        let prev = words[k - 1].1;
        if colon_soon
            && !prev.ends_with(':')
            && !matches!(fold(prev).as_str(), "de" | "du" | "la" | "le" | "a" | "des")
        {
            cuts.push(*start);
        }
    }
    if cuts.len() <= 2 {
        return vec![text];
    }
    cuts.push(text.len());
    cuts.windows(2)
        .map(|w| text[w[0]..w[1]].trim())
        .filter(|s| !s.is_empty())
        .collect()
}

/// A long run of people each introduced by a civility, with organisation labels in between:
/// "GARLON : Mme Agathe DUCOURNAU MERIGNOLS : M. Jean Marc LABARTHE, Mme ...". The words
/// between a name and a colon label the people after it.
fn civility_run(text: &str, att: Att, span: &SourceSpan, out: &mut Vec<Person>) -> bool {
    if plural_civility(text) {
        return false;
    }
    // Civilities inside parentheses ("(Liste de Mr Garnier)") do not start a person.
    let depth_at =
        |i: usize| text[..i].matches('(').count() as i64 - text[..i].matches(')').count() as i64;
    let starts: Vec<usize> = text
        .char_indices()
        .filter(|&(i, c)| {
            !c.is_whitespace() && (i == 0 || text[..i].ends_with([' ', ',', ':', ';']))
        })
        .filter(|&(i, _)| depth_at(i) <= 0)
        .filter(|&(i, _)| strip_civility(&text[i..]).0.is_some())
        .map(|(i, _)| i)
        .collect();
    if starts.len() < MIN_CIVILITY_RUN {
        return false;
    }
    let mut org: Option<String> = split_colon(&text[..starts[0]])
        .map(|(l, _)| strip_delegation_lead(trim_label(l)).to_string())
        .filter(|l| !l.is_empty());
    let mut bounds = starts.clone();
    bounds.push(text.len());
    for w in bounds.windows(2) {
        let chunk = text[w[0]..w[1]].trim().trim_end_matches([',', ';', '.']);
        let (body, next_org) = match split_colon(chunk) {
            Some((before, after)) if after.trim().is_empty() => {
                // "Mme Agathe DUCOURNAU MERIGNOLS :": the last capitals word(s) are the label.
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
        // The holder of a proxy ("... pouvoir à Mme X") is listed elsewhere.
        let before = fold(&text[..w[0]]);
        let tail: String = before
            .chars()
            .rev()
            .take(25)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let proxy_holder = lexicon::contains_any(
            &tail,
            &[
                "pouvoir",
                "pouvoir a",
                "procuration",
                "represente par",
                "representee par",
                "vote donne a",
            ],
        ) && !tail.contains(',');
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
            out.push(Person {
                civility: n.civility,
                alias: None,
                name: n.name,
                role,
                organization: own_org.or_else(|| org.clone()),
                attendance: Some(match cue {
                    Some(c @ (Att::Represented | Att::Excused | Att::Absent | Att::Present)) => c,
                    _ => att,
                }),
                span: span.clone(),
            });
        }
        if next_org.is_some() {
            org = next_org;
        }
    }
    true
}

/// Whether lines are one list of names wrapped over them: only the first may carry a
/// label ("Présents :"), and that label must be an attendance heading.
fn is_wrapped_list(pieces: &[&str]) -> bool {
    let Some((first, rest)) = pieces.split_first() else {
        return false;
    };
    if rest.iter().any(|p| split_colon(p).is_some()) {
        return false;
    }
    let heading = attendance_heading(first);
    if heading.is_none() && split_colon(first).is_some() {
        return false;
    }
    let joined = pieces.join(" ");
    let list = match heading {
        Some(_) => attendance_heading(&joined)
            .map(|(_, r)| r)
            .unwrap_or_default(),
        None => joined,
    };
    names_in_list(&list, true).is_some_and(|v| v.len() >= pieces.len())
}

/// The end of a run of lines cut from one paragraph that together are one list of names
/// wrapped over them ("..., Jérôme" / "Perrot, ..."), if the run at `k` is one.
fn wrapped_list_end(lines: &[Line], k: usize) -> Option<usize> {
    let l = &lines[k];
    if l.cell.is_some() {
        return None;
    }
    let end = (k..lines.len())
        .take_while(|&j| lines[j].span.block == l.span.block && lines[j].cell.is_none())
        .last()?
        + 1;
    if end - k < 2 {
        return None;
    }
    let pieces: Vec<&str> = lines[k..end].iter().map(|x| x.text.as_str()).collect();
    is_wrapped_list(&pieces).then_some(end)
}

/// Finds participants. Returns them and, per line, whether it belonged to a participant
/// list (so that other recognizers skip it).
pub fn find_participants(lines: &[Line], sections: &[(usize, &str)]) -> (Vec<Person>, Vec<bool>) {
    // Each paragraph is read entry by entry: its source lines, rejoined where one entry wraps.
    let mut expanded: Vec<Line> = Vec::new();
    let mut owner: Vec<usize> = Vec::new();
    // The last original line an expanded line covers (a rejoined list covers several).
    let mut owner_end: Vec<usize> = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        let l = &lines[k];
        if let Some(end) = wrapped_list_end(lines, k) {
            let mut one = l.clone();
            one.text = lines[k..end]
                .iter()
                .map(|x| x.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            one.parts = vec![one.text.clone()];
            expanded.push(one);
            owner.push(k);
            owner_end.push(end - 1);
            k = end;
            continue;
        }
        let pieces: Vec<&str> = l.parts.iter().map(String::as_str).collect();
        if l.parts.len() > 1 && l.cell.is_none() && !is_wrapped_list(&pieces) {
            for p in &l.parts {
                let mut one = l.clone();
                one.text = p.clone();
                one.parts = vec![p.clone()];
                expanded.push(one);
                owner.push(k);
                owner_end.push(k);
            }
        } else {
            expanded.push(l.clone());
            owner.push(k);
            owner_end.push(k);
        }
        k += 1;
    }
    // A section may start inside a paragraph: at the entry that holds its title.
    let starts: Vec<usize> = sections
        .iter()
        .filter_map(|(line, title)| {
            let first = owner.iter().position(|o| o == line)?;
            Some(
                (first..expanded.len())
                    .take_while(|&k| owner[k] == *line)
                    .find(|&k| expanded[k].text.contains(title))
                    .unwrap_or(first),
            )
        })
        .collect();
    let (mut people, used_expanded) = scan(&expanded, &owner, &starts);
    let mut used = vec![false; lines.len()];
    for (k, u) in used_expanded.into_iter().enumerate() {
        if u {
            used[owner[k]..=owner_end[k]]
                .iter_mut()
                .for_each(|x| *x = true);
        }
    }
    // Officers named in the opening lines: the chair and the secretary of the sitting.
    for l in expanded.iter().take(120) {
        if let Some(p) = officer(&l.text, &l.span) {
            people.push(p);
        }
    }
    (people, used)
}

/// "Secrétaire auxiliaire :" with the name on the next line: the role.
fn secretary_label(text: &str) -> Option<String> {
    let (label, rest) = split_colon(text)?;
    let f = fold(label);
    let officer = lexicon::contains_any(&f, lexicon::SECRETARY)
        || lexicon::OFFICER_LABELS.contains(&fold(trim_label(label)).as_str());
    (rest.trim().is_empty() && officer).then(|| trim_label(label).to_string())
}

/// "sous la présidence de M. X, Maire", "Secrétaire de séance : Mme Y": the person, present.
fn officer(text: &str, span: &SourceSpan) -> Option<Person> {
    let a = super::analysis::Analysed::new(text);
    let f = a.folded.as_str();
    let chair = lexicon::CHAIR_CUES
        .iter()
        .find_map(|c| super::entry::find_word(f, c).map(|p| (p, c.len())));
    let (n, role) = if let Some((pos, len)) = chair {
        (name_after(&text[a.orig(pos + len)..])?, None)
    } else {
        let (pos, len) = lexicon::SECRETARY
            .iter()
            .find_map(|c| super::entry::find_word(f, c).map(|p| (p, c.len())))?;
        // The function as written where the cue stands ("Désignation secrétaire de
        // séance :" gives "secrétaire de séance").
        let label = split_colon(text)
            .filter(|(l, _)| lexicon::contains_any(&fold(l), lexicon::SECRETARY))
            .map_or("Secrétaire de séance", |_| a.orig_slice(pos, pos + len));
        // "... désigne Mme X comme secrétaire de séance": the name before the cue.
        let before = f[..pos].trim_end();
        let n = match before.strip_suffix("comme") {
            Some(head) => name_ending(text[..a.orig(head.len())].trim_end())?,
            None => name_after(&text[a.orig(pos + len)..])?,
        };
        (n, Some(label.to_string()))
    };
    let after = strip_status_parens(n.rest);
    let role = role.or_else(|| {
        super::text::split_commas(&after)
            .first()
            .filter(|r| super::affiliation::starts_role(r))
            .map(|r| r.trim_end_matches(['.', ',']).to_string())
    });
    Some(Person {
        civility: n.civility,
        alias: None,
        name: n.name,
        role,
        organization: None,
        attendance: Some(Att::Present),
        span: span.clone(),
    })
}

/// Whether a name read in running text is a person's: with a civility or two words, not
/// a body ("Conseil") or a function.
fn officer_name(n: &super::names::NameParse<'_>) -> bool {
    let nf = fold(&n.name);
    (n.civility.is_some() || n.name.split_whitespace().count() >= 2)
        && !nf.contains("secretaire")
        && !nf.contains("conseil")
}

/// The first name after a cue (after a colon, a civility or "désigne").
fn name_after(rest: &str) -> Option<super::names::NameParse<'_>> {
    rest.char_indices()
        .filter(|(i, c)| *i == 0 || (c.is_whitespace() || *c == ':'))
        .find_map(|(i, _)| {
            take_name(rest[i..].trim_start_matches([' ', ':'])).filter(|n| officer_name(n))
        })
}

/// The name that ends a text ("... désigne Madame Léa ROUX").
fn name_ending(head: &str) -> Option<super::names::NameParse<'_>> {
    head.char_indices()
        .filter(|(i, c)| *i == 0 || head[..*i].ends_with(' ') && !c.is_whitespace())
        .find_map(|(i, _)| {
            take_name(&head[i..]).filter(|n| n.rest.trim().is_empty() && officer_name(n))
        })
}

fn scan(lines: &[Line], owner: &[usize], section_starts: &[usize]) -> (Vec<Person>, Vec<bool>) {
    let mut people = Vec::new();
    let mut used = vec![false; lines.len()];
    let mut zone: Option<Zone> = None;
    // The paragraph the current group header came from: its own lines are members too.
    let mut group_owner: Option<usize> = None;
    // Whether the group's members are bullets (a plain line then ends the group) or lines.
    let mut group_items: Option<bool> = None;
    // The last line that gave a person, and a secretary cue waiting for its name.
    let mut last_line: Option<usize> = None;
    let mut pending_officer: Option<String> = None;
    let mut column = ColumnRun::default();
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        if section_starts.contains(&i) {
            zone = None;
        }
        // "Délégation française :", "Délégation de la Ville de X (en visio) :" open a list.
        if let Some(g) = delegation_heading(&line.text) {
            used[i] = true;
            zone = Some(Zone {
                attendance: Att::Present,
                group: Some(g),
            });
            group_owner = Some(owner[i]);
            group_items = None;
            i += 1;
            continue;
        }
        if let Some((att, inline)) = attendance_heading(&line.text) {
            let att = att.unwrap_or(Att::Present);
            used[i] = true;
            if !inline.is_empty() && !civility_run(&inline, att, &line.span, &mut people) {
                lenient_list(&inline, att, &line.span, &mut people);
            }
            zone = Some(Zone {
                attendance: att,
                group: None,
            });
            i += 1;
            continue;
        }
        // An attendee table is one by its header, wherever it stands.
        if zone.is_none() && line.cell.is_some() {
            let end = table_end(lines, i);
            if super::roster_table::is_attendee_table(&lines[i..end]) {
                super::roster_table::table_people(&lines[i..end], Att::Present, &mut people);
                used[i..end].iter_mut().for_each(|u| *u = true);
                i = end;
                continue;
            }
        }
        let Some(z) = zone.as_mut() else {
            // "Avec A, B et C", "En présence de A et B": a list of names without heading.
            if let Some(rest) = presence_lead(&line.text) {
                if listed_names(rest, false, Att::Present, &line.span, &mut people) {
                    used[i] = true;
                }
            }
            i += 1;
            continue;
        };
        if line.cell.is_some() {
            let end = table_end(lines, i);
            super::roster_table::table_people(&lines[i..end], z.attendance, &mut people);
            used[i..end].iter_mut().for_each(|u| *u = true);
            i = end;
            continue;
        }
        // The agenda ends the list, whatever its shape.
        if lexicon::starts_with_any(&fold(trim_label(&line.text)), lexicon::NON_SECTION_HEADINGS) {
            zone = None;
            i += 1;
            continue;
        }
        // A heading that is not a section, inside a list, labels the group under it
        // ("Partenaires", "Équipe projet"); any other heading ends the list.
        if matches!(line.kind, Kind::Heading(..)) {
            let label = trim_label(&line.text);
            if label.split_whitespace().count() <= GROUP_LABEL_WORDS
                && !label.ends_with(['.', '?', '!'])
            {
                used[i] = true;
                z.group = Some(group_of(label));
                group_owner = Some(owner[i]);
                group_items = None;
            } else {
                zone = None;
            }
            i += 1;
            continue;
        }
        if line.is_link_only() {
            i += 1;
            continue;
        }
        // "Secrétaire auxiliaire :" with the name on the next line: a function, not a group.
        if let Some(role) = secretary_label(&line.text) {
            used[i] = true;
            pending_officer = Some(role);
            i += 1;
            continue;
        }
        if let Some(g) = group_header(&line.text) {
            used[i] = true;
            z.group = Some(g);
            group_owner = Some(owner[i]);
            group_items = None;
            i += 1;
            continue;
        }
        if z.group.is_some() && group_owner != Some(owner[i]) {
            match group_items {
                None => group_items = Some(line.is_item()),
                Some(true) if !line.is_item() => z.group = None,
                _ => {}
            }
        }
        // The chair and the secretary are read by `officer`; a secretary label alone names
        // the person on the next line.
        if officer(&line.text, &line.span).is_some() {
            used[i] = true;
            i += 1;
            continue;
        }
        let before = people.len();
        let att = z
            .group
            .as_ref()
            .and_then(|g| g.attendance)
            .unwrap_or(z.attendance);
        if !listed_names(&line.text, true, att, &line.span, &mut people)
            && !civility_run(&line.text, z.attendance, &line.span, &mut people)
        {
            for piece in org_pieces(&line.text) {
                entry(piece, z, &line.span, &mut people);
            }
        }
        if people.len() == before {
            let words = line.text.split_whitespace().count();
            let t = line.text.trim_end();
            // "Topic: outils", "Marc : on commence": a field or a turn, not a label.
            let says_something = split_colon(t).is_some_and(|(_, r)| !r.trim().is_empty());
            if says_something {
                zone = None;
            } else if let Some(k) = column.next_label(lines, i) {
                // A column flattened after a column of names: label k is name k's.
                used[i] = true;
                let (role, org) = super::entry::label_fields(trim_label(t));
                let p = &mut people[k];
                if org.is_some() {
                    p.organization = org;
                }
                if role.is_some() {
                    p.role = role;
                }
            } else if words <= 8 && !t.ends_with(['.', ';', '!', '?']) && take_name(t).is_none() {
                // A short label without a colon heads the names under it: an organisation
                // ("Membres du collège « Elus »", a bold "Équipe projet"), or a role, which
                // belongs to the person just listed when that one has none ("M. X\nDirecteur").
                used[i] = true;
                let label = trim_label(t);
                // A plural body ("Membres du collège ...") is a group; a function is a role.
                let body_of_members = fold(label).starts_with("membres");
                if super::affiliation::starts_role(label)
                    && !body_of_members
                    && !label.starts_with(|c: char| c.is_lowercase())
                {
                    match people
                        .last_mut()
                        .filter(|p| p.role.is_none() && last_line.is_some_and(|l| l + 1 == i))
                    {
                        Some(p) => p.role = Some(label.to_string()),
                        None => {
                            z.group = Some(Group {
                                org: None,
                                attendance: None,
                                role: Some(label.to_string()),
                            });
                            group_owner = Some(owner[i]);
                            group_items = None;
                        }
                    }
                } else {
                    z.group = Some(group_of(label));
                    group_owner = Some(owner[i]);
                    group_items = None;
                }
            } else if words >= 12 || (words >= 6 && t.ends_with(['.', ';', ':', '!', '?'])) {
                // A sentence that names nobody ends the list.
                zone = None;
            }
            i += 1;
            continue;
        }
        used[i] = true;
        last_line = Some(i);
        column.after_people(&line.text, before, &people);
        if let Some(role) = pending_officer.take() {
            for p in &mut people[before..] {
                p.role = Some(role.clone());
                p.attendance = Some(Att::Present);
            }
        }
        if let Some(role) = z.group.as_ref().and_then(|g| g.role.clone()) {
            for p in &mut people[before..] {
                if p.role.is_none() {
                    p.role = Some(role.clone());
                }
            }
        }
        // Checkbox lists: ticked is present, unticked absent.
        if let Kind::Item {
            checked: Some(c), ..
        } = line.kind
        {
            for p in &mut people[before..] {
                if p.attendance == Some(Att::Present) || p.attendance.is_none() {
                    p.attendance = Some(if c { Att::Present } else { Att::Absent });
                }
            }
        }
        i += 1;
    }
    (people, used)
}

/// A page whose table was flattened column by column: a run of bare names ("Mme CHARVET",
/// "M. RUSSO", ...) followed by as many short labels ("CST", "CST (suppléante)", ...), the
/// k-th label belonging to the k-th name.
#[derive(Default)]
struct ColumnRun {
    /// People read from consecutive lines that held one bare name each.
    names: Vec<usize>,
    /// Labels given so far; the run pairs only when the labels that follow match its length.
    given: usize,
    paired: bool,
}

/// Fewest names that make a flattened column.
const MIN_COLUMN_RUN: usize = 2;

/// Whether a line can be a cell of a flattened column of labels.
fn column_label(text: &str) -> bool {
    let t = text.trim();
    t.split_whitespace().count() <= 6
        && !t.ends_with(['.', ';', '!', '?', ':'])
        && take_name(t).is_none()
        && split_colon(t).is_none()
        && t.chars().any(char::is_alphabetic)
}

impl ColumnRun {
    /// Records the people a line gave: one bare name extends the run, anything else ends it.
    fn after_people(&mut self, text: &str, before: usize, people: &[Person]) {
        let bare = people.len() == before + 1
            && take_name(text.trim()).is_some_and(|n| n.rest.trim().is_empty());
        if self.given > 0 || !bare {
            *self = ColumnRun::default();
        }
        if bare {
            self.names.push(before);
        }
    }

    /// The person the label at line `i` belongs to, when it is the next label of a run of
    /// labels as long as the run of names.
    fn next_label(&mut self, lines: &[Line], i: usize) -> Option<usize> {
        if self.names.len() < MIN_COLUMN_RUN || !column_label(&lines[i].text) {
            // Any other line between the names and their labels breaks the run.
            *self = ColumnRun::default();
            return None;
        }
        if self.given == 0 {
            let labels = lines[i..]
                .iter()
                .take_while(|l| column_label(&l.text))
                .count();
            self.paired = labels >= self.names.len();
        }
        if !self.paired || self.given >= self.names.len() {
            *self = ColumnRun::default();
            return None;
        }
        self.given += 1;
        Some(self.names[self.given - 1])
    }
}

fn table_end(lines: &[Line], start: usize) -> usize {
    let table = lines[start].cell.map(|c| c.0);
    (start..lines.len())
        .find(|&j| lines[j].cell.map(|c| c.0) != table)
        .unwrap_or(lines.len())
}

/// One entry of a list (an item, a line, an inline "Org : Name, role").
fn entry(text: &str, z: &mut Zone, span: &SourceSpan, out: &mut Vec<Person>) {
    let text = trim_label(text);
    if text.is_empty() {
        return;
    }
    if let Some(g) = group_header(text) {
        z.group = Some(g);
        return;
    }
    let group = z.group.clone();
    let att = group
        .as_ref()
        .and_then(|g| g.attendance)
        .unwrap_or(z.attendance);
    // "Organisation : Name, role"
    if let Some((label, rest)) = split_colon(text) {
        let label = trim_label(label);
        if take_name(rest).is_some() && !is_person_name(label) {
            let g = group_of(label);
            let att = g.attendance.unwrap_or(att);
            people_from_text(rest, g.org.as_deref(), att, span, out);
            return;
        }
    }
    people_from_text(
        text,
        group.as_ref().and_then(|g| g.org.as_deref()),
        att,
        span,
        out,
    );
}

/// People in a text: one "Name, role, org" entry, or a list "A, B et C".
fn people_from_text(
    text: &str,
    org: Option<&str>,
    att: Att,
    span: &SourceSpan,
    out: &mut Vec<Person>,
) {
    let text = clean(text);
    // "Mmes Chauvin, Rigal et Dumont", "Messieurs Lefort, Sala": one civility for a list of
    // family names, with perhaps a role for all at the end.
    if plural_civility(&text) {
        lenient_names(&text, org, att, span, out);
        return;
    }
    // "Mme A, fonction, Org ; M. B, fonction (Org) ; ...": entries separated by semicolons.
    if let Some(entries) = semicolon_entries(&text) {
        for e in entries {
            out.push(person_from_entry(e, org, att, span));
        }
        return;
    }
    let segments = list_segments(&text);
    // A list of names, not one "Name, role, organisation" entry: the first two segments are
    // names, or most are and none of the others names an organisation.
    let is_name = |s: &String| is_person_name(&strip_status_parens(s));
    let names = segments.iter().filter(|s| is_name(s)).count();
    let names_only = segments.len() > 1
        && ((is_name(&segments[0]) && is_name(&segments[1]))
            || (segments.len() >= 4
                && names * 2 >= segments.len()
                && !segments.iter().any(|s| !is_name(s) && starts_org(s))));
    if !names_only {
        if let Some(p) = person(&text, org, att, span) {
            out.push(p);
            return;
        }
    }
    if names_only {
        for seg in segments {
            if let Some(p) = person(&seg, org, att, span) {
                out.push(p);
            } else if let Some(prev) = out.last_mut() {
                // A role between names belongs to the name before it.
                let seg = strip_status_parens(&seg);
                if !seg.is_empty() && prev.role.is_none() {
                    prev.role = Some(seg);
                }
            }
        }
        return;
    }
    if let Some(p) = person(&text, org, att, span) {
        out.push(p);
        return;
    }
    // A list entry that is one capitalised word (a first name), perhaps with a nickname in
    // parentheses: "Geoffroy (Jeff)".
    let bare = text.split('(').next().unwrap_or("").trim();
    if !bare.contains(' ')
        && super::names::is_name_token(bare)
        && bare.chars().count() >= 3
        && bare.chars().any(char::is_lowercase)
    {
        out.push(Person {
            civility: None,
            alias: None,
            name: text.trim().to_string(),
            role: None,
            organization: org.map(str::to_string),
            attendance: Some(attendance_cue(&text).unwrap_or(att)),
            span: span.clone(),
        });
    }
}

fn plural_civility(text: &str) -> bool {
    let first = fold(text.split_whitespace().next().unwrap_or(""));
    matches!(
        first.trim_end_matches('.'),
        "mmes" | "mm" | "messieurs" | "mesdames" | "mlles" | "mesdemoiselles"
    )
}

/// A list right after an explicit attendance heading: here a lone first name ("Émilien")
/// or a family name after a plural civility ("Mesdames Marcon, Rouvière") is a person.
/// People of a list of names ("A, B (retard) et C"), all or nothing; true when read.
fn listed_names(
    text: &str,
    lenient: bool,
    att: Att,
    span: &SourceSpan,
    out: &mut Vec<Person>,
) -> bool {
    let Some(list) = names_in_list(text, lenient) else {
        return false;
    };
    for l in list {
        out.push(Person {
            civility: l.civility,
            alias: l.alias,
            name: l.name,
            role: l.role,
            organization: None,
            // A late arrival listed among the excused was there after all.
            attendance: Some(match l.attendance {
                None => att,
                Some(Att::Present) if att == Att::Remote => att,
                Some(a) => a,
            }),
            span: span.clone(),
        });
    }
    true
}

/// What follows "Avec" or "En présence de" at the start of a line.
fn presence_lead(text: &str) -> Option<&str> {
    let t = text.trim().trim_matches(['*', '_']);
    let a = super::analysis::Analysed::new(t);
    let lead = lexicon::PRESENCE_LEADS
        .iter()
        .find(|l| lexicon::starts_with_word(&a.folded, l))?;
    Some(
        a.orig_slice(lead.len(), a.folded.len())
            .trim_start_matches([' ', ':']),
    )
}

fn lenient_list(text: &str, att: Att, span: &SourceSpan, out: &mut Vec<Person>) {
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
fn lenient_names(
    text: &str,
    org: Option<&str>,
    att: Att,
    span: &SourceSpan,
    out: &mut Vec<Person>,
) {
    let before = out.len();
    let mut civility = None;
    let mut trailing_role: Option<String> = None;
    // "A, B (Liste X), C, (UNPE)": a parenthesis names the group of the names since the last.
    let mut untagged = before;
    let mut last_role_owner: Option<usize> = None;
    for seg in list_segments(&clean(text)) {
        let cue = attendance_cue(&seg);
        let seg = strip_status_parens(&seg);
        let (seg, tag) = match (seg.rfind('('), seg.trim_end().ends_with(')')) {
            (Some(open), true) => (
                seg[..open].trim().to_string(),
                Some(seg[open + 1..seg.trim_end().len() - 1].trim().to_string()),
            ),
            _ => (seg.clone(), None),
        };
        let (civ, body) = super::names::strip_civility(&seg);
        if civ.is_some() {
            civility = civ;
        }
        let body = body.trim().trim_end_matches('.');
        let single = body.split_whitespace().count() == 1
            && body.starts_with(|c: char| c.is_uppercase())
            && body
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
        let push = |out: &mut Vec<Person>, name: String| {
            out.push(Person {
                civility: civ.or(civility),
                alias: None,
                name,
                role: None,
                organization: org.map(str::to_string),
                attendance: Some(
                    cue.filter(|c| *c != Att::Remote || att == Att::Present)
                        .unwrap_or(att),
                ),
                span: span.clone(),
            });
        };
        if let Some(n) = take_name(body).filter(|n| n.rest.is_empty()) {
            push(out, n.name);
        } else if single && super::names::is_name_token(body) {
            push(out, body.to_string());
        } else if let Some(n) = take_name(body).filter(|_| out.len() > before || civility.is_some())
        {
            // "Vigne représentants élus": the last name with the group's role.
            push(out, n.name);
            trailing_role = Some(n.rest.trim().to_string()).filter(|r| !r.is_empty());
        } else if out.len() > before && super::affiliation::starts_role(body) {
            // "Gilles FAURE, Maire, Rose VIAL": the role of the name before; a role at the
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

/// Splits a list on ";" and on "," / " et " between names.
fn list_segments(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for semi in text.split(';').flat_map(split_dashes) {
        for seg in super::text::split_commas(semi) {
            // "A et B" where both sides are names.
            if let Some((a, b)) = seg.split_once(" et ") {
                let bare = |x: &str| strip_status_parens(x.split('(').next().unwrap_or(x));
                let b_led = strip_civility(b.trim()).0.is_some();
                // In a list a lone capitalised word is a name too ("Jaouen et Heitz").
                let lone = |x: &str| {
                    let x = x.trim();
                    !x.contains(' ')
                        && super::names::is_name_token(x)
                        && x.chars().any(char::is_lowercase)
                };
                let (ba, bb) = (bare(a), bare(b));
                if (is_person_name(&ba) || lone(&ba)) && (is_person_name(&bb) || lone(&bb) || b_led)
                {
                    out.push(a.trim().to_string());
                    out.push(b.trim().to_string());
                    continue;
                }
            }
            out.push(seg.trim().to_string());
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

/// "A NAME - B NAME - C NAME": dashes between names separate people; a dash after a name
/// followed by a role does not.
fn split_dashes(s: &str) -> Vec<&str> {
    let pieces: Vec<&str> = s.split(" - ").flat_map(|p| p.split(" – ")).collect();
    if pieces.len() >= 3
        && pieces.iter().filter(|p| is_person_name(p.trim())).count() * 3 >= pieces.len() * 2
    {
        return pieces;
    }
    vec![s]
}

/// Entries separated by semicolons, when there are several and each is one person's.
fn semicolon_entries(text: &str) -> Option<Vec<super::entry::Entry>> {
    let pieces: Vec<&str> = text
        .split(';')
        .map(|p| p.trim().trim_end_matches('.'))
        .filter(|p| !p.is_empty())
        .collect();
    if pieces.len() < 2 {
        return None;
    }
    pieces
        .iter()
        .map(|p| super::entry::parse_entry(p))
        .collect()
}

fn person(text: &str, org: Option<&str>, att: Att, span: &SourceSpan) -> Option<Person> {
    let e = super::entry::parse_entry(text)?;
    Some(person_from_entry(e, org, att, span))
}

/// A person from an entry read under a group (`org`) and a list (`att`).
fn person_from_entry(
    e: super::entry::Entry,
    org: Option<&str>,
    att: Att,
    span: &SourceSpan,
) -> Person {
    let attendance = match e.attendance {
        Some(c @ (Att::Represented | Att::Excused | Att::Absent)) => c,
        Some(Att::Present) => Att::Present,
        Some(Att::Remote) if att == Att::Present => Att::Remote,
        _ => att,
    };
    Person {
        civility: e.civility,
        alias: e.alias,
        name: e.name,
        role: e.role,
        // What the entry itself names beats the group it is listed under ("Partenaires").
        organization: e.organization.or(org.map(str::to_string)),
        attendance: Some(attendance),
        span: span.clone(),
    }
}

fn cut_at_proxy(s: &str) -> &str {
    let a = super::analysis::Analysed::new(s);
    lexicon::PROXY_CUES
        .iter()
        .filter_map(|cue| super::entry::find_word(&a.folded, cue))
        .min()
        .map_or(s, |pos| {
            a.orig_slice(0, pos).trim_end_matches([' ', '(']).trim()
        })
}

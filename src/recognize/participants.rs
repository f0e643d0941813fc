//! Participant lists: "Liste des participants", "Présents", "Excusés", "Pouvoirs"...; group
//! headers ("Ville de Tours :") with their members; inline "Organisation : Name, role";
//! comma lists of names; attendee tables; attendance from headings, groups and entries.

use super::affiliation::{attendance_cue, starts_org, strip_status_parens};
use super::attendance::combine;
use super::civility_runs::{
    civility_run, civility_starts, lenient_list, lenient_names, list_segments, plural_civility,
};
use super::column_run::ColumnRun;
use super::groups::{
    delegation_heading, group_header, group_of, org_pieces, Group, GROUP_LABEL_WORDS,
};
use super::lexicon::{self, Att};
use super::lines::{Kind, Line};
use super::name_list::names_in_list;
use super::names::{is_person_name, take_name};
use super::officers::{officer, secretary_label};
use super::text::{clean, fold, split_colon, trim_label};
use crate::record::SourceSpan;

/// A person read from a list.
#[derive(Debug, Clone)]
pub struct Person {
    pub civility: Option<&'static str>,
    pub name: String,
    /// A handle or nickname the minutes also use for the person ("momo (Maurice Kerdraon)").
    pub alias: Option<String>,
    pub role: Option<String>,
    pub organization: Option<String>,
    pub attendance: Option<Att>,
    pub span: SourceSpan,
}

pub use super::attendance::attendance_heading;

pub(crate) struct Zone {
    attendance: Att,
    group: Option<Group>,
}

/// Whether lines are one list of names wrapped over them: only the first may carry a
/// label ("Présents :"), and that label must be an attendance heading.
pub(crate) fn is_wrapped_list(pieces: &[&str]) -> bool {
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
/// wrapped over them ("..., Tugdual" / "Le Bris, ..."), if the run at `k` is one.
pub(crate) fn wrapped_list_end(lines: &[Line], k: usize) -> Option<usize> {
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
        // Only a whole paragraph, or a part of it from an attendance heading on, is tried
        // as one wrapped list, so the work stays linear in the paragraph's lines.
        let opens_paragraph = k == 0
            || lines[k - 1].span.block != l.span.block
            || attendance_heading(&lines[k - 1].text).is_some_and(|(_, r)| r.is_empty())
            || attendance_heading(&l.text).is_some();
        if let Some(end) = opens_paragraph
            .then(|| wrapped_list_end(lines, k))
            .flatten()
        {
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

/// "Label : value" where the label is an officer's ("Animation : X", "Scribe: Y").
fn officer_label_line(text: &str) -> bool {
    split_colon(text).is_some_and(|(label, value)| {
        !value.trim().is_empty()
            && lexicon::OFFICER_LABELS.contains(&fold(trim_label(label)).as_str())
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
        // Past a batch's time budget the record is discarded: stop.
        if crate::budget::over_budget() {
            break;
        }
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
        if let Some((mut att, mut inline)) = attendance_heading(&line.text) {
            // "Absents : Excusés :" on one line: an empty heading followed by the next one.
            while let Some((a, rest)) = attendance_heading(&inline).filter(|_| !inline.is_empty()) {
                (att, inline) = (a.or(att), rest);
            }
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
                if listed_names(rest, false, Att::Present, &line.span, &mut people)
                    || civility_entries(rest, &line.span, &mut people)
                {
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
            // Back matter ("Relevé de décisions") ends the list: it labels no group.
            if label.split_whitespace().count() <= GROUP_LABEL_WORDS
                && !label.ends_with(['.', '?', '!'])
                && !super::sections::is_back_matter(label)
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
        // "Animation : X", "Chair: Y" under a list: an officer of the sitting, read by the
        // introductions, not an entry of the list, which ends there.
        if officer_label_line(&line.text) {
            zone = None;
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
        // Inside a flattened column of labels, a line that opens with a role is a label
        // even when a name follows it ("Cadre de santé – pôle Enfance").
        if column.in_labels() && super::entry::is_role(&line.text) {
            if let Some(k) = column.next_label(lines, i) {
                used[i] = true;
                let (role, org) = super::entry::label_fields(trim_label(&line.text));
                let p = &mut people[k];
                p.organization = org.or(p.organization.take());
                p.role = role.or(p.role.take());
                i += 1;
                continue;
            }
        }
        let before = people.len();
        let group_before = z.group.clone();
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
            if !t.chars().any(char::is_alphabetic) {
                // A page number or a rule between the names: nothing.
            } else if says_something {
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
            } else if let Some(role) = group_role_label(t).filter(|_| !t.ends_with(['.', ';'])) {
                // "2.1 Représentants des usagers ...": the members' role.
                used[i] = true;
                z.group = Some(Group {
                    org: None,
                    attendance: None,
                    role: Some(role.to_string()),
                });
                group_owner = Some(owner[i]);
                group_items = None;
            } else if words <= 8 && !t.ends_with(['.', ';', '!', '?']) && take_name(t).is_none() {
                // A short label without a colon heads the names under it: an organisation
                // ("Membres du collège « Elus »", a bold "Équipe projet"), or a role, which
                // belongs to the person just listed when that one has none ("M. X\nDirecteur").
                used[i] = true;
                let label = trim_label(t);
                // A plural body ("Membres du collège ...") is a group; a function is a role.
                let body_of_members = lexicon::MEMBER_BODIES
                    .iter()
                    .any(|m| lexicon::starts_with_word(&fold(label), m));
                if super::affiliation::starts_role(label)
                    && !body_of_members
                    && !label.starts_with(|c: char| c.is_lowercase())
                {
                    match people
                        .last_mut()
                        .filter(|p| p.role.is_none() && last_line.is_some_and(|l| l + 1 == i))
                    {
                        Some(p) => {
                            let (role, org) = super::entry::label_fields(label);
                            p.role = role.or_else(|| Some(label.to_string()));
                            if org.is_some() {
                                p.organization = org;
                            }
                        }
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
                } else if let Some(p) = people.last_mut().filter(|p| {
                    // "Docteur X" then "Service de santé au travail" closing the list: the
                    // organisation of the one person above, not a group to come.
                    last_line.is_some_and(|l| l + 1 == i)
                        && p.organization == group_before.as_ref().and_then(|g| g.org.clone())
                        && starts_org(label)
                        && lines.get(i + 1).is_none_or(|n| {
                            take_name(&n.text).is_none() || attendance_heading(&n.text).is_some()
                        })
                }) {
                    p.organization = Some(label.to_string());
                    z.group = group_before;
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

pub(crate) fn table_end(lines: &[Line], start: usize) -> usize {
    let table = lines[start].cell.map(|c| c.0);
    (start..lines.len())
        .find(|&j| lines[j].cell.map(|c| c.0) != table)
        .unwrap_or(lines.len())
}

/// One entry of a list (an item, a line, an inline "Org : Name, role").
pub(crate) fn entry(text: &str, z: &mut Zone, span: &SourceSpan, out: &mut Vec<Person>) {
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
pub(crate) fn people_from_text(
    text: &str,
    org: Option<&str>,
    att: Att,
    span: &SourceSpan,
    out: &mut Vec<Person>,
) {
    let text = clean(text);
    // "Mmes Aubry, Tellier et Guézennec", "Messieurs Kerhervé, Lucas": one civility for a list of
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
    // parentheses: "Gwenaël (Gwen)".
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

/// A list right after an explicit attendance heading: here a lone first name ("Gaspard")
/// or a family name after a plural civility ("Mesdames Pellan, Gourvès") is a person.
/// People of a list of names ("A, B (retard) et C"), all or nothing; true when read.
pub(crate) fn listed_names(
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
            attendance: Some(combine(l.attendance, att)),
            span: span.clone(),
        });
    }
    true
}

/// Most words of a label naming the role of the people under it.
const GROUP_ROLE_WORDS: usize = 14;

/// A label, perhaps numbered ("1.1", "b)"), naming in the plural the role of the people
/// listed under it: "Représentants des usagers", "Membres de droit".
fn group_role_label(text: &str) -> Option<&str> {
    let t = trim_label(text);
    let t = t
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ')')
        .trim_start();
    let first = fold(t.split_whitespace().next()?);
    // "Membres du collège X" names a body, read as a group of members.
    let plural_role = first.ends_with('s')
        && first != "membres"
        && lexicon::ROLE_NOUNS.contains(&first.trim_end_matches('s'))
        && t.starts_with(char::is_uppercase);
    (plural_role && t.split_whitespace().count() <= GROUP_ROLE_WORDS && take_name(t).is_none())
        .then_some(t)
}

/// People named in a sentence after a presence lead, each introduced by a civility: "En
/// présence de M. A (AFD) et de Mme B (MEAE)", "Y participaient, par visioconférence, M. C,
/// maire de X, et Mme D, ...". What comes before the first name qualifies them all.
fn civility_entries(rest: &str, span: &SourceSpan, out: &mut Vec<Person>) -> bool {
    let starts = civility_starts(rest, &[]);
    let Some(&first) = starts.first() else {
        return false;
    };
    let qualifier = fold(&rest[..first]);
    let att = if lexicon::contains_any(&qualifier, lexicon::REMOTE_CUES) {
        Att::Remote
    } else {
        Att::Present
    };
    let mut bounds = starts.clone();
    bounds.push(rest.len());
    let entries: Option<Vec<super::entry::Entry>> = bounds
        .windows(2)
        .map(|w| {
            let chunk = rest[w[0]..w[1]].trim().trim_end_matches(['.', ',', ';']);
            let chunk = ["et de", "et d'", "et"]
                .iter()
                .find_map(|e| chunk.strip_suffix(e))
                .unwrap_or(chunk)
                .trim_end_matches([',', ' ']);
            super::entry::parse_entry(chunk)
        })
        .collect();
    let Some(entries) = entries else {
        return false;
    };
    for e in entries {
        out.push(person_from_entry(e, None, att, span));
    }
    true
}

/// What follows "Avec" or "En présence de" at the start of a line.
pub(crate) fn presence_lead(text: &str) -> Option<&str> {
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

/// Entries separated by semicolons, when there are several and each is one person's.
pub(crate) fn semicolon_entries(text: &str) -> Option<Vec<super::entry::Entry>> {
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

pub(crate) fn person(text: &str, org: Option<&str>, att: Att, span: &SourceSpan) -> Option<Person> {
    let e = super::entry::parse_entry(text)?;
    Some(person_from_entry(e, org, att, span))
}

/// A person from an entry read under a group (`org`) and a list (`att`).
pub(crate) fn person_from_entry(
    e: super::entry::Entry,
    org: Option<&str>,
    att: Att,
    span: &SourceSpan,
) -> Person {
    let attendance = combine(e.attendance, att);
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

//! Participant lists: "Liste des participants", "Présents", "Excusés", "Pouvoirs"...; group
//! headers ("Ville de Tours :") with their members; inline "Organisation : Name, role";
//! comma lists of names; attendee tables; attendance from headings, groups and entries.

use super::affiliation::{attendance_cue, split_role_org, starts_org, strip_status_parens};
use super::lexicon::{self, Att, ATTENDANCE_HEADINGS, REMOTE_CUES};
use super::lines::{Kind, Line};
use super::names::{is_person_name, take_name};
use super::text::{clean, fold, split_colon, trim_label};
use crate::record::SourceSpan;

/// A person read from a list.
#[derive(Debug, Clone)]
pub struct Person {
    pub civility: Option<&'static str>,
    pub name: String,
    pub role: Option<String>,
    pub organization: Option<String>,
    pub attendance: Option<Att>,
    pub span: SourceSpan,
}

/// The attendance heading at the start of a line, if any, and what follows its colon.
pub fn attendance_heading(text: &str) -> Option<(Option<Att>, String)> {
    let (label, rest) = match split_colon(text) {
        Some((l, r)) => (l, r),
        None => (text, ""),
    };
    let label = trim_label(label);
    if label.split_whitespace().count() > 6 {
        return None;
    }
    let f = normalize_heading(label);
    let mut best: Option<(&str, Option<Att>)> = None;
    for (h, att) in ATTENDANCE_HEADINGS {
        if lexicon::starts_with_word(&f, h) && best.is_none_or(|(b, _)| h.len() > b.len()) {
            best = Some((h, *att));
        }
    }
    let (h, mut att) = best?;
    // The label must be the heading itself, perhaps with a qualifier ("Présents (12)").
    let tail = f[h.len()..].trim();
    if !tail.is_empty() && !tail.starts_with('(') && !lexicon::contains_any(tail, REMOTE_CUES) {
        let extra_ok = [
            "du",
            "de",
            "des",
            "a",
            "au",
            "et",
            "ou",
            "lors",
            "mesdames",
            "messieurs",
        ]
        .iter()
        .any(|w| tail.starts_with(w));
        if !extra_ok {
            return None;
        }
    }
    if lexicon::contains_any(&f, REMOTE_CUES) {
        att = Some(Att::Remote);
    }
    let rest = rest.trim();
    // "Mesdames et Messieurs" after the heading is a salutation, not a name.
    let rest = strip_salutation(rest);
    Some((att, rest.to_string()))
}

/// Folds a heading and reduces inclusive and singular forms to the lexicon's plural
/// ("Présent.e.s", "présent·e·s", "Excusée", "Etaient également présents").
fn normalize_heading(label: &str) -> String {
    let f = fold(label)
        .replace(".e.s", "s")
        .replace("·e·s", "s")
        .replace(".es", "s")
        .replace("(e)s", "s")
        .replace("(s/es)", "s")
        .replace("(s)", "s")
        .replace(".e", "")
        .replace("(e)", "");
    let words: Vec<&str> = f
        .split_whitespace()
        .filter(|w| {
            !matches!(*w, "egalement" | "aussi" | "en" | "seance") || f.contains("en visio")
        })
        .collect();
    let mut out: Vec<String> = Vec::new();
    for w in words {
        let plural = match w {
            "present" | "presente" | "presentes" => "presents".to_string(),
            "excuse" | "excusee" | "excusees" => "excuses".to_string(),
            "absent" | "absente" | "absentes" => "absents".to_string(),
            "represente" | "representee" | "representees" => "representes".to_string(),
            "invite" | "invitee" | "invitees" => "invites".to_string(),
            "pouvoir" => "pouvoirs".to_string(),
            _ => w.to_string(),
        };
        out.push(plural);
    }
    out.join(" ")
}

fn strip_salutation(s: &str) -> &str {
    let f = fold(s);
    for sal in [
        "mesdames et messieurs",
        "mesdames, messieurs",
        "messieurs et mesdames",
    ] {
        if f.starts_with(sal) {
            let byte = s
                .char_indices()
                .nth(sal.chars().count())
                .map_or(s.len(), |(b, _)| b);
            return s[byte..].trim_start_matches([',', ':', ' ']);
        }
    }
    s
}

struct Zone {
    attendance: Att,
    group: Option<Group>,
}

#[derive(Clone)]
struct Group {
    org: Option<String>,
    attendance: Option<Att>,
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

fn group_of(label: &str) -> Group {
    let f = fold(label);
    let remote = lexicon::contains_any(&f, REMOTE_CUES);
    Group {
        // A header that only qualifies attendance ("Délégation présente en visioconférence")
        // does not name an organisation: members carry theirs.
        org: (!remote).then(|| label.to_string()),
        attendance: remote.then_some(Att::Remote),
    }
}

/// Finds participants. Returns them and, per line, whether it belonged to a participant
/// list (so that other recognizers skip it).
pub fn find_participants(lines: &[Line], section_starts: &[usize]) -> (Vec<Person>, Vec<bool>) {
    let mut people = Vec::new();
    let mut used = vec![false; lines.len()];
    // A paragraph whose source lines each open a list ("Présents : ...\nExcusés : ...") is
    // read line by line; `owner` maps the expanded lines back to the paragraphs.
    let mut expanded: Vec<Line> = Vec::new();
    let mut owner: Vec<usize> = Vec::new();
    for (k, l) in lines.iter().enumerate() {
        let headed =
            l.parts.len() > 1 && l.parts[1..].iter().any(|p| attendance_heading(p).is_some());
        if headed {
            for p in &l.parts {
                let mut one = l.clone();
                one.text = p.clone();
                one.parts = vec![p.clone()];
                expanded.push(one);
                owner.push(k);
            }
        } else {
            expanded.push(l.clone());
            owner.push(k);
        }
    }
    let starts: Vec<usize> = section_starts
        .iter()
        .filter_map(|s| owner.iter().position(|o| o == s))
        .collect();
    let (people_found, used_expanded) = scan(&expanded, &starts);
    people.extend(people_found);
    for (k, u) in used_expanded.into_iter().enumerate() {
        if u {
            used[owner[k]] = true;
        }
    }
    (people, used)
}

fn scan(lines: &[Line], section_starts: &[usize]) -> (Vec<Person>, Vec<bool>) {
    let mut people = Vec::new();
    let mut used = vec![false; lines.len()];
    let mut zone: Option<Zone> = None;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        if section_starts.contains(&i) {
            zone = None;
        }
        if let Some((att, inline)) = attendance_heading(&line.text) {
            let att = att.unwrap_or(Att::Present);
            used[i] = true;
            let mut z = Zone {
                attendance: att,
                group: None,
            };
            if !inline.is_empty() {
                lenient_list(&inline, att, &line.span, &mut people);
            } else if line.parts.len() > 1 {
                // Heading and names on following lines of the same paragraph.
                for part in &line.parts[1..] {
                    entry(part, &mut z, &line.span, &mut people);
                }
            }
            zone = Some(z);
            i += 1;
            continue;
        }
        let Some(z) = zone.as_mut() else {
            i += 1;
            continue;
        };
        if line.cell.is_some() {
            let end = table_end(lines, i);
            table_people(&lines[i..end], z.attendance, &mut people);
            used[i..end].iter_mut().for_each(|u| *u = true);
            i = end;
            continue;
        }
        if prose(&line.text) && !line.is_item() {
            zone = None;
            i += 1;
            continue;
        }
        used[i] = true;
        if let Some(g) = group_header(&line.text) {
            z.group = Some(g);
            i += 1;
            continue;
        }
        if !line.is_item() {
            z.group = None;
        }
        let parts = split_parts(line);
        let before = people.len();
        for part in parts {
            entry(&part, z, &line.span, &mut people);
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

/// A paragraph's source lines as entries, or the whole paragraph when its lines are one
/// wrapped comma list.
fn split_parts(line: &Line) -> Vec<String> {
    if line.parts.len() <= 1
        || line.parts.iter().any(|p| {
            p.matches(',').count() + p.matches(" - ").count() + p.matches(" – ").count() >= 2
        })
    {
        return vec![line.text.clone()];
    }
    line.parts.clone()
}

fn prose(text: &str) -> bool {
    let words = text.split_whitespace().count();
    words > 30 || (words > 12 && text.trim_end().ends_with('.') && !text.contains(','))
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
    }
}

/// A list right after an explicit attendance heading: here a lone first name ("Émilien")
/// or a family name after a plural civility ("Mesdames Marcon, Rouvière") is a person.
fn lenient_list(text: &str, att: Att, span: &SourceSpan, out: &mut Vec<Person>) {
    let before = out.len();
    people_from_text(text, None, att, span, out);
    if out.len() - before >= 2 {
        return;
    }
    out.truncate(before);
    let mut civility = None;
    for seg in list_segments(&clean(text)) {
        let cue = attendance_cue(&seg);
        let seg = strip_status_parens(&seg);
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
        if let Some(n) = take_name(body).filter(|n| n.rest.is_empty()) {
            out.push(Person {
                civility: civ.or(civility),
                name: n.name,
                role: None,
                organization: None,
                attendance: Some(
                    cue.filter(|c| *c != Att::Remote || att == Att::Present)
                        .unwrap_or(att),
                ),
                span: span.clone(),
            });
        } else if single && super::names::is_name_token(body) {
            out.push(Person {
                civility: civ.or(civility),
                name: body.to_string(),
                role: None,
                organization: None,
                attendance: Some(cue.unwrap_or(att)),
                span: span.clone(),
            });
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
                if is_person_name(a) && is_person_name(b) {
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

fn person(text: &str, org: Option<&str>, att: Att, span: &SourceSpan) -> Option<Person> {
    let cue = attendance_cue(text);
    let cleaned = strip_status_parens(text);
    // "X donne pouvoir à Y": the represented person is X.
    let subject = cut_at_proxy(&cleaned);
    let n = take_name(subject)?;
    let rest = n.rest.trim().trim_start_matches(':').trim();
    let (role, inline_org) = if org.is_some() {
        ((!rest.is_empty()).then(|| rest.to_string()), None)
    } else {
        split_role_org(rest)
    };
    let attendance = match cue {
        Some(c @ (Att::Represented | Att::Excused | Att::Absent)) => c,
        Some(Att::Remote) if att == Att::Present => Att::Remote,
        _ => att,
    };
    Some(Person {
        civility: n.civility,
        name: n.name,
        role: role.filter(|r| !r.is_empty()),
        organization: org.map(str::to_string).or(inline_org),
        attendance: Some(attendance),
        span: span.clone(),
    })
}

fn cut_at_proxy(s: &str) -> &str {
    let f = fold(s);
    for cue in [
        " donne pouvoir",
        " represente par",
        " representee par",
        " pouvoir a ",
        " (pouvoir",
    ] {
        if let Some(pos) = f.find(cue) {
            // Folding keeps ASCII positions only up to the first accented letter: find the
            // same cut in the original by counting characters.
            let chars = f[..pos].chars().count();
            let byte = s.char_indices().nth(chars).map_or(s.len(), |(b, _)| b);
            return s[..byte].trim();
        }
    }
    s
}

/// Attendee tables: a column of organisations (or of names) and a column of people.
fn table_people(cells: &[Line], att: Att, out: &mut Vec<Person>) {
    let mut rows: Vec<(u32, Vec<&Line>)> = Vec::new();
    for l in cells {
        let Some((_, r, _)) = l.cell else { continue };
        match rows.last_mut() {
            Some((row, v)) if *row == r => v.push(l),
            _ => rows.push((r, vec![l])),
        }
    }
    let mut org_col: Option<u32> = None;
    for (_, row) in &rows {
        let header = row.iter().all(|l| {
            let f = fold(&l.text);
            lexicon::contains_any(
                &f,
                &[
                    "organisation",
                    "structure",
                    "participants",
                    "nom",
                    "noms",
                    "collectivite",
                    "fonction",
                    "prenom",
                ],
            ) && l.text.split_whitespace().count() <= 3
        });
        if header {
            org_col = row
                .iter()
                .find(|l| {
                    lexicon::contains_any(
                        &fold(&l.text),
                        &["organisation", "structure", "collectivite"],
                    )
                })
                .and_then(|l| l.cell.map(|c| c.2));
            continue;
        }
        let org_text: Option<String> = row
            .iter()
            .filter(|l| {
                l.cell.map(|c| c.2) == org_col.or(Some(0))
                    && !is_person_name(&l.text)
                    && take_name(&l.text).is_none()
            })
            .map(|l| l.text.clone())
            .next();
        let group = org_text
            .as_deref()
            .map(|t| group_of(trim_label(split_colon(t).map_or(t, |(l, _)| l))));
        let org = group.as_ref().and_then(|g| g.org.clone());
        let row_att = group.as_ref().and_then(|g| g.attendance).unwrap_or(att);
        for l in row {
            if org_text.as_deref() == Some(l.text.as_str()) {
                continue;
            }
            people_from_text(&l.text, org.as_deref(), row_att, &l.span, out);
        }
    }
}

//! Participants introduced after the list: "Prénom : Présidente de l'Association X",
//! "Anne : trésorière, Paul : secrétaire du Club Y". A label that names exactly one listed
//! participant and a value that starts with a role give that participant's role and
//! organisation when the list gave none; an organisation closing the line is everyone's.
//! Officers named after their function ("Prise de notes : Anne", "Scribe: Jo Le Du") get it
//! as their role, and are participants even when no list names them.

use super::entry::parse_entry;
use super::lexicon;
use super::lines::Line;
use super::roster::Roster;
use super::text::split_colon;
use crate::record::{Attendance, Participant};

/// Most words of the label naming the person.
const MAX_LABEL_WORDS: usize = 4;

/// (participant index, role, organisation) read from one line.
fn introductions(text: &str, roster: &Roster) -> Vec<(usize, Option<String>, Option<String>)> {
    let mut out = Vec::new();
    for chunk in text.split(", ") {
        let Some((label, value)) = split_colon(chunk) else {
            continue;
        };
        let label = super::text::trim_label(label);
        // "Anne : contacter la mairie" is an action, not an introduction.
        if label.is_empty()
            || label.split_whitespace().count() > MAX_LABEL_WORDS
            || !super::entry::is_role(value.trim())
        {
            continue;
        }
        let Some(k) = roster.resolve(label, None) else {
            continue;
        };
        // Read the value as the rest of an entry of this person.
        let Some(e) = parse_entry(&format!("{label}, {}", value.trim())) else {
            continue;
        };
        if e.role.is_none() {
            continue;
        }
        out.push((k, e.role, e.organization));
    }
    // "Loïc : Président, Aurélien : Secrétaire, Damien : Trésorier de l'Amicale": the
    // organisation closing the line is the others' too.
    let last_org = out.last().and_then(|(_, _, o)| o.clone());
    if let Some(org) = last_org {
        for (_, _, o) in &mut out {
            o.get_or_insert_with(|| org.clone());
        }
    }
    out
}

/// "Prise de notes : Anne": the function (as written) and the name, when the label is an
/// officer's and the value a name.
fn officer(text: &str) -> Option<(String, super::entry::Entry)> {
    let (label, value) = split_colon(text)?;
    let label = super::text::trim_label(label);
    let f = super::text::fold(label);
    if !lexicon::OFFICER_LABELS.contains(&f.as_str()) {
        return None;
    }
    let value = value.trim().trim_end_matches('.');
    let e = parse_entry(value).or_else(|| {
        super::name_list::lone_name(value).map(|l| super::entry::Entry {
            civility: l.civility,
            name: l.name,
            role: None,
            organization: None,
            attendance: None,
            proxy: None,
            alias: l.alias,
        })
    })?;
    Some((label.to_string(), e))
}

/// Gives listed participants the roles and organisations their introductions state, and
/// the officers of the meeting their function.
pub(crate) fn apply(
    lines: &[Line],
    skip: &[bool],
    roster: &mut Roster,
    people: &mut Vec<Participant>,
) {
    for (i, line) in lines.iter().enumerate() {
        if !line.text.contains(':') {
            continue;
        }
        // "Chair: karl": the value may be a handle only the roster knows.
        let known = split_colon(&line.text).and_then(|(l, v)| {
            let f = super::text::fold(super::text::trim_label(l));
            lexicon::OFFICER_LABELS
                .contains(&f.as_str())
                .then(|| roster.resolve(v.trim().trim_end_matches('.'), None))
                .flatten()
                .map(|k| (super::text::trim_label(l).to_string(), k))
        });
        if let Some((function, k)) = known {
            people[k].role.get_or_insert(function);
            continue;
        }
        if let Some((function, e)) = officer(&line.text) {
            match roster.resolve(&e.name, None) {
                Some(k) => {
                    people[k].role.get_or_insert(function);
                }
                None => {
                    let (given, family) = super::names::split_name(&e.name);
                    roster.add(people.len(), &e.name, None);
                    people.push(Participant {
                        id: format!("p{}", people.len() + 1),
                        name: e.name,
                        civility: e.civility.map(str::to_string),
                        given_name: given,
                        family_name: family,
                        role: Some(function),
                        organization: e.organization,
                        attendance: Some(Attendance::Present),
                        source: line.span.clone(),
                    });
                }
            }
            continue;
        }
        if skip.get(i).copied().unwrap_or(false) {
            continue;
        }
        for (k, role, org) in introductions(&line.text, roster) {
            let p = &mut people[k];
            if p.role.is_none() {
                p.role = role;
            }
            if p.organization.is_none() {
                p.organization = org;
            }
        }
    }
}

/// Gives participants listed without civility the one the text uses for them ("Il excuse
/// M. Rakoto", "Mme Le Floch répond"), when the mention resolves to one participant.
pub(crate) fn civilities(lines: &[Line], roster: &Roster, people: &mut [Participant]) {
    if people.iter().all(|p| p.civility.is_some()) {
        return;
    }
    for line in lines {
        let a = super::analysis::Analysed::new(&line.text);
        for i in 0..a.tokens.len().saturating_sub(1) {
            let Some(civ) = lexicon::civility(a.tok(i)) else {
                continue;
            };
            // A plural civility ("Mmes", "MM.") names several people.
            if matches!(
                a.ftok(i).trim_end_matches('.'),
                "mmes" | "mm" | "messieurs" | "mesdames"
            ) {
                continue;
            }
            let Some(n) = super::names::take_name(&line.text[a.tokens[i].start..]) else {
                continue;
            };
            if let Some(k) = roster.resolve(&n.name, None) {
                if people[k].civility.is_none() {
                    people[k].civility = Some(civ.to_string());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_names_introduced_with_role_and_body() {
        let mut r = Roster::default();
        r.add(0, "Maëlle Tanguy", None);
        r.add(1, "Goulven Riou", None);
        r.add(2, "Inès Tallec", None);
        let got = introductions("Maëlle : Présidente de Libre Trégor", &r);
        assert_eq!(
            got,
            [(0, Some("Présidente".into()), Some("Libre Trégor".into()))]
        );
        let got = introductions(
            "Goulven : Trésorier, Inès : Secrétaire de Rennes Logiciels",
            &r,
        );
        assert_eq!(
            got,
            [
                (1, Some("Trésorier".into()), Some("Rennes Logiciels".into())),
                (
                    2,
                    Some("Secrétaire".into()),
                    Some("Rennes Logiciels".into())
                )
            ]
        );
        assert!(introductions("Budget : adopté à l'unanimité", &r).is_empty());
        assert!(introductions("Maëlle : relancer le prestataire", &r).is_empty());
    }

    #[test]
    fn officers_named_after_their_function() {
        let (f, e) = officer("Prise de notes : Nolwenn").unwrap();
        assert_eq!((f.as_str(), e.name.as_str()), ("Prise de notes", "Nolwenn"));
        let (f, e) = officer("Scribe: Jo Kerhervé").unwrap();
        assert_eq!((f.as_str(), e.name.as_str()), ("Scribe", "Jo Kerhervé"));
        assert!(officer("Budget : 1 200 euros").is_none());
        assert!(officer("Animation : reportée").is_none());
    }
}

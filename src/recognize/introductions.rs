//! Participants introduced after the list: "Prénom : Présidente de l'Association X",
//! "Anne : trésorière, Paul : secrétaire du Club Y". A label that names exactly one listed
//! participant and a value that starts with a role give that participant's role and
//! organisation when the list gave none; an organisation closing the line is everyone's.

use super::entry::parse_entry;
use super::lines::Line;
use super::roster::Roster;
use super::text::split_colon;
use crate::record::Participant;

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
    // "Jérémy : Président, Grégory : Secrétaire, Vincent : Trésorier du Club": the
    // organisation closing the line is the others' too.
    let last_org = out.last().and_then(|(_, _, o)| o.clone());
    if let Some(org) = last_org {
        for (_, _, o) in &mut out {
            o.get_or_insert_with(|| org.clone());
        }
    }
    out
}

/// Gives listed participants the roles and organisations their introductions state.
pub(crate) fn apply(lines: &[Line], skip: &[bool], roster: &Roster, people: &mut [Participant]) {
    for (i, line) in lines.iter().enumerate() {
        if skip.get(i).copied().unwrap_or(false) || !line.text.contains(':') {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_names_introduced_with_role_and_body() {
        let mut r = Roster::default();
        r.add(0, "Maëlle Tanguy", None);
        r.add(1, "Goulven Riou", None);
        r.add(2, "Inès Jaouen", None);
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
}

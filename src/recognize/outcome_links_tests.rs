//! Owners, due dates and vote counts on invented participants and outcomes.

use super::*;
use crate::record::{DecisionKind, SourceSpan, Vote};

fn person(name: &str, role: Option<&str>, attendance: Option<Attendance>) -> Participant {
    Participant {
        id: String::new(),
        name: name.into(),
        civility: None,
        given_name: None,
        family_name: None,
        role: role.map(str::to_string),
        organization: None,
        attendance,
        source: SourceSpan::default(),
    }
}

/// Participants p1, p2, ... indexed in a roster as the record indexes them.
fn listed(people: Vec<Participant>) -> (Roster, Vec<Participant>) {
    let mut roster = Roster::default();
    let mut out = Vec::new();
    for (k, mut p) in people.into_iter().enumerate() {
        roster.add(k, &p.name, None);
        p.id = format!("p{}", k + 1);
        out.push(p);
    }
    (roster, out)
}

fn board() -> (Roster, Vec<Participant>) {
    let present = Some(Attendance::Present);
    listed(vec![
        person("Ombeline Carrouge", Some("présidente"), present),
        person("Gaspard TESSELIN", Some("trésorier"), present),
        person("Clémentine Vaudrey", None, present),
        person("Loïc Pennarun", Some("secrétaire"), present),
    ])
}

#[test]
fn an_owner_resolves_by_any_name_the_roster_knows() {
    let (roster, people) = board();
    let id = |o: &str| owner_participant(o, &roster, &people);
    assert_eq!(id("Ombeline").as_deref(), Some("p1"));
    assert_eq!(id("M. Tesselin").as_deref(), Some("p2"));
    assert_eq!(id("C. Vaudrey").as_deref(), Some("p3"));
    assert_eq!(id("@clementine").as_deref(), Some("p3"));
    assert_eq!(id("Loïc P.").as_deref(), Some("p4"));
    assert_eq!(id("Commission communication"), None);
    assert_eq!(id("Arsène Dufay"), None);
}

#[test]
fn an_owner_named_by_a_role_only_one_participant_holds() {
    let (roster, people) = board();
    let id = |o: &str| owner_participant(o, &roster, &people);
    assert_eq!(id("le trésorier").as_deref(), Some("p2"));
    assert_eq!(id("Présidente").as_deref(), Some("p1"));
    assert_eq!(id("la secrétaire").as_deref(), Some("p4"));
    // No one holds it, or it is not a role.
    assert_eq!(id("la directrice"), None);
    assert_eq!(id("le bureau"), None);
}

#[test]
fn several_owners_give_the_first_that_resolves() {
    let (roster, people) = board();
    let id = |o: &str| owner_participant(o, &roster, &people);
    assert_eq!(id("Clémentine et Ombeline").as_deref(), Some("p3"));
    assert_eq!(id("Ombeline / Clémentine").as_deref(), Some("p1"));
    assert_eq!(id("la mairie, Gaspard").as_deref(), Some("p2"));
    assert_eq!(id("Arsène & Loïc").as_deref(), Some("p4"));
    assert_eq!(owners("Ombeline avec Loïc"), ["Ombeline", "Loïc"]);
}

#[test]
fn due_texts_that_name_a_day() {
    let meeting = Some((2024, 3, 2));
    let day = |t: &str| due_date(t, meeting, Some(2024));
    assert_eq!(day("15 mars 2024").as_deref(), Some("2024-03-15"));
    assert_eq!(day("15/03/2024").as_deref(), Some("2024-03-15"));
    assert_eq!(day("avant le 12 juin").as_deref(), Some("2024-06-12"));
    assert_eq!(
        day("le 1er octobre, 9h30-11h").as_deref(),
        Some("2024-10-01")
    );
    // A month before the meeting's is next year's.
    assert_eq!(day("le 20 janvier").as_deref(), Some("2025-01-20"));
    assert_eq!(day("fin mars").as_deref(), Some("2024-03-31"));
    assert_eq!(
        day("d'ici la fin du mois de février").as_deref(),
        Some("2025-02-28")
    );
    assert_eq!(day("fin d'avril 2026").as_deref(), Some("2026-04-30"));
    assert_eq!(day("fin février 2028").as_deref(), Some("2028-02-29"));
}

#[test]
fn due_texts_that_name_no_day() {
    let day = |t: &str| due_date(t, Some((2024, 3, 2)), Some(2024));
    assert_eq!(day("avant juin"), None);
    assert_eq!(day("courant avril"), None);
    assert_eq!(day("en 2025"), None);
    assert_eq!(day("fin 2024"), None);
    assert_eq!(day("au plus vite"), None);
    // Without a year anywhere a day without one stays unknown.
    assert_eq!(due_date("le 12 juin", None, None), None);
    assert_eq!(
        due_date("le 12 juin", None, Some(2023)).as_deref(),
        Some("2023-06-12")
    );
    assert_eq!(due_date("le 29 février", Some((2023, 1, 10)), None), None);
}

fn voted(for_: u32, against: u32, abstentions: Option<u32>) -> Decision {
    Decision {
        id: "d1".into(),
        kind: DecisionKind::Decision,
        text: "Le budget est adopté.".into(),
        owner: None,
        owner_participant: None,
        due: None,
        due_date: None,
        section: None,
        vote: Some(Vote {
            unanimous: false,
            for_: Some(for_),
            against: Some(against),
            abstentions,
        }),
        source: SourceSpan {
            block: 7,
            lines: Some((12, 12)),
            cell: None,
        },
    }
}

#[test]
fn a_vote_may_not_count_more_voices_than_voters() {
    let people = vec![
        person("A", None, Some(Attendance::Present)),
        person("B", None, Some(Attendance::Remote)),
        person("C", None, Some(Attendance::Represented)),
        person("D", None, None),
        person("E", None, Some(Attendance::Excused)),
        person("F", None, Some(Attendance::Absent)),
    ];
    assert!(vote_warnings(&[voted(3, 1, None)], &people).is_empty());
    let w = vote_warnings(&[voted(3, 1, Some(1))], &people);
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].code, VOTE_EXCEEDS_MEMBERS);
    assert_eq!(w[0].source.as_ref().and_then(|s| s.lines), Some((12, 12)));
    assert!(w[0].message.contains("5 voices"), "{}", w[0].message);
    assert!(w[0].message.contains("4 participants"), "{}", w[0].message);
}

//! Attendee tables on invented rows.

use super::*;
use crate::record::SourceSpan;

/// Lines of a table: rows of cells, one line per cell.
fn table(rows: &[&[&str]]) -> Vec<Line> {
    let mut out = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            let mut l = super::super::lines::plain_line(text);
            l.cell = Some((0, r as u32, c as u32));
            l.span = SourceSpan::default();
            out.push(l);
        }
    }
    out
}

/// Name, role, organisation, attendance.
type Fields<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<Att>);

fn read(rows: &[&[&str]]) -> Vec<Person> {
    let mut out = Vec::new();
    table_people(&table(rows), Att::Present, &mut out);
    out
}

#[test]
fn header_cells_mapped_by_meaning_and_category_rows() {
    let people = read(&[
        &["NOM", "Prénom", "Collectivité", "Qualité"],
        &["Présent·e·s"],
        &["RIVIÈRE", "Solène", "Ville de Lannion", "Maire adjointe"],
        &["En visioconférence"],
        &["OKAFOR", "Chidi", "État d'Enugu", "Conseiller"],
        &["Excusés"],
        &["MARCHAND", "Luc", "Région Grand Est", "Élu"],
    ]);
    let got: Vec<Fields<'_>> = people
        .iter()
        .map(|p| {
            (
                p.name.as_str(),
                p.role.as_deref(),
                p.organization.as_deref(),
                p.attendance,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "Solène RIVIÈRE",
                Some("Maire adjointe"),
                Some("Ville de Lannion"),
                Some(Att::Present)
            ),
            (
                "Chidi OKAFOR",
                Some("Conseiller"),
                Some("État d'Enugu"),
                Some(Att::Remote)
            ),
            (
                "Luc MARCHAND",
                Some("Élu"),
                Some("Région Grand Est"),
                Some(Att::Excused)
            ),
        ]
    );
}

#[test]
fn one_name_column_with_civility_and_marker() {
    let people = read(&[
        &["Organisme", "Nom et prénom", "Fonction", "Présence"],
        &[
            "Syndicat des eaux du Léguer",
            "Mme Anne Le Goff (en ligne)",
            "directrice",
            "",
        ],
        &[
            "Office de tourisme",
            "M. Paul Ruiz",
            "chargé d'accueil",
            "excusé",
        ],
    ]);
    assert_eq!(people.len(), 2);
    assert_eq!(people[0].name, "Anne Le Goff");
    assert_eq!(people[0].civility, Some("Mme"));
    assert_eq!(people[0].attendance, Some(Att::Remote));
    assert_eq!(
        people[0].organization.as_deref(),
        Some("Syndicat des eaux du Léguer")
    );
    assert_eq!(people[1].attendance, Some(Att::Excused));
}

#[test]
fn rows_without_header_are_entries() {
    let people = read(&[
        &[
            "Nadia Ferhat",
            "Mairie de Saint-Brieuc",
            "adjointe au maire",
        ],
        &[
            "KERGOAT",
            "Erwan",
            "Lannion-Trégor Communauté",
            "vice-président",
        ],
    ]);
    assert_eq!(people.len(), 2);
    assert_eq!(
        people[0].organization.as_deref(),
        Some("Mairie de Saint-Brieuc")
    );
    assert_eq!(people[1].name, "KERGOAT Erwan");
    assert_eq!(people[1].role.as_deref(), Some("vice-président"));
}

#[test]
fn header_detection() {
    assert!(is_attendee_table(&table(&[
        &["Nom", "Structure"],
        &["A", "B"]
    ])));
    assert!(!is_attendee_table(&table(&[&[
        "Décision",
        "Responsable",
        "Échéance"
    ]])));
}

#[test]
fn a_label_column_with_several_people_per_cell() {
    let mut lines = table(&[
        &["Ville de Morlaix", "Mme Anne Roux, adjointe au maire"],
        &[
            "Délégation béninoise en visioconférence :",
            "M. Koffi Adé, maire, Commune de Lokossa",
        ],
    ]);
    // A second entry in the same cell, as a cell with a line break gives it.
    let mut extra = lines[3].clone();
    extra.text = "Mme Awa Sossou, chargée de mission, Commune de Lokossa".into();
    lines.push(extra);
    let mut out = Vec::new();
    table_people(&lines, Att::Present, &mut out);
    let got: Vec<(&str, Option<&str>, Option<Att>)> = out
        .iter()
        .map(|p| (p.name.as_str(), p.organization.as_deref(), p.attendance))
        .collect();
    assert_eq!(
        got,
        [
            ("Anne Roux", Some("Ville de Morlaix"), Some(Att::Present)),
            ("Koffi Adé", Some("Commune de Lokossa"), Some(Att::Remote)),
            ("Awa Sossou", Some("Commune de Lokossa"), Some(Att::Remote)),
        ]
    );
}

#[test]
fn merged_organisation_cells_and_markers_in_the_function_cell() {
    let people = read(&[
        &["Collectivité", "Représentant", "Fonction"],
        &["Ville de Lannion", "M. Erwan Kerhervé", "adjoint au maire"],
        &["", "Mme Soizic Tanguy", "chargée de mission (en visio)"],
    ]);
    assert_eq!(people.len(), 2);
    assert_eq!(people[1].organization.as_deref(), Some("Ville de Lannion"));
    assert_eq!(people[1].role.as_deref(), Some("chargée de mission"));
    assert_eq!(people[1].attendance, Some(Att::Remote));
}

#[test]
fn columns_that_are_delegations() {
    let people = read(&[
        &[
            "Délégation française",
            "Délégation malgache (en visioconférence)",
        ],
        &["Mme Anne Roux, adjointe au maire", "M. Hery Rakoto, maire"],
        &[
            "M. Paul Abel, chargé de mission",
            "Mme Voahangy Rabe, secrétaire générale",
        ],
    ]);
    let got: Vec<(&str, Option<Att>)> = people
        .iter()
        .map(|p| (p.name.as_str(), p.attendance))
        .collect();
    assert_eq!(
        got,
        [
            ("Anne Roux", Some(Att::Present)),
            ("Hery Rakoto", Some(Att::Remote)),
            ("Paul Abel", Some(Att::Present)),
            ("Voahangy Rabe", Some(Att::Remote)),
        ]
    );
    assert_eq!(
        people[0].organization.as_deref(),
        Some("Délégation française")
    );
}

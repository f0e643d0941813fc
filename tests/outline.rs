//! Outline conventions: which lines of fictional minutes head the sections.

use cufminutes::parse_text;

fn section_titles(r: &cufminutes::Record) -> Vec<&str> {
    r.sections.iter().map(|s| s.title.as_str()).collect()
}

#[test]
fn labelled_topic_lines_are_the_outline() {
    let r = parse_text(
        "Meeting: Atelier des bénévoles\nDate: 4 mars 2015\nPresent: Anne, Luc, Maëlle\n\nTopic: Accueil des nouveaux\n\nAnne: on commence à l'heure.\n\nTopic: Calendrier du printemps\n\nLuc: trois dates sont proposées.\n\nSujet : Questions diverses\n\nRien.\n",
    );
    assert_eq!(
        section_titles(&r),
        [
            "Accueil des nouveaux",
            "Calendrier du printemps",
            "Questions diverses"
        ]
    );
}

#[test]
fn a_heading_giving_the_next_meeting_date_is_not_a_section() {
    let r = parse_text(
        "# Réunion du bureau du 2 mars 2021\n\n## Budget\n\nLe budget est présenté.\n\n## Fête de quartier\n\nDate retenue en juin.\n\n## Prochaine réunion : 6 avril 2021 à 18 h\n",
    );
    assert_eq!(section_titles(&r), ["Budget", "Fête de quartier"]);
    // A heading over the next meeting's agenda, with no date of its own, is a section.
    let r = parse_text(
        "# Réunion du bureau du 2 mars 2021\n\n## Budget\n\nLe budget est présenté.\n\n## Prochain bureau\n\nOrdre du jour à préparer.\n",
    );
    assert_eq!(section_titles(&r), ["Budget", "Prochain bureau"]);
}

#[test]
fn a_flattened_title_stops_at_a_bullet() {
    let r = parse_text(
        // A page flattened into one paragraph, as some converters leave it.
        "PROCÈS-VERBAL DU COMITÉ DU 5 JUIN 2018 Présents : M. Paul Varin, Mme Inès Roux I. VOIRIE • Réfection du chemin des Prés. Les travaux sont votés. II. ÉCOLES • Cantine. Le tarif est maintenu.\n",
    );
    assert_eq!(section_titles(&r), ["VOIRIE", "ÉCOLES"]);
}

#[test]
fn a_bulleted_agenda_is_the_outline_of_a_body_without_headings() {
    let r = parse_text(
        "Compte rendu du bureau du 3 mai 2022\n\nPrésents : Anne Rivière, Luc Perrot\n\nOrdre du jour :\n- Budget\n- Fête de quartier\n- Questions diverses\n\nLe budget est présenté. La fête aura lieu en juin.\n",
    );
    assert_eq!(
        section_titles(&r),
        ["Budget", "Fête de quartier", "Questions diverses"]
    );
    // With headings in the body, the agenda is not a second outline.
    let r = parse_text(
        "Compte rendu du bureau du 3 mai 2022\n\nOrdre du jour :\n- Budget\n- Fête de quartier\n\n## 1. Budget\n\nLe budget est présenté.\n\n## 2. Fête de quartier\n\nEn juin.\n",
    );
    assert_eq!(section_titles(&r), ["Budget", "Fête de quartier"]);
}

#[test]
fn numbered_deliberations_head_the_sections_of_a_council() {
    let r = parse_text(
        "PROCÈS-VERBAL DU CONSEIL MUNICIPAL\nSéance du 7 juin 2021\n\nPrésents : M. Paul Varin, Mme Inès Roux\n\nDélibération n° 2021-18 : Tarifs de la médiathèque\nLe Maire présente les nouveaux tarifs.\nAdoptée à l'unanimité.\n\nDélibération n° 2021-19 : Subvention au comité des fêtes\nLe conseil attribue 800 € au comité.\nPour : 9 Contre : 1\n",
    );
    assert_eq!(
        section_titles(&r),
        ["Tarifs de la médiathèque", "Subvention au comité des fêtes"]
    );
    assert_eq!(r.sections[0].number.as_deref(), Some("2021-18"));
}

//! Meeting header conventions (title, date, times, place), one test each, on small fictional
//! minutes read through the public API.

use cufminutes::{parse_bytes, parse_text};

fn warning_codes(r: &cufminutes::Record) -> Vec<&str> {
    r.warnings.iter().map(|w| w.code.as_str()).collect()
}

#[test]
fn a_date_without_year_takes_the_year_of_the_file_name() {
    let text = "# Réunion du bureau\n\n**Date :** 14 nov\n\nPrésents : Anne Rivière, Luc Perrot\n";
    let r = parse_bytes(text.as_bytes(), Some("archives/bureau-2013-11-14.md")).unwrap();
    assert_eq!(r.meeting.date.as_deref(), Some("2013-11-14"));
    // The same text with no file name has no year to take.
    assert_eq!(parse_text(text).meeting.date, None);
}

#[test]
fn the_file_name_gives_the_date_when_the_text_gives_none() {
    let text = "# Point d'étape\n\nPrésents : Anne Rivière, Luc Perrot\n\n## Budget\n\nLe budget est validé.\n";
    let r = parse_bytes(text.as_bytes(), Some("notes/CR_point_20160307.txt")).unwrap();
    assert_eq!(r.meeting.date.as_deref(), Some("2016-03-07"));
    assert!(warning_codes(&r).contains(&"meeting.date_from_file_name"));
    // A date in the text wins over the file's.
    let dated = format!("{text}\nFait le 8 mars 2016.\n")
        .replace("# Point d'étape", "# Point d'étape du 7 mars 2016");
    let r = parse_bytes(dated.as_bytes(), Some("notes/CR_point_20160309.txt")).unwrap();
    assert_eq!(r.meeting.date.as_deref(), Some("2016-03-07"));
    assert!(!warning_codes(&r).contains(&"meeting.date_from_file_name"));
}

#[test]
fn a_journal_dates_its_first_weekday_heading_in_the_month_of_its_title() {
    let r = parse_text(
        "# Séminaire des partenaires, octobre 2022\n\nAvec Anne, Luc, Maëlle\n\n## Jeudi 13\n\nAccueil et tour de table.\n\n## Vendredi 14\n\nAteliers.\n",
    );
    assert_eq!(r.meeting.date.as_deref(), Some("2022-10-13"));
    // A weekday that is not the date's gives no date rather than a wrong one.
    let r = parse_text(
        "# Séminaire des partenaires, octobre 2022\n\nAvec Anne, Luc, Maëlle\n\n## Mardi 13\n\nAccueil.\n",
    );
    assert_eq!(r.meeting.date, None);
}

#[test]
fn a_labelled_title_names_the_meeting() {
    let r = parse_text(
        "Objet : Comité de pilotage du jumelage\nDate : 5 avril 2023\n\nPrésents : Anne Rivière, Luc Perrot\n\nLe calendrier est validé.\n",
    );
    assert_eq!(
        r.meeting.title.as_deref(),
        Some("Comité de pilotage du jumelage")
    );
    let r = parse_text(
        "Des notes prises en direct.\n\nMeeting: Atelier accessibilité\nDate: 9 mai 2019\nPresent: Anne, Luc\n",
    );
    assert_eq!(r.meeting.title.as_deref(), Some("Atelier accessibilité"));
}

#[test]
fn a_site_front_matter_title_yields_to_a_capitals_title_block() {
    let r = parse_text(
        "---\nlayout: post\ntitle: \"Retour sur l&#39;assemblée de l&#39;année\"\n---\n\nASSEMBLÉE GÉNÉRALE ORDINAIRE\n\n12 mars 2011 – Lyon\n\nPrésents : Anne Rivière, Luc Perrot\n",
    );
    assert_eq!(
        r.meeting.title.as_deref(),
        Some("ASSEMBLÉE GÉNÉRALE ORDINAIRE")
    );
    // Without such a block the front matter's title stands, its references decoded.
    let r = parse_text(
        "---\nlayout: post\ntitle: \"Retour sur l&#39;assemblée\"\n---\n\nPrésents : Anne Rivière, Luc Perrot\n",
    );
    assert_eq!(r.meeting.title.as_deref(), Some("Retour sur l'assemblée"));
}

#[test]
fn a_label_about_another_meeting_is_not_the_title() {
    let text = "Anne, Luc, Maëlle\n\nNotes de la séance précédente : https://exemple.org/notes/3\n\n# Budget\n\nRien à signaler.\n";
    assert_ne!(
        parse_text(text).meeting.title.as_deref(),
        Some("séance précédente : https://exemple.org/notes/3")
    );
    // With nothing naming the meeting, the file's name is the title, and a warning says so.
    let r = parse_bytes(
        "Anne, Luc, Maëlle\n\nNotes de la séance précédente : https://exemple.org/notes/3\n"
            .as_bytes(),
        Some("partage/CR_bureau_2021-02-02.txt"),
    )
    .unwrap();
    assert_eq!(r.meeting.title.as_deref(), Some("CR bureau 2021-02-02"));
    assert!(warning_codes(&r).contains(&"meeting.title_from_file_name"));
}

#[test]
fn the_venue_in_apposition_to_the_sitting() {
    let r = parse_text(
        "Séance du 6 juin 2019\n\nLe six juin deux mil dix-neuf, le conseil syndical, régulièrement convoqué, s'est réuni en séance publique, salle polyvalente de Marnay, sous la présidence de M. Paul Varin.\n\nPrésents : M. Paul Varin, Mme Inès Roux\n",
    );
    assert_eq!(
        r.meeting.location.as_deref(),
        Some("salle polyvalente de Marnay")
    );
}

#[test]
fn the_city_of_a_dateline_and_a_place_closing_the_title() {
    let r = parse_text(
        "Conférence des partenaires\n\nMercredi 2 octobre 2013, à 15 heures Dakar Procès-verbal provisoire\n\nLa séance est ouverte à 15 h 10.\n",
    );
    assert_eq!(r.meeting.location.as_deref(), Some("Dakar"));
    let r = parse_text("Réunion du 9 avril 2024 à Maison Commune\n\nPrésents : Anne, Luc\n");
    assert_eq!(r.meeting.title.as_deref(), Some("Réunion du 9 avril 2024"));
    assert_eq!(r.meeting.location.as_deref(), Some("Maison Commune"));
}

#[test]
fn a_meeting_held_only_online_is_located_by_its_tool() {
    let r = parse_text(
        "Réunion du comité de jumelage du 8 février 2021\nRéunion tenue en visioconférence (Jitsi)\n\nPrésents : Anne Rivière, Luc Perrot (en visio)\n",
    );
    assert_eq!(
        r.meeting.location.as_deref(),
        Some("visioconférence (Jitsi)")
    );
}

#[test]
fn a_front_matter_timestamp_dates_the_meeting_when_the_text_does_not() {
    let r = parse_text(
        "---\ntitle: Bureau\ndate: 2019-09-12T18:30:00+02:00\n---\n\nPrésents : Anne Rivière, Luc Perrot\n",
    );
    assert_eq!(r.meeting.date.as_deref(), Some("2019-09-12"));
    // A date in the text is the meeting's; a site's front matter dates the post.
    let r = parse_text(
        "---\ntitle: Bureau\ndate: 2019-09-14T09:00:00Z\n---\n\nRéunion du 12 septembre 2019\n\nPrésents : Anne Rivière, Luc Perrot\n",
    );
    assert_eq!(r.meeting.date.as_deref(), Some("2019-09-12"));
}

#[test]
fn closing_phrases_give_the_end_time() {
    for (closing, end) in [
        ("Le président lève la séance à 20 h 05.", "20:05"),
        ("La réunion a fini à 22 h.", "22:00"),
        ("La séance prend fin à 19h15.", "19:15"),
    ] {
        let r = parse_text(&format!(
            "Réunion du comité du 3 mai 2022\n\nPrésents : Anne Rivière, Luc Perrot\n\nLa réunion commence à 18 h 10.\n\nBudget discuté.\n\n{closing}\n"
        ));
        assert_eq!(r.meeting.start_time.as_deref(), Some("18:10"));
        assert_eq!(r.meeting.end_time.as_deref(), Some(end), "{closing}");
    }
}

#[test]
fn a_dateline_without_year_takes_the_year_of_a_later_date() {
    let r = parse_text(
        "Association des Amis du Lavoir\n\nCompte rendu de l'assemblée générale ordinaire\nSamedi 20 janvier, 15 heures, salle polyvalente\n\nPrésents : Anne Rivière, Luc Perrot\n\nBilan de l'année écoulée.\n\nFait à Marnay, le 27 janvier 2024.\n",
    );
    assert_eq!(r.meeting.date.as_deref(), Some("2024-01-20"));
    assert_eq!(r.meeting.start_time.as_deref(), Some("15:00"));
    assert_eq!(r.meeting.location.as_deref(), Some("salle polyvalente"));
}

#[test]
fn a_meeting_at_someone_s_place() {
    let r = parse_text(
        "Réunion de bureau – mardi 5 mars 2024\n\nChez Anne Rivière, 12 rue des Lilas, Marnay\n\nPrésents : Anne Rivière, Luc Perrot\n",
    );
    assert_eq!(
        r.meeting.location.as_deref(),
        Some("Chez Anne Rivière, 12 rue des Lilas, Marnay")
    );
    // The host is not a speaker, nor the next line her words.
    let r = parse_text(
        "Réunion de bureau – mardi 5 mars 2024\n\nChez Anne Rivière, 12 rue des Lilas, Marnay\nDébut : 20h15\n\nPrésents : Anne Rivière, Luc Perrot\n",
    );
    assert!(r.interventions.is_empty());
}

#[test]
fn the_body_named_before_the_title_stays_in_it() {
    let r = parse_text("Amicale des Pêcheurs du Lac – réunion mensuelle\n12 avril 2024\n\nPrésents : Anne Rivière, Luc Perrot\n");
    assert_eq!(
        r.meeting.title.as_deref(),
        Some("Amicale des Pêcheurs du Lac – réunion mensuelle")
    );
    // A date and a time before the title word are not part of it.
    let r = parse_text("Mardi 9 avril 2024, de 18h à 20h Compte rendu de la réunion du bureau\n\nPrésents : Anne Rivière, Luc Perrot\n");
    assert_eq!(
        r.meeting.title.as_deref(),
        Some("Compte rendu de la réunion du bureau")
    );
}

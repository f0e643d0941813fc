//! Conventions of French minutes, one test each, on small fictional excerpts: what a
//! recognizer must find, read through the public API.

#[path = "support/records.rs"]
mod records;

use cufminutes::parse_text;
use cufminutes::record::{Attendance, DecisionKind, Record};
use records::{names, person, speakers};

/// The outcomes' owner as written, the participant it names, the due text and its day.
fn owners_and_due_days(r: &Record) -> Vec<[Option<&str>; 4]> {
    r.decisions
        .iter()
        .map(|d| {
            [
                d.owner.as_deref(),
                d.owner_participant.as_deref(),
                d.due.as_deref(),
                d.due_date.as_deref(),
            ]
        })
        .collect()
}

fn section_titles(r: &Record) -> Vec<&str> {
    r.sections.iter().map(|s| s.title.as_str()).collect()
}

#[test]
fn header_lines_give_date_times_and_place() {
    let r = parse_text(
        "# Compte-rendu de la réunion de bureau\n\n- **Date :** Mardi 3 mars 2022\n- **Heure :** 18h15 -> 19h40\n- **Lieu :** *Salle des fêtes, Vaulnay*\n\nPrésents : Inès Marchal, Paul Ferrat\n",
    );
    assert_eq!(
        r.meeting.title.as_deref(),
        Some("Compte-rendu de la réunion de bureau")
    );
    assert_eq!(r.meeting.date.as_deref(), Some("2022-03-03"));
    assert_eq!(r.meeting.start_time.as_deref(), Some("18:15"));
    assert_eq!(r.meeting.end_time.as_deref(), Some("19:40"));
    assert_eq!(
        r.meeting.location.as_deref(),
        Some("Salle des fêtes, Vaulnay")
    );
}

#[test]
fn opening_phrase_and_words_give_the_start_time() {
    let r = parse_text(
        "PROCES-VERBAL\nSEANCE DU 12 MARS 2019\n\nLe douze mars deux mil dix-neuf, la séance est ouverte à dix-huit heures trente sous la présidence de Madame Odile BRUNEL, Maire.\n\nLa séance est levée à 20 h 10.\n",
    );
    assert_eq!(
        r.meeting.title.as_deref(),
        Some("PROCES-VERBAL SEANCE DU 12 MARS 2019")
    );
    assert_eq!(r.meeting.date.as_deref(), Some("2019-03-12"));
    assert_eq!(r.meeting.start_time.as_deref(), Some("18:30"));
    assert_eq!(r.meeting.end_time.as_deref(), Some("20:10"));
    let chair = person(&r, "Odile BRUNEL");
    assert_eq!(chair.role.as_deref(), Some("Maire"));
    assert_eq!(chair.attendance, Some(Attendance::Present));
}

#[test]
fn a_publication_date_is_not_the_meeting_date() {
    let r = parse_text(
        "Publié le 07/04/2019\nProcès-verbal du conseil de quartier du 21 mars 2019\n\nÉtaient présents : Mme Lenoir, M. Guivarc'h\n",
    );
    assert_eq!(r.meeting.date.as_deref(), Some("2019-03-21"));
}

#[test]
fn a_meeting_held_remotely_makes_everyone_remote() {
    let r = parse_text(
        "# Bureau du 8 février 2021\n\n**Type :** réunion en visio\n**Présent.e.s :** Anaïs, Bruno, Chloé\n**Excusée :** Dalia\n",
    );
    for n in ["Anaïs", "Bruno", "Chloé"] {
        assert_eq!(person(&r, n).attendance, Some(Attendance::Remote), "{n}");
    }
    assert_eq!(person(&r, "Dalia").attendance, Some(Attendance::Excused));
}

#[test]
fn a_hybrid_meeting_makes_only_the_remote_list_remote() {
    let r = parse_text(
        "Compte rendu du groupe de travail du 3 mars 2022\nLieu : Maison des associations, Vannes, et en visioconférence\n\nPrésents en salle :\n- Lucie Marec, trésorière\nPrésents à distance :\n- Théo Nédélec, secrétaire\n",
    );
    assert_eq!(
        person(&r, "Lucie Marec").attendance,
        Some(Attendance::Present)
    );
    assert_eq!(
        person(&r, "Théo Nédélec").attendance,
        Some(Attendance::Remote)
    );
    let r = parse_text(
        "Réunion du bureau du 9 juin 2021\nModalité : Réunion hors les murs, à distance (audio)\nPrésents : Rose Talec, Ivan Kerleau\n",
    );
    assert_eq!(
        person(&r, "Rose Talec").attendance,
        Some(Attendance::Remote)
    );
}

#[test]
fn lists_of_every_shape_and_status() {
    let r = parse_text(
        "Compte rendu de la séance du 2 juin 2020\n\nEtaient Présents : Mesdames et Messieurs\nLucien KERVRAN, Alice PETIT, Jean-Baptiste\nLEROUX, Nadia BENALI (arrivée à 19 h 05)\nAbsent(s/es) excusé(s/es) : Nadia BENALI (arrivée à 19 h 05), Hugo TRÉGUER\nAbsent(s/es) représenté(s/es) :\nHugo TRÉGUER donne pouvoir à Alice PETIT\nAbsents : NÉANT\nSecrétaire de séance : Madame Alice PETIT\n",
    );
    assert_eq!(
        names(&r),
        [
            "Lucien KERVRAN",
            "Alice PETIT",
            "Jean-Baptiste LEROUX",
            "Nadia BENALI",
            "Hugo TRÉGUER"
        ]
    );
    // A late arrival listed among the excused was there; a proxy giver is represented.
    assert_eq!(
        person(&r, "Nadia BENALI").attendance,
        Some(Attendance::Present)
    );
    assert_eq!(
        person(&r, "Hugo TRÉGUER").attendance,
        Some(Attendance::Represented)
    );
    assert_eq!(
        person(&r, "Alice PETIT").role.as_deref(),
        Some("Secrétaire de séance")
    );
}

#[test]
fn plural_civilities_and_parenthesised_groups() {
    let r = parse_text(
        "Conseil d'école du 5 novembre 2018\n\nÉtaient présents :\n- Mmes Arnaud, Baudry (FCPE), Cordier et MM Delorme (APE), Escudier, représentants des parents d'élèves ;\n- Mme Fabre, directrice\n",
    );
    assert_eq!(
        names(&r),
        ["Arnaud", "Baudry", "Cordier", "Delorme", "Escudier", "Fabre"]
    );
    assert_eq!(person(&r, "Arnaud").organization.as_deref(), Some("FCPE"));
    assert_eq!(person(&r, "Cordier").organization.as_deref(), Some("APE"));
    assert_eq!(person(&r, "Delorme").civility.as_deref(), Some("M."));
    assert_eq!(
        person(&r, "Escudier").role.as_deref(),
        Some("représentants des parents d'élèves")
    );
    assert_eq!(person(&r, "Fabre").role.as_deref(), Some("directrice"));
}

#[test]
fn organisation_labels_inside_a_flattened_list() {
    let r = parse_text(
        "Séance du 9 avril 2015 Le conseil communautaire s'est réuni en séance ordinaire. PRESENTS (5): BRAMAC : Mme Lise VALLOIS SERVAN : M. Marc ROUX, Mme Anne PONS FOIX : M. Rémi GARCIA ABSENTS (02) : SERVAN : M. Paul BRUN pouvoir à M. Marc ROUX, Mme Eva LOPEZ.\n",
    );
    assert_eq!(
        person(&r, "Lise VALLOIS").organization.as_deref(),
        Some("BRAMAC")
    );
    assert_eq!(
        person(&r, "Anne PONS").organization.as_deref(),
        Some("SERVAN")
    );
    assert_eq!(
        person(&r, "Rémi GARCIA").organization.as_deref(),
        Some("FOIX")
    );
    assert_eq!(
        person(&r, "Paul BRUN").attendance,
        Some(Attendance::Represented)
    );
    assert_eq!(person(&r, "Eva LOPEZ").attendance, Some(Attendance::Absent));
    // The proxy holder stays present.
    assert_eq!(
        person(&r, "Marc ROUX").attendance,
        Some(Attendance::Present)
    );
}

#[test]
fn names_one_a_line_under_a_label_without_colon() {
    let r = parse_text(
        "Compte-rendu du 4 mai 2016\n\nEtaient également présents :\n* Membres du collège « Habitants »\nRémi AUBRY - Trésorier\nLéa VALLOIS\nEtaient absents excusés :\nMarc SOLER\n",
    );
    assert_eq!(names(&r), ["Rémi AUBRY", "Léa VALLOIS", "Marc SOLER"]);
    assert_eq!(
        person(&r, "Léa VALLOIS").organization.as_deref(),
        Some("Membres du collège « Habitants »")
    );
    assert_eq!(person(&r, "Rémi AUBRY").role.as_deref(), Some("Trésorier"));
    assert_eq!(
        person(&r, "Marc SOLER").attendance,
        Some(Attendance::Excused)
    );
}

#[test]
fn checkbox_lists() {
    let r = parse_text(
        "# Compte rendu CA du 17 mai 2022\n\nPrésents :\n\n- [x] Marc Dubois\n- [ ] Julie Serres\n- [x] Gwenaël (Gwen)\n",
    );
    assert_eq!(
        person(&r, "Marc Dubois").attendance,
        Some(Attendance::Present)
    );
    assert_eq!(
        person(&r, "Julie Serres").attendance,
        Some(Attendance::Absent)
    );
    assert_eq!(
        person(&r, "Gwenaël (Gwen)").attendance,
        Some(Attendance::Present)
    );
}

#[test]
fn speakers_in_running_text() {
    let r = parse_text(
        "Compte rendu de la réunion du 25 novembre 2019\n\nÉtaient présents : Monsieur Yves TANGUY, Maire, Madame Lise PRIGENT\n\n1. Tarifs\n\nEn préambule Madame Lise PRIGENT indique que les tarifs sont stables.\n\nMonsieur le Maire expose le budget.\n\nLa deuxième partie a été animée par Karim Haddou, formateur.\n",
    );
    assert_eq!(
        speakers(&r),
        ["Lise PRIGENT", "Yves TANGUY", "Karim Haddou"]
    );
    // The chair named by his role resolves to the listed person.
    let faure = r
        .participants
        .iter()
        .find(|p| p.name == "Yves TANGUY")
        .map(|p| p.id.clone());
    let by_role = r
        .interventions
        .iter()
        .find(|i| i.speaker.name == "Yves TANGUY");
    assert_eq!(by_role.and_then(|i| i.speaker.participant.clone()), faure);
}

#[test]
fn reporters_and_a_tour_de_table_of_first_names() {
    let r = parse_text(
        "# CR équipe projet du 7 avril 2020\n\n## 1. Avancement\n\n_Rapporteure : Maëlle_\n\nLa maquette est prête.\n\n## 2. Tour de table\n\n- Soren : intégration du réseau terminée\n- Ilyes : tests de l'interface\n- Tom : rédaction du rapport\n\nLes tâches de la semaine ont été confiées par Soren. Soren a insisté sur les délais.\n",
    );
    assert_eq!(speakers(&r), ["Maëlle", "Soren", "Ilyes", "Tom"]);
}

#[test]
fn topic_labels_are_not_speakers() {
    let r = parse_text(
        "Compte rendu du 3 octobre 2021\n\n1. Points divers\n\n- Budget : le solde est positif\n- Communication : le site est à jour\n- Bibliothèque : rangement prévu\n",
    );
    assert!(speakers(&r).is_empty(), "{:?}", speakers(&r));
}

#[test]
fn sections_from_headings_points_and_one_line_agendas() {
    let r = parse_text(
        "COMPTE RENDU DE LA REUNION DU 2 MARS 2020\n\nEtaient présents : M. Roche, Mme Kerneis\n\nOrdre du jour\n\nI Tarifs 2021 II Travaux III Questions diverses\n\nLe comité examine les tarifs.\n",
    );
    assert_eq!(
        section_titles(&r),
        ["Tarifs 2021", "Travaux", "Questions diverses"]
    );
    let r = parse_text(
        "Conseil de quartier du 5 juin 2018\n\nPoint n°1 : Travaux de voirie.\nLe chantier commence en juillet.\nPoint n°2 : Fête des voisins\nLa date est retenue.\n",
    );
    assert_eq!(
        section_titles(&r),
        ["Travaux de voirie", "Fête des voisins"]
    );
}

#[test]
fn an_announced_agenda_is_not_a_run_of_sections() {
    let r = parse_text(
        "# Conseil d'administration du 16 octobre 2020\n\n## Ordre du jour\n\n1. Budget\n2. Programmation\n\n## 1. Budget\n\nLe CA valide le budget à l'unanimité.\n\n## 2. Programmation\n\nRien à signaler.\n",
    );
    assert_eq!(section_titles(&r), ["Budget", "Programmation"]);
    assert_eq!(r.decisions.len(), 1);
    assert_eq!(r.decisions[0].kind, DecisionKind::Decision);
}

#[test]
fn flattened_page_is_read_entry_by_entry() {
    // A converter joined the lines of a page into one paragraph.
    let r = parse_text(
        "PROCES VERBAL REUNION DU 12 OCTOBRE 2017 Horaires : 14 h 00 – 16 h 30 ETAIENT PRESENTS Mme LOZACH Mme PERRIN M. KERVOAS Président MEMBRES EXCUSES Mme GOURVÈS I. BILAN DE L'ANNEE La réunion est ouverte à 14 h 00 par Monsieur le président. Monsieur le président propose de commencer par le bilan financier.\n",
    );
    assert_eq!(r.meeting.start_time.as_deref(), Some("14:00"));
    assert_eq!(r.meeting.end_time.as_deref(), Some("16:30"));
    assert_eq!(names(&r), ["LOZACH", "PERRIN", "KERVOAS", "GOURVÈS"]);
    assert_eq!(person(&r, "GOURVÈS").attendance, Some(Attendance::Excused));
}

#[test]
fn header_conventions_of_notes_and_wiki_pages() {
    // A label heads what follows; the heading is the title; the date runs together.
    let r = parse_text(
        "# Réunion Voirie - Budget\n\n**Date :** 20190314\n**Lieu :** Maison des associations URL: https://exemple.org/2018/05-15\n\n**Compte rendu :**\n\n## Travaux\n\nLe chantier est lancé.\n",
    );
    assert_eq!(r.meeting.title.as_deref(), Some("Réunion Voirie - Budget"));
    assert_eq!(r.meeting.date.as_deref(), Some("2019-03-14"));
    assert_eq!(
        r.meeting.location.as_deref(),
        Some("Maison des associations")
    );
    // A front matter title that a heading says more fully.
    let r = parse_text(
        "---\ntitle: 'Bureau du 4 juin 2020'\n---\n\n# Réunion de bureau du 4 juin 2020\n\n## Budget\n\nAdopté.\n",
    );
    assert_eq!(
        r.meeting.title.as_deref(),
        Some("Réunion de bureau du 4 juin 2020")
    );
    // A kicker naming the document; the room without its remote link.
    let r = parse_text(
        "ASSOCIATION DES AMIS DE KOLDA\n\nRelevé de la réunion du bureau élargi\nDate : 14/10/2021 - 18h00-20h00\nLieu : Maison des associations, Nantes, et en ligne (Jitsi)\n\n1. Projets\n\nLe projet est retenu.\n",
    );
    assert_eq!(
        r.meeting.title.as_deref(),
        Some("Relevé de la réunion du bureau élargi")
    );
    assert_eq!(
        r.meeting.location.as_deref(),
        Some("Maison des associations, Nantes")
    );
    assert_eq!(r.meeting.start_time.as_deref(), Some("18:00"));
}

#[test]
fn the_place_in_a_line_of_date_and_times() {
    let r = parse_text(
        "Groupe Sénégal – compte rendu de réunion\n\nLe mardi 6 juin 2023, de 14 h à 16 h 30, à l'Hôtel de Région (salle Vauban), avec une connexion à distance pour les partenaires.\n\nPrésents :\n- Awa Ndiaye, présidente\n",
    );
    assert_eq!(r.meeting.date.as_deref(), Some("2023-06-06"));
    assert_eq!(
        r.meeting.location.as_deref(),
        Some("Hôtel de Région (salle Vauban)")
    );
    assert_eq!(r.meeting.end_time.as_deref(), Some("16:30"));
}

#[test]
fn fields_joined_on_one_line_and_a_month_heading() {
    // A journal page headed by its month; the fields a converter ran into one line.
    let r = parse_text(
        "# Octobre\n\nLieu: 12 rue des Lilas, 1000 Bruxelles Date: 05/10/2019 Heure: 18h - 20h30\n\n## Accueil\n\nOn commence par un tour de table.\n\n## Budget\n\nLe budget est adopté.\n",
    );
    assert_eq!(r.meeting.date.as_deref(), Some("2019-10-05"));
    assert_eq!(
        r.meeting.location.as_deref(),
        Some("12 rue des Lilas, 1000 Bruxelles")
    );
    assert_eq!(r.meeting.start_time.as_deref(), Some("18:00"));
    assert_eq!(r.meeting.end_time.as_deref(), Some("20:30"));
    assert_eq!(section_titles(&r), ["Accueil", "Budget"]);
}

#[test]
fn bold_lines_wrappers_and_lettered_headings_as_the_outline() {
    // Bold lines standing alone head the points when nothing else does.
    let r = parse_text(
        "# Comité de suivi n° 2\n\nMardi 3 octobre 2023, de 10 h à 12 h\n\n**Accueil des participants**\n\nLe président ouvre la séance.\n\n**Bilan de l'année**\n\nLe bilan est présenté.\n\n**Calendrier : la suite**\n\nUne date sera fixée.\n",
    );
    assert_eq!(
        section_titles(&r),
        [
            "Accueil des participants",
            "Bilan de l'année",
            "Calendrier : la suite"
        ]
    );
    // One heading wrapping the points of the day.
    let r = parse_text(
        "# Assemblée du 2 mars 2021\n\n# Déroulé\n\n## Accueil\n\nBienvenue.\n\n## Comptes\n\nLes comptes sont approuvés.\n\n## Divers\n\nRien.\n",
    );
    assert_eq!(section_titles(&r), ["Accueil", "Comptes", "Divers"]);
    // Headings numbered by letters.
    let r = parse_text(
        "# Réunion du 5 mai 2022\n\n## A. Ouverture\n\nBienvenue.\n\n## B. Projets en cours\n\nLe point est fait.\n",
    );
    assert_eq!(section_titles(&r), ["Ouverture", "Projets en cours"]);
    assert_eq!(r.sections[1].number.as_deref(), Some("B"));
}

#[test]
fn a_recap_of_decisions_is_back_matter_not_a_section() {
    let r = parse_text(
        "# Groupe Bénin – réunion du 3 février 2023\n\n## 1. Ouverture\n\nLa présidente ouvre la séance.\n\n## 2. Projets\n\nLe point est fait sur les projets.\n\n**Relevé de décisions**\n\n- Le fonds commun est reconduit pour 2023.\n- Une mission est prévue en mai.\n",
    );
    assert_eq!(section_titles(&r), ["Ouverture", "Projets"]);
    let recap: Vec<DecisionKind> = r
        .decisions
        .iter()
        .filter(|d| d.text.contains("fonds commun"))
        .map(|d| d.kind)
        .collect();
    assert_eq!(recap, [DecisionKind::Decision]);
}

#[test]
fn the_sitting_closes_at_the_end_and_at_midnight() {
    let mut text = String::from(
        "Assemblée générale\n\n2 avril 2008 – Nantes\n\nLa séance est ouverte à 18 h 30.\n\n",
    );
    for k in 1..=90 {
        text.push_str(&format!("Le point {k} est discuté.\n\n"));
    }
    text.push_str("La séance est levée à minuit.\n");
    let r = parse_text(&text);
    assert_eq!(r.meeting.location.as_deref(), Some("Nantes"));
    assert_eq!(r.meeting.start_time.as_deref(), Some("18:30"));
    assert_eq!(r.meeting.end_time.as_deref(), Some("00:00"));
}

#[test]
fn decimal_numbers_nest_points_under_their_section() {
    let r = parse_text(
        "Assemblée générale du 8 mars 2007\n\n1. Rapport moral\n\nLe président présente le rapport.\n\n1.1 Actions menées\n\nTrois salons.\n\n1.2 Projets\n\nUn site.\n\n2. Rapport financier\n\nLes comptes sont présentés.\n",
    );
    assert_eq!(section_titles(&r), ["Rapport moral", "Rapport financier"]);
}

#[test]
fn the_convocation_gives_neither_the_date_nor_the_time() {
    let r = parse_text(
        "PROCÈS-VERBAL\n\nLe conseil syndical, convoqué le 2 mars 2021 à 18 h, s'est réuni le 9 mars 2021 à 18 h 30 en mairie.\n\n1. Budget\n\nLe budget est adopté.\n",
    );
    assert_eq!(r.meeting.date.as_deref(), Some("2021-03-09"));
    assert_eq!(r.meeting.start_time.as_deref(), Some("18:30"));
}

#[test]
fn owners_resolve_to_participants_and_due_texts_to_days() {
    let r = parse_text(
        "# Compte rendu du bureau des Jardins de Brévenne du 14 novembre 2023\n\nPrésents : Ombeline Carrouge (présidente), Gaspard Tesselin (trésorier), Clémentine Vaudrey, Loïc Pennarun\n\n## Actions\n\n- Clémentine : relancer la mairie de Saint-Ardoin avant le 12 décembre\n- M. Tesselin : préparer le budget prévisionnel, fin janvier\n- @loic publie le compte rendu le 20 janvier\n\n## Suivi\n\n| Action | Qui | Échéance |\n|---|---|---|\n| Commander les semences | le trésorier | 15/03/2024 |\n| Organiser la fête des récoltes | Arsène et Ombeline | fin juin |\n| Repeindre la cabane | C. Vaudrey | courant avril |\n",
    );
    let links = owners_and_due_days(&r);
    for expected in [
        // By given name, civility and family name, handle, role, initial.
        [
            Some("Clémentine"),
            Some("p3"),
            Some("12 décembre"),
            Some("2023-12-12"),
        ],
        // A month before the meeting's falls in the next year.
        [
            Some("M. Tesselin"),
            Some("p2"),
            Some("fin janvier"),
            Some("2024-01-31"),
        ],
        [
            Some("@loic"),
            Some("p4"),
            Some("20 janvier"),
            Some("2024-01-20"),
        ],
        [
            Some("le trésorier"),
            Some("p2"),
            Some("15/03/2024"),
            Some("2024-03-15"),
        ],
        // The first of several owners who is a participant.
        [
            Some("Arsène et Ombeline"),
            Some("p1"),
            Some("fin juin"),
            Some("2024-06-30"),
        ],
        // A month without its end names no day.
        [Some("C. Vaudrey"), Some("p3"), Some("courant avril"), None],
    ] {
        assert!(links.contains(&expected), "{expected:?} not in {links:?}");
    }
    assert!(r.warnings.iter().all(|w| !w.code.starts_with("decisions.")));
}

#[test]
fn a_vote_counting_more_voices_than_members_is_a_warning() {
    let r = parse_text(
        "Procès-verbal du conseil des Amis du Lavoir de Quérelle du 3 avril 2023\n\nPrésents : Hortense Malvoisin, Baptiste Quénéhervé, Noémie Ardouin\nReprésenté : Fulbert Lagrange (pouvoir à Hortense Malvoisin)\nExcusée : Solène Brizard\n\n1. Budget\n\nLe conseil adopte le budget par 3 voix pour, 1 abstention.\n\n2. Cotisations\n\nLe conseil adopte la hausse des cotisations par 5 voix pour, 1 contre.\n",
    );
    let over: Vec<_> = r
        .warnings
        .iter()
        .filter(|w| w.code == "decisions.vote_exceeds_members")
        .collect();
    assert_eq!(over.len(), 1, "{:?}", r.warnings);
    let cotisations = r
        .decisions
        .iter()
        .find(|d| d.text.contains("cotisations"))
        .expect("the second vote");
    assert_eq!(over[0].source.as_ref(), Some(&cotisations.source));
    assert!(over[0].message.contains("6 voices"), "{}", over[0].message);
    // Without a participant list there is nothing to count against.
    let r = parse_text(
        "Procès-verbal du conseil du 3 avril 2023\n\n1. Budget\n\nLe conseil adopte le budget par 15 voix pour, 2 contre.\n",
    );
    assert!(r.decisions.iter().any(|d| d.vote.is_some()));
    assert!(r
        .warnings
        .iter()
        .all(|w| w.code != "decisions.vote_exceeds_members"));
}

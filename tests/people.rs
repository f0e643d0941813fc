//! The people grammar on invented excerpts: lists in every shape, attendance words and
//! markers, entries typed by their segments, speakers resolved against the roster.

#[path = "support/records.rs"]
mod records;

use cufminutes::parse_text;
use cufminutes::record::{Attendance, Record};
use records::{names, person, speakers};

fn org<'a>(r: &'a Record, name: &str) -> Option<&'a str> {
    person(r, name).organization.as_deref()
}

#[test]
fn first_names_on_the_line_after_the_heading() {
    let r = parse_text(
        "# Conseil d'administration du 4 avril 2019\n\nPrésents :\nMaëlle, Bastien, Soizic et Erwan\n\n## Budget\n\nLe budget est adopté.\n",
    );
    assert_eq!(names(&r), ["Maëlle", "Bastien", "Soizic", "Erwan"]);
}

#[test]
fn an_indented_list_of_nicknames_with_markers() {
    let r = parse_text(
        "# Assemblée générale du 12 mars 2021\n\n# Présences\n    Mirtille, zorglub, Ewen, Pato (retard)\n# Ordre du jour\n## Accueil\n",
    );
    assert_eq!(names(&r), ["Mirtille", "zorglub", "Ewen", "Pato"]);
    assert_eq!(person(&r, "Pato").attendance, Some(Attendance::Present));
}

#[test]
fn a_list_wrapped_over_lines_keeps_each_name_whole() {
    let r = parse_text(
        "Compte rendu du bureau du 2 février 2020\n\n**Membres présents :** Anne Roux, Loïc Brun, Tugdual\nPerrot, Chantal Dubois, Yann\nLe Meur\n\nOrdre du jour : budget.\n",
    );
    assert_eq!(
        names(&r),
        [
            "Anne Roux",
            "Loïc Brun",
            "Tugdual Perrot",
            "Chantal Dubois",
            "Yann Le Meur"
        ]
    );
}

#[test]
fn with_and_a_list_of_names_opening_the_minutes() {
    let r = parse_text(
        "# Point d'étape du 8 mai 2018\n\n*Avec Inès, Malo, Yves, Gaëlle*\n\n## Matin\n\nOn commence par un tour de table.\n",
    );
    assert_eq!(names(&r), ["Inès", "Malo", "Yves", "Gaëlle"]);
}

#[test]
fn handles_with_the_real_name_in_parentheses() {
    let r = parse_text(
        "Réunion du 3 juin 2012\n\nPresent: bob (Bob Martin),\n  zaz (Isabelle Zazou),\n  kiki (Kévin Kim)\n\nTopic: outils\n",
    );
    assert_eq!(names(&r), ["Bob Martin", "Isabelle Zazou", "Kévin Kim"]);
}

#[test]
fn family_names_alone_resolve_to_the_listed_person() {
    let r = parse_text(
        "Compte rendu du comité du 5 octobre 2023\n\nPrésents :\n- Mme KERGUELEN Anaïs, présidente (Ville de Brest)\n- M. OUEDRAOGO Issa, chargé de mission (Commune de Fada)\n\n1. Ouverture\n\nMme KERGUELEN ouvre la séance. M. OUEDRAOGO rappelle le calendrier. Kerguelen souligne l'enjeu.\n",
    );
    assert_eq!(speakers(&r), ["KERGUELEN Anaïs", "OUEDRAOGO Issa"]);
    assert_eq!(r.participants.len(), 2);
}

#[test]
fn a_place_is_not_a_speaker() {
    let r = parse_text(
        "Compte rendu du 5 octobre 2023\n\nPrésents : Léa Morin, Hugo Petit\n\n1. Partenariats\n\nLéa Morin présente le partenariat entre Quimper et Tombouctou. Quimper propose une mission.\n",
    );
    assert_eq!(speakers(&r), ["Léa Morin"]);
    assert_eq!(names(&r), ["Léa Morin", "Hugo Petit"]);
}

#[test]
fn handles_one_per_line_after_the_heading() {
    let r = parse_text(
        "Réunion du 3 juin 2012\n\nPresent: momo (maurice kerdraon),\n  lulu (Lucie Ropars),\n\tDan (Daniel Hervé)\n\nTopic: outils\n",
    );
    assert_eq!(
        names(&r),
        ["maurice kerdraon", "Lucie Ropars", "Daniel Hervé"]
    );
}

#[test]
fn fields_before_the_list_in_one_paragraph() {
    let r = parse_text(
        "Réunion du 3 juin 2012\n\nScribe: Lucie Ropars\nChair: momo\nPresent: momo (maurice kerdraon),\n  lulu (Lucie Ropars)\n",
    );
    assert_eq!(names(&r), ["maurice kerdraon", "Lucie Ropars"]);
}

#[test]
fn turns_by_handle_resolve_to_the_real_name() {
    let r = parse_text(
        "Réunion du 3 juin 2012\n\nPresent: momo (Maurice Kerdraon), lulu (Lucie Ropars)\n\n## Outils\n\nmomo: on commence à l'heure\n\nlulu: d'accord pour le wiki\n",
    );
    assert_eq!(speakers(&r), ["Maurice Kerdraon", "Lucie Ropars"]);
    assert_eq!(r.participants.len(), 2);
}

#[test]
fn officers_named_after_their_function() {
    let r = parse_text(
        "Bureau du 6 mai 2021\n\n**Présents :** Nolwenn, Tugdual, Soazig\n**Excusée :** Gwen (vote donné à Soazig)\n\n## Budget\n\nLe budget est adopté.\n\n**Prise de notes** : Nolwenn\nAnimation : Yves Kerhervé\n",
    );
    assert_eq!(
        person(&r, "Nolwenn").role.as_deref(),
        Some("Prise de notes")
    );
    assert_eq!(
        person(&r, "Yves Kerhervé").role.as_deref(),
        Some("Animation")
    );
    assert_eq!(person(&r, "Gwen").attendance, Some(Attendance::Represented));
}

#[test]
fn a_role_as_subject_names_the_one_participant_holding_it() {
    let r = parse_text(
        "Compte rendu du groupe-pays Bénin du 9 mars 2022\n\nPrésents :\n- Mme Awa SOSSOU, adjointe au maire, présidente du groupe-pays (Ville de Lokossa)\n- M. Paul ADÉ, chargé de mission (Cités Unies France)\n\n1. Ouverture\n\nLa présidente ouvre la séance et remercie les participants. Le chargé de mission présente le calendrier.\n",
    );
    assert_eq!(speakers(&r), ["Awa SOSSOU", "Paul ADÉ"]);
}

#[test]
fn a_role_between_commas_after_the_name() {
    let r = parse_text(
        "Compte rendu du 2 avril 2024\n\nPrésents : M. Hervé LE GOFF, Mme Inès ROPARS\n\n1. Ouverture\n\nM. Hervé LE GOFF, maire de Plouha, rappelle le contexte. Mme ROPARS, chargée de mission à la Région, précise le calendrier.\n",
    );
    assert_eq!(speakers(&r), ["Hervé LE GOFF", "Inès ROPARS"]);
}

#[test]
fn two_subjects_of_one_verb() {
    let r = parse_text(
        "Compte rendu du 2 avril 2024\n\nPrésents : Léa Morin, Hugo Petit, Anne Roux\n\n1. Projet\n\nLéa Morin et Hugo Petit présentent le projet de jumelage.\n",
    );
    assert_eq!(speakers(&r), ["Léa Morin", "Hugo Petit"]);
}

#[test]
fn delegations_introduced_by_pour() {
    let r = parse_text(
        "Compte rendu du 2 avril 2024\n\nParticipants :\nPour la Ville de Dinan : M. Yann Salaün, adjoint au maire ; Mme Gaëlle Riou, chargée de mission\nPour l'Agence de l'eau : Mme Lise Tanguy\n",
    );
    assert_eq!(org(&r, "Yann Salaün"), Some("Ville de Dinan"));
    assert_eq!(org(&r, "Gaëlle Riou"), Some("Ville de Dinan"));
    assert_eq!(
        person(&r, "Gaëlle Riou").role.as_deref(),
        Some("chargée de mission")
    );
    assert_eq!(org(&r, "Lise Tanguy"), Some("Agence de l'eau"));
}

#[test]
fn the_secretary_designated_in_a_sentence() {
    let r = parse_text(
        "Procès-verbal du conseil municipal du 4 juin 2021\n\nPrésents : Léa ROUX, Hugo PETIT, Anne MARTIN\nPouvoirs : Anne MARTIN donne pouvoir à Léa ROUX. Le Conseil désigne Monsieur Hugo PETIT comme secrétaire de séance.\n",
    );
    assert_eq!(
        person(&r, "Hugo PETIT").role.as_deref(),
        Some("Secrétaire de séance")
    );
    assert_eq!(person(&r, "Anne MARTIN").role, None);
}

#[test]
fn agents_of_an_opening_or_a_presentation() {
    let r = parse_text(
        "Compte rendu du 2 avril 2024\n\nPrésents : Léa Morin, Hugo Petit, Anne Roux\n\n1. Ouverture\n\nL'ouverture est assurée par Anne Roux. La séance est ouverte par Hugo Petit à 10 h.\n",
    );
    assert_eq!(speakers(&r), ["Anne Roux", "Hugo Petit"]);
}

#[test]
fn a_column_of_labels_flattened_after_the_column_of_names() {
    let r = parse_text(
        "Procès-verbal du comité du 3 mars 2015\n\nMEMBRES PRÉSENTS\nMme ARZEL\nM. BESSON\nMme CLÉMENT\nCGT\nFO (suppléante)\nCFDT\n\n1. Ordre du jour\n",
    );
    assert_eq!(org(&r, "ARZEL"), Some("CGT"));
    assert_eq!(org(&r, "BESSON"), Some("FO"));
    assert_eq!(person(&r, "BESSON").role.as_deref(), Some("suppléante"));
    assert_eq!(org(&r, "CLÉMENT"), Some("CFDT"));
}

#[test]
fn semicolon_entries_and_civility_runs_with_organisations() {
    let r = parse_text(
        "Compte rendu du 2 avril 2024\n\nÉtaient présents : Mme Rozenn Abgrall, adjointe au maire, Ville de Carhaix ; M. Youssef Amrani, chargé de mission (Région Bretagne) ; Mme Lise Perrot, secrétaire générale de la commune de Plouyé\nExcusés : M. Tanguy Riou (Agence de l'eau), Mme Nadia Saïd (Ville de Callac)\n",
    );
    assert_eq!(org(&r, "Rozenn Abgrall"), Some("Ville de Carhaix"));
    assert_eq!(
        person(&r, "Rozenn Abgrall").role.as_deref(),
        Some("adjointe au maire")
    );
    assert_eq!(org(&r, "Youssef Amrani"), Some("Région Bretagne"));
    assert_eq!(org(&r, "Lise Perrot"), Some("commune de Plouyé"));
    assert_eq!(org(&r, "Tanguy Riou"), Some("Agence de l'eau"));
    assert_eq!(
        person(&r, "Nadia Saïd").attendance,
        Some(Attendance::Excused)
    );
}

#[test]
fn initials_used_as_speaker_labels() {
    let r = parse_text(
        "Compte rendu du 2 avril 2024\n\nParticipants :\n- Inès Caradec (IC), présidente, Ville de Morlaix\n- Goulven Le Meur (GLM), trésorier, Ville de Lannion\n\n1. Budget\n\nIC ouvre la réunion.\n\nGLM : le budget est équilibré.\n",
    );
    assert_eq!(speakers(&r), ["Inès Caradec", "Goulven Le Meur"]);
}

#[test]
fn speech_in_other_shapes() {
    let r = parse_text(
        "Compte rendu du 2 avril 2024\n\nPrésents :\n- M. Malo TANGUY (Ville de Brest)\n- Mme Anna ROUX (Région Bretagne)\n- M. Yves Le Goff (AFD)\n- Mme Lina Caradec (Ville de Quimper)\n- Mme Léa Cozic (Ville de Vannes)\n\n1. Points\n\nM. TANGUY (Brest) et Mme ROUX (Région) confirment leur accord. M. Le Goff fait valoir que le calendrier est serré. Selon Mme Caradec, le projet avance. Mme Cozic, excusée, a transmis une note.\n\nQuestion de Mme ROUX : quel budget ?\n",
    );
    assert_eq!(
        speakers(&r),
        ["Malo TANGUY", "Anna ROUX", "Yves Le Goff", "Lina Caradec"]
    );
    assert_eq!(r.participants.len(), 5);
}

#[test]
fn a_surname_that_is_also_a_place_speaks_with_its_civility() {
    let r = parse_text(
        "Compte rendu du 2 avril 2024\n\n1. Points\n\nM. NANTES : nous validons le budget.\n\nMme Lorient indique que la date convient.\n",
    );
    assert_eq!(speakers(&r), ["NANTES", "Lorient"]);
}

#[test]
fn delegation_headings_open_lists() {
    let r = parse_text(
        "Compte rendu du 2 avril 2024\n\nDélégation française :\n- Anne Roux, maire adjointe, Ville de Dinan\n- Paul Abel, chargé de mission, Région Bretagne\n\nDélégation béninoise (en visioconférence) :\n- Koffi Adé, maire, Commune de Lokossa\n\n1. Ouverture\n",
    );
    assert_eq!(names(&r), ["Anne Roux", "Paul Abel", "Koffi Adé"]);
    assert_eq!(org(&r, "Paul Abel"), Some("Région Bretagne"));
    assert_eq!(person(&r, "Koffi Adé").attendance, Some(Attendance::Remote));
}

#[test]
fn a_civility_used_in_the_body() {
    let r = parse_text(
        "Compte rendu du 2 avril 2024\n\nPrésents : Anne Roux, Paul Abel\nExcusée : Lina Caradec\n\n1. Points\n\nLa présidente excuse Mme Caradec. M. Abel présente le budget.\n",
    );
    assert_eq!(person(&r, "Lina Caradec").civility.as_deref(), Some("Mme"));
    assert_eq!(person(&r, "Paul Abel").civility.as_deref(), Some("M."));
    assert_eq!(person(&r, "Anne Roux").civility, None);
}

#[test]
fn a_body_heading_its_members_with_their_mode() {
    let r = parse_text(
        "Compte rendu du 2 avril 2024\n\nParticipants\nVille de Pontivy\n    Anne Roux – adjointe au maire\nMairie de Sousse (Tunisie) – participants à distance\n    Karim BEN AMOR – président de la délégation spéciale\n    Leila TRABELSI – secrétaire générale\n\n1. Ouverture\n",
    );
    assert_eq!(names(&r), ["Anne Roux", "Karim BEN AMOR", "Leila TRABELSI"]);
    assert_eq!(
        org(&r, "Leila TRABELSI"),
        Some("Mairie de Sousse (Tunisie)")
    );
    assert_eq!(
        person(&r, "Leila TRABELSI").attendance,
        Some(Attendance::Remote)
    );
    assert_eq!(org(&r, "Anne Roux"), Some("Ville de Pontivy"));
}

#[test]
fn first_names_with_roles_and_a_civility_after_et() {
    let r = parse_text(
        "Comité de jumelage du 3 mai 2023\n\nPrésents : Odile (présidente), Marc (trésorier), Awa (secrétaire)\nÉtaient également présents : Mme Rose Tanguy, conseillère municipale et M. Yves Caradec\n",
    );
    assert_eq!(person(&r, "Odile").role.as_deref(), Some("présidente"));
    assert_eq!(person(&r, "Marc").role.as_deref(), Some("trésorier"));
    assert_eq!(
        person(&r, "Rose Tanguy").role.as_deref(),
        Some("conseillère municipale")
    );
    assert_eq!(person(&r, "Yves Caradec").role, None);
}

#[test]
fn a_parenthesis_and_a_marker_between_name_and_verb() {
    let r = parse_text(
        "Compte rendu du 3 mai 2023\n\nPrésents : M. Koffi AGBO (Commune de Lokossa), Mme Anne Roux\n\n1. Point\n\nM. AGBO (Commune de Lokossa), en ligne, confirme la date.\n",
    );
    assert_eq!(speakers(&r), ["Koffi AGBO"]);
}

#[test]
fn one_line_per_body_under_the_composition_of_a_committee() {
    let r = parse_text(
        "Comité de pilotage du 3 mai 2023\n\n**Composition du comité**\n\nPour la Région Atsinanana : M. Hery Rabe, gouverneur (en visioconférence) ; Mme Voahangy Rasoa, directrice\nPour le Syndicat des eaux du Trégor : M. Loïc Kerhuel, directeur ; M. Yann Penven, ingénieur, représenté par M. Kerhuel\nPour l'Agence de l'eau : Mme Lise Tanguy, chargée d'interventions (excusée)\n\n## 1. Ouverture\n",
    );
    assert_eq!(org(&r, "Voahangy Rasoa"), Some("Région Atsinanana"));
    assert_eq!(person(&r, "Hery Rabe").attendance, Some(Attendance::Remote));
    assert_eq!(
        person(&r, "Yann Penven").attendance,
        Some(Attendance::Represented)
    );
    assert_eq!(org(&r, "Yann Penven"), Some("Syndicat des eaux du Trégor"));
    assert_eq!(
        person(&r, "Lise Tanguy").attendance,
        Some(Attendance::Excused)
    );
    assert_eq!(names(&r).len(), 5);
}

#[test]
fn people_named_in_a_sentence_of_presence() {
    let r = parse_text(
        "Comité de pilotage du 3 mai 2023\n\nLa réunion est ouverte à 10 h.\n\nEn présence de M. Yves Le Bihan (AFD) et de Mme Claire Moal (MEAE).\n\nY participaient, par visioconférence depuis Jéricho, M. Sami Khoury, maire de Jéricho, et Mme Rana Saleh, ingénieure.\n",
    );
    assert_eq!(org(&r, "Yves Le Bihan"), Some("AFD"));
    assert_eq!(org(&r, "Claire Moal"), Some("MEAE"));
    assert_eq!(
        person(&r, "Sami Khoury").attendance,
        Some(Attendance::Remote)
    );
    assert_eq!(person(&r, "Rana Saleh").role.as_deref(), Some("ingénieure"));
}

#[test]
fn labels_with_an_organisation_and_remarks_attributed_by_a_noun() {
    let r = parse_text(
        "Compte rendu du 3 mai 2023\n\nPrésents : Marie Le Moal (Ville de Dinan), Anne Roux (Région), Paul Abel (AFD)\n\n1. Point\n\n**Marie Le Moal (Ville de Dinan) :** nous soutenons le projet.\n\nSur proposition de Mme Roux, la date est retenue. Après l'intervention de M. Abel, le budget est voté.\n",
    );
    assert_eq!(speakers(&r), ["Marie Le Moal", "Anne Roux", "Paul Abel"]);
}

#[test]
fn a_numbered_plural_role_heads_its_members() {
    let r = parse_text(
        "Procès-verbal du comité du 3 mars 2015\n\nMEMBRES PRÉSENTS\n2.1 Représentants des usagers et des associations de quartier\nMme ARZEL\nM. BESSON\n\n1. Ordre du jour\n",
    );
    assert_eq!(
        person(&r, "BESSON").role.as_deref(),
        Some("Représentants des usagers et des associations de quartier")
    );
}

#[test]
fn a_page_number_between_the_names_and_a_final_full_stop() {
    let r = parse_text(
        "Procès-verbal du comité du 3 mars 2015\n\nASSISTAIENT EGALEMENT A LA REUNION\nM. DUPRÉ\nDirecteur adjoint\n1\nMme ARZEL\nM. le Pr BESSON\nMme CLÉMENT\nConseillère technique auprès de la direction générale\nChef du service de pédiatrie\nResponsable qualité.\nMEMBRES EXCUSES\nMme QUÉRÉ\n",
    );
    assert_eq!(
        person(&r, "BESSON").role.as_deref(),
        Some("Chef du service de pédiatrie")
    );
    assert_eq!(
        person(&r, "CLÉMENT").role.as_deref(),
        Some("Responsable qualité")
    );
    assert_eq!(
        person(&r, "DUPRÉ").role.as_deref(),
        Some("Directeur adjoint")
    );
}

#[test]
fn the_chair_and_a_singular_remote_heading() {
    let r = parse_text(
        "Compte rendu du 3 mai 2023\n\nLa réunion est présidée par Mme Anne Roux, maire de Plérin.\n\nParticipait en visioconférence, pour le point 1 : M. Koffi Adé, maire, Commune de Lokossa\n",
    );
    assert_eq!(
        person(&r, "Anne Roux").role.as_deref(),
        Some("maire de Plérin")
    );
    assert_eq!(person(&r, "Koffi Adé").attendance, Some(Attendance::Remote));
}

#[test]
fn a_second_plural_civility_and_a_role_closing_the_list() {
    let r = parse_text(
        "Procès-verbal du conseil de quartier du 9 mars 2021\n\nÉtaient présents :\n- Mmes Aubert, Le Gall (Liste A), Perrin, (PEEP), Tanguy et MM Lemaire (Liste B), Quéméner, et Guillemot (FCPE) délégués des habitants ;\n- Mmes Benard, Colin et Fabre, enseignantes,\n\nPoint 1 : Effectifs.\n",
    );
    assert_eq!(
        names(&r),
        [
            "Aubert",
            "Le Gall",
            "Perrin",
            "Tanguy",
            "Lemaire",
            "Quéméner",
            "Guillemot",
            "Benard",
            "Colin",
            "Fabre"
        ]
    );
    let parents = "délégués des habitants";
    for n in ["Aubert", "Lemaire", "Quéméner", "Guillemot"] {
        assert_eq!(person(&r, n).role.as_deref(), Some(parents), "{n}");
    }
    assert_eq!(org(&r, "Perrin"), Some("PEEP"));
    assert_eq!(org(&r, "Lemaire"), Some("Liste B"));
    assert_eq!(org(&r, "Quéméner"), Some("FCPE"));
    assert_eq!(person(&r, "Colin").role.as_deref(), Some("enseignantes"));
}

#[test]
fn a_bulleted_list_flattened_into_one_paragraph() {
    // As a converter writes a list whose line breaks it lost: the same people either way.
    let flat = "Compte rendu du conseil du 5 mai 2022\n\nÉtaient présents : - Mme Lacombe, inspectrice - M. Tardy, adjoint au maire - Mmes Bellec et Gourmelon (FCPE) ; - Mme Hamon, directrice\n\nAbsents excusés : - M. Riou, enseignant.\n\nPoint 1 : Effectifs.\n";
    let lines = flat
        .replace(" : - ", " :\n\n- ")
        .replace(" - ", "\n- ")
        .replace(" ; -", " ;\n-");
    for text in [flat, lines.as_str()] {
        let r = parse_text(text);
        assert_eq!(
            names(&r),
            ["Lacombe", "Tardy", "Bellec", "Gourmelon", "Hamon", "Riou"],
            "{text}"
        );
        assert_eq!(
            person(&r, "Tardy").role.as_deref(),
            Some("adjoint au maire")
        );
        assert_eq!(org(&r, "Gourmelon"), Some("FCPE"));
        assert_eq!(person(&r, "Riou").attendance, Some(Attendance::Excused));
        assert_eq!(person(&r, "Riou").role.as_deref(), Some("enseignant"));
    }
}

#[test]
fn a_table_flattened_column_by_column_into_one_paragraph() {
    // Names of a block, then their labels; a numbered plural label heads the next block.
    let flat = "Procès-verbal du comité du 6 juin 2019\n\nASSISTAIENT A LA SEANCE\n\nMEMBRES DU COMITE M. DANIELOU Président 2.1 Représentants des usagers Mme ARZEL Mme BESNARD M. CALVEZ FO FO (suppléante) CFDT\n\nASSISTAIENT EGALEMENT\n\nMme EVEN M. le Dr FLOCH Mme GUILLOU Directrice des soins Chef du service de gériatrie Cadre de santé – pôle Femme\n\n1. Ordre du jour\n";
    let lines = "Procès-verbal du comité du 6 juin 2019\n\nASSISTAIENT A LA SEANCE\nMEMBRES DU COMITE\nM. DANIELOU\nPrésident\n2.1 Représentants des usagers\nMme ARZEL\nMme BESNARD\nM. CALVEZ\nFO\nFO (suppléante)\nCFDT\n\nASSISTAIENT EGALEMENT\n\nMme EVEN\nM. le Dr FLOCH\nMme GUILLOU\nDirectrice des soins\nChef du service de gériatrie\nCadre de santé – pôle Femme\n\n1. Ordre du jour\n";
    for text in [flat, lines] {
        let r = parse_text(text);
        assert_eq!(
            names(&r),
            ["DANIELOU", "ARZEL", "BESNARD", "CALVEZ", "EVEN", "FLOCH", "GUILLOU"],
            "{text}"
        );
        assert_eq!(person(&r, "DANIELOU").role.as_deref(), Some("Président"));
        assert_eq!(org(&r, "BESNARD"), Some("FO"), "{text}");
        assert_eq!(person(&r, "BESNARD").role.as_deref(), Some("suppléante"));
        assert_eq!(
            person(&r, "ARZEL").role.as_deref(),
            Some("Représentants des usagers"),
            "{text}"
        );
        assert_eq!(org(&r, "CALVEZ"), Some("CFDT"));
        assert_eq!(
            person(&r, "FLOCH").role.as_deref(),
            Some("Chef du service de gériatrie"),
            "{text}"
        );
        let guillou = person(&r, "GUILLOU");
        assert_eq!(guillou.role.as_deref(), Some("Cadre de santé"), "{text}");
        assert_eq!(
            guillou.organization.as_deref(),
            Some("pôle Femme"),
            "{text}"
        );
    }
}

#[test]
fn an_officer_label_run_into_the_list_before_it() {
    let flat = "Compte rendu du conseil de quartier du 2 février 2017\n\nEtaient excusés : Nolwenn RIOU Pierre-Yves LE ROUX Ewen MADEC – Adjoint au Maire délégué aux Finances Secrétaire de séance : Gwenola PRIGENT\n\n1 / APPROBATION DU COMPTE RENDU\n";
    let lines = "Compte rendu du conseil de quartier du 2 février 2017\n\nEtaient excusés :\nNolwenn RIOU\nPierre-Yves LE ROUX\nEwen MADEC – Adjoint au Maire délégué aux Finances\nSecrétaire de séance : Gwenola PRIGENT\n\n1 / APPROBATION DU COMPTE RENDU\n";
    for text in [flat, lines] {
        let r = parse_text(text);
        let madec = person(&r, "Ewen MADEC");
        assert_eq!(
            madec.role.as_deref(),
            Some("Adjoint au Maire délégué aux Finances"),
            "{text}"
        );
        assert_eq!(madec.attendance, Some(Attendance::Excused));
        let secretary = person(&r, "Gwenola PRIGENT");
        assert_eq!(secretary.role.as_deref(), Some("Secrétaire de séance"));
        assert_eq!(secretary.attendance, Some(Attendance::Present));
    }
}

#[test]
fn an_organisation_under_the_last_name_of_a_list_is_that_person_s() {
    let r = parse_text(
        "Procès-verbal du comité du 6 juin 2019\n\nASSISTAIENT A LA REUNION\nMme ARZEL\nPrésidente\nDocteur KERBOUL\nService de santé au travail\n\nASSISTAIENT EGALEMENT\nM. LUCAS\nChef du service technique\n\n1. Ordre du jour\n",
    );
    assert_eq!(org(&r, "KERBOUL"), Some("Service de santé au travail"));
    assert_eq!(org(&r, "LUCAS"), None);
    assert_eq!(
        person(&r, "LUCAS").role.as_deref(),
        Some("Chef du service technique")
    );
}

#[test]
fn scribe_format_regrets_and_officers_after_the_list() {
    let r = cufminutes::parse_text(
        "Atelier du collectif, 14 mai 2024\n\nPresent: Anne Rivière, Luc Perrot, Inès Roux\nRegrets: Hugo Marchal\nChair: Anne Rivière\nScribe: Luc Perrot\n\nTopic: Bourse aux plantes\nAnne: le stand est réservé.\n",
    );
    let got: Vec<(&str, Option<cufminutes::record::Attendance>, Option<&str>)> = r
        .participants
        .iter()
        .map(|p| (p.name.as_str(), p.attendance, p.role.as_deref()))
        .collect();
    use cufminutes::record::Attendance::{Excused, Present};
    assert_eq!(
        got,
        [
            ("Anne Rivière", Some(Present), Some("Chair")),
            ("Luc Perrot", Some(Present), Some("Scribe")),
            ("Inès Roux", Some(Present), None),
            ("Hugo Marchal", Some(Excused), None),
        ]
    );
}

//! Outcomes of French minutes, one test per convention, on small fictional minutes: what is
//! decided, to do, proposed, asked, postponed or announced, read through the public API.

use cufminutes::parse_text;
use cufminutes::record::{DecisionKind, Record};

/// The outcomes of a record: kind, text, owner and due date as written.
fn outcomes(r: &Record) -> Vec<(DecisionKind, &str, Option<&str>, Option<&str>)> {
    r.decisions
        .iter()
        .map(|d| {
            (
                d.kind,
                d.text.as_str(),
                d.owner.as_deref(),
                d.due.as_deref(),
            )
        })
        .collect()
}

#[test]
fn decisions_by_cue_section_owner_and_date() {
    let r = parse_text(
        "# Compte rendu du bureau du 10 mars 2022\n\n## Décisions\n\n- Le projet de fresque est retenu.\n\n## Actions\n\n- Antoine : Contacter la mairie avant juin\n- Préparer le stand du forum\n  - vérifier les horaires\n- @lea relance les adhérents\n- Nettoyage du local (fait)\n\n## Divers\n\nLe point sur la subvention sera repris lors de la prochaine réunion.\n\nLa kermesse aura-t-elle lieu ?\n\n## Prochain bureau\n\nLe 12/04/2022 à 18h30\n",
    );
    let found = outcomes(&r);
    assert!(
        found.contains(&(
            DecisionKind::Decision,
            "Le projet de fresque est retenu.",
            None,
            None
        )),
        "{found:?}"
    );
    assert!(
        found.contains(&(
            DecisionKind::Action,
            "Contacter la mairie avant juin",
            Some("Antoine"),
            Some("avant juin")
        )),
        "{found:?}"
    );
    assert!(found
        .iter()
        .any(|f| f.0 == DecisionKind::Action && f.1 == "Préparer le stand du forum"));
    assert!(found
        .iter()
        .any(|f| f.0 == DecisionKind::Action && f.2 == Some("@lea")));
    assert!(found.iter().any(|f| f.0 == DecisionKind::Deferral));
    assert!(found
        .iter()
        .any(|f| f.0 == DecisionKind::Event && f.3 == Some("12/04/2022 à 18h30")));
    // Progress lines, sub-bullets of an action and questions are not outcomes.
    assert!(
        !found.iter().any(|f| f.1.contains("Nettoyage")),
        "{found:?}"
    );
    assert!(!found.iter().any(|f| f.1.contains("horaires")), "{found:?}");
    assert!(!found.iter().any(|f| f.1.contains("kermesse")), "{found:?}");
}

#[test]
fn votes_are_structured() {
    let r = parse_text(
        "Procès-verbal du conseil municipal du 3 avril 2023\n\n1. Budget primitif\n\nAprès en avoir délibéré, le conseil adopte le budget par 15 voix pour, 2 contre, 1 abstention.\n",
    );
    let vote = r
        .decisions
        .iter()
        .find_map(|d| d.vote.clone())
        .expect("a vote");
    assert_eq!(
        (vote.for_, vote.against, vote.abstentions),
        (Some(15), Some(2), Some(1))
    );
}

#[test]
fn a_table_of_decisions_with_who_and_when() {
    let r = parse_text(
        "# Bureau du 4 mars 2022\n\n## Relevé de décisions\n\n| Décision | Responsable | Échéance |\n|---|---|---|\n| Achat d'un vidéoprojecteur | Trésorière | 30 avril 2022 |\n| Refonte du site internet | Commission communication | juin 2022 |\n",
    );
    let rows = outcomes(&r);
    assert_eq!(
        rows,
        [
            (
                DecisionKind::Decision,
                "Achat d'un vidéoprojecteur",
                Some("Trésorière"),
                Some("30 avril 2022")
            ),
            (
                DecisionKind::Decision,
                "Refonte du site internet",
                Some("Commission communication"),
                Some("juin 2022")
            ),
        ]
    );
}

#[test]
fn the_sittings_outcomes_not_those_reported_from_elsewhere() {
    let r = parse_text(
        "# Comité de jumelage – réunion du 6 mars 2023\n\n## 1. Tour de table\n\nLa commune de Verlhac a adopté en janvier un budget de 3 000 euros pour les échanges scolaires.\n\nLe club de judo présente ses outils d'aide à la décision.\n\n## 2. Projets\n\nLe comité approuve le programme du voyage d'octobre.\n\nMotion pour la gratuité des transports : pour : 11, contre : 2, abstention : 1\n\nNadia va réserver le car auprès de la société Lemoine.\n\nUne salle est à trouver pour la soirée d'accueil.\n\nLe point sur les cotisations : report à la prochaine réunion.\n\nNous nous retrouverons le jeudi 13 avril 2023 à 18 h à la mairie.\n",
    );
    let found = outcomes(&r);
    let kind_of = |needle: &str| {
        found
            .iter()
            .find(|f| f.1.contains(needle))
            .map(|f| f.0)
            .unwrap_or_else(|| panic!("{needle} not among {found:?}"))
    };
    assert_eq!(kind_of("programme du voyage"), DecisionKind::Decision);
    assert_eq!(kind_of("gratuité des transports"), DecisionKind::Decision);
    assert_eq!(kind_of("réserver le car"), DecisionKind::Action);
    assert_eq!(kind_of("salle est à trouver"), DecisionKind::Action);
    assert_eq!(kind_of("cotisations"), DecisionKind::Deferral);
    assert_eq!(kind_of("Nous nous retrouverons"), DecisionKind::Event);
    assert!(!found.iter().any(|f| f.1.contains("Verlhac")), "{found:?}");
    assert!(!found.iter().any(|f| f.1.contains("judo")), "{found:?}");
    let tally = r
        .decisions
        .iter()
        .find_map(|d| d.vote.clone())
        .expect("a vote");
    assert_eq!(
        (tally.for_, tally.against, tally.abstentions),
        (Some(11), Some(2), Some(1))
    );
}

#[test]
fn owners_written_after_the_task_or_after_an_action_label() {
    let r = cufminutes::parse_text(
        "Compte rendu du bureau du 3 mai 2022\n\nPrésents : Anne Rivière, Luc Perrot, Inès Roux\n\n## Actions à mener\n\n- Réserver la salle des fêtes → Luc, 15 mai\n- ACTION : ROUX : envoyer le bilan aux adhérents\n- Relancer la mairie pour la subvention (Action Anne)\n\n## Budget\n\nIl est décidé de reporter le vote au prochain bureau. Pour : 12, contre : 1, abstention : 2.\n",
    );
    let owners: Vec<(Option<&str>, Option<&str>, Option<&str>)> = r
        .decisions
        .iter()
        .map(|d| {
            (
                d.owner.as_deref(),
                d.owner_participant.as_deref(),
                d.due_date.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        owners[..3],
        [
            (Some("Luc"), Some("p2"), Some("2022-05-15")),
            (Some("ROUX"), Some("p3"), None),
            (Some("Anne"), Some("p1"), None),
        ]
    );
    // The vote on the deferral is kept, and it counts more voters than members present.
    let vote = r.decisions[3].vote.as_ref().expect("a vote");
    assert_eq!(
        (vote.for_, vote.against, vote.abstentions),
        (Some(12), Some(1), Some(2))
    );
    assert!(r
        .warnings
        .iter()
        .any(|w| w.code == "decisions.vote_exceeds_members"));
}

#[test]
fn a_vote_on_its_own_line_settles_what_precedes_it() {
    let r = cufminutes::parse_text(
        "Procès-verbal du conseil syndical du 14 février 2022\n\nPrésents : M. Paul Varin, Mme Inès Roux, M. Luc Perrot\n\n## Travaux du gymnase\n\nLe conseil retient l'entreprise la mieux disante pour la toiture.\nPour : 11 Contre : 1 Abstentions : 1\n\n## Tarifs\n\nLe conseil porte le tarif de la piscine à 3 € au 1er mars 2022.\nAdoptée à l'unanimité.\n",
    );
    type KindVote = (
        cufminutes::record::DecisionKind,
        Option<(Option<u32>, bool)>,
    );
    let got: Vec<KindVote> = r
        .decisions
        .iter()
        .map(|d| (d.kind, d.vote.as_ref().map(|v| (v.for_, v.unanimous))))
        .collect();
    use cufminutes::record::DecisionKind::Decision;
    assert_eq!(
        got,
        [
            (Decision, Some((Some(11), false))),
            (Decision, Some((None, true)))
        ]
    );
}

#[test]
fn labelled_decisions_and_actions_keep_their_label_kind() {
    let r = cufminutes::parse_text(
        "Notes de l'atelier du 3 mars 2023\n\nPresent: Anne, Luc, Maëlle\n\nTopic: Fête des voisins du 10 juin\n\nACTION: Maëlle à réserver la cour avant le 30 avril\nRESOLVED: la buvette reste tenue par les bénévoles.\nAction : Luc Perrot appelle la mairie d'ici le 15 mars.\n",
    );
    use cufminutes::record::DecisionKind::{Action, Decision};
    let got: Vec<(cufminutes::record::DecisionKind, Option<&str>)> = r
        .decisions
        .iter()
        .filter(|d| d.kind != cufminutes::record::DecisionKind::Event)
        .map(|d| (d.kind, d.owner.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (Action, Some("Maëlle")),
            (Decision, None),
            (Action, Some("Luc Perrot"))
        ]
    );
}

#[test]
fn what_a_named_person_will_do_is_a_task() {
    let r = cufminutes::parse_text(
        "Compte rendu du bureau du 3 mars 2023\n\nPrésents : Mme Inès Lenoir, M. Paul Varin\n\n## Relevé de décisions\n\nMme Lenoir diffusera le programme avant le 2 mai 2023.\n\nM. Varin transmettra les devis au bureau.\n",
    );
    let got: Vec<(cufminutes::record::DecisionKind, Option<&str>, Option<&str>)> = r
        .decisions
        .iter()
        .map(|d| {
            (
                d.kind,
                d.owner_participant.as_deref(),
                d.due_date.as_deref(),
            )
        })
        .collect();
    use cufminutes::record::DecisionKind::Action;
    assert_eq!(
        got,
        [
            (Action, Some("p1"), Some("2023-05-02")),
            (Action, Some("p2"), None)
        ]
    );
}

#[test]
fn a_dated_heading_is_a_topic_not_an_event() {
    let r = cufminutes::parse_text(
        "Réunion de bureau du 3 mars 2024\n\nPrésents : Anne Rivière, Luc Perrot\n\n## Fête du lavoir du 8 juin\n\nOn garde la formule de l'an dernier.\n\n## Divers\n\nProchaine réunion le jeudi 4 avril 2024.\n",
    );
    let events: Vec<&str> = r
        .decisions
        .iter()
        .filter(|d| d.kind == cufminutes::record::DecisionKind::Event)
        .map(|d| d.text.as_str())
        .collect();
    assert_eq!(events, ["Prochaine réunion le jeudi 4 avril 2024."]);
}

#[test]
fn the_agenda_ends_where_the_body_takes_its_points_up() {
    let r = cufminutes::parse_text(
        "Comité de pilotage du 9 avril 2024\n\nPrésents : Anne Rivière, Luc Perrot\n\nOrdre du jour :\nA. Validation du compte rendu du 12 février\nB. Fête du 14 juin\n\nA. Validation du compte rendu du 12 février\nLe compte rendu est validé sans modification.\n\nB. Fête du 14 juin\nDécision : la fête aura lieu au lavoir.\n",
    );
    let texts: Vec<&str> = r.decisions.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Le compte rendu est validé sans modification.",
            "la fête aura lieu au lavoir."
        ]
    );
}

#[test]
fn the_person_a_task_is_given_to_owns_it() {
    let r = cufminutes::parse_text(
        "Bureau du 3 mai 2024\n\nPrésents : M. Paul Varin (président), Mme Inès Roux (trésorière)\n\nLe président est chargé de lancer le recrutement.\nMme Roux est chargée de contacter la banque avant le 30 mai.\n",
    );
    let owners: Vec<Option<&str>> = r
        .decisions
        .iter()
        .map(|d| d.owner_participant.as_deref())
        .collect();
    assert_eq!(owners, [Some("p1"), Some("p2")]);
}

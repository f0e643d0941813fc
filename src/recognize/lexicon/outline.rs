//! The outline: headings that are no sections, back matter, resources, and the section
//! titles whose items all are decisions or all things to do.

/// Headings that are not agenda items.
pub const NON_SECTION_HEADINGS: &[&str] = &[
    "ordre du jour",
    "sommaire",
    "table des matieres",
    "transcription",
];

/// Words opening the announcement of the next meeting: a heading "Prochaine réunion : 3
/// mai" gives a date, not a section (a heading "Prochain bureau" over notes is one).
pub const NEXT_MEETING_HEADS: &[&str] = &["prochain", "prochaine", "date de la prochaine"];

/// Nouns of a numbered agenda item of a council: "Délibération n° 2023-41 : …", "Dossier
/// n° 4 – …".
pub const NUMBERED_ITEM_NOUNS: &[&str] = &[
    "deliberation",
    "dossier",
    "affaire",
    "rapport",
    "question",
    "point",
];

/// Labels of a line that names the topic of what follows: "Sujet : budget", "Topic:
/// accessibility" (the W3C scribe format).
pub const TOPIC_LABELS: &[&str] = &["sujet", "theme", "topic"];

/// Headings of back matter that recaps the meeting or records presence: not a section of
/// its own, though what it lists keeps its kind ("Relevé de décisions": decisions).
pub const BACK_MATTER_HEADINGS: &[&str] = &[
    "releve de decisions",
    "releve des decisions",
    "liste d'emargement",
    "feuille d'emargement",
    "feuille de presence",
];

/// Heading words that open a resources or annex zone, where named people are cited, not present.
pub const RESOURCE_HEADINGS: &[&str] = &[
    "a voir",
    "a lire",
    "ressources",
    "documents",
    "pieces jointes",
    "annexes",
    "annexe",
    "liens",
    "pour aller plus loin",
    "references",
];

/// Section titles whose items are decisions.
pub const DECISION_SECTIONS: &[&str] = &["decisions", "releve de decisions", "deliberations"];

/// Section titles whose items are things to do.
pub const ACTION_SECTIONS: &[&str] = &[
    "actions",
    "a faire",
    "a venir",
    "taches",
    "prochaines etapes",
    "suite a donner",
    "suites a donner",
    "todo",
    "to do",
    "plan d'action",
];

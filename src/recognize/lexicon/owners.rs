//! Who and by when, for outcomes: how one owner cell names several people, how an owner
//! named by a role is written, and how a deadline falls at the end of a month.

/// Words joining the owners of one item ("Claire et Paul", "Claire avec Paul").
pub const OWNER_JOINER_WORDS: &[&str] = &["et", "avec"];

/// Marks joining the owners of one item ("Claire / Paul", "Claire, Paul", "Claire & Paul").
pub const OWNER_JOINER_MARKS: &[&str] = &["/", ",", ";", "&", "+"];

/// Articles before a role that names its holder ("le trésorier", "la présidente").
pub const OWNER_ROLE_ARTICLES: &[&str] = &["le", "la", "l'"];

/// What precedes a month to put a deadline on its last day ("fin mars", "fin d'avril",
/// "d'ici la fin du mois de juin"). Matched at the end of the words before the month.
pub const MONTH_END_CUES: &[&str] = &[
    "fin",
    "fin de",
    "fin d'",
    "fin du mois de",
    "fin du mois d'",
];

/// Labels of a task line whose owner may follow ("ACTION : NOM : tâche").
pub const ACTION_LABELS: &[&str] = &["action", "actions", "todo", "to do", "a faire"];

/// Labels of a line that records a decision ("Décision : …", "RESOLVED: …" of scribe tools).
pub const DECISION_LABELS: &[&str] = &["decision", "decisions", "resolved", "resolu", "resolution"];

/// Phrases after the person a task is given to: "Mme X est chargée de …", "Le bureau se
/// charge de …".
pub const CHARGED_WITH: &[&str] = &[
    "est charge de",
    "est chargee de",
    "est charge du",
    "est chargee du",
    "sont charges de",
    "sont chargees de",
    "se charge de",
    "se charge du",
    "se chargent de",
    "s'occupe de",
    "s'occupe du",
];

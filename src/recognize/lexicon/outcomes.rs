//! Outcomes: the cues of decisions, actions, proposals, requests, deferrals and dated
//! upcoming events, what keeps a cue from counting, and the header cells of outcome tables.

/// What the minutes present as decided.
pub const DECISION_CUES: &[&str] = &[
    "decide",
    "decident",
    "decision",
    "a l'unanimite",
    "adopte",
    "adoptee",
    "adoptes",
    "approuve",
    "approuvee",
    "valide",
    "validee",
    "vote",
    "delibere",
    "arrete",
    "il est convenu",
    "est acte",
    "accord pour",
    "autorise",
    "donne son accord",
    "emet un avis favorable",
    "actee",
    "actees",
    "valides",
    "validees",
    "accepte par",
    "acceptee par",
    "est retenu",
    "est retenue",
    "enterine",
    "adoptee a",
    "accord du",
    "accord de principe",
    "retient",
    "retiennent",
    "resolution :",
    "resolved :",
    "resolved:",
    "resolu :",
    "resolu:",
    "resolution:",
    "nomme",
    "nomment",
    "designe",
    "designent",
    "elit",
    "elisent",
    "est elu",
    "est elue",
    "sont elus",
    "sont elues",
];

/// Something to do.
pub const ACTION_CUES: &[&str] = &[
    "a recuperer",
    "a envoyer",
    "a transmettre",
    "a prevoir",
    "il faut",
    "il faudra",
    "il est necessaire",
    "il est envisage",
    "est a mettre",
    "sont a mettre",
    "est a prevoir",
    "se chargera",
    "compte envoyer",
    "va voir",
    "va contacter",
    "a organiser",
    "a preparer",
    "a contacter",
    "a relancer",
    "a diffuser",
    "a completer",
    "a rediger",
    "a finaliser",
    "a valider",
    "se charge",
    "s'occupe",
    "s'occupera",
    "devra",
    "devront",
    "action :",
    "action:",
    "a suivre",
    "diffusera",
    "transmettra",
    "contactera",
    "enverra",
    "preparera",
    "redigera",
    "organisera",
    "se propose de",
    "se propose pour",
    "se proposent de",
    "se proposent pour",
    "se porte volontaire",
    "se portent volontaires",
    "todo :",
    "todo:",
];

/// Something proposed.
pub const PROPOSAL_CUES: &[&str] = &[
    "proposition",
    "propose de",
    "proposent de",
    "propose que",
    "il est propose",
    "suggere",
    "suggestion",
    "on pourrait",
    "pourrait etre envisage",
    "souhaiteraient",
    "souhaiterait",
    "propose",
    "proposent",
    "aimerait",
    "aimeraient",
    "volonte de",
    "serait la creation",
    "serait de",
    "idee de",
];

/// Nouns that open a request line: "Demande de mise en contact ...".
pub const REQUEST_OPENERS: &[&str] = &["demande de", "demande d'", "demandes de"];

/// Request phrases anywhere in a line.
pub const REQUEST_CUES: &[&str] = &[
    "sollicite",
    "sollicitent",
    "souhaite que",
    "souhaitent que",
    "il est demande",
    "merci de",
    "requete",
    "demande un",
    "demande une",
    "demande que",
    "demandent un",
    "demandent une",
    "demandent que",
    "demandons",
    "demande aux",
    "demandent aux",
    "demande au",
    "demandent au",
    "j'invite",
    "invite les",
    "invite le",
    "invite la",
    "invite chacun",
    "invitons",
];

/// Something postponed.
pub const DEFERRAL_CUES: &[&str] = &[
    "sera repris",
    "seront repris",
    "sera reprise",
    "est reporte",
    "est reportee",
    "sont reportes",
    "reporte a",
    "reportee a",
    "reporte au",
    "reportee au",
    "report du point",
    "report de",
    "ajourne",
    "ajournee",
    "n'ayant pas pu etre traite",
    "n'a pas pu etre traite",
    "sera traite ulterieurement",
    "sera aborde",
    "sera revu",
    "a revoir lors",
    "remis a une prochaine",
    "differe",
    "differer",
    "a nouveau aborde",
    "a nouveau abordee",
    "lors de la prochaine reunion",
    "lors de la prochaine seance",
    "lors du prochain rendez-vous",
    "a la prochaine reunion",
    "au prochain bureau",
    "au prochain ca",
    "reprendra",
    "reprendront",
    "pas encore enterine",
    "report a",
    "report au",
    "a continuer",
    "on en reparlera",
    "en reparler",
    "a rediscuter",
    "sera rediscute",
    "sera rediscutee",
];

/// Nouns of upcoming events: a dated line with one of these is an event.
pub const EVENT_NOUNS: &[&str] = &[
    "reunion",
    "prochaine",
    "seance",
    "conference",
    "pleniere",
    "seminaire",
    "atelier",
    "rencontre",
    "rencontres",
    "assemblee",
    "comite",
    "conseil",
    "visite",
    "mission",
    "webinaire",
    "forum",
    "colloque",
    "message video",
    "evenement",
    "salon",
    "festival",
    "formation",
    "journee",
    "soiree",
    "exposition",
    "assises",
    "ceremonie",
    "inauguration",
    "rendez-vous",
];

/// Header cells of outcome tables (Action | Qui | Quand; Décision | Responsable | Échéance),
/// folded, by the column they name.
pub const OWNER_COLUMNS: &[&str] = &["qui", "responsable", "responsables", "porteur", "pilote"];
pub const TASK_COLUMNS: &[&str] = &["quoi", "action", "actions", "tache", "taches"];
pub const DECISION_COLUMNS: &[&str] = &["decision", "decisions", "mesure", "mesures"];
pub const DUE_COLUMNS: &[&str] = &["quand", "echeance", "echeances", "date", "delai", "delais"];

/// Forms of "avoir" that make a past tense of a decision verb ("a voté", "avaient adopté").
pub const AUXILIARIES: &[&str] = &[
    "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "avions", "aviez", "eu",
];

/// Nouns that hold a decision cue without recording a decision.
pub const NOT_DECISION_PHRASES: &[&str] = &[
    "aide a la decision",
    "aides a la decision",
    "prise de decision",
    "prises de decision",
    "processus de decision",
    "organe de decision",
    "instances de decision",
    "pouvoir de decision",
    "centre de decision",
    "centres de decision",
];

/// Words that place what a sentence reports before the sitting.
pub const PAST_MARKERS: &[&str] = &[
    "l'an dernier",
    "l'an passe",
    "l'annee derniere",
    "l'annee passee",
    "le mois dernier",
    "la semaine derniere",
    "precedemment",
    "auparavant",
    "a l'epoque",
    "lors de la derniere reunion",
    "lors de la precedente reunion",
    "lors de sa derniere seance",
    "depuis",
];

/// Adverbs that may stand between an auxiliary and its participle ("ont déjà voté").
pub const PAST_ADVERBS: &[&str] = &[
    "deja",
    "depuis",
    "bien",
    "aussi",
    "egalement",
    "recemment",
    "finalement",
    "enfin",
    "alors",
    "ensuite",
    "notamment",
    "toutes",
    "tous",
    "unanimement",
];

/// Seasons with the month they open, for "à l'automne 2024".
pub const SEASONS: &[(&str, u32)] = &[("printemps", 3), ("ete", 6), ("automne", 9), ("hiver", 12)];

/// Verbs of a dated gathering to come ("nous nous retrouverons le …", "se tiendra le …").
pub const EVENT_VERBS: &[&str] = &[
    "se reunira",
    "se reuniront",
    "nous reunirons",
    "se retrouvera",
    "se retrouveront",
    "nous retrouverons",
    "se tiendra",
    "se tiendront",
    "aura lieu",
    "auront lieu",
    "est prevu",
    "est prevue",
    "sont prevus",
    "sont prevues",
];

/// Labels that open a point left open ("ISSUE:" of scribe tools, "Point en suspens :").
pub const DEFERRAL_OPENERS: &[&str] = &[
    "issue :",
    "issue:",
    "point en suspens",
    "points en suspens",
    "question en suspens",
    "questions en suspens",
];

/// Labels that open a line to do.
pub const ACTION_OPENERS: &[&str] = &["todo", "to do", "a faire :"];

/// Phrases that hold an action cue in a subordinate clause, an opinion or a description
/// rather than a task ("je crois qu'il faudra", "un lieu où il faut …").
pub const NOT_ACTION_PHRASES: &[&str] = &[
    "qu'il faut",
    "qu'il faudra",
    "qu'il faudrait",
    "ou il faut",
    "ou il faudra",
    "ou il faudrait",
];

/// Words opening a line that only records the vote on what precedes it ("Pour : 15 Contre :
/// 2", "Adoptée à l'unanimité.", "Vote : 4 pour, 1 abstention", "Avis favorable à
/// l'unanimité").
pub const VOTE_LINE_OPENERS: &[&str] = &[
    "pour :",
    "pour:",
    "vote :",
    "vote:",
    "votes :",
    "resultat du vote",
    "adopte",
    "adoptee",
    "adoptes",
    "adoptees",
    "approuve",
    "approuvee",
    "approuves",
    "approuvees",
    "accepte",
    "acceptee",
    "rejete",
    "rejetee",
    "avis favorable",
    "avis defavorable",
    "a l'unanimite",
    "unanimite",
];

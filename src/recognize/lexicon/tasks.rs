//! Tasks: the infinitives that open one, the words with an infinitive ending that are not
//! verbs, and the grammar words around a task ("va", "doit", "est à", "avant").

/// Infinitives that open an action or proposal bullet ("Développer les ...").
pub const ACTION_INFINITIVES: &[&str] = &[
    "developper",
    "organiser",
    "contacter",
    "envoyer",
    "preparer",
    "relancer",
    "prevoir",
    "creer",
    "diffuser",
    "transmettre",
    "rediger",
    "finaliser",
    "valider",
    "lancer",
    "mettre",
    "etablir",
    "renforcer",
    "poursuivre",
    "identifier",
    "recenser",
    "planifier",
    "proposer",
    "inviter",
    "solliciter",
    "elaborer",
    "construire",
    "mobiliser",
    "informer",
    "communiquer",
    "publier",
    "verifier",
    "acheter",
    "commander",
    "reserver",
    "fixer",
    "definir",
    "monter",
    "rencontrer",
    "recontacter",
    "reprendre",
    "envisager",
    "ajouter",
    "corriger",
    "tester",
    "installer",
    "documenter",
];

/// Words with an infinitive ending that are not verbs.
pub const NOT_INFINITIVES: &[&str] = &[
    "premier",
    "derniere",
    "dernier",
    "avenir",
    "loisir",
    "plaisir",
    "desir",
    "souvenir",
    "centre",
    "notre",
    "votre",
    "autre",
    "titre",
    "lettre",
    "membre",
    "nombre",
    "ordre",
    "cadre",
    "chiffre",
    "offre",
    "livre",
    "libre",
    "outre",
    "entre",
    "contre",
    "encore",
    "ensemble",
    "semestre",
    "trimestre",
    "calendrier",
    "dossier",
    "fichier",
    "papier",
    "courrier",
    "atelier",
    "chantier",
    "quartier",
    "metier",
    "cahier",
    "foyer",
    "loyer",
    "hiver",
    "janvier",
    "fevrier",
    "reunir",
    "theatre",
    "spectre",
    "registre",
    "ministre",
    "chambre",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
    "pere",
    "mere",
    "frere",
    "propre",
    "pauvre",
    "sucre",
    "arbitre",
    "filtre",
    "monstre",
    "maitre",
    "pupitre",
    "capitaine",
    "poster",
    "super",
    "manager",
    "partenaire",
    "bibliotheque",
    "faire-part",
    "desormais",
    "plusieurs",
    "leur",
    "leurs",
    "hier",
    "cher",
    "fier",
    "mer",
    "enfer",
    "alentour",
    "tour",
    "retour",
    "amour",
    "jour",
    "pour",
    "sur",
    "cour",
    "vigueur",
    "valeur",
    "couleur",
    "auteur",
    "acteur",
    "secteur",
];

/// "Aller" and the modals that put an infinitive to do ("va relancer", "doit préparer").
pub const TASK_AUXILIARIES: &[&str] = &[
    "va", "vont", "allons", "vais", "doit", "doivent", "devons", "dois", "devez",
];

/// Verbs before "à" and an infinitive to do ("est à réserver", "reste à trouver").
pub const TASK_COPULAS: &[&str] = &[
    "est", "sont", "sera", "seront", "reste", "restent", "restera", "demeure",
];

/// Forms of "aller" (a near future), which may put a passive to do ("va être repeint").
pub const GOING_TO: &[&str] = &["va", "vont", "allons", "vais"];

/// Words that open a subordinate clause, whose verb is no task of the meeting ("ce qui va
/// suivre", "si vous devez partir", "les règles que chacun doit suivre").
pub const SUBORDINATORS: &[&str] = &[
    "qui", "que", "qu", "si", "s", "quand", "lorsque", "lorsqu", "dont", "comme", "pourquoi",
    "comment", "puisque", "puisqu", "parce",
];

/// Subject pronouns, after which a folded "a" is the verb "avoir", not "à".
pub const SUBJECT_PRONOUNS: &[&str] =
    &["on", "il", "elle", "ils", "elles", "qui", "ca", "cela", "y"];

/// Words that open when a task is due ("avant Pâques", "d'ici l'été", "au plus tôt").
pub const DUE_OPENERS: &[&str] = &[
    "avant",
    "pour",
    "d'ici",
    "fin",
    "debut",
    "courant",
    "mi",
    "des",
    "au plus tot",
    "au plus tard",
    "rapidement",
    "urgent",
    "en urgence",
    "cette semaine",
    "la semaine",
    "le mois",
    "ce mois",
    "semaine",
    "prochainement",
];

/// Adverbs between "aller" or a modal and its infinitive ("va tout de même investir").
pub const TASK_ADVERBS: &[&str] = &[
    "tout",
    "de",
    "meme",
    "donc",
    "bien",
    "aussi",
    "egalement",
    "ensuite",
    "alors",
    "certainement",
    "probablement",
    "rapidement",
    "bientot",
    "prochainement",
    "d'abord",
];

/// Verbs that open a topic to talk about rather than a task ("Discuter de …").
pub const DISCUSSION_VERBS: &[&str] = &[
    "discuter",
    "echanger",
    "debattre",
    "aborder",
    "evoquer",
    "recapituler",
    "debriefer",
    "faire le point",
    "faire un point",
    "revenir sur",
    "parler",
];

/// Words that may stand between a subject and its verb ("Hugo se chargera", "Inès leur
/// enverra", "Paul en parlera").
pub const FUTURE_CLITICS: &[&str] = &[
    "se", "s", "en", "y", "le", "la", "les", "lui", "leur", "nous", "vous",
];

/// Futures of "être" and "avoir": what will be, not a task.
pub const NOT_FUTURE_VERBS: &[&str] = &["sera", "seront", "aura", "auront"];

//! The meeting's header: titles, labelled lines, dates and times in words, opening and
//! closing phrases, venues.

/// Words that name the document itself: a title starting with one of these is the title.
pub const TITLE_HEADS_STRONG: &[&str] = &[
    "compte-rendu",
    "compte rendu",
    "comptes-rendus",
    "comptes rendus",
    "cr",
    "proces-verbal",
    "proces verbal",
    "releve de decisions",
    "releve des decisions",
    "releve de la reunion",
    "releve de reunion",
    "releve de la seance",
    "minutes",
    "recap",
    "recapitulatif",
    "synthese de la reunion",
    "notes de reunion",
];

/// Words that name a meeting and may start a title when no document word does.
pub const TITLE_HEADS_WEAK: &[&str] = &[
    "reunion",
    "seance",
    "assemblee",
    "conseil",
    "comite",
    "bureau",
    "point pays",
    "commission",
    "rencontre",
];

/// Labels of a title line ("Objet : Réunion du comité de jumelage"); "meeting" is the
/// label of minutes taken in the W3C scribe format.
pub const TITLE_LABELS: &[&str] = &["objet", "intitule", "titre", "meeting", "title"];

/// Labels of header lines ("Date : ...", "Lieu : ...").
pub const DATE_LABELS: &[&str] = &[
    "date",
    "le",
    "jour",
    "date de la reunion",
    "date de la seance",
];

pub const TIME_LABELS: &[&str] = &[
    "heure",
    "heures",
    "horaire",
    "horaires",
    "duree de la seance",
    "duree de la reunion",
    "duree",
];

/// Labels of a link written on a header line ("URL : ...", "Lien : ..."): a value before
/// one ends there.
pub const LINK_LABELS: &[&str] = &["url", "lien", "site", "web", "pad"];

pub const PLACE_LABELS: &[&str] = &[
    "lieu",
    "adresse",
    "salle",
    "endroit",
    "localisation",
    "lieu de la reunion",
];

pub const MODE_LABELS: &[&str] = &["type", "modalite", "modalites", "format", "forme", "lieu"];

/// Words that start a venue in a title line ("Cité des Sciences", "Salle du conseil").
pub const VENUE_HEADS: &[&str] = &[
    "cite",
    "salle",
    "mairie",
    "hotel",
    "maison",
    "centre",
    "espace",
    "siege",
    "locaux",
    "palais",
    "auditorium",
    "amphitheatre",
    "amphi",
    "visioconference",
    "visio",
];

/// Phrases after which the opening lines name the venue: "réunion tenue à ...", "s'est
/// réunie à ...", "dans les locaux de ...".
pub const VENUE_CUES: &[&str] = &[
    "tenue a",
    "tenu a",
    "tenues a",
    "tenus a",
    "se tient a",
    "se tiendra a",
    "reunie a",
    "reuni a",
    "reunis a",
    "a eu lieu a",
    "aura lieu a",
    "dans les locaux de",
    "dans les locaux du",
    "dans les locaux d'",
    "dans les locaux des",
];

/// Verbs of a sitting that a venue follows in apposition: "le conseil s'est réuni en
/// séance publique, salle du conseil, sous la présidence de …".
pub const SITTING_VERBS: &[&str] = &[
    "s'est tenu",
    "s'est tenue",
    "se sont tenus",
    "s'est reuni",
    "s'est reunie",
    "se sont reunis",
    "se sont reunies",
    "a siege",
    "s'est deroule",
    "s'est deroulee",
];

/// Prepositions of a meeting held at someone's place, opening a line of the head: "Chez
/// Paul Martin, 4 rue des Lilas".
pub const HOST_PREPOSITIONS: &[&str] = &["chez"];

/// Prepositions that open the place segment of a line of date and times: "à la mairie",
/// "au centre social", "en salle 3", "chez Mme X".
pub const VENUE_PREPOSITIONS: &[&str] = &["a", "au", "aux", "en", "dans", "chez"];

/// French months, folded, with abbreviations.
pub const MONTHS: &[(&str, u32)] = &[
    ("janvier", 1),
    ("janv", 1),
    ("fevrier", 2),
    ("fevr", 2),
    ("fev", 2),
    ("mars", 3),
    ("avril", 4),
    ("avr", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("juil", 7),
    ("aout", 8),
    ("septembre", 9),
    ("sept", 9),
    ("octobre", 10),
    ("oct", 10),
    ("novembre", 11),
    ("nov", 11),
    ("decembre", 12),
    ("dec", 12),
];

/// French weekdays, folded.
pub const WEEKDAYS: &[&str] = &[
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/// Number words used in dates and times written out ("dix-huit heures trente").
pub const NUMBER_WORDS: &[(&str, u32)] = &[
    ("zero", 0),
    ("un", 1),
    ("une", 1),
    ("premier", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("treize", 13),
    ("quatorze", 14),
    ("quinze", 15),
    ("seize", 16),
    ("vingt", 20),
    ("trente", 30),
    ("quarante", 40),
    ("cinquante", 50),
    ("soixante", 60),
    ("midi", 12),
    ("minuit", 0),
];

/// Phrases that open or close the sitting: the times they give beat any other.
pub const OPENING_CUES: &[&str] = &[
    "est ouverte a",
    "ouvre la seance a",
    "debut de seance",
    "debut de la seance",
    "debut de la reunion",
    "debut prevu",
    "heure de debut",
    "commence a",
    "s'ouvre a",
    "ouvre la reunion",
    "debute a",
    "debut",
];

pub const CLOSING_CUES: &[&str] = &[
    "levee a",
    "est levee",
    "close a",
    "est close",
    "cloturee a",
    "cloture a",
    "fin de seance",
    "fin de la seance",
    "fin de la reunion",
    "se termine a",
    "heure de fin",
    "s'acheve a",
    "leve la seance",
    "levons la seance",
    "fini a",
    "finit a",
    "termine a",
    "terminee a",
    "prend fin",
    "pris fin",
    "fin",
];

/// Words just before a date that make it the writing or publication date, not the meeting's.
pub const PUBLICATION_CUES: &[&str] = &[
    "publie",
    "publiee",
    "redige",
    "redigee",
    "mis a jour",
    "mise a jour",
    "diffuse",
    "diffusee",
    "imprime",
    "edite",
    "modifie",
    "envoye",
    "transmis",
    "approuve",
];

/// Words just before a date or a time that give the convocation's, or the next meeting's,
/// not the sitting's: "convoqué le 2 mars à 18 h", "prochaine réunion le 9 avril".
pub const NOT_THE_SITTING_CUES: &[&str] = &[
    "convoque",
    "convoquee",
    "convoques",
    "convoquees",
    "convocation",
    "prochaine reunion",
    "prochaine seance",
    "prochain rendez-vous",
    "prochain rdv",
];

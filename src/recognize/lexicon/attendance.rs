//! Who was there and how: list headings and their words, markers on one entry, proxies,
//! remote and hybrid cues, attendee-table headers, delegations and bodies of members.

/// Attendance kinds used by the lexicon (mirrors the record's enum without depending on it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Att {
    Present,
    Remote,
    Excused,
    Absent,
    Represented,
}

/// Headings that open a participant list, with the attendance they imply.
pub const ATTENDANCE_HEADINGS: &[(&str, Option<Att>)] = &[
    ("liste des participants", None),
    ("liste des presents", Some(Att::Present)),
    ("participants", None),
    ("participantes", None),
    ("participant(e)s", None),
    ("intervenants", None),
    ("intervenants et roles", None),
    ("membres titulaires", Some(Att::Present)),
    ("etaient presents", Some(Att::Present)),
    ("etaient presentes", Some(Att::Present)),
    ("etaient present(e)s", Some(Att::Present)),
    ("etait present", Some(Att::Present)),
    ("etait presente", Some(Att::Present)),
    ("presents", Some(Att::Present)),
    ("presentes", Some(Att::Present)),
    ("present(e)s", Some(Att::Present)),
    ("presents ou representes", Some(Att::Present)),
    ("membres presents", Some(Att::Present)),
    ("assistaient egalement", Some(Att::Present)),
    ("assistaient", Some(Att::Present)),
    ("assistent", Some(Att::Present)),
    ("invites", Some(Att::Present)),
    ("invitees", Some(Att::Present)),
    ("invite(e)s", Some(Att::Present)),
    ("absents excuses", Some(Att::Excused)),
    ("absentes excusees", Some(Att::Excused)),
    ("absent(e)s excuse(e)s", Some(Att::Excused)),
    ("absents ou excuses", Some(Att::Excused)),
    ("excuses", Some(Att::Excused)),
    ("excusees", Some(Att::Excused)),
    ("excuse(e)s", Some(Att::Excused)),
    ("etaient excuses", Some(Att::Excused)),
    ("se sont excuses", Some(Att::Excused)),
    ("absents", Some(Att::Absent)),
    ("membres excuses", Some(Att::Excused)),
    ("membres absents", Some(Att::Absent)),
    ("absentes", Some(Att::Absent)),
    ("absent(e)s", Some(Att::Absent)),
    ("etaient absents", Some(Att::Absent)),
    ("absents representes", Some(Att::Represented)),
    ("representes", Some(Att::Represented)),
    ("pouvoirs", Some(Att::Represented)),
    ("procurations", Some(Att::Represented)),
    ("en visioconference", Some(Att::Remote)),
    ("a distance", Some(Att::Remote)),
];

/// Words that open a participant list when they head a label ("Présents :", "Liste
/// d'émargement", "Participaient à distance"), folded and reduced to the masculine plural
/// (inclusive and singular forms are reduced before lookup), with the attendance they imply.
pub const ATTENDANCE_WORDS: &[(&str, Option<Att>)] = &[
    ("participants", None),
    ("participaient", None),
    ("participent", None),
    ("participe", None),
    ("participait", None),
    ("intervenants", None),
    ("emargement", None),
    ("composition", None),
    ("presents", Some(Att::Present)),
    ("presences", Some(Att::Present)),
    ("assistaient", Some(Att::Present)),
    ("assistent", Some(Att::Present)),
    ("assistait", Some(Att::Present)),
    ("invites", Some(Att::Present)),
    ("titulaires", Some(Att::Present)),
    ("excuses", Some(Att::Excused)),
    // The apologies of minutes taken in the W3C scribe format ("Regrets: X").
    ("regrets", Some(Att::Excused)),
    ("absents", Some(Att::Absent)),
    ("representes", Some(Att::Represented)),
    ("pouvoirs", Some(Att::Represented)),
    ("procurations", Some(Att::Represented)),
];

/// Words that may come before the attendance word of a heading: "Liste des", "Feuille
/// d'", "Membres", "Étaient", "Ont", a headcount.
pub const ATTENDANCE_LEADS: &[&str] = &[
    "liste",
    "listes",
    "feuille",
    "des",
    "de",
    "du",
    "d'",
    "la",
    "les",
    "membres",
    "etaient",
    "etait",
    "sont",
    "est",
    "ont",
    "a",
    "personnes",
    "egalement",
    "aussi",
    "autres",
    "elus",
    "tableau",
    "nombre",
    "suivi",
];

/// Words that may follow the attendance word of a heading without making it a sentence:
/// qualifiers ("également", "à la réunion", "excusés" after "absents").
pub const ATTENDANCE_TAILS: &[&str] = &[
    "egalement",
    "aussi",
    "excuses",
    "ou",
    "et",
    "representes",
    "non",
    "lors",
    "de",
    "du",
    "des",
    "a",
    "au",
    "aux",
    "la",
    "le",
    "l'",
    "reunion",
    "seance",
    "en",
    "sur",
    "dans",
    "outre",
    "mesdames",
    "messieurs",
    "physiquement",
];

/// First words of a label naming a body of members ("MEMBRES DU COMITE", "Membres de
/// droit"): inside a participant list it heads a group, it is no section.
pub const MEMBER_BODIES: &[&str] = &["membres"];

/// Markers written on one participant entry, by the attendance they state: "(excusée)",
/// "– à distance", "présent(e)", "(arrivée à 15 h)", "(retard)".
pub const ENTRY_MARKERS: &[(&[&str], Att)] = &[
    (
        &[
            "excuse",
            "excusee",
            "excuse(e)",
            "excuse.e",
            "excuses",
            "excusees",
        ],
        Att::Excused,
    ),
    (
        &[
            "absent",
            "absente",
            "absent(e)",
            "absent.e",
            "absents",
            "absentes",
            "non excuse",
            "non excusee",
        ],
        Att::Absent,
    ),
    (
        &[
            "represente",
            "representee",
            "represente(e)",
            "pouvoir",
            "procuration",
        ],
        Att::Represented,
    ),
    (
        &[
            "a distance",
            "en visio",
            "visio",
            "en visioconference",
            "visioconference",
            "par visioconference",
            "en ligne",
            "par telephone",
            "au telephone",
            "en distanciel",
            "distanciel",
            "remote",
        ],
        Att::Remote,
    ),
    (
        &[
            "present",
            "presente",
            "present(e)",
            "present.e",
            "presents",
            "presentes",
            "sur place",
            "en presentiel",
            "presentiel",
            "retard",
            "en retard",
            "arrive",
            "arrivee",
            "arrive(e)",
            "parti",
            "partie",
            "depart",
            "quitte",
            "a partir de",
            "jusqu'a",
        ],
        Att::Present,
    ),
];

/// Phrases that hand a participant's voice to someone else: the holder follows.
pub const PROXY_CUES: &[&str] = &[
    "represente par",
    "representee par",
    "represente(e) par",
    "represente.e par",
    "donne pouvoir a",
    "donne procuration a",
    "pouvoir donne a",
    "procuration donnee a",
    "procuration a",
    "pouvoir a",
    "vote donne a",
    "donne pouvoir",
    "pouvoir donne",
];

/// Phrases of a late arrival: someone listed as excused or absent "arrivé à 19 h" was there.
pub const LATE_ARRIVALS: &[&str] = &[
    "arrive a",
    "arrivee a",
    "arrive en cours",
    "arrivee en cours",
];

/// Words noting an arrival or a departure during the meeting, after a role or a name.
pub const MOVEMENT_WORDS: &[&str] = &[
    "arrive",
    "arrivee",
    "arrive(e)",
    "partie",
    "parti",
    "depart",
    "quitte",
    "a partir",
];

/// Phrases that mark remote attendance when they qualify a group or a person.
pub const REMOTE_CUES: &[&str] = &[
    "visioconference",
    "visio-conference",
    "en visio",
    "a distance",
    "en ligne",
    "par telephone",
    "au telephone",
    "en distanciel",
    "distanciel",
    "par zoom",
    "via zoom",
    "teams",
];

/// Words that say a meeting was held both in a room and online.
pub const HYBRID_WORDS: &[&str] = &["hybride", "mixte", "en presentiel et", "sur place et"];

/// Words that open a list of those present in running text: "Avec A, B et C".
pub const PRESENCE_LEADS: &[&str] = &[
    "avec",
    "en presence de",
    "en presence des",
    "etaient presents",
    "etaient presentes",
    "sont presents",
    "y participaient",
    "participaient egalement",
    "etaient egalement reunis",
    "etaient reunis",
    "assistaient egalement",
];

/// Salutations that open a list of those present without naming anyone.
pub const SALUTATIONS: &[&str] = &[
    "mesdames et messieurs",
    "mesdames, messieurs",
    "messieurs et mesdames",
];

/// Words that introduce a delegation in a participant list: "Pour la Ville de Dinan : ...".
pub const DELEGATION_LEADS: &[&str] = &["pour"];

/// Words that open a delegation heading, itself a list of those present: "Délégation
/// française :", "Délégation de la Ville de X :".
pub const DELEGATION_HEADS: &[&str] = &["delegation", "delegations"];

/// What a column of an attendee table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableField {
    /// The whole name ("Nom et prénom", "Participant").
    Name,
    /// The family name alone ("Nom"), or the whole name when no column holds given names.
    Family,
    Given,
    Civility,
    Org,
    Role,
    Attendance,
    /// Contact details and signatures: not read.
    Other,
}

/// Header cells of attendee tables, folded and singular, by the field they name.
pub const TABLE_FIELDS: &[(&str, TableField)] = &[
    ("nom et prenom", TableField::Name),
    ("nom prenom", TableField::Name),
    ("nom - prenom", TableField::Name),
    ("nom / prenom", TableField::Name),
    ("prenom et nom", TableField::Name),
    ("prenom nom", TableField::Name),
    ("nom et fonction", TableField::Name),
    ("participant", TableField::Name),
    ("personne", TableField::Name),
    ("representant", TableField::Name),
    ("representante", TableField::Name),
    ("membre", TableField::Name),
    ("intervenant", TableField::Name),
    ("elu", TableField::Name),
    ("nom", TableField::Family),
    ("nom de famille", TableField::Family),
    ("prenom", TableField::Given),
    ("civilite", TableField::Civility),
    ("structure", TableField::Org),
    ("organisme", TableField::Org),
    ("organisation", TableField::Org),
    ("collectivite", TableField::Org),
    ("institution", TableField::Org),
    ("entite", TableField::Org),
    ("etablissement", TableField::Org),
    ("delegation", TableField::Org),
    ("partenaire", TableField::Org),
    ("association", TableField::Org),
    ("commune", TableField::Org),
    ("service", TableField::Org),
    ("fonction", TableField::Role),
    ("qualite", TableField::Role),
    ("titre", TableField::Role),
    ("role", TableField::Role),
    ("poste", TableField::Role),
    ("mandat", TableField::Role),
    ("presence", TableField::Attendance),
    ("present", TableField::Attendance),
    ("statut", TableField::Attendance),
    ("emargement", TableField::Attendance),
    ("participation", TableField::Attendance),
    ("signature", TableField::Other),
    ("mail", TableField::Other),
    ("e-mail", TableField::Other),
    ("email", TableField::Other),
    ("courriel", TableField::Other),
    ("adresse", TableField::Other),
    ("telephone", TableField::Other),
    ("tel", TableField::Other),
    ("contact", TableField::Other),
];

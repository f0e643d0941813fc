//! Officers of the sitting: the chair and the secretary, and the labels written before them.

/// Officers of the sitting named in the opening lines.
pub const SECRETARY: &[&str] = &[
    "secretaire de seance",
    "secretaire de la seance",
    "secretaire auxiliaire",
    "secretaire adjoint",
    "secretaire adjointe",
];

/// Labels of the officers of a meeting, written before their name: "Prise de notes : X",
/// "Animation : Y", "Scribe: Z". The label is the person's role at the meeting.
pub const OFFICER_LABELS: &[&str] = &[
    "secretaire de seance",
    "secretaire de la seance",
    "secretaire auxiliaire",
    "president de seance",
    "presidente de seance",
    "presidence de seance",
    "presidence",
    "prise de notes",
    "prise de note",
    "preneur de notes",
    "preneuse de notes",
    "redaction",
    "redacteur",
    "redactrice",
    "compte rendu",
    "animation",
    "animateur",
    "animatrice",
    "facilitation",
    "facilitateur",
    "facilitatrice",
    "moderation",
    "moderateur",
    "moderatrice",
    "gardien du temps",
    "gardienne du temps",
    "maitre du temps",
    "scribe",
    "chair",
];

/// Phrases naming who chairs the sitting, the name after them.
pub const CHAIR_CUES: &[&str] = &[
    "sous la presidence de",
    "presidee par",
    "preside par",
    "presidence de",
];

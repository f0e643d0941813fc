//! The meeting record (JSON schema "cufminutes/1"): what recognizers produce and every
//! consumer (Python, CLI, evaluation) reads.

use serde::{Deserialize, Serialize};

/// Schema identifier written in every record.
pub const SCHEMA: &str = "cufminutes/1";

/// Where an extracted item was read in the source document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceSpan {
    /// Index of the body block (paragraph or table) in reading order.
    pub block: u32,
    /// Line range (1-based, inclusive) for text files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lines: Option<(u32, u32)>,
    /// Table cell (row, column) when read from a table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cell: Option<(u32, u32)>,
}

/// The document the record was read from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub path: Option<String>,
    pub format: String,
    pub sha256: String,
    pub encoding: Option<String>,
    /// Document properties (title, author, created, modified) when the format has them.
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub created: Option<String>,
    #[serde(default)]
    pub modified: Option<String>,
}

/// When and where the meeting took place.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub title: Option<String>,
    /// YYYY-MM-DD.
    pub date: Option<String>,
    /// HH:MM.
    pub start_time: Option<String>,
    pub end_time: Option<String>,
    pub location: Option<String>,
}

/// An agenda item or section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub id: String,
    pub number: Option<String>,
    pub title: String,
    pub level: u8,
    pub source: SourceSpan,
}

/// How a participant attended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Attendance {
    Present,
    Remote,
    Excused,
    Absent,
    Represented,
}

impl Attendance {
    pub fn as_str(self) -> &'static str {
        match self {
            Attendance::Present => "present",
            Attendance::Remote => "remote",
            Attendance::Excused => "excused",
            Attendance::Absent => "absent",
            Attendance::Represented => "represented",
        }
    }
}

/// A person listed as attending, excused, absent or represented, or who clearly took part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub id: String,
    /// Name without civility, as the participant list spells it.
    pub name: String,
    pub civility: Option<String>,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub role: Option<String>,
    pub organization: Option<String>,
    pub attendance: Option<Attendance>,
    pub source: SourceSpan,
}

/// Person or group speaking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    Person,
    Group,
}

/// Who speaks in an intervention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// Name as written in the intervention, without civility.
    pub name: String,
    pub kind: SpeakerKind,
    /// Id of the participant entry that is the same person, when resolved.
    pub participant: Option<String>,
    pub role: Option<String>,
    pub organization: Option<String>,
}

/// What someone said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Intervention {
    pub id: String,
    /// Id of the enclosing section.
    pub section: Option<String>,
    pub speaker: Speaker,
    pub text: String,
    pub source: SourceSpan,
}

/// What kind of outcome an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DecisionKind {
    Decision,
    Action,
    Proposal,
    Request,
    Deferral,
    Event,
}

/// A structured vote ("23 pour, 2 contre, 1 abstention", "à l'unanimité").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vote {
    pub unanimous: bool,
    #[serde(rename = "for")]
    pub for_: Option<u32>,
    pub against: Option<u32>,
    pub abstentions: Option<u32>,
}

/// A decision, action, proposal, request, deferral or dated upcoming event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub id: String,
    pub kind: DecisionKind,
    pub text: String,
    /// Who carries it out, as written ("Claire", "M. Tessier", "@handle", "le trésorier").
    pub owner: Option<String>,
    /// Id of the participant the owner names, when one resolves (the first of several
    /// owners that does).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_participant: Option<String>,
    /// Due date or event date as written.
    pub due: Option<String>,
    /// The day `due` names, YYYY-MM-DD: a date ("15 mars", "15/03/2024"; without a year,
    /// the meeting's, or the next when the month comes before the meeting's) or the last
    /// day of a month a deadline ends ("fin mars"). Other months and bare years name no day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_date: Option<String>,
    pub section: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vote: Option<Vote>,
    pub source: SourceSpan,
}

/// A link found in the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference {
    pub url: String,
    pub label: Option<String>,
    pub source: SourceSpan,
}

/// Something the parser was unsure of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// Stable code, e.g. "date.missing", "speaker.unresolved".
    pub code: String,
    pub message: String,
    pub source: Option<SourceSpan>,
}

/// A meeting read from one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub schema: String,
    pub source: Source,
    pub meeting: Meeting,
    pub sections: Vec<Section>,
    pub participants: Vec<Participant>,
    pub interventions: Vec<Intervention>,
    pub decisions: Vec<Decision>,
    pub references: Vec<Reference>,
    pub warnings: Vec<Warning>,
}

impl Record {
    /// The record as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("records always serialize")
    }

    /// Reads a record back from its JSON.
    pub fn from_json(s: &str) -> Result<Record, serde_json::Error> {
        serde_json::from_str(s)
    }
}

//! Recognizers: French minutes knowledge, applied to a format-neutral document.

use crate::model::Document;
use crate::record::{Meeting, Record, Source, SCHEMA};

/// Builds the meeting record of a document.
pub fn recognize(_doc: &Document, source: Source) -> Record {
    Record {
        schema: SCHEMA.to_string(),
        source,
        meeting: Meeting::default(),
        sections: Vec::new(),
        participants: Vec::new(),
        interventions: Vec::new(),
        decisions: Vec::new(),
        references: Vec::new(),
        warnings: Vec::new(),
    }
}

//! Looking people up in a record, for the tests of the recognizers.

use cufminutes::record::{Participant, Record};

/// The participant named `name`, or a panic listing those there are.
pub fn person<'a>(r: &'a Record, name: &str) -> &'a Participant {
    r.participants
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| {
            panic!(
                "{name} not among {:?}",
                r.participants.iter().map(|p| &p.name).collect::<Vec<_>>()
            )
        })
}

/// The participants' names, in order.
pub fn names(r: &Record) -> Vec<&str> {
    r.participants.iter().map(|p| p.name.as_str()).collect()
}

/// The speakers' names, each once, in order of first intervention.
pub fn speakers(r: &Record) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for i in &r.interventions {
        if !out.contains(&i.speaker.name.as_str()) {
            out.push(&i.speaker.name);
        }
    }
    out
}

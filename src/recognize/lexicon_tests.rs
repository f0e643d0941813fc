//! The lexicon is data: every entry folded (as the analysed-text layer folds the text it
//! is matched against) and written once in its list.

use crate::recognize::analysis::fold;
use crate::recognize::lexicon;
use std::collections::HashSet;

/// Every word list, by name.
fn word_lists() -> Vec<(&'static str, &'static [&'static str])> {
    vec![
        ("ROLE_NOUNS", lexicon::ROLE_NOUNS),
        ("ORG_HEADS", lexicon::ORG_HEADS),
        ("VENUE_HEADS", lexicon::VENUE_HEADS),
        ("REMOTE_CUES", lexicon::REMOTE_CUES),
        ("REPRESENTED_BY", lexicon::REPRESENTED_BY),
        ("CONTRIBUTION_NOUNS", lexicon::CONTRIBUTION_NOUNS),
        ("SPEAKER_LABELS", lexicon::SPEAKER_LABELS),
        ("AGENT_CUES", lexicon::AGENT_CUES),
        ("SECRETARY", lexicon::SECRETARY),
        ("SPEECH_AUXILIARIES", lexicon::SPEECH_AUXILIARIES),
        ("SPEECH_ADVERBS", lexicon::SPEECH_ADVERBS),
        ("SPEECH_PHRASES", lexicon::SPEECH_PHRASES),
        ("GROUP_SPEAKER_HEADS", lexicon::GROUP_SPEAKER_HEADS),
        ("WEEKDAYS", lexicon::WEEKDAYS),
        ("TITLE_HEADS_STRONG", lexicon::TITLE_HEADS_STRONG),
        ("TITLE_HEADS_WEAK", lexicon::TITLE_HEADS_WEAK),
        ("DATE_LABELS", lexicon::DATE_LABELS),
        ("TIME_LABELS", lexicon::TIME_LABELS),
        ("PLACE_LABELS", lexicon::PLACE_LABELS),
        ("MODE_LABELS", lexicon::MODE_LABELS),
        ("OPENING_CUES", lexicon::OPENING_CUES),
        ("CLOSING_CUES", lexicon::CLOSING_CUES),
        ("PUBLICATION_CUES", lexicon::PUBLICATION_CUES),
        ("NON_SECTION_HEADINGS", lexicon::NON_SECTION_HEADINGS),
        ("RESOURCE_HEADINGS", lexicon::RESOURCE_HEADINGS),
        ("DEFERRAL_CUES", lexicon::DEFERRAL_CUES),
        ("REQUEST_OPENERS", lexicon::REQUEST_OPENERS),
        ("REQUEST_CUES", lexicon::REQUEST_CUES),
        ("PROPOSAL_CUES", lexicon::PROPOSAL_CUES),
        ("DECISION_CUES", lexicon::DECISION_CUES),
        ("ACTION_CUES", lexicon::ACTION_CUES),
        ("ACTION_SECTIONS", lexicon::ACTION_SECTIONS),
        ("DECISION_SECTIONS", lexicon::DECISION_SECTIONS),
        ("NOT_INFINITIVES", lexicon::NOT_INFINITIVES),
        ("ACTION_INFINITIVES", lexicon::ACTION_INFINITIVES),
        ("EVENT_NOUNS", lexicon::EVENT_NOUNS),
        ("NOT_NAME_WORDS", lexicon::NOT_NAME_WORDS),
        ("NAME_PARTICLES", lexicon::NAME_PARTICLES),
        ("ORG_NAMES", lexicon::ORG_NAMES),
        ("PROXY_CUES", lexicon::PROXY_CUES),
        ("ATTENDANCE_LEADS", lexicon::ATTENDANCE_LEADS),
        ("ATTENDANCE_TAILS", lexicon::ATTENDANCE_TAILS),
        ("PRESENCE_LEADS", lexicon::PRESENCE_LEADS),
        ("OFFICER_LABELS", lexicon::OFFICER_LABELS),
        ("DELEGATION_LEADS", lexicon::DELEGATION_LEADS),
        ("CHAIR_CUES", lexicon::CHAIR_CUES),
        ("SALUTATIONS", lexicon::SALUTATIONS),
        ("REPRESENTING", lexicon::REPRESENTING),
        ("REPRESENTED_ARTICLES", lexicon::REPRESENTED_ARTICLES),
        ("REPRESENTED_ENDS", lexicon::REPRESENTED_ENDS),
        ("TERRITORIAL_HEADS", lexicon::TERRITORIAL_HEADS),
        ("SOURCE_CUES", lexicon::SOURCE_CUES),
        ("DELEGATION_HEADS", lexicon::DELEGATION_HEADS),
    ]
}

/// Lists of pairs whose first element is matched on folded text.
fn keyed_lists() -> Vec<(&'static str, Vec<&'static str>)> {
    vec![
        (
            "CIVILITIES",
            lexicon::CIVILITIES.iter().map(|(k, _)| *k).collect(),
        ),
        (
            "ATTENDANCE_HEADINGS",
            lexicon::ATTENDANCE_HEADINGS
                .iter()
                .map(|(k, _)| *k)
                .collect(),
        ),
        (
            "SPEECH_VERBS_ER",
            lexicon::SPEECH_VERBS_ER.iter().map(|(k, _)| *k).collect(),
        ),
        (
            "SPEECH_VERBS_OTHER",
            lexicon::SPEECH_VERBS_OTHER
                .iter()
                .flat_map(|(f, _)| f.iter().copied())
                .collect(),
        ),
        ("MONTHS", lexicon::MONTHS.iter().map(|(k, _)| *k).collect()),
        (
            "NUMBER_WORDS",
            lexicon::NUMBER_WORDS.iter().map(|(k, _)| *k).collect(),
        ),
        (
            "ENTRY_MARKERS",
            lexicon::ENTRY_MARKERS
                .iter()
                .flat_map(|(f, _)| f.iter().copied())
                .collect(),
        ),
        (
            "ATTENDANCE_WORDS",
            lexicon::ATTENDANCE_WORDS.iter().map(|(k, _)| *k).collect(),
        ),
        (
            "TABLE_FIELDS",
            lexicon::TABLE_FIELDS.iter().map(|(k, _)| *k).collect(),
        ),
    ]
}

#[test]
fn entries_are_folded() {
    let mut bad = Vec::new();
    let all = word_lists()
        .into_iter()
        .map(|(n, l)| (n, l.to_vec()))
        .chain(keyed_lists());
    for (name, list) in all {
        for e in list {
            if fold(e) != e || e.trim() != e || e.is_empty() {
                bad.push(format!("{name}: {e:?}"));
            }
        }
    }
    assert!(bad.is_empty(), "entries not folded: {bad:?}");
}

#[test]
fn entries_are_unique_in_their_list() {
    let mut dup = Vec::new();
    let all = word_lists()
        .into_iter()
        .map(|(n, l)| (n, l.to_vec()))
        .chain(keyed_lists());
    for (name, list) in all {
        let mut seen = HashSet::new();
        for e in list {
            if !seen.insert(e) {
                dup.push(format!("{name}: {e:?}"));
            }
        }
    }
    assert!(dup.is_empty(), "entries written twice: {dup:?}");
}

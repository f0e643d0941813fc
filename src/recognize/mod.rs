//! Recognizers: French minutes knowledge, applied to a format-neutral document. Each module
//! finds one thing; this one runs them in order and assembles the record.

pub(crate) mod action_tables;
pub mod affiliation;
pub(crate) mod analysis;
pub(crate) mod attendance;
pub(crate) mod checks;
pub(crate) mod civility_runs;
pub(crate) mod column_run;
pub(crate) mod date_context;
pub mod dates;
pub(crate) mod decision_cues;
pub(crate) mod decision_fields;
pub(crate) mod decision_scope;
pub mod decisions;
pub(crate) mod entry;
pub(crate) mod entry_roles;
pub(crate) mod file_name;
pub(crate) mod flattened;
pub(crate) mod flattened_labels;
pub(crate) mod gazetteer;
pub(crate) mod groups;
pub mod header;
pub(crate) mod introductions;
pub mod lexicon;
pub(crate) mod limits;
pub mod lines;
pub(crate) mod name_list;
pub mod names;
pub(crate) mod officers;
pub(crate) mod outcome_links;
pub mod participants;
pub mod resolve;
pub(crate) mod roster;
pub(crate) mod roster_table;
pub(crate) mod section_lines;
pub mod sections;
pub(crate) mod segments;
pub mod speakers;
pub mod speech;
pub(crate) mod task_forms;
pub(crate) mod task_subjects;
pub mod text;
pub(crate) mod venue;
pub(crate) mod venue_phrases;
pub(crate) mod verbs;

use crate::model::Document;
use crate::record::{
    Attendance, Decision, Intervention, Participant, Record, Reference, Section, Source, Speaker,
    SpeakerKind, Warning, SCHEMA,
};
use lexicon::Att;

fn attendance(a: Att) -> Attendance {
    match a {
        Att::Present => Attendance::Present,
        Att::Remote => Attendance::Remote,
        Att::Excused => Attendance::Excused,
        Att::Absent => Attendance::Absent,
        Att::Represented => Attendance::Represented,
    }
}

/// Builds the meeting record of a document.
pub fn recognize(doc: &Document, source: Source) -> Record {
    analysis::forget_folds();
    let (lines, truncated) = lines::lines_within_limits(doc);
    // Past a batch's time budget (checked between stages) the record is discarded anyway.
    if crate::budget::over_budget() {
        return crate::budget::cut_short(source);
    }
    let mut warnings = Vec::new();

    // Sections first without a title line, so the header knows where the head ends; then
    // again with it, so the title is never a section.
    let first_pass = sections::find_sections(&lines, None);
    let first_lines: Vec<usize> = first_pass.iter().map(|m| m.line).collect();
    // A markdown front matter's title is the author's; a DOCX core title is often a template's.
    let trusted_title = doc.format == crate::model::Format::Text;
    let head = header::find_header(
        &lines,
        &first_lines,
        &doc.properties,
        trusted_title,
        source.path.as_deref(),
    );
    let marks = sections::find_sections(&lines, head.title_line);
    let section_starts: Vec<usize> = marks.iter().map(|m| m.line).collect();
    let sections: Vec<Section> = marks
        .iter()
        .enumerate()
        .map(|(k, m)| Section {
            id: format!("s{}", k + 1),
            number: m.number.clone(),
            title: m.title.clone(),
            level: m.level,
            source: lines[m.line].span.clone(),
        })
        .collect();
    let section_of = |line: usize| -> Option<String> {
        let k = section_starts.iter().rposition(|&s| s <= line)?;
        Some(sections[k].id.clone())
    };

    let section_titles: Vec<(usize, &str)> =
        marks.iter().map(|m| (m.line, m.title.as_str())).collect();
    let (people, in_lists) = participants::find_participants(&lines, &section_titles);
    if crate::budget::over_budget() {
        return crate::budget::cut_short(source);
    }
    let resources = speakers::resource_zones(&lines, &section_starts);
    let mut skip: Vec<bool> = in_lists
        .iter()
        .zip(&resources)
        .map(|(a, b)| *a || *b)
        .collect();
    if let Some(t) = head.title_line {
        skip[t] = true;
    }
    let known = speech::Known {
        people: people
            .iter()
            .map(|p| (names::name_key(&p.name), p.role.clone(), p.name.clone()))
            .collect(),
        evidence: speech::name_evidence(&lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>()),
        aliases: people
            .iter()
            .filter_map(|p| p.alias.as_deref())
            .map(text::fold)
            .collect(),
    };
    let found = speakers::find_interventions(&lines, &skip, &section_starts, &known);
    if crate::budget::over_budget() {
        return crate::budget::cut_short(source);
    }

    let mut participants: Vec<Participant> = Vec::new();
    let mut roster = roster::Roster::default();
    for p in people {
        let (given, family) = names::split_name(&p.name);
        // One entry per person: a later mention (late arrival, pouvoir) updates the first.
        if let Some(k) = roster.exact(&p.name) {
            let q = &mut participants[k];
            if let Some(a) = p.attendance.map(attendance) {
                // Represented is the most specific: a proxy also listed as excused stays so.
                if a != Attendance::Present && q.attendance != Some(Attendance::Represented) {
                    q.attendance = Some(a);
                }
            }
            q.role = q.role.take().or(p.role);
            q.organization = q.organization.take().or(p.organization);
            continue;
        }
        roster.add(participants.len(), &p.name, p.organization.as_deref());
        if let Some(alias) = &p.alias {
            roster.add_alias(participants.len(), alias);
        }
        participants.push(Participant {
            id: format!("p{}", participants.len() + 1),
            name: p.name,
            civility: p.civility.map(str::to_string),
            given_name: given,
            family_name: family,
            role: p.role,
            organization: p.organization,
            attendance: p.attendance.map(attendance),
            source: p.span,
        });
    }
    introductions::apply(&lines, &in_lists, &mut roster, &mut participants);
    let had_list = !participants.is_empty();
    if head.remote {
        for p in &mut participants {
            if p.attendance == Some(Attendance::Present) {
                p.attendance = Some(Attendance::Remote);
            }
        }
    }

    let mut interventions = Vec::new();
    for mut f in found {
        let mut participant = None;
        if !f.speaker.group {
            match roster.resolve(&f.speaker.name, f.speaker.organization.as_deref()) {
                Some(k) => {
                    let q = &mut participants[k];
                    if q.role.is_none() {
                        q.role = f.speaker.role.clone();
                    }
                    if q.civility.is_none() {
                        q.civility = f.speaker.civility.map(str::to_string);
                    }
                    // The speaker is named as the participant list spells the person.
                    f.speaker.name = q.name.clone();
                    participant = Some(q.id.clone());
                }
                None if !speakers::is_person_mention(&f.speaker.name, f.speaker.civility) => {
                    continue;
                }
                None => {
                    // Someone who clearly took part is a participant even when unlisted.
                    let (given, family) = names::split_name(&f.speaker.name);
                    let id = format!("p{}", participants.len() + 1);
                    if had_list {
                        warnings.push(Warning {
                            code: "speaker.unlisted".into(),
                            message: format!(
                                "{} speaks but is not in the participant list",
                                f.speaker.name
                            ),
                            source: Some(f.span.clone()),
                        });
                    }
                    roster.add(
                        participants.len(),
                        &f.speaker.name,
                        f.speaker.organization.as_deref(),
                    );
                    participants.push(Participant {
                        id: id.clone(),
                        name: f.speaker.name.clone(),
                        civility: f.speaker.civility.map(str::to_string),
                        given_name: given,
                        family_name: family,
                        role: f.speaker.role.clone(),
                        organization: f.speaker.organization.clone(),
                        attendance: Some(if head.remote {
                            Attendance::Remote
                        } else {
                            Attendance::Present
                        }),
                        source: f.span.clone(),
                    });
                    participant = Some(id);
                }
            }
        }
        interventions.push(Intervention {
            id: format!("i{}", interventions.len() + 1),
            section: section_of(f.line),
            speaker: Speaker {
                name: f.speaker.name,
                kind: if f.speaker.group {
                    SpeakerKind::Group
                } else {
                    SpeakerKind::Person
                },
                participant,
                role: f.speaker.role,
                organization: f.speaker.organization,
            },
            text: f.text,
            source: f.span,
        });
    }

    introductions::civilities(&lines, &roster, &mut participants);

    // Lines of participant lists are not outcomes, unless a vote is written in them (a
    // flattened page puts "Approbation du procès-verbal : à l'unanimité" after the names).
    let decision_skip: Vec<bool> = in_lists
        .iter()
        .zip(&lines)
        .map(|(used, l)| *used && decisions::vote_of(&l.text).is_none())
        .collect();
    // What each line is listed under, for the kind of its outcomes: its section, or a
    // heading of back matter after it ("Relevé de décisions").
    let mut section_titles_by_line: Vec<Option<String>> = Vec::with_capacity(lines.len());
    let mut under: Option<String> = None;
    let mut next_section = 0;
    for (i, l) in lines.iter().enumerate() {
        while next_section < section_starts.len() && section_starts[next_section] <= i {
            under = Some(text::fold(&sections[next_section].title));
            next_section += 1;
        }
        if sections::is_back_matter(&l.text) && l.text.split_whitespace().count() <= 6 {
            under = Some(text::fold(sections::trim_back_matter(&l.text)));
        }
        section_titles_by_line.push(under.clone());
    }
    let mut heads = vec![false; lines.len()];
    for &l in &section_starts {
        heads[l] = true;
    }
    let mut decisions: Vec<Decision> = decisions::find_decisions(
        &lines,
        &decision_skip,
        &section_titles_by_line,
        &heads,
        head.date,
        head.year,
    )
    .into_iter()
    .enumerate()
    .map(|(k, d)| Decision {
        id: format!("d{}", k + 1),
        kind: d.kind,
        text: d.text,
        owner: d.owner,
        owner_participant: None,
        due: d.due,
        due_date: None,
        section: section_of(d.line),
        vote: d.vote,
        source: d.span,
    })
    .collect();
    outcome_links::link(&mut decisions, &roster, &participants, head.date, head.year);
    if had_list {
        warnings.extend(outcome_links::vote_warnings(&decisions, &participants));
    }

    let references = references(&lines);

    let speaking = interventions
        .iter()
        .filter(|i: &&Intervention| i.speaker.kind == SpeakerKind::Person)
        .count();
    warnings.extend(checks::warnings(&lines, participants.len(), speaking));
    for t in truncated {
        let (code, message) = t.warning();
        warnings.push(Warning {
            code: code.into(),
            message,
            source: None,
        });
    }
    if head.title_from_file {
        warnings.push(Warning {
            code: "meeting.title_from_file_name".into(),
            message: "no line names the meeting; the title is the file's name".into(),
            source: None,
        });
    }
    if head.date_from_file {
        warnings.push(Warning {
            code: "meeting.date_from_file_name".into(),
            message: "the text gives no meeting date; the date is read from the file's name".into(),
            source: None,
        });
    }
    if head.meeting.date.is_none() {
        warnings.push(Warning {
            code: "meeting.date_missing".into(),
            message: "no meeting date found in the first lines".into(),
            source: None,
        });
    }
    if head.meeting.title.is_none() {
        warnings.push(Warning {
            code: "meeting.title_missing".into(),
            message: "no title line found".into(),
            source: None,
        });
    }

    Record {
        schema: SCHEMA.to_string(),
        source,
        meeting: head.meeting,
        sections,
        participants,
        interventions,
        decisions,
        references,
        warnings,
    }
}

/// Links with their labels: the link text, or the short line just before a bare URL.
fn references(lines: &[lines::Line]) -> Vec<Reference> {
    let mut out: Vec<Reference> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        for (url, label) in &l.links {
            if out.iter().any(|r| &r.url == url) {
                continue;
            }
            let label = if label != url && !label.is_empty() {
                Some(label.clone())
            } else if l.is_link_only() {
                i.checked_sub(1)
                    .map(|p| &lines[p])
                    .filter(|p| p.text.split_whitespace().count() <= 15 && p.links.is_empty())
                    .map(|p| text::trim_label(&p.text).to_string())
            } else {
                None
            };
            out.push(Reference {
                url: url.clone(),
                label,
                source: l.span.clone(),
            });
        }
    }
    out
}

//! The consolidated participant directory: one entry per person across many meetings.
//!
//! Records are added one at a time (memory grows with the number of people, not of files).
//! Spelling variants are resolved when the entries are built: the same
//! [`name_key`](crate::recognize::names::name_key) (accents, hyphens, case, civility and word
//! order folded away) is the same person, and a key of two or more words contained in exactly
//! one longer key ("Élise Carvalho" in "Élise Carvalho Dias") joins it.
//!
//! A meeting is counted once however many copies of its minutes are added (same date and
//! title, or the same bytes when the date is unknown); `documents` counts the files.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::recognize::names::{name_key, split_name};
use crate::recognize::resolve::org_key;
use crate::recognize::text::fold;
use crate::record::{Attendance, Participant, Record};

/// One person in the directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DirectoryEntry {
    /// The most frequent spelling in the participant lists.
    pub name: String,
    pub civility: Option<String>,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    /// Distinct organisations and roles, in the order first met.
    pub organizations: Vec<String>,
    pub roles: Vec<String>,
    /// Distinct meetings and documents the person appears in.
    pub meetings: usize,
    pub documents: usize,
    /// Dates (YYYY-MM-DD) of the first and last meetings with a known date.
    pub first_meeting: Option<String>,
    pub last_meeting: Option<String>,
    /// Meetings per attendance status; `unknown` when the minutes do not say.
    pub present: usize,
    pub remote: usize,
    pub excused: usize,
    pub absent: usize,
    pub represented: usize,
    pub unknown: usize,
    /// Every spelling met, the displayed one first.
    pub spellings: Vec<String>,
}

/// Counts of values, remembering the order they were first met (ties go to the first).
#[derive(Debug, Default, Clone)]
struct Tally<T> {
    counts: Vec<(T, usize)>,
}

impl<T: PartialEq + Clone> Tally<T> {
    fn add(&mut self, value: T, n: usize) {
        match self.counts.iter_mut().find(|(v, _)| *v == value) {
            Some((_, c)) => *c += n,
            None => self.counts.push((value, n)),
        }
    }

    fn merge(&mut self, other: Tally<T>) {
        for (v, n) in other.counts {
            self.add(v, n);
        }
    }

    fn best_by(&self, keep: impl Fn(&T) -> bool) -> Option<&T> {
        let mut best: Option<&(T, usize)> = None;
        for entry in self.counts.iter().filter(|(v, _)| keep(v)) {
            if best.is_none_or(|b| entry.1 > b.1) {
                best = Some(entry);
            }
        }
        best.map(|(v, _)| v)
    }
}

/// Distinct strings under a folding key, the first spelling kept.
#[derive(Debug, Default, Clone)]
struct Distinct {
    seen: Vec<(String, String)>,
}

impl Distinct {
    fn add(&mut self, key: String, shown: &str) {
        if !key.is_empty() && !self.seen.iter().any(|(k, _)| *k == key) {
            self.seen.push((key, shown.to_string()));
        }
    }

    fn shown(&self) -> Vec<String> {
        self.seen.iter().map(|(_, s)| s.clone()).collect()
    }
}

/// What a meeting tells about one person.
#[derive(Debug, Clone)]
struct Seen {
    date: Option<String>,
    attendance: Option<Attendance>,
}

/// Everything known about one name key (one spelling family).
#[derive(Debug, Default, Clone)]
struct Group {
    key: Vec<String>,
    /// (name, given name, family name) as written.
    forms: Tally<(String, Option<String>, Option<String>)>,
    civilities: Tally<String>,
    organizations: Distinct,
    roles: Distinct,
    meetings: BTreeMap<String, Seen>,
    documents: BTreeSet<usize>,
    first_seen: usize,
}

impl Group {
    fn absorb(&mut self, other: Group) {
        self.forms.merge(other.forms);
        self.civilities.merge(other.civilities);
        for (k, s) in other.organizations.seen {
            self.organizations.add(k, &s);
        }
        for (k, s) in other.roles.seen {
            self.roles.add(k, &s);
        }
        for (id, seen) in other.meetings {
            self.note_meeting(id, seen);
        }
        self.documents.extend(other.documents);
        self.first_seen = self.first_seen.min(other.first_seen);
    }

    fn note_meeting(&mut self, id: String, seen: Seen) {
        let kept = self.meetings.entry(id).or_insert(Seen {
            date: seen.date,
            attendance: None,
        });
        kept.attendance = kept.attendance.or(seen.attendance);
    }

    fn entry(&self) -> DirectoryEntry {
        let mut spellings: Tally<String> = Tally::default();
        for ((name, _, _), n) in &self.forms.counts {
            spellings.add(name.clone(), *n);
        }
        let name = spellings.best_by(|_| true).cloned().unwrap_or_default();
        let (given_name, family_name) = match self
            .forms
            .best_by(|(n, g, f)| *n == name && (g.is_some() || f.is_some()))
        {
            Some((_, g, f)) => (g.clone(), f.clone()),
            None => split_name(&name),
        };
        let count =
            |a: Option<Attendance>| self.meetings.values().filter(|s| s.attendance == a).count();
        let dates: Vec<&String> = self
            .meetings
            .values()
            .filter_map(|s| s.date.as_ref())
            .collect();
        let mut all: Vec<String> = vec![name.clone()];
        all.extend(
            spellings
                .counts
                .iter()
                .map(|(s, _)| s.clone())
                .filter(|s| *s != name),
        );
        DirectoryEntry {
            civility: self.civilities.best_by(|_| true).cloned(),
            given_name,
            family_name,
            organizations: self.organizations.shown(),
            roles: self.roles.shown(),
            meetings: self.meetings.len(),
            documents: self.documents.len(),
            first_meeting: dates.iter().min().map(|d| d.to_string()),
            last_meeting: dates.iter().max().map(|d| d.to_string()),
            present: count(Some(Attendance::Present)),
            remote: count(Some(Attendance::Remote)),
            excused: count(Some(Attendance::Excused)),
            absent: count(Some(Attendance::Absent)),
            represented: count(Some(Attendance::Represented)),
            unknown: count(None),
            spellings: all,
            name,
        }
    }
}

/// Builds the consolidated directory from records added one by one.
#[derive(Debug, Default)]
pub struct Directory {
    groups: Vec<Group>,
    by_key: HashMap<Vec<String>, usize>,
    records: usize,
}

impl Directory {
    pub fn new() -> Directory {
        Directory::default()
    }

    /// Number of records added.
    pub fn records(&self) -> usize {
        self.records
    }

    /// Adds the participants of one meeting record.
    pub fn add(&mut self, record: &Record) {
        let doc = self.records;
        self.records += 1;
        let meeting = meeting_id(record);
        for p in &record.participants {
            self.add_participant(p, doc, &meeting, record.meeting.date.as_deref());
        }
    }

    fn add_participant(&mut self, p: &Participant, doc: usize, meeting: &str, date: Option<&str>) {
        let key = name_key(&p.name);
        if key.is_empty() {
            return;
        }
        let next = self.groups.len();
        let index = *self.by_key.entry(key.clone()).or_insert(next);
        if index == next {
            self.groups.push(Group {
                key,
                first_seen: next,
                ..Group::default()
            });
        }
        let g = &mut self.groups[index];
        let form = (
            p.name.trim().to_string(),
            p.given_name.clone(),
            p.family_name.clone(),
        );
        g.forms.add(form, 1);
        if let Some(c) = &p.civility {
            g.civilities.add(c.clone(), 1);
        }
        if let Some(org) = &p.organization {
            let k = org_key(org).join(" ");
            g.organizations
                .add(if k.is_empty() { fold(org) } else { k }, org.trim());
        }
        if let Some(role) = &p.role {
            g.roles.add(fold(role.trim()), role.trim());
        }
        g.note_meeting(
            meeting.to_string(),
            Seen {
                date: date.map(str::to_string),
                attendance: p.attendance,
            },
        );
        g.documents.insert(doc);
    }

    /// The directory: one entry per person, sorted by family name then given name.
    pub fn entries(&self) -> Vec<DirectoryEntry> {
        let roots = self.resolve();
        let mut merged: BTreeMap<usize, Group> = BTreeMap::new();
        for (i, g) in self.groups.iter().enumerate() {
            match merged.get_mut(&roots[i]) {
                Some(m) => m.absorb(g.clone()),
                None => {
                    merged.insert(roots[i], g.clone());
                }
            }
        }
        let mut groups: Vec<Group> = merged.into_values().collect();
        groups.sort_by_key(|g| g.first_seen);
        let mut entries: Vec<DirectoryEntry> = groups.iter().map(Group::entry).collect();
        entries.sort_by_cached_key(|e| {
            (
                fold(e.family_name.as_deref().unwrap_or(&e.name)),
                fold(e.given_name.as_deref().unwrap_or("")),
                fold(&e.name),
            )
        });
        entries
    }

    /// For each group, the group it is merged into: a key of two or more words contained in
    /// the keys of exactly one person joins that person. Longer keys are settled first, so
    /// "a b" ⊂ "a b c" ⊂ "a b c d" all end in one person, while "a b" ⊂ both "a b c" and
    /// "a b d" (two different people) stays apart.
    fn resolve(&self) -> Vec<usize> {
        let mut parent: Vec<usize> = (0..self.groups.len()).collect();
        let mut by_token: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, g) in self.groups.iter().enumerate() {
            for t in &g.key {
                by_token.entry(t.as_str()).or_default().push(i);
            }
        }
        let mut order: Vec<usize> = (0..self.groups.len()).collect();
        order.sort_by(|&a, &b| {
            let (ka, kb) = (&self.groups[a].key, &self.groups[b].key);
            kb.len().cmp(&ka.len()).then_with(|| ka.cmp(kb))
        });
        for &i in &order {
            let key = &self.groups[i].key;
            if key.len() < 2 {
                continue;
            }
            let Some(rarest) = key.iter().min_by_key(|t| by_token[t.as_str()].len()) else {
                continue;
            };
            let mut roots = BTreeSet::new();
            for &j in &by_token[rarest.as_str()] {
                let other = &self.groups[j].key;
                if j != i && other.len() > key.len() && contains(other, key) {
                    roots.insert(find(&mut parent, j));
                }
            }
            if roots.len() == 1 {
                let root = *roots.first().expect("one root");
                let mine = find(&mut parent, i);
                parent[mine] = root;
            }
        }
        (0..self.groups.len())
            .map(|i| find(&mut parent, i))
            .collect()
    }
}

/// Whether sorted `big` holds every token of sorted `small` (as many times).
fn contains(big: &[String], small: &[String]) -> bool {
    let mut it = big.iter();
    small.iter().all(|s| it.any(|b| b == s))
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// The same meeting whatever the copy: its date and title, or the document's bytes when the
/// date is unknown.
fn meeting_id(record: &Record) -> String {
    match &record.meeting.date {
        Some(date) => {
            let title = record.meeting.title.as_deref().unwrap_or("");
            format!("{date}|{}", name_key(title).join(" "))
        }
        None => format!("sha256:{}", record.source.sha256),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{Meeting, Source, SourceSpan, SCHEMA};

    fn person(name: &str, org: Option<&str>, attendance: Option<Attendance>) -> Participant {
        let (civility, body) = crate::recognize::names::strip_civility(name);
        let (given_name, family_name) = split_name(body);
        Participant {
            id: String::new(),
            name: body.to_string(),
            civility: civility.map(str::to_string),
            given_name,
            family_name,
            role: None,
            organization: org.map(str::to_string),
            attendance,
            source: SourceSpan::default(),
        }
    }

    fn record(date: Option<&str>, sha: &str, participants: Vec<Participant>) -> Record {
        Record {
            schema: SCHEMA.to_string(),
            source: Source {
                sha256: sha.to_string(),
                ..Source::default()
            },
            meeting: Meeting {
                title: Some("Réunion du groupe-pays".to_string()),
                date: date.map(str::to_string),
                ..Meeting::default()
            },
            sections: vec![],
            participants,
            interventions: vec![],
            decisions: vec![],
            references: vec![],
            warnings: vec![],
        }
    }

    const P: Option<Attendance> = Some(Attendance::Present);
    const E: Option<Attendance> = Some(Attendance::Excused);

    #[test]
    fn spelling_variants_are_one_person() {
        let mut d = Directory::new();
        d.add(&record(
            Some("2020-09-21"),
            "a",
            vec![
                person("Mme Élise Carvalho-Dias", Some("Ville de Lyon"), P),
                person("M. PARK Min Ho", None, P),
            ],
        ));
        d.add(&record(
            Some("2021-01-10"),
            "b",
            vec![
                person("Élise Carvalho Dias", Some("ville de lyon"), E),
                person(
                    "Min Ho PARK",
                    Some("Ambassade de la République de Corée"),
                    None,
                ),
                person("élise carvalho-dias", None, P),
            ],
        ));
        d.add(&record(
            Some("2022-05-02"),
            "c",
            vec![person("Élise CARVALHO-DIAS", None, P)],
        ));
        let entries = d.entries();
        let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Élise Carvalho-Dias", "PARK Min Ho"]);
        let elise = &entries[0];
        assert_eq!(elise.civility.as_deref(), Some("Mme"));
        assert_eq!(elise.organizations, ["Ville de Lyon"]);
        assert_eq!((elise.meetings, elise.documents), (3, 3));
        assert_eq!(elise.first_meeting.as_deref(), Some("2020-09-21"));
        assert_eq!(elise.last_meeting.as_deref(), Some("2022-05-02"));
        assert_eq!((elise.present, elise.excused, elise.unknown), (2, 1, 0));
        assert_eq!(elise.spellings.len(), 4);
        let park = &entries[1];
        assert_eq!(park.family_name.as_deref(), Some("PARK"));
        assert_eq!(park.given_name.as_deref(), Some("Min Ho"));
        assert_eq!(park.organizations, ["Ambassade de la République de Corée"]);
        assert_eq!((park.present, park.unknown), (1, 1));
    }

    #[test]
    fn copies_of_one_meeting_count_once() {
        let mut d = Directory::new();
        for sha in ["docx", "odt", "txt"] {
            d.add(&record(
                Some("2020-09-21"),
                sha,
                vec![person("Jeanne Martin", None, P)],
            ));
        }
        d.add(&record(None, "x", vec![person("Jeanne Martin", None, E)]));
        d.add(&record(None, "x", vec![person("Jeanne Martin", None, E)]));
        let e = &d.entries()[0];
        assert_eq!(
            (e.meetings, e.documents, e.present, e.excused),
            (2, 5, 1, 1)
        );
        assert_eq!(e.first_meeting.as_deref(), Some("2020-09-21"));
    }

    #[test]
    fn a_shorter_name_joins_the_one_longer_name_containing_it() {
        let mut d = Directory::new();
        d.add(&record(
            Some("2020-01-01"),
            "a",
            vec![
                person("Élise Carvalho", None, P),
                person("Élise Carvalho Dias", None, P),
                person("Marie Élise Carvalho Dias", None, P),
            ],
        ));
        assert_eq!(d.entries().len(), 1);
    }

    #[test]
    fn an_ambiguous_shorter_name_stays_apart() {
        let mut d = Directory::new();
        d.add(&record(
            Some("2020-01-01"),
            "a",
            vec![
                person("Jean Martin", None, P),
                person("Jean Martin Dupont", None, P),
                person("Jean Martin Durand", None, P),
                person("MARTIN", None, P),
            ],
        ));
        assert_eq!(
            d.entries().len(),
            4,
            "one-word keys never join by inclusion"
        );
    }

    #[test]
    fn most_frequent_spelling_is_shown() {
        let mut d = Directory::new();
        for (i, name) in ["Hélène Roux", "Helene ROUX", "Hélène Roux"]
            .iter()
            .enumerate()
        {
            d.add(&record(
                Some("2020-01-01"),
                &i.to_string(),
                vec![person(name, None, P)],
            ));
        }
        let e = &d.entries()[0];
        assert_eq!(e.name, "Hélène Roux");
        assert_eq!(e.spellings, ["Hélène Roux", "Helene ROUX"]);
    }
}

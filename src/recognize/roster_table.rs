//! Attendee tables. Header cells are mapped to fields by meaning ("Nom et prénom",
//! "Structure", "Fonction", "Présence"...); merged category rows ("Présents", "En
//! visioconférence", "Excusés") give their attendance to the rows under them; a table
//! without a header row is read row by row as one entry whose cells are its segments.

use super::attendance::attendance_heading;
use super::entry::parse_entry;
use super::lexicon::{self, Att, TableField, TABLE_FIELDS};
use super::lines::Line;
use super::participants::Person;
use super::text::fold;

/// Most words of a header cell.
const MAX_HEADER_WORDS: usize = 4;

/// The field a header cell names, if it names one.
fn field_of(cell: &str) -> Option<TableField> {
    let f = fold(cell.trim().trim_end_matches([':', '*']));
    if f.is_empty() || f.split_whitespace().count() > MAX_HEADER_WORDS {
        return None;
    }
    let f = f.replace("(e)", "").replace("(s)", "");
    TABLE_FIELDS
        .iter()
        .filter(|(h, _)| lexicon::starts_with_word(&f, h) || f.trim_end_matches('s') == *h)
        .max_by_key(|(h, _)| h.len())
        .map(|(_, k)| *k)
}

/// One row: its cells' texts by column.
type Row = Vec<(u32, String)>;

fn rows_of(cells: &[Line]) -> Vec<Row> {
    let mut rows: Vec<(u32, Row)> = Vec::new();
    for l in cells {
        let Some((_, r, c)) = l.cell else { continue };
        if rows.last().is_none_or(|(row, _)| *row != r) {
            rows.push((r, Vec::new()));
        }
        let row = &mut rows.last_mut().expect("pushed above").1;
        match row.last_mut() {
            Some((col, text)) if *col == c => {
                text.push(' ');
                text.push_str(&l.text);
            }
            _ => row.push((c, l.text.clone())),
        }
    }
    rows.into_iter().map(|(_, r)| r).collect()
}

/// The column → field map of a header row, when the row is one (every non-empty cell a
/// field, one of them a name).
fn header(row: &Row) -> Option<Vec<(u32, TableField)>> {
    let mut fields = Vec::new();
    for (c, text) in row {
        if text.trim().is_empty() {
            continue;
        }
        fields.push((*c, field_of(text)?));
    }
    fields
        .iter()
        .any(|(_, f)| matches!(f, TableField::Name | TableField::Family))
        .then_some(fields)
}

/// Whether the table's first row maps to a name column: an attendee table wherever it is.
pub(crate) fn is_attendee_table(cells: &[Line]) -> bool {
    rows_of(cells).first().and_then(header).is_some()
}

/// A row with one filled cell (merged or not): a category such as "Excusés".
fn category(row: &Row) -> Option<&str> {
    let filled: Vec<&str> = row
        .iter()
        .map(|(_, t)| t.trim())
        .filter(|t| !t.is_empty())
        .collect();
    match filled.as_slice() {
        [one] => Some(one),
        [first, rest @ ..] if rest.iter().all(|t| t == first) => Some(first),
        _ => None,
    }
}

/// The attendance a presence cell states ("x", "✓", "oui", "Excusé", "Visio").
fn presence(cell: &str) -> Option<Att> {
    let f = fold(cell.trim());
    match f.as_str() {
        "" => None,
        "x" | "oui" | "o" | "✓" | "✔" | "☑" | "p" => Some(Att::Present),
        "non" | "n" | "☐" => Some(Att::Absent),
        _ => lexicon::ENTRY_MARKERS
            .iter()
            .find(|(cues, _)| cues.iter().any(|c| lexicon::starts_with_word(&f, c)))
            .map(|(_, a)| *a),
    }
}

/// Reads the people of an attendee table.
pub(crate) fn table_people(cells: &[Line], att: Att, out: &mut Vec<Person>) {
    let rows = rows_of(cells);
    let span_of = |r: usize| {
        cells
            .iter()
            .filter(|l| l.cell.is_some())
            .find(|l| l.cell.map(|c| c.1) == Some(cells[0].cell.map_or(0, |c| c.1) + r as u32))
            .map(|l| l.span.clone())
            .unwrap_or_else(|| cells[0].span.clone())
    };
    let mut fields: Option<Vec<(u32, TableField)>> = None;
    let mut current = att;
    let mut group: Option<String> = None;
    for (k, row) in rows.iter().enumerate() {
        if let Some(h) = header(row) {
            fields = Some(h);
            continue;
        }
        if let Some(label) = category(row).filter(|_| fields.is_some() || row.len() > 1) {
            if let Some((a, _)) = attendance_heading(label) {
                current = a.unwrap_or(att);
                continue;
            }
            if parse_entry(label).is_none() {
                group = Some(label.to_string());
                continue;
            }
        }
        let person = match &fields {
            Some(f) => mapped_row(row, f, current),
            None => unmapped_row(row, current),
        };
        if let Some(mut p) = person {
            p.span = span_of(k);
            if p.organization.is_none() {
                p.organization = group.clone();
            }
            out.push(p);
        }
    }
}

fn mapped_row(row: &Row, fields: &[(u32, TableField)], att: Att) -> Option<Person> {
    let cell = |want: TableField| -> Option<&str> {
        let col = fields.iter().find(|(_, f)| *f == want)?.0;
        row.iter()
            .find(|(c, _)| *c == col)
            .map(|(_, t)| t.trim())
            .filter(|t| !t.is_empty())
    };
    let name = match (cell(TableField::Given), cell(TableField::Family)) {
        (Some(g), Some(f)) => format!("{g} {f}"),
        (None, Some(f)) => f.to_string(),
        _ => cell(TableField::Name)?.to_string(),
    };
    let name = match cell(TableField::Civility) {
        Some(c) => format!("{c} {name}"),
        None => name,
    };
    let e = parse_entry(&name)?;
    let attendance = cell(TableField::Attendance)
        .and_then(presence)
        .or(e.attendance)
        .map(|a| {
            if a == Att::Present && att == Att::Remote {
                att
            } else {
                a
            }
        })
        .unwrap_or(att);
    Some(Person {
        civility: e.civility,
        name: e.name,
        role: cell(TableField::Role).map(str::to_string).or(e.role),
        organization: cell(TableField::Org).map(str::to_string).or(e.organization),
        attendance: Some(attendance),
        span: Default::default(),
    })
}

/// A row without a header: its cells are the segments of one entry; a family name and a
/// given name in two cells are one name.
fn unmapped_row(row: &Row, att: Att) -> Option<Person> {
    let cells: Vec<&str> = row
        .iter()
        .map(|(_, t)| t.trim())
        .filter(|t| !t.is_empty())
        .collect();
    let joined = match cells.as_slice() {
        [a, b, rest @ ..]
            if !a.contains(' ')
                && !b.contains(' ')
                && super::names::is_person_name(&format!("{a} {b}")) =>
        {
            std::iter::once(format!("{a} {b}"))
                .chain(rest.iter().map(|s| s.to_string()))
                .collect::<Vec<_>>()
                .join("\t")
        }
        _ => cells.join("\t"),
    };
    let e = parse_entry(&joined)?;
    Some(Person {
        civility: e.civility,
        name: e.name,
        role: e.role,
        organization: e.organization,
        attendance: Some(e.attendance.unwrap_or(att)),
        span: Default::default(),
    })
}

#[cfg(test)]
#[path = "roster_table_tests.rs"]
mod tests;

//! Attendee tables. Header cells are mapped to fields by meaning ("Nom et prénom",
//! "Structure", "Fonction", "Présence"...); merged category rows ("Présents", "En
//! visioconférence", "Excusés") give their attendance to the rows under them; a table
//! without a header row is read row by row as one entry whose cells are its segments.

use super::attendance::attendance_heading;
use super::attendance::combine;
use super::entry::parse_entry;
use super::flattened::logical_parts;
use super::groups::group_of;
use super::lexicon::{self, Att, TableField, TABLE_FIELDS};
use super::lines::Line;
use super::participants::{person_from_entry, Person};
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

/// One row: its cells by column, each cell the lines (entries) it holds.
type Row = Vec<(u32, Vec<String>)>;

fn rows_of(cells: &[Line]) -> Vec<Row> {
    let mut rows: Vec<(u32, Row)> = Vec::new();
    for l in cells {
        let Some((_, r, c)) = l.cell else { continue };
        if rows.last().is_none_or(|(row, _)| *row != r) {
            rows.push((r, Vec::new()));
        }
        let row = &mut rows.last_mut().expect("pushed above").1;
        if row.last().is_none_or(|(col, _)| *col != c) {
            row.push((c, Vec::new()));
        }
        let lines = &mut row.last_mut().expect("pushed above").1;
        // A cell paragraph with line breaks holds one entry per line, as a list would.
        if l.parts.len() > 1 {
            lines.extend(logical_parts(&l.parts).into_iter().map(|(_, p)| p));
        } else {
            lines.push(l.text.clone());
        }
    }
    rows.into_iter().map(|(_, r)| r).collect()
}

/// A cell's text, its lines joined.
fn text_of(lines: &[String]) -> String {
    lines.join(" ")
}

/// The column → field map of a header row, when the row is one (every non-empty cell a
/// field, one of them a name).
fn header(row: &Row) -> Option<Vec<(u32, TableField)>> {
    let mut fields = Vec::new();
    for (c, lines) in row {
        let text = text_of(lines);
        if text.trim().is_empty() {
            continue;
        }
        fields.push((*c, field_of(&text)?));
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
fn category(row: &Row) -> Option<String> {
    let filled: Vec<String> = row
        .iter()
        .map(|(_, t)| text_of(t).trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    match filled.as_slice() {
        [one] => Some(one.clone()),
        [first, rest @ ..] if rest.iter().all(|t| t == first) => Some(first.clone()),
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
        _ => super::attendance::marker_at_start(&f),
    }
}

/// Reads the people of an attendee table.
pub(crate) fn table_people(cells: &[Line], att: Att, out: &mut Vec<Person>) {
    let rows = rows_of(cells);
    if let Some(people) = delegation_columns(&rows, att) {
        let span = cells[0].span.clone();
        out.extend(people.into_iter().map(|mut p| {
            p.span = span.clone();
            p
        }));
        return;
    }
    let span_of = |r: usize| {
        cells
            .iter()
            .filter(|l| l.cell.is_some())
            .find(|l| l.cell.map(|c| c.1) == Some(cells[0].cell.map_or(0, |c| c.1) + r as u32))
            .map(|l| l.span.clone())
            .unwrap_or_else(|| cells[0].span.clone())
    };
    let mut fields: Option<Vec<(u32, TableField)>> = None;
    let mut above: Option<String> = None;
    let mut current = att;
    let mut group: Option<String> = None;
    for (k, row) in rows.iter().enumerate() {
        if let Some(h) = header(row) {
            fields = Some(h);
            continue;
        }
        if let Some(label) = category(row).filter(|_| fields.is_some() || row.len() > 1) {
            if let Some((a, _)) = attendance_heading(&label) {
                current = a.unwrap_or(att);
                continue;
            }
            if parse_entry(&label).is_none() {
                group = Some(label);
                continue;
            }
        }
        let people = match &fields {
            Some(f) => mapped_row(row, f, current, &mut above),
            None => unmapped_row(row, current),
        };
        for mut p in people {
            p.span = span_of(k);
            if p.organization.is_none() {
                p.organization = group.clone();
            }
            out.push(p);
        }
    }
}

/// A table whose columns are delegations: a first row of labels naming no one ("Délégation
/// française | Délégation malgache", "Ville de Brest | Région Atsinanana"), then people in
/// the columns under them, each person of the group that heads the column.
fn delegation_columns(rows: &[Row], att: Att) -> Option<Vec<Person>> {
    let (head, body) = rows.split_first()?;
    if head.len() < 2 || body.is_empty() {
        return None;
    }
    let labels: Vec<(u32, String)> = head
        .iter()
        .map(|(c, t)| (*c, text_of(t).trim().to_string()))
        .collect();
    let all_labels = labels.iter().all(|(_, t)| {
        // "Délégation française" reads as an organisation header; any other field is not
        // a delegation.
        !t.is_empty()
            && parse_entry(t).is_none()
            && field_of(t).is_none_or(|f| f == TableField::Org)
    });
    if !all_labels {
        return None;
    }
    let mut out = Vec::new();
    // The columns that hold people: in more than one, the table is by delegation;
    // otherwise it is a label column and entries.
    let mut columns = std::collections::BTreeSet::new();
    for row in body {
        for (c, lines) in row {
            let Some((_, label)) = labels.iter().find(|(col, _)| col == c) else {
                continue;
            };
            let group = group_of(label.trim_end_matches([':', ' ']));
            let col_att = group.attendance.unwrap_or(att);
            for e in lines.iter().filter_map(|line| parse_entry(line)) {
                columns.insert(*c);
                out.push(person_from_entry(
                    e,
                    group.org.as_deref(),
                    col_att,
                    &Default::default(),
                ));
            }
        }
    }
    (columns.len() >= 2 && !out.is_empty()).then_some(out)
}

/// A row of a table whose header was mapped. `above` is the organisation of the row above,
/// which an empty organisation cell continues (cells merged down the column).
fn mapped_row(
    row: &Row,
    fields: &[(u32, TableField)],
    att: Att,
    above: &mut Option<String>,
) -> Vec<Person> {
    let lines_of = |want: TableField| -> Option<&Vec<String>> {
        let col = fields.iter().find(|(_, f)| *f == want)?.0;
        row.iter().find(|(c, _)| *c == col).map(|(_, t)| t)
    };
    let cell = |want: TableField| -> Option<String> {
        lines_of(want)
            .map(|t| text_of(t).trim().to_string())
            .filter(|t| !t.is_empty())
    };
    // One name per line of the name cell ("Participants" holding several people), or the
    // given and family names of two cells.
    let names: Vec<String> = match (cell(TableField::Given), cell(TableField::Family)) {
        (Some(g), Some(f)) => vec![format!("{g} {f}")],
        (None, Some(f)) => vec![f],
        _ => lines_of(TableField::Name)
            .map(|l| l.iter().map(|x| x.trim().to_string()).collect())
            .unwrap_or_default(),
    };
    let civility = cell(TableField::Civility);
    // The organisation column may only qualify attendance ("Délégation ... en visio").
    let org_cell = cell(TableField::Org).or_else(|| above.clone());
    let group = org_cell.map(|t| {
        let label = t.trim_end_matches([':', ' ']).to_string();
        group_of(super::text::split_colon(&label).map_or(label.as_str(), |(l, _)| l))
    });
    *above = cell(TableField::Org).or_else(|| above.take());
    // A marker written in the function cell: "directrice adjointe (visio)".
    let (role_cell, role_att) = match cell(TableField::Role) {
        Some(r) => {
            let (r, a) = super::entry::strip_markers(&r);
            (Some(r).filter(|r| !r.is_empty()), a)
        }
        None => (None, None),
    };
    let att = group.as_ref().and_then(|g| g.attendance).unwrap_or(att);
    let presence_att = cell(TableField::Attendance)
        .and_then(|c| presence(&c))
        .or(role_att);
    let mut out = Vec::new();
    for name in names.iter().filter(|n| !n.is_empty()) {
        let name = match &civility {
            Some(c) => format!("{c} {name}"),
            None => name.clone(),
        };
        let Some(e) = parse_entry(&name) else {
            continue;
        };
        let attendance = combine(presence_att.or(e.attendance), att);
        out.push(Person {
            civility: e.civility,
            alias: None,
            name: e.name,
            role: role_cell.clone().or(e.role),
            organization: e
                .organization
                .or(group.as_ref().and_then(|g| g.org.clone())),
            attendance: Some(attendance),
            span: Default::default(),
        });
    }
    out
}

/// A row without a header. A first cell that names no one labels the people of the others
/// (an organisation, or "Délégation ... en visioconférence"), each line of them an entry;
/// otherwise the row is one entry whose cells are its segments, a family name and a given
/// name in two cells making one name.
fn unmapped_row(row: &Row, att: Att) -> Vec<Person> {
    let cells: Vec<String> = row
        .iter()
        .map(|(_, t)| text_of(t).trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    if cells.len() >= 2 && parse_entry(&cells[0]).is_none() {
        let label = cells[0].trim_end_matches([':', ' ']);
        let group = group_of(super::text::split_colon(label).map_or(label, |(l, _)| l));
        let row_att = group.attendance.unwrap_or(att);
        let people: Vec<Person> = row
            .iter()
            .skip(1)
            .flat_map(|(_, lines)| lines.iter())
            .filter_map(|line| parse_entry(line))
            .map(|e| person_from_entry(e, group.org.as_deref(), row_att, &Default::default()))
            .collect();
        if !people.is_empty() {
            return people;
        }
    }
    let joined = match cells.as_slice() {
        [a, b, rest @ ..]
            if !a.contains(' ')
                && !b.contains(' ')
                && super::names::is_person_name(&format!("{a} {b}")) =>
        {
            std::iter::once(format!("{a} {b}"))
                .chain(rest.iter().cloned())
                .collect::<Vec<_>>()
                .join("\t")
        }
        _ => cells.join("\t"),
    };
    parse_entry(&joined)
        .map(|e| person_from_entry(e, None, att, &Default::default()))
        .into_iter()
        .collect()
}

#[cfg(test)]
#[path = "roster_table_tests.rs"]
mod tests;

//! Outcome tables ("Action | Qui | Quand", "Décision | Responsable | Échéance"): one item a
//! row, with its owner and due date from their columns.

use super::decisions::Item;
use super::lexicon;
use super::lines::Line;
use super::text::fold;
use crate::record::DecisionKind;

/// Action tables ("Qui | Quoi | Quand"): one action a row, with owner and due date.
pub(crate) fn action_table_rows(lines: &[Line], skip: &mut [bool], out: &mut Vec<Item>) {
    let mut i = 0;
    while i < lines.len() {
        let Some((table, row, _)) = lines[i].cell else {
            i += 1;
            continue;
        };
        let end = (i..lines.len())
            .find(|&j| lines[j].cell.map(|c| c.0) != Some(table))
            .unwrap_or(lines.len());
        let header: Vec<(u32, String)> = lines[i..end]
            .iter()
            .take_while(|l| l.cell.is_some_and(|c| c.1 == row))
            .filter_map(|l| l.cell.map(|c| (c.2, fold(&l.text))))
            .collect();
        let col = |names: &'static [&'static str]| {
            header
                .iter()
                .find(|(_, h)| lexicon::starts_with_any(h, names))
                .map(|(c, _)| *c)
        };
        let who = col(lexicon::OWNER_COLUMNS);
        let when = col(lexicon::DUE_COLUMNS);
        // A table of decisions with who carries each out lists decisions, not tasks.
        let (what, kind) = match col(lexicon::TASK_COLUMNS) {
            Some(c) => (Some(c), DecisionKind::Action),
            None => (col(lexicon::DECISION_COLUMNS), DecisionKind::Decision),
        };
        let Some(what) = what.filter(|_| who.is_some() || when.is_some()) else {
            i = end;
            continue;
        };
        let mut j = i;
        while j < end {
            let r = lines[j].cell.map(|c| c.1);
            let row_end = (j..end)
                .find(|&k| lines[k].cell.map(|c| c.1) != r)
                .unwrap_or(end);
            let cell = |c: Option<u32>| -> Option<String> {
                let c = c?;
                let s = lines[j..row_end]
                    .iter()
                    .filter(|l| l.cell.map(|x| x.2) == Some(c))
                    .map(|l| l.text.clone())
                    .collect::<Vec<_>>()
                    .join(" ");
                (!s.is_empty()).then_some(s)
            };
            if r != Some(row) {
                if let Some(text) = cell(Some(what)) {
                    out.push(Item {
                        kind,
                        owner: cell(who),
                        due: cell(when),
                        vote: None,
                        text,
                        line: j,
                        span: lines[j].span.clone(),
                    });
                }
            }
            j = row_end;
        }
        for s in skip.iter_mut().take(end).skip(i) {
            *s = true;
        }
        i = end;
    }
}

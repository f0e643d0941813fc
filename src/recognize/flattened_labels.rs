//! A table of people flattened into one paragraph, column after column: the names of a
//! block come first ("Mme A Mme B M. C"), then their labels one after another ("CGT FO
//! (suppléant) CFDT", "Directrice des soins Cadre de santé Chef de service"). The labels
//! are cut where a new one starts (an acronym, a capitalised function noun) and handed out
//! in order, only when there are exactly as many as names. A numbered plural label in the
//! run ("2.1 Représentants des usagers") is the role of the people after it.

use super::lexicon;
use super::participants::Person;
use super::text::{fold, trim_label};

/// Most words of a numbered label naming the role of the people after it.
const GROUP_LABEL_WORDS: usize = 14;

/// An acronym standing as a label: two letters or more, all capitals ("CGT", "C.F.D.T.").
fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && w.chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '&' | '-'))
}

/// A capitalised word that opens a function ("Directrice", "Cadre", "Chargés").
fn opens_function(w: &str) -> bool {
    if !w.starts_with(|c: char| c.is_uppercase()) || is_acronym(w) {
        return false;
    }
    let f = fold(w.trim_end_matches([',', ':']));
    let head = f.split('-').next().unwrap_or(&f);
    lexicon::ROLE_NOUNS.contains(&head) || lexicon::ROLE_NOUNS.contains(&head.trim_end_matches('s'))
}

/// Byte offsets of the words of `text`, with the parenthesis depth before each.
fn words_with_depth(text: &str) -> Vec<(usize, &str, i32)> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    for (at, w) in super::text::words_at(text) {
        out.push((at, w, depth));
        depth += w.matches('(').count() as i32 - w.matches(')').count() as i32;
    }
    out
}

/// `rest` cut into exactly `want` labels: a run of acronyms (each perhaps with a
/// parenthesis), or functions each opened by a capitalised function noun.
pub(crate) fn split_labels(rest: &str, want: usize) -> Option<Vec<&str>> {
    if want < 2 {
        return None;
    }
    let words = words_with_depth(rest);
    let outside: Vec<&(usize, &str, i32)> = words.iter().filter(|(_, _, d)| *d <= 0).collect();
    let all_acronyms = outside
        .iter()
        .all(|(_, w, _)| is_acronym(w) || w.starts_with('('));
    let starts: Vec<usize> = if all_acronyms {
        outside
            .iter()
            .filter(|(_, w, _)| is_acronym(w))
            .map(|(at, _, _)| *at)
            .collect()
    } else {
        outside
            .iter()
            .filter(|(_, w, _)| opens_function(w))
            .map(|(at, _, _)| *at)
            .collect()
    };
    if starts.len() != want || starts.first() != Some(&0) {
        return None;
    }
    let mut bounds = starts;
    bounds.push(rest.len());
    Some(
        bounds
            .windows(2)
            .map(|w| trim_label(rest[w[0]..w[1]].trim().trim_end_matches(['.', ',', ';'])))
            .collect(),
    )
}

/// "Président 2.1 Représentants des usagers": the person's own label, and after a
/// number, the label of the people listed next when it is a plural function (something
/// else after a number, a converter's jumble, ends the previous group all the same).
pub(crate) fn numbered_group_label(rest: &str) -> Option<(&str, Option<&str>)> {
    let words = super::text::words_at(rest);
    let k = words.iter().position(|(_, w)| {
        w.contains('.')
            && w.starts_with(|c: char| c.is_ascii_digit())
            && w.split('.').all(|p| p.chars().all(|c| c.is_ascii_digit()))
    })?;
    let (at, _) = words[k];
    let label = words.get(k + 1).map_or("", |(a, _)| rest[*a..].trim());
    let plural_function = label
        .split_whitespace()
        .next()
        .is_some_and(|first| opens_function(first) && fold(first).ends_with('s'));
    let short = label.split_whitespace().count() <= GROUP_LABEL_WORDS;
    let group = (plural_function && short && !label.contains(". ")).then_some(label);
    Some((rest[..at].trim(), group))
}

/// Hands out the labels of a run of people read from one paragraph. `rests` gives, for each
/// person pushed (by index into `people`), what followed the name up to the next person.
pub(crate) fn assign(people: &mut [Person], rests: &[(usize, String)]) {
    let mut pending: Vec<usize> = Vec::new();
    // From which person of the run on a numbered label gives the role (None: no role).
    let mut groups: Vec<(usize, Option<String>)> = Vec::new();
    for (n, (idx, rest)) in rests.iter().enumerate() {
        let rest = rest.trim();
        let (own, group) = match numbered_group_label(rest) {
            Some((own, group)) => {
                groups.push((n + 1, group.map(str::to_string)));
                (own, true)
            }
            None => (rest, false),
        };
        // A page number left at the end of a label is no part of it.
        let own = own.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
        if own.is_empty() {
            pending.push(*idx);
            continue;
        }
        let mut owners = std::mem::take(&mut pending);
        owners.push(*idx);
        if let Some(labels) = split_labels(own, owners.len()) {
            for (k, label) in owners.iter().zip(labels) {
                // The entry read before had the whole run of labels for its own.
                set_label(&mut people[*k], label, *k == *idx);
            }
        } else if group || own != rest {
            // A number ran into the entry's own fields: read them alone.
            set_label(&mut people[*idx], own, true);
        }
    }
    for (n, (idx, _)) in rests.iter().enumerate() {
        let role = groups.iter().rev().find(|(from, _)| *from <= n);
        if let (Some((_, Some(role))), None) = (role, people[*idx].role.as_ref()) {
            people[*idx].role = Some(role.clone());
        }
    }
}

fn set_label(p: &mut Person, label: &str, replace: bool) {
    let (role, org) = super::entry::label_fields(label);
    p.role = role;
    if replace || org.is_some() {
        p.organization = org;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_one_per_name() {
        assert_eq!(
            split_labels("FO FO (suppléant) UNSA", 3),
            Some(vec!["FO", "FO (suppléant)", "UNSA"])
        );
        assert_eq!(split_labels("FO UNSA", 3), None);
    }

    #[test]
    fn functions_opened_by_their_noun() {
        assert_eq!(
            split_labels(
                "Directrice des soins Cadre de santé – pôle Femme Chef du service de pédiatrie",
                3
            ),
            Some(vec![
                "Directrice des soins",
                "Cadre de santé – pôle Femme",
                "Chef du service de pédiatrie"
            ])
        );
        // A sentence is no column of labels.
        assert_eq!(split_labels("Le budget est voté par le conseil", 2), None);
    }

    #[test]
    fn a_numbered_label_for_the_people_after() {
        assert_eq!(
            numbered_group_label("Président 2.1 Représentants des usagers et des familles"),
            Some((
                "Président",
                Some("Représentants des usagers et des familles")
            ))
        );
        assert_eq!(
            numbered_group_label("Président 2.1 le budget"),
            Some(("Président", None))
        );
        assert_eq!(numbered_group_label("Président du bureau"), None);
    }
}

//! Resolution: the same person across the document ("Elise Pereira Nunes" speaking =
//! "Elise Pereira-Nunes" listed), across spelling variants (hyphen or space, accents, case,
//! civility, name order) and organisation abbreviations ("golfe V" = "Golfe 5").

use super::names::name_key;
use super::text::fold;

/// Index of the listed name that is the same person as `name`, if exactly one fits.
/// Exact key first; then one key contained in the other with at least two tokens, the
/// organisation breaking ties.
pub fn resolve(
    name: &str,
    org: Option<&str>,
    listed: &[(String, Option<String>)],
) -> Option<usize> {
    let key = name_key(name);
    if key.is_empty() {
        return None;
    }
    let exact: Vec<usize> = listed
        .iter()
        .enumerate()
        .filter(|(_, (n, _))| name_key(n) == key)
        .map(|(i, _)| i)
        .collect();
    if let Some(i) = pick(&exact, org, listed) {
        return Some(i);
    }
    let partial: Vec<usize> = listed
        .iter()
        .enumerate()
        .filter(|(_, (n, _))| {
            let k = name_key(n);
            let common = k.iter().filter(|t| key.contains(t)).count();
            common >= 2 && (common == k.len() || common == key.len())
        })
        .map(|(i, _)| i)
        .collect();
    pick(&partial, org, listed)
}

fn pick(
    candidates: &[usize],
    org: Option<&str>,
    listed: &[(String, Option<String>)],
) -> Option<usize> {
    match candidates {
        [] => None,
        [one] => Some(*one),
        many => {
            let org = org.map(org_key)?;
            let fitting: Vec<usize> = many
                .iter()
                .copied()
                .filter(|&i| {
                    listed[i]
                        .1
                        .as_deref()
                        .map(org_key)
                        .is_some_and(|k| overlap(&k, &org))
                })
                .collect();
            (fitting.len() == 1).then(|| fitting[0])
        }
    }
}

/// Folded organisation words with roman numerals read as numbers ("golfe V" → golfe 5).
pub fn org_key(org: &str) -> Vec<String> {
    fold(org)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| t.len() > 2 || t.chars().all(|c| c.is_ascii_digit()) || roman(t).is_some())
        .map(|t| roman(t).map_or_else(|| t.to_string(), |n| n.to_string()))
        .collect()
}

fn roman(t: &str) -> Option<u32> {
    if t.is_empty() || !t.chars().all(|c| "ivx".contains(c)) || t.len() > 4 {
        return None;
    }
    let val = |c| match c {
        'i' => 1,
        'v' => 5,
        _ => 10,
    };
    let cs: Vec<u32> = t.chars().map(val).collect();
    let mut n = 0i32;
    for (k, v) in cs.iter().enumerate() {
        if cs.get(k + 1).is_some_and(|next| next > v) {
            n -= *v as i32;
        } else {
            n += *v as i32;
        }
    }
    (n > 0).then_some(n as u32)
}

pub(crate) fn overlap(a: &[String], b: &[String]) -> bool {
    // Numbers must agree when both sides have one ("Golfe 5" is not "Golfe 6").
    let nums = |k: &[String]| -> Vec<String> {
        k.iter()
            .filter(|t| t.chars().all(|c| c.is_ascii_digit()))
            .cloned()
            .collect()
    };
    let (na, nb) = (nums(a), nums(b));
    if !na.is_empty() && !nb.is_empty() && !na.iter().any(|n| nb.contains(n)) {
        return false;
    }
    a.iter().any(|t| b.contains(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(names: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
        names
            .iter()
            .map(|(n, o)| (n.to_string(), o.map(str::to_string)))
            .collect()
    }

    #[test]
    fn spelling_variants() {
        let l = listed(&[("Elise Pereira-Nunes", None), ("Jeong Jae SONG", None)]);
        assert_eq!(resolve("Elise Pereira Nunes", None, &l), Some(0));
        assert_eq!(resolve("SONG Jeong Jae", None, &l), Some(1));
        assert_eq!(resolve("Jae SONG", None, &l), Some(1));
        assert_eq!(resolve("Paul Martin", None, &l), None);
    }

    #[test]
    fn organisation_breaks_ties() {
        let l = listed(&[
            ("Koffi KIM", Some("Mairie du Golfe 6 (Togo)")),
            ("Koffi KIM", Some("Mairie du Golfe 5 (Togo)")),
        ]);
        assert_eq!(
            resolve("Koffi KIM", Some("commune du golfe V au Togo"), &l),
            Some(1)
        );
        assert_eq!(org_key("golfe V"), ["golfe", "5"]);
    }
}

//! Organisation keys for resolution: the same body across spellings and abbreviations
//! ("golfe V" = "Golfe 5"). People themselves are resolved by the roster (`roster.rs`).

use super::text::fold;

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

    #[test]
    fn organisation_keys_read_roman_numbers() {
        assert_eq!(org_key("golfe V"), ["golfe", "5"]);
        assert!(overlap(
            &org_key("Mairie du Golfe 5"),
            &org_key("commune du golfe V")
        ));
        assert!(!overlap(
            &org_key("Mairie du Golfe 6"),
            &org_key("commune du golfe V")
        ));
    }
}

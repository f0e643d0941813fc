//! What follows a person's name: role and organisation ("Directrice Relations
//! extérieures, Mairie de Mapo, Séoul"), and attendance qualifiers in parentheses.

use super::lexicon::{self, Att};
use super::text::{fold, split_commas};

/// Whether a segment starts a role: a role noun, a lowercase word or an ordinal ("3ème").
pub fn starts_role(seg: &str) -> bool {
    let seg = seg.trim();
    seg.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
        || super::segments::is_role(seg)
}

/// Whether a segment names an organisation by its head noun ("Mairie de ...", "Ville de").
pub fn starts_org(seg: &str) -> bool {
    super::segments::has_org_head(&super::analysis::Analysed::new(seg.trim()))
}

/// Splits "role, role, organisation, place" into role and organisation. Segments are roles
/// while they start like one; the first segment that does not opens the organisation.
pub fn split_role_org(rest: &str) -> (Option<String>, Option<String>) {
    let segs = split_commas(rest);
    if segs.is_empty() {
        return (None, None);
    }
    let mut role: Vec<&str> = Vec::new();
    let mut org_at = None;
    for (i, s) in segs.iter().enumerate() {
        let is_role = if i == 0 {
            !starts_org(s)
        } else {
            starts_role(s)
        };
        if is_role {
            role.push(s);
        } else {
            org_at = Some(i);
            break;
        }
    }
    let org = org_at.map(|i| segs[i..].join(", "));
    let role = (!role.is_empty()).then(|| role.join(", "));
    (role, org)
}

/// Attendance stated inside a person's entry ("(excusée)", "représenté par", "en visio").
pub fn attendance_cue(text: &str) -> Option<Att> {
    super::attendance::stated_in(&fold(text))
}

/// Drops parentheses that only qualify attendance or arrival ("(excusé)", "(arrivé à 19 h)").
pub fn strip_status_parens(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else {
            break;
        };
        let inner = &rest[open + 1..close];
        let fi = fold(inner);
        let status = super::attendance::stated_in(&fi).is_some()
            || lexicon::contains_any(&fi, lexicon::MOVEMENT_WORDS);
        out.push_str(&rest[..open]);
        if !status {
            out.push_str(&rest[open..=close]);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    super::text::clean(&out)
        .trim_end_matches([',', ';', ' '])
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_then_org() {
        assert_eq!(
            split_role_org("Directrice Relations extérieures, Mairie de Mapo, Séoul"),
            (
                Some("Directrice Relations extérieures".into()),
                Some("Mairie de Mapo, Séoul".into())
            )
        );
        assert_eq!(
            split_role_org("Senior Manager, KOTRA Séoul"),
            (Some("Senior Manager".into()), Some("KOTRA Séoul".into()))
        );
        assert_eq!(
            split_role_org(
                "maîtresse de conférences à l'université, cofondatrice d'Atelier Ville Ouverte"
            ),
            (
                Some(
                    "maîtresse de conférences à l'université, cofondatrice d'Atelier Ville Ouverte"
                        .into()
                ),
                None
            )
        );
        assert_eq!(
            split_role_org("Mairie de Lyon"),
            (None, Some("Mairie de Lyon".into()))
        );
    }

    #[test]
    fn attendance_in_entries() {
        assert_eq!(attendance_cue("(excusée)"), Some(Att::Excused));
        assert_eq!(
            attendance_cue("donne pouvoir à Corinne"),
            Some(Att::Represented)
        );
        assert_eq!(attendance_cue("en visioconférence"), Some(Att::Remote));
        assert_eq!(attendance_cue("trésorière"), None);
        assert_eq!(
            strip_status_parens("Gaël MORVEZEN (arrivé à 20 h 12)"),
            "Gaël MORVEZEN"
        );
    }
}

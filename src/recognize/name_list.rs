//! Lists of names: "A, B, C et D", with markers ("(retard)", "(excusée)") and aliases
//! ("nick (Real Name)"). Under an attendance heading a lone word is a person (a first name,
//! a nickname written in lower case); elsewhere only full names and given names count.

use super::analysis::Analysed;
use super::lexicon::{self, Att};
use super::names::{strip_civility, take_name};

/// One person of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Listed {
    pub name: String,
    pub civility: Option<&'static str>,
    pub attendance: Option<Att>,
    /// A role closing the list ("A, B et C, enseignantes") is everyone's.
    pub role: Option<String>,
    /// The handle written before a real name: "momo (Maurice Kerdraon)".
    pub alias: Option<String>,
}

/// Fewest names that make a line a list rather than one entry.
const MIN_LIST_NAMES: usize = 2;
/// Most words of one name in a list.
const MAX_NAME_WORDS: usize = 5;

/// Splits at commas, semicolons and " et " outside parentheses.
fn items(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' | ';' if depth == 0 => {
                out.push(&text[start..i]);
                start = i + 1;
            }
            'e' if depth == 0 && text[i..].starts_with("et ") && i > 0 && bytes[i - 1] == b' ' => {
                out.push(&text[start..i]);
                start = i + 2;
            }
            _ => {}
        }
    }
    out.push(&text[start..]);
    out.into_iter()
        .map(|s| s.trim().trim_matches(['*', '_', '.']).trim())
        .filter(|s| !s.is_empty())
        .collect()
}

/// A marker in parentheses at the end of an item, and the item without it.
fn marker(item: &str) -> (&str, Option<Att>, Option<&str>) {
    let Some(open) = item.rfind('(').filter(|_| item.ends_with(')')) else {
        return (item, None, None);
    };
    let inner = item[open + 1..item.len() - 1].trim();
    let f = super::analysis::fold(inner);
    let att = super::attendance::marker_at_start(&f)
        .or_else(|| super::attendance::stated_in(&f).filter(|a| *a == Att::Represented));
    match att {
        Some(att) => (item[..open].trim(), Some(att), None),
        None => (item[..open].trim(), None, Some(inner)),
    }
}

/// Whether a lone word can be a person in a list.
fn lone_word(word: &str, lenient: bool) -> bool {
    let a = Analysed::new(word);
    if a.tokens.len() != 1 || !a.is_word(0) {
        return false;
    }
    let f = a.ftok(0);
    if is_role_word(f) || lexicon::ORG_HEADS.contains(&f) || lexicon::NOT_NAME_WORDS.contains(&f) {
        return false;
    }
    super::gazetteer::is_given_name(f) && a.is_capitalised(0) || lenient
}

/// Whether a parenthesis holds a real name: a name, or under a heading two or three plain
/// words as a handle's owner writes them ("anne lozach").
fn real_name(paren: &str, lenient: bool) -> bool {
    if paren.split_whitespace().count() < 2 {
        return false;
    }
    if take_name(paren).is_some_and(|n| n.rest.is_empty()) {
        return true;
    }
    let a = Analysed::new(paren);
    lenient
        && (2..=3).contains(&a.tokens.len())
        && (0..a.tokens.len()).all(|i| {
            let f = a.ftok(i);
            a.is_word(i)
                && f.chars().count() >= 2
                && !lexicon::NOT_NAME_WORDS.contains(&f)
                && !is_role_word(f)
                && !lexicon::ORG_HEADS.contains(&f)
        })
}

/// A role noun, singular or plural ("enseignantes").
fn is_role_word(folded: &str) -> bool {
    lexicon::ROLE_NOUNS.contains(&folded)
        || lexicon::ROLE_NOUNS.contains(&folded.strip_suffix('s').unwrap_or(folded))
}

/// One item of a list as a person, and whether it is surely one (a full name, a given
/// name, a real name in parentheses) rather than a lone word accepted under a heading.
fn item_name(item: &str, lenient: bool) -> Option<(Listed, bool)> {
    let (body, attendance, paren) = marker(item);
    let (civility, bare) = strip_civility(body);
    // "nick (Real Name)": the real name.
    let real = paren.filter(|p| real_name(p, lenient));
    let (name, sure) = if let Some(r) = real {
        (r.to_string(), true)
    } else if let Some(role) = paren.filter(|p| super::entry::is_role(p)) {
        // "Solène (présidente)": the role in parentheses.
        let (listed, sure) = item_name(bare, lenient)?;
        return Some((
            Listed {
                role: Some(role.to_string()),
                attendance: attendance.or(listed.attendance),
                ..listed
            },
            sure,
        ));
    } else if paren.is_some_and(|p| p.starts_with(char::is_uppercase))
        || paren.is_some() && !(lenient && lone_word(bare, true))
    {
        // A capitalised parenthesis tags a group ("(FCPE)"): read by the group rule.
        return None;
    } else if paren.is_some() {
        // "nick (a note)": the nickname.
        (bare.to_string(), false)
    } else if take_name(body).is_some_and(|n| n.rest.is_empty()) {
        (bare.to_string(), true)
    } else if lone_word(bare, lenient) {
        (bare.to_string(), lone_word(bare, false))
    } else {
        return None;
    };
    if name.split_whitespace().count() > MAX_NAME_WORDS {
        return None;
    }
    let listed = Listed {
        alias: real.map(|_| bare.to_string()),
        name,
        civility,
        attendance,
        role: None,
    };
    Some((listed, sure))
}

/// The name at the start of an item followed by a new sentence (a capitalised word that
/// cannot be name, or a verb), if that is its shape.
fn sentence_after_name(item: &str) -> Option<&str> {
    let n = take_name(item)?;
    let rest = n.rest.trim_start();
    let next = rest.split_whitespace().next()?;
    let starts_sentence = next.starts_with(char::is_uppercase)
        && !super::names::is_name_token(next)
        && n.name.split_whitespace().count() >= 2;
    starts_sentence.then(|| item[..item.len() - n.rest.len()].trim_end())
}

/// One name alone ("Nolwenn", "M. Le Goff", "jo (Jo Kerhervé)"), surely a person.
pub(crate) fn lone_name(text: &str) -> Option<Listed> {
    item_name(text.trim(), false)
        .filter(|(_, sure)| *sure)
        .map(|(l, _)| l)
}

/// Reads a list of people, all or nothing: every item must be a name.
pub(crate) fn names_in_list(text: &str, lenient: bool) -> Option<Vec<Listed>> {
    let mut out = Vec::new();
    let mut given_or_full = 0;
    let mut items = items(text);
    // "A, B et C, enseignantes": the closing role.
    let role = items
        .last()
        .filter(|last| {
            let f = super::analysis::fold(last);
            f.split_whitespace().next().is_some_and(is_role_word)
        })
        .map(|r| r.to_string());
    if role.is_some() {
        items.pop();
    }
    let last = items.len().saturating_sub(1);
    let mut plural: Option<&'static str> = None;
    for (k, item) in items.into_iter().enumerate() {
        // A paragraph whose line breaks were lost runs on after the last name: "... et
        // Goulven Caradec Le bureau remercie ...": the name ends where a sentence starts.
        let item = if k == last && k > 0 {
            sentence_after_name(item).unwrap_or(item)
        } else {
            item
        };
        let (mut listed, sure) = item_name(item, lenient)?;
        given_or_full += usize::from(sure);
        if listed.role.is_none() {
            listed.role = role.clone();
        }
        // "Mesdames A, B, Messieurs C, D": a plural civility goes on to the names after it.
        let first = super::analysis::fold(item.split_whitespace().next().unwrap_or(""));
        if listed.civility.is_some() {
            plural = matches!(
                first.trim_end_matches('.'),
                "mmes" | "mm" | "messieurs" | "mesdames"
            )
            .then_some(listed.civility)
            .flatten();
        } else {
            listed.civility = plural;
        }
        out.push(listed);
    }
    (out.len() >= MIN_LIST_NAMES && given_or_full > 0).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(text: &str, lenient: bool) -> Option<Vec<String>> {
        names_in_list(text, lenient).map(|v| v.into_iter().map(|l| l.name).collect())
    }

    #[test]
    fn given_names_and_full_names() {
        assert_eq!(
            list("Maëlle, Bastien, Soizic et Erwan", false).unwrap(),
            ["Maëlle", "Bastien", "Soizic", "Erwan"]
        );
        assert_eq!(
            list("Anne Roux, Loïc Brun et Mme Léa Guéguen.", false).unwrap(),
            ["Anne Roux", "Loïc Brun", "Léa Guéguen"]
        );
    }

    #[test]
    fn nicknames_only_under_a_heading() {
        assert_eq!(list("Mirtille, zorglub, Ewen, Pato (retard)", false), None);
        let v = names_in_list("Mirtille, zorglub, Ewen, Pato (retard)", true).unwrap();
        assert_eq!(v.len(), 4);
        assert_eq!(v[3].attendance, Some(Att::Present));
    }

    #[test]
    fn a_closing_role_is_everyones() {
        let v = names_in_list("Mmes Le Goff, Caradec et Riou, institutrices", true).unwrap();
        assert_eq!(v.len(), 3);
        assert!(v.iter().all(|l| l.role.as_deref() == Some("institutrices")));
        assert_eq!(v[0].civility, Some("Mme"));
    }

    #[test]
    fn a_proxy_in_parentheses_is_represented() {
        let v = names_in_list("Nolwenn, Lola (vote donné à Cyrielle)", true).unwrap();
        assert_eq!(v[1].attendance, Some(Att::Represented));
        assert_eq!(v[1].name, "Lola");
    }

    #[test]
    fn a_list_running_into_the_next_sentence() {
        assert_eq!(
            list(
                "Rozenn Le Bihan et Goulven Caradec Le bureau remercie Rozenn.",
                true
            )
            .unwrap(),
            ["Rozenn Le Bihan", "Goulven Caradec"]
        );
    }

    #[test]
    fn a_plural_civility_goes_on() {
        let v = names_in_list("Mesdames Le Goff, Riou, Messieurs Tanguy, Abel", true).unwrap();
        let civ: Vec<Option<&str>> = v.iter().map(|l| l.civility).collect();
        assert_eq!(civ, [Some("Mme"), Some("Mme"), Some("M."), Some("M.")]);
    }

    #[test]
    fn real_names_in_parentheses() {
        assert_eq!(
            list("bob (Bob Martin), zaz (Isabelle Zazou)", true).unwrap(),
            ["Bob Martin", "Isabelle Zazou"]
        );
    }

    #[test]
    fn handles_with_owners_in_lower_case_or_a_note() {
        assert_eq!(
            list(
                "jo (jo lemoine), kiwi (** pseudo à garder), Malo (Malo Briand)",
                true
            )
            .unwrap(),
            ["jo lemoine", "kiwi", "Malo Briand"]
        );
    }

    #[test]
    fn sentences_and_topics_are_not_lists() {
        assert_eq!(list("budget, trésorerie et statuts", true), None);
        assert_eq!(
            list("Le bureau valide le budget, puis la séance est levée", true),
            None
        );
        assert_eq!(list("Ville de Brest, Région Bretagne", true), None);
    }
}

//! Officers of the sitting named in the text: the chair ("sous la présidence de X") and
//! the secretary ("Secrétaire de séance : X", "désigne X comme secrétaire de séance").

use super::affiliation::strip_status_parens;
use super::lexicon::{self, Att};
use super::names::take_name;
use super::participants::Person;
use super::text::{fold, split_colon, trim_label};
use crate::record::SourceSpan;

/// "Secrétaire auxiliaire :" with the name on the next line: the role.
pub(crate) fn secretary_label(text: &str) -> Option<String> {
    let (label, rest) = split_colon(text)?;
    let f = fold(label);
    let officer = lexicon::contains_any(&f, lexicon::SECRETARY)
        || lexicon::OFFICER_LABELS.contains(&fold(trim_label(label)).as_str());
    (rest.trim().is_empty() && officer).then(|| trim_label(label).to_string())
}

/// "sous la présidence de M. X, Maire", "Secrétaire de séance : Mme Y": the person, present.
pub(crate) fn officer(text: &str, span: &SourceSpan) -> Option<Person> {
    let a = super::analysis::Analysed::new(text);
    let f: &str = &a.folded;
    let chair = lexicon::CHAIR_CUES
        .iter()
        .find_map(|c| super::entry::find_word(f, c).map(|p| (p, c.len())));
    let (n, role) = if let Some((pos, len)) = chair {
        (name_after(&text[a.orig(pos + len)..])?, None)
    } else {
        let (pos, len) = lexicon::SECRETARY
            .iter()
            .find_map(|c| super::entry::find_word(f, c).map(|p| (p, c.len())))?;
        // The function as written where the cue stands ("Élection du secrétaire de
        // séance :" gives "secrétaire de séance").
        let label = split_colon(text)
            .filter(|(l, _)| lexicon::contains_any(&fold(l), lexicon::SECRETARY))
            .map_or("Secrétaire de séance", |_| a.orig_slice(pos, pos + len));
        // "... désigne Mme X comme secrétaire de séance": the name before the cue.
        let before = f[..pos].trim_end();
        let n = match before.strip_suffix("comme") {
            Some(head) => name_ending(text[..a.orig(head.len())].trim_end())?,
            None => name_after(&text[a.orig(pos + len)..])?,
        };
        (n, Some(label.to_string()))
    };
    let after = strip_status_parens(n.rest);
    let role = role.or_else(|| {
        super::text::split_commas(&after)
            .first()
            .filter(|r| super::affiliation::starts_role(r))
            .map(|r| r.trim_end_matches(['.', ',']).to_string())
    });
    Some(Person {
        civility: n.civility,
        alias: None,
        name: n.name,
        role,
        organization: None,
        attendance: Some(Att::Present),
        span: span.clone(),
    })
}

/// Whether a name read in running text is a person's: with a civility or two words, not
/// a body ("Conseil") or a function.
pub(crate) fn officer_name(n: &super::names::NameParse<'_>) -> bool {
    let nf = fold(&n.name);
    (n.civility.is_some() || n.name.split_whitespace().count() >= 2)
        && !nf.contains("secretaire")
        && !nf.contains("conseil")
}

/// The first name after a cue (after a colon, a civility or "désigne").
pub(crate) fn name_after(rest: &str) -> Option<super::names::NameParse<'_>> {
    rest.char_indices()
        .filter(|(i, c)| *i == 0 || (c.is_whitespace() || *c == ':'))
        .find_map(|(i, _)| {
            take_name(rest[i..].trim_start_matches([' ', ':'])).filter(|n| officer_name(n))
        })
}

/// The name that ends a text ("... désigne Madame Léa ROUX").
pub(crate) fn name_ending(head: &str) -> Option<super::names::NameParse<'_>> {
    head.char_indices()
        .filter(|(i, c)| *i == 0 || head[..*i].ends_with(' ') && !c.is_whitespace())
        .find_map(|(i, _)| {
            take_name(&head[i..]).filter(|n| n.rest.trim().is_empty() && officer_name(n))
        })
}

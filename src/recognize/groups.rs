//! Groups of participants: labels that head the people under them ("Ville de Tours :",
//! "Partenaires", "Délégation française :", "Pour la Ville de Dinan :"), what organisation
//! and attendance they give, and lines holding several labels with their people.

use super::lexicon::{self, Att, REMOTE_CUES};
use super::names::is_person_name;
use super::text::{fold, split_colon, trim_label};

/// Most words of a label heading a group of participants.
pub(crate) const GROUP_LABEL_WORDS: usize = 8;

#[derive(Clone)]
pub(crate) struct Group {
    pub(crate) org: Option<String>,
    pub(crate) attendance: Option<Att>,
    /// A label that is a role ("Représentants des usagers") gives it to its members.
    pub(crate) role: Option<String>,
}

/// Group header: "Ville de Tours :" or "Délégation ... en visioconférence : (ci-joint ...)".
pub(crate) fn group_header(text: &str) -> Option<Group> {
    let (label, rest) = split_colon(text)?;
    let rest = rest.trim();
    let only_note = rest.is_empty() || (rest.starts_with('(') && rest.ends_with(')'));
    if !only_note {
        return None;
    }
    let label = trim_label(label);
    if label.is_empty() || is_person_name(label) || label.split_whitespace().count() > 12 {
        return None;
    }
    Some(group_of(label))
}

pub(crate) fn group_of(label: &str) -> Group {
    let label = strip_delegation_lead(label);
    let f = fold(label);
    let remote = lexicon::contains_any(&f, REMOTE_CUES);
    // A header that only qualifies attendance ("Délégation présente en visioconférence")
    // does not name an organisation: members carry theirs; one that names a body and the
    // mode ("Mairie de X (Tunisie) – participants à distance") gives the body.
    let named = || {
        let segs = super::entry::segments(label);
        let k = segs
            .iter()
            .position(|s| super::entry::kind_of(s.text, false) == super::entry::SegKind::Org)?;
        let end = segs
            .get(k + 1)
            .filter(|s| s.in_parens && s.sep == '(')
            .map_or(segs[k].end, |s| s.end);
        Some(label[segs[k].start..end].to_string())
    };
    Group {
        org: if remote {
            named()
        } else {
            Some(label.to_string())
        },
        attendance: remote.then_some(Att::Remote),
        role: None,
    }
}

/// "Pour la Ville de Dinan" names the Ville de Dinan: the lead and its article go.
pub(crate) fn strip_delegation_lead(label: &str) -> &str {
    let a = super::analysis::Analysed::new(label);
    if a.tokens.len() < 2 || !lexicon::DELEGATION_LEADS.contains(&a.ftok(0)) {
        return label;
    }
    let mut next = 1;
    let t = a.ftok(1);
    if matches!(t, "la" | "le" | "les") {
        next = 2;
    }
    let Some(tok) = a.tokens.get(next) else {
        return label;
    };
    // "l'Agence": the article is glued to the word.
    let word = a.tok(next);
    let skip = if word.starts_with(['l', 'L']) && word[1..].starts_with(['\'', '’']) {
        1 + word[1..].chars().next().map_or(0, char::len_utf8)
    } else {
        0
    };
    label[tok.start + skip..].trim()
}

/// A delegation heading: the group it opens, with the organisation it names ("Délégation
/// de la Ville de Rennes") and its attendance ("... en visioconférence").
pub(crate) fn delegation_heading(text: &str) -> Option<Group> {
    let (label, rest) = split_colon(text)?;
    let label = trim_label(label);
    let a = super::analysis::Analysed::new(label);
    if !rest.trim().is_empty()
        || label.split_whitespace().count() > GROUP_LABEL_WORDS
        || !lexicon::DELEGATION_HEADS.contains(&a.ftok(0))
    {
        return None;
    }
    let remote = lexicon::contains_any(&a.folded, REMOTE_CUES);
    // "Délégation de la Ville de X": the organisation after the preposition.
    let mut k = 1;
    while k < a.tokens.len() && matches!(a.ftok(k), "de" | "du" | "des" | "la" | "le" | "les") {
        k += 1;
    }
    let org = (k > 1 && !remote)
        .then(|| a.tokens.get(k))
        .flatten()
        .map(|t| {
            let word = &label[t.start..];
            let skip = word.find(['\'', '’']).filter(|&p| p <= 1).map_or(0, |p| {
                p + word[p..].chars().next().map_or(0, char::len_utf8)
            });
            word[skip..].trim().to_string()
        })
        .filter(|o| o.starts_with(char::is_uppercase));
    Some(Group {
        org,
        attendance: remote.then_some(Att::Remote),
        role: None,
    })
}

/// Splits "Commune de A : M. X Commune de B : Mme Y" where one line holds several
/// organisation labels, each followed by its people.
pub(crate) fn org_pieces(text: &str) -> Vec<&str> {
    let mut cuts = vec![0];
    let words = super::text::words_at(text);
    for (k, (start, w)) in words.iter().enumerate() {
        if k == 0 || !w.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let f = fold(w);
        if !lexicon::ORG_HEADS.contains(&f.trim_matches(|c: char| !c.is_alphanumeric())) {
            continue;
        }
        // The label ends with a colon within a few words.
        let colon_soon = words[k..]
            .iter()
            .take(7)
            .any(|(_, x)| *x == ":" || x.ends_with(':'));
        let prev = words[k - 1].1;
        if colon_soon
            && !prev.ends_with(':')
            && !matches!(fold(prev).as_str(), "de" | "du" | "la" | "le" | "a" | "des")
        {
            cuts.push(*start);
        }
    }
    if cuts.len() <= 2 {
        return vec![text];
    }
    cuts.push(text.len());
    cuts.windows(2)
        .map(|w| text[w[0]..w[1]].trim())
        .filter(|s| !s.is_empty())
        .collect()
}

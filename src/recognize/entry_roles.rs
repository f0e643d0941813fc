//! A role that names its body: "Président de Ciel", "secrétaire générale de la commune
//! de X", "représentant la Ville de Y": the role word and the organisation.

use super::analysis::{fold, Analysed};
use super::lexicon::{self};

/// Most lower-case words between a role noun and the organisation's preposition.
pub(crate) const MAX_ROLE_QUALIFIERS: usize = 3;
/// "représentant la Ville de Lannion", "représentante de l'AFD en remplacement de X": the
/// role word and the body represented, up to a clause that says something else.
pub(crate) fn represents(role: &str) -> Option<(String, String)> {
    let a = Analysed::new(role);
    let first = (0..a.tokens.len()).find(|&i| a.is_word(i))?;
    if !lexicon::REPRESENTING.contains(&a.ftok(first)) {
        return None;
    }
    let mut k = first + 1;
    // An article in capitals belongs to the name ("LES AMIS DU PARC").
    while k < a.tokens.len() && lexicon::REPRESENTED_ARTICLES.contains(&a.ftok(k)) && !a.is_upper(k)
    {
        k += 1;
    }
    let start = a.tokens.get(k)?;
    // An elided article glued to the name: "l'AFD", "d'Orvault".
    let word = a.tok(k);
    let skip = match word.find(['\'', '’']) {
        Some(p) if p <= 1 => p + word[p..].chars().next().map_or(0, char::len_utf8),
        _ => 0,
    };
    let body = &role[start.start + skip..];
    let body_f = &a.folded[a.tokens[k].fstart..];
    let end = lexicon::REPRESENTED_ENDS
        .iter()
        .filter_map(|e| super::entry::find_word(body_f, e))
        .min()
        .map_or(body.len(), |p| {
            a.orig(a.tokens[k].fstart + p) - (start.start + skip)
        });
    let org = body[..end].trim().trim_end_matches([',', ';']).trim();
    (!org.is_empty() && org.starts_with(char::is_uppercase))
        .then(|| (a.tok(first).to_string(), org.to_string()))
}

/// "Président de Ciel", "trésorière de l'Amicale X": one role noun, a preposition, then a
/// capitalised name: the role and the organisation.
pub(crate) fn role_of_org(role: &str) -> Option<(String, String)> {
    let a = Analysed::new(role);
    let words: Vec<usize> = (0..a.tokens.len()).filter(|&i| a.is_word(i)).collect();
    let (&noun, rest) = words.split_first()?;
    if !lexicon::ROLE_NOUNS.contains(&a.ftok(noun)) {
        return None;
    }
    // "maire adjointe de ...", "premier adjoint au maire de ...": a few lower-case words
    // may qualify the role noun before the preposition; the first preposition followed by a
    // body's name is the one ("chargé de mission de la Ville de X").
    let body_after = |at: usize| -> Option<usize> {
        let prep = rest[at];
        let mut t = if a.ftok(prep).starts_with("d'") {
            prep
        } else {
            *rest.get(at + 1)?
        };
        if matches!(a.ftok(t), "la" | "le" | "les") {
            t = *rest.get(at + 2)?;
        }
        let raw = a.tok(t);
        let word = raw
            .strip_prefix(['d', 'l', 'D', 'L'])
            .and_then(|r| r.strip_prefix(['\'', '’']))
            .unwrap_or(raw);
        let head = fold(word);
        let capital = word.starts_with(|c: char| c.is_uppercase())
            && !lexicon::ROLE_NOUNS.contains(&head.as_str());
        (capital || lexicon::TERRITORIAL_HEADS.contains(&head.as_str())).then_some(t)
    };
    let near = rest
        .iter()
        .enumerate()
        .take(MAX_ROLE_QUALIFIERS + 2)
        .take_while(|(_, &w)| a.tok(w).starts_with(char::is_lowercase))
        .filter(|(_, &w)| matches!(a.ftok(w), "de" | "du" | "des") || a.ftok(w).starts_with("d'"))
        .find_map(|(at, _)| body_after(at).map(|t| (at, t)));
    // Further on, only a territorial body: "chargée de mission coopération à la mairie de
    // X", "ingénieure responsable du service des eaux de la municipalité de Y".
    let far = || {
        rest.iter().enumerate().find_map(|(at, &w)| {
            let prep =
                lexicon::ROLE_BODY_PREPOSITIONS.contains(&a.ftok(w)) || a.ftok(w).starts_with("d'");
            let t = body_after(at).filter(|_| prep)?;
            let word = a.ftok(t).trim_start_matches("l'").trim_start_matches("d'");
            lexicon::TERRITORIAL_HEADS
                .contains(&word)
                .then_some((at, t))
        })
    };
    let (at, org_tok) = near.or_else(far)?;
    let prep = rest[at];
    let raw = a.tok(org_tok);
    let org = raw
        .strip_prefix(['d', 'l', 'D', 'L'])
        .and_then(|r| r.strip_prefix(['\'', '’']))
        .unwrap_or(raw);
    let org_start = a.tokens[org_tok].start + (raw.len() - org.len());
    let role_end = a.tokens[prep].start;
    Some((
        role[a.tokens[noun].start..role_end].trim().to_string(),
        role[org_start..].trim().to_string(),
    ))
}

//! Speakers inside running text: "En préambule Madame Le Floc'h-Bernard indique que ...",
//! "**Maiwenn Quéau** (cheffe de projet) a exprimé ...", "Monsieur le Maire expose ...",
//! "La seconde partie a été animée par Erwan Pichon". A name written alone ("Tugdual")
//! counts when the document shows it is a person: listed, or named as someone who acts.

use std::collections::HashSet;

use super::lexicon::{self, CIVILITIES, NAME_PARTICLES, ROLE_NOUNS};
use super::names::{is_name_token, strip_civility};
use super::text::fold;
use super::verbs::speech_verb_at;

/// What the document tells about who is a person.
pub struct Known {
    /// Participants: name key and role.
    pub people: Vec<(Vec<String>, Option<String>, String)>,
    /// Single capitalised words the document uses as people (subjects of speech verbs,
    /// after "par"), folded.
    pub evidence: HashSet<String>,
    /// Handles and nicknames of listed participants, folded.
    pub aliases: HashSet<String>,
}

impl Known {
    /// Whether a single word is a known person's name.
    pub fn knows_token(&self, token: &str) -> bool {
        let f = fold(token);
        self.evidence.contains(&f)
            || self.aliases.contains(&f)
            || self
                .people
                .iter()
                .any(|(k, _, _)| k.len() == 1 && k[0] == f)
    }

    /// The participant whose role starts with `role_noun` ("maire", "presidente"), if one.
    pub fn by_role(&self, role: &str) -> Option<&str> {
        let fits: Vec<&str> = self
            .people
            .iter()
            .filter(|(_, r, _)| r.as_deref().is_some_and(|r| holds_role(r, role)))
            .map(|(_, _, n)| n.as_str())
            .collect();
        (fits.len() == 1).then(|| fits[0])
    }
}

/// Whether a participant's role (as listed, perhaps several: "adjointe au maire, présidente
/// du groupe") has a part that starts with the folded role phrase ("presidente",
/// "charge de mission").
pub(crate) fn holds_role(listed: &str, phrase: &str) -> bool {
    // "directeur" is not "directeur-adjoint".
    fold(listed).split([',', ';', '/']).any(|part| {
        let part = part.trim();
        part.starts_with(phrase)
            && part[phrase.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() && c != '-')
    })
}

/// Most words after a role noun in a role used as subject ("le chargé de mission Asie").
const MAX_ROLE_COMPLEMENT: usize = 3;

/// A name attributed in running text, with the byte offset where its clause starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub name: String,
    pub civility: Option<&'static str>,
    /// Resolved from a role ("Monsieur le Maire").
    pub by_role: bool,
}

fn tokens_with_offsets(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.' | '@' | '_');
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

/// Name ending right before token `end` (exclusive), read backwards: capitalised tokens and
/// particles, with a civility before them.
fn name_before(
    text: &str,
    tokens: &[(usize, &str)],
    end: usize,
    known: &Known,
) -> Option<Attribution> {
    let mut k = end;
    // Skip a parenthesis or a bold marker between name and verb: handled by the tokenizer.
    let mut name_tokens: Vec<&str> = Vec::new();
    while k > 0 {
        let raw = tokens[k - 1].1;
        // A colon or a dash between two words ends the name: "Ville de Dax : Léa Roy".
        if !name_tokens.is_empty() {
            let gap = &text[tokens[k - 1].0 + raw.len()..tokens[k].0];
            if gap.contains([':', '–', '—', ';', '|']) {
                break;
            }
        }
        // "confiées par Soren. Soren a insisté": a sentence end stops the name.
        if !name_tokens.is_empty()
            && raw.ends_with('.')
            && raw.chars().filter(|c| c.is_alphabetic()).count() > 1
        {
            break;
        }
        let t = raw.trim_end_matches('.');
        let f = fold(t);
        if is_name_token(t)
            || (!name_tokens.is_empty() && NAME_PARTICLES.contains(&f.as_str()) && t.len() <= 3)
        {
            name_tokens.insert(0, t);
            k -= 1;
            if name_tokens.len() > 5 {
                return None;
            }
        } else {
            break;
        }
    }
    // Role references: "Monsieur le Maire", "la Présidente", "le chargé de mission": an
    // article, a role noun and up to three words of complement before the verb.
    if name_tokens.is_empty() && k >= 2 {
        let start = (k - 1).saturating_sub(MAX_ROLE_COMPLEMENT);
        for j in (start..k - 1).rev() {
            let article = fold(tokens[j].1);
            let noun = fold(tokens[j + 1].1);
            if matches!(article.as_str(), "le" | "la" | "l'") && ROLE_NOUNS.contains(&noun.as_str())
            {
                let phrase: Vec<String> = tokens[j + 1..k].iter().map(|(_, t)| fold(t)).collect();
                let name = known.by_role(&phrase.join(" "))?;
                return Some(Attribution {
                    name: name.to_string(),
                    civility: None,
                    by_role: true,
                });
            }
        }
        return None;
    }
    // A leading article is not name, but a particle in capitals before a family name in
    // capitals is ("LE GALL", "DA COSTA"), and so is one after a civility ("M. Le Goff").
    let after_civility = k
        .checked_sub(1)
        .is_some_and(|c| lexicon::civility(tokens[c].1).is_some());
    while !after_civility
        && name_tokens.first().is_some_and(|t| {
            NAME_PARTICLES.contains(&fold(t).as_str())
                && !(t.chars().all(char::is_uppercase)
                    && name_tokens.get(1).is_some_and(|n| {
                        n.chars()
                            .filter(|c| c.is_alphabetic())
                            .all(char::is_uppercase)
                    }))
        })
    {
        name_tokens.remove(0);
    }
    if name_tokens.is_empty() {
        return None;
    }
    // Titles between civility and name: "Monsieur le professeur Laborie", "M. le Pr X".
    while k >= 1 {
        let t = fold(tokens[k - 1].1.trim_end_matches('.'));
        if matches!(
            t.as_str(),
            "professeur" | "docteur" | "pr" | "dr" | "le" | "la" | "maitre" | "me"
        ) {
            k -= 1;
        } else {
            break;
        }
    }
    let titled = k < end - name_tokens.len();
    let civility = k.checked_sub(1).and_then(|c| {
        let t = fold(tokens[c].1.trim_end_matches('.'));
        CIVILITIES
            .iter()
            .find(|(w, _)| *w == t)
            .map(|(_, canon)| *canon)
    });
    let name = name_tokens.join(" ");
    let plausible = civility.is_some()
        || titled
        || name_tokens.len() >= 2
        || known.knows_token(&name)
        || name_tokens[0]
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
            && name_tokens[0].chars().count() >= 4;
    // A capitalised word at the start of a sentence is not a name by itself.
    let sentence_start = k == 0;
    if !plausible
        || (sentence_start
            && name_tokens.len() == 1
            && civility.is_none()
            && !known.knows_token(&name))
    {
        return None;
    }
    Some(Attribution {
        name,
        civility,
        by_role: false,
    })
}

/// The token before which a parenthesis closing right before token `k` opens ("X (Org)
/// indique": the name ends before the parenthesis), or `k`.
fn skip_paren(text: &str, tokens: &[(usize, &str)], k: usize) -> usize {
    let at = tokens.get(k).map_or(text.len(), |(o, _)| *o);
    let before = text[..at].trim_end().trim_end_matches(',').trim_end();
    if !before.ends_with(')') {
        return k;
    }
    before.rfind('(').map_or(k, |open| {
        tokens.iter().take_while(|(o, _)| *o < open).count().min(k)
    })
}

/// The token where an apposition before token `end` opens, when the text before it ends
/// with a comma or a dash closing a role or an organisation ("..., chargée de mission,").
fn apposition_start(text: &str, tokens: &[(usize, &str)], end: usize) -> Option<(usize, bool)> {
    let at = tokens.get(end).map_or(text.len(), |(o, _)| *o);
    let before = text[..at].trim_end();
    let close = before
        .char_indices()
        .next_back()
        .filter(|(_, c)| matches!(c, ',' | '–' | '—'))?
        .0;
    let open = before[..close].rfind([',', '–', '—', '('])?;
    let inner = before[open..close].trim_start_matches([',', '–', '—', '(', ' ']);
    let f = fold(inner);
    let first = f.split([' ', '\'']).next().unwrap_or("");
    let apposition = inner.starts_with(char::is_lowercase)
        || super::entry::is_role(inner)
        || lexicon::ORG_HEADS.contains(&first)
        || matches!(first, "de" | "du" | "des" | "d");
    let absent = lexicon::ENTRY_MARKERS
        .iter()
        .filter(|(_, a)| matches!(a, lexicon::Att::Excused | lexicon::Att::Absent))
        .any(|(cues, _)| cues.iter().any(|c| lexicon::starts_with_word(&f, c)));
    (apposition && !inner.is_empty())
        .then(|| (tokens.iter().take_while(|(o, _)| *o < open).count(), absent))
}

/// Speakers attributed in a sentence, in order.
pub fn attributions(text: &str, known: &Known) -> Vec<Attribution> {
    let tokens = tokens_with_offsets(text);
    let folded: Vec<String> = tokens
        .iter()
        .map(|(_, t)| fold(t.trim_end_matches('.')))
        .collect();
    let words: Vec<&str> = folded.iter().map(String::as_str).collect();
    let mut out: Vec<Attribution> = Vec::new();
    for k in 0..tokens.len() {
        // "<name> indique", "<name> a rappelé", "<name> (role) a exprimé".
        if k > 0 && speech_verb_at(&words[k..]).is_some() {
            // Skip back over a parenthesis "(Product Owner)".
            let mut end = skip_paren(text, &tokens, k);
            // Skip back over an apposition: "M. X, maire de Plouha, rappelle",
            // "Mme Y — trésorière — précise". Someone "excusé" who "a transmis" a note did
            // not speak at the meeting.
            if let Some((start, absent)) = apposition_start(text, &tokens, end) {
                if absent {
                    continue;
                }
                // "M. X (Org), en ligne, confirme": the parenthesis before the apposition.
                end = skip_paren(text, &tokens, start);
            }
            // The name must end its clause: nothing but spaces, markup or a parenthesis
            // between it and the verb.
            if let Some(a) = name_before(text, &tokens, end, known) {
                // "A et B présentent": both.
                let used = a.name.split_whitespace().count() + usize::from(a.civility.is_some());
                let other = end
                    .checked_sub(used + 1)
                    .filter(|&e| e > 0 && words[e] == "et")
                    .and_then(|e| name_before(text, &tokens, skip_paren(text, &tokens, e), known));
                for x in other.into_iter().chain(std::iter::once(a)) {
                    if !out.contains(&x) {
                        out.push(x);
                    }
                }
            }
        }
        // "animée par <name>"
        let agent = words.get(k + 1) == Some(&"par")
            && lexicon::AGENT_CUES
                .iter()
                .any(|c| c.split(' ').next() == Some(words[k]));
        // "Selon Mme X, ...": what follows is hers; so is "l'intervention de M. Y",
        // "sur proposition de Mme Z".
        let source = lexicon::SOURCE_CUES.contains(&words[k])
            || matches!(words[k], "de" | "d'")
                && k > 0
                && lexicon::CONTRIBUTION_NOUNS.contains(&words[k - 1].trim_start_matches("l'"));
        if agent || source {
            let skip = if agent { 2 } else { 1 };
            let after: Vec<(usize, &str)> = tokens[k + skip.min(tokens.len() - k)..].to_vec();
            // A civility may open the name: "animée par Mme X", "Selon M. Y".
            let mut n = usize::from(
                after
                    .first()
                    .is_some_and(|(_, t)| lexicon::civility(t).is_some()),
            );
            // Punctuation between two words ends the name: "Selon Mme X, le projet".
            let joined = |n: usize| {
                n == 0 || {
                    let (o, t) = after[n - 1];
                    !text[o + t.len()..after[n].0].contains([',', ';', ':', '(', ')'])
                }
            };
            while n < after.len()
                && n < 6
                && joined(n)
                && (is_name_token(after[n].1)
                    || (n > 0 && NAME_PARTICLES.contains(&fold(after[n].1).as_str())))
            {
                n += 1;
                // "... par Anne Roux. La séance": a sentence ends the name.
                let t = after[n - 1].1;
                if t.ends_with('.')
                    && !super::names::is_initials(t)
                    && lexicon::civility(t).is_none()
                {
                    break;
                }
            }
            if n > 0 {
                let body = after[..n]
                    .iter()
                    .map(|(_, t)| *t)
                    .collect::<Vec<_>>()
                    .join(" ");
                let (civ, name) = strip_civility(&body);
                let plausible = civ.is_some() || n >= 2 || known.knows_token(name);
                let a = Attribution {
                    name: name.to_string(),
                    civility: civ,
                    by_role: false,
                };
                if plausible && !out.contains(&a) {
                    out.push(a);
                }
            }
        }
    }
    out
}

/// Single capitalised words the document uses as people: before a speech verb or after
/// "par" / "de" at least twice in all.
pub fn name_evidence(texts: &[&str]) -> HashSet<String> {
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for text in texts {
        let tokens = tokens_with_offsets(text);
        let folded: Vec<String> = tokens
            .iter()
            .map(|(_, t)| fold(t.trim_end_matches('.')))
            .collect();
        let words: Vec<&str> = folded.iter().map(String::as_str).collect();
        for k in 0..tokens.len() {
            let t = tokens[k].1;
            if !is_name_token(t) || t.chars().skip(1).all(|c| !c.is_lowercase()) {
                continue;
            }
            let prev = k.checked_sub(1).map(|p| folded[p].as_str());
            // A capitalised word before is part of the same name, unless it ends a sentence.
            let prev_is_capital = k.checked_sub(1).is_some_and(|p| {
                tokens[p].1.starts_with(|c: char| c.is_uppercase()) && !tokens[p].1.ends_with('.')
            });
            let agent = matches!(prev, Some("par"));
            let next = &words[k + 1..];
            let subject = !prev_is_capital && k > 0 && speech_verb_at(next).is_some()
                || next.starts_with(&["se", "charge"])
                || next.starts_with(&["a", "fait"]);
            if agent || subject {
                *counts.entry(fold(t.trim_end_matches('.'))).or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n >= 2)
        .map(|(t, _)| t)
        .collect()
}

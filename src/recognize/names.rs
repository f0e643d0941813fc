//! Person names: civility, the name itself (given names, family names in capitals,
//! particles), where the name stops and the role begins, and a key that matches spelling
//! variants (accents, hyphens, case, order).

use super::lexicon::{
    self, MONTHS, NAME_PARTICLES, NOT_NAME_WORDS, ORG_HEADS, ROLE_NOUNS, WEEKDAYS,
};
use super::text::fold;

/// A name read at the start of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameParse<'a> {
    pub civility: Option<&'static str>,
    /// The name as written, without civility.
    pub name: String,
    /// The punctuation right after the name (',' ':' '(' '-'), if any.
    pub sep: Option<char>,
    /// What follows the name (role, organisation...), trimmed of a leading comma or dash.
    pub rest: &'a str,
}

/// Strips leading civilities ("M.", "Mme", "Monsieur", "MM.", "M me"); returns the canonical
/// civility and the remaining text.
pub fn strip_civility(s: &str) -> (Option<&'static str>, &str) {
    let s = s.trim_start();
    // Split civility "M me" / "M lle" as some converters write it.
    for (split, canon) in [("M me ", "Mme"), ("M lle ", "Mlle"), ("M. me ", "Mme")] {
        if let Some(rest) = s.strip_prefix(split) {
            return (Some(canon), rest.trim_start());
        }
    }
    let end = s.find(|c: char| c.is_whitespace()).unwrap_or(s.len());
    let tok = &s[..end];
    if tok.is_empty() || end == s.len() {
        return (None, s);
    }
    // "M" without a dot is a civility only before a capitalised word.
    let has_dot = tok.ends_with('.');
    if let Some(c) = lexicon::civility(tok) {
        let mut rest = s[end..].trim_start();
        // "M. le Pr LE BESCOND", "Mme la Docteure X": a title after the civility.
        for title in [
            "le Pr ",
            "le Dr ",
            "le professeur ",
            "le docteur ",
            "la Pr ",
            "la Dr ",
            "la docteure ",
            "la professeure ",
            "Pr ",
            "Dr ",
        ] {
            if let Some(r) = rest.strip_prefix(title) {
                rest = r.trim_start();
                break;
            }
        }
        let bare_m = tok == "M" && !has_dot;
        let next_cap = rest.starts_with(|c: char| c.is_uppercase());
        if next_cap && (!bare_m || rest.split_whitespace().count() >= 2) {
            // "Me" and "Pr" are also ordinary words: require the dot-less form to be
            // followed by a name-looking token.
            return (Some(c), rest);
        }
    }
    (None, s)
}

fn is_upper_word(tok: &str) -> bool {
    let letters: Vec<char> = tok.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// Whether a token can be part of a person's name.
pub fn is_name_token(tok: &str) -> bool {
    let t =
        tok.trim_matches(|c: char| c == ',' || c == ';' || c == ':' || c == '.' && tok.len() > 2);
    let Some(first) = t.chars().next() else {
        return false;
    };
    // One letter is a name only as an initial ("J."), not "L" of "article L du CGCT".
    if t.chars().filter(|c| c.is_alphabetic()).count() < 2 && !tok.ends_with('.') {
        return false;
    }
    if !first.is_uppercase() {
        return false;
    }
    if !t
        .chars()
        .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’' || c == '.')
    {
        return false;
    }
    // An initial in capitals with its dot ("A.") is name even where the letter is a word.
    if is_initials(t) && lexicon::civility(t).is_none() {
        return true;
    }
    let f = fold(t);
    let f = f.trim_end_matches('.');
    if NOT_NAME_WORDS.contains(&f)
        || MONTHS.iter().any(|(m, _)| *m == f)
        || WEEKDAYS.contains(&f)
        || lexicon::NUMBER_WORDS.iter().any(|(w, _)| *w == f)
        || lexicon::civility(t).is_some() && t.len() <= 4
    {
        return false;
    }
    // Role nouns and organisation heads start roles and organisations, not names
    // ("Président", "Mairie", "Ville").
    if ROLE_NOUNS.contains(&f)
        || ORG_HEADS.contains(&f)
        || lexicon::ORG_NAMES.contains(&f)
        || lexicon::TERRITORIAL_HEADS.contains(&f)
    {
        return false;
    }
    // An elided article ("L'ADEME", "D'autres") or an infinitive ("Relancer") starts a
    // phrase, not a name.
    if (f.starts_with("l'") || f.starts_with("d'"))
        && t.chars().nth(2).is_some_and(char::is_uppercase)
        && t.chars().skip(2).all(|c| !c.is_lowercase())
        || lexicon::ACTION_INFINITIVES.contains(&f)
    {
        return false;
    }
    true
}

/// Reads a person name at the start of `s` (after an optional civility). The name is 1 to 6
/// tokens; a single token is accepted only with a civility or when it is in capitals.
pub fn take_name(s: &str) -> Option<NameParse<'_>> {
    let (civility, body) = strip_civility(s);
    let mut end = 0;
    let mut tokens: Vec<&str> = Vec::new();
    let mut pos = 0;
    let bytes_len = body.len();
    let mut pending_particles: Vec<&str> = Vec::new();
    while pos < bytes_len {
        let rest = &body[pos..];
        let ws = rest.len() - rest.trim_start().len();
        let start = pos + ws;
        if start >= bytes_len {
            break;
        }
        let tok_end = body[start..]
            .find(|c: char| {
                c.is_whitespace() || c == ',' || c == ':' || c == '(' || c == ';' || c == '/'
            })
            .map_or(bytes_len, |i| start + i);
        let tok = &body[start..tok_end];
        if tok.is_empty() {
            break;
        }
        let f = fold(tok);
        // A particle opens a family name in capitals ("LE GALL Nolwenn", "DA COSTA") or
        // after a civility ("Mme Le Goff"); elsewhere a leading "Le" is an article.
        // "DE LA FOSSE": several particles in capitals may open the name.
        let leading_particle = tokens.is_empty()
            && (pending_particles.is_empty()
                || is_upper_word(tok) && pending_particles.iter().all(|p| is_upper_word(p)))
            && (is_upper_word(tok) || civility.is_some())
            && next_is_upper_or_capital(&body[tok_end..], is_upper_word(tok));
        if (!tokens.is_empty() || leading_particle)
            && NAME_PARTICLES.contains(&f.as_str())
            && tok.len() <= 3
        {
            pending_particles.push(tok);
            pos = tok_end;
            continue;
        }
        // "M. QUÉRÉ CGT", "Mme TALLEC FSU": a short word in capitals after a family
        // name in capitals is an acronym (a union, a service), not more name.
        let caps_len = |t: &str| {
            let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
            (letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()))
                .then_some(letters.len())
        };
        // Initials ("J.-L.") are name, not acronyms.
        let initials = tok.contains('.');
        if let (Some(prev), Some(n), false) = (tokens.last(), caps_len(tok), initials) {
            let no_vowel = !f.contains(['a', 'e', 'i', 'o', 'u', 'y']);
            if (n <= 3 || no_vowel)
                && caps_len(prev).is_some_and(|p| p >= 4)
                && !NAME_PARTICLES.contains(&f.as_str())
            {
                break;
            }
        }
        // "d'Alembert" style particle glued to the name.
        // A month after given names is a name too ("Trịnh Thu Mai"), not before a number.
        let month_name = !tokens.is_empty()
            && MONTHS.iter().any(|(m, _)| *m == f)
            && !body[tok_end..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
            && !tokens
                .last()
                .is_some_and(|t| t.chars().all(|c| c.is_ascii_digit()));
        let glued = !tokens.is_empty()
            && (f.starts_with("d'") || f.starts_with("l'"))
            && tok.chars().nth(2).is_some_and(|c| c.is_uppercase());
        if !(is_name_token(tok) || glued || month_name && tok.starts_with(char::is_uppercase)) {
            break;
        }
        tokens.append(&mut pending_particles);
        tokens.push(tok);
        end = tok_end;
        pos = tok_end;
        if tokens.len() > 6 {
            return None;
        }
        // A comma, colon or parenthesis ends the name; so does a full stop ("... par Anne
        // Roux. Yves Tallec a été ..."), unless it marks an initial.
        if body[tok_end..].starts_with([',', ':', '(', ';', '/'])
            || tok.ends_with('.') && !is_initials(tok) && tokens.len() >= 2
        {
            break;
        }
    }
    if tokens.is_empty() {
        return None;
    }
    // A lone word in capitals is a family name ("DUPONT"), not an acronym ("CGT", "UNSA").
    let single_ok = civility.is_some()
        || (is_upper_word(tokens[0])
            && tokens[0].chars().filter(|c| c.is_alphabetic()).count() >= 4
            && fold(tokens[0]).contains(['a', 'e', 'i', 'o', 'u', 'y']));
    if tokens.len() == 1 && !single_ok {
        return None;
    }
    // A name whose last token ends with a dot is an abbreviation of a sentence start
    // unless it is an initial ("J.").
    let raw = body[..end].trim().trim_end_matches(',');
    let last = raw.rsplit(' ').next().unwrap_or(raw);
    let name = if is_initials(last) {
        raw.to_string()
    } else {
        raw.trim_end_matches('.').to_string()
    };
    if name.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return None;
    }
    let sep = body[end..]
        .trim_start()
        .chars()
        .next()
        .filter(|c| [',', ':', '(', '-', '–', '—', ';'].contains(c));
    let rest = body[end..]
        .trim_start()
        .trim_start_matches([',', '-', '–', '—'])
        .trim_start();
    Some(NameParse {
        civility,
        name,
        sep,
        rest,
    })
}

/// Whether a token is initials with their dots: "J.", "J.-L.", "M.-C.".
pub(crate) fn is_initials(tok: &str) -> bool {
    tok.ends_with('.')
        && tok
            .split(['.', '-'])
            .filter(|p| !p.is_empty())
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
}

/// Whether the next word is in capitals (after a particle in capitals) or capitalised.
fn next_is_upper_or_capital(rest: &str, upper: bool) -> bool {
    let next = rest.split_whitespace().next().unwrap_or("");
    if upper {
        is_upper_word(next.trim_end_matches([',', ';', ':']))
    } else {
        next.starts_with(char::is_uppercase)
    }
}

/// Given and family names: tokens in capitals are the family name ("Min Ho PARK",
/// "PARK Min Ho"); otherwise the last token with its particles.
pub fn split_name(name: &str) -> (Option<String>, Option<String>) {
    let toks: Vec<&str> = name.split_whitespace().collect();
    if toks.len() < 2 {
        return (None, toks.first().map(|t| t.to_string()));
    }
    let upper: Vec<bool> = toks.iter().map(|t| is_upper_word(t)).collect();
    let n_upper = upper.iter().filter(|u| **u).count();
    if n_upper > 0 && n_upper < toks.len() {
        let family: Vec<&str> = toks
            .iter()
            .zip(&upper)
            .filter(|(_, u)| **u)
            .map(|(t, _)| *t)
            .collect();
        let given: Vec<&str> = toks
            .iter()
            .zip(&upper)
            .filter(|(_, u)| !**u)
            .map(|(t, _)| *t)
            .collect();
        return (Some(given.join(" ")), Some(family.join(" ")));
    }
    // Particles belong to the family name: "Jean de La Fontaine".
    let mut cut = toks.len() - 1;
    while cut > 1 && NAME_PARTICLES.contains(&fold(toks[cut - 1]).as_str()) {
        cut -= 1;
    }
    (Some(toks[..cut].join(" ")), Some(toks[cut..].join(" ")))
}

/// A key equal for spelling variants of one name: folded tokens (hyphens split), sorted.
pub fn name_key(name: &str) -> Vec<String> {
    let (_, body) = strip_civility(name);
    let mut toks: Vec<String> = fold(body)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect();
    toks.sort();
    toks
}

/// Whether `s` as a whole is a person's name (with optional civility).
pub fn is_person_name(s: &str) -> bool {
    take_name(s.trim()).is_some_and(|n| n.rest.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civilities() {
        assert_eq!(
            strip_civility("M. Min Ho PARK"),
            (Some("M."), "Min Ho PARK")
        );
        assert_eq!(
            strip_civility("Mme Hyejin YOON"),
            (Some("Mme"), "Hyejin YOON")
        );
        assert_eq!(
            strip_civility("Madame Gwenola LE CALVEZ"),
            (Some("Mme"), "Gwenola LE CALVEZ")
        );
        assert_eq!(
            strip_civility("M me Claire Roux"),
            (Some("Mme"), "Claire Roux")
        );
        assert_eq!(strip_civility("Mesdames Roux et Poirier").0, Some("Mme"));
        assert_eq!(strip_civility("Me voici").0, None);
    }

    #[test]
    fn name_then_role_with_and_without_comma() {
        let n = take_name("Jérôme Castagnetti, Président du groupe Japon").unwrap();
        assert_eq!(
            (n.name.as_str(), n.rest),
            ("Jérôme Castagnetti", "Président du groupe Japon")
        );
        let n = take_name("Linh Pham 3ème secrétaire").unwrap();
        assert_eq!((n.name.as_str(), n.rest), ("Linh Pham", "3ème secrétaire"));
        let n = take_name("Anne-Gaëlle Kerjean-Le Bihan Chargée de la coopération").unwrap();
        assert_eq!(n.name, "Anne-Gaëlle Kerjean-Le Bihan");
        assert_eq!(n.rest, "Chargée de la coopération");
        let n = take_name("Isabelle VAN DER STRAETEN").unwrap();
        assert_eq!(n.name, "Isabelle VAN DER STRAETEN");
        let n = take_name("Jean de La Fontaine, poète").unwrap();
        assert_eq!(n.name, "Jean de La Fontaine");
    }

    #[test]
    fn not_names() {
        assert!(take_name("Ville de Tours").is_none());
        assert!(take_name("Questions posées").is_none());
        assert!(take_name("Partie coréenne").is_none());
        assert!(take_name("Nota bene").is_none());
        assert!(take_name("Lundi 21 septembre").is_none());
        assert!(take_name("Jean").is_none());
        assert!(take_name("M. Dupont").is_some());
        assert!(take_name("DUPONT").is_some());
    }

    #[test]
    fn given_and_family() {
        assert_eq!(
            split_name("Min Ho PARK"),
            (Some("Min Ho".into()), Some("PARK".into()))
        );
        assert_eq!(
            split_name("PARK Min Ho"),
            (Some("Min Ho".into()), Some("PARK".into()))
        );
        assert_eq!(
            split_name("Élise Carvalho-Dias"),
            (Some("Élise".into()), Some("Carvalho-Dias".into()))
        );
    }

    #[test]
    fn keys_match_variants() {
        assert_eq!(
            name_key("Elise Carvalho Dias"),
            name_key("Élise CARVALHO-DIAS")
        );
        assert_eq!(name_key("M. Min Ho PARK"), name_key("PARK Min Ho"));
    }
}

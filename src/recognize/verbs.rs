//! Reporting verbs as an open lexicon: each verb written once (third person present and
//! past participle), its forms in the present, imperfect, simple past and passé composé
//! derived, reflexive and periphrastic forms ("se félicite", "prend la parole") listed,
//! and an adverb allowed between auxiliary and participle ("a également souligné").

use std::collections::HashSet;
use std::sync::OnceLock;

use super::lexicon::{
    SPEECH_ADVERBS, SPEECH_AUXILIARIES, SPEECH_PHRASES, SPEECH_VERBS_ER, SPEECH_VERBS_OTHER,
};

struct Forms {
    /// Finite forms that speak on their own: "indique", "indiquent", "indiquait".
    finite: HashSet<String>,
    /// Past participles after an auxiliary: "indique" (folded "indiqué").
    participles: HashSet<String>,
}

fn forms() -> &'static Forms {
    static FORMS: OnceLock<Forms> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut finite = HashSet::new();
        let mut participles = HashSet::new();
        for (present, participle) in SPEECH_VERBS_ER {
            // First group: the imperfect and simple past are built on the participle's stem
            // ("rappel-é" → "rappelait", "rappela"), the plural on the present.
            let stem = participle.strip_suffix('e').unwrap_or(participle);
            for f in [
                present.to_string(),
                format!("{present}nt"),
                format!("{stem}ait"),
                format!("{stem}aient"),
                format!("{stem}a"),
                format!("{stem}erent"),
            ] {
                finite.insert(f);
            }
            participles.insert(participle.to_string());
            participles.insert(format!("{participle}e"));
        }
        for (forms, participle) in SPEECH_VERBS_OTHER {
            for f in *forms {
                finite.insert(f.to_string());
            }
            participles.insert(participle.to_string());
        }
        Forms {
            finite,
            participles,
        }
    })
}

/// How many words a reporting verb takes at the start of `words` (folded, one word each),
/// if one starts there: "indique" 1, "a rappele" 2, "a egalement souligne" 3, "se
/// felicite" 2, "prend la parole" 3.
pub(crate) fn speech_verb_at(words: &[&str]) -> Option<usize> {
    let f = forms();
    let w0 = *words.first()?;
    if f.finite.contains(w0) {
        return Some(1);
    }
    // Reflexive: "se felicite", "s'associe", "s'est felicite".
    let reflexive = w0.strip_prefix("s'").or((w0 == "se").then_some(""));
    if let Some(rest) = reflexive {
        let (verb, used) = if rest.is_empty() {
            (words.get(1).copied()?, 2)
        } else {
            (rest, 1)
        };
        if f.finite.contains(verb) {
            return Some(used);
        }
        if verb == "est" || verb == "sont" {
            return f
                .participles
                .contains(*words.get(used)?)
                .then_some(used + 1);
        }
    }
    if SPEECH_AUXILIARIES.contains(&w0) {
        let mut k = 1;
        if words.get(k).is_some_and(|w| SPEECH_ADVERBS.contains(w)) {
            k += 1;
        }
        return f.participles.contains(*words.get(k)?).then_some(k + 1);
    }
    SPEECH_PHRASES.iter().find_map(|p| {
        let n = p.split(' ').count();
        (words.len() >= n && words[..n].iter().copied().eq(p.split(' '))).then_some(n)
    })
}

/// Whether a folded text starts with a reporting verb.
pub(crate) fn starts_with_speech_verb(folded: &str) -> bool {
    let words: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .take(4)
        .collect();
    speech_verb_at(&words).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Option<usize> {
        let f = super::super::analysis::fold(text);
        let words: Vec<&str> = f.split(' ').collect();
        speech_verb_at(&words)
    }

    #[test]
    fn tenses_of_first_group_verbs() {
        assert_eq!(at("souligne que"), Some(1));
        assert_eq!(at("soulignent que"), Some(1));
        assert_eq!(at("soulignait que"), Some(1));
        assert_eq!(at("a souligné que"), Some(2));
        assert_eq!(at("ont également souligné"), Some(3));
        assert_eq!(at("rappelle"), Some(1));
        assert_eq!(at("rappelait"), Some(1));
        assert_eq!(at("a rappelé"), Some(2));
        assert_eq!(at("a rappelée"), Some(2));
    }

    #[test]
    fn other_verbs_reflexives_and_phrases() {
        assert_eq!(at("répond que"), Some(1));
        assert_eq!(at("a répondu"), Some(2));
        assert_eq!(at("se félicite de"), Some(2));
        assert_eq!(at("s'associe aux"), Some(1));
        assert_eq!(at("prend la parole"), Some(3));
        assert_eq!(at("fait part de"), Some(2));
    }

    #[test]
    fn ordinary_words_are_not_verbs() {
        assert_eq!(at("a la mairie"), None);
        assert_eq!(at("maison"), None);
        assert_eq!(at("se trouve"), None);
    }
}

//! The roster: every participant indexed once under each key by which minutes name people
//! (full name in any order, family name alone with its particles, given name alone,
//! initials with the family name, nickname), so that a mention in the body resolves to one
//! participant by map look-ups, whatever its spelling.

use std::collections::HashMap;

use super::analysis::fold;
use super::names::{split_name, strip_civility};
use super::resolve::{org_key, overlap};

#[derive(Debug, Default)]
pub(crate) struct Roster {
    /// Key → participant indices. Keys are prefixed by their kind.
    keys: HashMap<String, Vec<usize>>,
    /// Folded organisation words of each participant, for ties.
    orgs: Vec<Vec<String>>,
    /// How many words each participant's name has.
    sizes: Vec<usize>,
}

/// Folded words of a name, hyphens and dots splitting, without civility or parentheses.
fn words(name: &str) -> Vec<String> {
    let (_, body) = strip_civility(name);
    let body = body.split('(').next().unwrap_or(body);
    fold(body)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// The first character of a word.
fn initial(w: &str) -> &str {
    w.char_indices().nth(1).map_or(w, |(i, _)| &w[..i])
}

fn sorted_key(mut w: Vec<String>) -> String {
    w.sort();
    w.join(" ")
}

impl Roster {
    /// Indexes participant `idx`.
    pub(crate) fn add(&mut self, idx: usize, name: &str, org: Option<&str>) {
        let all = words(name);
        if all.is_empty() {
            return;
        }
        let mut keys = vec![format!("F:{}", sorted_key(all.clone()))];
        let (given, family) = split_name(strip_civility(name).1.split('(').next().unwrap_or(""));
        let family_w = family.as_deref().map(words).unwrap_or_default();
        let given_w = given.as_deref().map(words).unwrap_or_default();
        if !family_w.is_empty() {
            keys.push(format!("N:{}", family_w.join(" ")));
            // "Mme LE GUEN" names "LE GUEN Soizic"; "Guen" alone does not.
            if !given_w.is_empty() {
                let initials: Vec<&str> = given_w.iter().map(|g| initial(g)).collect();
                keys.push(format!("I:{} {}", initials.join(" "), family_w.join(" ")));
                keys.push(format!("I:{} {}", initials[0], family_w.join(" ")));
                // "Prénom N.": the given name and the family initial.
                keys.push(format!("P:{} {}", given_w.join(" "), initial(&family_w[0])));
            }
        }
        if !given_w.is_empty() {
            keys.push(format!("G:{}", given_w.join(" ")));
        }
        // A nickname or the name in parentheses: "Gwenaël (Gwen)".
        if let Some(alias) = name.split('(').nth(1).map(|a| a.trim_end_matches(')')) {
            keys.push(format!("F:{}", sorted_key(words(alias))));
        }
        for t in &all {
            keys.push(format!("T:{t}"));
        }
        keys.sort();
        keys.dedup();
        for k in keys {
            self.keys.entry(k).or_default().push(idx);
        }
        if self.orgs.len() <= idx {
            self.orgs.resize(idx + 1, Vec::new());
            self.sizes.resize(idx + 1, 0);
        }
        self.sizes[idx] = all.len();
        self.orgs[idx] = org.map(org_key).unwrap_or_default();
    }

    /// Indexes a handle or nickname of participant `idx` ("momo").
    pub(crate) fn add_alias(&mut self, idx: usize, alias: &str) {
        let w = words(alias);
        if !w.is_empty() {
            self.keys
                .entry(format!("F:{}", sorted_key(w)))
                .or_default()
                .push(idx);
        }
    }

    /// Whether participant `i`'s name has the folded word `w`.
    fn has(&self, i: usize, w: &str) -> bool {
        self.get(&format!("T:{w}")).contains(&i)
    }

    fn get(&self, key: &str) -> &[usize] {
        self.keys.get(key).map_or(&[], Vec::as_slice)
    }

    /// The participant a mention names with all its words in the same order or another:
    /// the exact key only (used to merge the same person listed twice).
    pub(crate) fn exact(&self, name: &str) -> Option<usize> {
        let w = words(name);
        if w.is_empty() {
            return None;
        }
        match self.get(&format!("F:{}", sorted_key(w))) {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// The participant a mention names, when exactly one fits; the organisation said with
    /// the mention breaks ties.
    pub(crate) fn resolve(&self, mention: &str, org: Option<&str>) -> Option<usize> {
        let w = words(mention);
        if w.is_empty() {
            return None;
        }
        let joined = w.join(" ");
        let initials_led = w.len() >= 2 && w[..w.len() - 1].iter().all(|t| t.len() == 1);
        let lookups = [
            format!("F:{}", sorted_key(w.clone())),
            if initials_led {
                format!("I:{joined}")
            } else {
                format!("N:{joined}")
            },
            format!("P:{joined}"),
            format!("G:{joined}"),
        ];
        for key in &lookups {
            if let Some(i) = self.pick(self.get(key), org) {
                return Some(i);
            }
        }
        // Words contained in one longer name: at least two in common.
        if w.len() >= 2 {
            let mut common: HashMap<usize, usize> = HashMap::new();
            for t in &w {
                for &i in self.get(&format!("T:{t}")) {
                    *common.entry(i).or_default() += 1;
                }
            }
            let all: Vec<usize> = common
                .iter()
                .filter(|&(_, &n)| n == w.len())
                .map(|(&i, _)| i)
                .collect();
            if let Some(i) = self.pick(&all, org) {
                return Some(i);
            }
            // A participant listed by family name alone named in full: "Kerlann" listed,
            // "M. Alain Kerlann" designated. The listed word must end the mention.
            let last = w.last().map(String::as_str).unwrap_or("");
            let within: Vec<usize> = common
                .iter()
                .filter(|&(&i, &n)| n == self.sizes[i] && (n >= 2 || self.has(i, last)))
                .map(|(&i, _)| i)
                .collect();
            return self.pick(&within, org);
        }
        None
    }

    fn pick(&self, candidates: &[usize], org: Option<&str>) -> Option<usize> {
        let mut c = candidates.to_vec();
        c.sort_unstable();
        c.dedup();
        match c.as_slice() {
            [] => None,
            [one] => Some(*one),
            many => {
                let org = org_key(org?);
                let fitting: Vec<usize> = many
                    .iter()
                    .copied()
                    .filter(|&i| overlap(&self.orgs[i], &org))
                    .collect();
                (fitting.len() == 1).then(|| fitting[0])
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roster(names: &[(&str, Option<&str>)]) -> Roster {
        let mut r = Roster::default();
        for (i, (n, o)) in names.iter().enumerate() {
            r.add(i, n, *o);
        }
        r
    }

    #[test]
    fn every_way_of_naming_someone() {
        let r = roster(&[
            ("LE GUEN Soizic", None),
            ("Jean-Noël Farge", None),
            ("MARTIN-DUVAL Eva", None),
            ("Ousmane Camara", None),
        ]);
        assert_eq!(r.resolve("Mme LE GUEN", None), Some(0));
        assert_eq!(r.resolve("Soizic Le Guen", None), Some(0));
        assert_eq!(r.resolve("Farge", None), Some(1));
        assert_eq!(r.resolve("J.-N. Farge", None), Some(1));
        assert_eq!(r.resolve("MARTIN-DUVAL", None), Some(2));
        assert_eq!(r.resolve("Eva", None), Some(2));
        assert_eq!(r.resolve("Ousmane C.", None), Some(3));
        assert_eq!(r.resolve("Guen", None), None);
        // Hyphen or space, accents and case, name order, two words of three.
        assert_eq!(r.resolve("Eva Martin Duval", None), Some(2));
        assert_eq!(r.resolve("ÉVA MARTIN-DUVAL", None), Some(2));
        let r3 = roster(&[("Hye Won KANG", None)]);
        assert_eq!(r3.resolve("KANG Hye Won", None), Some(0));
        assert_eq!(r3.resolve("Won KANG", None), Some(0));
        // Listed by family name alone, named in full later.
        let listed = roster(&[("Kerlann", None), ("Le Bescond", None)]);
        assert_eq!(listed.resolve("M. Alain Kerlann", None), Some(0));
        assert_eq!(listed.resolve("Kerlann Alain", None), None);
        assert_eq!(r.resolve("Paul Martin", None), None);
        // Letters that do not decompose still give initials.
        let r = roster(&[("Lưu Đức Thanh", None)]);
        assert_eq!(r.resolve("L. Đ. Thanh", None), Some(0));
    }

    #[test]
    fn ambiguous_names_need_the_organisation() {
        let r = roster(&[
            ("Awa SECK", Some("Mairie de Lomé 3 (Togo)")),
            ("Mamadou SECK", Some("Mairie de Lomé 4 (Togo)")),
        ]);
        assert_eq!(r.resolve("M. SECK", None), None);
        assert_eq!(r.resolve("SECK", Some("commune de lome IV")), Some(1));
    }
}

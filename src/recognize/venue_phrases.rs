//! Two more ways the opening lines name the venue without a label: in apposition to the
//! verb of the sitting ("le conseil s'est réuni en séance ordinaire, salle des fêtes de X,
//! sous la présidence de …"), and as the city of a dateline ("Mardi 4 mai 2021, à 10 heures
//! Dakar").

use super::analysis::Analysed;
use super::dates::{find_dates, find_times};
use super::gazetteer::{self, PlaceKind};
use super::lexicon::{
    self, HYBRID_WORDS, MONTHS, REMOTE_CUES, SITTING_VERBS, TITLE_HEADS_STRONG, TITLE_HEADS_WEAK,
    WEEKDAYS,
};
use super::text::fold;
use super::venue::{after_preposition, names_room, segments, without_article};

/// How many comma segments after the verb of the sitting may hold its venue ("en séance
/// ordinaire", then the room).
const SITTING_SEGMENTS: usize = 3;
/// Most bytes between a date and the time that completes it in a dateline (", à ").
const DATELINE_TIME_GAP: usize = 8;
/// Most words of a city name read after a dateline ("Saint-Louis", "Buenos Aires", "La
/// Nouvelle Orléans").
const CITY_WORDS: usize = 3;

/// The room in apposition to the verb of the sitting, up to the next comma.
pub(crate) fn sitting_apposition(text: &str) -> Option<String> {
    let a = Analysed::new(text);
    let (pos, verb) = lexicon::find_all(&a.folded, SITTING_VERBS).min_by_key(|(p, _)| *p)?;
    let rest = a.orig_slice(pos + verb.len(), a.folded.len());
    let rest = rest.split(". ").next().unwrap_or(rest);
    segments(rest)
        .into_iter()
        .take(SITTING_SEGMENTS)
        .map(|(_, seg)| without_article(after_preposition(seg).unwrap_or(seg)))
        .find(|seg| names_room(seg))
        .map(|seg| seg.trim().trim_end_matches(['.', ';']).to_string())
}

/// The city written right after a dateline's date and time, known to the gazetteers.
pub(crate) fn dateline_city(text: &str) -> Option<String> {
    let a = Analysed::new(text);
    let date = find_dates(text).into_iter().next()?;
    let mut end = date.end;
    // Offsets of dates and times are in the folded text, which the analysis holds.
    let after = &a.folded[date.end..];
    if let Some(t) = find_times(after).first() {
        let gap = &after[..t.start];
        if t.start <= DATELINE_TIME_GAP && gap.trim_matches([',', ' ', 'a']).is_empty() {
            end = date.end + t.end;
        }
    }
    let rest = a.orig_slice(end, a.folded.len());
    let rest = rest.trim_start_matches([',', ' ', '–', '-']);
    let words: Vec<&str> = rest
        .split_whitespace()
        .take(CITY_WORDS)
        .take_while(|w| w.starts_with(char::is_uppercase))
        .collect();
    (1..=words.len()).rev().find_map(|k| {
        let name = words[..k].join(" ");
        let name = name.trim_end_matches([',', '.', ';']);
        is_city(&fold(name)).then(|| name.to_string())
    })
}

/// Most words of a line that says the meeting is held online.
const REMOTE_LINE_WORDS: usize = 14;

/// The remote mode of a meeting held only online, as a line of the head says it
/// ("Réunion tenue en visioconférence (Zoom)", "En visio via Teams"): the mode from its
/// cue, with the tool. The line must name the meeting or be the mode alone, so that
/// "Luc Perrot (en visio)" in a list is not read as the meeting's place.
pub(crate) fn remote_place(text: &str) -> Option<String> {
    let t = text.trim().trim_end_matches('.');
    if t.split_whitespace().count() > REMOTE_LINE_WORDS {
        return None;
    }
    let a = Analysed::new(t);
    let f = &a.folded;
    if lexicon::contains_any(f, HYBRID_WORDS) {
        return None;
    }
    let (pos, _) = lexicon::find_all(f, REMOTE_CUES).min_by_key(|(p, _)| *p)?;
    let opening = f[..pos].trim().is_empty();
    let names_meeting =
        lexicon::contains_any(f, TITLE_HEADS_WEAK) || lexicon::contains_any(f, TITLE_HEADS_STRONG);
    if !opening && !names_meeting {
        return None;
    }
    let rest = a.orig_slice(pos, f.len());
    let end = segments(rest)
        .first()
        .map_or(rest.len(), |(s, seg)| s + seg.len());
    let mode = rest[..end].trim();
    let mode = after_preposition(mode).unwrap_or(mode);
    (!mode.is_empty()).then(|| mode.to_string())
}

/// Most words of a place closing a title after its date.
const TITLE_PLACE_WORDS: usize = 6;

/// A place closing a title after its date: "Réunion du 3 mai à Maison Verte", "Bureau du
/// 12/01/2022 chez Tilleul": where the preposition starts, and the place.
pub(crate) fn place_after_date(title: &str) -> Option<(usize, String)> {
    let a = Analysed::new(title);
    let date = find_dates(title).into_iter().next()?;
    let rest = a.orig_slice(date.end, a.folded.len());
    let place = after_preposition(rest)?;
    let words = place.split_whitespace().count();
    let capitalised = place.starts_with(char::is_uppercase);
    (capitalised && words <= TITLE_PLACE_WORDS && rest.starts_with(' ')).then(|| {
        let cut = a.orig(date.end);
        (cut, place.trim_end_matches(['.', ',']).to_string())
    })
}

/// A place a dateline names: a city, commune or country, not a month or weekday, and not a
/// single word that is also a given name ("Mardi 4 mai, Florence").
fn is_city(folded: &str) -> bool {
    let kind = gazetteer::place_kind(folded);
    // "Saint-Louis" reads as two given names joined; only a plain word is one.
    let word = !folded.contains([' ', '-']);
    matches!(
        kind,
        Some(PlaceKind::City | PlaceKind::Commune | PlaceKind::Country)
    ) && !(word
        && (gazetteer::is_given_name(folded)
            || WEEKDAYS.contains(&folded)
            || MONTHS.iter().any(|(m, _)| *m == folded)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_room_in_apposition_to_the_sitting() {
        assert_eq!(
            sitting_apposition("Le conseil municipal s'est réuni en séance publique, salle du conseil de la mairie, sous la présidence de M. Varin.").as_deref(),
            Some("salle du conseil de la mairie")
        );
        assert_eq!(
            sitting_apposition("Le bureau s'est tenu à la maison des associations, le 3 mai.")
                .as_deref(),
            Some("maison des associations")
        );
        assert_eq!(
            sitting_apposition(
                "L'assemblée s'est tenue en présence de 40 adhérents, dans une ambiance studieuse."
            )
            .as_deref(),
            None
        );
    }

    #[test]
    fn a_meeting_held_online() {
        assert_eq!(
            remote_place("Réunion tenue en visioconférence (Zoom)").as_deref(),
            Some("visioconférence (Zoom)")
        );
        assert_eq!(
            remote_place("En visio via Teams, de 10 h à 11 h").as_deref(),
            Some("visio via Teams")
        );
        assert_eq!(remote_place("Luc Perrot (en visio)"), None);
        assert_eq!(remote_place("Réunion hybride : salle 2 et en visio"), None);
    }

    #[test]
    fn a_place_closing_a_title() {
        assert_eq!(
            place_after_date("Réunion du 3 mai à Maison Verte"),
            Some((17, "Maison Verte".to_string()))
        );
        assert_eq!(
            place_after_date("Bureau du 12/01/2022 chez Tilleul").map(|(_, p)| p),
            Some("Tilleul".to_string())
        );
        assert_eq!(place_after_date("Réunion du 3 mai à 18h"), None);
        assert_eq!(
            place_after_date("Réunion du 3 mai au sujet du budget"),
            None
        );
    }

    #[test]
    fn the_city_of_a_dateline() {
        assert_eq!(
            dateline_city("Mardi 4 mai 2021, à 10 heures Dakar Documents de séance").as_deref(),
            Some("Dakar")
        );
        assert_eq!(
            dateline_city("Jeudi 8 juin 2017 Saint-Louis, salle B").as_deref(),
            Some("Saint-Louis")
        );
        assert_eq!(
            dateline_city("Jeudi 8 juin 2017 Florence Martin, secrétaire").as_deref(),
            None
        );
        assert_eq!(
            dateline_city("Jeudi 8 juin 2017 Ordre du jour").as_deref(),
            None
        );
    }
}

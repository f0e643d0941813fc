//! Where the meeting was held, as the opening lines say it without a "Lieu :" label: a
//! venue named after "réunion tenue à", "dans les locaux de", "se tient à"; the place
//! segment of a line that gives the date and times ("Le jeudi 4 mai 2023, de 10 h à 12 h,
//! à la mairie de X", "4 mai 2023 – 10h-12h – Salle Y, 3 rue Z"); and, for a meeting held
//! in a room and online, the room without the remote clause ("Salle X, et en visio").

use super::dates::{find_dates, find_times};
use super::lexicon::{self, REMOTE_CUES, VENUE_CUES, VENUE_PREPOSITIONS};
use super::text::fold;

/// Most words of a venue read from a phrase or a segment.
const MAX_VENUE_WORDS: usize = 16;

/// Top-level segments of `text` (outside parentheses), cut at ", ", " – ", " - ", " + ",
/// " | ": each with its byte start.
pub(crate) fn segments(text: &str) -> Vec<(usize, &str)> {
    const SEPARATORS: [&str; 5] = [", ", " – ", " - ", " + ", " | "];
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let mut skip_to = 0;
    for (i, c) in text.char_indices() {
        if i < skip_to {
            continue;
        }
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth > 0 {
            continue;
        }
        if let Some(sep) = SEPARATORS.iter().find(|s| text[i..].starts_with(*s)) {
            out.push((start, &text[start..i]));
            start = i + sep.len();
            skip_to = start;
        }
    }
    out.push((start, &text[start..]));
    out.retain(|(_, s)| !s.trim().is_empty());
    out
}

/// A segment that says when, not where: it holds a date or a time.
fn is_when(segment: &str) -> bool {
    !find_dates(segment).is_empty() || !find_times(segment).is_empty()
}

/// A segment that adds the remote link to a room ("et en visioconférence (Zoom)", "avec
/// une connexion à distance").
fn is_remote_clause(segment: &str) -> bool {
    let f = fold(segment.trim());
    lexicon::contains_any(&f, REMOTE_CUES) || lexicon::starts_with_word(&f, "avec")
}

/// The room of a place that also names a remote link: "Salle X, 3 rue Y, et en ligne
/// (Teams)" gives "Salle X, 3 rue Y". A place that is only remote stays whole.
pub(crate) fn without_remote(place: &str) -> &str {
    let segs = segments(place);
    match segs.iter().skip(1).find(|(_, s)| is_remote_clause(s)) {
        Some((start, _)) => place[..*start]
            .trim_end()
            .trim_end_matches([',', '–', '-', '+', '|'])
            .trim_end(),
        None => place,
    }
}

/// A place introduced by a preposition and perhaps an article: "à la mairie de X" gives
/// "mairie de X"; None when the segment does not open with a place preposition.
pub(crate) fn after_preposition(segment: &str) -> Option<&str> {
    let t = segment.trim();
    let f = fold(t);
    let prep = VENUE_PREPOSITIONS
        .iter()
        .filter(|p| lexicon::starts_with_word(&f, p))
        .max_by_key(|p| p.len())?;
    // "à" is two bytes where its folded "a" is one: skip the preposition's words in the
    // original rather than its folded length.
    let words = prep.split([' ', '\'']).filter(|w| !w.is_empty()).count();
    let mut rest = t;
    for _ in 0..words {
        let cut = rest.find([' ', '\'', '’']).map_or(rest.len(), |i| i + 1);
        rest = rest[cut..].trim_start();
    }
    (!rest.is_empty()).then_some(rest)
}

/// Strips a leading article: "la mairie" gives "mairie", "l'Hôtel" gives "Hôtel".
pub(crate) fn without_article(place: &str) -> &str {
    let t = place.trim();
    for a in ["la ", "le ", "les ", "l'", "l’"] {
        if let Some(rest) = t.strip_prefix(a) {
            return rest.trim_start();
        }
    }
    t
}

/// Whether a segment opens with a venue noun ("salle des fêtes", "mairie de X").
pub(crate) fn names_room(segment: &str) -> bool {
    let f = fold(segment.trim());
    let first = f.split([' ', '\'']).next().unwrap_or("");
    lexicon::VENUE_HEADS.contains(&first)
}

/// Whether a place read from a phrase names one: a capitalised name or a venue noun ("salle
/// 3", "mairie de X"), not the rest of a sentence ("tenu à jour").
fn plausible(place: &str) -> bool {
    let f = fold(place);
    let first = f.split([' ', '\'']).next().unwrap_or("");
    !place.is_empty()
        && place.split_whitespace().count() <= MAX_VENUE_WORDS
        && (place.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || lexicon::VENUE_HEADS.contains(&first)
            || lexicon::ORG_HEADS.contains(&first))
}

/// "Réunion tenue à la mairie de X (Pays), salle du conseil, le 3 mai": the venue after a
/// cue of holding, up to the date, the time or the end of the sentence.
pub(crate) fn held_at(text: &str) -> Option<String> {
    let a = super::analysis::Analysed::new(text);
    let (pos, cue) = lexicon::find_all(&a.folded, VENUE_CUES).min_by_key(|(p, _)| *p)?;
    let rest = a.orig_slice(pos + cue.len(), a.folded.len());
    let rest = rest.split(". ").next().unwrap_or(rest).trim_start();
    // "Réuni à 20 h 30 à la Maison X": the time first, then the place.
    let rest = match find_times(rest).first() {
        Some(t) if t.start == 0 => {
            let after = &rest[super::analysis::Analysed::new(rest).orig(t.end)..];
            after_preposition(after).unwrap_or(after)
        }
        _ => rest,
    };
    let mut end = rest.len();
    for (start, seg) in segments(rest).into_iter().skip(1) {
        // A clause in lower case ends the place, unless it names a room ("salle B").
        let clause = seg.starts_with(char::is_lowercase) && !names_room(seg);
        if is_when(seg) || is_remote_clause(seg) || clause {
            end = start;
            break;
        }
    }
    let venue = rest[..end]
        .trim()
        .trim_end_matches([',', '.', ';', '–', '-'])
        .trim();
    let venue = without_article(venue);
    plausible(venue).then(|| venue.to_string())
}

/// The place segment of a line that says when and where: after the segments holding the
/// date and the times, the first one that opens with a place preposition, or in a line
/// cut by dashes, the first capitalised one; with the segments after it that still name
/// the place (an address), up to a remote clause.
pub(crate) fn in_when_line(text: &str) -> Option<String> {
    let text = text.trim().trim_end_matches('.');
    let segs = segments(text);
    let when = segs.iter().position(|(_, s)| is_when(s))?;
    // Segments cut by dashes name a place without preposition only in a line of date and
    // times ("4 mai – 10h-12h – Salle X"), not after a date in a title ("CR du 4 mai - X").
    let dashes = text.contains(" – ") || text.contains(" - ");
    let timed = segs.iter().any(|(_, s)| !find_times(s).is_empty());
    // "1er mars 2006 – Lyon": after a date alone, a known place.
    let known_place = |s: &str| super::gazetteer::is_place(&fold(s.trim()));
    let dashed = |s: &str| dashes && (timed || known_place(s));
    let (k, first) = segs
        .iter()
        .enumerate()
        .skip(when + 1)
        .find_map(|(k, (_, s))| {
            if is_when(s) || is_remote_clause(s) {
                return None;
            }
            after_preposition(s)
                .map(without_article)
                .filter(|v| plausible(v))
                .or_else(|| (dashed(s) && s.starts_with(|c: char| c.is_uppercase())).then_some(*s))
                // "Samedi 20 janvier, 15 heures, salle polyvalente": a room after the times.
                .or_else(|| (timed && names_room(s)).then_some(*s))
                .map(|v| (k, v))
        })?;
    let start = first.as_ptr() as usize - text.as_ptr() as usize;
    let end = segs
        .iter()
        .skip(k + 1)
        .find(|(_, s)| is_when(s) || is_remote_clause(s) || s.starts_with(char::is_lowercase))
        .map_or(text.len(), |(at, _)| *at);
    let venue = text[start..end]
        .trim()
        .trim_end_matches([',', ';', '–', '-'])
        .trim();
    plausible(venue).then(|| venue.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_room_without_the_remote_link() {
        assert_eq!(
            without_remote(
                "Maison des associations, 4 rue Haute, 35000 Rennes, et en ligne (Teams)"
            ),
            "Maison des associations, 4 rue Haute, 35000 Rennes"
        );
        assert_eq!(
            without_remote("Salle du conseil – avec connexion Zoom pour les partenaires"),
            "Salle du conseil"
        );
        assert_eq!(
            without_remote("Visioconférence (Zoom)"),
            "Visioconférence (Zoom)"
        );
        assert_eq!(
            without_remote("Mairie de Brest, salle 3"),
            "Mairie de Brest, salle 3"
        );
    }

    #[test]
    fn a_venue_after_a_cue_of_holding() {
        assert_eq!(
            held_at("Compte rendu de la réunion tenue à la mairie de Kayes (Mali), salle des fêtes, le 3 mars 2018, de 9 h à 12 h").as_deref(),
            Some("mairie de Kayes (Mali), salle des fêtes")
        );
        assert_eq!(
            held_at("La réunion s'est tenue dans les locaux de la Région Bretagne, à Rennes.")
                .as_deref(),
            Some("Région Bretagne")
        );
        assert_eq!(held_at("Le budget est tenu à jour par la trésorière"), None);
        assert_eq!(
            held_at("Réuni à 18H30 à la Maison du Peuple (salle B), le conseil a siégé").as_deref(),
            Some("Maison du Peuple (salle B)")
        );
    }

    #[test]
    fn a_room_after_the_times() {
        assert_eq!(
            in_when_line("Jeudi 4 mai, 18 heures, salle des associations").as_deref(),
            Some("salle des associations")
        );
        assert_eq!(
            in_when_line("Jeudi 4 mai, 18 heures, ordre du jour chargé"),
            None
        );
    }

    #[test]
    fn the_place_segment_of_a_line_of_date_and_times() {
        assert_eq!(
            in_when_line("Le mardi 6 juin 2023, de 14 h à 16 h 30, à l'Hôtel de Région (salle Vauban), avec une connexion à distance pour les partenaires.").as_deref(),
            Some("Hôtel de Région (salle Vauban)")
        );
        assert_eq!(
            in_when_line(
                "12 octobre 2022 – 10h-12h – Maison de l'Europe, 3 place du Marché, 44000 Nantes"
            )
            .as_deref(),
            Some("Maison de l'Europe, 3 place du Marché, 44000 Nantes")
        );
        assert_eq!(
            in_when_line("Jeudi 2 février 2023, de 18 h à 20 h, au centre social de Kerhallet")
                .as_deref(),
            Some("centre social de Kerhallet")
        );
        assert_eq!(
            in_when_line("Le 3 mai 2021, le bureau a voté le budget."),
            None
        );
        assert_eq!(in_when_line("Compte rendu du 04-05-2021 - CQ NORD"), None);
        assert_eq!(in_when_line("3 mars 2009 – Lyon").as_deref(), Some("Lyon"));
    }
}

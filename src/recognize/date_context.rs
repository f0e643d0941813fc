//! The meeting date of a journal of several days, whose title gives the month and year
//! ("Séminaire, mars 2019") and whose headings give only the weekday and the day
//! ("Vendredi 15").

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{MONTHS, WEEKDAYS};
use super::text::fold;

static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let mut names: Vec<&str> = MONTHS.iter().map(|(m, _)| *m).collect();
    names.sort_by_key(|m| std::cmp::Reverse(m.len()));
    Regex::new(&format!(
        r"(?:^|[^0-9a-z]\s*)(?P<month>{})\.?\s+(?P<year>(?:19|20)\d\d)\b",
        names.join("|")
    ))
    .expect("valid regex")
});

/// A month and year written without a day ("janvier 2019"): (year, month).
pub(crate) fn month_year(text: &str) -> Option<(i32, u32)> {
    let f = fold(text);
    MONTH_YEAR.captures_iter(&f).find_map(|c| {
        let start = c.name("month")?.start();
        // "12 janvier 2019" is a full date, not a month.
        let before = f[..start].trim_end();
        if before.ends_with(|ch: char| ch.is_ascii_digit()) || before.ends_with("er") {
            return None;
        }
        let m = MONTHS.iter().find(|(n, _)| *n == &c["month"])?.1;
        Some((c["year"].parse().ok()?, m))
    })
}

/// A heading that is only a weekday and a day ("Vendredi 25", "samedi 26 :"): the weekday
/// (0 = Monday) and the day.
pub(crate) fn weekday_and_day(text: &str) -> Option<(u32, u32)> {
    let f = fold(text);
    let mut words = f
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let first = words.next()?;
    let weekday = WEEKDAYS.iter().position(|w| *w == first)?;
    let day: u32 = words.next()?.trim_end_matches("er").parse().ok()?;
    if words.next().is_some() || !(1..=31).contains(&day) {
        return None;
    }
    Some((weekday as u32, day))
}

/// Day of the week of a date, 0 = Monday (days from the civil calendar's epoch).
pub(crate) fn weekday_of(year: i32, month: u32, day: u32) -> u32 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    // 1970-01-01, day 0, was a Thursday (3 counting from Monday).
    (days + 3).rem_euclid(7) as u32
}

/// The first day of a journal: the month and year of its title, the day of its first
/// weekday heading, kept only when the weekday is that date's.
pub(crate) fn journal_date<'a>(
    title: Option<&str>,
    mut headings: impl Iterator<Item = &'a str>,
) -> Option<(i32, u32, u32)> {
    let (year, month) = month_year(title?)?;
    let (weekday, day) = headings.find_map(weekday_and_day)?;
    (weekday_of(year, month, day) == weekday).then_some((year, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_without_a_day() {
        assert_eq!(
            month_year("Séminaire des partenaires, mars 2021"),
            Some((2021, 3))
        );
        assert_eq!(month_year("Bilan de février 2008"), Some((2008, 2)));
        assert_eq!(month_year("Réunion du 12 mars 2021"), None);
        assert_eq!(month_year("Réunion du 1er mars 2021"), None);
    }

    #[test]
    fn weekdays() {
        assert_eq!(weekday_of(2020, 9, 21), 0);
        assert_eq!(weekday_of(2000, 2, 29), 1);
        assert_eq!(weekday_of(2024, 12, 25), 2);
        assert_eq!(weekday_and_day("Samedi 14"), Some((5, 14)));
        assert_eq!(weekday_and_day("Samedi 14 :"), Some((5, 14)));
        assert_eq!(weekday_and_day("Samedi 14 mars 2020"), None);
        assert_eq!(weekday_and_day("Point 14"), None);
    }

    #[test]
    fn journals() {
        let heads = ["Arrivée", "Jeudi 11", "Vendredi 12"];
        assert_eq!(
            journal_date(
                Some("Rencontre des jumelages, avril 2019"),
                heads.into_iter()
            ),
            Some((2019, 4, 11))
        );
        // The weekday is not that date's: no guess.
        let wrong = ["Lundi 11"];
        assert_eq!(
            journal_date(Some("Rencontre, avril 2019"), wrong.into_iter()),
            None
        );
        assert_eq!(journal_date(Some("Rencontre"), heads.into_iter()), None);
    }
}

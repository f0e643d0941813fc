//! French date and time grammar: "Lundi 21 septembre 2020", "1er octobre", "21/09/2020",
//! "2020-09-21", "14h30", "14 h 30", "de 14h30 à 16h00", "9h30-11h", "dix-huit heures trente".

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{MONTHS, NUMBER_WORDS};
use super::text::fold;

/// A calendar date found in text; `year` is `None` when the text gives none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundDate {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
    /// Byte range in the folded text.
    pub start: usize,
    pub end: usize,
}

impl FoundDate {
    /// ISO form, taking `default_year` when the text gave no year.
    pub fn iso(&self, default_year: Option<i32>) -> Option<String> {
        let y = self.year.or(default_year)?;
        Some(format!("{y:04}-{:02}-{:02}", self.month, self.day))
    }
}

/// A time of day (hours, minutes) with its byte range in the folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundTime {
    pub hour: u32,
    pub minute: u32,
    pub start: usize,
    pub end: usize,
}

impl FoundTime {
    pub fn hhmm(&self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }
}

static MONTH_RE: LazyLock<String> = LazyLock::new(|| {
    let mut names: Vec<&str> = MONTHS.iter().map(|(m, _)| *m).collect();
    names.sort_by_key(|m| std::cmp::Reverse(m.len()));
    names.join("|")
});

static TEXT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?P<day>[0-3]?\d)(?:er|e)?\s*(?P<month>{})\.?(?:\s+(?P<year>(?:19|20)\d\d))?\b",
        *MONTH_RE
    ))
    .expect("valid regex")
});
static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<d>[0-3]?\d)[/.\-](?P<m>[01]?\d)[/.\-](?P<y>(?:19|20)?\d\d)\b")
        .expect("valid regex")
});
static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<y>(?:19|20)\d\d)[\-/.](?P<m>[01]?\d)[\-/.](?P<d>[0-3]?\d)\b")
        .expect("valid regex")
});
/// "20121108" as a file or a title writes the day: year, month and day run together.
static COMPACT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\b")
        .expect("valid regex")
});
/// A link: a date inside it names a page, not the meeting.
static LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:https?://|www\.)\S+").expect("valid regex"));
/// Two-digit years from this one on are of the 1900s ("12/03/98" is 1998), below it of the
/// 2000s ("12/03/21").
const TWO_DIGIT_YEAR_PIVOT: i32 = 50;
static WORD_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?P<day>[a-z\-]+(?:\s+et\s+un)?)\s+(?P<month>{})\s+(?P<year>deux\s+mil(?:le)?[a-z\- ]*)",
        *MONTH_RE
    ))
    .expect("valid regex")
});
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?P<h>[0-2]?\d)\s*(?:h|heures?|:)\s*(?P<m>[0-5]\d)?(?:\s*(?:min|mn))?(?P<after>\b|$)",
    )
    .expect("valid regex")
});
/// How many bytes before a date may hold the first day of a range ("1er et ").
const DAY_RANGE_WINDOW: usize = 12;

/// The first day of a range written before the last one: "23 et " of "les 23 et 24 août",
/// "du 23 au " of "du 23 au 25 août".
static DAY_RANGE_HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?P<d>[0-3]?\d)(?:er)?\s+(?:et|au)\s+$").expect("valid regex"));
/// Noon and midnight named: "à midi", "fin de réunion : minuit".
static NAMED_TIME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?P<w>midi|minuit)\b").expect("valid regex"));
static WORD_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<h>[a-z\-]+(?:\s+et\s+une)?)\s+heures?(?:\s+(?P<m>(?:et\s+)?[a-z\-]+(?:\s+et\s+une?)?))?(?:\s+minutes?)?")
        .expect("valid regex")
});

fn month_number(s: &str) -> Option<u32> {
    MONTHS.iter().find(|(m, _)| *m == s).map(|(_, n)| *n)
}

fn valid(y: Option<i32>, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d != 0 && d <= days_in_month(y, m)
}

/// How many days month `m` (1-12) has; February has 29 when the year is unknown.
pub(crate) fn days_in_month(y: Option<i32>, m: u32) -> u32 {
    match m {
        2 => match y {
            Some(y) if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
            Some(_) => 28,
            None => 29,
        },
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// All dates in `text`, in order of appearance. Offsets refer to `fold(text)`.
pub fn find_dates(text: &str) -> Vec<FoundDate> {
    let f = fold(text);
    let mut out: Vec<FoundDate> = Vec::new();
    for c in TEXT_DATE.captures_iter(&f) {
        let (Some(day), Some(month)) = (c.name("day"), c.name("month")) else {
            continue;
        };
        let mut d: u32 = day.as_str().parse().unwrap_or(0);
        let m = month_number(month.as_str()).unwrap_or(0);
        let y = c.name("year").and_then(|y| y.as_str().parse().ok());
        let mut all = c.get(0).map_or(0..0, |g| g.range());
        // "les 23 et 24 août", "du 23 au 25 août": the meeting's first day.
        // Only the few bytes before the date are read, so the work stays linear.
        let head = super::text::tail_before(&f, all.start, DAY_RANGE_WINDOW);
        let from = all.start - head.len();
        if let Some(r) = DAY_RANGE_HEAD.captures(head) {
            if let Some(first) = r.name("d").and_then(|x| x.as_str().parse::<u32>().ok()) {
                if first < d {
                    d = first;
                    all.start = r.get(0).map_or(all.start, |g| from + g.start());
                }
            }
        }
        if valid(y, m, d) {
            out.push(FoundDate {
                year: y,
                month: m,
                day: d,
                start: all.start,
                end: all.end,
            });
        }
    }
    for c in ISO_DATE.captures_iter(&f) {
        push_numeric(&mut out, &c);
    }
    for c in COMPACT_DATE.captures_iter(&f) {
        push_numeric(&mut out, &c);
    }
    for c in NUMERIC_DATE.captures_iter(&f) {
        // Glued to a file-like prefix ("CR20-01-2025") is fine; glued to a digit is not.
        let start = c.get(0).map_or(0, |g| g.start());
        if f[..start]
            .chars()
            .next_back()
            .is_some_and(|p| p.is_ascii_digit())
        {
            continue;
        }
        push_numeric(&mut out, &c);
    }
    for c in WORD_DATE.captures_iter(&f) {
        let (Some(day), Some(month), Some(year)) = (c.name("day"), c.name("month"), c.name("year"))
        else {
            continue;
        };
        let Some(d) = number_words(day.as_str()) else {
            continue;
        };
        let m = month_number(month.as_str()).unwrap_or(0);
        let Some(y) = year_words(year.as_str()) else {
            continue;
        };
        if valid(Some(y), m, d) {
            let all = c.get(0).map_or(0..0, |g| g.range());
            out.push(FoundDate {
                year: Some(y),
                month: m,
                day: d,
                start: all.start,
                end: all.end,
            });
        }
    }
    let links: Vec<std::ops::Range<usize>> = LINK.find_iter(&f).map(|m| m.range()).collect();
    out.retain(|d| !links.iter().any(|l| l.contains(&d.start)));
    out.sort_by_key(|d| d.start);
    out.dedup_by(|b, a| b.start < a.end);
    out
}

fn push_numeric(out: &mut Vec<FoundDate>, c: &regex::Captures) {
    let num = |k: &str| c.name(k).and_then(|m| m.as_str().parse::<i32>().ok());
    let (Some(d), Some(m), Some(mut y)) = (num("d"), num("m"), num("y")) else {
        return;
    };
    if y < 100 {
        y += if y >= TWO_DIGIT_YEAR_PIVOT {
            1900
        } else {
            2000
        };
    }
    let all = c.get(0).map_or(0..0, |g| g.range());
    if out.iter().any(|o| all.start < o.end && o.start < all.end) {
        return;
    }
    if valid(Some(y), m as u32, d as u32) {
        out.push(FoundDate {
            year: Some(y),
            month: m as u32,
            day: d as u32,
            start: all.start,
            end: all.end,
        });
    }
}

/// All times of day in `text`, in order. Offsets refer to `fold(text)`.
pub fn find_times(text: &str) -> Vec<FoundTime> {
    let f = fold(text);
    let mut out = Vec::new();
    for c in TIME.captures_iter(&f) {
        let all = c.get(0).map_or(0..0, |g| g.range());
        let h: u32 = c
            .name("h")
            .and_then(|m| m.as_str().parse().ok())
            .unwrap_or(99);
        let m: u32 = c
            .name("m")
            .and_then(|m| m.as_str().parse().ok())
            .unwrap_or(0);
        // "3 heures" of debate is a duration only when no minutes and "heures" spelled out
        // after a small number without "à"/"de": keep it simple, accept hours 0-23.
        if h > 23 || m > 59 {
            continue;
        }
        // "14:30" needs minutes; "h" alone after a digit is a time ("9h").
        let sep = &f[all.clone()];
        if sep.contains(':') && c.name("m").is_none() {
            continue;
        }
        out.push(FoundTime {
            hour: h,
            minute: m,
            start: all.start,
            end: all.end,
        });
    }
    for m in NAMED_TIME.find_iter(&f) {
        out.push(FoundTime {
            hour: if m.as_str() == "midi" { 12 } else { 0 },
            minute: 0,
            start: m.start(),
            end: m.end(),
        });
    }
    for c in WORD_TIME.captures_iter(&f) {
        let all = c.get(0).map_or(0..0, |g| g.range());
        if out
            .iter()
            .any(|t: &FoundTime| all.start < t.end && t.start < all.end)
        {
            continue;
        }
        let Some(h) = c.name("h").and_then(|h| number_words(h.as_str())) else {
            continue;
        };
        let m = c
            .name("m")
            .and_then(|m| number_words(m.as_str().trim_start_matches("et ")))
            .unwrap_or(0);
        let m = if c.name("m").is_some_and(|x| x.as_str().contains("quart")) {
            15
        } else if c.name("m").is_some_and(|x| x.as_str().contains("demie")) {
            30
        } else {
            m
        };
        if h <= 23 && m <= 59 {
            out.push(FoundTime {
                hour: h,
                minute: m,
                start: all.start,
                end: all.end,
            });
        }
    }
    out.sort_by_key(|t| t.start);
    out
}

/// Start and end of the meeting from a line: "de 14h30 à 16h00", "9h30-11h", "14h30".
pub fn time_range(text: &str) -> (Option<FoundTime>, Option<FoundTime>) {
    let times = find_times(text);
    let f = fold(text);
    for w in times.windows(2) {
        let between = f[w[0].end..w[1].start].trim();
        if matches!(
            between,
            "a" | "-" | "–" | "—" | "au" | "jusqu'a" | "et" | "->" | "→" | "=>" | "/"
        ) || between.is_empty()
        {
            return (Some(w[0]), Some(w[1]));
        }
    }
    (times.first().copied(), None)
}

/// Value of number words: "dix-huit", "vingt et un", "trente", "quinze".
pub fn number_words(s: &str) -> Option<u32> {
    let s = s.trim();
    if let Ok(n) = s.parse::<u32>() {
        return Some(n);
    }
    let mut total = 0;
    let mut any = false;
    for w in s.split([' ', '-']).filter(|w| !w.is_empty()) {
        if w == "et" {
            continue;
        }
        if w == "quart" || w == "demie" {
            continue;
        }
        let v = NUMBER_WORDS
            .iter()
            .find(|(k, _)| *k == w)
            .map(|(_, v)| *v)?;
        total += v;
        any = true;
    }
    any.then_some(total)
}

/// "deux mil vingt", "deux mille dix-neuf" → 2020, 2019.
fn year_words(s: &str) -> Option<i32> {
    let s = s.trim();
    let rest = s
        .strip_prefix("deux mille")
        .or_else(|| s.strip_prefix("deux mil"))?
        .trim();
    if rest.is_empty() {
        return Some(2000);
    }
    let first_words: String = rest.split(' ').take(3).collect::<Vec<_>>().join(" ");
    // Take the longest prefix that reads as a number.
    let words: Vec<&str> = first_words.split(' ').collect();
    (1..=words.len())
        .rev()
        .find_map(|k| number_words(&words[..k].join(" ")))
        .map(|n| 2000 + n as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(text: &str, year: Option<i32>) -> Option<String> {
        find_dates(text).first().and_then(|d| d.iso(year))
    }

    #[test]
    fn written_dates() {
        assert_eq!(
            iso("Jeudi 8 octobre 2020, de 15h30", None).as_deref(),
            Some("2020-10-08")
        );
        assert_eq!(
            iso("le 1er octobre", Some(2020)).as_deref(),
            Some("2020-10-01")
        );
        assert_eq!(
            iso("Séance du 24 Novembre 2020", None).as_deref(),
            Some("2020-11-24")
        );
        assert_eq!(iso("le 3 févr. 2021", None).as_deref(), Some("2021-02-03"));
        assert_eq!(
            iso("Séminaire des 23 et 24 août 2019", None).as_deref(),
            Some("2019-08-23")
        );
        assert_eq!(
            iso("Mission du 4 au 9 mars 2018", None).as_deref(),
            Some("2018-03-04")
        );
        // A number before a dash is no first day.
        assert_eq!(
            iso("point 3 - 12 mai 2020", None).as_deref(),
            Some("2020-05-12")
        );
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(
            iso("réunion du 21/09/2020", None).as_deref(),
            Some("2020-09-21")
        );
        assert_eq!(iso("2020-09-21", None).as_deref(), Some("2020-09-21"));
        assert_eq!(iso("CR20-01-2025", None).as_deref(), Some("2025-01-20"));
        assert_eq!(iso("le 31/02/2020", None), None);
        assert_eq!(
            iso("séance du 12.03.98", None).as_deref(),
            Some("1998-03-12")
        );
        assert_eq!(
            iso("réunion du 05/11/21", None).as_deref(),
            Some("2021-11-05")
        );
        assert_eq!(
            iso("Compte rendu du 20190314", None).as_deref(),
            Some("2019-03-14")
        );
        assert_eq!(iso("facture 20191399", None), None);
        assert_eq!(
            iso("voir https://exemple.org/pv/2018/05-15-bureau", None),
            None
        );
    }

    #[test]
    fn dates_in_words() {
        assert_eq!(
            iso(
                "Le vingt-quatre novembre deux mil vingt à dix-huit heures",
                None
            )
            .as_deref(),
            Some("2020-11-24")
        );
    }

    #[test]
    fn times_and_ranges() {
        let (s, e) = time_range("Jeudi 8 octobre 2020, de 15h30 à 17h00");
        assert_eq!(
            (s.unwrap().hhmm(), e.unwrap().hhmm()),
            ("15:30".into(), "17:00".into())
        );
        let (s, e) = time_range("le 14 octobre, 10h30-12h");
        assert_eq!(
            (s.unwrap().hhmm(), e.unwrap().hhmm()),
            ("10:30".into(), "12:00".into())
        );
        let (s, _) = time_range("Début prévu : 14 h 30");
        assert_eq!(s.unwrap().hhmm(), "14:30");
        let (s, e) = time_range("de 20 h à minuit");
        assert_eq!(
            (s.unwrap().hhmm(), e.unwrap().hhmm()),
            ("20:00".into(), "00:00".into())
        );
        assert_eq!(find_times("reprise à midi")[0].hhmm(), "12:00");
        let (s, _) = time_range("à dix-huit heures trente");
        assert_eq!(s.unwrap().hhmm(), "18:30");
        let (s, _) = time_range("à vingt heures quinze minutes");
        assert_eq!(s.unwrap().hhmm(), "20:15");
    }
}

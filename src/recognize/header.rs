//! The meeting header: title, date, start and end time, location, read from the lines before
//! the first section ("units": the source lines of those paragraphs), from "Date :", "Lieu :"
//! lines, from opening and closing phrases anywhere, and from document properties.

mod title;

use super::date_context;
use super::dates::{find_dates, find_times, time_range, FoundDate, FoundTime};
use super::file_name;
use super::lexicon::{
    self, CLOSING_CUES, DATE_LABELS, LINK_LABELS, MODE_LABELS, OPENING_CUES, PLACE_LABELS,
    PUBLICATION_CUES, REMOTE_CUES, TIME_LABELS, VENUE_HEADS,
};
use super::lines::{Kind, Line};
use super::text::{fold, split_colon, tail_before, trim_label};
use crate::model::Properties;
use crate::record::Meeting;
use title::{find_title, title_and_venue, title_start};

/// The header and the index of the line the title was read from.
pub struct Header {
    pub meeting: Meeting,
    pub title_line: Option<usize>,
    /// Year of the meeting, for dates written without one.
    pub year: Option<i32>,
    /// The meeting date as (year, month, day), to tell upcoming events from past ones.
    pub date: Option<(i32, u32, u32)>,
    /// The date came from the file's name, the text giving none.
    pub date_from_file: bool,
    /// The title is the file's name, no line naming the meeting.
    pub title_from_file: bool,
    /// The whole meeting was held remotely ("Type : à distance", "en visioconférence").
    pub remote: bool,
}

const HEAD_LINES: usize = 25;
/// Most words of a head line that gives the meeting's day without its year.
const DATELINE_WORDS: usize = 12;
/// How far opening and closing phrases ("la séance est ouverte à ...") are looked for.
const SITTING_LINES: usize = 80;

/// A source line of a head paragraph.
struct Unit<'a> {
    line: usize,
    text: &'a str,
}

/// The source lines of `lines`, each cut into its header fields.
fn units_of(lines: &[Line]) -> Vec<Unit<'_>> {
    lines
        .iter()
        .enumerate()
        .flat_map(|(i, l)| {
            let parts: Vec<&str> = if l.parts.is_empty() {
                vec![l.text.as_str()]
            } else {
                l.parts.iter().map(String::as_str).collect()
            };
            parts
                .into_iter()
                .flat_map(header_fields)
                .map(move |text| Unit { line: i, text })
        })
        .collect()
}

/// Whether `word` followed by a colon labels a header field ("Date", "Lieu", "URL").
fn is_field_label(word: &str) -> bool {
    let f = fold(word);
    word.starts_with(char::is_uppercase)
        && [LINK_LABELS, DATE_LABELS, TIME_LABELS, PLACE_LABELS]
            .iter()
            .any(|list| list.contains(&f.as_str()))
}

/// "Lieu: X Date: 3 mai Heure: 10h - 12h" as one line (a converter joined them): one
/// piece per field.
fn header_fields(text: &str) -> Vec<&str> {
    let mut cuts = vec![0];
    for (i, _) in text.match_indices(' ') {
        let word = text[i + 1..].split([' ', ':']).next().unwrap_or("");
        let after = text[i + 1 + word.len()..].trim_start();
        if after.starts_with(':') && is_field_label(word) {
            cuts.push(i + 1);
        }
    }
    cuts.push(text.len());
    cuts.windows(2)
        .map(|w| text[w[0]..w[1]].trim())
        .filter(|t| !t.is_empty())
        .collect()
}

/// "Label : value" with the label in `labels`; units are cut into fields beforehand, so the
/// value ends where another header label starts.
fn labelled<'a>(text: &'a str, labels: &[&str]) -> Option<&'a str> {
    let (label, value) = split_colon(text)?;
    let l = fold(trim_label(label));
    let l = l.trim_matches(|c: char| !c.is_alphanumeric() && c != ' ');
    if !labels.contains(&l) {
        return None;
    }
    Some(trim_label(value)).filter(|v| !v.is_empty())
}

/// Strips light markup left around a value ("*(chacun chez soi)*").
fn unmark(s: &str) -> String {
    s.trim().trim_matches(['*', '_', ' ']).trim().to_string()
}

fn venue_in_sentence(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split(' ').collect();
    for k in 1..words.len() {
        let w = fold(words[k]);
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if !VENUE_HEADS.contains(&w) || !words[k].starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let prev = fold(words[k - 1]);
        let prev2 = if k >= 2 {
            fold(words[k - 2])
        } else {
            String::new()
        };
        let introduced = matches!(prev.as_str(), "au" | "a" | "en" | "dans")
            || (matches!(prev.as_str(), "la" | "le" | "l'")
                && matches!(prev2.as_str(), "a" | "dans"))
            || prev.ends_with("l'") && matches!(prev2.as_str(), "a" | "dans");
        if !introduced {
            continue;
        }
        let rest = words[k..].join(" ");
        let mut depth = 0;
        let mut end = rest.len();
        for (i, c) in rest.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                ',' | '.' | ';' if depth <= 0 => {
                    end = i;
                    break;
                }
                _ => {}
            }
        }
        return Some(rest[..end].trim().to_string());
    }
    None
}

/// A date the text gives as the writing or publication date ("Publié le 03/02/2019").
fn is_publication(text: &str, d: &FoundDate) -> bool {
    let f = fold(text);
    let before = tail_before(&f, d.start, CUE_WINDOW);
    lexicon::contains_any(before, PUBLICATION_CUES) || not_the_sitting(&f, d.start)
}

/// Whether what comes just before `at` (folded) gives the convocation's or the next
/// meeting's date or time rather than the sitting's.
fn not_the_sitting(folded: &str, at: usize) -> bool {
    lexicon::contains_any(
        tail_before(folded, at, CUE_WINDOW),
        lexicon::NOT_THE_SITTING_CUES,
    )
}

/// How many bytes before a date or a time may name a publication, a convocation or the next
/// meeting.
const CUE_WINDOW: usize = 30;

/// How many bytes before a time may hold an opening or closing phrase.
const SITTING_CUE_WINDOW: usize = 40;

/// Start and end of the sitting on a line, leaving out the times of a convocation.
fn sitting_range(text: &str) -> (Option<FoundTime>, Option<FoundTime>) {
    let f = fold(text);
    let times = find_times(text);
    match times.iter().position(|t| !not_the_sitting(&f, t.start)) {
        None => (None, None),
        Some(0) => time_range(text),
        Some(k) => {
            // Read the range from the first time of the sitting on.
            let at = super::analysis::Analysed::new(text).orig(times[k].start);
            time_range(&text[at..])
        }
    }
}

fn first_date(text: &str, need_year: bool) -> Option<FoundDate> {
    find_dates(text)
        .into_iter()
        .find(|d| (!need_year || d.year.is_some()) && !is_publication(text, d))
}

/// Opening and closing times of the sitting: opening phrases in the first lines, closing
/// phrases anywhere.
fn sitting_times(lines: &[Line]) -> (Option<FoundTime>, Option<FoundTime>) {
    let (mut start, mut end) = (None, None);
    // The sitting opens in its first lines; it may close at the very end.
    for (i, l) in lines.iter().enumerate() {
        if start.is_some() && end.is_some() {
            break;
        }
        let opening = i < SITTING_LINES;
        for part in &l.parts {
            let f = fold(part);
            // Most lines name neither: their times are not looked for.
            let cued = (opening && start.is_none() && lexicon::contains_any(&f, OPENING_CUES))
                || (end.is_none() && lexicon::contains_any(&f, CLOSING_CUES));
            if !cued {
                continue;
            }
            for t in &find_times(part) {
                let before = tail_before(&f, t.start, SITTING_CUE_WINDOW);
                if opening && start.is_none() && lexicon::contains_any(before, OPENING_CUES) {
                    start = Some(*t);
                } else if end.is_none() && lexicon::contains_any(before, CLOSING_CUES) {
                    end = Some(*t);
                }
            }
        }
    }
    (start, end)
}

/// Reads the header. `section_lines` are the section starts; `trusted_title` says whether
/// the document properties' title is the author's (markdown front matter) rather than a
/// template leftover.
pub fn find_header(
    lines: &[Line],
    section_lines: &[usize],
    props: &Properties,
    trusted_title: bool,
    path: Option<&str>,
) -> Header {
    // A first "section" that carries a title word ("# Procès-verbal de la réunion du ...") is
    // the title, so the head runs to the next one.
    let first_section = section_lines
        .iter()
        .copied()
        .enumerate()
        .find(|&(k, l)| {
            let titled = title_start(&lines[l].text);
            !(titled.is_some_and(|(b, _)| b == 0) || (k == 0 && titled.is_some()))
        })
        .map(|(_, l)| l);
    let end = first_section
        .unwrap_or(lines.len())
        .min(HEAD_LINES)
        .min(lines.len());
    let head = &lines[..end];
    let units = units_of(head);
    // Labelled fields ("Lieu :", "Date :", "Heure :") count in the opening lines even
    // under a first heading ("# Préparation").
    let labelled_units = units_of(&lines[..lines.len().min(HEAD_LINES)]);
    let mut meeting = Meeting::default();

    // Title.
    let (title_line, title) = find_title(head, &units, &labelled_units, props, trusted_title);
    if let Some(t) = title {
        let (t, venue) = title_and_venue(t);
        let t = trim_label(&t)
            .trim_end_matches([',', '-', '–'])
            .trim()
            .to_string();
        meeting.title = (!t.is_empty()).then_some(t);
        meeting.location = venue.map(|v| trim_label(&v).to_string());
    }
    if meeting.title.is_none() {
        meeting.title = props.title.clone().filter(|t| !t.trim().is_empty());
    }
    let mut title_from_file = false;
    if meeting.title.is_none() {
        meeting.title = path.and_then(file_name::file_name_title);
        title_from_file = meeting.title.is_some();
    }

    // Date: a "Date :" line, then the title, then the first dated head line, then anywhere.
    let prop_year: Option<i32> = props
        .created
        .as_deref()
        .and_then(|c| c.get(..4))
        .and_then(|y| y.parse().ok());
    let labelled_date = labelled_units.iter().find_map(|u| {
        labelled(u.text, DATE_LABELS)
            .and_then(|v| first_date(v, false))
            .map(|d| (u.line, d))
    });
    // A title that is the file's name dates the meeting only as the file name does, last.
    let title_date = meeting
        .title
        .as_deref()
        .filter(|_| !title_from_file)
        .and_then(|t| first_date(t, false))
        .map(|d| (title_line.unwrap_or(0), d));
    let head_date = units
        .iter()
        .find_map(|u| first_date(u.text, true).map(|d| (u.line, d)));
    let any_date = || {
        lines
            .iter()
            .enumerate()
            .take(60)
            .find_map(|(i, l)| first_date(&l.text, true).map(|d| (i, d)))
    };
    // "Samedi 20 janvier, 15 heures, salle des fêtes": a dateline of the head without its
    // year is the meeting's day; a dated line further down (a signature "Fait à X, le …")
    // only gives the year.
    let dateline = || {
        units.iter().find_map(|u| {
            let d = first_date(u.text, false)?;
            let f = fold(u.text);
            let dated_line = u.text.split_whitespace().count() <= DATELINE_WORDS
                && (lexicon::WEEKDAYS
                    .iter()
                    .any(|w| lexicon::starts_with_word(&f, w))
                    || !find_times(u.text).is_empty());
            (d.year.is_none() && dated_line).then_some((u.line, d))
        })
    };
    // The first of the two in the head: a dated line further down is a signature or a
    // mention ("Fait à X, le 27 janvier 2024").
    let head_pick = match (head_date, dateline()) {
        (Some(h), Some(d)) if d.0 < h.0 => Some(d),
        (h, d) => h.or(d),
    };
    let found = labelled_date.or(title_date).or(head_pick).or_else(any_date);
    let other_year = head_date
        .and_then(|(_, d)| d.year)
        .or_else(|| any_date().and_then(|(_, d)| d.year));
    // A file named with a date names the meeting's more often than its properties do,
    // which give the day a template or a copy was made.
    let file_date = path.and_then(file_name::file_name_date);
    let year = found
        .and_then(|(_, d)| d.year)
        .or(other_year)
        .or(file_date.and_then(|d| d.year))
        .or(prop_year);
    let mut date = found.and_then(|(_, d)| Some((d.year.or(year)?, d.month, d.day)));
    let mut date_from_file = false;
    if date.is_none() && found.is_none() {
        let headings = section_lines.iter().map(|&l| lines[l].text.as_str());
        date = date_context::journal_date(meeting.title.as_deref(), headings);
        if date.is_none() {
            date = file_date.and_then(|d| Some((d.year?, d.month, d.day)));
            date_from_file = date.is_some();
        }
    }
    meeting.date = date.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
    if meeting.date.is_none() && trusted_title {
        meeting.date = props
            .created
            .as_deref()
            // An ISO timestamp ("2019-09-12T18:30:00+02:00") dates by its day.
            .map(|c| {
                c.split_once('T')
                    .filter(|(day, _)| day.ends_with(|ch: char| ch.is_ascii_digit()))
                    .map_or(c, |(day, _)| day)
            })
            .and_then(|c| find_dates(c).first().and_then(|d| d.iso(None)));
    }
    let date_line = found.map(|(l, _)| l);

    // Times: opening/closing phrases, then "Heure :" lines, then the date line, then any.
    let (open, close) = sitting_times(lines);
    // A duration ("Durée : 3 heures") is not a time; a duration label with a range is.
    let labelled_times = labelled_units.iter().find_map(|u| {
        let v = labelled(u.text, TIME_LABELS)?;
        let (s, e) = time_range(v);
        let duration = fold(trim_label(split_colon(u.text)?.0)).starts_with("duree");
        (s.is_some() && (!duration || e.is_some())).then_some((s, e))
    });
    let line_times = || {
        let mut order: Vec<&Unit> = units.iter().filter(|u| Some(u.line) == date_line).collect();
        order.extend(units.iter().filter(|u| Some(u.line) != date_line));
        order
            .into_iter()
            .map(|u| u.text)
            .filter(|t| !find_times(t).is_empty())
            .map(|t| (t, sitting_range(t)))
            // "Durée : 3 heures" is a duration; "Durée : 9 h – 11 h" is a range.
            .find(|(t, (_, e))| e.is_some() || !fold(t).contains("duree"))
            .map(|(_, r)| r)
    };
    let (s, e) = labelled_times.or_else(line_times).unwrap_or((None, None));
    meeting.start_time = open.or(s).map(|t| t.hhmm());
    meeting.end_time = close.or(e).map(|t| t.hhmm());
    if meeting.end_time == meeting.start_time {
        meeting.end_time = None;
    }

    // Location: a "Lieu :" line, the venue cut from the title, a venue line, a venue phrase.
    if let Some(v) = labelled_units
        .iter()
        .find_map(|u| labelled(u.text, PLACE_LABELS))
    {
        meeting.location = Some(unmark(v));
    }
    if meeting.location.is_none() {
        meeting.location = units
            .iter()
            .filter(|u| Some(u.line) != title_line || head[u.line].kind == Kind::Title)
            .find_map(|u| {
                let f = fold(u.text);
                let first = f.split([' ', '\'']).next().unwrap_or("");
                // "Salle du conseil, mairie de X", "Chez Paul Martin, 4 rue des Lilas": a
                // line of the head that opens on a venue or a host.
                let host = lexicon::HOST_PREPOSITIONS.contains(&first)
                    && u.text.starts_with(char::is_uppercase);
                ((VENUE_HEADS.contains(&first) || host)
                    && u.text.split_whitespace().count() <= 12
                    && !u.text.ends_with('.'))
                .then(|| trim_label(u.text).to_string())
            })
            .or_else(|| head.iter().find_map(|l| super::venue::held_at(&l.text)))
            .or_else(|| {
                head.iter()
                    .find_map(|l| super::venue_phrases::sitting_apposition(&l.text))
            })
            .or_else(|| {
                let dated = date_line.into_iter().chain(0..head.len());
                dated
                    .filter(|&i| Some(i) != title_line)
                    .filter_map(|i| head.get(i))
                    .find_map(|l| {
                        l.parts
                            .iter()
                            .map(String::as_str)
                            .chain([l.text.as_str()])
                            .find_map(super::venue::in_when_line)
                    })
            })
            .or_else(|| units.iter().find_map(|u| venue_in_sentence(u.text)))
            .or_else(|| {
                let line = head.get(date_line?)?;
                super::venue_phrases::dateline_city(&line.text)
            })
            .or_else(|| {
                units
                    .iter()
                    .find_map(|u| super::venue_phrases::remote_place(u.text))
            });
    }
    // A room with a remote link: the place is the room.
    meeting.location = meeting
        .location
        .map(|v| super::venue::without_remote(&v).to_string());

    // A meeting held remotely: said in a "Type :" / "Lieu :" line or in the title.
    let remote = units
        .iter()
        .filter_map(|u| {
            labelled(u.text, MODE_LABELS).or_else(|| {
                split_colon(u.text)
                    .filter(|(l, v)| {
                        trim_label(l).split_whitespace().count() <= 4 && !v.trim().is_empty()
                    })
                    .filter(|(l, _)| {
                        let l = fold(trim_label(l));
                        TIME_LABELS
                            .iter()
                            .chain(DATE_LABELS)
                            .any(|x| l.starts_with(x))
                    })
                    .map(|(_, v)| v)
            })
        })
        .chain(meeting.title.as_deref())
        .filter(|v| !hybrid(v))
        .any(|v| lexicon::contains_any(&fold(v), REMOTE_CUES));

    Header {
        meeting,
        title_line,
        year,
        date,
        date_from_file,
        title_from_file,
        remote,
    }
}

/// Whether a place or mode names a room as well as a remote link ("Paris, et en ligne",
/// "salle du conseil + visio"): then the meeting is hybrid, and only the entries or lists
/// that say so are remote.
fn hybrid(value: &str) -> bool {
    let a = super::analysis::Analysed::new(value);
    let f = &a.folded;
    let Some(cue) = REMOTE_CUES
        .iter()
        .filter_map(|c| super::entry::find_word(f, c))
        .min()
    else {
        return false;
    };
    // "réunion hybride": a room and a link.
    if lexicon::contains_any(f, lexicon::HYBRID_WORDS) {
        return true;
    }
    let before = f[..cue].trim_end();
    let joined = before.ends_with(" et") || before.ends_with('+') || before.ends_with("ainsi qu'");
    // A venue word, or a capitalised place name ("Lyon"; not "réunion", also a région).
    let names_place = (0..a.tokens.len())
        .take_while(|&i| a.tokens[i].fend <= cue)
        .filter(|&i| a.is_word(i))
        .enumerate()
        .any(|(n, i)| {
            let w = a.ftok(i);
            // The first word is capitalised anyway ("Réunion à distance").
            VENUE_HEADS.contains(&w)
                || (n > 0 && a.is_capitalised(i) && super::gazetteer::is_place(w))
        });
    joined || names_place
}

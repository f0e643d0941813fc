//! What an archive's file name says when the text does not: archives often name a file
//! for its meeting and date ("CR groupe-pays Mali 2015-03-12.docx", "PV_20150312.doc").

use super::dates::{find_dates, FoundDate};

/// The file name without its folders and extension.
fn stem(path: &str) -> &str {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name.rsplit_once('.').map_or(name, |(s, _)| s)
}

/// The full date a file name gives (year, month, day), if it gives one with its year.
pub(crate) fn file_name_date(path: &str) -> Option<FoundDate> {
    // "_" is a word character for the date patterns: "PV_2015_03_12" must read like
    // "PV 2015 03 12".
    let spaced = stem(path).replace('_', "-");
    find_dates(&spaced).into_iter().find(|d| d.year.is_some())
}

/// The file name as a title, for a document that names its meeting nowhere.
pub(crate) fn file_name_title(path: &str) -> Option<String> {
    let t = stem(path).replace('_', " ");
    let t = t.trim();
    (t.chars().any(char::is_alphabetic)).then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(d: Option<FoundDate>) -> Option<(Option<i32>, u32, u32)> {
        d.map(|d| (d.year, d.month, d.day))
    }

    #[test]
    fn dates_in_file_names() {
        assert_eq!(
            ymd(file_name_date("archives/CR groupe Bénin 2014-06-03.docx")),
            Some((Some(2014), 6, 3))
        );
        assert_eq!(
            ymd(file_name_date("C:\\PV\\PV_2009_11_27.doc")),
            Some((Some(2009), 11, 27))
        );
        assert_eq!(
            ymd(file_name_date("compte-rendu-20170418.odt")),
            Some((Some(2017), 4, 18))
        );
        assert_eq!(
            ymd(file_name_date("reunion 12.02.2016 comite.txt")),
            Some((Some(2016), 2, 12))
        );
        assert_eq!(ymd(file_name_date("notes bureau mars.docx")), None);
        assert_eq!(ymd(file_name_date("ordre-du-jour-v3.md")), None);
    }

    #[test]
    fn titles_from_file_names() {
        assert_eq!(
            file_name_title("a/b/CR_bureau_2015-03-12.doc").as_deref(),
            Some("CR bureau 2015-03-12")
        );
        assert_eq!(file_name_title("2015-03-12.docx"), None);
    }
}

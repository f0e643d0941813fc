//! Doubts worth a warning: a document that shows a participant list or reported speech but
//! yielded no participants or no speakers, with the span where a reader should look.

use super::analysis::Analysed;
use super::attendance::attendance_heading;
use super::lines::Line;
use super::verbs::speech_verb_at;
use crate::record::Warning;

/// The first line that heads a participant list.
fn list_heading(lines: &[Line]) -> Option<&Line> {
    lines.iter().find(|l| attendance_heading(&l.text).is_some())
}

/// The first line where a capitalised word is followed by a reporting verb.
fn reported_speech(lines: &[Line]) -> Option<&Line> {
    lines.iter().find(|l| {
        let a = Analysed::new(&l.text);
        let words: Vec<&str> = (0..a.tokens.len()).map(|i| a.ftok(i)).collect();
        (1..a.tokens.len())
            .any(|i| a.is_capitalised(i - 1) && i > 1 && speech_verb_at(&words[i..]).is_some())
    })
}

/// Warnings for a record with no participants or no speakers where the text suggests some.
pub(crate) fn warnings(lines: &[Line], participants: usize, speakers: usize) -> Vec<Warning> {
    let mut out = Vec::new();
    if participants == 0 {
        if let Some(l) = list_heading(lines) {
            out.push(Warning {
                code: "participants.unread".into(),
                message: format!(
                    "a participant list is announced (\"{}\") but no participant was read",
                    super::text::trim_label(&l.text)
                        .chars()
                        .take(60)
                        .collect::<String>()
                ),
                source: Some(l.span.clone()),
            });
        }
    }
    if speakers == 0 {
        if let Some(l) = reported_speech(lines) {
            out.push(Warning {
                code: "speakers.unread".into(),
                message: "the text reports speech but no speaker was read".into(),
                source: Some(l.span.clone()),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::lines::plain_line;

    #[test]
    fn an_announced_list_or_reported_speech_without_result() {
        let lines = vec![
            plain_line("Présents :"),
            plain_line("Ensuite, Mme Zorn précise que le budget est tenu."),
        ];
        let codes: Vec<String> = warnings(&lines, 0, 0).into_iter().map(|w| w.code).collect();
        assert_eq!(codes, ["participants.unread", "speakers.unread"]);
        assert!(warnings(&lines, 3, 2).is_empty());
        assert!(warnings(&[plain_line("Le budget est adopté.")], 0, 0).is_empty());
    }
}

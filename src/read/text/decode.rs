//! Encoding detection for text files: BOMs, UTF-16 without BOM, UTF-8, then Windows-1252
//! (the superset of Latin-1 that old French archives were written in).

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// Decoded text and the name of the encoding it was read with.
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Decodes text bytes; `None` when they look binary (NUL bytes that are not UTF-16).
pub fn decode(bytes: &[u8]) -> Option<Decoded> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Some(with(encoding_rs::UTF_8, rest, "utf-8-sig"));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Some(with(UTF_16LE, rest, "utf-16-le"));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Some(with(UTF_16BE, rest, "utf-16-be"));
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        let name = if enc == UTF_16LE {
            "utf-16-le"
        } else {
            "utf-16-be"
        };
        return Some(with(enc, bytes, name));
    }
    if bytes.contains(&0) {
        return None;
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Some(Decoded {
            text: s.to_string(),
            encoding: "utf-8",
        }),
        Err(_) => Some(with(WINDOWS_1252, bytes, "windows-1252")),
    }
}

fn with(enc: &'static Encoding, bytes: &[u8], name: &'static str) -> Decoded {
    let (text, _) = enc.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: name,
    }
}

/// Text in UTF-16 without a BOM has NUL in every other byte for Latin script.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096)];
    if sample.len() < 4 || sample.len() % 2 != 0 && sample.len() == bytes.len() {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd_nul * 10 >= pairs * 7 && even_nul * 10 <= pairs {
        Some(UTF_16LE)
    } else if even_nul * 10 >= pairs * 7 && odd_nul * 10 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decode("Réunion".as_bytes()).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Réunion", "utf-8"));
        let d = decode(b"\xEF\xBB\xBFR\xC3\xA9union").unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Réunion", "utf-8-sig"));
    }

    #[test]
    fn windows_1252_is_detected() {
        // "Présents : Mme Hélène Kerléau – élue" with an en dash (0x96) only cp1252 has.
        let d = decode(b"Pr\xe9sents : Mme H\xe9l\xe8ne Kerl\xe9au \x96 \xe9lue").unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert_eq!(d.text, "Présents : Mme Hélène Kerléau – élue");
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let le: Vec<u8> = b"\xFF\xFE"
            .iter()
            .copied()
            .chain("Ordre du jour".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        let d = decode(&le).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("Ordre du jour", "utf-16-le")
        );
        let be: Vec<u8> = b"\xFE\xFF"
            .iter()
            .copied()
            .chain("Séance".encode_utf16().flat_map(|u| u.to_be_bytes()))
            .collect();
        let d = decode(&be).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Séance", "utf-16-be"));
    }

    #[test]
    fn utf16_without_bom_is_recognised() {
        let le: Vec<u8> = "Compte-rendu de séance"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        let d = decode(&le).unwrap();
        assert_eq!(d.encoding, "utf-16-le");
        assert_eq!(d.text, "Compte-rendu de séance");
    }

    #[test]
    fn binary_is_refused() {
        assert!(decode(b"\x00\x01\x02binary\x00\xff\x10\x00\x00\x00").is_none());
    }
}

//! List counters as word processors display them: letters (a..z, then aa, bb...) and roman
//! numerals. Shared by the DOCX and ODT numbering.

/// a..z, then aa..zz, aaa.. as office suites count letters; uppercase on demand.
pub fn letters(n: u32, upper: bool) -> String {
    if n == 0 {
        return "0".into();
    }
    let idx = (n - 1) % 26;
    let reps = ((n - 1) / 26 + 1).min(64) as usize;
    let base = if upper { b'A' } else { b'a' };
    std::iter::repeat_n(char::from(base + idx as u8), reps).collect()
}

/// Uppercase roman numerals; numbers outside 1..=3999 stay decimal.
pub fn roman(mut n: u32) -> String {
    if n == 0 || n >= 4000 {
        return n.to_string();
    }
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in TABLE {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters() {
        assert_eq!(letters(1, false), "a");
        assert_eq!(letters(28, true), "BB");
        assert_eq!(roman(14), "XIV");
        assert_eq!(roman(4000), "4000");
    }
}

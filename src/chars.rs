//! Character classes and UTF-8 widths, defined once for the scanner and the
//! numeral grammar: digits (ASCII and full-width), spaces, clause marks, and
//! the one traditional→simplified map of the crate.

use once_cell::sync::Lazy;

/// Bytes of a CJK character of the Basic Multilingual Plane in UTF-8: every
/// Chinese character, full-width digit and Chinese punctuation mark the
/// scanner steps over by hand is this wide.
pub(crate) const CJK_WIDTH: usize = 3;

/// The wide quote and title marks (`“”「」『』《》`); with the ASCII `"`,
/// the marks that make a number a label (`“十四五”`).
pub(crate) const WIDE_MARKS: [char; 8] = ['“', '”', '「', '」', '『', '』', '《', '》'];

/// Whether `s` holds a quote or title mark ([`WIDE_MARKS`] or `"`).
pub(crate) fn has_mark(s: &str) -> bool {
    s.contains(|c: char| c == '"' || WIDE_MARKS.contains(&c))
}

/// An ASCII digit or a full-width digit (`０`..`９`).
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// A decimal point between digits: the ASCII `.`, the full-width `．` and the
/// small full stop `﹒` (U+FE52) that Macau's statistics write
/// (`1,952﹒8萬人次`, `24﹒5%`).
pub(crate) fn is_decimal_point(c: char) -> bool {
    matches!(c, '.' | '．' | '﹒')
}

/// The value of an ASCII or full-width digit.
pub(crate) fn digit_value(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        // The full-width digits are consecutive code points.
        '０'..='９' => u8::try_from(u32::from(c) - u32::from('０')).ok(),
        _ => None,
    }
}

/// A Chinese digit one to ten as written in running text (`一`..`十`,
/// `两`): the head of a small Chinese count or a month.
pub(crate) fn is_small_chinese_digit(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// A character of the CJK Unified Ideographs block (a Chinese character,
/// not a mark or a digit).
pub(crate) fn is_ideograph(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The code point of the character of three UTF-8 bytes `x y z` (lead
/// byte E0 to EF: most Chinese characters and marks), read without checks.
#[inline]
pub(crate) fn three_byte_char(x: u8, y: u8, z: u8) -> u32 {
    u32::from(x & 0x0F) << 12 | u32::from(y & 0x3F) << 6 | u32::from(z & 0x3F)
}

/// Whether the UTF-8 bytes `x y` begin a CJK ideograph (U+4E00 to U+9FFF:
/// lead byte E5 to E9, or E4 and B8 or more), the test of
/// [`is_ideograph`] on bytes.
#[inline]
pub(crate) fn ideograph_lead(x: u8, y: u8) -> bool {
    matches!(x, 0xE5..=0xE9) || (x == 0xE4 && y >= 0xB8)
}

/// The last character of `s`.
pub(crate) fn last_char(s: &str) -> Option<char> {
    s.chars().next_back()
}

/// The first character of `s`.
pub(crate) fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

/// Whether `s` ends with an ASCII or full-width digit.
pub(crate) fn ends_with_digit(s: &str) -> bool {
    last_char(s).is_some_and(is_digit)
}

/// Marks that end a clause: `，`, `。`, `；`, `！`, `？` and their ASCII forms.
pub(crate) fn is_clause_mark(c: char) -> bool {
    matches!(c, '，' | '。' | '；' | '！' | '？' | ',' | ';' | '!' | '?')
}

/// The ordinary full-width form of a small or vertical presentation form
/// of a clause mark (`︰` for `：`, `﹐` for `，`), which copies of Hong Kong
/// and Taiwan text (Big5 round trips) write; `c` itself otherwise. Each
/// pair keeps the UTF-8 width.
pub(crate) fn ordinary_mark(c: char) -> char {
    match c {
        '︰' | '﹕' => '：',
        '﹐' => '，',
        '﹔' => '；',
        '﹖' => '？',
        '﹗' => '！',
        _ => c,
    }
}

/// Punctuation, Chinese or ASCII, and white space: where the words right
/// after a number end.
pub(crate) fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || c.is_whitespace()
        || is_clause_mark(c)
        || matches!(c, '、' | '：' | '（' | '）' | '“' | '”' | '《' | '》' | '—')
}

/// The one space that may stand between a number and its unit (`11 个`):
/// an ASCII or an ideographic space, with its width in bytes.
pub(crate) fn leading_space(s: &str) -> usize {
    match first_char(s) {
        Some(c @ (' ' | '\u{3000}')) => c.len_utf8(),
        _ => 0,
    }
}

/// Whether `hay` holds the byte `b`: eight bytes a step by the zero-byte
/// test of `word ^ b…b`, for short windows where a call to `memchr` costs
/// more than the search.
pub(crate) fn has_byte(hay: &[u8], b: u8) -> bool {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let pattern = LO * u64::from(b);
    let mut words = hay.chunks_exact(8);
    for w in &mut words {
        let x = u64::from_le_bytes(w.try_into().expect("eight bytes")) ^ pattern;
        if x.wrapping_sub(LO) & !x & HI != 0 {
            return true;
        }
    }
    words.remainder().contains(&b)
}

/// The largest char boundary of `text` at or before `i`.
pub(crate) fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `text` at or after `i`.
pub(crate) fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

/// The traditional→simplified map (`src/data/traditional.tsv`).
const TRADITIONAL_TSV: &str = include_str!("data/traditional.tsv");

/// The line of the map after which its pairs are generated
/// (`src/data/gen-traditional.py`).
const GENERATED: &str = "# generated";

/// The pairs of the map listed by hand, `(traditional, simplified)`, in
/// file order: the forms the units and the context word lists are also
/// spelt in ([`traditional_word`]).
pub(crate) static TRADITIONAL: Lazy<Vec<(char, char)>> = Lazy::new(|| {
    TRADITIONAL_TSV
        .lines()
        .take_while(|l| *l != GENERATED)
        .filter_map(|l| parse_pair(l).ok().flatten())
        .collect()
});

/// Parses one line of the map: `Ok(None)` for blank and comment lines.
fn parse_pair(line: &str) -> Result<Option<(char, char)>, String> {
    if line.trim().is_empty() || line.starts_with('#') {
        return Ok(None);
    }
    let mut fields = line.split('\t').map(|f| {
        let mut cs = f.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(format!("one character per field: {line:?}")),
        }
    });
    match (fields.next(), fields.next(), fields.next()) {
        (Some(t), Some(s), None) => Ok(Some((t?, s?))),
        _ => Err(format!("expected 2 tab-separated fields: {line:?}")),
    }
}

/// The whole map (the generated pairs too) sorted by traditional
/// character, for [`simplified`].
static BY_TRADITIONAL: Lazy<Vec<(char, char)>> = Lazy::new(|| {
    let mut v: Vec<(char, char)> = TRADITIONAL_TSV
        .lines()
        .filter_map(|l| parse_pair(l).ok().flatten())
        .collect();
    v.sort_unstable();
    v
});

/// The simplified form of each character of the CJK Unified Ideographs
/// block (`U+4E00`..=`U+9FFF`) that [`BY_TRADITIONAL`] lists, by its offset
/// in the block; 0 for the characters it does not list. One look-up a
/// character: a document in traditional script is read in simplified
/// script line by line (`src/context/script.rs`).
static SIMPLIFIED_CJK: Lazy<Box<[u16]>> = Lazy::new(|| {
    let mut table = vec![0u16; 0xA000 - 0x4E00].into_boxed_slice();
    for &(t, s) in BY_TRADITIONAL.iter().filter(|p| is_ideograph(p.0)) {
        // every pair keeps its UTF-8 width, so `s` is in the BMP
        table[(u32::from(t) - 0x4E00) as usize] = u16::try_from(u32::from(s)).unwrap_or(0);
    }
    table
});

/// The simplified form of `c` (itself when the map does not list it).
pub(crate) fn simplified(c: char) -> char {
    if !is_ideograph(c) {
        return c;
    }
    match SIMPLIFIED_CJK[(u32::from(c) - 0x4E00) as usize] {
        0 => c,
        s => char::from_u32(u32::from(s)).unwrap_or(c),
    }
}

/// The map by simplified character, for [`traditional_word`]: the first
/// traditional form the file lists for it.
static BY_SIMPLIFIED: Lazy<Vec<(char, char)>> = Lazy::new(|| {
    let mut v: Vec<(char, char)> = TRADITIONAL.iter().map(|&(t, s)| (s, t)).collect();
    // stable: of two forms of one character (`發`, `髮`), the file's first
    v.sort_by_key(|p| p.0);
    v.dedup_by_key(|p| p.0);
    v
});

/// `word` in traditional script, if any of its characters has a
/// traditional form in the map (`今年以来` → `今年以來`); `None` if none has.
pub(crate) fn traditional_word(word: &str) -> Option<String> {
    let map = &BY_SIMPLIFIED;
    let mut changed = false;
    let t: String = word
        .chars()
        .map(|c| match map.binary_search_by_key(&c, |p| p.0) {
            Ok(i) => {
                changed = true;
                map[i].1
            }
            Err(_) => c,
        })
        .collect();
    changed.then_some(t)
}

/// Whether `text` starts with `word` (simplified script), either script
/// accepted in `text`: `會議` starts with `会议`.
pub(crate) fn starts_with_simplified(text: &str, word: &str) -> bool {
    let mut t = text.chars();
    word.chars()
        .all(|w| t.next().is_some_and(|c| simplified(c) == w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_byte_characters_and_ideograph_leads_read_from_bytes() {
        for c in '\u{800}'..='\u{ffff}' {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(three_byte_char(b[0], b[1], b[2]), u32::from(c), "{c}");
            assert_eq!(ideograph_lead(b[0], b[1]), is_ideograph(c), "{c}");
        }
    }
    use std::collections::HashSet;

    #[test]
    fn traditional_map_parses_completely() {
        for line in TRADITIONAL_TSV.lines() {
            assert!(parse_pair(line).is_ok(), "{line:?}");
        }
        assert!(TRADITIONAL.len() > 90);
        assert!(parse_pair("個\t个\t个").is_err());
        assert!(parse_pair("個個\t个").is_err());
    }

    #[test]
    fn traditional_map_has_no_duplicates_and_is_one_way() {
        let all = &BY_TRADITIONAL;
        let keys: HashSet<char> = all.iter().map(|p| p.0).collect();
        assert_eq!(keys.len(), all.len(), "a character listed twice");
        assert!(all.len() > 3000 && TRADITIONAL.len() < all.len());
        for &(t, s) in all.iter() {
            assert_eq!(t.len_utf8(), s.len_utf8(), "{t}: widths differ");
            assert_ne!(t, s);
            assert!(!keys.contains(&s), "{s} is also a traditional key");
        }
    }

    #[test]
    fn simplified_matching() {
        assert!(starts_with_simplified("會議召開", "会议"));
        assert!(starts_with_simplified("会议", "会议"));
        assert!(!starts_with_simplified("会", "会议"));
        assert!(!starts_with_simplified("大会", "会议"));
        assert_eq!(simplified('屆'), '届');
        // a generated pair
        assert_eq!(simplified('盡'), '尽');
        assert_eq!(traditional_word("今年以来").as_deref(), Some("今年以來"));
        assert_eq!(traditional_word("受理"), None);
        assert_eq!(simplified('a'), 'a');
        // The bitset in front of the map against the map alone.
        for c in (0x4E00u32..=0x9FFF).filter_map(char::from_u32) {
            let by_map = BY_TRADITIONAL
                .binary_search_by_key(&c, |p| p.0)
                .map_or(c, |i| BY_TRADITIONAL[i].1);
            assert_eq!(simplified(c), by_map, "{c}");
        }
    }

    #[test]
    fn digits_and_marks() {
        assert!(is_digit('7') && is_digit('７') && !is_digit('七'));
        assert_eq!(digit_value('９'), Some(9));
        assert_eq!(digit_value('3'), Some(3));
        assert_eq!(digit_value('x'), None);
        assert!(is_clause_mark('，') && !is_clause_mark('、'));
        assert!(is_punct('、') && !is_punct('的'));
        assert_eq!(leading_space("\u{3000}个"), 3);
        assert_eq!(leading_space(" 个"), 1);
        assert_eq!(leading_space("个"), 0);
        let hay: Vec<u8> = (0u8..=255).chain(0u8..40).collect();
        for len in [0, 1, 7, 8, 9, 24, 100, hay.len()] {
            for b in 0u8..=255 {
                assert_eq!(
                    has_byte(&hay[..len], b),
                    hay[..len].contains(&b),
                    "{len} {b}"
                );
                assert_eq!(
                    has_byte(&hay[len / 2..len], b),
                    hay[len / 2..len].contains(&b)
                );
            }
        }
        assert_eq!("个".len(), CJK_WIDTH);
        let s = "一二";
        assert_eq!(floor_boundary(s, 4), 3);
        assert_eq!(ceil_boundary(s, 4), 6);
    }
}

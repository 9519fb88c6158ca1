//! The search for the characters that can begin a numeral: ASCII digits
//! and the three-byte characters of [`is_numeral_start`] (Chinese numeral
//! characters, full-width digits), and for the quote and title marks the
//! scanner notes on its way ([`MARKS`] and `"`).
//!
//! This is the scanner's hot loop: every byte of the text passes through
//! it, and only one character in fifteen of a report is a candidate. A
//! three-byte character is decoded by hand and tested with one bit of a
//! table; where three such characters follow each other (most of a
//! Chinese text), they are tested together with one branch.
//!
//! A packed SIMD searcher (`aho-corasick`'s Teddy over the 62 three-byte
//! characters) was tried and measured slower: its nibble fingerprints
//! cannot tell `一` from most characters of its block (`上`, `不`, `中`),
//! and the verification of the false hits cost more than this loop.

use once_cell::sync::Lazy;

use super::marks::MARKS;
use crate::chars::CJK_WIDTH;
use crate::numeral::is_numeral_start;

/// Whether the search stops at `c`: it can begin a numeral, or it is a
/// quote or title mark.
fn is_stop(c: char) -> bool {
    c.is_ascii_digit() || c == '"' || is_numeral_start(c) || MARKS.contains(&c)
}

/// The three-byte characters the search stops at, in code point order.
fn three_byte_starts() -> impl Iterator<Item = char> {
    (0x800u32..0x10000)
        .filter_map(char::from_u32)
        .filter(|&c| c.len_utf8() == CJK_WIDTH && is_stop(c))
}

/// One bit per character of the Basic Multilingual Plane: does the search
/// stop at it? Indexed by the code point: word `cp >> 6`, bit `cp & 63`.
static NUMERAL_START_BMP: Lazy<Box<[u64; 1024]>> = Lazy::new(|| {
    let mut bits = Box::new([0u64; 1024]);
    for c in three_byte_starts() {
        let cp = u32::from(c);
        bits[(cp >> 6) as usize] |= 1 << (cp & 63);
    }
    bits
});

/// Whether the search stops at the three-byte character `b0 b1 b2`.
#[inline(always)]
fn wide_hit(bits: &[u64; 1024], b0: u8, b1: u8, b2: u8) -> bool {
    let word = (usize::from(b0 & 0x0F) << 6) | usize::from(b1 & 0x3F);
    bits[word] & (1 << (b2 & 0x3F)) != 0
}

/// Whether `b` leads a three-byte character.
#[inline(always)]
fn leads_three(b: u8) -> bool {
    b & 0xF0 == 0xE0
}

/// The byte offset of the first character at or after `pos` (a char
/// boundary) that can begin a numeral (an ASCII digit or a numeral
/// character) or is a quote or title mark.
#[inline]
pub(super) fn next_candidate(bytes: &[u8], mut pos: usize) -> Option<usize> {
    let bits: &[u64; 1024] = &NUMERAL_START_BMP;
    while pos < bytes.len() {
        // Three three-byte characters at once.
        if let Some(w) = bytes.get(pos..pos + 3 * CJK_WIDTH) {
            if leads_three(w[0]) && leads_three(w[3]) && leads_three(w[6]) {
                let h0 = wide_hit(bits, w[0], w[1], w[2]);
                let h1 = wide_hit(bits, w[3], w[4], w[5]);
                let h2 = wide_hit(bits, w[6], w[7], w[8]);
                if !(h0 | h1 | h2) {
                    pos += 3 * CJK_WIDTH;
                    continue;
                }
                let k = if h0 {
                    0
                } else if h1 {
                    1
                } else {
                    2
                };
                return Some(pos + k * CJK_WIDTH);
            }
        }
        let b = bytes[pos];
        if b < 0x80 {
            if b.is_ascii_digit() || b == b'"' {
                return Some(pos);
            }
            pos += 1;
        } else if leads_three(b) && pos + 2 < bytes.len() {
            // `bytes` is valid UTF-8: a three-byte sequence is complete.
            if wide_hit(bits, b, bytes[pos + 1], bytes[pos + 2]) {
                return Some(pos);
            }
            pos += CJK_WIDTH;
        } else if b >= 0xF0 {
            pos += 4;
        } else {
            pos += 2;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first candidate of `text` at or after each position, by the
    /// search and by the definition.
    fn check(text: &str) {
        let bytes = text.as_bytes();
        for pos in (0..=text.len()).filter(|&p| text.is_char_boundary(p)) {
            let expected = text[pos..]
                .char_indices()
                .find(|&(_, c)| (c.is_ascii() || c.len_utf8() == 3) && is_stop(c))
                .map(|(i, _)| pos + i);
            assert_eq!(next_candidate(bytes, pos), expected, "{text:?} at {pos}");
        }
    }

    #[test]
    fn finds_what_the_definition_finds() {
        check("");
        check("一");
        check("7");
        check("共办理案件628件，同比增长12.5%，其中一审三千四百件");
        check("ａｂｃ１２３４５６７８９０，〇一二三四五六七八九十百千万亿兆");
        check("no digits here at all, just ASCII letters and spaces ......");
        check("é😀一Ω２😀x9 壹贰叁肆伍陆柒捌玖拾佰仟萬億廿卅卌几数幾數○◯Ｏ");
        check("“十四五”「三」『二』《报告》\"五\"。、性者");
        let long: String = "统计工作报告的全文，".repeat(40) + "第5页" + &"年".repeat(33);
        check(&long);
        for k in 0..4 {
            check(&("报告全文的".repeat(k) + "中一"));
            check(&("报告全文的".repeat(k) + "中国一"));
        }
    }

    #[test]
    fn every_numeral_start_is_three_bytes_or_ascii() {
        // The table covers three-byte characters only; a numeral character
        // of another width would never be found.
        for c in (0u32..0x11_0000).filter_map(char::from_u32) {
            if is_numeral_start(c) {
                assert!(c.is_ascii_digit() || c.len_utf8() == 3, "{c:?}");
            }
        }
    }
}

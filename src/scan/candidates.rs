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

/// The stop bits of the three-byte characters, one word per pair of
/// their first two bytes: word `key(b0, b1)`, bit `b2 & 63`.
///
/// A word's index is the low four bits of the lead byte and the low six
/// of the second byte where they stand in a little-endian `u16` of the
/// two (`0x3F0F` masks them), so that the loop takes it from the bytes it
/// has loaded with one `and`. Of its 16 144 words (126 KiB) a Chinese
/// text reads a few hundred: those of its common characters, adjacent.
static STOP_BITS: Lazy<Box<StopBits>> = Lazy::new(|| {
    let mut bits: Box<StopBits> = vec![0u64; WORDS]
        .into_boxed_slice()
        .try_into()
        .expect("WORDS words");
    for c in three_byte_starts() {
        let mut buf = [0u8; 4];
        let b = c.encode_utf8(&mut buf).as_bytes();
        bits[key(u64::from(b[0]) | u64::from(b[1]) << 8)] |= 1 << (b[2] & 0x3F);
    }
    bits
});

/// The table of [`STOP_BITS`]: of a fixed length, so that no index taken
/// through [`KEY_MASK`] is checked against it.
type StopBits = [u64; WORDS];

/// The number of words of [`STOP_BITS`]: every index [`KEY_MASK`] lets
/// through.
const WORDS: usize = KEY_MASK as usize + 1;

/// The bits of a little-endian pair of bytes `b0 b1` that tell a
/// three-byte character's stop word (see [`STOP_BITS`]).
const KEY_MASK: u64 = 0x3F0F;

/// The index into [`STOP_BITS`] of the character whose first two bytes
/// are the low sixteen bits of `v` (little endian).
#[inline(always)]
fn key(v: u64) -> usize {
    (v & KEY_MASK) as usize
}

/// Whether the search stops at the three-byte character whose first two
/// bytes are the low sixteen bits of `v` and whose third is `b2`.
#[inline(always)]
fn wide_hit(bits: &StopBits, v: u64, b2: u64) -> bool {
    bits[key(v)] >> (b2 & 0x3F) & 1 != 0
}

/// Whether `b` leads a three-byte character.
#[inline(always)]
fn leads_three(b: u8) -> bool {
    b & 0xF0 == 0xE0
}

/// The high nibbles of bytes 0, 3 and 6 of a little-endian word, and
/// what they read when those bytes each lead a three-byte character.
const LEADS_MASK: u64 = 0x00F0_0000_F000_00F0;
const LEADS_THREE: u64 = 0x00E0_0000_E000_00E0;

/// The byte offset of the first character at or after `pos` (a char
/// boundary) that can begin a numeral (an ASCII digit or a numeral
/// character) or is a quote or title mark.
#[inline]
pub(super) fn next_candidate(bytes: &[u8], mut pos: usize) -> Option<usize> {
    let bits: &StopBits = &STOP_BITS;
    while pos < bytes.len() {
        // Three three-byte characters at once: one word holds the first
        // eight of their nine bytes.
        if let Some(w) = bytes.get(pos..pos + 3 * CJK_WIDTH) {
            let mut word = [0u8; 8];
            word.copy_from_slice(&w[..8]);
            let v = u64::from_le_bytes(word);
            if v & LEADS_MASK == LEADS_THREE {
                let h0 = wide_hit(bits, v, v >> 16);
                let h1 = wide_hit(bits, v >> 24, v >> 40);
                let h2 = wide_hit(bits, v >> 48, u64::from(w[8]));
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
            let v = u64::from(b) | u64::from(bytes[pos + 1]) << 8;
            if wide_hit(bits, v, u64::from(bytes[pos + 2])) {
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

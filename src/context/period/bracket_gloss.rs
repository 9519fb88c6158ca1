//! A bracketed aside that opens with a time and a colon, then gives that
//! time's figures (`服刑人士佔63%（2021年：服刑人士佔69%；還押人士佔30%）`,
//! `失业率为3.2%（上年：3.5%）`): each figure inside it is of the time the
//! bracket names, not of the period in force, as reports write last
//! year's values beside this year's.

use super::Found;

/// The most bytes between the bracket and the figure (forty ideographs:
/// an aside of a few values).
const MAX_GLOSS: usize = 40 * 3;

/// The bytes of the full-width opening bracket `（`.
const WIDE_OPEN: [u8; 3] = [0xEF, 0xBC, 0x88];

/// Where the last opening bracket of `b` starts, `（` or `(`: searched
/// for by `(` and the last byte of `（` together (SIMD), each hit of that
/// byte checked for the two before it.
fn last_open(b: &[u8]) -> Option<usize> {
    let mut end = b.len();
    while let Some(k) = memchr::memrchr2(b'(', WIDE_OPEN[2], &b[..end]) {
        if b[k] == b'(' {
            return Some(k);
        }
        if k >= 2 && b[k - 2..=k] == WIDE_OPEN {
            return Some(k - 2);
        }
        end = k;
    }
    None
}

/// The marks that close the time at the bracket's start.
const COLONS: [char; 3] = ['：', ':', '︰'];

/// The time that opens the bracket `before` (the line up to the figure: a
/// `；` in the bracket ends a sentence) stands in: the last opening
/// bracket, neither closed nor past a `。` before the figure, within
/// [`MAX_GLOSS`] bytes of it, and right after it a time phrase and a
/// colon.
pub(super) fn period(before: &str) -> Option<&str> {
    // (asked of every figure: only the bytes a short aside takes are
    // searched, for either bracket by a byte search)
    let from = crate::chars::floor_boundary(before, before.len().saturating_sub(MAX_GLOSS));
    let near = &before[from..];
    let open = last_open(near.as_bytes())?;
    let inside = &near[open..];
    if inside.contains(['）', ')', '。']) {
        return None;
    }
    let inside = inside
        .strip_prefix('（')
        .or_else(|| inside.strip_prefix('('))?;
    let f = Found::at(inside)?;
    let end = f.reading.len;
    inside[end..].starts_with(COLONS).then_some(f.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_opening_the_bracket() {
        assert_eq!(period("服刑人士佔63%（2021年：服刑人士佔"), Some("2021年"));
        assert_eq!(
            period("服刑人士佔63%（二零二一年︰服刑人士佔69%；還押人士佔"),
            Some("二零二一年")
        );
        assert_eq!(period("失业率为3.2%(上年:"), Some("上年"));
    }

    #[test]
    fn no_time_or_closed() {
        assert_eq!(period("服刑人士佔63%（2021年：69%），還押人士佔"), None);
        assert_eq!(period("服刑人士佔63%（不含2021年：服刑人士佔"), None);
        assert_eq!(period("（2021年）服刑人士佔"), None);
        assert_eq!(period("（2021年：服刑人士佔69%。還押人士佔"), None);
    }
}

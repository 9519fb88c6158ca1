//! Sentence boundaries within one line.
//!
//! A sentence ends after `。`, `！`, `？`, `；` (full width) or `!`, `?`, and
//! at the end of the line; closing quotes and brackets right after the
//! terminator (`。”`) belong to the sentence that ends there. Leading and
//! trailing white space is not part of a sentence.
//!
//! Two decisions, taken to match how the gold annotations cut sentences:
//! - The ASCII semicolon `;` does not end a sentence. In the half-width
//!   punctuated reports where it appears it joins clauses of one account
//!   (`推行远程公证;推进公证服务减证便民,…办理各类公证业务1725件。`), and it
//!   also occurs in character entities and codes. The full-width `；`, the
//!   usual clause-list terminator of Chinese reports, does end a sentence.
//! - The colon (`：`, `:`) does not end a sentence: what follows it is the
//!   content it announces (`主要产品产量增长的情况是：发电增长15%，…`).

use crate::record::Span;

/// Whether `c` ends a sentence.
#[inline]
fn is_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?')
}

/// Whether `c` closes a quotation or bracket that may follow a terminator.
#[inline]
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '”' | '’' | '」' | '』' | '》' | '）' | ')' | '】' | '〕' | '"' | '\''
    )
}

#[inline]
fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}'
}

/// Appends the sentences of `line` to `out` (cleared first), in order, as
/// byte spans relative to the line. Sentences cover every non-space byte
/// of the line; empty stretches (between two terminators) are skipped.
/// Appends the sentences of `line` to `out` (cleared first), in order, as
/// byte spans relative to the line, and the offsets of `其中` before `upto`
/// to `qizhong` (cleared first): one pass over the bytes.
pub(crate) fn split_marking(
    line: &str,
    upto: usize,
    out: &mut Vec<Span>,
    qizhong: &mut Vec<usize>,
) {
    out.clear();
    qizhong.clear();
    let bytes = line.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // CJK ideographs (lead bytes E4–EE) other than 其 (E5 85 B6): skip
        if (0xE4..=0xEE).contains(&b) {
            if b == 0xE5
                && i < upto
                && bytes.get(i + 2) == Some(&0xB6)
                && bytes.get(i..i + 6) == Some("其中".as_bytes())
            {
                qizhong.push(i);
                i += 6;
                continue;
            }
            i += 3;
            continue;
        }
        let c = match b {
            b'!' | b'?' => b as char,
            0xE3 | 0xEF => {
                // `。` E3 80 82; `！` EF BC 81; `？` EF BC 9F; `；` EF BC 9B
                let (b1, b2) = (
                    bytes.get(i + 1).copied().unwrap_or(0),
                    bytes.get(i + 2).copied().unwrap_or(0),
                );
                let term = if b == 0xE3 {
                    b1 == 0x80 && b2 == 0x82
                } else {
                    b1 == 0xBC && matches!(b2, 0x81 | 0x9F | 0x9B)
                };
                if !term {
                    i += 3;
                    continue;
                }
                match line.get(i..).and_then(|r| r.chars().next()) {
                    Some(c) => c,
                    None => {
                        i += 1;
                        continue;
                    }
                }
            }
            0x00..=0x7F => {
                i += 1;
                continue;
            }
            0xC0..=0xDF => {
                i += 2;
                continue;
            }
            0xF0..=0xFF => {
                i += 4;
                continue;
            }
            _ => {
                i += if b >= 0xE0 { 3 } else { 1 };
                continue;
            }
        };
        if !is_terminator(c) {
            i += c.len_utf8();
            continue;
        }
        let mut end = i + c.len_utf8();
        // runs of terminators (`？！`, `……。`) and closers (`。”`) stay
        while let Some(d) = line[end..].chars().next() {
            if is_terminator(d) || is_closer(d) {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        push_trimmed(line, start, end, out);
        start = end;
        i = end;
    }
    push_trimmed(line, start, line.len(), out);
}

/// Appends the sentences of `line` to `out` (cleared first).
#[cfg(test)]
pub(crate) fn split(line: &str, out: &mut Vec<Span>) {
    split_marking(line, 0, out, &mut Vec::new());
}

fn push_trimmed(line: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let s = &line[start..end];
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let trail = s.len() - s.trim_end_matches(is_space).len();
    if lead + trail < s.len() {
        out.push(Span {
            start: start + lead,
            end: end - trail,
        });
    }
}

/// Index of the sentence in `sentences` (from [`split`]) that holds byte
/// `pos`; the last one starting at or before `pos`, or 0.
#[inline]
pub(crate) fn index_of(sentences: &[Span], pos: usize) -> usize {
    match sentences.binary_search_by(|s| s.start.cmp(&pos)) {
        Ok(i) => i,
        Err(0) => 0,
        Err(i) => i - 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(line: &str) -> Vec<&str> {
        let mut v = Vec::new();
        split(line, &mut v);
        v.iter().map(|s| &line[s.range()]).collect()
    }

    #[test]
    fn cuts_at_full_stops_and_full_width_semicolons() {
        assert_eq!(
            texts("甲增长5%；乙下降3%。丙持平！"),
            ["甲增长5%；", "乙下降3%。", "丙持平！"]
        );
    }

    #[test]
    fn keeps_ascii_semicolons_and_colons_inside() {
        assert_eq!(
            texts("推行远程公证;推进减证便民,办理业务1725件。情况是：发电增长15%。"),
            [
                "推行远程公证;推进减证便民,办理业务1725件。",
                "情况是：发电增长15%。"
            ]
        );
    }

    #[test]
    fn closers_and_runs_stay_with_their_sentence() {
        assert_eq!(
            texts("他说：“好。”然后走了？！ 再见"),
            ["他说：“好。”", "然后走了？！", "再见"]
        );
    }

    #[test]
    fn spaces_trimmed_and_empty_skipped() {
        assert_eq!(
            texts("  一、 过去五年工作回顾  "),
            ["一、 过去五年工作回顾"]
        );
        assert!(texts("   ").is_empty());
        assert!(texts("").is_empty());
        assert_eq!(texts("。。"), ["。。"]);
    }

    #[test]
    fn marks_qizhong_before_the_limit() {
        let line = "收到申请108件，其中受理80件。其中";
        let (mut s, mut q) = (Vec::new(), Vec::new());
        split_marking(line, line.find("80").unwrap_or(0), &mut s, &mut q);
        assert_eq!(q, [line.find("其中").unwrap_or(0)]);
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn odd_bytes_do_not_break_the_scan() {
        let line = "é😀甲！乙";
        let mut v = Vec::new();
        split(line, &mut v);
        let t: Vec<&str> = v.iter().map(|s| &line[s.range()]).collect();
        assert_eq!(t, ["é😀甲！", "乙"]);
    }

    #[test]
    fn index_lookup() {
        let line = "甲5件。乙6件。";
        let mut v = Vec::new();
        split(line, &mut v);
        assert_eq!(index_of(&v, 0), 0);
        assert_eq!(index_of(&v, line.find('乙').unwrap()), 1);
        assert_eq!(index_of(&v, line.len()), 1);
    }
}

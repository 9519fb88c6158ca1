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

use memchr::memmem;
use once_cell::sync::Lazy;

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
const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Bytes of `w` that may equal `b` (never misses one; may flag a few more).
#[inline]
fn may_eq(w: u64, b: u8) -> u64 {
    let v = w ^ (LO * u64::from(b));
    v.wrapping_sub(LO) & !v & HI
}

/// Appends the sentences of `line` to `out` (cleared first), in order, as
/// byte spans relative to the line, and the offsets of `其中` before `upto`
/// to `qizhong` (cleared first). Sentences are cut up to the one that holds
/// byte `upto_end`; the rest of the line is left as one last span.
pub(crate) fn split_marking(
    line: &str,
    upto: usize,
    upto_end: usize,
    out: &mut Vec<Span>,
    qizhong: &mut Vec<usize>,
) {
    out.clear();
    qizhong.clear();
    let mut start = 0;
    // sentences after the one that holds the last figure are not needed
    let need = upto_end.min(line.len());
    let mut terminators = Terminators::new(line.as_bytes());
    while start <= need {
        let Some(i) = terminators.next_from(start) else {
            break;
        };
        // (a run of terminators and closers, `？！`, `。”`, stays with it)
        let end = run_end(line, i + terminators.width_at(i));
        push_trimmed(line, start, end, out);
        start = end;
    }
    push_trimmed(line, start, line.len(), out);
    // (`其中` found as a substring: its two characters' bytes together)
    static QIZHONG: Lazy<memmem::Finder<'static>> =
        Lazy::new(|| memmem::Finder::new("其中".as_bytes()));
    if let Some(head) = line.get(..upto.min(line.len())) {
        qizhong.extend(QIZHONG.find_iter(head.as_bytes()));
    }
}

/// The sentence terminators of a line in order, each kind found by its
/// own vectorised search (`memchr`): the three-byte `。；！？` by a
/// substring search that looks for two of their bytes together, `!?` by a
/// byte search. Each search runs again only past the hit it gave, so a
/// line is read about once per kind, and the common clause marks (`，`,
/// `、`, which share lead bytes with the terminators) cost nothing.
struct Terminators<'a> {
    bytes: &'a [u8],
    /// The next hit of each search (`usize::MAX`: none), `。；！？` then
    /// `!?`.
    next: [usize; 5],
}

/// The three-byte terminators, searched for one by one.
const WIDE_TERMINATORS: [&str; 4] = ["。", "；", "！", "？"];

impl<'a> Terminators<'a> {
    fn new(bytes: &'a [u8]) -> Terminators<'a> {
        let mut t = Terminators {
            bytes,
            next: [0; 5],
        };
        for k in 0..t.next.len() {
            t.search(k, 0);
        }
        t
    }

    /// Runs search `k` from byte `at`.
    fn search(&mut self, k: usize, at: usize) {
        static FINDERS: Lazy<[memmem::Finder<'static>; 4]> =
            Lazy::new(|| WIDE_TERMINATORS.map(|t| memmem::Finder::new(t.as_bytes())));
        let hay = &self.bytes[at..];
        let hit = match FINDERS.get(k) {
            Some(f) => f.find(hay),
            None => memchr::memchr2(b'!', b'?', hay),
        };
        self.next[k] = hit.map_or(usize::MAX, |i| at + i);
    }

    /// The first terminator at or after byte `at`.
    fn next_from(&mut self, at: usize) -> Option<usize> {
        for k in 0..self.next.len() {
            // (a hit passed over by a run of terminators: search again)
            if self.next[k] < at {
                self.search(k, at);
            }
        }
        self.next.iter().copied().min().filter(|&i| i != usize::MAX)
    }

    /// The width of the terminator at byte `i`.
    fn width_at(&self, i: usize) -> usize {
        if self.bytes[i] < 0x80 {
            1
        } else {
            3
        }
    }
}

/// Past the run of terminators and closers that starts at `end`.
fn run_end(line: &str, mut end: usize) -> usize {
    // runs of terminators (`？！`, `……。`) and closers (`。”`) stay
    while let Some(d) = line[end..].chars().next() {
        if is_terminator(d) || is_closer(d) {
            end += d.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// [`split_marking`] by a plain character loop, to check it against.
#[cfg(test)]
fn split_slow(line: &str, upto: usize, out: &mut Vec<Span>, qizhong: &mut Vec<usize>) {
    let mut start = 0;
    let mut skip_to = 0;
    for (i, c) in line.char_indices() {
        if i < skip_to {
            continue;
        }
        if c == '其' && i < upto && line[i..].starts_with("其中") {
            qizhong.push(i);
        }
        if is_terminator(c) {
            let end = run_end(line, i + c.len_utf8());
            push_trimmed(line, start, end, out);
            start = end;
            skip_to = end;
        }
    }
    push_trimmed(line, start, line.len(), out);
}

/// Whether `c` ends a clause (or a sentence).
pub(crate) fn is_clause_mark(c: char) -> bool {
    matches!(
        c,
        '，' | ',' | '；' | ';' | '：' | ':' | '。' | '！' | '？' | '!' | '?'
    )
}

/// The first `。` at or after byte `i` of `line`, by the vectorised
/// substring search of `memchr` (two of its bytes looked for together).
fn next_full_stop(line: &str, i: usize) -> Option<usize> {
    static FULL_STOP: Lazy<memmem::Finder<'static>> =
        Lazy::new(|| memmem::Finder::new("。".as_bytes()));
    FULL_STOP.find(&line.as_bytes()[i..]).map(|k| i + k)
}

/// The pieces of `line` between its `。`, as `line.split('。')` gives them.
pub(crate) fn split_full_stops(line: &str) -> impl Iterator<Item = &str> {
    let mut start = Some(0);
    std::iter::from_fn(move || {
        let from = start?;
        match next_full_stop(line, from) {
            Some(k) => {
                start = Some(k + "。".len());
                Some(&line[from..k])
            }
            None => {
                start = None;
                Some(&line[from..])
            }
        }
    })
}

/// Whether byte `b` may start a clause mark: every mark is ASCII or starts
/// with E3/EF, bytes that never occur inside a character.
#[inline]
fn may_start_mark(b: u8) -> bool {
    matches!(b, b',' | b';' | b':' | b'!' | b'?' | 0xE3 | 0xEF)
}

/// The eight bytes of `bytes` from `i` as one word, and the bytes of it
/// that may start a clause mark (never missing one; see [`may_eq`]).
#[inline]
fn mark_mask(bytes: &[u8], i: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&bytes[i..i + 8]);
    let w = u64::from_le_bytes(w);
    let mut mask = may_eq(w, 0xE3) | may_eq(w, 0xEF);
    // ASCII bytes are rare in Chinese text: look for ASCII marks only then
    if w & HI != HI {
        for b in [b',', b';', b':', b'!', b'?'] {
            mask |= may_eq(w, b);
        }
    }
    mask
}

/// The clause mark that starts at byte `i` of `line` (a byte for which
/// [`may_start_mark`] holds), if it is one and no thousands separator (a
/// comma between digits, `２９，８２１`), with the byte after it. (Read by
/// its bytes, not decoded: every clause of a line is asked.)
#[inline(always)]
fn mark_at(line: &str, i: usize) -> Option<usize> {
    let b = line.as_bytes();
    // (width, whether a comma)
    let (width, comma) = match b[i] {
        b',' => (1, true),
        b';' | b':' | b'!' | b'?' => (1, false),
        // `，` EF BC 8C; `；` `：` `！` `？` EF BC 9B, 9A, 81, 9F
        0xEF if b.get(i + 1) == Some(&0xBC) => match b.get(i + 2) {
            Some(0x8C) => (3, true),
            Some(0x9B | 0x9A | 0x81 | 0x9F) => (3, false),
            _ => return None,
        },
        // `。` E3 80 82
        0xE3 if b.get(i + 1..i + 3) == Some(&[0x80, 0x82]) => (3, false),
        _ => return None,
    };
    let end = i + width;
    let thousands = comma && digit_ends_at(b, i) && digit_starts_at(b, end);
    (!thousands).then_some(end)
}

/// Whether an ASCII or full-width digit (`０`..`９`, EF BC 90..99) ends
/// right before byte `i`.
fn digit_ends_at(b: &[u8], i: usize) -> bool {
    (i >= 1 && b[i - 1].is_ascii_digit())
        || (i >= 3 && b[i - 3] == 0xEF && b[i - 2] == 0xBC && (0x90..=0x99).contains(&b[i - 1]))
}

/// Whether an ASCII or full-width digit starts at byte `i`.
fn digit_starts_at(b: &[u8], i: usize) -> bool {
    match b.get(i) {
        Some(d) if d.is_ascii_digit() => true,
        Some(0xEF) => {
            b.get(i + 1) == Some(&0xBC) && b.get(i + 2).is_some_and(|x| (0x90..=0x99).contains(x))
        }
        _ => false,
    }
}

/// End of the last clause mark in `line[from..to]`; a comma between digits
/// (`２９，８２１，８２８`) separates thousands and is no mark.
pub(crate) fn last_clause_end(line: &str, from: usize, to: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    // (each word's flagged bytes checked in turn, last first, without
    // searching again from each one that is no mark)
    let mut to_scan = to;
    while to_scan >= from + 8 {
        let i = to_scan - 8;
        let mut mask = mark_mask(bytes, i);
        while mask != 0 {
            let bit = 63 - mask.leading_zeros();
            let k = i + (bit / 8) as usize;
            if may_start_mark(bytes[k]) {
                if let Some(end) = mark_at(line, k).filter(|&end| end <= to) {
                    return Some(end);
                }
            }
            mask &= !(1u64 << bit);
        }
        to_scan = i;
    }
    (from..to_scan)
        .rev()
        .filter(|&k| may_start_mark(bytes[k]))
        .find_map(|k| mark_at(line, k).filter(|&end| end <= to))
}

/// End of the first clause mark in `line[from..to]`; a comma between
/// digits (`３，２８０`) separates thousands and is no mark.
pub(crate) fn next_clause_end(line: &str, from: usize, to: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    // (each word's flagged bytes checked in turn, without searching again
    // from each one that is no mark; `to` is a char boundary: a mark that
    // starts before it ends by it)
    let mut i = from;
    while i + 8 <= to {
        let mut mask = mark_mask(bytes, i);
        while mask != 0 {
            let k = i + (mask.trailing_zeros() / 8) as usize;
            if may_start_mark(bytes[k]) {
                if let Some(end) = mark_at(line, k) {
                    return Some(end);
                }
            }
            mask &= mask - 1;
        }
        i += 8;
    }
    (i..to)
        .filter(|&k| may_start_mark(bytes[k]))
        .find_map(|k| mark_at(line, k))
}

/// Clauses that only say how a figure is counted: `按可比部分计算`,
/// `根据国家统计局数据`, `初步测算` (a verb of reckoning ends the clause:
/// 计算, 核算, 测算, 估算, 统计).
pub(crate) fn parenthetical(clause: &str) -> bool {
    // (asked of every sentence's opening clauses: most start and end with
    // none of the characters the words below start or end with, told from
    // the first and last character alone)
    let first = crate::chars::first_char(clause);
    let last = crate::chars::last_char(clause);
    if !first.is_some_and(|c| matches!(c, '按' | '据' | '如' | '若' | '根' | '依' | '扣' | '剔'))
        && !last.is_some_and(|c| matches!(c, '算' | '计' | '計'))
    {
        return false;
    }
    clause.starts_with(['按', '据', '如', '若'])
        || ["根据", "根據", "依据", "依據"]
            .iter()
            .any(|w| clause.starts_with(w))
        || clause.starts_with("扣除")
        || clause.starts_with("剔除")
        || [
            "计算", "計算", "核算", "测算", "測算", "估算", "统计", "統計",
        ]
        .iter()
        .any(|w| clause.ends_with(w))
}

/// Appends the sentences of `line` to `out` (cleared first).
#[cfg(test)]
pub(crate) fn split(line: &str, out: &mut Vec<Span>) {
    split_marking(line, 0, line.len(), out, &mut Vec::new());
}

fn push_trimmed(line: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let s = &line[start..end];
    let lead = leading_spaces(s);
    let trail = trailing_spaces(s);
    if lead + trail < s.len() {
        out.push(Span {
            start: start + lead,
            end: end - trail,
        });
    }
}

/// Whether byte `b`, the first of a character, starts no blank
/// ([`is_space`]): an ASCII character that is none (`\x0B` is one), or a
/// character of three bytes from `一` to the full-width forms (lead byte
/// E4 to EF; the blanks past ASCII start with C2, E1, E2 or E3). Told
/// without decoding: every sentence's two ends are asked.
#[inline]
fn starts_no_blank(b: u8) -> bool {
    matches!(b, 0xE4..=0xEF) || (b.is_ascii() && !b.is_ascii_whitespace() && b != 0x0B)
}

/// Bytes of the blanks `s` starts with.
fn leading_spaces(s: &str) -> usize {
    match s.as_bytes().first() {
        Some(&b) if starts_no_blank(b) => 0,
        _ => s.len() - s.trim_start_matches(is_space).len(),
    }
}

/// Bytes of the blanks `s` ends with: none when its last character is
/// ASCII and no blank, or of three bytes and starts no blank.
fn trailing_spaces(s: &str) -> usize {
    let b = s.as_bytes();
    let last_starts_no_blank = match b {
        [.., x @ 0xE0..=0xEF, _, _] => starts_no_blank(*x),
        [.., x] if x.is_ascii() => starts_no_blank(*x),
        _ => false,
    };
    if last_starts_no_blank {
        0
    } else {
        s.len() - s.trim_end_matches(is_space).len()
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

    /// The blanks at a sentence's ends, told from its first and last
    /// bytes where they can be, are those `trim_matches` finds.
    #[test]
    fn blanks_at_the_ends_are_those_trimming_finds() {
        for s in [
            "",
            " ",
            "\u{3000}",
            "\u{0B}甲",
            "甲\u{0B}",
            " 甲 ",
            "甲",
            "a",
            "a\t",
            "\u{A0}甲\u{A0}",
            "，",
            "甲。 ",
            "\u{2003}甲\u{3000}",
            "é",
            "😀",
            "\u{FEFF}",
        ] {
            let lead = s.len() - s.trim_start_matches(is_space).len();
            let trail = s.len() - s.trim_end_matches(is_space).len();
            assert_eq!(leading_spaces(s), lead, "{s:?}");
            assert_eq!(trailing_spaces(s), trail, "{s:?}");
        }
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let first = c.encode_utf8(&mut buf).as_bytes()[0];
            if starts_no_blank(first) {
                assert!(!is_space(c), "{c:?}");
            }
        }
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
        split_marking(
            line,
            line.find("80").unwrap_or(0),
            line.len(),
            &mut s,
            &mut q,
        );
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
    fn the_slow_path_agrees() {
        for line in [
            "收到申请108件，其中受理80件。其中一半！他说：“好。”然后？？再见",
            "",
            "。。",
            "没有终止符其中",
            "甲；乙！丙?丁!戊？己。庚；；辛！？壬",
            "a!b?c;d。e",
            "。；！？!?",
            "长句没有终止符，但有逗号、顿号；然后是句号。最后！",
        ] {
            let (mut a, mut qa) = (Vec::new(), Vec::new());
            let (mut b, mut qb) = (Vec::new(), Vec::new());
            split_marking(line, line.len(), line.len(), &mut a, &mut qa);
            split_slow(line, line.len(), &mut b, &mut qb);
            // cut only up to the sentence that holds `upto_end`: the same
            // sentences, then the rest of the line as one
            for e in (0..=line.len()).filter(|&e| line.is_char_boundary(e)) {
                let mut part = Vec::new();
                split_marking(line, line.len(), e, &mut part, &mut Vec::new());
                let n = part.len().saturating_sub(1);
                assert_eq!(part[..n], b[..n], "{line} {e}");
                if let (Some(p), Some(q)) = (part.last(), b.last()) {
                    assert_eq!(p.end, q.end, "{line} {e}");
                    assert!(p.start <= e.max(b[n].start), "{line} {e}");
                }
            }
            assert_eq!(a, b, "{line}");
            assert_eq!(qa, qb, "{line}");
        }
    }

    /// The clause mark ends of `line[from..to]` by a plain character loop.
    fn clause_ends_slow(line: &str, from: usize, to: usize) -> Vec<usize> {
        let digit =
            |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
        line[from..to]
            .char_indices()
            .filter(|&(i, c)| {
                let (at, end) = (from + i, from + i + c.len_utf8());
                is_clause_mark(c)
                    && !(matches!(c, '，' | ',')
                        && digit(line[..at].chars().next_back())
                        && digit(line[end..].chars().next()))
            })
            .map(|(i, c)| from + i + c.len_utf8())
            .collect()
    }

    #[test]
    fn clause_ends_by_words_agree_with_a_char_loop() {
        for line in [
            "全年受理案件1,234件，２９，８２１人；比上年增长5%:其中a,b!好?是。再",
            "甲乙丙丁戊己庚辛壬癸，子丑寅卯辰巳午未申酉戌亥、一二三四五六七八九十。",
            "abc,def;ghi:jkl!mno?pqr",
            ",１，2,３；：！？５，ａ，0",
            "「引号」《书名》（括号）——破折号……省略号，完",
            "",
        ] {
            let bounds: Vec<usize> = (0..=line.len())
                .filter(|&i| line.is_char_boundary(i))
                .collect();
            for (k, &from) in bounds.iter().enumerate() {
                for &to in &bounds[k..] {
                    let slow = clause_ends_slow(line, from, to);
                    assert_eq!(
                        next_clause_end(line, from, to),
                        slow.first().copied(),
                        "{line} {from}..{to}"
                    );
                    assert_eq!(
                        last_clause_end(line, from, to),
                        slow.last().copied(),
                        "{line} {from}..{to}"
                    );
                }
            }
        }
    }

    #[test]
    fn full_stop_pieces_as_split_gives_them() {
        for line in [
            "",
            "。",
            "甲。乙。",
            "一二三四五六七八九十。、《》「」。十一",
            "没有句号",
            "。。开头。",
        ] {
            let fast: Vec<&str> = split_full_stops(line).collect();
            let slow: Vec<&str> = line.split('。').collect();
            assert_eq!(fast, slow, "{line}");
        }
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

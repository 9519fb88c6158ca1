//! Headings and the section path above each line.
//!
//! A line is a heading when it starts (after white space) with a list
//! marker:
//!
//! | marker | type |
//! | --- | --- |
//! | `一、` | Chinese numeral + `、` |
//! | `（一）`, `(一)` | Chinese numeral in brackets |
//! | `1.`, `1．` | Arabic number + full stop (not a decimal: `2.5` is no marker) |
//! | `1、` | Arabic number + `、` |
//! | `（1）`, `(1)` | Arabic number in brackets |
//! | `第一章`, `第一节`, `第一部分`, `第一篇`, `第一编` | chapter words |
//!
//! The heading is the line as written, list marker kept, up to its first
//! `。` (a heading that runs on into body text ends there).
//!
//! Levels nest by marker type in the order the types appear: a heading of a
//! type already on the path replaces that level and drops the deeper ones;
//! a type not on the path opens a deeper level. Where one type is used at
//! two levels (a `一、` list inside `（三）` under `二、`), a heading
//! continues the level whose last number is one less; a heading that
//! continues none replaces the deepest level of its type. A type never
//! opens a second level of its own: the path is at most as deep as there
//! are marker types, whatever the document (or a stream of concatenated
//! documents) does.

use once_cell::sync::Lazy;

/// The list-marker types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Marker {
    /// `一、`
    CnComma,
    /// `（一）`, `(一)`
    CnParen,
    /// `1.`, `1．`
    ArabicDot,
    /// `1、`
    ArabicComma,
    /// `（1）`, `(1)`
    ArabicParen,
    /// `第一章`
    Chapter,
    /// `第一节`
    Section,
    /// `第一部分`, `第一篇`, `第一编`
    Part,
}

/// A heading found at the start of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Heading {
    pub marker: Marker,
    pub ordinal: u32,
    /// Byte range of the heading text in the line.
    pub start: usize,
    pub end: usize,
    /// Byte offset just past the list marker.
    pub marker_end: usize,
}

/// Value of a Chinese numeral digit, for list ordinals.
fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '一' | '壹' => 1,
        '二' | '贰' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Reads a Chinese ordinal (1–99) at the start of `s`: value and bytes.
fn cn_ordinal(s: &str) -> Option<(u32, usize)> {
    let mut value = 0u32;
    let mut pending: Option<u32> = None;
    let mut len = 0;
    let mut seen_ten = false;
    for (i, c) in s.char_indices() {
        if c == '十' || c == '拾' {
            if seen_ten {
                return None;
            }
            seen_ten = true;
            value = pending.take().unwrap_or(1) * 10;
        } else if let Some(d) = cn_digit(c) {
            if pending.is_some() {
                return None;
            }
            pending = Some(d);
        } else {
            break;
        }
        len = i + c.len_utf8();
        if len > 9 {
            return None;
        }
    }
    if len == 0 {
        return None;
    }
    Some((value + pending.unwrap_or(0), len))
}

/// Reads 1–3 Arabic digits (ASCII or full width) at the start of `s`.
fn arabic_ordinal(s: &str) -> Option<(u32, usize)> {
    let mut value = 0u32;
    let mut len = 0;
    let mut count = 0;
    for (i, c) in s.char_indices() {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '０'..='９' => c as u32 - '０' as u32,
            _ => break,
        };
        count += 1;
        if count > 3 {
            return None;
        }
        value = value * 10 + d;
        len = i + c.len_utf8();
    }
    (len > 0).then_some((value, len))
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// The heading at the start of `line`, if the line is one.
pub(crate) fn parse(line: &str) -> Option<Heading> {
    let (marker, ordinal, start, marker_end) = parse_marker(line)?;
    let text = &line[marker_end..];
    let text_end = text.find('。').unwrap_or(text.len());
    let end = marker_end + text[..text_end].trim_end().len();
    Some(Heading {
        marker,
        ordinal,
        start,
        end,
        marker_end,
    })
}

/// The marker a heading line starts with: its kind, its ordinal, where it
/// starts (past leading blanks) and where it ends. (Reads only the marker:
/// [`marker_len`] asks it at the head of every clause, and the end of the
/// heading's text is looked for in the rest of the line.)
fn parse_marker(line: &str) -> Option<(Marker, u32, usize, usize)> {
    // most lines are body text: refuse them on their first character
    let first = line.chars().next()?;
    if !(first.is_whitespace()
        || first == '（'
        || first == '('
        || first == '第'
        || first == '\u{3000}'
        || is_digit(first)
        || cn_digit(first).is_some()
        || first == '十')
    {
        return None;
    }
    let body = line.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    let start = line.len() - body.len();
    let first = body.chars().next()?;
    let (marker, ordinal, after) = if first == '（' || first == '(' {
        let inner = &body[first.len_utf8()..];
        let (marker, (ord, n)) = match cn_ordinal(inner) {
            Some(x) => (Marker::CnParen, x),
            None => (Marker::ArabicParen, arabic_ordinal(inner)?),
        };
        let rest = &inner[n..];
        let close = rest.chars().next()?;
        if close != '）' && close != ')' {
            return None;
        }
        (marker, ord, first.len_utf8() + n + close.len_utf8())
    } else if first == '第' {
        let inner = &body[first.len_utf8()..];
        let (ord, n) = cn_ordinal(inner).or_else(|| arabic_ordinal(inner))?;
        let rest = &inner[n..];
        let (marker, w) = if rest.starts_with('章') {
            (Marker::Chapter, '章'.len_utf8())
        } else if rest.starts_with('节') || rest.starts_with('節') {
            (Marker::Section, '节'.len_utf8())
        } else if rest.starts_with("部分") {
            (Marker::Part, "部分".len())
        } else if rest.starts_with('篇') || rest.starts_with('编') || rest.starts_with('編') {
            (Marker::Part, '篇'.len_utf8())
        } else {
            return None;
        };
        (marker, ord, first.len_utf8() + n + w)
    } else if let Some((ord, n)) = cn_ordinal(body) {
        if !body[n..].starts_with('、') {
            return None;
        }
        (Marker::CnComma, ord, n + '、'.len_utf8())
    } else if let Some((ord, n)) = arabic_ordinal(body) {
        let rest = &body[n..];
        let p = rest.chars().next()?;
        let marker = match p {
            '.' | '．' => Marker::ArabicDot,
            '、' => Marker::ArabicComma,
            _ => return None,
        };
        // `2.5`, `5.5%左右`: a decimal number, not a marker
        if rest[p.len_utf8()..].chars().next().is_some_and(is_digit) {
            return None;
        }
        (marker, ord, n + p.len_utf8())
    } else {
        return None;
    };
    Some((marker, ordinal, start, start + after))
}

/// Whether `c` is a bullet symbol, opening an item of a bulleted list (a `matches!`, not a search of a string:
/// [`marker_len`] asks it at the head of every clause).
#[inline]
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '◇' | '◆'
            | '●'
            | '○'
            | '■'
            | '□'
            | '▲'
            | '△'
            | '★'
            | '☆'
            | '•'
            | '▪'
            | '►'
            | '※'
    )
}

/// The ideographs (U+4000..U+9FFF, three bytes led by E4..E9) that may
/// open a marker: the Chinese digits, `十` and `第`. One bit per code
/// point, indexed by the low bits of the lead byte and the second byte
/// (word) and of the last byte (bit), as the bytes give them.
static MARKER_IDEOGRAPHS: Lazy<Box<[u64; 1024]>> = Lazy::new(|| {
    let mut bits = Box::new([0u64; 1024]);
    let opens = |c: char| cn_digit(c).is_some() || c == '十' || c == '第';
    for c in ('\u{4000}'..='\u{9FFF}').filter(|&c| opens(c)) {
        let cp = u32::from(c) as usize;
        bits[(cp >> 6) & 1023] |= 1 << (cp & 63);
    }
    bits
});

/// Whether `s` opens with an ideograph (lead byte E4..E9) that opens no
/// marker, told by its bytes: [`marker_len`] is then 0. Inlined where the
/// head of every clause is asked, most of which open so.
#[inline]
pub(crate) fn opens_no_marker(s: &str) -> bool {
    match *s.as_bytes() {
        [b0 @ 0xE4..=0xE9, b1, b2, ..] => {
            let word = usize::from(b0 & 0x0F) << 6 | usize::from(b1 & 0x3F);
            MARKER_IDEOGRAPHS[word] >> (b2 & 0x3F) & 1 == 0
        }
        _ => false,
    }
}

/// Bytes of a list marker (`（三）`, `1.`, `一、`) or an enumerating
/// word (`一是`, `第二，`) at the start of `s`, 0 if none.
pub(crate) fn marker_len(s: &str) -> usize {
    // (asked at the head of every clause, most of which open with an
    // ideograph, lead byte E4..E9: one that opens no marker is refused on
    // its bytes, a Chinese numeral read once, as the ordinal of `一、` or
    // `一是`)
    if opens_no_marker(s) {
        return 0;
    }
    let Some(first) = s.chars().next() else {
        return 0;
    };
    if ('\u{4E00}'..='\u{9FFF}').contains(&first) && first != '第' {
        let Some((_, n)) = cn_ordinal(s) else {
            return 0;
        };
        return ["、", "是", "要", "，", ","]
            .iter()
            .find(|w| s[n..].starts_with(*w))
            .map_or(0, |w| n + w.len());
    }
    // a bullet symbol (`◇ 截至2024年12月，…`)
    if is_bullet(first) {
        let rest = s[first.len_utf8()..].trim_start();
        return s.len() - rest.len();
    }
    if !(first == '（'
        || first == '('
        || first == '第'
        || first.is_whitespace()
        || is_digit(first)
        || cn_digit(first).is_some()
        || first == '十')
    {
        return 0;
    }
    // `2023年…`, `5.5%…`: a clause opening with ASCII digits opens with a
    // figure unless one to three of them stand before `.`, `．` or `、`
    // (the last two lead by EF and E3), told by the byte after them
    if first.is_ascii_digit() {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        if n > 3 || !matches!(s.as_bytes().get(n), Some(b'.' | 0xEF | 0xE3)) {
            return 0;
        }
    }
    if let Some((_, _, _, end)) = parse_marker(s) {
        return end;
    }
    if let Some((_, n)) = cn_ordinal(s) {
        for w in ["是", "要", "，", ","] {
            if s[n..].starts_with(w) {
                return n + w.len();
            }
        }
    }
    if let Some(rest) = s.strip_prefix('第') {
        if let Some((_, n)) = cn_ordinal(rest) {
            for w in ["，", ","] {
                if rest[n..].starts_with(w) {
                    return '第'.len_utf8() + n + w.len();
                }
            }
        }
    }
    0
}

#[derive(Clone, Debug)]
struct Level {
    marker: Marker,
    ordinal: u32,
}

/// The path of headings in force.
#[derive(Clone, Debug, Default)]
pub(crate) struct Sections {
    levels: Vec<Level>,
    /// The heading texts, outermost first, shared by every record under
    /// them: one allocation per heading, not per record.
    path: std::sync::Arc<[String]>,
}

impl Sections {
    /// The headings in force, outermost first.
    pub(crate) fn path(&self) -> &std::sync::Arc<[String]> {
        &self.path
    }

    /// Enters the heading `h` of `line`; returns its depth (0 outermost).
    pub(crate) fn enter(&mut self, line: &str, h: Heading) -> usize {
        let same = |l: &Level| l.marker == h.marker;
        let cont = self
            .levels
            .iter()
            .rposition(|l| same(l) && l.ordinal + 1 == h.ordinal);
        // otherwise the deepest level of the same type, or a new level
        let depth = cont
            .or_else(|| self.levels.iter().rposition(same))
            .unwrap_or(self.levels.len());
        self.levels.truncate(depth);
        let mut path: Vec<String> = self.path[..depth.min(self.path.len())].to_vec();
        self.levels.push(Level {
            marker: h.marker,
            ordinal: h.ordinal,
        });
        path.push(line[h.start..h.end].to_string());
        self.path = path.into();
        depth
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heading(line: &str) -> Option<(Marker, u32, &str)> {
        parse(line).map(|h| (h.marker, h.ordinal, &line[h.start..h.end]))
    }

    #[test]
    fn markers() {
        assert_eq!(
            heading("一、提高站位、精心组织,扎实开展主题教育"),
            Some((
                Marker::CnComma,
                1,
                "一、提高站位、精心组织,扎实开展主题教育"
            ))
        );
        assert_eq!(
            heading("(一)组织到边到位。区司法局党组高度重视。"),
            Some((Marker::CnParen, 1, "(一)组织到边到位"))
        );
        assert_eq!(
            heading("（十四）全面加强政府自身建设"),
            Some((Marker::CnParen, 14, "（十四）全面加强政府自身建设"))
        );
        assert_eq!(
            heading("3. 提升服务供给质效。创新创优公证服务"),
            Some((Marker::ArabicDot, 3, "3. 提升服务供给质效"))
        );
        assert_eq!(
            heading("１２．加强"),
            Some((Marker::ArabicDot, 12, "１２．加强"))
        );
        assert_eq!(
            heading("2、做好"),
            Some((Marker::ArabicComma, 2, "2、做好"))
        );
        assert_eq!(
            heading("（3）推进"),
            Some((Marker::ArabicParen, 3, "（3）推进"))
        );
        assert_eq!(
            heading("第二十一章 附则"),
            Some((Marker::Chapter, 21, "第二十一章 附则"))
        );
        assert_eq!(
            heading("第三节 财政"),
            Some((Marker::Section, 3, "第三节 财政"))
        );
        assert_eq!(
            heading("  二、 过去五年"),
            Some((Marker::CnComma, 2, "二、 过去五年"))
        );
    }

    #[test]
    fn bullets_and_enumerating_words_are_markers() {
        assert_eq!(marker_len("◇ 截至2024年12月"), "◇ ".len());
        assert_eq!(marker_len("●2023年"), "●".len());
        assert_eq!(marker_len("一是加大"), "一是".len());
        assert_eq!(marker_len("截至2024年12月"), 0);
    }

    #[test]
    fn only_numeral_ideographs_open_markers() {
        for c in '\u{4000}'..='\u{9FFF}' {
            let s = format!("{c}、其后");
            let numeral = cn_digit(c).is_some() || c == '十';
            let expected = if numeral {
                c.len_utf8() + "、".len()
            } else {
                0
            };
            assert_eq!(marker_len(&s), expected, "{s}");
        }
    }

    #[test]
    fn markers_told_from_figures_and_words() {
        for (s, n) in [
            ("1.加强", "1.".len()),
            ("12、推进", "12、".len()),
            ("3．做好", "3．".len()),
            ("1２.混写", "1２.".len()),
            ("2023年", 0),
            ("1234.开头", 0),
            ("5.5%左右", 0),
            ("12", 0),
            ("7、", "7、".len()),
            ("一、总体", "一、".len()),
            ("十二、其他", "十二、".len()),
            ("三是", "三是".len()),
            ("二要", "二要".len()),
            ("四，", "四，".len()),
            ("一季度", 0),
            ("十分", 0),
            ("第二，", "第二，".len()),
            ("第三章", "第三章".len()),
            ("第一批", 0),
            ("壹、", "壹、".len()),
        ] {
            assert_eq!(marker_len(s), n, "{s}");
        }
    }

    #[test]
    fn not_markers() {
        for line in [
            "2.5",
            "5.5%左右的预期增长目标",
            "2023年,天宁区司法局坚持",
            "第二，",
            "(此件公开发布)",
            "一是加大生态环境保护",
            "一批基层自治组织",
            "十件民生实事全部如期完成",
            "1234.开头",
            "",
        ] {
            assert_eq!(heading(line), None, "{line}");
        }
    }

    fn feed(lines: &[&str]) -> Vec<Vec<String>> {
        let mut s = Sections::default();
        lines
            .iter()
            .map(|l| {
                if let Some(h) = parse(l) {
                    s.enter(l, h);
                }
                s.path().to_vec()
            })
            .collect()
    }

    #[test]
    fn nesting_by_order_of_appearance() {
        let paths = feed(&[
            "一、甲",
            "(一)乙",
            "1. 丙",
            "2. 丁",
            "(二)戊",
            "1. 己",
            "二、庚",
        ]);
        assert_eq!(paths[3], ["一、甲", "(一)乙", "2. 丁"]);
        assert_eq!(paths[4], ["一、甲", "(二)戊"]);
        assert_eq!(paths[5], ["一、甲", "(二)戊", "1. 己"]);
        assert_eq!(paths[6], ["二、庚"]);
    }

    #[test]
    fn numbering_picks_the_level() {
        // a second `一、` list nested by hand: continuity decides
        let mut s = Sections::default();
        let lines = ["一、甲", "二、乙", "（一）丙", "三、丁"];
        for l in lines {
            if let Some(h) = parse(l) {
                s.enter(l, h);
            }
        }
        assert_eq!(&s.path()[..], ["三、丁"]);
    }

    #[test]
    fn restart_resets_instead_of_nesting() {
        // a new document (or part) after a deep path
        let paths = feed(&["一、甲", "（八）乙", "1. 丙", "一、新", "（一）子"]);
        assert_eq!(paths[3], ["一、新"]);
        assert_eq!(paths[4], ["一、新", "（一）子"]);
        let many: Vec<&str> = ["一、甲", "（一）乙", "1. 丙"].repeat(50);
        let last = feed(&many).pop().unwrap_or_default();
        assert_eq!(last.len(), 3);
    }
}

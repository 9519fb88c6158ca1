//! Time phrases (`2023年`, `今年以来`, `截至9月底`, `1-9月`, `“十四五”期间`)
//! and the basis of change statements (`同比`, `比上年`, `较2018年`).

use super::section;
use super::sentence::parenthetical;
use crate::record::Span;

/// Whole-word time expressions, longest first within a first character.
const TIME_WORDS: &[&str] = &[
    "今年以来",
    "今年上半年",
    "今年前三季度",
    "今年",
    "去年以来",
    "去年底",
    "去年末",
    "去年同期",
    "去年",
    "上年末",
    "上年底",
    "上年",
    "明年",
    "当年",
    "全年",
    "年内",
    "年底",
    "年末",
    "年初",
    "本年度",
    "本年",
    "上半年",
    "下半年",
    "前三季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "第一季度",
    "近年来",
    "近几年来",
    "近几年",
    "近年",
    "多年来",
    "同期",
    "目前",
    "今后",
    "未来",
    "当前",
    "现阶段",
    "过去一年",
    "过去五年",
    "过去十年",
    "这五年",
    "这一年",
    "五年来",
    "十年来",
    "一年来",
    "三年来",
    "近五年",
    "近三年",
    "近十年",
    "新中国成立以来",
    "党的十八大以来",
    "党的二十大以来",
    "改革开放以来",
    "首三季",
    "首季",
    "首半年",
    "首兩季",
    "首两季",
];

/// Whether `c` may start a time word, a lead or a plan period (besides
/// numerals).
#[inline]
fn is_time_first(c: char) -> bool {
    matches!(
        c,
        '今' | '去'
            | '首'
            | '未'
            | '上'
            | '明'
            | '当'
            | '全'
            | '年'
            | '本'
            | '下'
            | '前'
            | '第'
            | '近'
            | '多'
            | '同'
            | '目'
            | '现'
            | '过'
            | '過'
            | '這'
            | '當'
            | '現'
            | '黨'
            | '從'
            | '來'
            | '这'
            | '新'
            | '党'
            | '改'
            | '截'
            | '自'
            | '从'
            | '到'
            | '至'
            | '在'
            | '“'
            | '"'
            | '「'
    )
}

/// Whether `c` may start a time phrase at all.
#[inline]
pub(crate) fn may_start(c: char) -> bool {
    is_num_char(c) || is_time_first(c)
}

static TIME_WORD_SET: once_cell::sync::Lazy<super::lexicon::WordSet> =
    once_cell::sync::Lazy::new(|| super::lexicon::WordSet::from_list(TIME_WORDS));
static TIME_TAIL_SET: once_cell::sync::Lazy<super::lexicon::WordSet> =
    once_cell::sync::Lazy::new(|| super::lexicon::WordSet::from_list(TIME_TAILS));

/// Words that may close a time phrase: `以来`, `期间`, `底`.
const TIME_TAILS: &[&str] = &[
    "以来",
    "期间",
    "时期",
    "之间",
    "年间",
    "底",
    "末",
    "初",
    "上半年",
    "下半年",
    "前三季度",
    "全年",
    "年度",
    "起",
    "首三季",
    "首季",
];

const TIME_LEADS: &[&str] = &["截至", "截止到", "截止", "自", "从", "到", "至", "在"];

pub(crate) fn is_num_char(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || matches!(
            c,
            '〇' | '○'
                | '零'
                | '一'
                | '二'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
                | '两'
        )
}

/// Reads `NUM(年|月|日|季度)` atoms, ranges between them (`1-9月`,
/// `1953年至1980年`) and a tail; returns bytes read.
fn date_run(s: &str) -> usize {
    let mut pos = 0;
    let mut any = false;
    // a range opened by a four-digit year: `二〇二五至二六年度`
    let mut from_year = false;
    loop {
        let rest = &s[pos..];
        let digits: usize = rest
            .char_indices()
            .take_while(|&(_, c)| is_num_char(c))
            .last()
            .map_or(0, |(i, c)| i + c.len_utf8());
        if digits == 0 {
            break;
        }
        let after = &rest[digits..];
        // a range: `1-9月`, `2021—2025年`
        let after_range = ["-", "—", "–", "~", "～", "至", "到"]
            .iter()
            .find(|d| after.starts_with(**d))
            .map(|d| &after[d.len()..]);
        if let Some(r) = after_range {
            if r.chars().next().is_some_and(is_num_char) {
                from_year = rest[..digits].chars().count() == 4;
                pos += digits + (after.len() - r.len());
                continue;
            }
        }
        let unit = ["年度", "年", "月份", "月", "日", "号", "季度"]
            .iter()
            .find(|u| after.starts_with(**u));
        let Some(unit) = unit else { break };
        // `5年`, `十四年` are durations: a calendar year has four digits
        if *unit == "年" || *unit == "年度" {
            let n = rest[..digits].chars().count();
            let next = &after[unit.len()..];
            // `二〇二五至二六年度`: the end of a fiscal year named short
            let fiscal_end = n == 2 && from_year;
            // `112年度`, `113年6月底`, `112年全年`: a Republic of China
            // year, three Arabic digits with a fiscal-year or calendar tail
            let roc = n == 3
                && rest[..digits].starts_with(['1', '１'])
                && !rest[..digits]
                    .contains(|c: char| !c.is_ascii_digit() && !('０'..='９').contains(&c))
                && (*unit == "年度"
                    || next
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
                    || next.starts_with("全年")
                    || next.starts_with(['底', '末', '初']));
            if !(fiscal_end || roc) && (n != 4 || rest[..digits].contains('十')) {
                break;
            }
        }
        from_year = false;
        pos += digits + unit.len();
        any = true;
        // joiners between atoms: `1953年至1980年`
        for j in ["至", "到", "-", "—", "~"] {
            if s[pos..].starts_with(j) && s[pos + j.len()..].chars().next().is_some_and(is_num_char)
            {
                pos += j.len();
                break;
            }
        }
    }
    if !any {
        return 0;
    }
    pos
}

/// The length in bytes of the time phrase at the start of `s`, 0 if none.
///
/// `2023年`, `２０２３年１-９月`, `一九五三年`, `截至9月底`, `今年以来`,
/// `十年前`, `五年来`, `3年以来`: time counted from now.
fn years_back(s: &str) -> usize {
    let digits: usize = s
        .char_indices()
        .take_while(|&(_, c)| is_num_char(c))
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    if digits == 0 {
        return 0;
    }
    ["年以来", "年前", "年来", "年间"]
        .iter()
        .find(|w| s[digits..].starts_with(**w))
        .map_or(0, |w| digits + w.len())
}

/// `“十四五”期间`, `过去五年`, `从2001年起`.
pub(crate) fn time_phrase(s: &str) -> usize {
    // cheap refusal: what no time phrase starts with
    let Some(first) = s.chars().next() else {
        return 0;
    };
    if !is_num_char(first) && !is_time_first(first) {
        return 0;
    }
    let mut pos = 0;
    let lead = if matches!(first, '截' | '自' | '从' | '到' | '至' | '在') {
        TIME_LEADS.iter().find(|l| s.starts_with(**l))
    } else {
        None
    };
    if let Some(l) = lead {
        pos = l.len();
    }
    let body = &s[pos..];
    let mut n = date_run(body);
    if n == 0 {
        n = years_back(body);
    }
    if n == 0 {
        if let Some(w) = TIME_WORD_SET.prefix_of(body) {
            n = w.len();
        } else if let Some(q) = plan_period(body) {
            n = q;
        }
    }
    if n == 0 {
        return 0;
    }
    pos += n;
    // tails, possibly two: `年底以来`
    for _ in 0..2 {
        if let Some(t) = TIME_TAIL_SET.prefix_of(&s[pos..]) {
            pos += t.len();
        } else {
            break;
        }
    }
    pos
}

/// `“十四五”期间`, `"十四五"时期`, `十四五期间`, `“十四五”以来`.
fn plan_period(s: &str) -> Option<usize> {
    let mut pos = 0;
    let open = s.chars().next()?;
    let quoted = matches!(open, '“' | '"' | '「');
    if quoted {
        pos += open.len_utf8();
    }
    let inner = &s[pos..];
    let n: usize = inner
        .char_indices()
        .take_while(|&(_, c)| {
            matches!(
                c,
                '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
            )
        })
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    if n == 0 || !inner[n..].starts_with('五') && !inner[..n].ends_with('五') {
        return None;
    }
    pos += n;
    if quoted {
        let close = s[pos..].chars().next()?;
        if !matches!(close, '”' | '"' | '」') {
            return None;
        }
        pos += close.len_utf8();
    }
    ["期间", "时期", "以来"]
        .iter()
        .find(|t| s[pos..].starts_with(**t))
        .map(|t| pos + t.len())
}

/// Which time phrase is in force at each figure of a line (SPEC §2.2).
///
/// The phrase at the head of the figure's clause or of an earlier clause of
/// its sentence, else the last one that opened a sentence of the paragraph
/// up to the figure's.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Scope<'a> {
    /// The last sentence-head time phrase so far: the paragraph's.
    para: Option<&'a str>,
    /// A clause-head time phrase and the sentence it scopes.
    sent: (usize, Option<&'a str>),
    /// Sentences already looked at for a head phrase.
    scanned: usize,
    /// The clause whose head was last looked at.
    last_clause: usize,
}

impl<'a> Scope<'a> {
    /// The scope at the start of a line: nothing in force.
    pub(crate) fn new() -> Scope<'a> {
        Scope {
            para: None,
            sent: (usize::MAX, None),
            scanned: 0,
            last_clause: usize::MAX,
        }
    }

    /// The time phrase in force for a figure of sentence `si` (of
    /// `sentences`, spans of `line`) whose clause starts at `clause_start`
    /// and reads `clause` up to the figure.
    pub(crate) fn in_force(
        &mut self,
        line: &'a str,
        sentences: &[Span],
        si: usize,
        clause_start: usize,
        clause: &'a str,
    ) -> Option<&'a str> {
        while self.scanned <= si && self.scanned < sentences.len() {
            let text = &line[sentences[self.scanned].range()];
            if let Some(p) = sentence_head(text) {
                self.para = Some(p);
            }
            self.scanned += 1;
        }
        if clause_start != self.last_clause {
            // once per clause: a time phrase at its head scopes the rest of
            // its sentence
            self.last_clause = clause_start;
            let c = clause.trim_start();
            let c = &c[section::marker_len(c)..];
            let n = time_phrase(c);
            if n > 0 {
                self.sent = (si, Some(&c[..n]));
            }
        }
        if self.sent.0 == si && self.sent.1.is_some() {
            self.sent.1
        } else {
            self.para
        }
    }
}

/// The time phrase that opens a sentence, past a list marker and an opening
/// parenthetical clause (`初步核算，全年…`).
fn sentence_head(text: &str) -> Option<&str> {
    let text = &text[section::marker_len(text)..];
    let text = match text.find(['，', ',']) {
        Some(i) if parenthetical(&text[..i]) => text[i..].trim_start_matches(['，', ',']),
        _ => text,
    };
    let n = time_phrase(text);
    (n > 0).then(|| &text[..n])
}

/// The basis of a change that ends `s` (the text right before a change
/// verb): `同比`, `环比`, `比上年`, `较2018年`, `比上年同期`. Returns the
/// byte offset where the basis starts.
pub(crate) fn basis_start(s: &str) -> Option<usize> {
    for w in [
        "同比",
        "环比",
        "環比",
        "與上年相比",
        "与上年相比",
        "与去年相比",
        "與去年相比",
        // Hong Kong: `按年上升12%` (year on year)
        "按年",
        "按季",
        "按月",
    ] {
        if s.ends_with(w) {
            return Some(s.len() - w.len());
        }
    }
    // `比上年`, `较2018年`, `比1980年末`: 比/较 within the last 10 chars,
    // not the noun 比重/比例/比率
    let mut count = 0;
    for (i, c) in s.char_indices().rev() {
        count += 1;
        if count > 10 {
            break;
        }
        if matches!(c, '，' | ',' | '、' | '。' | '；') {
            break;
        }
        if c == '比' || c == '较' || c == '較' {
            let rest = &s[i + c.len_utf8()..];
            if rest.is_empty()
                || rest.starts_with('重')
                || rest.starts_with('例')
                || rest.starts_with('率')
                || rest.starts_with('值')
            {
                return None;
            }
            // `较` inside a word (`较快`, `较大`) is an adverb
            if c != '比'
                && (rest.starts_with('快') || rest.starts_with('大') || rest.starts_with('好'))
            {
                return None;
            }
            return Some(i);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tp(s: &str) -> &str {
        &s[..time_phrase(s)]
    }

    #[test]
    fn time_phrases() {
        assert_eq!(tp("2023年,天宁区"), "2023年");
        assert_eq!(tp("截至9月底,我区"), "截至9月底");
        assert_eq!(tp("今年以来共组织"), "今年以来");
        assert_eq!(tp("１９５５年国家决算"), "１９５５年");
        assert_eq!(tp("一九五三年中央"), "一九五三年");
        assert_eq!(tp("1-9月，全市"), "1-9月");
        assert_eq!(tp("2023年1-9月，全市"), "2023年1-9月");
        assert_eq!(tp("“十四五”期间，累计"), "“十四五”期间");
        assert_eq!(tp("过去五年，我们"), "过去五年");
        assert_eq!(tp("2012年底已达到"), "2012年底");
        assert_eq!(tp("从2001年起，在"), "从2001年起");
        assert_eq!(tp("去年底企业数量"), "去年底");
        assert_eq!(tp("全年制作执法证"), "全年");
        assert_eq!(tp("上半年"), "上半年");
        assert_eq!(tp("十年前的3倍"), "十年前");
        assert_eq!(tp("五年来，我们"), "五年来");
    }

    #[test]
    fn first_characters_cover_the_word_lists() {
        for w in TIME_WORDS.iter().chain(TIME_LEADS) {
            let c = w.chars().next().unwrap_or(' ');
            assert!(is_num_char(c) || is_time_first(c), "{w}");
        }
    }

    #[test]
    fn not_time_phrases() {
        for s in [
            "5年过渡期",
            "连续3年",
            "区法律援助中心",
            "一批",
            "十件民生实事",
            "三年行动",
            // durations of three digits are no Republic of China years
            "100年历程",
            "150年历史",
            "二六年度",
        ] {
            assert_eq!(tp(s), "", "{s}");
        }
    }

    #[test]
    fn republic_of_china_and_fiscal_years() {
        assert_eq!(tp("112年度中央政府總預算"), "112年度");
        assert_eq!(tp("截至113年6月底，全國"), "截至113年6月底");
        assert_eq!(tp("112年全年來臺旅客"), "112年全年");
        assert_eq!(tp("二〇二五至二六年度財政預算案"), "二〇二五至二六年度");
        assert_eq!(tp("今年首三季訪港旅客"), "今年首三季");
    }

    #[test]
    fn hong_kong_basis() {
        assert_eq!(basis_start("按年"), Some(0));
        assert_eq!(
            basis_start("訪港旅客按年").map(|i| &"訪港旅客按年"[i..]),
            Some("按年")
        );
    }

    #[test]
    fn bases() {
        fn b(s: &str) -> Option<&str> {
            basis_start(s).map(|i| &s[i..])
        }
        assert_eq!(b("规模以上工业增加值同比"), Some("同比"));
        assert_eq!(b("城镇化率比上年"), Some("比上年"));
        assert_eq!(b("受理量较2018年"), Some("较2018年"));
        assert_eq!(b("占服务业比重"), None);
        assert_eq!(b("地区生产总值"), None);
    }
}

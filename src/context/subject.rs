//! Subject, action and change of one quantity, by rules on the clause
//! around it (no word segmenter).
//!
//! Chinese reports name what they count in two orders:
//!
//! - verb + noun phrase + number: `受理各类法律援助申请628件`. The subject
//!   is the stretch between the last reporting verb and the number, with
//!   determiners (`各类`, `全区`, `累计`…), time phrases, qualifiers and
//!   change words (`同比增长`) dropped; for a measure (`地区生产总值增长6.2%`,
//!   `出庭应诉率为100%`) it is what stands before the change or link verb.
//! - number + measure word + noun phrase: `建成63家村(社区)公共法律服务室`,
//!   `在全区7个镇、街道建设`. Used for counted things when nothing names
//!   them before the number, when what stands before is no verb phrase
//!   (`红梅街道1件执法案例被评为`), or after `的`, `等`, `和`.
//!
//! A verb followed by `的` before the number belongs to a relative clause
//! (`新增加的固定资产`, `参加农业劳动互助组的农户`) and does not cut.

use super::lexicon::{self, DOWN_SET, HEAD_SET, NP_STOP_SET, TO_LEVEL, UP_SET, VERB_SET};
use super::period;
use super::section;
use crate::record::{Direction, Kind};

/// What the rules found for one quantity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Found<'a> {
    pub subject: Option<&'a str>,
    pub action: Option<&'a str>,
    pub change: Option<(Direction, Option<&'a str>)>,
    /// `分别`: the values that follow go with the list items in order.
    pub respectively: bool,
    /// The stretch before the number compares with something else
    /// (`高于全国`) or only links to it (`提高到`): the subject is the one of
    /// the figure before.
    pub inherits: bool,
    /// The number is reached by a change verb and `到`/`至` (`提高到610元`):
    /// a level, the end of a from–to pair.
    pub level: bool,
    /// The number is a rate per something (`每千人6.6批次`, `人均`).
    pub per: bool,
}

#[inline]
fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}'
}

/// Drops list markers, connectors, time phrases and determiners at the
/// head of `s`.
fn strip_head(mut s: &str) -> &str {
    loop {
        let Some(c) = s.chars().next() else {
            return s;
        };
        if is_space(c) || matches!(c, '、' | '，' | ',' | '：' | ':' | '—') {
            s = &s[c.len_utf8()..];
            continue;
        }
        // `（间）、累计达到`: a bracketed remark left from the figure before
        if c == '（' || c == '(' {
            if let Some(close) = s.find(['）', ')']) {
                if close <= 12 && section::marker_len(s) == 0 {
                    let len = s[close..].chars().next().map_or(1, char::len_utf8);
                    s = &s[close + len..];
                    continue;
                }
            }
        }
        // the marker and time checks refuse most first characters at once
        let m = section::marker_len(s);
        if m > 0 {
            s = &s[m..];
            continue;
        }
        if period::may_start(c) {
            let tp = period::time_phrase(s);
            if tp > 0 && tp < s.len() {
                s = &s[tp..];
                continue;
            }
        }
        if let Some(w) = HEAD_SET.prefix_of(s) {
            if !forms_word(w, &s[w.len()..]) {
                s = &s[w.len()..];
                continue;
            }
        }
        return s;
    }
}

/// Whether the one-character head word `w` forms a word with what follows
/// (`共享`, `使用`, `间接`) rather than standing alone.
fn forms_word(w: &str, rest: &str) -> bool {
    match w {
        "共" => rest.starts_with(['享', '同', '建', '青', '产', '识', '治', '性']),
        "使" => rest.starts_with(['用', '馆', '命']),
        "间" => rest.starts_with(['接', '隔', '歇']),
        "为" => rest.starts_with(['民', '主']),
        "将" => rest.starts_with(['近', '来']),
        "约" => rest.starts_with(['束', '定', '谈']),
        _ => false,
    }
}

/// Trailing words dropped by [`strip_tail`], and what they said.
#[derive(Default)]
struct Tail<'a> {
    change: Option<(Direction, Option<&'a str>)>,
    /// `到`/`至` after the change verb: the number is a level.
    level: bool,
    respectively: bool,
    had_de: bool,
    /// Nothing but links and change words stood before the number.
    linked: bool,
}

fn change_suffix(s: &str) -> Option<(Direction, usize)> {
    // `新增` (newly added) counts what is new, it states no change
    if s.ends_with("新增") {
        return None;
    }
    let up = lexicon::UP_TAIL
        .suffix_of(s)
        .map(|w| (Direction::Up, w.len()));
    let down = lexicon::DOWN_TAIL
        .suffix_of(s)
        .map(|w| (Direction::Down, w.len()));
    let verb = match (up, down) {
        (Some(u), Some(d)) => Some(if u.1 >= d.1 { u } else { d }),
        (u, d) => u.or(d),
    };
    if verb.is_some() {
        return verb;
    }
    // `比去年预算低0.4个百分点`: a comparison with a basis
    let c = s.chars().next_back()?;
    let dir = match c {
        '低' | '少' => Direction::Down,
        '高' | '多' => Direction::Up,
        _ => return None,
    };
    period::basis_start(&s[..s.len() - c.len_utf8()]).map(|_| (dir, c.len_utf8()))
}

/// Drops links, qualifiers, change verbs and their basis at the tail of
/// `s`, noting the change.
fn strip_tail<'a>(mut s: &'a str, tail: &mut Tail<'a>) -> &'a str {
    let mut first = true;
    for _ in 0..12 {
        let Some(last) = s.chars().next_back() else {
            break;
        };
        if is_space(last) {
            s = s.trim_end_matches(is_space);
            continue;
        }
        // most stretches end in no tail word: refuse them on the last char
        if !(lexicon::TAIL_SET.may_key(last)
            || lexicon::UP_TAIL.may_key(last)
            || lexicon::DOWN_TAIL.may_key(last)
            || matches!(
                last,
                '低' | '少'
                    | '高'
                    | '多'
                    | '年'
                    | '月'
                    | '日'
                    | '底'
                    | '末'
                    | '初'
                    | '度'
                    | '前'
                    | '今'
                    | '来'
            ))
        {
            break;
        }
        if let Some((dir, n)) = change_suffix(s) {
            // a single-character verb (`增`, `降`) only after a basis or
            // right before the number
            if n > 3 || first || period::basis_start(&s[..s.len() - n]).is_some() {
                s = &s[..s.len() - n];
                if !tail.level && tail.change.is_none() {
                    let basis = period::basis_start(s).map(|i| &s[i..]);
                    tail.change = Some((dir, basis));
                }
                if let Some(i) = period::basis_start(s) {
                    s = &s[..i];
                }
                tail.linked = true;
                first = false;
                continue;
            }
        }
        if let Some(i) = trailing_time(s) {
            s = &s[..i];
            tail.linked = true;
            continue;
        }
        if let Some(w) = lexicon::TAIL_SET.suffix_of(s) {
            if w.len() == s.len() && !first {
                // keep a bare word rather than empty the subject of a list
            }
            if (w == "到" || w == "至") && change_suffix(&s[..s.len() - w.len()]).is_none() {
                // `收到`, `达到`: part of a verb, not `提高到`
                break;
            }
            if (TO_LEVEL.contains(&w) || w == "增至" || w == "降至") && tail.change.is_none() {
                tail.level = true;
            }
            if w == "分别" {
                tail.respectively = true;
            }
            if w == "的" {
                tail.had_de = true;
            }
            s = &s[..s.len() - w.len()];
            tail.linked = true;
            first = false;
            continue;
        }
        break;
    }
    s
}

/// Drops what only modifies the head of a noun phrase:
/// `以区政府为被告的一审行政应诉案件` → `一审行政应诉案件` (`以X为Y的`);
/// `安全生产、食品药品…等领域执法案卷` → `执法案卷` (`…等` + a generic noun).
fn drop_modifiers(mut s: &str) -> &str {
    if s.starts_with('以') {
        if let Some(w) = s.find('为') {
            if let Some(d) = s[w..].find('的') {
                let rest = &s[w + d + '的'.len_utf8()..];
                if !rest.is_empty() {
                    s = rest;
                }
            }
        }
    }
    if let Some(i) = s.rfind('等') {
        // `中等`, `高等`, `平等`: words, not the list-closing `等`
        let word = s[..i].ends_with([
            '中', '高', '初', '平', '同', '对', '均', '相', '优', '超', '特',
        ]);
        let mut rest = &s[i + '等'.len_utf8()..];
        let mut generic = false;
        for g in GENERIC_NOUNS {
            if let Some(r) = rest.strip_prefix(g) {
                rest = r;
                generic = true;
                break;
            }
        }
        let listed = generic || s[..i].contains(['、', '和', '及']);
        if !word && listed && rest.chars().count() >= 2 {
            s = rest;
        }
    }
    s
}

/// Nouns that only say "kind of" after `等`: `等领域`, `等方面`.
const GENERIC_NOUNS: &[&str] = &[
    "领域", "方面", "行业", "部门", "地区", "类", "种", "项", "个", "重点",
];

/// Start of a time phrase that ends `s` (`提升到2025年`), if any.
fn trailing_time(s: &str) -> Option<usize> {
    if !s.ends_with(['年', '月', '日', '底', '末', '初', '度', '前', '今', '来']) {
        return None;
    }
    let mut best = None;
    for (n, (i, c)) in s.char_indices().rev().enumerate() {
        if n > 12 {
            break;
        }
        if period::may_start(c) && period::time_phrase(&s[i..]) == s.len() - i {
            best = Some(i);
        }
    }
    best.filter(|&i| i > 0)
}

/// Whether the stretch before a number makes it a rate: `每千人`, `人均`,
/// `年均`, `平均`.
fn is_rate(raw: &str) -> bool {
    let tail: &str = match raw.char_indices().rev().nth(4) {
        Some((i, _)) => &raw[i..],
        None => raw,
    };
    tail.contains(['每', '均'])
}

const COMPARATIVES: &[&str] = &[
    "高于",
    "低于",
    "快于",
    "慢于",
    "多于",
    "少于",
    "好于",
    "优于",
    "超出",
    "相当于",
    "是",
];

/// Reporting verbs in `s`, in order: (byte offset, verb). A weak verb
/// counts only at the very end.
fn verbs(s: &str, weak_at_start: bool, out: &mut [(usize, &'static str); 8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        let Some(c) = rest.chars().next() else { break };
        if !VERB_SET.may_key(c) {
            i += c.len_utf8();
            continue;
        }
        if let Some(v) = VERB_SET.prefix_of(rest) {
            // a weak verb counts at either end: `排查廉政风险点`, `组织排查`
            let at_end = i + v.len() == s.len()
                || (weak_at_start
                    && i == 0
                    && i + v.len() + 6 <= s.len()
                    && !s[i + v.len()..].starts_with('业'));
            if at_end || !lexicon::is_weak(v) {
                if n == out.len() {
                    out.rotate_left(1);
                    n -= 1;
                }
                out[n] = (i, v);
                n += 1;
                i += v.len();
                continue;
            }
        }
        i += c.len_utf8();
    }
    n
}

/// Reads the noun phrase after a measure word: up to a clause mark, a stop
/// word, or `limit`. Empty when none, or when the stretch is too long to
/// be a noun phrase.
fn read_np(s: &str, verbal: bool) -> &str {
    let mut start = 0;
    // `7.4万套（间）`: a remark on the unit
    if s.starts_with(['（', '(']) {
        if let Some(close) = s.find(['）', ')']) {
            if close <= 12 {
                start = close + s[close..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }
    let s = &s[start..];
    let mut start = 0;
    if verbal {
        if let Some(v) = VERB_SET
            .prefix_of(s)
            .or_else(|| UP_SET.prefix_of(s))
            .or_else(|| DOWN_SET.prefix_of(s))
        {
            start = v.len();
        }
    }
    let s = &s[start..];
    let mut chars = 0;
    let mut pos = 0;
    while pos < s.len() {
        let rest = &s[pos..];
        let Some(c) = rest.chars().next() else { break };
        if is_space(c)
            || matches!(
                c,
                '，' | ',' | '。' | '；' | ';' | '：' | ':' | '！' | '？' | '!' | '?' | '）' | '"'
            )
        {
            break;
        }
        if c == '、' {
            // `镇、街道`: a one- or two-character noun coordinated
            if chars <= 2 && chars > 0 {
                pos += c.len_utf8();
                continue;
            }
            break;
        }
        if chars > 0 && NP_STOP_SET.prefix_of(rest).is_some() {
            break;
        }
        if chars == 0
            && (c == '的'
                || NP_STOP_SET.prefix_of(rest).is_some_and(|w| w != "在")
                || UP_SET.prefix_of(rest).is_some()
                || DOWN_SET.prefix_of(rest).is_some())
        {
            return "";
        }
        // a quoted name is read whole: `“高效办成一件事”重点事项`
        if c == '“' {
            if let Some(close) = rest.find('”') {
                let q = &rest[..close + '”'.len_utf8()];
                chars += q.chars().count();
                pos += q.len();
                continue;
            }
        }
        chars += 1;
        pos += c.len_utf8();
        if chars > 20 {
            return "";
        }
    }
    let mut np = &s[..pos];
    loop {
        let t = np
            .trim_end_matches(['、', '和', '及', '与'])
            .trim_end_matches("以及");
        if t.len() == np.len() {
            return np;
        }
        np = t;
    }
}

pub(crate) fn count_like(kind: Kind) -> bool {
    matches!(kind, Kind::Count | Kind::Duration | Kind::Other)
}

/// Analyses the quantity whose clause text before it is `before` (from the
/// clause start, or the end of the previous quantity in the clause) and
/// after it `after` (to the next quantity or the end of the sentence).
pub(crate) fn analyse<'a>(
    before: &'a str,
    after: &'a str,
    kind: Kind,
    unit: Option<&str>,
) -> Found<'a> {
    let mut found = Found::default();
    let raw = before.trim_end_matches(is_space);
    let mut tail = Tail::default();
    let s = strip_head(raw);
    let s = strip_tail(s, &mut tail);
    found.change = if tail.level { None } else { tail.change };
    found.level = tail.level;
    found.per = is_rate(raw);
    found.respectively = tail.respectively;
    // `农户还只占农户总数的百分之二`: the part before `占`
    let mut s = s;
    if tail.had_de {
        if let Some(i) = s.find('占') {
            if i > 0 {
                s = strip_head(strip_tail(&s[..i], &mut Tail::default()));
            }
        }
    }

    // verb cut
    let mut vs = [(0, ""); 8];
    let nv = verbs(
        s,
        !matches!(kind, Kind::Percent | Kind::Permille | Kind::PercentagePoint),
        &mut vs,
    );
    let mut a_np = s;
    let mut from_verb = false;
    let mut verb_at_end = false;
    let mut k = nv;
    while k > 0 {
        let (at, v) = vs[k - 1];
        let rest = s[at + v.len()..].trim_start_matches(['了', '过']);
        let rest_np = strip_tail(strip_head(rest), &mut Tail::default());
        if rest.is_empty() || rest_np.is_empty() {
            verb_at_end = true;
            found.action = Some(v);
            // the verb is right before the number: the thing counted comes
            // after the measure word, or the verb names it (`组织排查4575次`)
            let from = if k >= 2 {
                vs[k - 2].0 + vs[k - 2].1.len()
            } else {
                0
            };
            a_np = if lexicon::is_weak(v) {
                if k >= 2 {
                    found.action = Some(vs[k - 2].1);
                }
                &s[from..]
            } else {
                strip_tail(&s[from..at], &mut Tail::default())
            };
            break;
        }
        // a measure is seldom named by one word after a verb: `办理时间`
        if matches!(kind, Kind::Percent | Kind::Permille | Kind::PercentagePoint)
            && rest_np.chars().count() <= 2
        {
            k -= 1;
            continue;
        }
        // `新增加的固定资产`, `参加农业劳动互助组的农户`: the verb heads a
        // relative clause, unless a preposition opens one after it
        // (`发生以区政府为被告的一审行政应诉案件`)
        if rest.contains('的') && !rest.starts_with(['以', '对', '由', '经', '在', '为', '被'])
        {
            k -= 1;
            continue;
        }
        found.action = Some(v);
        a_np = rest_np;
        from_verb = true;
        break;
    }
    if k == 0 {
        a_np = s;
    }
    // `s` and `rest_np` are stripped already; what stood before a verb is not
    let mut a_np = if verb_at_end {
        strip_tail(strip_head(a_np), &mut Tail::default())
    } else {
        a_np
    };
    a_np = drop_modifiers(a_np);
    // `林草产业总产值在全国率先`: a place phrase before the number
    if let Some(i) = a_np.find('在') {
        if i > 0 && a_np[i..].chars().count() <= 5 {
            a_np = strip_tail(&a_np[..i], &mut Tail::default());
        }
    }
    if a_np.starts_with([
        '高', '低', '快', '慢', '多', '少', '好', '优', '超', '相', '是',
    ]) && COMPARATIVES.iter().any(|w| a_np.starts_with(w))
    {
        a_np = "";
        found.inherits = true;
    }

    // the noun phrase after the measure word
    let verbal = matches!(unit, Some("次" | "回" | "遍" | "趟" | "轮" | "批" | "批次"));
    // `二十八年间`, `五年来`: a span of time, not a count of things
    let span_of_time = kind == Kind::Duration
        && after.starts_with(['间', '来', '内', '里', '后', '中', '以', '之', '期']);
    let b_trigger = raw.ends_with(['的', '等', '和', '与', '及', '了', '对', '为']);
    // `连续3年为“好”`: a duration after 连续 says how long, not of what
    let counted = count_like(kind) && !(kind == Kind::Duration && raw.ends_with("连续"));
    let percent = matches!(kind, Kind::Percent | Kind::Permille);
    // read the noun phrase after the measure word only where it may win
    let b_wanted =
        a_np.is_empty() || verb_at_end || (counted && (!from_verb || b_trigger)) || percent;
    let b_np = if span_of_time || !b_wanted {
        ""
    } else if percent {
        after.strip_prefix('的').map_or("", |r| read_np(r, false))
    } else if unit.is_some() {
        read_np(after, verbal)
    } else {
        read_np(after, false)
    };
    // `全国共完成`: no noun phrase; `6个抽水蓄能电站建设`: the thing built
    let b_np = strip_head(b_np);
    let b_np = match b_np.strip_suffix("建设") {
        Some(head) if head.chars().count() >= 2 => head,
        _ => b_np,
    };
    let use_b = !b_np.is_empty();
    if use_b {
        found.subject = Some(b_np);
        if !verb_at_end && !from_verb {
            found.action = None;
        }
    } else if !a_np.is_empty() {
        found.subject = Some(a_np);
    } else {
        found.inherits = true;
        if !tail.linked && !verb_at_end {
            found.action = None;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subj(before: &str, after: &str, kind: Kind, unit: &str) -> Option<String> {
        analyse(before, after, kind, Some(unit))
            .subject
            .map(str::to_string)
    }

    #[test]
    fn verb_then_noun_phrase() {
        let c = Kind::Count;
        assert_eq!(
            subj("区法律援助中心累计受理各类法律援助申请", "，", c, "件").as_deref(),
            Some("法律援助申请")
        );
        assert_eq!(
            subj("接待来访咨询", "，", c, "人次").as_deref(),
            Some("来访咨询")
        );
        assert_eq!(
            subj("12348电话咨询", "；", c, "人次").as_deref(),
            Some("12348电话咨询")
        );
        assert_eq!(
            subj("共计发放各类宣传资料", "，", c, "份").as_deref(),
            Some("宣传资料")
        );
        assert_eq!(subj("组织排查", "，", c, "次").as_deref(), Some("排查"));
        assert_eq!(
            subj("全面排查廉政风险点共计", "。", c, "条").as_deref(),
            Some("廉政风险点")
        );
    }

    #[test]
    fn measure_word_then_noun_phrase() {
        let c = Kind::Count;
        assert_eq!(
            subj("延伸建成", "村(社区)公共法律服务室,“大中心", c, "家").as_deref(),
            Some("村(社区)公共法律服务室")
        );
        assert_eq!(
            subj("会同区关工委在全区", "镇、街道建设“青少年", c, "个").as_deref(),
            Some("镇、街道")
        );
        assert_eq!(
            subj(
                "设立龙城先锋驿站外卖骑手法律援助联络点和",
                "人才公寓公共法律服务室,为",
                c,
                "个"
            )
            .as_deref(),
            Some("人才公寓公共法律服务室")
        );
        assert_eq!(
            subj("红梅街道", "执法案例被评为", c, "件").as_deref(),
            Some("执法案例")
        );
        assert_eq!(
            subj(
                "今年以来共组织",
                "暂予监外执行社区矫正对象进行病情诊断",
                c,
                "名"
            )
            .as_deref(),
            Some("暂予监外执行社区矫正对象")
        );
    }

    #[test]
    fn measures_before_change_verbs() {
        let p = Kind::Percent;
        assert_eq!(
            subj("地区生产总值增长", "，", p, "%").as_deref(),
            Some("地区生产总值")
        );
        assert_eq!(
            subj("行政机关负责人出庭应诉率为", "。", p, "%").as_deref(),
            Some("行政机关负责人出庭应诉率")
        );
        assert_eq!(
            subj("规模以上工业增加值同比增长", "。", p, "%").as_deref(),
            Some("规模以上工业增加值")
        );
        assert_eq!(
            subj("美丽城镇建设覆盖全省", "的建制镇，", p, "%").as_deref(),
            Some("建制镇")
        );
        let f = analyse("城镇化率比上年下降", "。", p, Some("%"));
        assert_eq!(f.change, Some((Direction::Down, Some("比上年"))));
        let f = analyse("城镇化率由45.9%提高到", "。", p, Some("%"));
        assert_eq!(f.change, None);
    }

    #[test]
    fn relative_clause_keeps_its_verb() {
        assert_eq!(
            subj(
                "全民所有制企业新增加的固定资产达到",
                "，",
                Kind::Money,
                "元"
            )
            .as_deref(),
            Some("全民所有制企业新增加的固定资产")
        );
        assert_eq!(
            subj(
                "参加农业劳动互助组的农户达到了",
                "左右，",
                Kind::Percent,
                "%"
            )
            .as_deref(),
            Some("参加农业劳动互助组的农户")
        );
    }
}

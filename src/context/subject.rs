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
//!
//! Which words are verbs:
//!
//! - the reporting-verb lexicon (`words/verbs.txt`, simplified and
//!   traditional), compounds and coordinations included
//!   (`更新改造`, `新建和改造提升`); a weak verb (one that is often a noun)
//!   cuts at the ends of the stretch, after a modal (`已整改`, `将完善`) or
//!   right after another verb (`制定完善规章制度`);
//! - a change verb opening the stretch (or after a modal) that takes an
//!   object (`将增加农业贷款２２亿元`), but not `增加值`, `增长率`;
//! - no verb before a noun suffix (`补贴性`, `服务业`, `服务型`).
//!
//! Some indicators are named with their verb: `城镇新增就业`, `创业带动就业`;
//! a bare measure after a verb that is not the first word (`完成造林面积`,
//! `城镇住宅竣工面积`); one character left before a verb is part of it
//! (`营造林`); after `人均` the verb names the rate (`法官人均结案`).
//!
//! The noun phrase after a measure word stops where a predicate begins
//! (a verb, or a change verb before `到`, `为`, a number: `县（市）扩大到`),
//! keeps a bracket it opens (`县（区）`), drops a locative `中`
//! (`抽查的1268个项目中，`) and the work done on what is counted
//! (`城镇棚户区改造73.5万套` → `城镇棚户区`). After a verb it wins over what
//! stands between the verb and the number when a predicate follows it
//! (`带动上下游千余家企业形成产业集群` → `企业`).
//!
//! Dropped from the subject besides: a dated time phrase inside it and what
//! precedes it (`政府預計二〇二五至二六年度綜合赤字` → `綜合赤字`), a
//! currency named before the figure (`新臺幣`), a plan or adverb before a
//! change verb (`计划增长`, `连年稳定在`, `實質增長`), a quoted name or a
//! clause before the class it exemplifies (`“全闽乐购”等促消费活动` →
//! `促消费活动`); plain nouns listed before `等` name kinds and stay
//! (`低保、特困等救助资金`).

use super::lexicon::dict;
use super::lexicon::{self, DOWN_SET, HEAD_SET, NP_STOP_SET, TO_LEVEL, UP_SET, VERB_SET};
use super::period;
use super::section;
use crate::record::{Direction, Kind};

mod achieved;
mod basis;
mod bracketed;
pub(crate) use bracketed::{bracketed, Bracketed};
mod clause_after;
mod code_name;
mod compared;
pub(crate) use compared::planned_basis_before;
mod completed;
mod corner;
mod counted;
mod counted_predicate;
mod driven;
mod end;
mod footnote;
mod head_clause;
mod kinds_total;
mod lead_verb;
mod modified_verb;
mod new_jobs;
mod note;
pub(crate) use note::before_note;
mod object_prep;
mod offences;
mod ordinals;
mod parallel_words;
pub(crate) use parallel_words::parallel_cut;
mod part_after;
mod phrase;
pub(crate) use counted::may_count;
pub(crate) use part_after::part_named_after;
mod purpose;
mod rate_after;
mod reckoned;
mod relative;
mod society;
mod thing_after;
mod time_basis;
mod topic;
mod total_verb;
pub(crate) use topic::{named_before_tally, only_tally, topic, topic_within};
mod verb_pair;
mod verb_result;
mod year_target;
pub(crate) use corner::unquoted;
pub(crate) use phrase::well_formed;

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
    /// The phrase [`phrase::tidy`] gave, which it found well formed
    /// ([`well_formed`]): a subject that reads the same needs no second
    /// check (later rules may cut or replace it).
    pub formed: Option<&'a str>,
}

fn is_clause_mark_char(c: char) -> bool {
    matches!(
        c,
        '，' | ',' | '。' | '；' | ';' | '：' | ':' | '！' | '？' | '!' | '?'
    )
}

#[inline]
fn is_space(c: char) -> bool {
    // (no character past the ideographic space is white space: most
    // characters of a clause are refused without the Unicode table)
    match u32::from(c) {
        0..0x80 => c.is_ascii_whitespace() || c == '\x0B',
        0x3001.. => false,
        _ => c.is_whitespace(),
    }
}

/// The first ideograph [`HEAD_STARTS`] has a bit for, and how many.
const IDEOGRAPHS_FROM: u32 = 0x4E00;
const IDEOGRAPHS: usize = 0xA000 - IDEOGRAPHS_FROM as usize;

/// One bit per ideograph (U+4E00 to U+9FFF): whether a rule of
/// [`strip_head`] may act on a stretch that opens with it, that is
/// whether a section marker ([`may_open_marker`]), a time phrase
/// ([`period::may_start`]) or a head word (`HEAD_SET`) may begin with
/// it. Built at first use from those tests, and valid as they are; most
/// stretches open with an ideograph none begins, and are kept whole
/// after one look-up.
static HEAD_STARTS: once_cell::sync::Lazy<Box<[u64]>> = once_cell::sync::Lazy::new(|| {
    let mut bits = vec![0u64; IDEOGRAPHS / 64];
    for (k, c) in (IDEOGRAPHS_FROM..)
        .filter_map(char::from_u32)
        .take(IDEOGRAPHS)
        .enumerate()
    {
        if may_open_marker(c) || period::may_start(c) || HEAD_SET.may_key(c) {
            bits[k / 64] |= 1 << (k % 64);
        }
    }
    bits.into_boxed_slice()
});

/// Drops list markers, connectors, time phrases and determiners at the
/// head of `s`.
fn strip_head(mut s: &str) -> &str {
    let starts = &*HEAD_STARTS;
    loop {
        let Some(c) = s.chars().next() else {
            return s;
        };
        // (an ideograph is no space, mark nor bracket: one no rule begins
        // with keeps the stretch)
        if let Some(k) = (c as usize)
            .checked_sub(IDEOGRAPHS_FROM as usize)
            .filter(|&k| k < IDEOGRAPHS)
        {
            if starts[k / 64] >> (k % 64) & 1 == 0 {
                return s;
            }
        }
        if is_space(c) || matches!(c, '、' | '，' | ',' | '：' | ':' | '—') {
            s = &s[c.len_utf8()..];
            continue;
        }
        // `（间）、累计达到`: a bracketed remark left from the figure before
        if c == '（' || c == '(' {
            match s.find(['）', ')']) {
                Some(close) => {
                    if close <= 12 && section::marker_len(s) == 0 {
                        let len = s[close..].chars().next().map_or(1, char::len_utf8);
                        s = &s[close + len..];
                        continue;
                    }
                }
                // `（含征地拆迁费用4.2亿元）`: the figure stands inside the
                // bracket, which opens its clause
                None => {
                    s = &s[c.len_utf8()..];
                    continue;
                }
            }
        }
        // the marker and time checks refuse most first characters at once
        let m = if may_open_marker(c) {
            section::marker_len(s)
        } else {
            0
        };
        // (`一、二审刑事案件`: ordinals the noun takes, no marker)
        if m > 0 && !ordinals::opens_ordinal_list(s, m) {
            s = &s[m..];
            continue;
        }
        if period::may_start(c) {
            let tp = period::time_phrase(s);
            if tp > 0 && tp < s.len() && !time_in_term(s, tp) {
                s = &s[tp..];
                continue;
            }
        }
        if let Some(w) = HEAD_SET.prefix_of(s) {
            let w = lent_you(s, w);
            // `成功调解`: the head word begins a longer verb
            let in_verb = VERB_SET.prefix_of(s).is_some_and(|v| v.len() > w.len());
            // `含量`, `含税价`: a word of the dictionary, not `含`
            // (including); `计划生育`, `计划单列市`: not the modal `计划`
            let in_word = matches!(w, "含" | "计划")
                && dict::segment(phrase::head_chars(s, 4))
                    .iter()
                    .next()
                    .is_some_and(|(a, b, _)| b - a > w.len());
            // `全国级文明校园`: `级` after a scope makes it a rank, the
            // noun's own modifier (as `省级`, `国家级` are); `性` an
            // adjective of extent (`全港性活动`, `全局性项目`)
            let rank = s[w.len()..].starts_with(['级', '級', '性']);
            // `达到服务能力标准的乡镇卫生院`: a verb with its object and
            // `的` heads a relative clause, the noun's modifier
            if !in_verb
                && !in_word
                && !rank
                && !begins_word(s, w)
                && !forms_word(w, &s[w.len()..])
                && !splits_word(s, w)
                && !head_clause::opens_relative(s, w)
                && !society::names_aggregate(w, &s[w.len()..])
            {
                s = &s[w.len()..];
                continue;
            }
        }
        return s;
    }
}

/// Whether the time phrase of `tp` bytes opening `s` begins a term of the
/// dictionary (`年初预算`: the budget passed at the start of the year, not
/// a time): it is kept. Asked only of a time of two characters followed
/// by `预` (a budget's or a forecast's name), where such terms stand.
fn time_in_term(s: &str, tp: usize) -> bool {
    tp == 6
        && s[tp..].starts_with(['预', '預'])
        && dict::segment(phrase::head_chars(s, 4))
            .iter()
            .next()
            .is_some_and(|(a, b, _)| b - a > tp)
}

/// Whether a section marker ([`section::marker_len`]) may begin with `c`:
/// an ideograph begins one only when it is `第` or a numeral, financial
/// forms included (a test holds this against `marker_len` for every
/// ideograph), so most characters of a clause are refused without
/// reading one.
#[inline]
fn may_open_marker(c: char) -> bool {
    !('\u{4E00}'..='\u{9FFF}').contains(&c)
        || c == '第'
        || period::is_num_char(c)
        // (the financial forms of the digits)
        || matches!(
            c,
            '壹' | '贰' | '貳' | '叁' | '參' | '肆' | '伍' | '陆' | '陸' | '柒' | '捌' | '玖'
        )
}

/// [`strip_head`] of the object of a verb, which keeps `全国` before a
/// noun: after a verb it names the national rank of the things counted
/// (`新增全国文明城市5个`), not the scope of the clause (`全国共有…`);
/// and `全年` before a target (`完成全年目标数`: [`year_target`]).
fn strip_head_after_verb(s: &str) -> &str {
    let t = strip_head(s);
    let dropped = &s[..s.len() - t.len()];
    if dropped.ends_with("全国") && t.chars().nth(1).is_some() && !t.starts_with(['共', '累', '各'])
    {
        return &s[dropped.len() - "全国".len()..];
    }
    if year_target::year_target(dropped, t) {
        return &s[dropped.len() - "全年".len()..];
    }
    t
}

/// The head word `w` opening `s` short of its last `有`, where that `有`
/// begins a word of the dictionary with what follows and so belongs to
/// the noun (`其中有线电视用户`: `其中` and `有线电视`; `其中有效发明专利`,
/// `现有机农产品`); else `w` (`其中有3个`, `共有线路`: the segmenter
/// ends a word after `有`).
fn lent_you<'a>(s: &str, w: &'a str) -> &'a str {
    let Some(short) = w.strip_suffix('有').filter(|t| !t.is_empty()) else {
        return w;
    };
    let words = dict::segment(phrase::head_chars(s, w.chars().count() + 3));
    let ends_at = |at: usize| words.iter().any(|(_, b, _)| b == at);
    if ends_at(short.len()) && !ends_at(w.len()) {
        short
    } else {
        w
    }
}

/// Whether the scope word `w` (`全区`, `全澳`: `全` and a place; `本港`,
/// `本县`: `本` and a place; `该区`: `该` and a place) opening `s` ends
/// inside a word of the dictionary (`全区域`, `全澳门`, `全市场`, `本港口`,
/// `本县域`, `该区域`): dropping
/// it would cut that word, so the phrase is kept whole. (Asked of scope
/// words only: other head words, `其中`, `各类`, stand before words the
/// segmenter may join across, `其中国省干线`.)
fn splits_word(s: &str, w: &str) -> bool {
    w.starts_with(['全', '本', '该', '該'])
        && w.chars().nth(1).is_some()
        && s.len() > w.len()
        && !dict::segment(phrase::head_chars(s, w.chars().count() + 3))
            .iter()
            .any(|(_, b, _)| b == w.len())
}

/// Whether the head word `w` of one character opening `s` is the first of
/// a longer word of the dictionary, a noun or verb (`从业人员`, `和解案件`):
/// it is no head word there. (Not a verb closed by `后`, a time clause
/// before the subject: `还原后实际不良率`.)
fn begins_word(s: &str, w: &str) -> bool {
    w.chars().nth(1).is_none()
        && dict::segment(phrase::head_chars(s, 4))
            .iter()
            .next()
            .is_some_and(|(a, b, p)| {
                a == 0
                    && b > w.len()
                    && matches!(p, dict::Pos::Noun | dict::Pos::Verb | dict::Pos::VerbNoun)
                    && !s[b..].starts_with(['后', '後'])
            })
}

/// Whether the one-character head word `w` forms a word with what follows
/// (`共享`, `使用`, `间接`) rather than standing alone.
fn forms_word(w: &str, rest: &str) -> bool {
    match w {
        "共" => rest.starts_with(['享', '同', '建', '青', '产', '识', '治', '性']),
        "使" => rest.starts_with(['用', '馆', '命']),
        "令" => rest.starts_with('人'),
        "间" => rest.starts_with(['接', '隔', '歇']),
        "为" => rest.starts_with(['民', '主']),
        "将" => rest.starts_with(['近', '来']),
        "约" => rest.starts_with(['束', '定', '谈']),
        // `和平`, `和谐`; `及时`, `及早`
        "和" => rest.starts_with(['平', '谐', '諧', '美', '睦', '田']),
        "及" => rest.starts_with(['时', '時', '早', '格', '以']),
        "仍" => rest.starts_with(['然']),
        "成功" => rest.starts_with(['率', '案', '经', '經']) || rest.is_empty(),
        // `全部工业增加值`: before a noun it names the whole aggregate, a
        // measure of its own (against `规模以上`); before a verb it is an
        // adverb, `全部完成`
        "全部" => dict::segment(phrase::head_chars(rest, 4))
            .iter()
            .next()
            .is_some_and(|(_, _, p)| p.nominal() && p != dict::Pos::VerbNoun),
        // `计划总投资`, `今年计划投资800万元`: before the investment that
        // closes the phrase it names the planned sum (a measure of its
        // own); before a verb it is a modal, `计划完成投资`, `计划新造林`
        // (and see `in_word` in [`strip_head`])
        "计划" => rest
            .strip_prefix('总')
            .unwrap_or(rest)
            .strip_prefix("投资")
            .is_some_and(|t| t.trim_end().is_empty() || t.starts_with(['额', '规'])),
        _ => false,
    }
}

/// Trailing words dropped by [`strip_tail`], and what they said.
#[derive(Default)]
struct Tail<'a> {
    change: Option<(Direction, Option<&'a str>)>,
    /// `到`/`至` after the change verb: the number is a level.
    level: bool,
    /// The number is a percentage: `增长为` names the growth it is.
    rate: bool,
    respectively: bool,
    had_de: bool,
    /// Nothing but links and change words stood before the number.
    linked: bool,
    /// The stretch stood before the clause's verb (`政府会|预留`): a
    /// modal may close it.
    before_verb: bool,
}

fn change_suffix(s: &str) -> Option<(Direction, usize)> {
    // (the last character read once, for both sets and the comparison)
    let c = s.chars().next_back()?;
    // `新增` (newly added) counts what is new, it states no change
    if s.ends_with("新增") {
        return None;
    }
    let up = lexicon::UP_TAIL
        .suffix_ending(c, s)
        .map(|w| (Direction::Up, w.len()));
    let down = lexicon::DOWN_TAIL
        .suffix_ending(c, s)
        .map(|w| (Direction::Down, w.len()));
    let verb = match (up, down) {
        (Some(u), Some(d)) => Some(if u.1 >= d.1 { u } else { d }),
        (u, d) => u.or(d),
    };
    let verb = verb.map(|v| year_on_year_after_time(s, v));
    // `宽减`, `递增`: one character that ends a word, no change verb
    let verb = verb.filter(|&(_, n)| {
        n > 3 || !s[..s.len() - n].ends_with(['宽', '寬', '递', '遞', '倍', '锐', '銳', '骤', '驟'])
    });
    if verb.is_some() {
        return verb;
    }
    // `比去年预算低0.4个百分点`: a comparison with a basis
    let dir = match c {
        '低' | '少' => Direction::Down,
        '高' | '多' => Direction::Up,
        _ => return None,
    };
    // `比常年偏高`: `偏` belongs to the verb, not to the basis
    let n = c.len_utf8()
        + if s[..s.len() - c.len_utf8()].ends_with('偏') {
            '偏'.len_utf8()
        } else {
            0
        };
    period::basis_start(&s[..s.len() - n]).map(|_| (dir, n))
}

/// `营业额年增4.8%`: `年增` (`月减`) is a change on the year (month) after
/// a noun; after a time or basis word it is `年` closing that word and a
/// one-character verb (`比上年增`, `全年增`, `按月减`): the verb `v` read
/// as `年增` is then cut back to its last character.
fn year_on_year_after_time(s: &str, v: (Direction, usize)) -> (Direction, usize) {
    let w = &s[s.len() - v.1..];
    if !(v.1 == 6 && w.starts_with(['年', '月'])) {
        return v;
    }
    let before = s[..s.len() - v.1].chars().next_back();
    let time = before.is_none_or(|c| {
        c.is_ascii_digit()
            || "上去前同今全本当當按明每近该該逐次一二三四五六七八九十两兩".contains(c)
    });
    if time {
        (v.0, 3)
    } else {
        v
    }
}

/// Whether the tail word `w` is a one-character adverb of degree (`微`,
/// `略`, `稍`, `小`) that grades no change verb dropped right after it: only
/// right before the verb it grades (`班次微|减`) is it dropped, never at
/// the end of a noun (`小微`, `战略`, `大小`).
fn ungraded(w: &str, after_change: bool, dropped: &str) -> bool {
    matches!(w, "微" | "略" | "稍" | "小") && !(after_change && dropped.is_empty())
}

/// Whether the tail word `w` ending `s` is `更` (still more) that stays:
/// it is dropped only right before a link or verb dropped after it
/// (`学习率更|高达`), and never where it ends a word (`变更`, `五更`).
fn more_kept(s: &str, w: &str, after_change: bool, dropped: &str) -> bool {
    w == "更"
        && ((dropped.is_empty() && !after_change) || !dict::word_at(s, s.len() - w.len(), w.len()))
}

/// Drops links, qualifiers, change verbs and their basis at the tail of
/// `s`, noting the change.
fn strip_tail<'a>(mut s: &'a str, tail: &mut Tail<'a>) -> &'a str {
    // (the last characters of the tail words and change verbs in one
    // filter, read once)
    static LAST_KEYS: once_cell::sync::Lazy<lexicon::KeyFilter> =
        once_cell::sync::Lazy::new(|| {
            lexicon::TAIL_SET.keys_with(&[&lexicon::UP_TAIL, &lexicon::DOWN_TAIL])
        });
    let last_keys = &*LAST_KEYS;
    let mut first = true;
    // the link word dropped last (`为`, `是`, `由`; `则` passed over)
    let mut dropped = "";
    // a change verb was dropped (`政府收入会|减少`): a modal before it
    // closes the subject as one before a reporting verb does
    let mut after_change = false;
    for _ in 0..12 {
        let Some(last) = s.chars().next_back() else {
            break;
        };
        // (blanks, and a note's mark: `地区生产总值[2]`)
        if is_space(last) || footnote::mark_len(s).is_some() {
            s = footnote::trim_marks(s.trim_end_matches(is_space));
            continue;
        }
        // most stretches end in no tail word: refuse them on the last char
        if !(last_keys.may_key(last)
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
            // right before the number or the `到` of its level (`失业率降到`)
            let head = &s[..s.len() - n];
            if tail.rate && is_copula(dropped) && growth_named(s, n, head) {
                break;
            }
            let sure = n > 3 || first || n == s.len() || matches!(dropped, "到" | "至");
            // (the basis before the verb, read once)
            let basis = if sure {
                None
            } else {
                Some(period::basis_start(head))
            };
            if sure || basis.is_some_and(|b| b.is_some()) {
                s = head;
                let basis = basis.unwrap_or_else(|| period::basis_start(s));
                if !tail.level && tail.change.is_none() {
                    tail.change = Some((dir, basis.map(|i| &s[i..])));
                }
                if let Some(i) = basis {
                    s = &s[..i];
                }
                tail.linked = true;
                first = false;
                after_change = true;
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
            if ends_noun(s, w) {
                break;
            }
            // a one-character modal before the verb (`政府会|预留`), not
            // the end of a noun (`委员会`, `慈善会`, `许可`)
            if (w == "会" || w == "可")
                && !((tail.before_verb || after_change)
                    && dict::word_at(s, s.len() - w.len(), w.len()))
            {
                break;
            }
            if ungraded(w, after_change, dropped) || more_kept(s, w, after_change, dropped) {
                break;
            }
            if is_then(w) && !then_before_verb(s, w, tail.before_verb || after_change, dropped) {
                break;
            }
            if (w == "到" || w == "至") && change_suffix(&s[..s.len() - w.len()]).is_none() {
                // `收到`, `达到`: part of a verb, not `提高到`; but
                // `商务楼宇发展到`, `覆盖人口比例至`: the verb's complement
                match before_to(s, w.len()) {
                    Some(cut) => {
                        s = &s[..cut];
                        tail.linked = true;
                        first = false;
                        continue;
                    }
                    None => break,
                }
            }
            if (TO_LEVEL.contains(&w) || w == "增至" || w == "降至") && tail.change.is_none() {
                tail.level = true;
            }
            after_change |= matches!(w, "增至" | "降至" | "跌至");
            if w == "分别" {
                tail.respectively = true;
            }
            // `总值计划增长`: a plan before a change verb; else a noun
            if (w == "计划" || w == "計劃") && tail.change.is_none() {
                break;
            }
            // `未上过学的占`: `的` before the share verb makes what is
            // said before it a noun, those it names (no noun to close)
            if w == "的" && matches!(dropped, "占" | "佔") {
                break;
            }
            if w == "的" {
                tail.had_de = true;
            }
            // (`增长则为`: the copula is still read past `则`)
            if !is_then(w) {
                dropped = w;
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

/// Whether the tail word `w` ending `s` ends a noun there, and stays:
/// `统计`, `设计`, `会计` are words, not the `计` of a total; `总数` is the
/// measure's head noun (`医疗卫生机构总数`), dropped only from the whole
/// of a share (`占工业支出总数的`) to leave its part.
fn ends_noun(s: &str, w: &str) -> bool {
    let before = &s[..s.len() - w.len()];
    ((w == "计" || w == "計")
        && before.ends_with([
            '统', '統', '设', '設', '会', '會', '估', '预', '預', '算', '伙', '夥',
        ]))
        || ((w == "总数" || w == "總數") && !before.is_empty() && !s.contains(['占', '佔']))
}

/// Whether `w` is the copula `为` or `是`.
fn is_copula(w: &str) -> bool {
    matches!(w, "为" | "為" | "是")
}

/// Whether `w` is the adverb `则`.
fn is_then(w: &str) -> bool {
    w == "则" || w == "則"
}

/// Whether `则` (the word `w` ending `s`) stands after the subject and
/// before the clause's verb (`边检站则录得`, `诈骗则同比上升`), the copula after it
/// (`破案率则为`), the share verb (`印度族则占`) or a change it opens
/// (`破案率则由…下跌至`), `dropped`
/// being the link word dropped after it; not the end of a noun (`细则`,
/// `原则`).
fn then_before_verb(s: &str, w: &str, before_verb: bool, dropped: &str) -> bool {
    let opens = is_copula(dropped) || matches!(dropped, "由" | "从" | "從" | "占" | "佔");
    (before_verb || opens) && dict::word_at(s, s.len() - w.len(), w.len())
}

/// Whether `增长` ending `s` (the change word of `n` bytes, `head` before
/// it) is a noun before a copula and a percentage (`政府收入趋势增长为平均
/// 每年4.5%`: the growth is the measure, as `增长率` would be): no basis
/// before it (`比上年增长为`), and a noun phrase of two characters or more
/// before it. (Before an amount, `增长为` states a level: `增长为100万人`.)
fn growth_named(s: &str, n: usize, head: &str) -> bool {
    let w = &s[s.len() - n..];
    (w == "增长" || w == "增長")
        && head.chars().nth(1).is_some()
        && period::basis_start(head).is_none()
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
    if let Some(i) = lexicon::rfind_word(s, "等") {
        // `中等`, `高等`, `平等`: words, not the list-closing `等`
        let word = s[..i].ends_with([
            '中', '高', '初', '平', '同', '对', '均', '相', '优', '超', '特',
        ]) || s[i + '等'.len_utf8()..].starts_with(['级', '級', '待', '于', '於', '同', '候'])
            // inside a quoted name: `“立等可取”事项`
            || s[..i].matches('“').count() > s[..i].matches('”').count();
        let mut rest = &s[i + '等'.len_utf8()..];
        // `巾帼文明岗等各级表彰`: a determiner of kinds after `等` makes
        // what follows the class the examples belong to
        let mut generic = false;
        if let Some(w) = HEAD_SET.prefix_of(rest).filter(|w| w.starts_with('各')) {
            rest = &rest[w.len()..];
            generic = true;
        }
        for g in GENERIC_NOUNS.iter().filter(|_| !generic) {
            if let Some(r) = rest.strip_prefix(g) {
                rest = r;
                generic = true;
                break;
            }
        }
        // `康复大学等高校`: an example and its class
        let listed = generic || s[..i].contains(['、', '和', '及']) || s[..i].chars().count() >= 3;
        // (`故意杀人、绑架等案件`: offences are kinds of the cases counted)
        let dropped = generic || !(kinds_listed(&s[..i]) || offences::listed(&s[..i], rest));
        if !word && listed && dropped && rest.chars().count() >= 2 {
            s = rest;
        }
    }
    s
}

/// Whether the examples before a list-closing `等` are kinds of its
/// class, written as plain nouns (`养老诈骗、电信网络诈骗等诈骗案件`,
/// `人工智能等前沿学科`), which stay with it. Names in quotes or title
/// marks (`“全闽乐购”等促消费活动`, `《乡村梦想家》…等专栏`) are single
/// things, and a stretch with a verb in it (`改造燃气、供排水等地下管网`,
/// `违反专款专用等规定`) is a clause, not a list of kinds: both are dropped
/// before the class.
fn kinds_listed(examples: &str) -> bool {
    if examples.ends_with(['”', '》', '」']) || examples.chars().count() > dict::MAX_SPAN {
        return false;
    }
    examples.split(['、', '和', '及', '与']).all(noun_item)
}

/// Whether one item before `等` reads as a noun: it opens with no
/// adverb, preposition or numeral, holds no adverb, and no verb but as
/// its head (`电信网络诈骗`, `太阳能发电`); a verb with words after it
/// makes a clause (`违反专款专用`, `参与海上风电`, `很难买到火车票`).
fn noun_item(item: &str) -> bool {
    let words = dict::segment(item);
    let n = words.iter().count();
    words.iter().enumerate().all(|(k, (a, b, p))| {
        let verb = p == dict::Pos::Verb || VERB_SET.contains(&item[a..b]);
        !(p == dict::Pos::Adverb
            || (k == 0 && matches!(p, dict::Pos::Prep | dict::Pos::Numeral))
            || (verb && k + 1 < n))
    }) && n > 0
}

/// Heads that the items of a list dealt out by `分别` share
/// (`words/list-heads.txt`).
const LIST_HEADS: &str = include_str!("words/list-heads.txt");

static LIST_HEAD: once_cell::sync::Lazy<lexicon::WordSet> =
    once_cell::sync::Lazy::new(|| lexicon::WordSet::from_words(LIST_HEADS));

/// Class nouns after which the items of a list are kinds of that class,
/// each with its own value (`新材料、生物医药产业产值分别增长…`).
const CLASS_HEADS: &[&str] = &["产业", "行业", "领域", "板块"];

/// The items of a list that `分别` deals out to as many values, without
/// what they share: a preposition before the first (`对中亚五国、东盟` →
/// `中亚五国`), the class after `等` or the measure after `的`
/// (`信息等产业增加值` → `信息`) and the
/// heads of the measure written once after the last (`生物医药产业产值` →
/// `生物医药`, `东盟进出口` → `东盟`; [`LIST_HEADS`] and names of
/// measures). Whether the items are kinds of a class (after `等` or
/// before a class noun, [`CLASS_HEADS`]): then each takes its value even
/// where the list shares a measure (a list like `食品、药品抽检合格率`
/// names one measure of each and is kept whole).
pub(crate) fn list_items(items: &mut [&str]) -> bool {
    if let Some(first) = items.first_mut() {
        let rest = first.trim_start_matches(['对', '對', '在', '与', '與']);
        // `在第三产业中金融保险`: the frame `在…中` closed before the item
        let rest = match first.starts_with('在').then(|| frame_end(rest)) {
            Some(Some(i)) => &rest[i..],
            _ => rest,
        };
        if rest.chars().nth(1).is_some() && rest.len() < first.len() {
            *first = rest;
        }
    }
    let first = items.first().copied().unwrap_or("");
    let first_len = first.chars().count();
    let Some(last) = items.last_mut() else {
        return false;
    };
    // `…服务业企业的营业收入`: what follows `的` is the measure of each
    for mark in ['等', '的'] {
        if let Some(i) = last.find(mark) {
            if last[..i].chars().nth(1).is_some() {
                *last = &last[..i];
                return true;
            }
        }
    }
    if last.chars().count() <= first_len.max(2) || last.chars().count() > 16 {
        return false;
    }
    let words = dict::segment(last);
    let mut end = last.len();
    let mut class = false;
    for (a, b, _) in words.iter().collect::<Vec<_>>().into_iter().rev() {
        let w = &last[a..b];
        let head = LIST_HEAD.contains(w)
            || (w.chars().nth(1).is_some() && w.ends_with(lexicon::MEASURE_HEAD_END));
        if !head || b != end || last[..a].chars().count() < 2 {
            break;
        }
        class = CLASS_HEADS.contains(&w);
        end = a;
    }
    // `新生儿死亡率、婴儿死亡率和5岁以下儿童死亡率`: the first item ends with
    // the same measure, so each item names its own and none is shared
    if end < last.len() && first.ends_with(&last[end..]) {
        return false;
    }
    *last = &last[..end];
    class
}

/// Where the frame `在…中` opened before `s` closes: the byte after the
/// localiser `中`, a word of its own (`第三产业|中|金融保险`; not the `中`
/// of `中小学`), with a word before it.
fn frame_end(s: &str) -> Option<usize> {
    dict::segment(s)
        .iter()
        .find(|&(a, b, p)| a > 0 && p == dict::Pos::Locative && &s[a..b] == "中")
        .map(|(_, b, _)| b)
}

/// The work done on what a measure word counts (`words/action-tails.txt`),
/// by last character.
const ACTION_TAILS: &str = include_str!("words/action-tails.txt");

static ACTION_TAIL: once_cell::sync::Lazy<lexicon::WordSet> =
    once_cell::sync::Lazy::new(|| lexicon::WordSet::by_last_words(ACTION_TAILS));

/// A noun phrase counted by a measure word without the nominalised work
/// done on it ([`ACTION_TAILS`]): `抽水蓄能电站建设` → `抽水蓄能电站`,
/// `背街小巷整治` → `背街小巷`, `民生实事工程落地见效` → `民生实事工程`.
fn drop_action(mut np: &str) -> &str {
    for _ in 0..3 {
        let Some(w) = ACTION_TAIL.suffix_of(np) else {
            break;
        };
        let head = &np[..np.len() - w.len()];
        if head.chars().count() < 2 {
            break;
        }
        np = head;
    }
    np
}

/// The head after the last `的` of a long noun phrase, when it is a noun
/// phrase itself: `支持科技创新和制造业发展的减税降费及退税` →
/// `减税降费及退税` (a phrase of 15 characters or fewer keeps its
/// modifier: `全民所有制企业新增加的固定资产`, and so does one whose
/// modifier holds no verb: `珠宝首饰、钟表及名贵礼物的销货价值`).
fn head_of_long(np: &str) -> &str {
    if np.len() < 16 * 3 {
        return np;
    }
    match lexicon::rfind_word(np, "的") {
        Some(i) => {
            let head = &np[i + '的'.len_utf8()..];
            // (not a `的` inside a bracket: `投资额（包括…的基本建设）`)
            let in_bracket = head.contains(['）', ')']) && !head.contains(['（', '(']);
            // (a modifier of nouns alone says whose it is and stays:
            // `珠宝首饰、钟表及名贵礼物的销货价值`)
            let modifier = &np[..i];
            let clause = modifier.is_empty()
                || VERB_SET.occurs_in(modifier)
                || dict::segment(modifier)
                    .iter()
                    .any(|(_, _, p)| p == dict::Pos::Verb);
            // (but one relative clause that restricts the noun stays:
            // `具有资质等级的总承包和专业承包建筑业企业`)
            if !in_bracket
                && clause
                && np.chars().count() >= 16
                && head.chars().count() >= 4
                // (a share names its part before `占`, modifier and all:
                // `国家决算用于国防的支出占本年支出`)
                && !head.contains(['占', '佔'])
                && !head_clause::restricts(modifier, head)
            {
                head
            } else {
                np
            }
        }
        None => np,
    }
}

/// Nouns that only say "kind of" after `等`: `等领域`, `等方面`.
const GENERIC_NOUNS: &[&str] = &[
    "领域", "方面", "行业", "部门", "地区", "类", "种", "项", "个", "重点",
];

/// What follows a dated time phrase inside a noun phrase
/// (`政府預計二〇二五至二六年度綜合赤字` → `綜合赤字`), when a noun of two
/// characters or more follows it.
fn after_inner_time(s: &str) -> &str {
    let b = s.as_bytes();
    // look only where `年` (E5 B9 B4) or `月` (E6 9C 88) follows a numeral
    // (the shortest such phrase with a noun after it has five characters)
    if b.len() < 13 {
        return s;
    }
    // (found by their last bytes, B4 and 88, continuation bytes rarer in
    // text than a lead byte; `k` is where the next one may begin)
    let mut k = 0;
    while let Some(off) = b.get(k + 2..).and_then(|t| memchr::memchr2(0xB4, 0x88, t)) {
        let at = k + off;
        let hit = (b[at] == 0xE5 && b[at + 1] == 0xB9 && b[at + 2] == 0xB4)
            || (b[at] == 0xE6 && b[at + 1] == 0x9C && b[at + 2] == 0x88);
        if !hit {
            k = at + 1;
            continue;
        }
        k = at + 3;
        // back over the numeral, and over a range joiner before it
        // (`二〇二五至二六年度`)
        let mut i = at;
        loop {
            let run_end = i;
            for (j, c) in s[..i].char_indices().rev() {
                if !period::is_num_char(c) {
                    break;
                }
                i = j;
            }
            if i == run_end {
                break;
            }
            match s[..i].chars().next_back() {
                Some(j @ ('至' | '到' | '-' | '—'))
                    if s[..i - j.len_utf8()]
                        .chars()
                        .next_back()
                        .is_some_and(period::is_num_char) =>
                {
                    i -= j.len_utf8();
                }
                _ => break,
            }
        }
        if i == at {
            // (no numeral before: a year named relative to the report's,
            // `消防去年出勤`, `馬來西亞去年經濟增長`)
            if let Some(rest) = after_relative_year(s, at) {
                return rest;
            }
            continue;
        }
        if i == 0 || s[..i].ends_with('按') {
            // (`按2018年平均汇率计算`: the time dates the basis the
            // preposition opens, what follows it is that basis, no subject)
            continue;
        }
        let n = period::time_phrase(&s[i..]);
        if n > 0 {
            let rest = after_time_de(&s[i + n..]);
            if rest.chars().count() >= 2 {
                return strip_head(rest);
            }
        }
    }
    s
}

/// What follows a year named relative to the report's (`去年`, `今年`)
/// whose `年` is at byte `at`, inside a phrase
/// (`消防去年出勤` → `出勤`): the time goes to `period`, the noun phrase
/// after it is the subject. None at the head of the phrase (read there as a
/// time phrase already), when no noun phrase of two characters follows,
/// when a verb stands before its last word (`在去年接獲的火警召喚`,
/// `漲幅最大依序為…`: a clause, not a noun phrase) or it is a comparison
/// (`与去年同期相比`, `words/comparison-closers.txt`).
fn after_relative_year(s: &str, at: usize) -> Option<&str> {
    let i = at.checked_sub(3)?;
    if i == 0 || !s.is_char_boundary(i) || !matches!(&s[i..at], "去" | "今") {
        return None;
    }
    let n = period::time_phrase(&s[i..]);
    if n == 0 {
        return None;
    }
    let rest = after_time_de(&s[i + n..]);
    if rest.chars().count() < 2 {
        return None;
    }
    // (a verb may end the name, `經濟增長`, or be all of it, `出勤`; one
    // before the end makes a clause)
    let words = dict::segment(rest);
    let last = words.iter().last().map_or(0, |(a, _, _)| a);
    let clause = words
        .iter()
        .any(|(a, _, p)| a < last && p == dict::Pos::Verb);
    if clause || lexicon::COMPARISON_SET.occurs_in(rest) {
        return None;
    }
    Some(strip_head(rest))
}

/// `时的`/`時的` after a time phrase (`今年6月底時的人口`): the time is
/// the moment of what follows, no part of it.
fn after_time_de(rest: &str) -> &str {
    rest.strip_prefix("时的")
        .or_else(|| rest.strip_prefix("時的"))
        .unwrap_or(rest)
}

/// Where the subject ends before a closing `到`/`至` of `w_len` bytes that
/// is a word of its own: before the verb it completes when a verb follows
/// a noun (`商务楼宇发展到` → `商务楼宇`), before `至` alone after a noun
/// (`覆盖人口比例至`, the verb of the clause read before). None when the
/// character joins the word before it (`收到`, `截至`) or no noun comes
/// first. Adverbs may stand between the noun and the verb
/// (`龙头企业已发展到` → `龙头企业`): they are dropped with the tail words.
fn before_to(s: &str, w_len: usize) -> Option<usize> {
    let from = phrase::back_chars(s, s.len(), 8);
    let words = dict::segment(&s[from..]);
    let ws: Vec<(usize, usize, dict::Pos)> = words.iter().collect();
    let n = ws.len();
    if n < 2 || ws[n - 1].1 - ws[n - 1].0 != w_len {
        return None;
    }
    let (a, b, p) = ws[n - 2];
    let noun_before = |i: usize| {
        let mut i = i;
        while i > 1 && ws[i - 1].2 == dict::Pos::Adverb {
            i -= 1;
        }
        i > 0 && ws[i - 1].2.nominal()
    };
    if matches!(p, dict::Pos::Verb | dict::Pos::VerbNoun) && b - a >= 6 && noun_before(n - 2) {
        Some(from + a)
    } else if p.nominal() && p != dict::Pos::VerbNoun && b - a >= 6 {
        Some(from + b)
    } else {
        None
    }
}

/// Start of a time phrase that ends `s` (`提升到2025年`), if any.
fn trailing_time(s: &str) -> Option<usize> {
    if !s.ends_with(['年', '月', '日', '底', '末', '初', '度', '前', '今', '来']) {
        return None;
    }
    // the furthest start in the last 13 characters from which a time
    // phrase runs to the end (read from there on, the first that does)
    let from = phrase::back_chars(s, s.len(), 13);
    s[from..]
        .char_indices()
        .map(|(i, c)| (from + i, c))
        .find(|&(i, c)| period::may_start(c) && period::time_phrase(&s[i..]) == s.len() - i)
        .map(|(i, _)| i)
        .filter(|&i| i > 0)
}

/// Whether the stretch before a number makes it a rate: `每千人`, `人均`,
/// `年均`, `平均`.
fn is_rate(raw: &str) -> bool {
    // (in its last five characters; most often five ideographs of three
    // bytes each, compared as such without decoding)
    let b = raw.as_bytes();
    if let Some(tail) = b.get(b.len().wrapping_sub(15)..) {
        if tail.chunks_exact(3).all(|c| matches!(c[0], 0xE0..=0xEF)) {
            return tail
                .chunks_exact(3)
                .any(|c| matches!(c, [0xE6, 0xAF, 0x8F] | [0xE5, 0x9D, 0x87]));
        }
    }
    raw.chars().rev().take(5).any(|c| c == '每' || c == '均')
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
    "高出",
    "相当于",
    "是",
];

/// Last characters of modals and adverbs (`已`, `将`, `要`, `再`, `计划`…)
/// after which a weak verb is a verb, not part of a noun.
const MODALS: &[char] = &['已', '将', '將', '要', '再', '划', '劃'];

/// Nouns of funds and areas that a verb names the purpose of (`资助资金`,
/// `救助资金`, `奖补经费`, `治理面积`): after another verb (`发放资助资金`)
/// such a verb modifies the noun and is no verb of the clause.
const PURPOSE_HEADS: &[&str] = &[
    "资金", "資金", "经费", "經費", "款项", "款項", "金额", "金額", "面积", "面積",
];

/// Reporting verbs in `s`, in order: (byte offset, verb). A weak verb
/// counts only at the very end.
fn verbs(s: &str, weak_at_start: bool, out: &mut [(usize, &'static str); 8]) -> usize {
    // (most characters begin no verb: they are passed over by their bytes)
    static KEYS: once_cell::sync::Lazy<lexicon::KeyFilter> =
        once_cell::sync::Lazy::new(|| VERB_SET.keys_with(&[&lexicon::CHANGE_SET]));
    // (the sets dereferenced once, not at each character)
    let (keys, verb_set) = (&*KEYS, &*VERB_SET);
    let b = s.as_bytes();
    let mut n: usize = 0;
    let mut next = 0;
    // (whether `s` quotes at all: read at the first verb found)
    let mut quotes = None;
    while next < s.len() {
        let i = keys.next_key(b, next);
        let rest = &s[i..];
        let Some(c) = rest.chars().next() else { break };
        next = i + c.len_utf8();
        let verb_key = verb_set.may_key(c);
        // after a modal (`已`, `将`…) or at the start
        let lead = i == 0
            || s[..i]
                .chars()
                .next_back()
                .is_some_and(|m| MODALS.contains(&m));
        if !verb_key && !lead {
            continue;
        }
        let prev_end = n.checked_sub(1).map(|k| out[k].0 + out[k].1.len());
        // a weak verb counts at either end: `排查廉政风险点`, `组织排查`
        let at_end = |v: &str| {
            i + v.len() == s.len()
                // `已整改`, `将完善`: a modal or adverb makes it a verb
                || (i > 0 && lead && i + v.len() + 6 <= s.len())
                // `制定完善规章制度`: coordinated with the verb before
                || (prev_end == Some(i) && i + v.len() + 9 <= s.len())
                // `新增和更新公交车`: joined to the verb before by a conjunction
                || (prev_end.is_some_and(|p| {
                    p < i && matches!(&s[p..i], "和" | "及" | "与" | "與" | "、")
                }) && i + v.len() + 6 <= s.len())
                || (weak_at_start
                    && i == 0
                    && i + v.len() + 6 <= s.len()
                    && !s[i + v.len()..].starts_with('业'))
        };
        // `补贴性`, `服务业`, `服务型`: a verb that a suffix makes a noun
        let counts =
            |v: &str| !noun_suffix_after(&rest[v.len()..]) && (at_end(v) || !lexicon::is_weak(v));
        // `基层党组织`: no verb inside a noun of the dictionary (asked
        // only of a verb that would count, or where a change verb may
        // stand in its place)
        // (whether the verb found was asked [`counts`] already: then it
        // counts)
        let mut counted = false;
        let verb = if verb_key {
            verb_set
                .prefix_of(rest)
                .filter(|v| {
                    (lead || {
                    counted = counts(v);
                    counted
                }) && !dict::inside_noun(s, i, v.len())
                    && !phrase::modifies_head(&rest[v.len()..])
                    && !(prev_end == Some(i)
                        && PURPOSE_HEADS.iter().any(|h| rest[v.len()..].starts_with(h)))
                    // a one-character verb (`有`) only where it is a word
                    // (not in `有效`, `既有`, `现有`)
                    && (v.len() > 4 || dict::word_at(s, i, v.len()))
                })
                .filter(|v| !coordinated_noun(&rest[v.len()..]))
        } else {
            None
        };
        // `增加农业贷款２２亿元`: a change verb that opens the stretch (or
        // follows a modal) and takes an object names what is added
        let verb = verb.or_else(|| {
            if !lead {
                return None;
            }
            lexicon::CHANGE_SET.prefix_of(rest).filter(|v| {
                v.len() >= 6
                    && rest.len() >= v.len() + 6
                    && !rest[v.len()..].starts_with(['值', '率', '量', '幅', '额', '額'])
            })
        });
        // (`「未納入其他組別之罪案」`: no verb inside a quoted name)
        let verb = verb.filter(|_| {
            !(*quotes.get_or_insert_with(|| corner::quotes(s)) && corner::inside_quotation(s, i))
        });
        if let Some(v) = verb.filter(|v| counted || counts(v)) {
            if n == out.len() {
                out.rotate_left(1);
                n -= 1;
            }
            out[n] = (i, v);
            n += 1;
            next = i + v.len();
        }
    }
    n
}

/// Whether `after`, the text right after a verb, opens with a conjunction
/// and no verb after it (`研究|与实验发展经费`): the verb is a noun joined
/// to the noun that follows, no verb (no object opens with a conjunction).
fn coordinated_noun(after: &str) -> bool {
    // (but verbs joined by one take one object: `新增和更新公交车`)
    if !after.starts_with(['与', '與', '和', '及']) {
        return false;
    }
    let next = &after[3..];
    VERB_SET.prefix_of(next).is_none()
        && !dict::segment(phrase::head_chars(next, 4))
            .iter()
            .next()
            .is_some_and(|(_, _, p)| p == dict::Pos::Verb)
}

/// Whether `after` (the text right after a verb) opens with a suffix that
/// makes the verb a noun (`补贴性`, `服务业`, `服务型`, `服务员`, `征收费用`),
/// not with a word of its own that the suffix character begins
/// (`共有员工`, `发生业务量`; a fee stays a noun's: `土地征收费用`).
fn noun_suffix_after(after: &str) -> bool {
    if after.starts_with(['费', '費']) {
        return true;
    }
    after.starts_with(['性', '型', '业', '業', '者', '员', '員', '站'])
        && !dict::segment(phrase::head_chars(after, 4))
            .iter()
            .next()
            .is_some_and(|(a, b, p)| b - a > 3 && p.nominal())
}

/// Whether the character after the first two of `s` may close a change
/// verb that opens a predicate (`扩大到`, `增长，`): a cheap test before the
/// word lookup.
#[inline]
fn ends_predicate(s: &str) -> bool {
    let mut it = s.chars();
    it.next();
    it.next();
    match it.next() {
        None => true,
        Some(c) => {
            matches!(
                c,
                '到' | '至' | '了' | '为' | '為' | '超' | '近' | '逾' | '番'
            ) || is_clause_mark_char(c)
                || c.is_ascii_digit()
        }
    }
}

/// Whether `以上`/`以下` before `rest` closes a modifier of the noun that
/// follows (`中型以上侵蚀沟`, `规模以上工业企业`) rather than the figure.
fn bounds_modifier(w: &str, rest: &str) -> bool {
    matches!(w, "以上" | "以下")
        && dict::segment(phrase::head_chars(rest, 4))
            .iter()
            .next()
            .is_some_and(|(a, b, p)| p == dict::Pos::Noun && b - a >= 6)
}

/// The first characters of the stop words and change verbs: an ideograph
/// after the first character of a phrase read by [`read_np`] that begins
/// neither only adds to the phrase (no mark, bracket or space is an
/// ideograph), and is passed over by its bytes.
static NP_KEYS: once_cell::sync::Lazy<lexicon::KeyFilter> =
    once_cell::sync::Lazy::new(|| NP_STOP_SET.keys_with(&[&lexicon::CHANGE_SET]));

/// Reads the noun phrase after a measure word: up to a clause mark, a stop
/// word, or `limit`. Empty when none, or when the stretch is too long to
/// be a noun phrase.
fn read_np(s: &str, verbal: bool) -> &str {
    let s = past_np_lead(s, verbal);
    match np_extent(s) {
        Some((end, open)) => close_np(s, end, open),
        None => "",
    }
}

/// `s` past what leads a noun phrase after a measure word: a remark on the
/// unit (`7.4万套（间）`) and, when `verbal`, a verb or change verb.
fn past_np_lead(s: &str, verbal: bool) -> &str {
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
    if verbal {
        if let Some(v) = VERB_SET
            .prefix_of(s)
            .or_else(|| UP_SET.prefix_of(s))
            .or_else(|| DOWN_SET.prefix_of(s))
        {
            return &s[v.len()..];
        }
    }
    s
}

/// Marks that end a noun phrase after a measure word (besides blanks).
fn ends_np(c: char) -> bool {
    matches!(
        c,
        '，' | ',' | '。' | '；' | ';' | '：' | ':' | '！' | '？' | '!' | '?' | '）' | ')' | '"'
    )
}

/// Where the noun phrase at the start of `s` ends, and whether a bracket
/// it opened is still open there; `None` when `s` opens with no noun
/// phrase or runs on past 20 characters.
fn np_extent(s: &str) -> Option<(usize, bool)> {
    let mut chars = 0;
    let mut pos = 0;
    // inside a bracket opened in the phrase: `县（区）`
    let mut open = false;
    let b = s.as_bytes();
    while pos < s.len() {
        // ([`NP_KEYS`]: an ideograph that only adds to the phrase)
        if chars > 0 && matches!(b[pos], 0xE4..=0xE9) && !NP_KEYS.may_key_at(b, pos) {
            chars += 1;
            pos += 3;
            if chars > 20 {
                return None;
            }
            continue;
        }
        let rest = &s[pos..];
        let Some(c) = rest.chars().next() else { break };
        if open && matches!(c, '）' | ')') {
            open = false;
            chars += 1;
            pos += c.len_utf8();
            continue;
        }
        if matches!(c, '（' | '(') {
            open = true;
        }
        if is_space(c) || ends_np(c) {
            break;
        }
        if c == '、' {
            // `镇、街道`: a one- or two-character noun coordinated; a list
            // inside a bracket, `县（市、区）`
            if (chars <= 2 && chars > 0) || open {
                pos += c.len_utf8();
                continue;
            }
            break;
        }
        if chars > 0 && np_stops_at(s, pos, c) {
            break;
        }
        if chars == 0 && opens_no_np(s, rest, c) {
            return None;
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
            return None;
        }
    }
    Some((pos, open))
}

/// Whether the noun phrase of `s` ends before `c` at `pos` (not its first
/// character): a stop word that is no part of a noun, or a change verb
/// that begins the predicate (`县（市）扩大到`, not `增加值`, `增长率`).
fn np_stops_at(s: &str, pos: usize, c: char) -> bool {
    let rest = &s[pos..];
    if NP_STOP_SET.prefix_of(rest).is_some_and(|w| {
        !dict::inside_noun(s, pos, w.len())
            && !opens_adjective(rest, w)
            && !phrase::modifies_head(&rest[w.len()..])
            && !bounds_modifier(w, &rest[w.len()..])
    }) {
        return true;
    }
    if !(lexicon::CHANGE_SET.may_key(c) && ends_predicate(rest)) {
        return false;
    }
    lexicon::CHANGE_SET.prefix_of(rest).is_some_and(|v| {
        let next = &rest[v.len()..];
        v.len() >= 6
            && (next.is_empty()
                || next.starts_with(['到', '至', '了', '为', '為', '超', '近', '逾'])
                || next.starts_with(|c: char| is_clause_mark_char(c) || c.is_ascii_digit()))
    })
}

/// Whether the stop word `w` opening `rest` is one character that
/// begins an adjective of the dictionary (`均衡`, `均等`): the phrase goes
/// on through it (`6个义务教育优质均衡发展区`, not `义务教育优质`), where
/// the adverb `均` (all) would end it (`4家企业均获评`).
fn opens_adjective(rest: &str, w: &str) -> bool {
    w.chars().nth(1).is_none()
        && dict::segment(phrase::head_chars(rest, 4))
            .iter()
            .next()
            .is_some_and(|(_, b, p)| b > w.len() && p == dict::Pos::Adj)
}

/// Whether `c`, the first character of the phrase (at `rest`, in `s`),
/// opens none: `的`, a stop word (not `在`, not one beginning a noun of
/// `s`) or a change verb.
fn opens_no_np(s: &str, rest: &str, c: char) -> bool {
    c == '的'
        || NP_STOP_SET
            .prefix_of(rest)
            .is_some_and(|w| w != "在" && !opens_noun(s, w))
        || UP_SET.prefix_of(rest).is_some()
        || DOWN_SET.prefix_of(rest).is_some()
}

/// The noun phrase `s[..end]`, closed: cut before a bracket left open, a
/// locative `中` before a comma (`抽查的1268个项目中，`), and trailing
/// conjunctions.
fn close_np(s: &str, end: usize, open: bool) -> &str {
    let mut np = &s[..end];
    if open {
        // an unclosed bracket: the phrase ends before it
        if let Some(i) = np.rfind(['（', '(']) {
            np = &np[..i];
        }
    }
    // `抽查的1268个项目中，`: a locative `中` closes the phrase
    if let Some(head) = np.strip_suffix('中') {
        if head.chars().count() >= 2
            && !head.ends_with(['高', '初', '集', '居', '适', '適', '空', '华', '華', '其'])
            && s[end..].starts_with(['，', ','])
        {
            np = head;
        }
    }
    // `在收取12万元服务费后，`: a locative `后` of time closes it too,
    // where it is a word of its own (not in `善后`, `落后`, `售后`)
    if let Some(head) = np.strip_suffix(['后', '後']) {
        if head.chars().count() >= 2
            && s[end..].starts_with(['，', ','])
            && dict::word_at(np, head.len(), np.len() - head.len())
        {
            np = head;
        }
    }
    loop {
        let t = lexicon::trim_end_word(np.trim_end_matches(['、', '和', '及', '与']), "以及");
        if t.len() == np.len() {
            return np;
        }
        np = t;
    }
}

/// Whether the stop word `w` at the start of `s` is one character that
/// begins a noun of three characters or more of the dictionary (`被告人`,
/// `被执行人`, `约束性指标`) rather than the passive, `about` or `all` that
/// ends a noun phrase (`3家企业被约谈`, `四成都是`).
fn opens_noun(s: &str, w: &str) -> bool {
    w.chars().nth(1).is_none()
        && dict::segment(phrase::head_chars(s, 4))
            .iter()
            .next()
            .is_some_and(|(a, b, p)| {
                a == 0 && p == dict::Pos::Noun && s[..b].chars().nth(2).is_some()
            })
}

pub(crate) fn count_like(kind: Kind) -> bool {
    matches!(kind, Kind::Count | Kind::Duration | Kind::Other)
}

/// Whether a figure of `kind` is a share or rate of something (`%`, `‰`).
fn rate_kind(kind: Kind) -> bool {
    matches!(kind, Kind::Percent | Kind::Permille)
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
    // (`按户籍人口计算的人均地区生产总值`: the measure after its reckoning)
    let raw = reckoned::after_reckoning(raw).unwrap_or(raw);
    if let Some(c) = compared::compared_value(raw.trim_start_matches(is_space), after) {
        match c {
            compared::Compared::Measure(np) => {
                found.formed = phrase::tidy(np, before, after);
                found.subject = found.formed;
                found.inherits = found.subject.is_none();
            }
            compared::Compared::Before => found.inherits = true,
        }
        return found;
    }
    let rate = rate_kind(kind);
    let (s, tail) = read_tail(raw, rate, &mut found);
    let s = before_from_frame(s, after);
    let mut cut = cut_at_verb(s, (kind, tail.had_de), &mut found);
    // `其中支付法律援助办案补贴151.59万元`: a verb of paying or granting
    // that opens the clause, its object right before the figure
    // (`s` runs to the end of `raw`: nothing was read off its tail; `s`
    // may lie outside `raw` when a frame gave it, and then it does not)
    if cut.np.len() == s.len() && s.as_ptr() as usize + s.len() == raw.as_ptr() as usize + raw.len()
    {
        if let Some(c) = opening_verb(s, &mut found) {
            cut = c;
        }
    }
    let persons = found
        .action
        .filter(|_| cut.from_verb)
        .and_then(|v| counted::persons_before_verb(unit, s, v, cut.np));
    let a_np = refine_before(persons.unwrap_or(cut.np), cut.verb_at_end, &mut found);
    let a_np = if exceeds_basis(a_np, kind) {
        found.inherits = true;
        ""
    } else {
        a_np
    };
    let b_np = phrase_after(
        &Reading {
            raw,
            s,
            after,
            kind,
            unit,
            tail: &tail,
            found: &found,
        },
        a_np,
        &cut,
    );
    // `突破43亿人次大关`: the level reached, the measure named before
    let b_np = if end::names_level(b_np) { "" } else { b_np };
    if !b_np.is_empty() {
        found.subject = Some(b_np);
        if !cut.verb_at_end && !cut.from_verb {
            found.action = None;
        }
    } else if !a_np.is_empty() {
        // `完成城镇棚户区改造73.5万套`: the measure word counts what is
        // rebuilt
        found.subject = Some(if counted(kind, raw) && unit.is_some() {
            drop_action(a_np)
        } else {
            a_np
        });
    } else if let Some(m) = cut.in_verb {
        // `全年完成投资5970.5万元`: nothing named before the verb; the
        // measure is the one written inside it (see `achieved`)
        found.subject = Some(m);
    } else {
        found.inherits = true;
        if !tail.linked && !cut.verb_at_end {
            found.action = None;
        }
    }
    if let Some(subj) = found.subject {
        found.formed = phrase::tidy(subj, before, after);
        found.subject = found
            .formed
            .map(|s| before_cause(counted::persons_before_verbs(unit, s)))
            .and_then(after_condition)
            .and_then(after_dividend_verb)
            .map(after_ranking_prep);
        // `公路密度每100平方公里达`, `受访者当中`: words after the noun
        // phrase read before the number
        if b_np.is_empty() {
            found.subject = found.subject.and_then(end::cut_end);
        }
        // `三条文化带建设扎实推进`: a predicate cut off the phrase after the
        // measure word may leave the work done on what is counted
        if !b_np.is_empty() {
            found.subject = found.subject.map(drop_action);
        }
        // `比一九五二年的五万八千人`: nothing but a function word or verb
        // before the figure; it is the figure before's
        if found.subject.is_none() {
            found.inherits = true;
        }
    }
    read_around(&mut found, (raw, after), &cut, (kind, unit));
    found
}

/// The readings of [`analyse`] that look again at the subject found, with
/// the clause text before the figure (`raw`) and after it: a comparison's
/// basis, kinds summed, a time alone, a count of events named with its
/// verb, a rate named after its figure, a sum named by its purpose.
fn read_around<'a>(
    found: &mut Found<'a>,
    (raw, after): (&'a str, &'a str),
    cut: &VerbCut<'a>,
    (kind, unit): (Kind, Option<&str>),
) {
    // `在第四季與上年同期比較實質上升`: the basis of a comparison, no measure
    if found.subject.is_some_and(|s| basis::is_basis(raw, s)) {
        found.subject = None;
        found.inherits = true;
    }
    // `国内增值税、营业税…和城建税共计完成税收`: the kinds summed
    if let Some(list) = found
        .subject
        .and_then(|s| kinds_total::listed_kinds(raw, s))
    {
        found.subject = Some(strip_head(list));
    }
    // `恢复至2019年同期的46.2%`: a time alone is the basis, no measure
    if let Some(time) = found.subject.filter(|s| time_basis::only_time(s)) {
        found.subject = time_basis::measure_before(raw, time);
        found.inherits = found.subject.is_none();
    }
    // `研究干部任用10人次`: a count of events names the event with its verb
    if cut.verb_at_end {
        if let Some(np) = found
            .subject
            .and_then(|s| event_with_verb(raw, s, found.action, (kind, unit)))
        {
            found.subject = Some(np);
        }
    }
    // `以58.3%的同比增速排名`: the figure modifies the rate it is
    if rate_kind(kind) {
        if let Some(np) = after
            .strip_prefix('的')
            .and_then(rate_after::rate_named_after)
        {
            found.subject = Some(np);
            found.inherits = false;
        }
    }
    // `分别拉动GDP增长0.63个百分点`: the growth driven is the measure
    if let Some(np) = driven::growth_driven(raw) {
        found.subject = Some(np);
        found.inherits = false;
    }
    // `筹措12.42亿元实施生态惠民工程`: a sum set aside names what it is for
    // after it
    if kind == Kind::Money && cut.verb_at_end {
        if let Some(np) = purpose::named_after(raw, after) {
            found.subject = Some(np);
            found.inherits = false;
        }
    }
}

/// The cut of a clause `s` whose verb stands before the object counted:
/// a verb of paying or granting that opens it (`其中支付法律援助办案补贴`),
/// or a verb after an adverb of total (`各级财政共支出城市低保资金`; the
/// noun before, `本年预算共支出`, when the verb ends the clause). Notes
/// the verb as the action.
fn opening_verb<'a>(s: &'a str, found: &mut Found<'a>) -> Option<VerbCut<'a>> {
    if let Some((v, np)) = lead_verb::object_after(s) {
        found.action = Some(v);
        return Some(VerbCut {
            np,
            from_verb: true,
            verb_at_end: false,
            in_verb: None,
        });
    }
    let (v, np, at_end) = total_verb::split(s)?;
    found.action = Some(v);
    Some(VerbCut {
        np,
        from_verb: !at_end,
        verb_at_end: at_end,
        in_verb: None,
    })
}

/// A subject that opens with the condition a change is reckoned under
/// (`扣除特殊因素影响后`, `剔除温州湾新区基数划转因素后`; the fixed
/// `扣除价格因素` is a head word): what follows the `后` that closes it,
/// `None` when nothing does, or when the subject is that condition's tail
/// (`债券因素后`): the figure then takes the subject before.
fn after_condition(s: &str) -> Option<&str> {
    // (its tail alone, the head cut at a verb inside it: `剔除新增债券因素后`
    // read from after `新增`)
    if s.ends_with(['后', '後'])
        && (lexicon::find_word(s, "因素").is_some()
            || lexicon::find_word_or(s, "影响", "影響").is_some())
    {
        return None;
    }
    if !s.starts_with("扣除") && !s.starts_with("剔除") {
        return Some(s);
    }
    match lexicon::find_word_or(s, "后", "後") {
        Some(i) => {
            let rest = &s[i + '后'.len_utf8()..];
            (!rest.is_empty()).then_some(rest)
        }
        None => Some(s),
    }
}

/// A dividend written per shares held (`拟向全体股东每10股派发现金红利4.10元`,
/// `每股派发现金股利`): the clause runs through the holders and the verb
/// of paying out, and what is paid (`现金红利`) is the subject. (Where the
/// verb ends the stretch, `向全体股东每10股派0.30元人民币现金`, what is paid
/// comes after the figure and the stretch is left as it is.)
fn after_dividend_verb(s: &str) -> Option<&str> {
    let Some(i) = lexicon::find_word(s, "股派") else {
        return Some(s);
    };
    let rest = &s[i + "股派".len()..];
    let rest = rest.strip_prefix(['发', '發']).unwrap_or(rest);
    Some(if rest.chars().nth(1).is_some() {
        rest
    } else {
        s
    })
}

/// The item a ranking names after the preposition `以` (`年增率以礦產品
/// 131.1%`, `以電子產品增幅39.3%較多`, `当中以二星级酒店的85.1%…为高`,
/// `出口主要貨品仍以電子零組件`): what follows `以`, when `以` is a word of
/// its own (not `以上`, `以来`, `可以`, `以旧换新`) and what follows is a
/// noun phrase of two characters or more with no `的` in it (`以个人游方式
/// 来澳的内地旅客` is a relative clause and stays whole).
fn after_ranking_prep(s: &str) -> &str {
    let Some(i) = lexicon::find_word(s, "以") else {
        return s;
    };
    let rest = &s[i + '以'.len_utf8()..];
    // (the words of `以` told by their characters before any segmentation:
    // `规模以上`, `以下`, `以来`, `以及`, `以内`, `可以`, `所以`, `予以`)
    let word_of_yi = rest.starts_with([
        '上', '下', '来', '來', '及', '前', '后', '後', '内', '內', '外',
    ]) || s[..i].ends_with([
        '可', '所', '加', '予', '得', '难', '難', '足', '用', '藉', '借',
    ]);
    if word_of_yi
        || rest.chars().nth(1).is_none()
        || lexicon::find_word(rest, "的").is_some()
        || !dict::word_at(s, i, '以'.len_utf8())
    {
        return s;
    }
    // (a phrase after `以` ending in a verb makes it a means, `以国有资金
    // 支付`, one opening with an adverb a clause, `以最多不超过正税`; a verb
    // before it takes the phrase as its object, `支持以AI…`)
    let verb = |p: dict::Pos| p == dict::Pos::Verb;
    let words = dict::segment(rest);
    let mut pos = words.iter().map(|(_, _, p)| p);
    let adverb_first = pos.next().is_some_and(|p| p == dict::Pos::Adverb);
    let verb_last = pos.last().is_some_and(verb);
    // (a measure before `以` is what the ranking is by: `年增率以`)
    let head = &s[..i];
    let verb_before = !head.ends_with(lexicon::MEASURE_HEAD_END)
        && dict::segment(head)
            .iter()
            .last()
            .is_some_and(|(_, _, p)| verb(p));
    if adverb_first || verb_last || verb_before {
        s
    } else {
        rest
    }
}

/// A subject that runs on into the cause of its change (`光學器材因光學檢測
/// 及量測設備接單成長`, `機械產品因半導體設備訂單增加`, `賣地收入因而較原來預算`):
/// what stands before the `因` that opens the cause, when that is a noun
/// of two characters or more. A `因` inside a word (`因素`, `原因`, `死因`)
/// or a term (`因灾死亡人数`, `因病致贫`, `因公`) opens no cause, nor does
/// one after a verb (`避免因灾伤亡`).
fn before_cause(s: &str) -> &str {
    let Some(i) = lexicon::find_word(s, "因") else {
        return s;
    };
    let head = &s[..i];
    let cause = &s[i + '因'.len_utf8()..];
    // (the words and terms told by their characters, before any
    // segmentation: `因素`, `因灾`, `因為`; `原因`, `基因`, `死因`, `成因`)
    if head.chars().nth(1).is_none()
        || cause.chars().nth(1).is_none()
        || cause.starts_with(['素', '灾', '災', '病', '公', '私', '为', '為', '此'])
        || head.ends_with(['原', '基', '死', '病', '成', '诱', '誘', '起', '近', '主'])
    {
        return s;
    }
    // `因` a word of its own (or `因而`) after a noun
    let noun_before = dict::segment(head)
        .iter()
        .last()
        .is_some_and(|(_, _, p)| p == dict::Pos::Noun);
    let word = cause.starts_with('而') || dict::word_at(s, i, '因'.len_utf8());
    if word && noun_before {
        head
    } else {
        s
    }
}

/// The stretch `s` before a figure that opens a `由…到…` frame (`医疗救助
/// 比例由医保报销后的65%提高到70%`: a change verb and `到` or `至` follow
/// the figure) without `由` or `从` and what follows it: that is the
/// starting point, and the measure is named before it (`医疗救助比例`).
/// Nothing is left when the frame opens the stretch.
fn before_from_frame<'a>(s: &'a str, after: &str) -> &'a str {
    if !opens_to_frame(after) {
        return s;
    }
    // (`从2002年1288亿元增加到…`: the `从` went with the head words; a
    // date is when the frame starts, never what it measures)
    if !s.is_empty() && period::time_phrase(s) == s.len() {
        return "";
    }
    let from = s
        .char_indices()
        .rev()
        .find(|&(i, c)| matches!(c, '由' | '从' | '從') && dict::word_at(s, i, c.len_utf8()));
    // (the stretch before `由` stands before the frame's change verb)
    let mut tail = Tail {
        before_verb: true,
        ..Tail::default()
    };
    match from {
        Some((i, _)) => strip_tail(&s[..i], &mut tail),
        None => s,
    }
}

/// Whether `after`, the text right after a figure, opens with a verb of
/// change that runs to the value reached (`提高到`, `增加到`, `降至`,
/// `提升至`): `到` or `至` within its next two characters.
/// A verb of adjustment without direction takes its value with `为` as
/// well (`调整为`, `變為`: `收入由年初预算12981万元调整为13250万元`).
pub(crate) fn opens_to_frame(after: &str) -> bool {
    let mut cs = after.chars();
    match cs.next() {
        Some('提' | '增' | '降' | '升' | '减' | '減' | '扩' | '擴' | '缩' | '縮' | '上' | '下') => {
            cs.take(2).any(|c| matches!(c, '到' | '至'))
        }
        Some('调' | '調' | '变' | '變') => {
            cs.take(2).any(|c| matches!(c, '到' | '至' | '为' | '為'))
        }
        _ => false,
    }
}

/// Measure words that count events, not things: `次`, `人次`, `期`, `起`.
const EVENT_UNITS: [&str; 9] = ["次", "人次", "期", "场", "場", "场次", "轮", "輪", "起"];

/// `开展意见征集9期`, `研究干部任用10人次`: a count of events whose verb
/// stands right before the number after its object names the event with
/// the verb (`意见征集`, `干部任用`), as `矛盾纠纷激化18件` does; the
/// subject `subj` read before the verb is extended by it when it ends
/// where the verb `action` begins and the verb ends `raw`. So is an area
/// (`kind`) after its verb: the land the act covered, its extent
/// (`优质林竹基地项目人工造林0.6万亩`, `规划造林5万亩`), not the phrase
/// before the verb (`…项目人工`, `规划`).
fn event_with_verb<'a>(
    raw: &'a str,
    subj: &str,
    action: Option<&str>,
    (kind, unit): (Kind, Option<&str>),
) -> Option<&'a str> {
    let v = action?;
    let event = unit.is_some_and(|u| EVENT_UNITS.contains(&u)) || kind == Kind::Area;
    if !event || !raw.ends_with(v) {
        return None;
    }
    // (a verb of completion names no event: `沿海港口完成604万人次` counts
    // the port's passengers, the verb only reports them)
    if super::relations::completes(v) {
        return None;
    }
    let start = (subj.as_ptr() as usize).checked_sub(raw.as_ptr() as usize)?;
    (start + subj.len() == raw.len() - v.len() && !subj.is_empty()).then(|| &raw[start..])
}

/// Whether the figure counts something named in its clause (`raw`, the
/// stretch before it): `连续3年为“好”`, a duration after 连续, says how
/// long, not of what.
fn counted(kind: Kind, raw: &str) -> bool {
    count_like(kind) && !(kind == Kind::Duration && raw.ends_with("连续"))
}

/// The stretch before the number without its head and tail words
/// ([`strip_head`], [`strip_tail`]), and what the tail said: the change,
/// a level, a rate, `分别` are noted in `found`.
fn read_tail<'a>(raw: &'a str, rate: bool, found: &mut Found<'a>) -> (&'a str, Tail<'a>) {
    let mut tail = Tail {
        rate,
        ..Tail::default()
    };
    // `广东省（62万人次）及湖南省（4.7万人次）`: the stretch opens with the
    // close of the bracket round the figure before
    let s = strip_head(after_apposition(raw).trim_start_matches(['）', ')']));
    let s = strip_tail(s, &mut tail);
    found.change = if tail.level { None } else { tail.change };
    found.level = tail.level;
    found.per = is_rate(raw);
    // `…，分别增长12.3%和15.6%`: `分别` opening the clause, no list in it
    // (or inside a basis cut off whole: `营业收入同比分别增长`)
    let cut_off = &raw[s.as_ptr() as usize - raw.as_ptr() as usize + s.len()..];
    found.respectively = tail.respectively
        || (tail.linked && lexicon::find_word(cut_off, "分别").is_some())
        || tail.linked
            && raw
                .trim_start_matches(|c: char| is_space(c) || is_clause_mark_char(c))
                .starts_with("分别")
        || only_head_before_respectively(raw, s);
    let s = if tail.had_de {
        share_of_whole(s, rate)
    } else {
        s
    };
    (s, tail)
}

/// The subject of `X占Y的` before a figure (`s`, the stretch without its
/// tail `的`): a percentage right after it is the share of the part in
/// the whole, named by both as written (`项目资本金占总投资的50%` →
/// `项目资本金占总投资`, SPEC §2.1); but where an adverb or modal stands
/// between the part and `占` (`农户还只占农户总数的百分之二`), `占` is the
/// predicate of a clause about the part, and the part alone is the
/// subject, as it is of a figure that is no percentage.
fn share_of_whole(s: &str, rate: bool) -> &str {
    let Some(i) = s.find(['占', '佔']).filter(|&i| i > 0) else {
        return s;
    };
    let part = strip_tail(&s[..i], &mut Tail::default());
    let whole = &s[i + '占'.len_utf8()..];
    // (`核武器仍然占…`, `人口仍占…`, `收入会占…`: an adverb or a modal
    // the tail words do not drop)
    let tail4 = phrase::tail_chars(part, 4);
    let adverb = dict::segment(tail4)
        .iter()
        .last()
        .filter(|&(a, b, p)| {
            p == dict::Pos::Adverb
                || HEAD_SET.contains(&tail4[a..b])
                || matches!(&tail4[a..b], "会" | "會" | "能" | "可" | "要")
        })
        .map(|(a, _, _)| tail4.len() - a);
    match adverb {
        Some(n) if n < part.len() => strip_head(&part[..part.len() - n]),
        None if rate && part.len() == i && whole.chars().nth(1).is_some() => strip_head(s),
        _ => strip_head(part),
    }
}

/// Whether the clause of the figure names nothing but a time or scope
/// word before its `分别` (`…接单成长明显，9月分别达277.3亿及234.3亿美元`,
/// `…，全年分别增长5.1%和3.2%`): `s`, what is left of the stretch once
/// its head words are dropped, is empty, and `分别` stands in the last
/// clause of `raw`. The values are dealt out as after a bare `分别`.
fn only_head_before_respectively(raw: &str, s: &str) -> bool {
    if !s.is_empty() {
        return false;
    }
    let clause_at = raw
        .char_indices()
        .rev()
        .find(|&(_, c)| is_clause_mark_char(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    lexicon::find_word(&raw[clause_at..], "分别").is_some()
}

/// Whether `np` names a rate or a share (`…率`, `…占比`, `…比重`,
/// `…份额`, `…比例`).
fn names_rate(np: &str) -> bool {
    // (by the last character, then the one word that ends with it)
    match np.chars().next_back() {
        Some('率') => true,
        Some('比') => np.ends_with("占比"),
        Some('重') => np.ends_with("比重"),
        Some('额') => np.ends_with("份额"),
        Some('例') => np.ends_with("比例"),
        _ => false,
    }
}

/// Whether the rate `np` (`公开率`, `达标率`) names the rate of a verb: its
/// stem is a verb of the dictionary or of the reporting verbs.
fn rate_of_verb(np: &str) -> bool {
    let stem = np.trim_end_matches('率');
    VERB_SET.contains(stem)
        || dict::segment(stem)
            .iter()
            .next()
            .is_some_and(|(a, b, p)| a == 0 && b == stem.len() && p == dict::Pos::Verb)
}

/// The noun phrase before the number as the reporting verbs cut it.
struct VerbCut<'a> {
    /// The phrase before the number (after the verb, or all of it).
    np: &'a str,
    /// The phrase is the object of a verb.
    from_verb: bool,
    /// The verb stands right before the number.
    verb_at_end: bool,
    /// The measure written inside that verb (`完成投资` → `投资`).
    in_verb: Option<&'a str>,
}

/// Cuts the stretch `s` before the number at its last reporting verb
/// ([`verbs`]) that takes a noun phrase: the phrase after it, or the one
/// before it when the verb ends the stretch; the verb is `found.action`.
fn cut_at_verb<'a>(s: &'a str, (kind, de): (Kind, bool), found: &mut Found<'a>) -> VerbCut<'a> {
    let mut vs = [(0, ""); 8];
    let nv = verbs(
        s,
        !matches!(kind, Kind::Percent | Kind::Permille | Kind::PercentagePoint),
        &mut vs,
    );
    let mut cut = VerbCut {
        np: s,
        from_verb: false,
        verb_at_end: false,
        in_verb: None,
    };
    // `重点人群家庭医生签约服务覆盖率`: the name of a rate holds the verbs
    // of what it measures; only a verb that opens the stretch is no part
    // of it
    let rate =
        matches!(kind, Kind::Percent | Kind::Permille | Kind::PercentagePoint) && names_rate(s);
    let mut k = if rate {
        vs[..nv].iter().take_while(|&&(at, _)| at == 0).count()
    } else {
        nv
    };
    let mut indicator = false;
    if let Some(j) = handled_chain(s, &vs[..k]) {
        // `受理审查起诉案件`: the verbs after a verb that handles a caseload
        // name the kind of case (`审查起诉`, `审查逮捕`), not the act
        let (at, v) = vs[j];
        found.action = Some(v);
        cut.np = strip_tail(&s[at + v.len()..], &mut Tail::default());
        cut.from_verb = true;
        return cut;
    }
    if kind_of_case_opens(s, &vs[..k]) {
        // `，审查起诉案件1508件`: a list item with no verb of its own
        cut.np = strip_tail(s, &mut Tail::default());
        return cut;
    }
    while k > 0 {
        let (at, v) = vs[k - 1];
        let rest = past_aspect(&s[at + v.len()..]);
        let rest_np = strip_tail(strip_head_after_verb(rest), &mut Tail::default());
        // `城镇新增就业`, `创业带动就业`: the indicator is named with its verb
        // (and `可再生能源新增装机`: what is new of a kind, a bare noun
        // after `新增` that follows a noun)
        let named_new = (matches!(v, "新增") && at > 0 && rest_np.chars().count() <= 2)
            || new_jobs::names_new_jobs(v, rest_np);
        // `城镇新增就业人数`, `省内新增转移人数`: a count of those an event
        // befell (`…人数`, `…户数`) is named with the event's verb after the
        // noun of who or where it befell
        if phrase::counts_event(rest_np)
            && (noun_before_verb(&s[..at]) || (at == 0 && phrase::joined_object(rest_np)))
        {
            k -= 1;
            continue;
        }
        // `调解成功` (a result takes no object), `法人或其他组织申请`,
        // `公办幼儿园和认定…幼儿园` (a verb inside a noun phrase), `贪污、挪用
        // 公款等职务犯罪` (a listed offence): no verb of the clause
        if verb_result::is_result(rest_np)
            || verb_result::inside_noun_phrase(&s[..at])
            || offences::verb_in_list(&s[..at], rest)
            || offences::unlawful_kind(&s[..at], rest_np)
        {
            k -= 1;
            continue;
        }
        // `派驻调解室`, `设立调解室`: a verb before a head noun of one
        // character names the place or the person (`调解室`, `监测站`);
        // the clause's verb is an earlier one
        if phrase::one_char_head(rest_np) {
            k -= 1;
            continue;
        }
        if rest_np == "就业" || rest_np == "就業" || named_new {
            let head = &s[..at];
            if !head.is_empty() && strip_tail(head, &mut Tail::default()).len() < head.len() {
                // `城镇累计新增就业`: an adverb in between; the indicator
                cut.np = &s[at..];
                indicator = true;
                break;
            }
            k -= 1;
            continue;
        }
        // `第一产业实现增加值`: the sector before (see `achieved`)
        if let Some(np) = achieved::sector_subject(s, &vs[..k], (rest, rest_np), found) {
            cut.np = np;
            break;
        }
        // (`企业实现产值`: after a verb of achieving, the measure is its
        // object, see `achieved`)
        if named_with_verb(rest_np) && !achieved::object_of(v, rest_np) {
            k -= 1;
            continue;
        }
        // `平均审理时间`, `人均消费支出`: after `均` or `每` the verb names
        // the measure taken per unit with the noun after it
        if !rest_np.is_empty() && s[..at].ends_with(['均', '每']) {
            k -= 1;
            continue;
        }
        // `人民调解组织2.6万个`: a verb that is also a head noun (`组织`)
        // closing a phrase right before the number is that phrase's head
        if rest.is_empty() && at > 0 && v.chars().count() == 2 && phrase::modifies_head(v) {
            k -= 1;
            continue;
        }
        if completed::take_object(s, &vs[..k], (kind, rest), (found, &mut cut)) {
            break;
        }
        if rest.is_empty() || rest_np.is_empty() {
            cut.verb_at_end = true;
            found.action = Some(v);
            cut.np = phrase_before_verb(s, &vs[..k], !rate_kind(kind), found);
            cut.in_verb = achieved::measure_in(v).map(|n| &s[at + v.len() - n..at + v.len()]);
            break;
        }
        // a measure is seldom named by one word after a verb: `办理时间`;
        // but a verb of completion before `N的` (`de`: the stretch ended in
        // `的`) names the basis of a share (`完成预算的104.3%`), not the
        // measure
        if matches!(kind, Kind::Percent | Kind::Permille | Kind::PercentagePoint)
            && rest_np.chars().count() <= 2
            && !(de && super::relations::completes(v))
        {
            k -= 1;
            continue;
        }
        // `新增加的固定资产`, `参加农业劳动互助组的农户`: the verb heads a
        // relative clause, unless a preposition opens one after it
        // (`发生以区政府为被告的一审行政应诉案件`); `在` right after the verb
        // is its complement, inside the clause (`投放在安老服务的经常开支`)
        if rest.contains('的')
            && !rest.starts_with(['以', '对', '由', '经', '为', '被'])
            && !relative::headed_by_own_verb(rest)
        {
            k -= 1;
            continue;
        }
        found.action = Some(v);
        cut.np = rest_np;
        cut.from_verb = true;
        break;
    }
    if k == 0 && !indicator {
        cut.np = s;
    }
    cut
}

/// `after`, what follows a verb, past the aspect marks `了`, `过` that
/// close the verb; `过` opening a word of the dictionary (`过夜游客`,
/// `过境旅客`, `过期药品`) is that word's, and stays.
fn past_aspect(after: &str) -> &str {
    let rest = after.trim_start_matches('了');
    if rest.starts_with('过')
        && dict::segment(phrase::head_chars(rest, 4))
            .iter()
            .next()
            .is_some_and(|(a, b, _)| a == 0 && b > '过'.len_utf8())
    {
        return rest;
    }
    rest.trim_start_matches(['了', '过'])
}

/// Whether `np`, the phrase after a verb, is a measure named with that
/// verb: `完成造林面积`, `资助金额`, `建设工期`: a bare measure (`面积`,
/// `产量`, `工期`) after a verb is named with it, and so is a rate of one
/// word (`调解成功率`, `检验合格率`) whose stem is no verb of its own
/// (`实现公开率`: the rate of publishing, 实现 the clause's verb).
fn named_with_verb(np: &str) -> bool {
    let n = np.chars().count();
    (n <= 2
        && np.chars().next_back().is_some_and(|c| {
            matches!(
                c,
                '积' | '積' | '模' | '量' | '值' | '额' | '額' | '率' | '数' | '數' | '期'
            )
        }))
        || (n == 3 && np.ends_with('率') && !rate_of_verb(np))
        || lexicon::names_verb_measure(np)
}

/// Whether `head`, the stretch before a verb, ends with a noun (not an
/// adverb or a mark): the verb then says what that noun did
/// (`城镇|新增`, `省内|新增`), not what the clause reports.
fn noun_before_verb(head: &str) -> bool {
    let Some(last) = head.chars().next_back() else {
        return false;
    };
    if !(crate::chars::is_ideograph(last) || matches!(last, '”' | '"' | '）' | ')')) {
        return false;
    }
    strip_tail(head, &mut Tail::default()).len() == head.len()
        && dict::segment(phrase::tail_chars(head, 4))
            .iter()
            .last()
            .is_some_and(|(_, _, p)| p.nominal() || p == dict::Pos::Locative)
}

/// The index of a verb among `vs` (the verbs of `s`, in order) that takes
/// a kind of case as its object (`受理`, `办理`, `审结`) and is followed, with nothing
/// between, by the other verbs up to the last, which a noun follows
/// (`受理审查起诉案件`, `办理审查逮捕案件`): those verbs name the kind of case
/// the noun is, and the subject is the whole phrase after the first.
fn handled_chain(s: &str, vs: &[(usize, &'static str)]) -> Option<usize> {
    let (&(last_at, last), chain) = vs.split_last()?;
    let j = chain.iter().rposition(|&(_, v)| lexicon::takes_case(v))?;
    let contiguous = vs[j..].windows(2).all(|w| w[0].0 + w[0].1.len() == w[1].0);
    let noun_after = s[last_at + last.len()..]
        .chars()
        .next()
        .is_some_and(crate::chars::is_ideograph);
    (contiguous && noun_after).then_some(j)
}

/// Whether the stretch opens with two or more verbs written together and
/// then `案件` (`审查起诉案件`, `提请审查逮捕案件`): a chain of verbs before
/// the noun of cases names the procedure the cases are of, as after a
/// verb that handles a caseload ([`handled_chain`]); an item of a list of
/// caseloads that repeats no verb of its own (`办结审查逮捕案件528件，
/// 审查起诉案件1508件`) is that whole kind.
fn kind_of_case_opens(s: &str, vs: &[(usize, &'static str)]) -> bool {
    let Some(&(last_at, last)) = vs.last() else {
        return false;
    };
    vs.len() >= 2
        && vs[0].0 == 0
        && vs.windows(2).all(|w| w[0].0 + w[0].1.len() == w[1].0)
        && s[last_at + last.len()..].starts_with("案件")
}

/// The verb `vs[k - 1]` is right before the number: the thing counted
/// comes after the measure word, or the verb names it (`组织排查4575次`,
/// with one word before it, when the figure is a count or an `amount`,
/// no share: `义务植树212万株`), or what stands between it and the verb
/// before.
fn phrase_before_verb<'a>(
    s: &'a str,
    vs: &[(usize, &'static str)],
    amount: bool,
    found: &mut Found<'a>,
) -> &'a str {
    let k = vs.len();
    let (at, v) = vs[k - 1];
    let from = if k >= 2 {
        vs[k - 2].0 + vs[k - 2].1.len()
    } else {
        0
    };
    if lexicon::is_weak(v) {
        if k >= 2 {
            found.action = Some(vs[k - 2].1);
        }
        &s[from..]
    } else if s[..at].ends_with(['均', '每']) {
        // `法官人均结案317件`: a rate of what the verb names, with the
        // noun of those it is taken over (`干部人均参训时长`)
        let np = strip_tail(&s[from..at], &mut Tail::default());
        let start = np.as_ptr() as usize - s.as_ptr() as usize;
        &s[start.min(at)..at + v.len()]
    } else {
        let np = strip_tail(&s[from..at], &mut Tail::default());
        let np_end = np.as_ptr() as usize - s.as_ptr() as usize + np.len();
        let word = strip_head(np);
        if np.chars().count() == 1 && np_end == at {
            // `营造林`: one character left before the verb is part
            // of the word the verb was read from
            &s[at - np.len()..at + v.len()]
        } else if k == 1
            && np_end == at
            && amount
            && modified_verb::names_activity(&s[from..at - word.len()], word, v)
        {
            // `义务植树212万株`: one word and the verb name the activity
            &s[at - word.len()..at + v.len()]
        } else {
            // `对重大刑事犯罪批捕17件`: the object the preposition fronts
            object_prep::past_object_prep(np)
        }
    }
}

/// Which of the characters that [`refine_before`]'s rules search for
/// occur in a stretch, read in one pass over its bytes. Valid for the
/// stretch it was read from and every part of it: a character absent
/// from the whole is absent from each part (one present in the whole may
/// be gone from a part, which only costs the search).
#[derive(Clone, Copy)]
struct Marks(u8);

impl Marks {
    /// `以` (`以来`, `以…为…的`).
    const YI: u8 = 1;
    /// `的`.
    const DE: u8 = 2;
    /// `在`.
    const ZAI: u8 = 4;
    /// `等`.
    const DENG: u8 = 8;
    /// `年` or `月` (a dated time phrase).
    const TIME: u8 = 16;

    fn of(s: &str) -> Marks {
        let b = s.as_bytes();
        let mut m = 0;
        let mut i = 0;
        while let Some(&x) = b.get(i) {
            if x < 0xE0 {
                i += if x < 0x80 { 1 } else { 2 };
                continue;
            }
            if x >= 0xF0 {
                i += 4;
                continue;
            }
            // (refused by the last byte first: 以 E4 BB A5, 的 E7 9A 84,
            // 在 E5 9C A8, 等 E7 AD 89, 年 E5 B9 B4, 月 E6 9C 88)
            if matches!(b[i + 2], 0x84 | 0x88 | 0x89 | 0xA5 | 0xA8 | 0xB4) {
                m |= match &b[i..i + 3] {
                    [0xE4, 0xBB, 0xA5] => Marks::YI,
                    [0xE7, 0x9A, 0x84] => Marks::DE,
                    [0xE5, 0x9C, 0xA8] => Marks::ZAI,
                    [0xE7, 0xAD, 0x89] => Marks::DENG,
                    [0xE5, 0xB9, 0xB4] | [0xE6, 0x9C, 0x88] => Marks::TIME,
                    _ => 0,
                };
            }
            i += 3;
        }
        Marks(m)
    }

    /// Whether one of the characters `bits` occurs.
    fn any(self, bits: u8) -> bool {
        self.0 & bits != 0
    }
}

/// The phrase before the number made a noun phrase: modifiers, a time
/// or place phrase inside it dropped; a comparison leaves none (the
/// figure inherits its subject).
fn refine_before<'a>(a_np: &'a str, verb_at_end: bool, found: &mut Found<'a>) -> &'a str {
    // `s` and `rest_np` are stripped already; what stood before a verb is not
    let mut a_np = if verb_at_end {
        let mut tail = Tail {
            before_verb: true,
            ..Tail::default()
        };
        decided_act(strip_tail(strip_head(a_np), &mut tail))
    } else {
        a_np
    };
    // (each rule below looks for a word; one whose character is absent is
    // not searched for)
    let marks = Marks::of(a_np);
    // (`食品、石化等产业增加值分别增长…`: the list is dealt out)
    if !found.respectively && marks.any(Marks::YI | Marks::DENG) {
        a_np = drop_modifiers(a_np);
    }
    // (a rate or share is named with the whole it is taken of:
    // `能够熟练使用…的网民占比`)
    // (and `…企业、…企业的营业收入分别增长`: the list is dealt out)
    if !names_rate(a_np) && !found.respectively {
        a_np = head_of_long(a_np);
    }
    if marks.any(Marks::TIME) {
        a_np = after_inner_time(a_np);
    }
    // `回归以来政府开支`: `…以来` (since …) is a time phrase whatever it
    // begins with; the measure follows it
    if let Some(i) = marks
        .any(Marks::YI)
        .then(|| lexicon::find_word_or(a_np, "以来", "以來"))
        .flatten()
    {
        let rest = &a_np[i + "以来".len()..];
        if rest.chars().nth(1).is_some() {
            a_np = strip_head(rest);
        }
    }
    // `安徽省一季度的GDP`, `政府下年度的总开支`: a time phrase and `的`
    // inside the phrase scope what follows; the measure is after them
    if let Some(i) = marks
        .any(Marks::DE)
        .then(|| lexicon::rfind_word(a_np, "的"))
        .flatten()
    {
        let rest = &a_np[i + '的'.len_utf8()..];
        if rest.chars().nth(1).is_some() && trailing_time(&a_np[..i]).is_some() {
            a_np = rest;
        }
    }
    // `林草产业总产值在全国率先`: a place phrase before the number
    // (not a word that begins with `在`: `在校学生`, `在建项目`)
    if let Some(i) = marks
        .any(Marks::ZAI)
        .then(|| lexicon::find_word(a_np, "在"))
        .flatten()
    {
        if i > 0
            && a_np[i..].chars().count() <= 5
            && dict::segment(&a_np[i..])
                .iter()
                .next()
                .is_some_and(|(a, b, _)| b - a == '在'.len_utf8() && a == 0)
            && !attributive_zai(&a_np[i..])
        {
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
    a_np
}

/// Whether the phrase before a difference opens with `超过` and names the
/// basis it is over (`超过第一产业1.3个百分点`, `超过全国平均水平0.28个
/// 百分点`): the difference is the measure's, named before, as after
/// `高于` ([`COMPARATIVES`]). Only before a difference (points, a multiple,
/// a rate over a bare basis): before a count `超过` opens what is counted
/// (`超过审限的案件12件`), and so before a share or level of what it
/// qualifies (`超过规定标准的企业占比15%`).
fn exceeds_basis(a_np: &str, kind: Kind) -> bool {
    let Some(basis) = a_np.strip_prefix("超过").filter(|b| !b.is_empty()) else {
        return false;
    };
    match kind {
        Kind::PercentagePoint | Kind::Multiple => true,
        Kind::Percent => !basis.contains('的') && !basis.ends_with(['占', '比']),
        _ => false,
    }
}

/// The phrase before a verb without a verb of decision that takes that
/// verb as its object (`决定|起诉348件`: what is counted is the act's
/// omitted object, not the decision) and without the `后` (`之后`, `以后`)
/// that closes a clause before it (`经审查后决定起诉`): what is left is
/// who decided, or nothing.
fn decided_act(a_np: &str) -> &str {
    // (the rules read traditional text in simplified script)
    let Some(head) = a_np.strip_suffix("决定") else {
        return a_np;
    };
    let head = head.trim_end_matches(is_space);
    // `经审查后`: a time clause, no actor
    if ["后", "之后", "以后"].contains(&head) || head.ends_with('后') && head.starts_with('经')
    {
        return "";
    }
    head
}

/// Whether `s`, which opens with `在`, is `在` and one character bound to
/// it before the noun it qualifies (`在园幼儿`, `在岗职工`, `在册人员`): a
/// state of the persons or things counted, as `在校学生` is, not a place
/// phrase before the number.
fn attributive_zai(s: &str) -> bool {
    let words = dict::segment(s);
    let mut it = words.iter();
    let (Some((_, z, _)), Some((a, b, _)), Some((c, d, p))) = (it.next(), it.next(), it.next())
    else {
        return false;
    };
    z == '在'.len_utf8() && a == z && b - a <= 3 && c == b && d == s.len() && p == dict::Pos::Noun
}

/// Whether a physical measure (an area, length, volume or mass) is the
/// object of the verb that ends the stretch before it (`raw`): then the
/// noun after it is what is measured (`共有约257公顷土地`,
/// `可腾出约34公顷的土地` → `土地`), not the agent or place before the
/// verb.
fn measured_after_verb(kind: Kind, raw: &str) -> bool {
    if !matches!(kind, Kind::Area | Kind::Length | Kind::Volume | Kind::Mass) {
        return false;
    }
    // (`粮食产量跃上500亿斤台阶`: a measure named before the verb is
    // what the figure gives)
    if phrase::tail_chars(raw, 8).contains(lexicon::MEASURE_HEAD_END) {
        return false;
    }
    if raw.ends_with('有') {
        return true;
    }
    let tail = phrase::tail_chars(raw, 4);
    dict::segment(tail)
        .iter()
        .last()
        .is_some_and(|(a, b, p)| p == dict::Pos::Verb && b - a >= 6 && b == tail.len())
}

/// Whether `after`, the text from a figure to the next one, is a
/// conjunction and the next list item's name (`香港221.9万人次|及台湾地区|
/// 25.6万人次`, `小学12所|和初中|5所`): that name is the next figure's, not
/// what this one counts. No clause mark may stand in it (one ends the
/// list, or the sentence), nor may it open with a digit.
fn next_item_after(after: &str) -> bool {
    let Some(rest) = ["以及", "及", "和", "与", "與"]
        .iter()
        .find_map(|c| after.strip_prefix(c))
    else {
        return false;
    };
    // (a value after the conjunction shares the noun after it:
    // `750千伏和330千伏电网工程`)
    !rest.is_empty()
        && !rest.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
        && !rest.contains(|c: char| is_clause_mark_char(c) || is_space(c))
}

/// Whether the figure is a rate per unit whose second unit the scanner
/// left after it (`移动电话普及率为127.1部/百人`, `IPv6地址数量为69148块/32`,
/// `死亡率控制在0.6人/百亿元以下`): what follows is its denominator, no
/// noun phrase it counts, and the measure is the one named before it.
fn per_unit_after(after: &str) -> bool {
    after.starts_with(['/', '／'])
}

/// Whether a bracket opens right after the figure (`医院类机构2间（甲医院、
/// 乙医院）`): what it holds names the things counted one by one or
/// remarks on the figure, an apposition, never the thing counted.
fn apposition_after(after: &str) -> bool {
    after.starts_with(['(', '（'])
}

/// The stretch before a figure without the bracket that opens it, the
/// apposition of the figure before (`…2间（甲医院、乙医院）、基层医疗卫生
/// 机构8间`: the stretch of `8间` opens with the bracket after `2间`) and
/// the list mark after that bracket.
fn after_apposition(raw: &str) -> &str {
    if !raw.starts_with(['(', '（']) {
        return raw;
    }
    match raw.find([')', '）']) {
        Some(i) => raw[i..]
            .trim_start_matches([')', '）'])
            .trim_start_matches(['、', '，', ',', '；', ';']),
        None => raw,
    }
}

/// What [`phrase_after`] reads the figure's clause by.
struct Reading<'r, 'a> {
    raw: &'a str,
    s: &'a str,
    after: &'a str,
    kind: Kind,
    unit: Option<&'r str>,
    tail: &'r Tail<'a>,
    found: &'r Found<'a>,
}

/// Whether a count followed by `的` modifies the noun phrase after it
/// (`國內160多萬家的中小企業`, `录得2.6万宗的罪案`): the figure with its
/// measure word is an attribute of that noun, which is what is counted,
/// unless the phrase before is the object of a verb (`完成投资100亿元的
/// 项目`: the sum is the investment's).
fn modifies_after(r: &Reading<'_, '_>, cut: &VerbCut<'_>) -> bool {
    counted(r.kind, r.raw) && !cut.from_verb
}

/// The noun phrase after the measure word, where it may win over the
/// phrase before the number (`a_np`); empty when none.
fn phrase_after<'a>(r: &Reading<'_, 'a>, a_np: &str, cut: &VerbCut<'a>) -> &'a str {
    let Reading {
        raw,
        s,
        after,
        kind,
        unit,
        tail,
        found,
    } = *r;
    let verbal = matches!(unit, Some("次" | "回" | "遍" | "趟" | "轮" | "批" | "批次"));
    // `二十八年间`, `五年来`: a span of time, not a count of things
    let span_of_time = kind == Kind::Duration
        && after.starts_with(['间', '来', '内', '里', '后', '中', '以', '之', '期']);
    // (`、`: a figure that opens a list item, `8个监测断面、12个水源地`)
    let b_trigger = raw.ends_with(['的', '等', '和', '与', '及', '了', '对', '为', '、']);
    let counted = counted(kind, raw);
    let percent = rate_kind(kind);
    // read the noun phrase after the measure word only where it may win
    // `带动上下游千余家企业形成产业集群`: a noun phrase after the measure
    // word that runs on into a predicate is what is counted
    let b_runs_on = counted
        && cut.from_verb
        && unit.is_some()
        && !after.starts_with(|c: char| is_clause_mark_char(c) || is_space(c));
    let measured = measured_after_verb(kind, raw);
    // `一百万千瓦的水电站和六十五万千瓦的火电站`, `210公里农村公路和120万
    // 平方米村内道路`: after a conjunction the figure opens the next
    // conjunct, and measures the noun after it
    let opens_conjunct = raw.ends_with(['和', '与', '與', '及']);
    let b_wanted = a_np.is_empty()
        || opens_conjunct
        || measured
        || cut.verb_at_end
        || (counted && (!cut.from_verb || b_trigger))
        || percent
        || b_runs_on;
    let b_np = if span_of_time
        || !b_wanted
        || per_unit_after(after)
        || apposition_after(after)
        || next_item_after(after)
    {
        ""
    } else if percent {
        match after.strip_prefix('的') {
            Some(r) => read_np(r, false),
            // `，八成以上财政资金用于民生`: a share opening its clause
            None if s.is_empty()
                && found.change.is_none()
                && !tail.level
                && !after.starts_with(['以', '左']) =>
            {
                read_np(after, false)
            }
            None => "",
        }
    } else if measured && after.starts_with('的') {
        // (`在增产三千八百亿斤的基础上`: a frame of place, no thing measured)
        let np = read_np(&after['的'.len_utf8()..], false);
        if np.ends_with(['上', '中', '下', '内', '里']) {
            ""
        } else {
            np
        }
    } else if after.starts_with('的')
        && (a_np.is_empty() || opens_conjunct || modifies_after(r, cut))
    {
        // `相等於約12個月的政府開支`; `錄得3.1萬的單日出入境紀錄`
        read_np(&after['的'.len_utf8()..], false)
    } else if unit == Some("人") && after.starts_with('口') {
        // `13亿多人口的大国`: the unit character begins the noun
        "人口"
    } else if unit.is_some() {
        // `319名具有从宽情节的被告人`: a relative clause before the noun counted
        let np = read_np(after, verbal);
        relative::extended(after, np).unwrap_or(np)
    } else {
        read_np(after, false)
    };
    // `全国共完成`: no noun phrase; `6个抽水蓄能电站建设`: the thing built
    let b_np = strip_head(b_np);
    let b_np = drop_action(b_np);
    // `27万名学前一年幼儿保教费`: a measure word of persons or bodies counts them
    let b_np = counted::by_measure_word(unit, b_np);
    // `3项指标增速全市第一`: the things counted, not what is said of them
    let b_np = counted_predicate::before_predicate(unit, b_np);
    if b_runs_on && !b_trigger && !(a_np.is_empty() || cut.verb_at_end) {
        // only a phrase that a predicate follows, not a remark at the end
        let rest = after.get(b_np.len()..).unwrap_or("");
        let ends = rest.is_empty() || rest.starts_with(is_clause_mark_char);
        // `贯彻防止冤假错案33项制度，`: the thing counted, named where the
        // clause ends
        let thing_counted = thing_after::counts_thing(kind, verbal, b_np);
        if b_np.chars().count() >= 2 && (!ends || thing_counted) && after.starts_with(b_np) {
            b_np
        } else {
            ""
        }
    } else {
        b_np
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_list_item_named_after_a_conjunction() {
        assert!(next_item_after("及台湾地区"));
        assert!(next_item_after("和初中"));
        // (the sentence or clause ends: a remark, not the next item)
        assert!(!next_item_after("及台湾地区。"));
        // (a value after it shares the noun that follows)
        assert!(!next_item_after("和330千伏电网工程"));
        assert!(!next_item_after("台湾地区"));
    }

    #[test]
    fn marks_agree_with_a_search_for_each_character() {
        for s in [
            "以区政府为被告的一审行政应诉案件",
            "政府預計二〇二五至二六年度綜合赤字",
            "林草产业总产值在全国率先",
            "康复大学等高校",
            "3月末GDP",
            "é€𝄞以",
            "收入",
            "",
        ] {
            let m = Marks::of(s);
            assert_eq!(m.any(Marks::YI), s.contains('以'), "{s}");
            assert_eq!(m.any(Marks::DE), s.contains('的'), "{s}");
            assert_eq!(m.any(Marks::ZAI), s.contains('在'), "{s}");
            assert_eq!(m.any(Marks::DENG), s.contains('等'), "{s}");
            assert_eq!(m.any(Marks::TIME), s.contains(['年', '月']), "{s}");
        }
    }

    #[test]
    fn rates_named_by_their_last_word() {
        for np in [
            "合格率",
            "网民占比",
            "比重",
            "市场份额",
            "比例",
            "对比",
            "额",
            "增长",
            "",
            "率a",
        ] {
            let listed = ["率", "占比", "比重", "份额", "比例"]
                .iter()
                .any(|e| np.ends_with(e));
            assert_eq!(names_rate(np), listed, "{np}");
        }
    }

    #[test]
    fn space_is_unicode_white_space() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_space(c), c.is_whitespace() || c == '\u{3000}', "{c:?}");
        }
    }

    #[test]
    fn rates_read_by_bytes_as_by_characters() {
        for raw in [
            "法官人均结案",
            "每千人口拥有",
            "人均可支配收入为",
            "每a千人",
            "均",
            "全市平均每",
        ] {
            let by_chars = raw.chars().rev().take(5).any(|c| c == '每' || c == '均');
            assert_eq!(is_rate(raw), by_chars, "{raw}");
        }
    }

    #[test]
    fn stretches_opening_with_an_ideograph_no_rule_begins_are_kept() {
        // (the rules of strip_head asked in turn, without the bits)
        let acts = |c: char| {
            let s = format!("{c}{c}年第一");
            section::marker_len(&s) > 0
                || period::time_phrase(&s) > 0
                || HEAD_SET.prefix_of(&s).is_some()
        };
        for (k, c) in (IDEOGRAPHS_FROM..)
            .filter_map(char::from_u32)
            .take(IDEOGRAPHS)
            .enumerate()
        {
            if HEAD_STARTS[k / 64] >> (k % 64) & 1 == 0 {
                assert!(!acts(c), "{c}");
                let s = format!("{c}项目");
                assert_eq!(strip_head(&s), s);
            }
        }
    }

    #[test]
    fn no_marker_begins_with_an_ideograph_refused() {
        for c in ('\u{4E00}'..='\u{9FFF}').filter(|&c| !may_open_marker(c)) {
            for rest in ["", "、", "是", "，", ",", "）", ")", "．", ".", "1", "要"] {
                let s = format!("{c}{rest}");
                assert_eq!(section::marker_len(&s), 0, "{s}");
            }
        }
        assert!(may_open_marker('第') && may_open_marker('三') && may_open_marker('('));
    }

    #[test]
    fn list_heads_parse_without_duplicates() {
        let mut seen = std::collections::HashSet::new();
        for w in lexicon::words(LIST_HEADS) {
            assert!(
                !w.contains(char::is_whitespace) && !w.contains(['"', ',', '/']),
                "list-heads.txt: malformed word {w:?}"
            );
            assert!(seen.insert(w), "list-heads.txt: {w} twice");
        }
        let mut items = ["对中亚五国", "东盟进出口"];
        assert!(!list_items(&mut items));
        assert_eq!(items, ["中亚五国", "东盟"]);
        let mut items = ["食品", "石化", "信息等产业增加值"];
        assert!(list_items(&mut items));
        assert_eq!(items, ["食品", "石化", "信息"]);
        let mut items = ["新材料", "生物医药产业产值"];
        assert!(list_items(&mut items));
        assert_eq!(items, ["新材料", "生物医药"]);
        let mut items = ["食品", "药品抽检合格率"];
        assert!(!list_items(&mut items));
        let mut items = ["在第三产业中金融保险", "房地产"];
        list_items(&mut items);
        assert_eq!(items[0], "金融保险");
        let mut items = ["在城乡中小学", "幼儿园"];
        list_items(&mut items);
        assert_eq!(items[0], "城乡中小学");
    }

    #[test]
    fn action_tails_parse_without_duplicates() {
        let mut seen = std::collections::HashSet::new();
        for w in lexicon::words(ACTION_TAILS) {
            assert!(
                !w.contains(char::is_whitespace) && !w.contains(['"', ',', '/']),
                "action-tails.txt: malformed word {w:?}"
            );
            assert!(seen.insert(w), "action-tails.txt: {w} twice");
        }
        assert!(seen.len() > 10);
        assert_eq!(drop_action("民生实事工程落地见效"), "民生实事工程");
        assert_eq!(drop_action("危桥改造"), "危桥");
        // a head of one character is no noun phrase left
        assert_eq!(drop_action("桥改造"), "桥改造");
    }

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

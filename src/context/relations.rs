//! Relations between the figures of one line: lists dealt out by `分别`,
//! shared heads, list ellipsis, and `其中` breakdowns.
//!
//! - Lists: values joined by `、`, `和` right after another
//!   (`分别增长5.3%、8.1%`) share its subject and change; after `分别` a list
//!   of as many items as values is dealt out in order (see [`Lists`]), unless
//!   the items share one head ([`shared_head`]).
//! - `parent`: a metric in a `其中` clause (to the clause end; to the
//!   sentence end after `其中，`) is part of the last metric with the same
//!   unit before `其中` in its sentence. A sentence that opens with `其中`
//!   breaks down the first figure of the same unit in the sentence before
//!   (the total it opens with); after `其中，` its parts run on over `；`
//!   clauses to the full stop (`…收入为A元。其中，甲收入为B元；乙收入为C元。`).
//!   Percentages, multiples, durations, ages, rates (`每千人`, `人均`),
//!   changes (`比去年增加4000亿元`) and figures in a comparing clause
//!   (`比一九五七年的704亿元`) are never wholes or parts; neither are the two
//!   ends of a from–to pair (`由40元提高到80元`). Indices count records from
//!   the start of the document.
//! - `distributive`: as the scanner sets it (`各1名`).
//! - `resolved_subject`: a short list item whose last character matches
//!   the same place in the item before (`一审行政应诉案件27件、二审3件`)
//!   borrows the rest of it: `二审行政应诉案件` ([`resolve_ellipsis`]). A
//!   part with no subject of its own gets its whole's subject. Otherwise
//!   none.

use compact_str::CompactString;

use super::lexicon::{self, dict};
use super::section;
use super::sentence::is_clause_mark;
use crate::quantity::Quantity;
use crate::record::{Direction, Kind, Span};

/// `其中`, the word that opens a breakdown.
const QIZHONG: &str = "其中";

/// What the rules said of one quantity, kept for the breakdown search.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Flags {
    /// It states a change (`比去年增加4000亿元`).
    pub change: bool,
    /// Its clause compares (`比一九五七年的704亿元`, `比预算数…少支…`).
    pub compared: bool,
    /// It is the end of a from–to pair (`提高到80元`).
    pub level: bool,
    /// It is a rate per something (`人均`, `每千人`).
    pub per: bool,
}

/// A change statement as the subject rules found it: direction and basis.
pub(super) type ChangeRef<'a> = (Direction, Option<&'a str>);

/// What the line so far says about the metric before the current one.
#[derive(Clone, Copy, Default)]
pub(super) struct Prev<'a> {
    pub sentence: usize,
    pub subject: Option<&'a str>,
    pub change: Option<ChangeRef<'a>>,
    /// What a bare change after it is of: its subject, or for a share of
    /// a basis (`为预算的101.2%`) what the figure before it was of.
    pub carry: Option<&'a str>,
}

/// A `分别` list being dealt out to the values that follow.
struct Run<'a> {
    items: Vec<&'a str>,
    next: usize,
    left: usize,
}

/// How many of the last records of a line are remembered for a `分别` that
/// deals its values to the figures before it.
const RECENT: usize = 6;

/// The subjects of the figures of a line so far, for lists.
pub(super) struct Lists<'a> {
    prev: Option<Prev<'a>>,
    /// (sentence, subject, whether a change or a share) of the last records
    recent: [(usize, Option<&'a str>, bool); RECENT],
    nrecent: usize,
    run: Option<Run<'a>>,
}

impl<'a> Lists<'a> {
    pub(super) fn new() -> Lists<'a> {
        Lists {
            prev: None,
            recent: [(usize::MAX, None, false); RECENT],
            nrecent: 0,
            run: None,
        }
    }

    /// The figure before, if it is in sentence `si`.
    pub(super) fn prev_in(&self, si: usize) -> Option<Prev<'a>> {
        self.prev.filter(|p| p.sentence == si)
    }

    /// The subject of a value joined to the one before (`、`, `和`): the next
    /// item of the list being dealt out, else `fallback` (the subject of the
    /// value before).
    pub(super) fn next_item(&mut self, fallback: Option<&'a str>) -> Option<&'a str> {
        match self.run.as_mut().filter(|r| r.left > 0) {
            Some(r) => {
                let s = r.items.get(r.next).copied().or(fallback);
                r.next += 1;
                r.left -= 1;
                s
            }
            None => fallback,
        }
    }

    /// A value that is not joined to the one before ends any list.
    pub(super) fn end_run(&mut self) {
        self.run = None;
    }

    /// Deals `items` out, one to each of as many values: returns the first.
    /// A last item that goes on past the form of the others keeps only its
    /// own item ([`parallel_item`]).
    pub(super) fn deal(&mut self, mut items: Vec<&'a str>) -> Option<&'a str> {
        if let Some(cut) = parallel_item(&items) {
            if let Some(last) = items.last_mut() {
                *last = &last[..cut];
            }
        }
        let first = items.first().copied();
        let left = items.len().saturating_sub(1);
        self.run = Some(Run {
            items,
            next: 1,
            left,
        });
        first
    }

    /// The subjects of the last `len` figures of sentence `si`, in order,
    /// if there are as many and none states a change or a share.
    pub(super) fn figures_before(&self, si: usize, len: usize) -> Option<Vec<&'a str>> {
        self.figures_before_of(si, len, false)
    }

    /// [`Lists::figures_before`], where with `changes` the figures may
    /// state changes or shares too (a rate named alone after them is the
    /// rate of each: `分别增长5474万人、4777万人，增长率分别为10.5%、8.8%`).
    pub(super) fn figures_before_of(
        &self,
        si: usize,
        len: usize,
        changes: bool,
    ) -> Option<Vec<&'a str>> {
        let mut items: Vec<&str> = Vec::new();
        for j in 1..=self.nrecent.min(RECENT) {
            let (rs, subj, was_change) = self.recent[(self.nrecent - j) % RECENT];
            if rs != si || items.len() == len {
                break;
            }
            match subj {
                Some(x) if changes || !was_change => items.push(x),
                _ => break,
            }
        }
        items.reverse();
        (items.len() == len).then_some(items)
    }

    /// Records what was said of the current figure, before the next:
    /// `of_basis`, it is a share of a basis; `compared`, it is a value
    /// compared with, set in brackets (`比全省（7.4%）`), with the measure
    /// compared if one is named: no list to deal out, and no measure of
    /// a bare difference after it.
    pub(super) fn push(
        &mut self,
        si: usize,
        subject: Option<&'a str>,
        change: Option<ChangeRef<'a>>,
        kind: Kind,
        (of_basis, compared): (bool, Option<Option<&'a str>>),
    ) {
        let no_item = change.is_some() || never_part(kind) || compared.is_some();
        self.recent[self.nrecent % RECENT] = (si, subject, no_item);
        self.nrecent += 1;
        // `收入完成320亿元，为预算的101.2%，增长6.3%`: the growth is the
        // income's, not the budget's; `比全省（7.4%）和全国（6.3%）分别高`:
        // the differences are the measure's, not the places'
        let before = || self.prev_in(si).and_then(|p| p.carry);
        let carry = match compared {
            Some(measure) => measure.or_else(before).or(subject),
            None if of_basis => before().or(subject),
            None => subject,
        };
        self.prev = Some(Prev {
            sentence: si,
            subject,
            change,
            carry,
        });
    }
}

/// Whether the clause before a percentage (`before`) makes it a share of
/// a basis the clause names (`为预算的`, `为调整预算的`, `相当于全年计划的`,
/// `完成年度目标的`, `完成预算数`): what the figure is of was named before it.
pub(super) fn share_of_basis(before: &str) -> bool {
    let b = before.trim();
    (b.ends_with('的')
        && (b.starts_with(['为', '為', '是'])
            || ["相当于", "相當於", "完成", "达到", "達到"]
                .iter()
                .any(|w| b.starts_with(w))))
        || completes_named_basis(b)
}

/// Whether a figure is a share of a basis (see [`share_of_basis`]) or
/// states that basis: `完成年初预算数60999万元的40.4%` names the amount of
/// the basis after `完成`, `的` and the share right after it; the share
/// of the figure before (`…万元的40.4%`) is of that basis too; so is the
/// amount of a target after `比` (`比“十五”计划目标1080亿元`,
/// [`super::subject::planned_basis_before`]). The clause's later figures
/// (`，比上年减收1070万元`) are then the topic's.
pub(super) fn names_basis(kind: Kind, before: &str, after: &str) -> bool {
    if kind == Kind::Percent {
        share_of_basis(before) || trimmed_is(before, "的")
    } else {
        (trimmed_is(after, "的")
            && (completes_named_basis(before.trim()) || super::after_share_verb(before)))
            || super::subject::planned_basis_before(before)
    }
}

/// Whether `s.trim() == w` (`w` not beginning with white space): asked of
/// every figure's clause, so most `s` are refused by their first byte,
/// without the trim, which reads both ends and tests them against
/// Unicode's white space.
fn trimmed_is(s: &str, w: &str) -> bool {
    match s.as_bytes().first() {
        Some(&b) if !may_lead_space(b) && !s.starts_with(w) => false,
        _ => s.trim() == w,
    }
}

/// Whether `b` may be the first byte of a white-space character
/// (`char::is_whitespace`): ASCII ones, and the lead bytes of U+0085,
/// U+00A0 (`C2`), U+1680 (`E1`), U+2000..U+205F (`E2`) and U+3000 (`E3`).
fn may_lead_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ' | 0xC2 | 0xE1 | 0xE2 | 0xE3)
}

/// Whether verb `v` is one of completion, which before a basis states a
/// share of it (`完成预算的104.3%`, `实现目标的`, `完成年度计划98%`).
pub(super) fn completes(v: &str) -> bool {
    matches!(v, "完成" | "实现" | "达到")
}

/// Whether `b` is a verb of completion ([`completes`]) and a basis with no
/// `的` (`完成预算数107.06%`, `完成年度计划98%`): the figure is a share of
/// that basis.
fn completes_named_basis(b: &str) -> bool {
    b.get(..6).is_some_and(completes)
        && ["预算", "预算数", "计划", "任务", "目标"]
            .iter()
            .any(|w| b.ends_with(w))
}

/// Whether `s` holds only list joiners (`、`, `和`, `及`, `与`, `或`, `至`)
/// and white space.
pub(super) fn only_joins(s: &str) -> bool {
    s.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '、' | '和' | '及' | '与' | '或' | '至')
    })
    .is_empty()
}

/// The direction of a change verb written after a join between two values
/// (`分别上升3.6%和下降3.4%`, `增长5%、减少2%`): each value of one `分别`
/// may carry its own verb. `None` unless `s` is a join and a change verb
/// of the up or down lists, nothing else.
pub(super) fn join_then_change(s: &str) -> Option<Direction> {
    // (a join and a verb of up to three characters: longer stretches are
    // refused on their length, before any set is asked)
    if s.len() > 15 {
        return None;
    }
    let rest = s.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '、' | '和' | '及' | '与' | '與')
    });
    let rest = rest.trim_end();
    if rest.len() == s.len() || rest.is_empty() {
        return None;
    }
    let whole = |w: Option<&str>| w.is_some_and(|w| w.len() == rest.len());
    if whole(lexicon::UP_TAIL.suffix_of(rest)) {
        Some(Direction::Up)
    } else if whole(lexicon::DOWN_TAIL.suffix_of(rest)) {
        Some(Direction::Down)
    } else {
        None
    }
}

/// Whether the items of a list before its last are bare ordinals that
/// leave the head to the last (`第一、二、三产业增加值`): the items are
/// no noun phrases to deal out one to a value. The first may carry the
/// modifier they share before its ordinal (`海洋第一、第二、第三产业增加值`).
pub(super) fn elided_ordinals(items: &[&str]) -> bool {
    let ordinal = |c: char| c == '第' || c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
    let bare = |i: &&str| !i.is_empty() && i.chars().all(ordinal);
    let shared_before = |i: &str| {
        let rest = i.trim_end_matches(|c: char| c != '第' && ordinal(c));
        rest.len() < i.len() && rest.ends_with('第')
    };
    match items {
        [first, middle @ .., _] => (bare(first) || shared_before(first)) && middle.iter().all(bare),
        _ => false,
    }
}

/// Kinds that are never wholes or parts of a breakdown.
pub(super) fn never_part(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Percent
            | Kind::PercentagePoint
            | Kind::Permille
            | Kind::Multiple
            | Kind::Duration
            | Kind::Age
            | Kind::Temperature
    )
}

/// Whether a clause compares with something (`比上年`, `较2018年`), which
/// makes its figures bases or differences rather than totals or parts.
pub(super) fn has_comparison(clause: &str) -> bool {
    // (found by their last bytes, 比 E6 AF 94, 较 E8 BE 83, 較 E8 BC 83,
    // with memchr, then told by the two before: no character decoded on
    // the way)
    let b = clause.as_bytes();
    memchr::memchr2_iter(0x94, 0x83, b).any(|end| {
        let i = end.saturating_sub(2);
        matches!(b[i..=end], [0xE6, 0xAF, 0x94] | [0xE8, 0xBE | 0xBC, 0x83]) && {
            let rest = &clause[end + 1..];
            !(rest.starts_with(['重', '例', '率', '值', '赛', '较', '如'])
                || clause[..i].ends_with(['对', '相', '类', '无']))
        }
    })
}

/// The last run of joined values read on a line ([`JoinedRuns::len`]):
/// the values `first..=last` are joined one to the next, and `last` is
/// joined to none after it in the sentence ending at `sent_end`. Valid for
/// one line (a [`super::LineState`] holds it); it makes asking every value
/// of a run cost one reading of the run, not one each (a line of
/// thousands of joined values would be read in quadratic time).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct JoinedRuns {
    /// (first, last, sent_end) of the run read last.
    last: Option<(usize, usize, usize)>,
}

impl JoinedRuns {
    /// How many values from the `k`-th on are joined by `、`, `和` only
    /// (or, values of one kind, with a change verb of their own:
    /// `上升3.6%和下降3.4%`, not `31.3万个、增长46.1%`), within the
    /// sentence ending at `sent_end`: the values of one `分别`.
    pub(super) fn len(
        &mut self,
        line: &str,
        quantities: &[Quantity<'_>],
        k: usize,
        sent_end: usize,
    ) -> usize {
        if let Some((first, last, end)) = self.last {
            if end == sent_end && (first..=last).contains(&k) {
                return last - k + 1;
            }
        }
        let mut last = k;
        for w in quantities[k..].windows(2) {
            let between = &line[w[0].span.end..w[1].span.start];
            if w[1].span.start >= sent_end
                || super::counted_twice::one_thing(&w[0], &w[1], between)
                || !(only_joins(between)
                    || (w[0].kind == w[1].kind && join_then_change(between).is_some()))
            {
                break;
            }
            last += 1;
        }
        self.last = Some((k, last, sent_end));
        last - k + 1
    }
}

/// Where the last item of a list ends when the items before it all end in
/// one character and the last item holds a word ending in it, with a head
/// of two characters or more after it: items of one form share that head
/// (`急难型、支出型临时救助标准` → `支出型`; `高技术制造业、装备制造业增加值`
/// → `装备制造业`). Items of three characters or more only: `食品、药品抽检
/// 合格率` is a short list of kinds before one measure, kept whole.
pub(super) fn parallel_item(items: &[&str]) -> Option<usize> {
    let (last, others) = items.split_last()?;
    let c = others.first()?.chars().next_back()?;
    let form = others
        .iter()
        .all(|s| s.chars().count() >= 3 && s.ends_with(c));
    if !form {
        return None;
    }
    let cut = last.find(c)? + c.len_utf8();
    let (item, head) = last.split_at(cut);
    // at a word boundary (not `近岸海域水|质`), no quote or bracket cut
    // (`“口袋公园|”保有量`)
    let whole = dict::segment(last).around(cut).is_none()
        && [('“', '”'), ('（', '）'), ('(', ')'), ('《', '》')]
            .iter()
            .all(|&(o, c)| item.matches(o).count() == item.matches(c).count());
    // (a share names its whole with the parts: `甲、乙增加值占工业比重`)
    let share = head.contains('占');
    (whole && !share && item.chars().count() >= 3 && head.chars().count() >= 2).then_some(cut)
}

/// Whether a list item is one adjective or distinguishing word and no
/// more (`刑事`, `国有`): no noun phrase of its own, it qualifies the head
/// written once after the last item (`刑事、治安案件`, `国有、民营企业`),
/// and the list is kept whole for each value, as a list of kinds before
/// one measure is (`食品、药品抽检合格率`).
pub(super) fn attribute_only(item: &str) -> bool {
    let words = dict::segment(item);
    let mut it = words.iter();
    matches!(
        (it.next(), it.next()),
        (Some((0, b, dict::Pos::Adj)), None) if b == item.len()
    )
}

/// Whether the items of a `分别` list share one head: the last names a
/// measure (`合格率`) and the first does not (`食品`); not when the items
/// have one form ([`parallel_item`]), which are dealt out.
pub(super) fn shared_head(items: &[&str]) -> bool {
    if parallel_item(items).is_some() {
        return false;
    }
    let ends = lexicon::ends_as_measure;
    // (`人次` names a measure too: `游客人次、旅游花费` share nothing)
    let first_ends = |s: &str| ends(s) || s.ends_with("人次");
    match (items.first(), items.last()) {
        // `食品、药品抽检合格率`; `国家级、部级创新平台`
        (Some(f), Some(l)) => {
            let (nf, nl) = (f.chars().count(), l.chars().count());
            // (a last item of one measure word, `国内游客人次、总花费`, shares
            // nothing)
            (ends(l) && !first_ends(f) && (nf <= nl || nl >= 6)) || (nf <= 3 && nl >= nf + 3)
        }
        _ => false,
    }
}

/// Whether every item of a list joined by `、`, `和`, `与` or `及` names a
/// measure of its own, ending as a measure's name does
/// (`运输总周转量、旅客运输量和货邮运输量`): its values then go one to each
/// item even where no `分别` deals them out (`…65.8亿吨公里、3513.2万人和
/// 74.9万吨`).
pub(super) fn each_a_measure(list: &str) -> bool {
    let mut n = 0;
    let all = list.split(['、', '和', '与', '及']).all(|item| {
        n += 1;
        let ends = lexicon::ends_as_measure(item);
        item.chars().nth(1).is_some() && ends
    });
    all && n > 1
}

/// Whether the first item of a `、` list is a noun phrase of its own, four
/// characters or more (`工业机器人、锂电子电池产量`, `可穿戴智能设备、智能家用
/// 电器和音像器材商品零售额`): each item is a thing the shared measure is
/// taken of, and each value is its own. A short first item (`食品、药品抽检
/// 合格率`, `对东盟、…国家进出口总额`) is a kind before one measure of them;
/// so is a list in a share (`先进制造业、高技术制造业增加值占…比重`: the
/// share is written once for both) or in a clause with `的`
/// (`提出的抗诉、再审检察建议法院改判占比`).
pub(super) fn first_stands_alone(items: &[&str]) -> bool {
    items.first().is_some_and(|f| f.chars().nth(3).is_some())
        && !items.iter().any(|s| s.contains(['占', '佔', '的']))
}

/// `二审` after `一审行政应诉案件`: `二审行政应诉案件`.
pub(super) fn resolve_ellipsis(short: &str, full: &str) -> Option<CompactString> {
    let n = short.chars().count();
    if n == 0 || n > 3 || full.chars().count() <= n + 1 {
        return None;
    }
    let last = short.chars().last()?;
    let (i, c) = full.char_indices().nth(n - 1)?;
    if c != last || full.starts_with(short) {
        return None;
    }
    Some(compact_str::format_compact!(
        "{short}{}",
        &full[i + c.len_utf8()..]
    ))
}

/// Where the parts of a `其中` breakdown are, and where their whole may be.
#[derive(Clone, Copy, Debug)]
struct PartScope {
    /// Offset of `其中`.
    at: usize,
    /// End of the stretch its parts are in.
    end: usize,
    /// Where the whole may start.
    whole_from: usize,
    /// The whole is in the sentence before (a sentence opening with `其中`).
    across: bool,
}

/// What a figure is to a breakdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Part {
    /// Neither whole nor part.
    None,
    /// The end of a from–to pair inside the breakdown (`由40元提高到80元`):
    /// the start of the pair is no part either.
    Level,
    /// A part of the `j`-th figure of the line.
    Of(usize),
}

/// The `其中` breakdown in force in a line.
#[derive(Default)]
pub(super) struct Parts {
    scope: Option<PartScope>,
}

impl Parts {
    /// Opens the scope of the last `其中` of sentence `si` (span `sent`)
    /// before the quantity at `q_start`, if there is one.
    pub(super) fn enter(
        &mut self,
        line: &str,
        sentences: &[Span],
        qizhong: &[usize],
        (si, sent): (usize, Span),
        q_start: usize,
    ) {
        let sent_start = sent.start.min(q_start);
        let Some(&at) = qizhong
            .iter()
            .rev()
            .find(|&&p| p >= sent_start && p + QIZHONG.len() <= q_start)
        else {
            return;
        };
        let after_qz = &line[at + QIZHONG.len()..];
        let head = line[sent.start..at].trim();
        let opens = head.len() == section::marker_len(head);
        let prev_sentence_start = si
            .checked_sub(1)
            .and_then(|p| sentences.get(p))
            .map_or(usize::MAX, |s| s.start);
        let (end, whole_from) = if opens && after_qz.starts_with(is_clause_mark) {
            // `…总额A元。其中，甲B元；乙C元。`: the parts run over the
            // `；` clauses, the whole is in the sentence before
            let mut e = si;
            while e + 1 < sentences.len() && line[sentences[e].range()].ends_with(['；', ';']) {
                e += 1;
            }
            let end = sentences.get(e).map_or(sent.end, |s| s.end);
            (end, prev_sentence_start)
        } else if after_qz.starts_with(is_clause_mark) {
            (sent.end, sent.start)
        } else {
            let end = after_qz
                .char_indices()
                .find(|&(_, c)| is_clause_mark(c))
                .map_or(sent.end, |(i, _)| at + QIZHONG.len() + i);
            // `…7500多万户。其中参加高级社的农户达到470多万户。`
            (
                end,
                if opens {
                    prev_sentence_start
                } else {
                    sent.start
                },
            )
        };
        self.scope = Some(PartScope {
            at,
            end,
            whole_from,
            across: opens,
        });
    }

    /// What the `k`-th quantity of the line is to the breakdown in force;
    /// `flags` are those of the quantities before it, `own` its own, and
    /// `clause` its clause up to it.
    pub(super) fn part(
        &self,
        quantities: &[Quantity<'_>],
        flags: &[Flags],
        k: usize,
        own: Flags,
        clause: &str,
    ) -> Part {
        let Some(scope) = self.scope else {
            return Part::None;
        };
        let q = &quantities[k];
        if !(q.span.start > scope.at
            && q.span.start < scope.end
            && !never_part(q.kind)
            && !own.per
            && !has_comparison(clause))
        {
            return Part::None;
        }
        if own.level {
            return Part::Level;
        }
        // the whole: the last figure before 其中, in its sentence (or the
        // first of the sentence before, for a sentence-opening 其中)
        let mut whole = None;
        for j in (0..k).rev() {
            let w = &quantities[j];
            if w.span.end > scope.at {
                continue;
            }
            if w.span.start < scope.whole_from {
                break;
            }
            // a change or a rate is no whole: `比去年增加4000亿元`
            let wf = flags.get(j).copied().unwrap_or_default();
            if never_part(w.kind) || wf.change || wf.per || wf.compared {
                continue;
            }
            if w.unit == q.unit {
                whole = Some(j);
                // in the sentence before, its first such figure (the total
                // it opens with); here, the last
                if !scope.across {
                    break;
                }
            }
        }
        whole.map_or(Part::None, Part::Of)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_whose_items_each_name_a_measure() {
        assert!(each_a_measure("运输总周转量、旅客运输量和货邮运输量"));
        assert!(each_a_measure("事故起数和死亡人数"));
        // an item naming no measure, or one item only
        assert!(!each_a_measure("工业机器人、锂电子电池产量"));
        assert!(!each_a_measure("社会保障和就业支出"));
        assert!(!each_a_measure("旅客运输量"));
    }

    #[test]
    fn first_items_that_stand_alone() {
        assert!(first_stands_alone(&["工业机器人", "锂电子电池产量"]));
        assert!(first_stands_alone(&["限上新能源汽车", "节能家电零售额"]));
        // short kinds before one measure; a share; a clause with 的
        assert!(!first_stands_alone(&["食品", "药品抽检合格率"]));
        assert!(!first_stands_alone(&[
            "先进制造业",
            "高技术制造业增加值占规上工业比重"
        ]));
        assert!(!first_stands_alone(&[
            "提出的抗诉",
            "再审检察建议法院改判占比"
        ]));
    }

    #[test]
    fn comparisons_found_by_bytes_as_by_characters() {
        let naive = |clause: &str| {
            clause.match_indices(['比', '较', '較']).any(|(i, c)| {
                let rest = &clause[i + c.len()..];
                !(rest.starts_with(['重', '例', '率', '值', '赛', '较', '如'])
                    || clause[..i].ends_with(['对', '相', '类', '无']))
            })
        };
        for clause in [
            "比上年增长5%",
            "较2018年",
            "較上年同期",
            "占比重",
            "相比",
            "比较",
            "比例为",
            "无比",
            "相较于去年，比上年",
            "营业收入83亿元",
            "比",
            "",
            "a比b",
        ] {
            assert_eq!(has_comparison(clause), naive(clause), "{clause}");
        }
    }

    #[test]
    fn ellipsis_borrows_the_rest_of_the_item_before() {
        assert_eq!(
            resolve_ellipsis("二审", "一审行政应诉案件").as_deref(),
            Some("二审行政应诉案件")
        );
        assert_eq!(resolve_ellipsis("假释", "缓刑"), None);
        assert_eq!(resolve_ellipsis("一审", "一审行政应诉案件"), None);
    }

    #[test]
    fn heads_shared_or_not() {
        assert!(shared_head(&["食品", "药品抽检合格率"]));
        assert!(!shared_head(&["生产安全事故起数", "死亡人数"]));
        assert!(!shared_head(&["国内游客人次", "总花费"]));
        assert!(!shared_head(&["急难型", "支出型临时救助最低标准"]));
        assert_eq!(
            parallel_item(&["高技术制造业", "装备制造业增加值"]),
            Some("装备制造业".len())
        );
        assert_eq!(parallel_item(&["食品", "药品抽检合格率"]), None);
    }

    #[test]
    fn comparisons() {
        assert!(has_comparison("比一九五七年的"));
        assert!(has_comparison("较上年"));
        assert!(!has_comparison("占全市比重"));
        assert!(!has_comparison("相比"));
    }

    #[test]
    fn lists_deal_in_order() {
        let mut l = Lists::new();
        assert_eq!(l.deal(vec!["甲", "乙", "丙"]), Some("甲"));
        assert_eq!(l.next_item(None), Some("乙"));
        assert_eq!(l.next_item(None), Some("丙"));
        assert_eq!(l.next_item(Some("丁")), Some("丁"));
    }

    #[test]
    fn a_join_then_a_change_verb_states_its_direction() {
        assert_eq!(join_then_change("和下降"), Some(Direction::Down));
        assert_eq!(join_then_change("、上升"), Some(Direction::Up));
        assert_eq!(join_then_change("及增长"), Some(Direction::Up));
        // no join, or more than the verb after it
        assert_eq!(join_then_change("下降"), None);
        assert_eq!(join_then_change("和"), None);
        assert_eq!(join_then_change("和营业收入下降"), None);
        assert_eq!(join_then_change("，同比下降"), None);
    }

    #[test]
    fn bare_ordinals_leave_the_head_to_the_last_item() {
        assert!(elided_ordinals(&["第一", "二", "三产业增加值"]));
        assert!(elided_ordinals(&["一", "二级医院"]));
        assert!(!elided_ordinals(&["第一产业", "第二产业"]));
        assert!(!elided_ordinals(&["三产业增加值"]));
    }

    #[test]
    fn completing_a_named_basis_is_a_share_of_it() {
        assert!(share_of_basis("完成预算数"));
        assert!(share_of_basis("完成年度计划"));
        assert!(share_of_basis("完成预算的"));
        assert!(!share_of_basis("完成投资"));
        assert!(!share_of_basis("预算数"));
        assert!(names_basis(Kind::Money, "完成年初预算数", "的"));
        assert!(!names_basis(Kind::Money, "完成年初预算数", "，比上年"));
        assert!(names_basis(Kind::Percent, "的", "，比上年减收"));
        assert!(names_basis(Kind::Percent, " 的\u{3000}", "，比上年减收"));
        assert!(names_basis(Kind::Money, "完成年初预算数", "\u{a0}的 "));
        assert!(!names_basis(Kind::Money, "完成年初预算数", "的确"));
        assert!(!names_basis(Kind::Money, "的", "，比上年减收"));
    }

    #[test]
    fn every_white_space_character_begins_with_a_space_lead_byte() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if c.is_whitespace() {
                let mut buf = [0u8; 4];
                assert!(
                    may_lead_space(c.encode_utf8(&mut buf).as_bytes()[0]),
                    "{c:?}"
                );
            }
        }
    }
}

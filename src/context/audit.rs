//! Arithmetic checks on what a report states.
//!
//! Reports state breakdowns (`在册社区服刑人员333人，其中缓刑323人、假释1人、
//! 暂予监外执行9人`) and rates (`受理率74%`) whose arithmetic can be checked
//! from the figures alone. [`audit`] runs the checks over the records of one
//! document, as [`Extractor::extract`](crate::Extractor::extract) returns
//! them.
//!
//! Each [`Finding`] says how sure it is ([`Confidence`]) and why. What is
//! no finding (rounding, rates of other figures, other units) is told on
//! [`audit`].

use std::collections::BTreeMap;
use std::fmt;

use crate::record::{Approx, Kind, Metric, Span};

/// How sure a [`Finding`] is, from the weakest to the strongest (the order
/// of `Ord`).
///
/// With the `serde` feature it serializes as `"possible"`, `"likely"` or
/// `"certain"`.
///
/// # Example
///
/// ```
/// use zh_metrics::Confidence;
///
/// assert!(Confidence::Certain > Confidence::Likely);
/// assert_eq!(Confidence::Possible.as_str(), "possible");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Confidence {
    /// The figures disagree only if a reading the text does not settle
    /// holds: the list of parts is complete, a whole stated in an earlier
    /// sentence is the one the parts break down, the parts do not fit
    /// another figure of their sentence (`受理案件500件，审结480件，其中…`),
    /// or parts more than twice their whole measure the same thing.
    Possible,
    /// The figures disagree on the plain reading, but a reading exists in
    /// which they agree: listed parts may overlap (`其中女性…、党员…`), a
    /// rate may be taken over a base the text does not name.
    Likely,
    /// No reading of the figures as written makes them agree: one part
    /// alone exceeds its whole, in the same sentence (and the parts are
    /// less than twice the whole: far above it, a part more likely
    /// measures something else, and the finding is `Possible`).
    Certain,
}

impl Confidence {
    /// The name as it appears in JSON: `"likely"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Possible => "possible",
            Confidence::Likely => "likely",
            Confidence::Certain => "certain",
        }
    }

    /// One step less sure (`Possible` stays).
    fn lowered(self) -> Confidence {
        match self {
            Confidence::Certain => Confidence::Likely,
            _ => Confidence::Possible,
        }
    }
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What an arithmetic check found.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum FindingKind {
    /// The parts of a breakdown (`其中…`) sum to more than their whole, by
    /// more than the rounding of the written figures allows.
    PartsExceedWhole {
        /// The whole as stated.
        whole: f64,
        /// What the parts add up to (their lower bounds).
        sum: f64,
    },
    /// Exact parts that cover most but not all of their exact whole (90% or
    /// more), short by more than the rounding of the written figures: if the
    /// list is complete, it does not add up.
    BreakdownShort {
        /// The whole as stated.
        whole: f64,
        /// What the parts add up to.
        sum: f64,
    },
    /// A rate stated right after a part of a breakdown, naming that part
    /// (`其中受理80件，受理率84%`), that differs from the part's share of its
    /// whole by more than rounding allows.
    PercentMismatch {
        /// The percentage as stated.
        stated: f64,
        /// The share computed from the figures, in percent.
        computed: f64,
    },
}

impl FindingKind {
    /// A short snake_case name of the check: `"parts_exceed_whole"`,
    /// `"breakdown_short"`, `"percent_mismatch"`.
    pub fn as_str(&self) -> &'static str {
        match self {
            FindingKind::PartsExceedWhole { .. } => "parts_exceed_whole",
            FindingKind::BreakdownShort { .. } => "breakdown_short",
            FindingKind::PercentMismatch { .. } => "percent_mismatch",
        }
    }
}

/// One finding of [`audit`]: what is wrong, how sure it is, and the places
/// involved.
///
/// This is passive data: all fields are public.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// What the check found, with the figures.
    pub kind: FindingKind,
    /// How sure the finding is.
    pub confidence: Confidence,
    /// Why it is that sure, in a sentence: `"one part alone exceeds its
    /// whole, in the same sentence"`.
    pub reason: &'static str,
    /// Index (in the records given to [`audit`]) of the whole.
    pub whole: usize,
    /// Indices of the other records involved: the parts, or the part and
    /// the stated percentage.
    pub others: Vec<usize>,
    /// Byte span of the whole in the document.
    pub first: Span,
    /// Byte span from the first to the last of the other records.
    pub second: Span,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            FindingKind::PartsExceedWhole { whole, sum } => write!(
                f,
                "parts sum to {} but the whole is {} (bytes {:?} and {:?})",
                num(sum),
                num(whole),
                self.first,
                self.second
            ),
            FindingKind::BreakdownShort { whole, sum } => write!(
                f,
                "parts sum to {} of a whole of {}: {} missing if the list is complete (bytes {:?} and {:?})",
                num(sum),
                num(whole),
                num(whole - sum),
                self.first,
                self.second
            ),
            FindingKind::PercentMismatch { stated, computed } => write!(
                f,
                "stated {}% but the figures give {:.2}% (bytes {:?} and {:?})",
                num(stated),
                computed,
                self.first,
                self.second
            ),
        }
    }
}

fn num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        // the shortest form that reads back, without float noise
        let s = format!("{x:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

fn summable(kind: Kind) -> bool {
    !matches!(
        kind,
        Kind::Percent | Kind::PercentagePoint | Kind::Permille | Kind::Multiple | Kind::Other
    )
}

/// A value the metric is at least, when the text says so.
fn lower_bound(m: &Metric) -> Option<f64> {
    match m.approx() {
        Approx::Exact | Approx::MoreThan | Approx::AtLeast => Some(m.value()),
        _ => None,
    }
}

/// A value the metric is at most, when the text says so.
fn upper_bound(m: &Metric) -> Option<f64> {
    match m.approx() {
        Approx::Exact | Approx::Nearly | Approx::LessThan | Approx::AtMost => {
            Some(m.upper().unwrap_or(m.value()))
        }
        _ => None,
    }
}

/// Digits as the numerals of reports write them: Arabic (ASCII and
/// full-width), Chinese, and the financial forms.
const DIGITS: &str =
    "0123456789０１２３４５６７８９〇零一二三四五六七八九两兩壹贰貳叁參叄肆伍陆陸柒捌玖";

/// Decimal points: `.`, `．`, and `点` in Chinese numerals (`九十四點三`).
const POINTS: &str = ".．点點";

/// The place a magnitude character gives the digit before it; `成` (tenths,
/// in percent) only for percentages.
fn magnitude(c: char, kind: Kind) -> Option<f64> {
    Some(match c {
        '十' | '拾' => 10.0,
        '百' | '佰' => 100.0,
        '千' | '仟' => 1e3,
        '万' | '萬' => 1e4,
        '亿' | '億' => 1e8,
        '成' if kind == Kind::Percent => 10.0,
        _ => return None,
    })
}

/// Half a unit of the last digit the metric is written with, in the units
/// of its value: how far the rounding of the written figure may be from
/// what it reports. `57.35亿元` → 0.005亿 (500 000), `1.5万人` → 500,
/// `2万人` → 5000, `2900元` → 0.5, `74.1%` → 0.05, `三成` → 5, `百余人` → 50;
/// a count written to the unit (`2900件`) is exact: 0.
///
/// Read from [`Metric::text`]: the decimals after the point of the last
/// digit run, times the magnitude characters right after it (`万`, `亿`,
/// `千`…), but never more than the leading place of the value (the `千` of
/// `3千米` is the unit's). A numeral with no digit (`百余`, `近千`) is good
/// to its leading place.
fn half_unit(m: &Metric) -> f64 {
    let value = m.upper().unwrap_or(m.value()).abs();
    let leading = if value > 0.0 {
        10f64.powf(value.log10().floor())
    } else {
        f64::INFINITY
    };
    let chars: Vec<char> = m.text().chars().collect();
    let Some(last) = chars.iter().rposition(|&c| DIGITS.contains(c)) else {
        return 0.5 * if leading.is_finite() { leading } else { 1.0 };
    };
    let run_start = chars[..last]
        .iter()
        .rposition(|&c| !DIGITS.contains(c))
        .map_or(0, |i| i + 1);
    let decimals = match run_start.checked_sub(1) {
        Some(p) if POINTS.contains(chars[p]) => (last + 1 - run_start) as i32,
        _ => 0,
    };
    // `300多万`: a 余/多 inside the numeral does not end its magnitude
    let scale: f64 = chars[last + 1..]
        .iter()
        .filter(|&&c| c != '余' && c != '多')
        .map_while(|&c| magnitude(c, m.kind()))
        .product();
    let place = (scale * 10f64.powi(-decimals.min(12))).min(leading);
    // things counted one by one are whole: `333人` is exactly 333
    if m.kind() == Kind::Count && place <= 1.0 {
        return 0.0;
    }
    0.5 * place
}

/// Room for the binary rounding of `f64` values of size `x`.
fn float_slack(x: f64) -> f64 {
    1e-9 * x.abs().max(1.0)
}

fn span_of(ms: &[Metric], idx: &[usize]) -> Span {
    let start = idx.iter().map(|&i| ms[i].start()).min().unwrap_or(0);
    let end = idx.iter().map(|&i| ms[i].end()).max().unwrap_or(0);
    Span { start, end }
}

/// The wholes of the document with their parts, in order.
fn breakdowns(metrics: &[Metric]) -> BTreeMap<usize, Vec<usize>> {
    let mut parts: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, m) in metrics.iter().enumerate() {
        match m.parent() {
            Some(p) if p < i => parts.entry(p).or_default().push(i),
            _ => {}
        }
    }
    parts
}

/// Whether two parts name nested things, one a kind of the other
/// (`医院`, `民营医院`): such lists overlap, their sum says nothing.
fn nested(a: &Metric, b: &Metric) -> bool {
    match (
        a.resolved_subject().or(a.subject()),
        b.resolved_subject().or(b.subject()),
    ) {
        (Some(x), Some(y)) => x != y && (x.ends_with(y) || y.ends_with(x)),
        _ => false,
    }
}

/// Checks one breakdown: parts over the whole, or a complete-looking list
/// just short of it.
fn check_breakdown(metrics: &[Metric], w: usize, parts: &[usize]) -> Option<Finding> {
    let whole = &metrics[w];
    if !summable(whole.kind()) {
        return None;
    }
    let same: Vec<usize> = parts
        .iter()
        .copied()
        .filter(|&i| metrics[i].unit() == whole.unit() && !metrics[i].is_distributive())
        .collect();
    if same.is_empty() {
        return None;
    }
    let (kind, confidence, reason, others) = breakdown_verdict(metrics, whole, &same)?;
    let across = same
        .iter()
        .any(|&i| metrics[i].sentence() != whole.sentence());
    let all: f64 = same.iter().map(|&i| metrics[i].value()).sum();
    // a sum more than twice its whole: more likely another measure taken
    // for a part (`新增就业1.2万人，其中…累计15万人`) than a slip
    let (confidence, reason) = if all > 2.0 * whole.value() {
        (Confidence::Possible, FAR)
    } else if fits_another_whole(metrics, w, &same, kind) {
        (Confidence::Possible, ANOTHER_WHOLE)
    } else if across {
        (confidence.lowered(), across_reason(reason))
    } else {
        (confidence, reason)
    };
    Some(Finding {
        kind,
        confidence,
        reason,
        whole: w,
        second: span_of(metrics, &others),
        others,
        first: whole.span(),
    })
}

/// Whether parts found over their whole `w` would fit another figure of
/// the whole's sentence, stated before them in the same unit: in
/// `受理案件500件，审结480件，其中民事案件300件、刑事案件190件` the parts may
/// break down the 500 as well as the 480, so which whole they belong to is
/// not plain.
fn fits_another_whole(metrics: &[Metric], w: usize, parts: &[usize], kind: FindingKind) -> bool {
    let FindingKind::PartsExceedWhole { sum, .. } = kind else {
        return false;
    };
    let whole = &metrics[w];
    let first = parts.iter().copied().min().unwrap_or(w);
    metrics[..first].iter().enumerate().any(|(j, m)| {
        j != w
            && m.sentence() == whole.sentence()
            && m.unit() == whole.unit()
            && m.parent().is_none()
            && m.change().is_none()
            && upper_bound(m).is_some_and(|up| sum <= up + half_unit(m) + float_slack(up))
    })
}

/// What a breakdown's figures say, before the place of the whole is
/// weighed: the finding, how sure it is, why, and the parts involved.
fn breakdown_verdict(
    metrics: &[Metric],
    whole: &Metric,
    same: &[usize],
) -> Option<(FindingKind, Confidence, &'static str, Vec<usize>)> {
    let up = upper_bound(whole);
    let exceeds = |sum| FindingKind::PartsExceedWhole {
        whole: whole.value(),
        sum,
    };
    // one part alone over its whole: no reading makes that add up
    for &i in same {
        let (Some(low), Some(up)) = (lower_bound(&metrics[i]), up) else {
            continue;
        };
        if low - up > half_unit(&metrics[i]) + half_unit(whole) + float_slack(up) {
            return Some((exceeds(low), Confidence::Certain, ONE_PART, vec![i]));
        }
    }
    let overlapping = same.iter().enumerate().any(|(k, &a)| {
        same[k + 1..]
            .iter()
            .any(|&b| nested(&metrics[a], &metrics[b]))
    });
    if overlapping {
        return None;
    }
    let sum: f64 = same.iter().filter_map(|&i| lower_bound(&metrics[i])).sum();
    let rounding: f64 = same.iter().map(|&i| half_unit(&metrics[i])).sum::<f64>()
        + half_unit(whole)
        + float_slack(whole.value());
    if up.is_some_and(|up| sum - up > rounding) {
        return Some((exceeds(sum), Confidence::Likely, PARTS, same.to_vec()));
    }
    let all_exact = same.len() >= 2
        && whole.approx() == Approx::Exact
        && same.iter().all(|&i| metrics[i].approx() == Approx::Exact);
    if all_exact && whole.value() - sum > rounding && sum >= 0.9 * whole.value() {
        let kind = FindingKind::BreakdownShort {
            whole: whole.value(),
            sum,
        };
        return Some((kind, Confidence::Possible, SHORT, same.to_vec()));
    }
    None
}

const FAR: &str =
    "the parts are more than twice the whole: a part may measure something else (a running total, another period)";
const ANOTHER_WHOLE: &str =
    "the parts exceed their whole but fit another figure before them in its sentence, which they may break down";
const ONE_PART: &str = "one part alone exceeds its whole, in the same sentence";
const PARTS: &str = "the parts together exceed the whole; listed parts may overlap";
const SHORT: &str = "the parts fall short of the whole; the list may be incomplete";
const RATE: &str = "the rate names the part before it, and the whole is in their sentence";

/// Each reason, and what it becomes when the whole is stated in an earlier
/// sentence than its parts.
const ACROSS: [(&str, &str); 4] = [
    (
        ONE_PART,
        "one part alone exceeds the whole, which is stated in an earlier sentence",
    ),
    (
        PARTS,
        "the parts together exceed a whole stated in an earlier sentence; listed parts may overlap",
    ),
    (
        SHORT,
        "the parts fall short of a whole stated in an earlier sentence; the list may be incomplete",
    ),
    (
        RATE,
        "the rate names the part before it, but the whole is stated in an earlier sentence",
    ),
];

/// The reason for a finding whose whole is in an earlier sentence.
fn across_reason(reason: &'static str) -> &'static str {
    ACROSS
        .iter()
        .find(|(r, _)| *r == reason)
        .map_or(reason, |&(_, across)| across)
}

/// Whether the rate `rate` names the part `part` as what it counts:
/// `受理率` after `其中受理80件` (the part's verb or its subject is the
/// rate's name without `率`, or the verb ends it: `行政复议受理率`).
/// `调解成功率` after `调解1900件` names the successes of the 1900, not the
/// 1900; `受理率` after `不予受理8件` names the other side.
fn rate_names(rate: &Metric, part: &Metric) -> bool {
    let name = format!(
        "{}{}",
        rate.action().unwrap_or(""),
        rate.subject().unwrap_or("")
    );
    let Some(stem) = name.strip_suffix('率') else {
        return false;
    };
    // a share of another base (`占预算数的96.99%`) is no rate of these figures
    if stem.is_empty() || stem.contains('占') {
        return false;
    }
    let action = part.action().unwrap_or("");
    let subject = part.subject().unwrap_or("");
    let negated = |s: &str| s.contains(['不', '未', '无', '没']);
    if negated(action) || negated(subject) {
        return false;
    }
    // `行政复议受理率` names the 受理 of `依法受理80件`; a one-character verb
    // is too short to tell
    let verb = action.chars().count() >= 2 && stem.ends_with(action);
    verb || [action, subject].contains(&stem) || format!("{action}{subject}") == stem
}

/// Checks a rate stated right after part `i` of a breakdown against the
/// part's share of its whole.
fn check_rate(metrics: &[Metric], i: usize) -> Option<Finding> {
    let part = &metrics[i];
    let w = part.parent()?;
    let whole = &metrics[w];
    let rate = metrics.get(i + 1)?;
    let exact = [whole, part, rate]
        .iter()
        .all(|m| m.approx() == Approx::Exact);
    if rate.kind() != Kind::Percent
        || rate.sentence() != part.sentence()
        || rate.change().is_some()
        || rate.parent().is_some()
        || part.unit() != whole.unit()
        || !exact
        || !rate_names(rate, part)
    {
        return None;
    }
    // how far the rounding of the part and the whole can move the share
    let (a, b) = (part.value(), whole.value());
    let (da, db) = (half_unit(part), half_unit(whole));
    if b - db <= 0.0 {
        return None;
    }
    let computed = a / b * 100.0;
    let moved = 100.0 * (da + a / b * db) / (b - db);
    let stated = rate.value();
    let allowed = half_unit(rate) + moved + float_slack(stated);
    if (computed - stated).abs() <= allowed {
        return None;
    }
    // the other side of a two-way split: `未结8件，结案率92%`
    if (100.0 - computed - stated).abs() <= allowed {
        return None;
    }
    let (confidence, reason) = if whole.sentence() == part.sentence() {
        (Confidence::Likely, RATE)
    } else {
        (Confidence::Possible, across_reason(RATE))
    };
    Some(Finding {
        kind: FindingKind::PercentMismatch { stated, computed },
        confidence,
        reason,
        whole: w,
        others: vec![i, i + 1],
        first: whole.span(),
        second: span_of(metrics, &[i, i + 1]),
    })
}

/// Checks the arithmetic the records state: breakdowns whose parts exceed
/// their whole or fall just short of it, and rates stated after a part that
/// contradict its share of the whole. Each finding says how sure it is.
///
/// `metrics` are the records of one document, in extraction order (their
/// `parent` indices refer to positions in this slice).
///
/// # What is no finding
///
/// - **The rounding of the written figures.** Each figure is as precise as
///   it is written: `57.35亿元` is good to half its last digit (0.005亿元),
///   `1.5万人` to 0.05万 (500人), `2万人` to 5000人; a count written to the
///   unit (`2900件`) is exact. Parts and whole may differ by the sum of
///   these half-units (`12.41+30.25+57.35` against `100.00` is no finding),
///   and a stated rate may differ from the share its figures give by its
///   own half-unit plus what the rounding of the figures moves the share.
/// - **A rate of other figures.** A rate is checked only against the part
///   it names (`其中受理80件，受理率74.1%`: the 受理 of `受理率` is the 80's
///   verb), right before it in its sentence. `其中，调委会调解1900件，
///   调解成功率为97.5%` is the success rate of the 1900, whose successes are
///   not stated: it is not checked against the 1900's share of the total.
///   A rate of the other side of a two-way split (`不予受理8件，受理率92.6%`)
///   is no finding either, and shares of a named whole (`占全市的15%`) are
///   not checked.
/// - **Different units**: parts are summed only in their whole's unit
///   (`人次` parts are never added to a `人` whole).
/// - **Nested parts**: when one part names a kind of another (`医院`,
///   `民营医院`), the parts overlap and only each part alone is checked.
///
/// Where the text leaves the reading open (a whole in an earlier sentence,
/// another figure the parts could break down, parts far above their whole,
/// a list that may be incomplete) the finding is kept but says so: see
/// [`Confidence`].
///
/// # Example
///
/// ```
/// use zh_metrics::{audit, Confidence, Extractor, FindingKind};
///
/// let text = "累计收到行政复议申请108件，其中受理80件、不予受理35件。";
/// let metrics = Extractor::new().extract(text);
/// let findings = audit(&metrics);
/// assert_eq!(findings.len(), 1);
/// assert!(matches!(
///     findings[0].kind,
///     FindingKind::PartsExceedWhole { whole, sum } if whole == 108.0 && sum == 115.0
/// ));
/// assert_eq!(findings[0].confidence, Confidence::Likely);
/// assert_eq!(&text[findings[0].first.range()], "108件");
///
/// // within the rounding of the written figures: no finding
/// let text = "支出100.00亿元，其中教育12.41亿元、卫生30.25亿元、社保57.35亿元。";
/// assert!(audit(&Extractor::new().extract(text)).is_empty());
/// ```
pub fn audit(metrics: &[Metric]) -> Vec<Finding> {
    let mut findings: Vec<Finding> = breakdowns(metrics)
        .iter()
        .filter_map(|(&w, parts)| check_breakdown(metrics, w, parts))
        .collect();
    findings.extend((0..metrics.len()).filter_map(|i| check_rate(metrics, i)));
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Extractor;

    fn halves(text: &str) -> Vec<f64> {
        Extractor::new()
            .extract(text)
            .iter()
            .map(half_unit)
            .collect()
    }

    #[test]
    fn the_written_precision_of_a_figure() {
        let cases = [
            ("甲57.35亿元", 0.005e8),
            ("乙1.5万人", 500.0),
            ("丙2万人", 5000.0),
            ("丁2900件", 0.0),
            ("结余2900元", 0.5),
            ("增长率74.1%", 0.05),
            ("戊１４，３２８，１４４，０００元", 0.5),
            ("参加会议百余人次", 50.0),
            ("占三成", 5.0),
            ("全长3千米", 0.5),
            ("合计2334萬9666人", 0.0),
            ("总计两万五千人", 500.0),
            ("总额1.5万亿元", 0.05e12),
            ("惠及300多万人", 5000.0),
            ("受益十余万人", 50000.0),
        ];
        for (text, want) in cases {
            let got = halves(text);
            assert!(
                got.len() == 1 && (got[0] - want).abs() <= 1e-9 * want,
                "{text}: {got:?}, want {want}"
            );
        }
    }

    #[test]
    fn confidence_is_ordered_and_lowered() {
        assert!(Confidence::Possible < Confidence::Likely);
        assert_eq!(Confidence::Certain.lowered(), Confidence::Likely);
        assert_eq!(Confidence::Possible.lowered(), Confidence::Possible);
    }
}

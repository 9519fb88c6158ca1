//! Arithmetic checks on what a report states.
//!
//! Reports state breakdowns (`在册社区服刑人员333人，其中缓刑323人、假释1人、
//! 暂予监外执行9人`) and rates (`受理率74%`) whose arithmetic can be checked
//! from the figures alone. [`audit`] runs the checks over the records of one
//! document, as [`Extractor::extract`](crate::Extractor::extract) returns
//! them.

use std::fmt;

use crate::record::{Approx, Kind, Metric, Span};

/// What an arithmetic check found.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum FindingKind {
    /// The parts of a breakdown (`其中…`) sum to more than their whole.
    PartsExceedWhole {
        /// The whole as stated.
        whole: f64,
        /// What the parts add up to (their lower bounds).
        sum: f64,
    },
    /// Exact parts that cover most but not all of their exact whole (90% or
    /// more): if the list is complete, it does not add up.
    BreakdownShort {
        /// The whole as stated.
        whole: f64,
        /// What the parts add up to.
        sum: f64,
    },
    /// A percentage stated right after a part of a breakdown that differs
    /// from the part's share of its whole by more than rounding allows.
    PercentMismatch {
        /// The percentage as stated.
        stated: f64,
        /// The share computed from the figures, in percent.
        computed: f64,
    },
}

/// One finding of [`audit`]: what is wrong, and the two places involved.
///
/// This is passive data: all fields are public.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// What the check found, with the figures.
    pub kind: FindingKind,
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
        format!("{x}")
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

/// Half a unit of the last written digit of a percentage (`74%` → 0.5,
/// `74.1%` → 0.05): how far rounding may move it.
fn rounding(m: &Metric) -> f64 {
    let text = m.text();
    let digits_after_point = text
        .rsplit_once(['.', '．', '点', '點'])
        .map_or(0, |(_, frac)| {
            frac.chars()
                .take_while(|c| {
                    c.is_ascii_digit()
                        || ('０'..='９').contains(c)
                        || "〇零一二三四五六七八九".contains(*c)
                })
                .count()
        });
    0.5 * 10f64.powi(-(digits_after_point.min(6) as i32))
}

fn span_of(ms: &[Metric], idx: &[usize]) -> Span {
    let start = idx.iter().map(|&i| ms[i].start()).min().unwrap_or(0);
    let end = idx.iter().map(|&i| ms[i].end()).max().unwrap_or(0);
    Span { start, end }
}

/// Checks the arithmetic the records state: breakdowns whose parts exceed
/// their whole or fall just short of it, and percentages stated after a
/// part that contradict its share of the whole.
///
/// `metrics` are the records of one document, in extraction order (their
/// `parent` indices refer to positions in this slice).
///
/// # Example
///
/// ```
/// use zh_metrics::{audit, Extractor, FindingKind};
///
/// let text = "累计收到行政复议申请108件，其中受理80件、不予受理35件。";
/// let metrics = Extractor::new().extract(text);
/// let findings = audit(&metrics);
/// assert_eq!(findings.len(), 1);
/// assert!(matches!(
///     findings[0].kind,
///     FindingKind::PartsExceedWhole { whole, sum } if whole == 108.0 && sum == 115.0
/// ));
/// assert_eq!(&text[findings[0].first.range()], "108件");
/// ```
pub fn audit(metrics: &[Metric]) -> Vec<Finding> {
    let mut findings = Vec::new();
    // parts of each whole, in order (parents come before their parts)
    let mut parts: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, m) in metrics.iter().enumerate() {
        if let Some(p) = m.parent() {
            if p >= i {
                continue;
            }
            match parts.iter_mut().find(|(w, _)| *w == p) {
                Some((_, v)) => v.push(i),
                None => parts.push((p, vec![i])),
            }
        }
    }
    for (w, ps) in &parts {
        let whole = &metrics[*w];
        if !summable(whole.kind()) {
            continue;
        }
        let same: Vec<usize> = ps
            .iter()
            .copied()
            .filter(|&i| metrics[i].unit() == whole.unit() && !metrics[i].is_distributive())
            .collect();
        if same.is_empty() {
            continue;
        }
        let lower: f64 = same.iter().filter_map(|&i| lower_bound(&metrics[i])).sum();
        let tolerance = 1e-9 * whole.value().abs().max(1.0);
        if let Some(up) = upper_bound(whole) {
            if lower > up + tolerance {
                findings.push(Finding {
                    kind: FindingKind::PartsExceedWhole {
                        whole: whole.value(),
                        sum: lower,
                    },
                    whole: *w,
                    others: same.clone(),
                    first: whole.span(),
                    second: span_of(metrics, &same),
                });
                continue;
            }
        }
        let all_exact = same.len() >= 2
            && whole.approx() == Approx::Exact
            && same.iter().all(|&i| metrics[i].approx() == Approx::Exact);
        if all_exact && lower < whole.value() - tolerance && lower >= 0.9 * whole.value() {
            findings.push(Finding {
                kind: FindingKind::BreakdownShort {
                    whole: whole.value(),
                    sum: lower,
                },
                whole: *w,
                others: same.clone(),
                first: whole.span(),
                second: span_of(metrics, &same),
            });
        }
    }
    // a percentage right after a part, in its sentence: its share
    for (i, m) in metrics.iter().enumerate() {
        let Some(w) = m.parent() else { continue };
        let Some(p) = metrics.get(i + 1) else {
            continue;
        };
        let whole = &metrics[w];
        // a rate of the same figures (`受理率`), not a share of another
        // base (`占预算数的96.99%`)
        let rate = p
            .subject()
            .is_some_and(|s| s.ends_with('率') && !s.contains('占'));
        if p.kind() != Kind::Percent
            || !rate
            || p.sentence() != m.sentence()
            || p.change().is_some()
            || p.parent().is_some()
            || whole.value() == 0.0
            || m.unit() != whole.unit()
            || whole.approx() != Approx::Exact
            || m.approx() != Approx::Exact
            || p.approx() != Approx::Exact
        {
            continue;
        }
        let computed = m.value() / whole.value() * 100.0;
        if (computed - p.value()).abs() > rounding(p) + 1e-9 {
            findings.push(Finding {
                kind: FindingKind::PercentMismatch {
                    stated: p.value(),
                    computed,
                },
                whole: w,
                others: vec![i, i + 1],
                first: whole.span(),
                second: span_of(metrics, &[i, i + 1]),
            });
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Extractor;

    fn kinds(text: &str) -> Vec<FindingKind> {
        audit(&Extractor::new().extract(text))
            .into_iter()
            .map(|f| f.kind)
            .collect()
    }

    #[test]
    fn a_breakdown_that_adds_up_is_fine() {
        let text = "目前全区在册社区服刑人员333人,其中缓刑323人、假释1人、暂予监外执行9人。";
        assert_eq!(kinds(text), []);
    }

    #[test]
    fn parts_over_the_whole() {
        let text = "在册社区服刑人员333人,其中缓刑323人、假释11人。";
        assert_eq!(
            kinds(text),
            [FindingKind::PartsExceedWhole {
                whole: 333.0,
                sum: 334.0
            }]
        );
    }

    #[test]
    fn a_near_full_breakdown_that_falls_short() {
        let text = "在册社区服刑人员333人,其中缓刑320人、假释1人、暂予监外执行9人。";
        assert_eq!(
            kinds(text),
            [FindingKind::BreakdownShort {
                whole: 333.0,
                sum: 330.0
            }]
        );
        // a partial breakdown is no finding
        assert_eq!(kinds("收到行政复议申请108件,其中受理80件。"), []);
    }

    #[test]
    fn qualified_figures_are_bounds() {
        // `超` makes the whole a lower bound: parts above it are possible
        assert_eq!(kinds("接待群众超300人次,其中来访320人次。"), []);
        assert_eq!(kinds("接待群众300人次,其中来访近320人次。"), []);
    }

    #[test]
    fn stated_percentage_against_its_figures() {
        let ok = "收到行政复议申请108件,其中受理80件,受理率74.1%。";
        assert_eq!(kinds(ok), []);
        let bad = "收到行政复议申请108件,其中受理80件,受理率84%。";
        match kinds(bad).as_slice() {
            [FindingKind::PercentMismatch { stated, computed }] => {
                assert_eq!(*stated, 84.0);
                assert!((computed - 74.07).abs() < 0.01);
            }
            other => panic!("{other:?}"),
        }
    }
}

//! Data-driven audit tests: `tests/data/audit/cases.jsonl`, one case per
//! line: `{"name", "shape", "text", "expect": [{"kind", "confidence", ...}]}`.
//!
//! `expect` lists the findings of `zh_metrics::audit` on the records of
//! `text`, in order; `"expect": []` says the text holds no finding. Every
//! field given in an expected finding is compared: `kind` and `confidence`
//! by name, `whole`, `sum`, `stated`, `computed` as numbers (to 0.01),
//! `first` as the text of the whole, and `reason` as words the reason holds. `shape` names what the case stands
//! for: a true finding (`exceeds`, `one_part_exceeds`, `short`,
//! `rate_mismatch`) or a noise shape that must give none (`adds_up`,
//! `rounding`, `rate_of_other_figures`, `different_units`,
//! `share_of_another_whole`, `overlapping_parts`, `bounds`, `partial`).

use serde_json::Value;
use zh_metrics::{audit, Extractor, Finding, FindingKind};

const CASES: &str = include_str!("data/audit/cases.jsonl");

fn cases() -> Vec<Value> {
    CASES
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| serde_json::from_str(l).unwrap_or_else(|e| panic!("line {}: {e}", n + 1)))
        .collect()
}

/// The figures of a finding by the names the cases use.
fn figure(f: &Finding, name: &str) -> Option<f64> {
    match (f.kind, name) {
        (FindingKind::PartsExceedWhole { whole, .. }, "whole")
        | (FindingKind::BreakdownShort { whole, .. }, "whole") => Some(whole),
        (FindingKind::PartsExceedWhole { sum, .. }, "sum")
        | (FindingKind::BreakdownShort { sum, .. }, "sum") => Some(sum),
        (FindingKind::PercentMismatch { stated, .. }, "stated") => Some(stated),
        (FindingKind::PercentMismatch { computed, .. }, "computed") => Some(computed),
        _ => None,
    }
}

/// What differs between a finding and its expectation, if anything.
fn compare(text: &str, f: &Finding, want: &Value) -> Vec<String> {
    let mut diffs = Vec::new();
    let Some(want) = want.as_object() else {
        return vec![format!("expectation {want} is no object")];
    };
    for (key, w) in want {
        let ok = match key.as_str() {
            "kind" => w.as_str() == Some(f.kind.as_str()),
            "confidence" => w.as_str() == Some(f.confidence.as_str()),
            "first" => w.as_str() == text.get(f.first.range()),
            "reason" => w.as_str().is_some_and(|w| f.reason.contains(w)),
            name => match (figure(f, name), w.as_f64()) {
                (Some(got), Some(w)) => (got - w).abs() <= 0.01 * w.abs().max(1.0),
                _ => false,
            },
        };
        if !ok {
            diffs.push(format!("{key}: want {w}, finding {f} [{}]", f.confidence));
        }
    }
    diffs
}

#[test]
fn audit_cases() {
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for case in cases() {
        let name = case["name"].as_str().unwrap_or("?");
        let text = case["text"].as_str().expect("text");
        let expect = case["expect"].as_array().expect("expect");
        let metrics = ex.extract(text);
        let findings = audit(&metrics);
        for f in &findings {
            // every finding explains itself and points into the text
            assert!(!f.reason.is_empty(), "{name}: no reason");
            assert!(text.get(f.first.range()).is_some() && text.get(f.second.range()).is_some());
        }
        if findings.len() != expect.len() {
            let got: Vec<String> = findings
                .iter()
                .map(|f| format!("[{}] {f}", f.confidence))
                .collect();
            failures.push(format!(
                "{name}: {} finding(s), want {}: {got:?}",
                findings.len(),
                expect.len()
            ));
            continue;
        }
        for (f, want) in findings.iter().zip(expect) {
            for d in compare(text, f, want) {
                failures.push(format!("{name}: {d}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The cases cover every check and every noise shape, several times over,
/// under distinct names.
#[test]
fn audit_cases_cover_the_shapes() {
    let cases = cases();
    let mut names: Vec<&str> = cases.iter().filter_map(|c| c["name"].as_str()).collect();
    let n = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), n, "case names repeat");
    let shapes = [
        ("exceeds", 3),
        ("one_part_exceeds", 2),
        ("short", 2),
        ("rate_mismatch", 3),
        ("adds_up", 2),
        ("rounding", 5),
        ("rate_of_other_figures", 4),
        ("different_units", 3),
        ("share_of_another_whole", 3),
        ("overlapping_parts", 2),
        ("bounds", 2),
        ("partial", 2),
    ];
    for (shape, min) in shapes {
        let count = cases.iter().filter(|c| c["shape"] == shape).count();
        assert!(
            count >= min,
            "{count} case(s) of shape {shape}, want {min} or more"
        );
    }
    for c in &cases {
        let shape = c["shape"].as_str().unwrap_or("");
        assert!(
            shapes.iter().any(|(s, _)| *s == shape),
            "unknown shape {shape}"
        );
        // the true-finding shapes expect findings, the noise shapes none
        let truthful = ["exceeds", "one_part_exceeds", "short", "rate_mismatch"].contains(&shape);
        let expect = c["expect"].as_array().map_or(0, Vec::len);
        assert_eq!(
            truthful,
            expect > 0,
            "{}: shape {shape} with {expect} finding(s)",
            c["name"]
        );
    }
}

mod rounding {
    use proptest::prelude::*;
    use zh_metrics::{audit, Extractor, FindingKind};

    /// `v` ten-thousandths, rounded half up to `dp` decimals and written.
    fn fixed(v: u64, dp: u32) -> String {
        let step = 10u64.pow(4 - dp);
        let r = (v + step / 2) / step;
        if dp == 0 {
            return r.to_string();
        }
        let p = 10u64.pow(dp);
        format!("{}.{:0width$}", r / p, r % p, width = dp as usize)
    }

    /// The parts of a breakdown, as ten-thousandths of the magnitude.
    fn parts() -> impl Strategy<Value = Vec<u64>> {
        prop::collection::vec(5_000u64..5_000_000, 2..=4)
    }

    const NAMES: [&str; 4] = ["种植业", "畜牧业", "渔业", "林业"];
    /// Magnitude and unit of the figures: money, mass, people.
    const UNITS: [&str; 4] = ["亿元", "万元", "万吨", "万人"];

    /// A breakdown: `…{whole}，其中甲{p1}、乙{p2}…。` with the whole written to
    /// `dw` decimals and the parts to `dp`, the whole's true value `whole`.
    fn breakdown(ps: &[u64], dp: u32, whole: u64, dw: u32, unit: &str) -> String {
        let listed: Vec<String> = ps
            .iter()
            .zip(NAMES)
            .map(|(&p, name)| format!("{name}{}{unit}", fixed(p, dp)))
            .collect();
        format!(
            "全年农林牧渔业合计{}{unit}，其中{}。",
            fixed(whole, dw),
            listed.join("、")
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Parts and whole rounded from figures that add up, each to its own
        /// number of decimals, give no finding.
        #[test]
        fn rounded_figures_that_add_up_pass(ps in parts(), dp in 0u32..=4, dw in 0u32..=4, u in 0usize..4) {
            let total: u64 = ps.iter().sum();
            let text = breakdown(&ps, dp, total, dw, UNITS[u]);
            let metrics = Extractor::new().extract(&text);
            // the check is not vacuous: every part is linked to the whole
            prop_assert_eq!(metrics.iter().filter(|m| m.parent() == Some(0)).count(), ps.len(), "{}", text);
            let findings = audit(&metrics);
            prop_assert!(findings.is_empty(), "{}: {:?}", text, findings);
        }

        /// A whole short of its parts by more than all their rounding is
        /// found, whatever the decimals.
        #[test]
        fn what_rounding_cannot_explain_is_found(ps in parts(), dp in 0u32..=4, dw in 0u32..=4, u in 0usize..4) {
            let total: u64 = ps.iter().sum();
            // one unit of the coarser place per figure, and one more
            let place = 10u64.pow(4 - dp.min(dw));
            let gap = place * (ps.len() as u64 + 2);
            prop_assume!(total > 2 * gap);
            let text = breakdown(&ps, dp, total - gap, dw, UNITS[u]);
            let findings = audit(&Extractor::new().extract(&text));
            prop_assert_eq!(findings.len(), 1, "{}", text);
            let is_excess = matches!(findings[0].kind, FindingKind::PartsExceedWhole { .. });
            prop_assert!(is_excess, "{}: {}", text, findings[0]);
        }

        /// A rate stated to `d` decimals of the part it names agrees with
        /// the figures; one off by more than its rounding is found.
        #[test]
        fn rates_against_their_part(whole in 20u64..20_000, share in 1u64..10_000, d in 0u32..=2, off in prop::option::of(1u64..30), pick in 0usize..3) {
            let (whole_name, verb, rate) = [("收到申请", "受理", "受理率"), ("受理案件", "办结", "办结率"), ("受理执行案件", "执结", "执结率")][pick];
            let part = (whole * share / 10_000).max(1);
            // the rate in ten-thousandths of a percent, written to `d` decimals
            let exact = part * 1_000_000 / whole;
            let stated = match off {
                // off by `off` whole percent and more than one unit of `d`
                Some(k) => exact + k * 10_000 + 10u64.pow(4 - d),
                None => exact,
            };
            prop_assume!(stated < 1_000_000);
            // a rate of the other side (100 - share) is no finding
            let complement = 1_000_000 - exact;
            prop_assume!(off.is_none() || stated.abs_diff(complement) > 2 * 10u64.pow(4 - d));
            let text = format!("全年{whole_name}{whole}件，其中{verb}{part}件，{rate}{}%。", fixed(stated, d));
            let findings = audit(&Extractor::new().extract(&text));
            prop_assert_eq!(findings.len(), usize::from(off.is_some()), "{}: {:?}", text, findings);
        }
    }
}

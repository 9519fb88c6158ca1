//! Data-driven audit tests: `tests/data/audit/cases.jsonl`, one case per
//! line: `{"name", "shape", "text", "expect": [{"kind", "confidence", ...}]}`.
//!
//! `expect` lists the findings of `zh_metrics::audit` on the records of
//! `text`, in order; `"expect": []` says the text holds no finding. Every
//! field given in an expected finding is compared: `kind` and `confidence`
//! by name, `whole`, `sum`, `stated`, `computed` as numbers (to 0.01), and
//! `first` as the text of the whole. `shape` names what the case stands
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

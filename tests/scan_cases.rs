//! Data-driven scanner tests: `tests/data/scan-cases.jsonl`, every metric
//! of each text listed (schema and harness: `tests/cases/mod.rs`).

mod cases;

use zh_metrics::Extractor;

#[test]
fn scan_cases() {
    let data = include_str!("data/scan-cases.jsonl");
    let out = cases::run(&Extractor::new(), data, cases::Listing::All);
    assert!(out.cases > 40, "only {} cases read", out.cases);
    assert!(
        out.failures.is_empty(),
        "{} failures:\n{}",
        out.failures.len(),
        out.failures.join("\n")
    );
}

//! Data-driven scanner tests: `tests/data/scan-cases.jsonl`, one case per
//! line: `{"name", "text", "expect": [{"text", "value", ...}]}`. Every field
//! given in an expected metric is compared with the record's JSON form;
//! fields left out are not checked. `"expect": []` says the text holds no
//! metric at all.

use serde_json::Value;
use zh_metrics::Extractor;

#[test]
fn scan_cases() {
    let data = include_str!("data/scan-cases.jsonl");
    let ex = Extractor::new();
    let mut failures = Vec::new();
    let mut cases = 0;
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        cases += 1;
        let case: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        let name = case["name"].as_str().unwrap_or("?");
        let text = case["text"].as_str().expect("text");
        let expect = case["expect"].as_array().expect("expect");
        let got: Vec<Value> = ex
            .extract(text)
            .iter()
            .map(|m| serde_json::to_value(m).expect("serializes"))
            .collect();
        let got_texts: Vec<&str> = got.iter().filter_map(|g| g["text"].as_str()).collect();
        let want_texts: Vec<&str> = expect.iter().filter_map(|w| w["text"].as_str()).collect();
        if got_texts != want_texts {
            failures.push(format!(
                "{name}: metrics {got_texts:?}, want {want_texts:?}"
            ));
            continue;
        }
        for (g, w) in got.iter().zip(expect) {
            for (key, want) in w.as_object().expect("object") {
                let have = &g[key];
                let same = match (have.as_f64(), want.as_f64()) {
                    (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * b.abs().max(1.0),
                    _ => have == want,
                };
                if !same {
                    failures.push(format!(
                        "{name}: {}: {key} = {have}, want {want}",
                        w["text"]
                    ));
                }
            }
        }
    }
    assert!(cases > 40, "only {cases} cases read");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

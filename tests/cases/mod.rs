//! One schema and one harness for the data-driven cases of the scanner
//! (`tests/data/scan-cases.jsonl`) and of the context stages
//! (`tests/data/context/cases.jsonl`).
//!
//! A case is one JSON object per line:
//!
//! ```text
//! {"name" or "origin": "...", "text": "...", "expect": [{"text": "628件", "value": 628, ...}]}
//! ```
//!
//! - `name` says what the case shows, `origin` where a real sentence comes
//!   from; either names the case in failures.
//! - `expect` lists metrics by `text`, in text order. Every other field
//!   given is compared with that field of the record's JSON form (SPEC §2):
//!   numbers up to rounding, `parent` as the text of the whole it names.
//!   Fields left out are not checked; a field the record has not is a
//!   failure.
//! - [`Listing::All`]: the metrics listed are all the text holds
//!   (`"expect": []` says it holds none); [`Listing::Some`]: they are found
//!   in order among the others.

// Each test binary that includes this module uses one listing of the two.
#![allow(dead_code)]

use serde_json::Value;
use zh_metrics::Extractor;

/// Whether a file's cases list every metric of their text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listing {
    /// The metrics listed are exactly those extracted.
    All,
    /// The metrics listed are found, in order, among those extracted.
    Some,
}

/// What running a file of cases found.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Cases read.
    pub cases: usize,
    /// Fields compared.
    pub fields: usize,
    /// One line per failure.
    pub failures: Vec<String>,
}

/// Runs every case of `data` (JSON lines) through `ex`.
pub fn run(ex: &Extractor, data: &str, listing: Listing) -> Outcome {
    let mut out = Outcome::default();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        out.cases += 1;
        let case: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        check_case(ex, &case, listing, &mut out);
    }
    out
}

/// The JSON form of every metric of `text`, `parent` replaced by the text
/// of the whole it names.
fn records(ex: &Extractor, text: &str) -> Vec<Value> {
    let metrics = ex.extract(text);
    metrics
        .iter()
        .map(|m| {
            let mut v = serde_json::to_value(m).expect("a record serializes");
            let parent = m
                .parent()
                .and_then(|p| metrics.get(p))
                .map_or(Value::Null, |w| w.text().into());
            v["parent"] = parent;
            v
        })
        .collect()
}

fn check_case(ex: &Extractor, case: &Value, listing: Listing, out: &mut Outcome) {
    let name = case["name"]
        .as_str()
        .or(case["origin"].as_str())
        .unwrap_or("?");
    let text = case["text"].as_str().expect("text");
    let expect = case["expect"].as_array().expect("expect");
    let got = records(ex, text);
    let got_texts: Vec<&str> = got.iter().filter_map(|g| g["text"].as_str()).collect();
    let want_texts: Vec<&str> = expect.iter().filter_map(|w| w["text"].as_str()).collect();
    if listing == Listing::All && got_texts != want_texts {
        out.failures.push(format!(
            "{name}: metrics {got_texts:?}, want {want_texts:?}"
        ));
        return;
    }
    let mut from = 0;
    for want in expect {
        let t = want["text"].as_str().expect("metric text");
        let Some(i) = (from..got.len()).find(|&i| got[i]["text"] == t) else {
            out.failures.push(format!("{name}: no metric {t}"));
            continue;
        };
        from = i + 1;
        for (key, value) in want.as_object().expect("an expected metric is an object") {
            out.fields += 1;
            if let Err(e) = check_field(&got[i], key, value) {
                out.failures.push(format!("{name}: {t}: {e}"));
            }
        }
    }
}

fn check_field(got: &Value, key: &str, want: &Value) -> Result<(), String> {
    let Some(have) = got.get(key) else {
        return Err(format!("unknown field {key}"));
    };
    let same = match (have.as_f64(), want.as_f64()) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * b.abs().max(1.0),
        _ => have == want,
    };
    if same {
        Ok(())
    } else {
        Err(format!("{key}: want {want}, got {have}"))
    }
}

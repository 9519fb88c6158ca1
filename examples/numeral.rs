//! Reads one numeral per line on stdin; prints `{"input", "value", "unit"}`
//! or `{"input", "error"}` per line (the contract of `eval/numerals.py`).
//!
//! STUB: to be completed by the numeral work.

use std::io::{self, BufRead, Write};

fn main() {
    let stdin = io::stdin();
    let mut out = io::BufWriter::new(io::stdout().lock());
    for line in stdin.lock().lines().map_while(Result::ok) {
        let input = line.trim();
        let json = match zh_metrics::parse_numeral(input) {
            Ok(n) => serde_json::json!({"input": input, "value": n.value(), "unit": n.unit()}),
            Err(e) => serde_json::json!({"input": input, "error": e.to_string()}),
        };
        let _ = writeln!(out, "{json}");
    }
}

//! Parses one numeral per line of stdin with [`zh_metrics::parse_numeral`]
//! and prints one JSON line per input line, in order:
//!
//! ```text
//! {"input": "1.5万", "value": 15000.0, "unit": null}
//! {"input": "百分之三十", "value": 30.0, "unit": "%"}
//! {"input": "一万千", "error": "invalid numeral \"一万千\": unit 千 after a larger unit 万 at byte 6"}
//! ```
//!
//! `unit` is `"%"`, `"‰"`, `"个百分点"` or null. This is the contract of the
//! numeral conformance scorer (`eval/numerals.py`):
//!
//! ```text
//! cargo build --release --example numeral
//! python3 eval/numerals.py --numeral target/release/examples/numeral --errors 40
//! ```

use std::io::{self, BufRead, Write};

fn main() -> io::Result<()> {
    let mut stdin = io::stdin().lock();
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if stdin.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        // one output line per input line, even for invalid UTF-8
        let line = String::from_utf8_lossy(&buf);
        let input = line.trim();
        let json = match zh_metrics::parse_numeral(input) {
            Ok(n) => serde_json::json!({"input": input, "value": n.value(), "unit": n.unit()}),
            Err(e) => serde_json::json!({"input": input, "error": e.to_string()}),
        };
        writeln!(out, "{json}")?;
    }
    out.flush()
}

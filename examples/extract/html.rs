//! `--format html`: one self-contained page (no network request; style,
//! script and records inline) that shows each report with every metric
//! marked, a table of the metrics, the audit findings and a summary.
//!
//! The report text is escaped here, in Rust, and written as HTML with one
//! `<mark data-index="N">` per record (N its index in the document), so the
//! browser parses the marked text at its own speed and the script never
//! builds it. The records go in a `<script type="application/json">` block,
//! exactly their serde JSON form, with `<`, `>` and `&` written as `\u003c`
//! and so on, so no text in them can close the block. A Content Security
//! Policy lets only the page's own script and style run (by their SHA-256)
//! and forbids every network request.
//!
//! The page's markup, style and script live beside this file (`page.html`,
//! `page.css`, `page.js`).

use std::fmt::Write as _;

use base64ish::encode;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use zh_metrics::{audit, Finding};

use crate::Doc;

const TEMPLATE: &str = include_str!("page.html");
const STYLE: &str = include_str!("page.css");
const SCRIPT: &str = include_str!("page.js");

/// The whole page for `docs` (one file selector entry each).
pub fn page(docs: &[Doc]) -> Result<String, String> {
    let title = match docs {
        [one] => format!("zh-metrics: {}", one.name),
        _ => format!("zh-metrics: {} files", docs.len()),
    };
    let mut texts = String::new();
    for (i, doc) in docs.iter().enumerate() {
        marked_text(&mut texts, doc, i);
    }
    let data = data_json(docs)?;
    let csp = format!(
        "default-src 'none'; script-src 'sha256-{}'; style-src 'sha256-{}'; \
         img-src data:; base-uri 'none'; form-action 'none'",
        sha256_base64(SCRIPT),
        sha256_base64(STYLE)
    );
    fill(TEMPLATE, |name, out| match name {
        "csp" => out.push_str(&csp),
        "title" => escape_into(out, &title),
        "style" => out.push_str(STYLE),
        "script" => out.push_str(SCRIPT),
        "texts" => out.push_str(&texts),
        "data" => out.push_str(&data),
        _ => {}
    })
}

/// Copies `template`, replacing each `{{name}}` with what `put` writes for
/// it. One pass, so text put in is never looked at again.
fn fill(template: &str, mut put: impl FnMut(&str, &mut String)) -> Result<String, String> {
    let mut out = String::with_capacity(template.len() * 2);
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let close = after
            .find("}}")
            .ok_or_else(|| "page.html: unclosed {{".to_string())?;
        put(&after[..close], &mut out);
        rest = &after[close + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The embedded data: per file its name, its records (their serde JSON
/// form) and the audit findings, made safe to sit inside `<script>`.
fn data_json(docs: &[Doc]) -> Result<String, String> {
    let mut files = Vec::with_capacity(docs.len());
    for doc in docs {
        let records = serde_json::to_value(&doc.metrics).map_err(|e| e.to_string())?;
        let findings: Vec<Value> = audit(&doc.metrics).iter().map(finding_json).collect();
        files.push(json!({ "name": doc.name, "records": records, "findings": findings }));
    }
    let text = serde_json::to_string(&json!({ "files": files })).map_err(|e| e.to_string())?;
    Ok(script_safe_json(&text))
}

fn finding_json(f: &Finding) -> Value {
    json!({ "message": f.to_string(), "whole": f.whole, "others": f.others })
}

/// JSON text that cannot end a `<script>` block or open a comment in it:
/// `<`, `>` and `&` only occur inside JSON strings, where `\u003c` means
/// the same.
fn script_safe_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + json.len() / 16);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            _ => out.push(c),
        }
    }
    out
}

/// Writes `text` escaped for HTML text and attribute values.
pub fn escape_into(out: &mut String, text: &str) {
    let mut last = 0;
    for (i, b) in text.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[last..i]);
        out.push_str(entity);
        last = i + 1;
    }
    out.push_str(&text[last..]);
}

/// Writes plain report text: escaped, each line in its own block (so the
/// browser can skip laying out the blocks off screen).
fn plain_into(out: &mut String, text: &str) {
    let mut lines = text.split('\n');
    if let Some(first) = lines.next() {
        escape_into(out, first);
    }
    for line in lines {
        out.push_str("</div>\n<div class=\"p\">");
        escape_into(out, line);
    }
}

/// Writes the `<article>` of document `file`: its text, each metric in a
/// `<mark>`. Records are taken in the order of their start; one that
/// overlaps the one before (none does today) is marked from where the other
/// ends.
fn marked_text(out: &mut String, doc: &Doc, file: usize) {
    let hidden = if file == 0 { "" } else { " hidden" };
    let _ = write!(
        out,
        "<article class=\"doc\" data-file=\"{file}\"{hidden}><div class=\"p\">"
    );
    let mut order: Vec<usize> = (0..doc.metrics.len()).collect();
    order.sort_by_key(|&i| (doc.metrics[i].start(), i));
    let mut cursor = 0;
    for i in order {
        let m = &doc.metrics[i];
        let start = m.start().max(cursor);
        let end = m.end().max(start);
        let (Some(before), Some(marked)) = (doc.text.get(cursor..start), doc.text.get(start..end))
        else {
            continue;
        };
        plain_into(out, before);
        let _ = write!(
            out,
            "<mark data-index=\"{i}\" class=\"k-{}\" tabindex=\"0\">",
            m.kind().as_str()
        );
        escape_into(out, marked);
        out.push_str("</mark>");
        cursor = end;
    }
    plain_into(out, doc.text.get(cursor..).unwrap_or(""));
    out.push_str("</div></article>\n");
}

fn sha256_base64(text: &str) -> String {
    encode(&Sha256::digest(text.as_bytes()))
}

/// Standard base64 with padding (RFC 4648 §4), for the CSP hashes.
mod base64ish {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    pub fn encode(bytes: &[u8]) -> String {
        let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn rfc4648_vectors() {
            let cases = [
                ("", ""),
                ("f", "Zg=="),
                ("fo", "Zm8="),
                ("foo", "Zm9v"),
                ("foob", "Zm9vYg=="),
                ("fooba", "Zm9vYmE="),
                ("foobar", "Zm9vYmFy"),
            ];
            for (plain, coded) in cases {
                assert_eq!(super::encode(plain.as_bytes()), coded);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        let mut out = String::new();
        escape_into(&mut out, "<script>alert('x')</script> & \"q\" 数字");
        assert_eq!(
            out,
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; 数字"
        );
    }

    #[test]
    fn json_cannot_close_the_script_block() {
        let safe = script_safe_json("{\"t\":\"</script><!-- & \u{2028}\"}");
        assert!(!safe.contains('<') && !safe.contains('>') && !safe.contains('&'));
        let back: Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back["t"], "</script><!-- & \u{2028}");
    }

    #[test]
    fn fill_does_not_expand_what_it_puts_in() {
        let out = fill("a{{x}}b{{y}}c", |name, out| {
            out.push_str(if name == "x" { "{{y}}" } else { "Y" })
        })
        .unwrap();
        assert_eq!(out, "a{{y}}bYc");
    }

    #[test]
    fn sha256_of_abc() {
        // FIPS 180-2 appendix B.1, in base64.
        assert_eq!(
            sha256_base64("abc"),
            "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="
        );
    }
}

//! `--format csv`: one row per record, the fields of its JSON form
//! flattened (`sentence_start`, `time_end`, `change_basis`, …) and the
//! section headings joined with ` / `.
//!
//! Each column is read from the record's serde JSON form by a JSON pointer,
//! so a field the library adds later (such as `time`) needs one line here,
//! and a field not there yet gives empty cells.

use std::io::Write;

use serde_json::Value;

use crate::Doc;

/// Column name and the JSON pointer of its value in a record.
const COLUMNS: &[(&str, &str)] = &[
    ("start", "/start"),
    ("end", "/end"),
    ("text", "/text"),
    ("value", "/value"),
    ("upper", "/upper"),
    ("approx", "/approx"),
    ("unit", "/unit"),
    ("kind", "/kind"),
    ("subject", "/subject"),
    ("action", "/action"),
    ("sentence_start", "/sentence/start"),
    ("sentence_end", "/sentence/end"),
    ("period", "/period"),
    ("time_start", "/time/start"),
    ("time_end", "/time/end"),
    ("change_direction", "/change/direction"),
    ("change_basis", "/change/basis"),
    ("section", "/section"),
    ("parent", "/parent"),
    ("distributive", "/distributive"),
    ("resolved_subject", "/resolved_subject"),
];

/// The CSV writer state: the header goes out before the first row.
pub struct CsvOut {
    with_file: bool,
    header_done: bool,
}

impl CsvOut {
    /// A writer whose rows start with a `file` column when `with_file`.
    pub fn new(with_file: bool) -> CsvOut {
        CsvOut {
            with_file,
            header_done: false,
        }
    }

    /// Writes the rows of `doc` (the header first, once). Ok(false) when the
    /// output is closed.
    pub fn write(
        &mut self,
        out: &mut dyn Write,
        doc: &Doc,
        file: Option<&str>,
    ) -> Result<bool, String> {
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(Vec::new());
        let err = |e: csv::Error| format!("{}: cannot write CSV: {e}", doc.name);
        if !self.header_done {
            let file_col = self.with_file.then_some("file");
            let names = file_col.into_iter().chain(COLUMNS.iter().map(|c| c.0));
            w.write_record(names).map_err(err)?;
            self.header_done = true;
        }
        for m in &doc.metrics {
            let json = serde_json::to_value(m)
                .map_err(|e| format!("{}: cannot serialize a record: {e}", doc.name))?;
            let file_cell = self.with_file.then(|| file.unwrap_or("").to_string());
            let cells = COLUMNS
                .iter()
                .map(|&(_, pointer)| cell(json.pointer(pointer)));
            w.write_record(file_cell.into_iter().chain(cells))
                .map_err(err)?;
        }
        let bytes = w.into_inner().map_err(|e| e.to_string())?;
        Ok(out.write_all(&bytes).is_ok())
    }
}

/// The text of one cell: empty for null or absent, numbers as Rust prints
/// them (`628`, `1.5`), lists joined with ` / `.
fn cell(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => i.to_string(),
            (None, Some(f)) => f.to_string(),
            (None, None) => n.to_string(),
        },
        Some(Value::Bool(b)) => b.to_string(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| cell(Some(v)))
            .collect::<Vec<_>>()
            .join(" / "),
        Some(other) => other.to_string(),
    }
}

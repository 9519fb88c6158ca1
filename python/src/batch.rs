//! `extract_batch`: the records of many documents as Arrow columns.
//!
//! Documents are cut into blocks of consecutive documents; each block is
//! extracted into its own record batch, by one thread or by several pulling
//! blocks in turn, and the batches are put back in document order. The GIL
//! is released the whole time.

use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use arrow_array::builder::{
    BooleanBuilder, Date32Builder, Float64Builder, Int64Builder, ListBuilder, StringBuilder,
    StringDictionaryBuilder,
};
use arrow_array::types::Int8Type;
use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_schema::{ArrowError, DataType, Field, Schema, SchemaRef};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3_arrow::input::AnyArray;
use pyo3_arrow::PyTable;
use zh_metrics::{Date, Direction, Extractor, Metric};

use crate::texts::Texts;

/// Text per block: small enough that a block's string columns stay far
/// below Arrow's 2 GiB offsets and its records in cache-friendly memory.
const MAX_BLOCK_BYTES: usize = 8 << 20;

/// The records of `texts` as a `pyarrow.Table`, `doc` from `ids` or the
/// position, extracted on `threads` threads without the GIL.
pub(crate) fn table<'py>(
    py: Python<'py>,
    ex: &Extractor,
    texts: &Texts,
    ids: Option<&Bound<'py, PyAny>>,
    threads: usize,
) -> PyResult<Bound<'py, PyAny>> {
    let docs = texts.docs();
    let ids = ids.map(|ids| id_array(py, ids, docs.len())).transpose()?;
    let batches = py
        .detach(|| {
            let batches = record_batches(ex, &docs, threads)?;
            match &ids {
                Some(ids) => batches.iter().map(|b| with_ids(b, ids)).collect(),
                None => Ok(batches),
            }
        })
        .map_err(|e: ArrowError| PyValueError::new_err(e.to_string()))?;
    let schema = match (&ids, batches.first()) {
        (None, _) => schema(),
        (Some(_), Some(b)) => b.schema(),
        (Some(ids), None) => ids_schema(ids),
    };
    PyTable::try_new(batches, schema)?.into_pyarrow(py)
}

/// `ids` as one Arrow array of `len` values: Arrow input as is, anything
/// else through `pyarrow.array`.
fn id_array(py: Python<'_>, ids: &Bound<'_, PyAny>, len: usize) -> PyResult<ArrayRef> {
    let arrow = if ids.hasattr("__arrow_c_array__")? || ids.hasattr("__arrow_c_stream__")? {
        ids.clone()
    } else {
        py.import("pyarrow")?
            .call_method1("array", (ids,))
            .map_err(|e| {
                let err =
                    PyTypeError::new_err(format!("ids must be a list or an Arrow array: {e}"));
                err.set_cause(py, Some(e));
                err
            })?
    };
    let (chunks, _) = arrow
        .extract::<AnyArray>()?
        .into_chunked_array()
        .map_err(PyErr::from)?
        .into_inner();
    let refs: Vec<&dyn Array> = chunks.iter().map(|c| c.as_ref()).collect();
    let array = match refs.as_slice() {
        [_] => Arc::clone(&chunks[0]),
        _ => arrow_select::concat::concat(&refs)
            .map_err(|e| PyValueError::new_err(format!("ids: {e}")))?,
    };
    if array.len() != len {
        return Err(PyValueError::new_err(format!(
            "ids has {} values for {len} texts",
            array.len()
        )));
    }
    Ok(array)
}

/// The batch with its `doc` column (positions) replaced by those `ids`.
fn with_ids(batch: &RecordBatch, ids: &ArrayRef) -> Result<RecordBatch, ArrowError> {
    let doc = arrow_select::take::take(ids.as_ref(), batch.column(0).as_ref(), None)?;
    let mut columns = batch.columns().to_vec();
    columns[0] = doc;
    RecordBatch::try_new(ids_schema(ids), columns)
}

/// The record schema with the `doc` column typed as `ids`.
fn ids_schema(ids: &ArrayRef) -> SchemaRef {
    let base = schema();
    let mut fields: Vec<Field> = base.fields().iter().map(|f| f.as_ref().clone()).collect();
    fields[0] = Field::new("doc", ids.data_type().clone(), ids.null_count() > 0);
    Arc::new(Schema::new(fields))
}

/// The columns of a record batch, in order: SPEC §2 flattened as the
/// `corpus` example's CSV flattens it (`sentence_start`, `change_basis`).
pub(crate) fn schema() -> SchemaRef {
    static SCHEMA: OnceLock<SchemaRef> = OnceLock::new();
    let dict = || DataType::Dictionary(Box::new(DataType::Int8), Box::new(DataType::Utf8));
    let section = DataType::List(Arc::new(Field::new("item", DataType::Utf8, true)));
    SCHEMA
        .get_or_init(|| {
            Arc::new(Schema::new(vec![
                Field::new("doc", DataType::Int64, false),
                Field::new("start", DataType::Int64, false),
                Field::new("end", DataType::Int64, false),
                Field::new("text", DataType::Utf8, false),
                Field::new("value", DataType::Float64, false),
                Field::new("upper", DataType::Float64, true),
                Field::new("approx", dict(), false),
                Field::new("unit", DataType::Utf8, true),
                Field::new("kind", dict(), false),
                Field::new("subject", DataType::Utf8, true),
                Field::new("action", DataType::Utf8, true),
                Field::new("sentence_start", DataType::Int64, false),
                Field::new("sentence_end", DataType::Int64, false),
                Field::new("period", DataType::Utf8, true),
                Field::new("change_direction", DataType::Utf8, true),
                Field::new("change_basis", DataType::Utf8, true),
                Field::new("time_start", DataType::Date32, true),
                Field::new("time_end", DataType::Date32, true),
                Field::new("section", section, false),
                Field::new("parent", DataType::Int64, true),
                Field::new("distributive", DataType::Boolean, false),
                Field::new("resolved_subject", DataType::Utf8, true),
            ]))
        })
        .clone()
}

/// The record batches of `docs` (`doc` = position), in document order.
fn record_batches(
    ex: &Extractor,
    docs: &[Option<&str>],
    threads: usize,
) -> Result<Vec<RecordBatch>, ArrowError> {
    let blocks = blocks(docs, threads);
    if threads <= 1 || blocks.len() <= 1 {
        return blocks
            .into_iter()
            .map(|b| block_batch(ex, docs, b))
            .collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut mine = Vec::new();
        while let Some(block) = blocks.get(next.fetch_add(1, Ordering::Relaxed)) {
            mine.push((block.start, block_batch(ex, docs, block.clone())));
        }
        mine
    };
    let mut done: Vec<(usize, Result<RecordBatch, ArrowError>)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads.min(blocks.len()))
            .map(|_| s.spawn(work))
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    done.sort_unstable_by_key(|(start, _)| *start);
    done.into_iter().map(|(_, batch)| batch).collect()
}

/// Consecutive documents extracted together: one block up to
/// `MAX_BLOCK_BYTES` on one thread, about sixteen blocks per thread otherwise,
/// so that a long document does not leave the other threads idle.
fn blocks(docs: &[Option<&str>], threads: usize) -> Vec<Range<usize>> {
    let total: usize = docs.iter().map(|d| d.map_or(0, str::len)).sum();
    let target = if threads <= 1 {
        MAX_BLOCK_BYTES
    } else {
        (total / (threads * 16)).clamp(1, MAX_BLOCK_BYTES)
    };
    let mut out = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (i, doc) in docs.iter().enumerate() {
        bytes += doc.map_or(0, str::len);
        if bytes >= target {
            out.push(start..i + 1);
            (start, bytes) = (i + 1, 0);
        }
    }
    if start < docs.len() {
        out.push(start..docs.len());
    }
    out
}

/// The records of the documents `block` as one batch.
fn block_batch(
    ex: &Extractor,
    docs: &[Option<&str>],
    block: Range<usize>,
) -> Result<RecordBatch, ArrowError> {
    let mut columns = Columns::default();
    for i in block {
        if let Some(text) = docs[i] {
            for m in ex.extract(text) {
                columns.push(i, &m);
            }
        }
    }
    columns.finish()
}

/// One builder per column of [`schema`].
#[derive(Default)]
struct Columns {
    doc: Int64Builder,
    start: Int64Builder,
    end: Int64Builder,
    text: StringBuilder,
    value: Float64Builder,
    upper: Float64Builder,
    approx: StringDictionaryBuilder<Int8Type>,
    unit: StringBuilder,
    kind: StringDictionaryBuilder<Int8Type>,
    subject: StringBuilder,
    action: StringBuilder,
    sentence_start: Int64Builder,
    sentence_end: Int64Builder,
    period: StringBuilder,
    change_direction: StringBuilder,
    change_basis: StringBuilder,
    time_start: Date32Builder,
    time_end: Date32Builder,
    section: ListBuilder<StringBuilder>,
    parent: Int64Builder,
    distributive: BooleanBuilder,
    resolved_subject: StringBuilder,
}

/// A byte offset as an Arrow int64 (offsets of one `str` fit).
fn int(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl Columns {
    /// Appends the row of metric `m` of document `doc`.
    fn push(&mut self, doc: usize, m: &Metric) {
        self.doc.append_value(int(doc));
        self.start.append_value(int(m.start()));
        self.end.append_value(int(m.end()));
        self.text.append_value(m.text());
        self.value.append_value(m.value());
        self.upper.append_option(m.upper());
        self.approx.append_value(m.approx().as_str());
        self.unit.append_option(m.unit());
        self.kind.append_value(m.kind().as_str());
        self.subject.append_option(m.subject());
        self.action.append_option(m.action());
        self.sentence_start.append_value(int(m.sentence().start));
        self.sentence_end.append_value(int(m.sentence().end));
        self.period.append_option(m.period());
        let change = m.change();
        self.change_direction
            .append_option(change.map(|c| direction_name(c.direction())));
        self.change_basis
            .append_option(change.and_then(|c| c.basis()));
        let time = m.time();
        self.time_start
            .append_option(time.and_then(|t| t.start()).map(days_since_epoch));
        self.time_end
            .append_option(time.and_then(|t| t.end()).map(days_since_epoch));
        for heading in m.section() {
            self.section.values().append_value(heading);
        }
        self.section.append(true);
        self.parent.append_option(m.parent().map(int));
        self.distributive.append_value(m.is_distributive());
        self.resolved_subject.append_option(m.resolved_subject());
    }

    /// The batch of the rows pushed so far.
    fn finish(mut self) -> Result<RecordBatch, ArrowError> {
        let columns: Vec<ArrayRef> = vec![
            Arc::new(self.doc.finish()),
            Arc::new(self.start.finish()),
            Arc::new(self.end.finish()),
            Arc::new(self.text.finish()),
            Arc::new(self.value.finish()),
            Arc::new(self.upper.finish()),
            Arc::new(self.approx.finish()),
            Arc::new(self.unit.finish()),
            Arc::new(self.kind.finish()),
            Arc::new(self.subject.finish()),
            Arc::new(self.action.finish()),
            Arc::new(self.sentence_start.finish()),
            Arc::new(self.sentence_end.finish()),
            Arc::new(self.period.finish()),
            Arc::new(self.change_direction.finish()),
            Arc::new(self.change_basis.finish()),
            Arc::new(self.time_start.finish()),
            Arc::new(self.time_end.finish()),
            Arc::new(self.section.finish()),
            Arc::new(self.parent.finish()),
            Arc::new(self.distributive.finish()),
            Arc::new(self.resolved_subject.finish()),
        ];
        RecordBatch::try_new(schema(), columns)
    }
}

/// Days from 1970-01-01 to `d` in the proleptic Gregorian calendar: an
/// Arrow date32 (the civil-to-days count of H. Hinnant's date algorithms).
fn days_since_epoch(d: Date) -> i32 {
    let month = i32::try_from(d.month()).unwrap_or(1);
    let day = i32::try_from(d.day()).unwrap_or(1);
    let year = d.year() - i32::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1; // from March 1
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The SPEC name of a direction (`"up"`, `"down"`): its serde name.
fn direction_name(d: Direction) -> &'static str {
    // The serde form of the two directions; `Direction` is non-exhaustive:
    // the Python tests compare this column with the dicts' serde form.
    match d {
        Direction::Up => "up",
        Direction::Down => "down",
        _ => "other",
    }
}

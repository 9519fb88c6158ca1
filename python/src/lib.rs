//! Python bindings of zh-metrics: the extension module `zh_metrics._native`.
//!
//! `zh_metrics/__init__.py` re-exports what is here; `_native.pyi` types it.
//! Records cross into Python two ways: as dicts through their serde form
//! (the JSON of SPEC §2, as `examples/extract` prints it), and as Arrow
//! columns built here (`batch.rs`) and handed to pyarrow through the Arrow
//! C stream interface. The GIL is released while the library extracts.

use std::borrow::Cow;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use serde::de::IntoDeserializer;
use zh_metrics::{Extractor, Kind};

mod batch;
mod texts;

/// The UTF-8 text of a Python `str`; `what` names the argument in errors.
///
/// A non-`str` is a `TypeError`. A `str` holding a lone surrogate (which has
/// no UTF-8 form) is a `ValueError` naming its index.
pub(crate) fn text_of<'a>(
    obj: &'a Bound<'_, PyAny>,
    what: impl FnOnce() -> String,
) -> PyResult<Cow<'a, str>> {
    let Ok(s) = obj.cast::<PyString>() else {
        let type_name = obj.get_type().name()?;
        return Err(PyTypeError::new_err(format!(
            "{} must be str, not {type_name}",
            what()
        )));
    };
    s.to_cow().map_err(|e| {
        let at = e
            .value(obj.py())
            .getattr("start")
            .and_then(|v| v.extract::<usize>())
            .map_or_else(|_| String::new(), |i| format!(" at index {i}"));
        let err = PyValueError::new_err(format!(
            "{} holds a lone surrogate{at}, which has no UTF-8 form; \
             replace it first, e.g. s.encode('utf-8', 'replace').decode()",
            what()
        ));
        err.set_cause(obj.py(), Some(e));
        err
    })
}

/// The records of one document as a list of dicts.
fn records<'py>(
    py: Python<'py>,
    ex: &Extractor,
    text: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    let text = text_of(text, || "text".to_string())?;
    let metrics = py.detach(|| ex.extract(&text));
    let list = PyList::empty(py);
    for m in &metrics {
        list.append(pythonize::pythonize(py, m)?)?;
    }
    Ok(list)
}

/// The kind named as in SPEC §2 (`"count"`, `"money"`), by its serde name.
fn kind_named(name: &str) -> Option<Kind> {
    use serde::Deserialize;
    let de: serde::de::value::StrDeserializer<'_, serde::de::value::Error> =
        name.into_deserializer();
    Kind::deserialize(de).ok()
}

/// The metrics of one document, in document order, with the built-in units.
///
/// Each record is a dict with the fields of SPEC §2, exactly as the Rust
/// `examples/extract` prints them as JSON: `start` and `end` are UTF-8 byte
/// offsets (`text.encode()[start:end]`), `sentence` is `{"start", "end"}`,
/// `change` is `None` or `{"direction", "basis"}`, `section` a list of the
/// headings above the metric.
///
/// Raises `TypeError` if `text` is not a `str`, `ValueError` if it holds a
/// lone surrogate.
#[pyfunction]
fn extract<'py>(py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    records(py, &Extractor::new(), text)
}

/// Parses one numeral on its own: `"1.5万"` → `(15000.0, None)`,
/// `"百分之十四點五"` → `(14.5, "%")`. The unit is `"%"`, `"‰"`,
/// `"个百分点"` or `None`.
///
/// Raises `ValueError` naming the byte offset (and the character index)
/// where the string stops being a numeral, `TypeError` if `s` is not a
/// `str`.
#[pyfunction]
fn parse_numeral(s: &Bound<'_, PyAny>) -> PyResult<(f64, Option<&'static str>)> {
    let s = text_of(s, || "s".to_string())?;
    match zh_metrics::parse_numeral(&s) {
        Ok(n) => Ok((n.value(), n.unit())),
        Err(e) => {
            let chars = s.get(..e.offset()).map_or(0, |p| p.chars().count());
            Err(PyValueError::new_err(format!("{e} (character {chars})")))
        }
    }
}

/// Finds metrics, with units of your own domain added to the built-in ones:
/// `Extractor(units={"床位": "count"})`. Each unit maps to its kind, named
/// as in SPEC §2 (`"count"`, `"money"`, `"area"`, ...).
///
/// Raises `ValueError` naming a unit that cannot be one (empty, holding
/// white space or clause punctuation, starting with a digit) or a kind that
/// does not exist, `TypeError` if `units` is not a mapping of `str` to
/// `str`. An `Extractor` is immutable and can be shared between threads.
#[pyclass(name = "Extractor", module = "zh_metrics", frozen)]
struct PyExtractor {
    inner: Extractor,
    /// The units as given, for `repr`.
    units: Vec<(String, String)>,
}

#[pymethods]
impl PyExtractor {
    #[new]
    #[pyo3(signature = (units = None))]
    fn new(units: Option<&Bound<'_, PyAny>>) -> PyResult<PyExtractor> {
        let mut builder = Extractor::builder();
        let mut given = Vec::new();
        if let Some(units) = units {
            let items = units.call_method0("items").map_err(|_| {
                PyTypeError::new_err(
                    "units must be a mapping of unit to kind, e.g. {\"床位\": \"count\"}",
                )
            })?;
            for item in items.try_iter()? {
                let (unit, kind): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item?.extract()?;
                let unit = text_of(&unit, || "a unit".to_string())?;
                let kind_name = text_of(&kind, || format!("the kind of unit {unit:?}"))?;
                let kind = kind_named(&kind_name).ok_or_else(|| {
                    PyValueError::new_err(format!(
                        "unit {unit:?}: unknown kind {kind_name:?} \
                         (kinds are the SPEC names: \"count\", \"money\", \"percent\", ...)"
                    ))
                })?;
                builder.unit(&unit, kind);
                given.push((unit.into_owned(), kind_name.into_owned()));
            }
        }
        let inner = builder
            .build()
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        Ok(PyExtractor {
            inner,
            units: given,
        })
    }

    /// The metrics of one document as dicts, like `zh_metrics.extract`.
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyList>> {
        records(py, &self.inner, text)
    }

    /// The metrics of many documents as one `pyarrow.Table`, one row per
    /// metric, in document order. Columns: `doc` (int64 position, or the
    /// values of `ids`), `start`, `end` (int64 UTF-8 byte offsets), `text`,
    /// `value`, `upper` (float64), `approx`, `kind` (dictionary strings),
    /// `unit`, `subject`, `action`, `sentence_start`, `sentence_end`,
    /// `period`, `change_direction`, `change_basis`, `time_start`,
    /// `time_end` (date32), `section` (list of strings), `parent` (int64,
    /// a record index within the document), `distributive` (bool),
    /// `resolved_subject`.
    ///
    /// `texts` is a list (or any iterable) of `str` or `None`, or an Arrow
    /// string array: a `pyarrow.Array` or `ChunkedArray`, a Polars `Series`,
    /// anything with `__arrow_c_array__` or `__arrow_c_stream__`. A null
    /// document gives no row. `ids` (same length) fills the `doc` column,
    /// else it holds each document's position. `threads` (default 1) spreads
    /// the documents over that many threads; the result is the same.
    #[pyo3(signature = (texts, ids = None, threads = None))]
    fn extract_batch<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        ids: Option<&Bound<'py, PyAny>>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let threads = match threads {
            None => 1,
            Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
            Some(n) => n,
        };
        let texts = texts::Texts::from_py(texts)?;
        batch::table(py, &self.inner, &texts, ids, threads)
    }

    /// Pickles as the units it was made with (for multiprocessing and
    /// Spark closures): `Extractor(units)` rebuilds it.
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, (Bound<'py, PyDict>,))> {
        let py = slf.py();
        let units = PyDict::new(py);
        for (unit, kind) in &slf.get().units {
            units.set_item(unit, kind)?;
        }
        Ok((slf.get_type().into_any(), (units,)))
    }

    fn __repr__(&self) -> String {
        if self.units.is_empty() {
            return "Extractor()".to_string();
        }
        let units: Vec<String> = self
            .units
            .iter()
            .map(|(u, k)| format!("{u:?}: {k:?}"))
            .collect();
        format!("Extractor(units={{{}}})", units.join(", "))
    }
}

/// The extension module, re-exported by `zh_metrics/__init__.py`.
#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(parse_numeral, m)?)?;
    m.add_class::<PyExtractor>()?;
    Ok(())
}

//! The documents of a batch, from a Python iterable of `str` or from Arrow.

use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef};
use arrow_schema::DataType;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use pyo3_arrow::input::AnyArray;

/// The documents of a batch: Arrow string arrays as they came (no copy), or
/// the UTF-8 of Python strings; `None` for a null document.
pub(crate) enum Texts {
    /// Copied out of Python `str` objects (the GIL is released afterwards).
    Python(Vec<Option<String>>),
    /// Chunks of an Arrow array of type utf8, large_utf8 or utf8_view.
    Arrow(Vec<ArrayRef>),
}

impl Texts {
    /// Reads `texts`: anything with `__arrow_c_array__` or
    /// `__arrow_c_stream__` as Arrow, else an iterable of `str` or `None`.
    pub(crate) fn from_py(texts: &Bound<'_, PyAny>) -> PyResult<Texts> {
        if texts.hasattr("__arrow_c_array__")? || texts.hasattr("__arrow_c_stream__")? {
            let chunked = texts
                .extract::<AnyArray>()?
                .into_chunked_array()
                .map_err(PyErr::from)?;
            let (chunks, _) = chunked.into_inner();
            let chunks = chunks
                .into_iter()
                .map(string_chunk)
                .collect::<PyResult<_>>()?;
            return Ok(Texts::Arrow(chunks));
        }
        if texts.is_instance_of::<PyString>() || texts.is_instance_of::<PyBytes>() {
            return Err(PyTypeError::new_err(
                "texts must be a list of str or an Arrow string array, not one string: \
                 wrap it in a list, or use extract()",
            ));
        }
        let iter = texts.try_iter().map_err(|_| {
            let name = texts
                .get_type()
                .name()
                .map_or_else(|_| "?".to_string(), |n| n.to_string());
            PyTypeError::new_err(format!(
                "texts must be a list of str or an Arrow string array, not {name}"
            ))
        })?;
        let mut docs = Vec::new();
        for (i, item) in iter.enumerate() {
            let item = item?;
            if item.is_none() {
                docs.push(None);
                continue;
            }
            let text = crate::text_of(&item, || format!("texts[{i}] (str or None)"))?;
            docs.push(Some(text.into_owned()));
        }
        Ok(Texts::Python(docs))
    }

    /// Each document's text, `None` for a null, in order.
    pub(crate) fn docs(&self) -> Vec<Option<&str>> {
        match self {
            Texts::Python(docs) => docs.iter().map(Option::as_deref).collect(),
            Texts::Arrow(chunks) => {
                let mut docs = Vec::with_capacity(chunks.iter().map(|c| c.len()).sum());
                for chunk in chunks {
                    match chunk.data_type() {
                        DataType::Utf8 => docs.extend(chunk.as_string::<i32>().iter()),
                        DataType::LargeUtf8 => docs.extend(chunk.as_string::<i64>().iter()),
                        _ => docs.extend(chunk.as_string_view().iter()),
                    }
                }
                docs
            }
        }
    }
}

/// An Arrow chunk of strings as one of the three string layouts; a
/// dictionary of strings is decoded; anything else is a `TypeError`.
fn string_chunk(chunk: ArrayRef) -> PyResult<ArrayRef> {
    match chunk.data_type() {
        DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View => Ok(chunk),
        DataType::Dictionary(_, values)
            if matches!(
                **values,
                DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View
            ) =>
        {
            arrow_cast::cast(&chunk, &DataType::LargeUtf8)
                .map_err(|e| PyTypeError::new_err(format!("texts: {e}")))
        }
        other => Err(PyTypeError::new_err(format!(
            "texts must be an Arrow array of strings, not of {other}"
        ))),
    }
}

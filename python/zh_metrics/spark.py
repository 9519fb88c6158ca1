"""Metrics of a Spark DataFrame of documents, extracted on the executors.

>>> from zh_metrics import spark as zm_spark
>>> records = zm_spark.extract(docs, text_col="text", id_cols=("doc",))  # doctest: +SKIP

:func:`extract` maps each Arrow batch of the DataFrame through
:meth:`zh_metrics.Extractor.extract_batch` with ``mapInArrow``: no Python
object per record, no row-by-row UDF. The result has a fixed schema: the
``id_cols`` as they are in the input, then the record columns of
``extract_batch`` (``start``, ``end``, ``text``, ``value``, ... ``approx``
and ``kind`` as plain strings). It runs unchanged on any Spark >= 3.4 whose
executors have the ``zh-metrics`` wheel installed (see the README, "Python
and Spark", for shipping it to a cluster).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Optional

import pyarrow as pa

from zh_metrics._native import Extractor

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

__all__ = ["extract", "record_fields"]


def record_fields() -> list[pa.Field]:
    """The record columns of :func:`extract` (all but the id columns), as Arrow fields.

    Those of ``Extractor.extract_batch`` without ``doc``, dictionary strings
    decoded to plain strings (Spark has no dictionary type), all nullable.
    """
    schema = Extractor().extract_batch([]).schema
    fields = []
    for field in schema:
        if field.name == "doc":
            continue
        dtype = field.type.value_type if pa.types.is_dictionary(field.type) else field.type
        fields.append(pa.field(field.name, dtype, nullable=True))
    return fields


def _records(
    extractor: Extractor,
    batch: pa.RecordBatch,
    text_col: str,
    id_cols: Sequence[str],
    fields: Sequence[pa.Field],
    threads: Optional[int],
) -> Iterator[pa.RecordBatch]:
    """The record batches of one input batch: id columns taken per record."""
    texts = batch.column(batch.schema.get_field_index(text_col))
    table = extractor.extract_batch(texts, threads=threads)
    ids = [batch.column(batch.schema.get_field_index(c)) for c in id_cols]
    names = list(id_cols) + [f.name for f in fields]
    for out in table.to_batches():
        positions = out.column(0)
        arrays = [col.take(positions) for col in ids]
        for field in fields:
            col = out.column(out.schema.get_field_index(field.name))
            if pa.types.is_dictionary(col.type):
                col = col.dictionary_decode()
            arrays.append(col)
        yield pa.RecordBatch.from_arrays(arrays, names=names)


def extract(
    df: "DataFrame",
    text_col: str = "text",
    id_cols: Sequence[str] = ("doc",),
    *,
    units: Optional[Mapping[str, str]] = None,
    threads: Optional[int] = None,
) -> "DataFrame":
    """The metrics of the documents in column ``text_col`` of ``df``, one row per metric.

    Each row holds the ``id_cols`` of its document (with their Spark types)
    and the record columns of :func:`record_fields`. ``units`` is given to
    :class:`zh_metrics.Extractor` on each executor; ``threads`` (default 1:
    Spark already runs one task per core) to ``extract_batch``. A null text
    gives no row.

    Raises ``ValueError`` for a column that ``df`` lacks or an id column
    whose name is a record column, ``TypeError`` if ``text_col`` is not a
    string column, and the errors of ``Extractor`` for bad ``units``
    (checked here, on the driver, before any job runs).
    """
    from pyspark.sql.pandas.types import from_arrow_schema
    from pyspark.sql.types import StringType, StructType

    id_cols = list(id_cols)
    for col in [text_col, *id_cols]:
        if col not in df.columns:
            raise ValueError(f"column {col!r} is not in the DataFrame (columns: {df.columns})")
    if not isinstance(df.schema[text_col].dataType, StringType):
        raise TypeError(f"column {text_col!r} must be a string column, not {df.schema[text_col].dataType}")
    fields = record_fields()
    clash = sorted(set(id_cols) & {f.name for f in fields})
    if clash:
        raise ValueError(f"id columns {clash} have the names of record columns: rename them first")
    units = dict(units) if units else None
    Extractor(units)  # bad units fail here, not in a task

    schema = StructType([df.schema[c] for c in id_cols] + from_arrow_schema(pa.schema(fields)).fields)

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        extractor = Extractor(units)
        for batch in batches:
            yield from _records(extractor, batch, text_col, id_cols, fields, threads)

    inputs = [text_col] + [c for c in id_cols if c != text_col]
    return df.select(*inputs).mapInArrow(run, schema)

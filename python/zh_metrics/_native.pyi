"""Types of the extension module ``zh_metrics._native`` (re-exported by ``zh_metrics``)."""

from collections.abc import Iterable, Mapping
from typing import Any, Literal, Optional, Protocol, Tuple, TypedDict, Union

import pyarrow

Approx = Literal["exact", "more_than", "at_least", "nearly", "about", "less_than", "at_most"]
Kind = Literal[
    "count",
    "percent",
    "percentage_point",
    "permille",
    "money",
    "multiple",
    "duration",
    "age",
    "length",
    "area",
    "volume",
    "mass",
    "energy",
    "power",
    "temperature",
    "other",
]

class Span(TypedDict):
    start: int
    end: int

class Change(TypedDict):
    direction: Literal["up", "down"]
    basis: Optional[str]

class TimeSpan(TypedDict):
    start: Optional[str]
    """First day, ``YYYY-MM-DD``; ``None`` when open (截至9月底)."""
    end: Optional[str]
    """Last day, ``YYYY-MM-DD``; ``None`` when open (今年以来)."""

class Record(TypedDict):
    """One metric, the JSON form of SPEC §2 as ``examples/extract`` prints it."""

    start: int
    """UTF-8 byte offset of the first byte of ``text`` in the document."""
    end: int
    """UTF-8 byte offset just past ``text``."""
    text: str
    value: float
    upper: Optional[float]
    approx: Approx
    unit: Optional[str]
    kind: Kind
    subject: Optional[str]
    action: Optional[str]
    sentence: Span
    period: Optional[str]
    change: Optional[Change]
    time: Optional[TimeSpan]
    """The period resolved to dates (SPEC §2.2)."""
    section: list[str]
    parent: Optional[int]
    """Index (in the document's records) of the whole this metric is a part of (其中)."""
    distributive: bool
    resolved_subject: Optional[str]

class _ArrowArray(Protocol):
    def __arrow_c_array__(self, requested_schema: Any = ...) -> Any: ...

class _ArrowStream(Protocol):
    def __arrow_c_stream__(self, requested_schema: Any = ...) -> Any: ...

Texts = Union[Iterable[Optional[str]], _ArrowArray, _ArrowStream]
"""A list of ``str`` (``None`` for a missing document), or an Arrow string
array: ``pyarrow.Array``/``ChunkedArray``, a Polars ``Series``..."""

def extract(text: str) -> list[Record]:
    """The metrics of one document, in document order, with the built-in units.

    Raises ``TypeError`` if ``text`` is not a ``str``, ``ValueError`` if it
    holds a lone surrogate.
    """

def parse_numeral(s: str) -> Tuple[float, Optional[Literal["%", "‰", "个百分点"]]]:
    """Parses one numeral: ``"1.5万"`` → ``(15000.0, None)``, ``"百分之三十"`` → ``(30.0, "%")``.

    Raises ``ValueError`` naming the byte offset and character index where
    the string stops being a numeral.
    """

class Extractor:
    """Finds metrics, with units of your own domain: ``Extractor(units={"床位": "count"})``.

    Raises ``ValueError`` naming a unit that cannot be one or an unknown
    kind; ``TypeError`` if ``units`` is not a mapping of ``str`` to ``str``.
    """

    def __init__(self, units: Optional[Mapping[str, Kind]] = None) -> None: ...
    def extract(self, text: str) -> list[Record]:
        """The metrics of one document as dicts, like :func:`zh_metrics.extract`."""

    def extract_batch(
        self,
        texts: Texts,
        ids: Optional[Union[Iterable[Any], _ArrowArray, _ArrowStream]] = None,
        threads: Optional[int] = None,
    ) -> pyarrow.Table:
        """The metrics of many documents as one table, one row per metric, in document order.

        Columns: ``doc`` (int64 position, or the values of ``ids``),
        ``start``, ``end`` (int64 byte offsets), ``text``, ``value``,
        ``upper`` (float64), ``approx`` and ``kind`` (dictionary strings),
        ``unit``, ``subject``, ``action``, ``sentence_start``,
        ``sentence_end``, ``period``, ``change_direction``,
        ``change_basis``, ``time_start``, ``time_end`` (date32, the bounds
        of ``time``), ``section`` (list of strings), ``parent`` (int64,
        a record index within the same document), ``distributive`` (bool),
        ``resolved_subject``.

        A null document gives no row. ``threads`` (default 1) spreads the
        documents over threads, the GIL released; the rows are the same.
        Raises ``TypeError`` for a non-string document or a non-string
        Arrow array, ``ValueError`` if ``ids`` does not have one value per
        document or ``threads`` is 0.
        """

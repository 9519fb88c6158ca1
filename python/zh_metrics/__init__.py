"""Typed statistical metrics from Chinese report text.

Government work reports, bureau summaries and statistical bulletins state
their figures in sentences such as ``区法律援助中心累计受理各类法律援助申请628件``.
This package finds every such quantity and returns it as a record: value,
range, qualifier, unit, kind, byte span and context (what was counted, the
reporting verb, the time scope, the headings above it). It is the Rust crate
``zh-metrics`` compiled as an extension module.

>>> import zh_metrics
>>> [(m["text"], m["value"], m["unit"]) for m in zh_metrics.extract("受理申请628件，接待百余人次")]
[('628件', 628.0, '件'), ('百余人次', 100.0, '人次')]

- :func:`extract` gives the records of one document as dicts (SPEC §2, the
  JSON form of the Rust ``examples/extract``).
- :class:`Extractor` adds units of your own domain and has
  :meth:`Extractor.extract_batch`, the records of many documents as a
  ``pyarrow.Table``, on several threads if asked.
- :func:`parse_numeral` parses one numeral on its own.
- :mod:`zh_metrics.spark` runs ``extract_batch`` over a Spark DataFrame.

Offsets (``start``, ``end``, ``sentence``) are UTF-8 byte offsets, as in
the Rust crate: ``text.encode()[m["start"]:m["end"]].decode() == m["text"]``.
A ``str`` holding a lone surrogate (no UTF-8 form) raises ``ValueError``.
"""

from zh_metrics._native import Extractor, extract, parse_numeral

__all__ = ["Extractor", "extract", "parse_numeral"]

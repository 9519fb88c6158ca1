/*!
Typed statistical metrics from Chinese report text.

Government work reports, bureau summaries, statistical bulletins and court
reports state their figures in sentences such as
`区法律援助中心累计受理各类法律援助申请628件`. This crate finds every such
reported quantity and returns it as a typed record: value, range, qualifier,
unit, kind, byte span, and its context (what was counted, the reporting verb,
the time scope, the headings above it).

```
use zh_metrics::{Approx, Extractor, Kind};

let text = "区法律援助中心累计受理各类法律援助申请628件，参加各类讨论会议百余人次。";
let metrics = Extractor::new().extract(text);

assert_eq!(metrics.len(), 2);
assert_eq!(metrics[0].text(), "628件");
assert_eq!(metrics[0].value(), 628.0);
assert_eq!(metrics[0].unit(), Some("件"));
assert_eq!(metrics[1].text(), "百余人次");
assert_eq!(metrics[1].value(), 100.0);
assert_eq!(metrics[1].approx(), Approx::MoreThan);
assert_eq!(metrics[1].kind(), Kind::Count);
```

# Overview

- [`Extractor`] finds metrics. [`Extractor::extract`] returns owned
  [`Metric`] records with context; [`Extractor::find_iter`] streams borrowed
  [`Quantity`] matches without context, for speed.
- [`Extractor::extract_reader`] streams the records of a document from any
  `BufRead`, in memory bounded by the longest line, with the same records
  as [`Extractor::extract`].
- Each [`Metric`] says when it holds: [`Metric::period`] as written
  (`截至9月底`) and [`Metric::time`], a [`TimeSpan`] of [`Date`]s resolved
  from the period, the headings and the document's own year (`全年` in a
  `2023年工作总结` is 2023-01-01 to 2023-12-31).
- [`ExtractorBuilder`] adds measure words of your own domain.
- [`parse_numeral`] parses one numeral on its own (`"1.5万"`, `"二〇二三"`,
  `"百分之十四點五"`).
- [`audit`] checks the arithmetic a report states: parts that add up to
  more than their whole, breakdowns that do not add up, rates that
  contradict their numbers, beyond the rounding of the written figures;
  each [`Finding`] says how sure it is ([`Confidence`]).

# Crate features

- `serde` (default): `Serialize` and `Deserialize` for the record types, in
  the JSON form of the SPEC (`start`, `end`, `text`, `value`, `upper`,
  `approx`, `unit`, `kind`, `subject`, `action`, `sentence`, `period`,
  `change`, `time`, `section`).
*/

#![deny(missing_docs)]
#![warn(missing_debug_implementations)]
#![forbid(unsafe_code)]

mod chars;
mod context;
mod extractor;
mod numeral;
mod quantity;
mod reader;
mod record;
mod scan;
mod units;

pub use crate::context::audit::{audit, Confidence, Finding, FindingKind};
pub use crate::extractor::{BuildError, BuildErrorKind, Extractor, ExtractorBuilder};
pub use crate::numeral::{parse_numeral, Numeral, NumeralError, NumeralErrorKind};
pub use crate::quantity::Quantity;
pub use crate::reader::{MetricsReader, ReadError, ReadErrorKind, DEFAULT_MAX_LINE_LEN};
pub use crate::record::{Approx, Change, Date, DateError, Direction, Kind, Metric, Span, TimeSpan};
pub use crate::scan::Quantities;

/// The README's examples run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

//! The borrowed match that the scanner yields.

use crate::record::{Approx, Kind, Span};

/// A quantity found in the text, borrowed from the input: the core of a
/// metric without its context.
///
/// Yielded by [`Extractor::find_iter`](crate::Extractor::find_iter), which
/// streams them without collecting.
///
/// # Example
///
/// ```
/// use zh_metrics::Extractor;
///
/// let ex = Extractor::new();
/// let found: Vec<_> = ex.find_iter("训诫9起、警告20起").map(|q| q.as_str()).collect();
/// assert_eq!(found, ["9起", "20起"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Quantity<'h> {
    pub(crate) span: Span,
    pub(crate) text: &'h str,
    pub(crate) number: Span,
    pub(crate) unit_span: Option<Span>,
    pub(crate) value: f64,
    pub(crate) upper: Option<f64>,
    pub(crate) approx: Approx,
    pub(crate) unit: Option<&'h str>,
    pub(crate) kind: Kind,
    pub(crate) distributive: bool,
}

impl<'h> Quantity<'h> {
    /// Byte span of the quantity, qualifiers included.
    pub fn span(&self) -> Span {
        self.span
    }

    /// Byte offset where the quantity starts.
    pub fn start(&self) -> usize {
        self.span.start
    }

    /// Byte offset just past the quantity.
    pub fn end(&self) -> usize {
        self.span.end
    }

    /// The quantity as written: `近千次`.
    pub fn as_str(&self) -> &'h str {
        self.text
    }

    /// Byte span of the numeral alone (`千` in `近千次`).
    pub fn number_span(&self) -> Span {
        self.number
    }

    /// Byte span of the unit as written (`次` in `近千次`), if any.
    pub fn unit_span(&self) -> Option<Span> {
        self.unit_span
    }

    /// The resolved value; always finite.
    pub fn value(&self) -> f64 {
        self.value
    }

    /// The upper end of a range.
    pub fn upper(&self) -> Option<f64> {
        self.upper
    }

    /// The qualifier.
    pub fn approx(&self) -> Approx {
        self.approx
    }

    /// The canonical unit (simplified script, without magnitude).
    pub fn unit(&self) -> Option<&'h str> {
        self.unit
    }

    /// The kind of quantity.
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// Whether the quantity holds for each of several things (`各1名`).
    pub fn is_distributive(&self) -> bool {
        self.distributive
    }
}

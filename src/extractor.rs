//! The extractor and its builder.

use std::sync::Arc;

use crate::context::DocContext;
use crate::quantity::Quantity;
use crate::record::{Kind, Metric};
use crate::scan::Quantities;
use crate::units::{Lexicon, BUILTIN};

/// Finds the metrics in Chinese report text.
///
/// An `Extractor` is cheap to clone and can be shared between threads.
///
/// # Example
///
/// ```
/// use zh_metrics::Extractor;
///
/// let text = "区法律援助中心累计受理各类法律援助申请628件，接待来访咨询876人次";
/// let metrics = Extractor::new().extract(text);
/// let found: Vec<(&str, f64)> = metrics.iter().map(|m| (m.text(), m.value())).collect();
/// assert_eq!(found, [("628件", 628.0), ("876人次", 876.0)]);
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    lexicon: Arc<Lexicon>,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the built-in unit lexicon.
    pub fn new() -> Extractor {
        Extractor {
            lexicon: Arc::clone(&BUILTIN),
        }
    }

    /// A builder, to add units of your own domain.
    ///
    /// # Example
    ///
    /// ```
    /// use zh_metrics::{Extractor, Kind};
    ///
    /// let ex = Extractor::builder().unit("床位", Kind::Count).build()?;
    /// let m = &ex.extract("新增养老床位1200床位")[0];
    /// assert_eq!(m.unit(), Some("床位"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// Streams the quantities in `text`, borrowed, without their context.
    ///
    /// This is the fast path: nothing is collected or allocated per match.
    ///
    /// # Example
    ///
    /// ```
    /// use zh_metrics::Extractor;
    ///
    /// let ex = Extractor::new();
    /// let total: f64 = ex.find_iter("训诫9起、警告20起").map(|q| q.value()).sum();
    /// assert_eq!(total, 29.0);
    /// ```
    pub fn find_iter<'a>(&'a self, text: &'a str) -> Quantities<'a> {
        Quantities::new(&self.lexicon, text)
    }

    /// Extracts every metric in `text`, with its context, in document order.
    ///
    /// `text` is a whole document: headings above a metric become its
    /// `section`, and a time phrase at the head of a paragraph its `period`.
    pub fn extract(&self, text: &str) -> Vec<Metric> {
        let mut out = Vec::new();
        let mut ctx = DocContext::new();
        let mut buf: Vec<Quantity<'_>> = Vec::new();
        for (offset, line) in lines(text) {
            buf.clear();
            buf.extend(Quantities::in_line(&self.lexicon, line));
            ctx.push_line(line, offset, &buf, &mut out);
        }
        ctx.finish(&mut out);
        out
    }
}

/// The lines of `text` with their byte offsets, without terminators
/// (`\n`, and a `\r` before it), as `split_inclusive('\n')` cuts them;
/// the line breaks found by the vectorised search of `memchr` (std's
/// reads a word at a time, and every byte of the text passes through it).
pub(crate) fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let rest = text.get(pos..).filter(|r| !r.is_empty())?;
        let offset = pos;
        let line = match memchr::memchr(b'\n', rest.as_bytes()) {
            Some(i) => {
                pos += i + 1;
                &rest[..i]
            }
            None => {
                pos = text.len();
                rest
            }
        };
        let line = line.strip_suffix('\r').unwrap_or(line);
        Some((offset, line))
    })
}

/// Configures an [`Extractor`].
///
/// Setters take `&mut self` and return it, so calls chain; [`build`]
/// does not consume the builder.
///
/// [`build`]: ExtractorBuilder::build
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    units: Vec<(String, String, Kind)>,
}

impl ExtractorBuilder {
    /// A builder with the default settings: the built-in lexicon only.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Adds a measure word or unit, reported as written. Longer units win
    /// over shorter ones, whether built-in or added. Adding a built-in unit
    /// again replaces its kind. The unit is checked by [`build`].
    ///
    /// [`build`]: ExtractorBuilder::build
    ///
    /// # Example
    ///
    /// ```
    /// use zh_metrics::{Extractor, Kind};
    ///
    /// let ex = Extractor::builder().unit("架次", Kind::Count).build()?;
    /// assert_eq!(ex.extract("保障航班300架次")[0].unit(), Some("架次"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unit(&mut self, written: &str, kind: Kind) -> &mut ExtractorBuilder {
        self.unit_as(written, written, kind)
    }

    /// Adds a unit written `written` and reported as `canonical`, as for a
    /// traditional form (`輛` reported as `辆`).
    ///
    /// # Example
    ///
    /// ```
    /// use zh_metrics::{Extractor, Kind};
    ///
    /// let ex = Extractor::builder().unit_as("架次", "sorties", Kind::Count).build()?;
    /// assert_eq!(ex.extract("保障航班300架次")[0].unit(), Some("sorties"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unit_as(&mut self, written: &str, canonical: &str, kind: Kind) -> &mut ExtractorBuilder {
        self.units
            .push((written.to_string(), canonical.to_string(), kind));
        self
    }

    /// Builds the extractor.
    ///
    /// # Errors
    ///
    /// A [`BuildError`] naming the first unit that cannot be one: empty,
    /// holding white space, a control character or punctuation that ends a
    /// clause or sentence (`，。；`), or starting with a digit or a numeral
    /// character (the numeral would read it).
    ///
    /// # Example
    ///
    /// ```
    /// use zh_metrics::{Extractor, Kind};
    ///
    /// let err = Extractor::builder().unit("床 位", Kind::Count).build().unwrap_err();
    /// assert_eq!(err.unit(), "床 位");
    /// assert_eq!(err.to_string(), "unit \"床 位\" holds white space or a control character");
    /// ```
    pub fn build(&self) -> Result<Extractor, BuildError> {
        if self.units.is_empty() {
            return Ok(Extractor::new());
        }
        let mut lex = Lexicon::clone(&BUILTIN);
        for (w, c, k) in &self.units {
            check_unit(w)?;
            if c.is_empty() {
                return Err(BuildError::new(w, BuildErrorKind::EmptyCanonical));
            }
            lex.insert(w, c, *k);
        }
        Ok(Extractor {
            lexicon: Arc::new(lex),
        })
    }
}

/// Why a unit added through [`ExtractorBuilder`] cannot be one.
fn check_unit(written: &str) -> Result<(), BuildError> {
    let kind = if written.is_empty() {
        Some(BuildErrorKind::Empty)
    } else if written.chars().any(|c| c.is_whitespace() || c.is_control()) {
        Some(BuildErrorKind::WhiteSpace)
    } else if written.chars().any(|c| {
        // (the small forms `﹖`, `﹐` … end sentences and clauses as their
        // ordinary forms do)
        matches!(
            crate::chars::ordinary_mark(c),
            '，' | '。' | '；' | '：' | '！' | '？' | '、' | ',' | ';' | ':' | '!' | '?'
        )
    }) {
        Some(BuildErrorKind::Punctuation)
    } else if written.chars().next().is_some_and(|c| {
        c.is_ascii_digit()
            || crate::numeral::is_numeral_start(c)
            || crate::chars::is_decimal_point(c)
            || matches!(c, '-' | '+')
    }) {
        Some(BuildErrorKind::StartsWithNumeral)
    } else {
        None
    };
    match kind {
        Some(k) => Err(BuildError::new(written, k)),
        None => Ok(()),
    }
}

/// A unit given to [`ExtractorBuilder`] that cannot be one.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unit {unit:?} {kind}")]
pub struct BuildError {
    unit: String,
    kind: BuildErrorKind,
}

impl BuildError {
    fn new(unit: &str, kind: BuildErrorKind) -> BuildError {
        BuildError {
            unit: unit.to_string(),
            kind,
        }
    }

    /// The unit as it was given.
    pub fn unit(&self) -> &str {
        &self.unit
    }

    /// What is wrong with it.
    pub fn kind(&self) -> BuildErrorKind {
        self.kind
    }
}

/// What is wrong with a unit given to [`ExtractorBuilder`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum BuildErrorKind {
    /// The unit is the empty string.
    #[error("is empty")]
    Empty,
    /// The unit is reported as the empty string.
    #[error("is reported as the empty string")]
    EmptyCanonical,
    /// White space or a control character: units are written solid.
    #[error("holds white space or a control character")]
    WhiteSpace,
    /// Punctuation that ends a clause or a sentence.
    #[error("holds punctuation that ends a clause or sentence")]
    Punctuation,
    /// A digit, a numeral character or a sign first: the numeral before it
    /// would read it as its own.
    #[error("starts with a digit, a numeral character or a sign")]
    StartsWithNumeral,
}

#[cfg(test)]
mod tests {
    use super::lines;

    /// The lines as `split_inclusive` cuts them, terminators dropped.
    fn split_lines(text: &str) -> Vec<(usize, &str)> {
        let mut pos = 0;
        let mut out = Vec::new();
        for raw in text.split_inclusive('\n') {
            let line = raw.strip_suffix('\n').unwrap_or(raw);
            out.push((pos, line.strip_suffix('\r').unwrap_or(line)));
            pos += raw.len();
        }
        out
    }

    #[test]
    fn lines_are_cut_as_split_inclusive_cuts_them() {
        for text in [
            "",
            "\n",
            "\n\n",
            "一",
            "一\n",
            "一\r\n二",
            "\r\n\r\n三\r",
            "第一行\n\n第三行\r\n",
        ] {
            assert_eq!(
                lines(text).collect::<Vec<_>>(),
                split_lines(text),
                "{text:?}"
            );
        }
    }
}

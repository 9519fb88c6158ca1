//! The scanner: finds quantities (number, qualifiers, unit) in text.

use crate::numeral::scan_number;
use crate::quantity::Quantity;
use crate::record::{Approx, Span};
use crate::units::Lexicon;

/// Iterator over the quantities of a text, from
/// [`Extractor::find_iter`](crate::Extractor::find_iter).
#[derive(Clone, Debug)]
pub struct Quantities<'a> {
    lexicon: &'a Lexicon,
    text: &'a str,
    pos: usize,
}

impl<'a> Quantities<'a> {
    pub(crate) fn new(lexicon: &'a Lexicon, text: &'a str) -> Quantities<'a> {
        Quantities {
            lexicon,
            text,
            pos: 0,
        }
    }
}

impl<'a> Iterator for Quantities<'a> {
    type Item = Quantity<'a>;

    fn next(&mut self) -> Option<Quantity<'a>> {
        let text = self.text;
        while self.pos < text.len() {
            let at = self.pos;
            let c = text[at..].chars().next()?;
            self.pos += c.len_utf8();
            let Some(n) = scan_number(text, at) else {
                continue;
            };
            self.pos = n.end;
            let Some(u) = self.lexicon.longest_match(&text[n.end..]) else {
                continue;
            };
            let end = n.end + u.len;
            self.pos = end;
            return Some(Quantity {
                span: Span { start: at, end },
                text: &text[at..end],
                number: Span { start: at, end: n.end },
                unit_span: Some(Span { start: n.end, end }),
                value: n.value,
                upper: n.upper,
                approx: Approx::Exact,
                unit: Some(u.unit),
                kind: u.kind,
                distributive: false,
            });
        }
        None
    }
}

//! The unit lexicon: measure words and units, matched longest first.
//!
//! STUB: to be replaced by the lexicon work (interface below is fixed).

use crate::record::Kind;
use std::collections::HashMap;

/// A unit found right after a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct UnitMatch<'a> {
    /// Bytes of the input the unit covers (as written, e.g. `個` is 3 bytes).
    pub len: usize,
    /// The canonical unit: simplified script, without magnitude (`個` → `个`).
    pub unit: &'a str,
    /// What the unit measures.
    pub kind: Kind,
}

/// A set of units, matched longest first.
#[derive(Clone, Debug, Default)]
pub(crate) struct Lexicon {
    // first char -> entries (written form, canonical unit, kind), longest first
    by_first: HashMap<char, Vec<(Box<str>, Box<str>, Kind)>>,
}

impl Lexicon {
    /// The built-in lexicon for Chinese reports.
    pub(crate) fn builtin() -> Lexicon {
        let mut lex = Lexicon::default();
        for (w, u, k) in [
            ("件", "件", Kind::Count),
            ("人次", "人次", Kind::Count),
            ("人", "人", Kind::Count),
            ("个", "个", Kind::Count),
            ("个百分点", "个百分点", Kind::PercentagePoint),
            ("元", "元", Kind::Money),
            ("%", "%", Kind::Percent),
        ] {
            lex.insert(w, u, k);
        }
        lex
    }

    /// Adds (or replaces) a unit written `written`, reported as `canonical`.
    pub(crate) fn insert(&mut self, written: &str, canonical: &str, kind: Kind) {
        let Some(first) = written.chars().next() else {
            return;
        };
        let list = self.by_first.entry(first).or_default();
        list.retain(|(w, _, _)| &**w != written);
        list.push((written.into(), canonical.into(), kind));
        list.sort_by(|a, b| b.0.len().cmp(&a.0.len()));
    }

    /// The longest unit that `rest` starts with.
    pub(crate) fn longest_match<'a>(&'a self, rest: &str) -> Option<UnitMatch<'a>> {
        let first = rest.chars().next()?;
        let list = self.by_first.get(&first)?;
        list.iter()
            .find(|(w, _, _)| rest.starts_with(&**w))
            .map(|(w, u, k)| UnitMatch {
                len: w.len(),
                unit: u,
                kind: *k,
            })
    }
}

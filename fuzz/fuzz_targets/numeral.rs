//! `parse_numeral` on arbitrary bytes (read lossily as UTF-8): no panic, a
//! finite value, `upper > value`, or an error that says something; the same
//! input through `extract` as well, since numerals are what the scanner reads.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zh_metrics::Extractor;

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(e) = invariants::check_numeral(&text) {
        panic!("invariant broken for {text:?}: {e}");
    }
    if let Err(e) = invariants::check_text(&Extractor::new(), &text) {
        panic!("invariant broken for {text:?}: {e}");
    }
});

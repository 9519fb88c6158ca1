//! `Extractor::extract`, `find_iter` and `extract_reader` on arbitrary bytes
//! (read lossily as UTF-8, and as raw bytes by the reader), with every
//! invariant of `tests/invariants/mod.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zh_metrics::Extractor;

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let ex = Extractor::new();
    if let Err(e) = invariants::check_text(&ex, &text) {
        panic!("invariant broken for {text:?}: {e}");
    }
    if let Err(e) = invariants::check_bytes(&ex, data) {
        panic!("invariant broken for {data:?}: {e}");
    }
});

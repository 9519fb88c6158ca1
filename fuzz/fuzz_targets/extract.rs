//! `Extractor::extract` and `find_iter` on arbitrary bytes (read lossily as
//! UTF-8), with every invariant of `tests/invariants/mod.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zh_metrics::Extractor;

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(e) = invariants::check_text(&Extractor::new(), &text) {
        panic!("invariant broken for {text:?}: {e}");
    }
});

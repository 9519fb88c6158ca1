//! `ExtractorBuilder::unit` / `unit_as` with units a user might type, then
//! `extract`: the input's first line lists units separated by `|`, the rest
//! is the text (see `invariants::builder_input`). Same invariants as
//! `extract`.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let (ex, text) = invariants::builder_input(&input);
    if let Err(e) = invariants::check_text(&ex, text) {
        panic!("invariant broken for {input:?}: {e}");
    }
});

//! Builds the dictionary's tables from `src/context/words/dict.txt` and
//! `dict-extra.txt` once, at compile time, into `$OUT_DIR/dict.bin`, which
//! the library includes (`src/context/lexicon/dict.rs`): a process loads
//! them instead of parsing the word lists at first use. Reads nothing but
//! those files; no network.

use std::path::PathBuf;

#[path = "src/context/lexicon/dict/table.rs"]
#[allow(dead_code)]
mod table;

fn main() {
    let words = PathBuf::from("src/context/words");
    let (dict, extra) = (words.join("dict.txt"), words.join("dict-extra.txt"));
    for f in [&dict, &extra] {
        println!("cargo:rerun-if-changed={}", f.display());
    }
    println!("cargo:rerun-if-changed=src/context/lexicon/dict/table.rs");
    println!("cargo:rerun-if-changed=build.rs");
    let read =
        |f: &PathBuf| std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
    let tables = table::build(&read(&dict), &read(&extra));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("dict.bin"), table::to_bytes(&tables)).expect("OUT_DIR is writable");
}

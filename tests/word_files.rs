//! Every word list of the context rules (`src/context/words/*.txt`,
//! `*.tsv`): each file is named in the folder's README, and no entry is
//! written twice in one file. The modules that read a list test what its
//! entries must look like; this test holds for lists added later too.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

const WORDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/context/words");

/// The entries of a list: one a line, `#` comments and blank lines
/// skipped, surrounding space trimmed (as `lexicon::words` reads them).
fn entries(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.split('#').next().unwrap_or("").trim()))
        .filter(|(_, w)| !w.is_empty())
}

fn lists() -> Vec<(String, String)> {
    let mut out: Vec<_> = fs::read_dir(WORDS)
        .expect("src/context/words is readable")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "tsv")))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read_to_string(&p).expect("a UTF-8 word list"))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn every_word_list_is_named_in_the_readme() {
    let readme = fs::read_to_string(Path::new(WORDS).join("README.md")).unwrap();
    let lists = lists();
    assert!(lists.len() > 40, "only {} word lists found", lists.len());
    for (name, _) in &lists {
        assert!(
            readme.contains(&format!("`{name}`")),
            "{name} has no row in src/context/words/README.md"
        );
    }
}

#[test]
fn no_word_list_writes_an_entry_twice() {
    for (name, text) in lists() {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (line, w) in entries(&text) {
            if let Some(first) = seen.insert(w, line) {
                panic!("{name}: {w:?} on lines {first} and {line}");
            }
        }
    }
}

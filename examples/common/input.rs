//! Reading one input of the example tools: a file, or `-` for standard
//! input, as UTF-8 text. Input that is not UTF-8 keeps the whole lines
//! before its first bad byte, so that what they report is not lost.

use std::io::{self, Read};
use std::path::Path;

/// One input read: its text, and the error that ended the reading early.
pub struct Input {
    /// The text read: the whole input, or the lines before a bad byte.
    pub text: String,
    /// Why the text stops short of the input's end (a byte that is not
    /// UTF-8), with its offset.
    pub cut: Option<String>,
}

/// Reads `name` (`-` for standard input). Input that is not UTF-8 keeps
/// the whole lines before its first bad byte, so that what they report is
/// not lost; `cut` says where it stopped.
pub fn read_input(name: &str) -> Result<Input, String> {
    let bytes = if name == "-" {
        let mut buf = Vec::new();
        io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("{name}: cannot read: {e}"))?;
        buf
    } else {
        std::fs::read(Path::new(name)).map_err(|e| format!("{name}: cannot read: {e}"))?
    };
    // (valid text, the common case, is told by the vectorised check and
    // copied; std's check, which says where the first bad byte is, reads
    // only text that fails it)
    if let Ok(text) = simdutf8::basic::from_utf8(&bytes) {
        return Ok(Input {
            text: text.to_owned(),
            cut: None,
        });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Input { text, cut: None }),
        Err(e) => {
            let bad = e.utf8_error().valid_up_to();
            let mut bytes = e.into_bytes();
            let kept = bytes[..bad]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let line = bytes[..bad].iter().filter(|&&b| b == b'\n').count() + 1;
            bytes.truncate(kept);
            let text = String::from_utf8(bytes).map_err(|e| e.to_string())?;
            let cut = format!("{name}: not UTF-8: invalid byte at offset {bad} (line {line})");
            Ok(Input {
                text,
                cut: Some(cut),
            })
        }
    }
}

//! The example tools, built for the end-to-end tests that run them.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The binary of example `name`, built once (a no-op when `cargo test`
/// built the examples already) in this test binary's profile directory.
pub fn example_bin(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("current_exe");
    // target/<profile>/deps/<test>-HASH
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("a target/<profile>/deps directory");
    let mut cmd = Command::new(env!("CARGO"));
    cmd.args(["build", "--quiet", "--example", name])
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    if profile_dir.file_name().is_some_and(|n| n == "release") {
        cmd.arg("--release");
    }
    if let Some(target_dir) = profile_dir.parent() {
        cmd.arg("--target-dir").arg(target_dir);
    }
    let status = cmd.status().expect("cargo build --example");
    assert!(status.success(), "cargo build --example {name} failed");
    profile_dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX))
}

//! Helpers shared by the test binaries that run the `newsdex` command.

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;

/// The command, unaffected by an index named in the caller's environment.
pub fn newsdex() -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("newsdex");
    cmd.env_remove("NEWSDEX_INDEX");
    cmd
}

/// Runs `cmd`, which must succeed, and reads its stdout as JSON.
pub fn success_json(cmd: &mut assert_cmd::Command) -> Value {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `newsdex stats --json`.
pub fn stats(index: &Path) -> Value {
    success_json(newsdex().args(["stats", "--json", "--index"]).arg(index))
}

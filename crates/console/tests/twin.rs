//! The console twin answers as the window program's command line does: same version, same
//! usage errors and exit codes.

use std::process::Command;

fn twin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_scim-assistant-console"))
}

#[test]
fn it_prints_the_same_version_as_the_window_program() {
    let out = twin().arg("--version").output().unwrap();
    assert!(out.status.success());
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        printed.starts_with(&format!("scim-assistant {}", scim_assistant::VERSION)),
        "{printed}"
    );
}

#[test]
fn a_command_without_its_token_is_a_usage_error_with_exit_code_2() {
    let out = twin()
        .args([
            "check",
            "--tenant-url",
            "https://appsemble.app/api/apps/1/scim",
        ])
        .env_remove("SCIM_TOKEN")
        .env("LANG", "en_US.UTF-8")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("SCIM_TOKEN"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

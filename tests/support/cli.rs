//! Running the real binary as a user would, for the command-line tests.

use std::io::Write;
use std::process::{Command, Stdio};

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// The variables a process needs on this platform, kept when a test clears the environment: on
/// Windows, Winsock cannot load its provider without `SystemRoot` (every socket fails with 10106;
/// rust-lang/rust#114737), and temporary and profile folders come from the others.
pub const KEPT_FOR_THE_PLATFORM: &[&str] = if cfg!(windows) {
    &[
        "SystemRoot",
        "SYSTEMDRIVE",
        "WINDIR",
        "TEMP",
        "TMP",
        "USERPROFILE",
        "APPDATA",
        "LOCALAPPDATA",
        "COMSPEC",
    ]
} else {
    &[]
};

/// The binary with an empty environment except what the platform needs (and `PATH`): no keyring
/// session, no inherited credentials.
pub fn bare_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_scim-assistant"));
    command.env_clear();
    for name in KEPT_FOR_THE_PLATFORM {
        if let Ok(value) = std::env::var(name) {
            command.env(name, value);
        }
    }
    command
}

/// Runs the binary with a clean environment (no keyring session, no inherited credentials).
pub async fn run(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Run {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let env: Vec<(String, String)> = env
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let stdin = stdin.map(str::to_string);
    tokio::task::spawn_blocking(move || {
        let runtime_dir = std::env::temp_dir().join(format!("scim-cli-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&runtime_dir).unwrap();
        let mut command = bare_command();
        command
            .args(&args)
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("XDG_RUNTIME_DIR", &runtime_dir)
            .env("HOME", &runtime_dir)
            .envs(env)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command.spawn().unwrap();
        let mut pipe = child.stdin.take().unwrap();
        if let Some(text) = stdin {
            pipe.write_all(text.as_bytes()).unwrap();
        }
        drop(pipe);
        let output = child.wait_with_output().unwrap();
        let _ = std::fs::remove_dir_all(&runtime_dir);
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    })
    .await
    .unwrap()
}

/// The fake server's owner, signed in from the environment as `enable` reads it.
pub fn owner_env() -> Vec<(&'static str, &'static str)> {
    vec![
        ("APPSEMBLE_EMAIL", fake_appsemble::OWNER_EMAIL),
        ("APPSEMBLE_PASSWORD", fake_appsemble::OWNER_PASSWORD),
    ]
}

//! The console twin of `scim-assistant.exe`, shipped on Windows as `scim-assistant.com` beside it.
//!
//! The `.exe` is a window program, so a double-click opens no console. But a window program typed
//! in cmd or PowerShell returns the prompt at once, loses its exit code and shares the keyboard
//! with the shell. cmd and PowerShell look for `scim-assistant.com` before `scim-assistant.exe`
//! (PATHEXT lists .COM first; devenv.com beside devenv.exe is the same pattern), so a typed
//! command runs this console program: the shell waits, output and the exit code arrive in order,
//! and `--token-stdin` reads what is typed. Everything else is the same code.

use std::process::ExitCode;

fn main() -> ExitCode {
    scim_assistant::entry::main()
}

//! Entry point of the window program: a command runs headless; no command opens the setup window.

// A double-clicked release build on Windows opens no console window behind the setup window. Typed
// in cmd or PowerShell, `scim-assistant` finds the console twin `scim-assistant.com` first
// (PATHEXT lists .COM before .EXE), which behaves as a console program should; this attach is
// only for the `.exe` run with arguments on purpose (output then arrives after the prompt).
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::process::ExitCode;

fn main() -> ExitCode {
    if std::env::args_os().len() > 1 {
        attach_to_terminal();
    }
    scim_assistant::entry::main()
}

/// A GUI-subsystem program has no console; when started from one with arguments, print there.
#[cfg(windows)]
fn attach_to_terminal() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: AttachConsole takes a process id and has no memory preconditions; failure (no parent
    // console, or already attached) leaves the process as it was.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

#[cfg(not(windows))]
fn attach_to_terminal() {}

//! Entry point: a command runs headless; no command opens the setup window.

// A double-clicked release build on Windows opens no console window behind the setup window;
// `scim-assistant check …` typed in a terminal attaches to that terminal instead (see below).
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::process::ExitCode;

use scim_assistant::cli::{init_logging, parse, run};
use scim_assistant::messages::window::NO_WINDOW;

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    if std::env::args_os().len() > 1 {
        attach_to_terminal();
    }
    init_logging();
    scim_assistant::i18n::set_lang(scim_assistant::i18n::Lang::from_environment(|k| {
        std::env::var(k).ok()
    }));
    let cli = parse();
    let practice = cli.practice;
    if let Some(code) = run(cli) {
        return code;
    }
    let window = if practice {
        practice_window(started)
    } else {
        scim_assistant::ui::run(started)
    };
    match window {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{NO_WINDOW}\n({error})");
            ExitCode::FAILURE
        }
    }
}

#[cfg(feature = "practice")]
fn practice_window(started: std::time::Instant) -> Result<(), String> {
    scim_assistant::ui::run_practice(started)
}

/// A build without practice mode opens the real window.
#[cfg(not(feature = "practice"))]
fn practice_window(started: std::time::Instant) -> Result<(), String> {
    scim_assistant::ui::run(started)
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

//! The program's behaviour from its arguments: a command runs headless, no command opens the
//! setup window. Shared by the window program (`src/main.rs`) and, on Windows, its console twin
//! (`crates/console`, shipped as `scim-assistant.com`), so that both behave the same.

use std::process::ExitCode;

use crate::cli::{init_logging, parse, run};
use crate::messages::window::NO_WINDOW;

/// Runs the command line, or the window when no command was given.
pub fn main() -> ExitCode {
    let started = std::time::Instant::now();
    init_logging();
    crate::i18n::set_lang(crate::i18n::Lang::from_environment(|k| {
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
        crate::ui::run(started)
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
    crate::ui::run_practice(started)
}

/// A build without practice mode opens the real window.
#[cfg(not(feature = "practice"))]
fn practice_window(started: std::time::Instant) -> Result<(), String> {
    crate::ui::run(started)
}

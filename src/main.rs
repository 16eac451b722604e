//! Entry point: a command runs headless; no command opens the setup window.

use std::process::ExitCode;

use clap::Parser;
use scim_assistant::cli::{Cli, init_logging, run};
use scim_assistant::messages::wizard::NO_WINDOW;

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    init_logging();
    scim_assistant::i18n::set_lang(scim_assistant::i18n::Lang::from_environment(|k| {
        std::env::var(k).ok()
    }));
    let cli = Cli::parse();
    if let Some(code) = run(cli) {
        return code;
    }
    match scim_assistant::ui::run(started) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{NO_WINDOW}\n({error})");
            ExitCode::FAILURE
        }
    }
}

//! Entry point: a command runs headless; no command opens the setup window.

use std::process::ExitCode;

use scim_assistant::cli::{init_logging, parse, run};
use scim_assistant::messages::window::NO_WINDOW;

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    init_logging();
    scim_assistant::i18n::set_lang(scim_assistant::i18n::Lang::from_environment(|k| {
        std::env::var(k).ok()
    }));
    let cli = parse();
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

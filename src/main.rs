//! Entry point: a command runs headless; no command opens the setup window.

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use scim_assistant::cli::{Cli, init_logging, run};
use scim_assistant::messages::cli::NO_WINDOW_YET;

fn main() -> ExitCode {
    init_logging();
    let cli = Cli::parse();
    match run(cli) {
        Some(code) => code,
        None => {
            println!("{NO_WINDOW_YET}\n");
            let _ = Cli::command().print_help();
            ExitCode::SUCCESS
        }
    }
}

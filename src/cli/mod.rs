//! The command-line interface: `enable` and `check`, for support staff and scripts.
//!
//! Output is a stable contract: `--json` shapes and exit codes (0 success, 1 failure, 2 usage
//! error) do not change without a new major version.

use std::io::BufRead;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use serde_json::json;

use crate::appsemble::{AppsembleClient, SecurityCheck, yaml_fix};
use crate::credentials::{CredentialsError, OsKeyring, credentials_server, find_credentials};
use crate::enable::{EnableError, EnableOutcome, enable_scim};
use crate::messages::{self, Explanation, cli as text};
use crate::net::TlsSettings;
use crate::secret::Secret;

// The help texts of the command, its subcommands and flags live in `messages::cli_help`, in
// English and Dutch; `localized_command` attaches them.
#[derive(Debug, Parser)]
#[command(name = "scim-assistant", version = crate::VERSION)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Opens the window against a pretend Appsemble server and Microsoft, to try everything
    /// without any account (nothing real is changed).
    #[arg(long)]
    pub practice: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Enable(EnableArgs),
    Check(CheckArgs),
    /// The Entra half through Microsoft Graph.
    #[command(subcommand)]
    Entra(entra::EntraCommand),
    /// A sealed hand-off file for the customer's Entra admin.
    #[command(subcommand)]
    Handoff(handoff::HandoffCommand),
    /// Replace the app's token in Appsemble and in Entra at once.
    Rotate(rotate::RotateArgs),
    /// Both halves in one answer, for monitoring: exit 0 healthy, 1 something to act on.
    Status(status::StatusArgs),
    /// Every app of your organisations checked side by side: exit 0 when every SCIM app is
    /// healthy, 1 otherwise.
    Fleet(fleet::FleetArgs),
}

#[derive(Debug, Args)]
pub struct EnableArgs {
    #[arg(long)]
    pub server: Option<String>,
    #[arg(long)]
    pub app: Option<u64>,
    #[arg(long)]
    pub keep_token: bool,
    #[arg(long)]
    pub json: bool,
    #[arg(long)]
    pub show_token: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[arg(long, required_unless_present = "from_handoff")]
    pub tenant_url: Option<String>,
    /// Test the Tenant URL and token of a hand-off file (its passphrase from
    /// SCIM_ASSISTANT_HANDOFF_PASSPHRASE or a prompt).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["tenant_url", "token_stdin"])]
    pub from_handoff: Option<PathBuf>,
    #[arg(long)]
    pub server: Option<String>,
    #[arg(long)]
    pub json: bool,
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=600))]
    pub timeout: u64,
    #[arg(long)]
    pub token_stdin: bool,
    #[arg(long)]
    pub rehearse: bool,
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    #[arg(long, value_name = "FILE")]
    pub report_json: Option<PathBuf>,
}

/// The command line with its help in the current language.
pub fn localized_command() -> clap::Command {
    use crate::messages::cli_help as h;
    let help = |text: crate::i18n::Text| text.get();
    Cli::command()
        .about(help(h::ABOUT))
        .long_about(help(h::LONG_ABOUT))
        .mut_subcommand("enable", |c| {
            c.about(help(h::ENABLE))
                .long_about(help(h::ENABLE_LONG))
                .mut_arg("server", |a| a.help(help(h::SERVER)))
                .mut_arg("app", |a| a.help(help(h::APP)))
                .mut_arg("keep_token", |a| a.help(help(h::KEEP_TOKEN)))
                .mut_arg("json", |a| a.help(help(h::ENABLE_JSON)))
                .mut_arg("show_token", |a| a.help(help(h::SHOW_TOKEN)))
        })
        .mut_subcommand("check", |c| {
            c.about(help(h::CHECK))
                .long_about(help(h::CHECK_LONG))
                .mut_arg("tenant_url", |a| a.help(help(h::TENANT_URL)))
                .mut_arg("server", |a| a.help(help(h::CHECK_SERVER)))
                .mut_arg("json", |a| a.help(help(h::CHECK_JSON)))
                .mut_arg("timeout", |a| a.help(help(h::TIMEOUT)))
                .mut_arg("token_stdin", |a| a.help(help(h::TOKEN_STDIN)))
                .mut_arg("rehearse", |a| a.help(help(h::REHEARSE)))
                .mut_arg("report", |a| a.help(help(h::REPORT)))
                .mut_arg("report_json", |a| a.help(help(h::REPORT_JSON)))
        })
}

/// Parses the process arguments with localized help; exits with code 2 on a usage error.
pub fn parse() -> Cli {
    let matches = localized_command().get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit())
}

mod check;
mod entra;
mod entra_job;
mod fleet;
mod handoff;
mod microsoft;
mod rotate;
mod status;

const EXIT_FAILURE: u8 = 1;
const EXIT_USAGE: u8 = 2;
/// The shell's code for a command stopped with Ctrl-C (128 + SIGINT).
const EXIT_INTERRUPTED: u8 = 130;

/// Runs the command line. Returns `None` when no command was given (the caller opens the window).
pub fn run(cli: Cli) -> Option<ExitCode> {
    let command = cli.command?;
    crate::messages::speak_to_command_line();
    let runtime = match crate::worker::runtime() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("{}: {error}", text::ERROR);
            return Some(ExitCode::from(EXIT_FAILURE));
        }
    };
    Some(match command {
        Command::Enable(args) => runtime.block_on(run_enable(args)),
        Command::Check(args) => runtime.block_on(check::run(args)),
        Command::Entra(command) => runtime.block_on(entra::run(command)),
        Command::Handoff(command) => runtime.block_on(handoff::run(command)),
        Command::Rotate(args) => runtime.block_on(rotate::run(args)),
        Command::Status(args) => runtime.block_on(status::run(args)),
        Command::Fleet(args) => runtime.block_on(fleet::run(args)),
    })
}

/// Sets up logging to standard error, controlled by `RUST_LOG` (default: warnings only).
pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

pub(crate) fn print_problem(explanation: &Explanation) {
    eprintln!("{}: {}", text::ERROR, explanation.summary);
    if !explanation.fix.is_empty() {
        eprintln!("{}: {}", text::FIX, explanation.fix);
    }
}

pub(crate) fn usage_problem(summary: impl ToString, fix: impl ToString) -> ExitCode {
    usage_explained(&Explanation {
        summary: summary.to_string(),
        fix: fix.to_string(),
    })
}

pub(crate) fn usage_explained(explanation: &Explanation) -> ExitCode {
    print_problem(explanation);
    ExitCode::from(EXIT_USAGE)
}

/// The process environment, as the credential lookups read it.
pub(crate) fn env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// The Appsemble sign-in `enable`, `handoff create`, `rotate` and `status` share: the server from
/// `--server` or the environment, the app from `--app` or the server address, the credentials from
/// the environment or the keyring.
pub(crate) fn appsemble_client(
    server: Option<&str>,
    app: Option<u64>,
) -> Result<(AppsembleClient, u64), ExitCode> {
    let server = credentials_server(server, env)
        .map_err(|error| usage_explained(&messages::explain_address(&error)))?;
    let Some(app_id) = app.or(server.app_id) else {
        return Err(usage_problem(text::NO_APP_ID, text::NO_APP_ID_FIX));
    };
    Ok((signed_in_to(server)?, app_id))
}

/// The Appsemble server from `--server` or the environment, with its credentials (no app).
pub(crate) fn appsemble_server_client(server: Option<&str>) -> Result<AppsembleClient, ExitCode> {
    let server = credentials_server(server, env)
        .map_err(|error| usage_explained(&messages::explain_address(&error)))?;
    signed_in_to(server)
}

fn signed_in_to(server: crate::address::ServerAddress) -> Result<AppsembleClient, ExitCode> {
    let credentials = match find_credentials(env, Some(&OsKeyring), &server) {
        Ok(credentials) => credentials,
        Err(CredentialsError::NotFound) => {
            return Err(usage_problem(
                text::NO_CREDENTIALS,
                text::NO_CREDENTIALS_FIX,
            ));
        }
        Err(CredentialsError::MalformedClientPair) => {
            return Err(usage_problem(
                text::BAD_CLIENT_CREDENTIALS,
                text::BAD_CLIENT_CREDENTIALS_FIX,
            ));
        }
    };
    let origin = server.origin();
    match AppsembleClient::new(server, credentials, &TlsSettings::default()) {
        Ok(client) => Ok(client),
        Err(error) => {
            print_problem(&messages::explain_error(&error, &origin));
            Err(ExitCode::from(EXIT_FAILURE))
        }
    }
}

/// Switches SCIM on (keeping or making the token); a failure is printed and becomes exit 1.
pub(crate) async fn enabled(
    client: &AppsembleClient,
    app_id: u64,
    keep_token: bool,
) -> Result<EnableOutcome, ExitCode> {
    match enable_scim(client, app_id, keep_token).await {
        Ok(outcome) => Ok(outcome),
        Err(EnableError::SecurityMissing(problem)) => {
            eprintln!("{}: {}", text::ERROR, text::SECURITY_MISSING);
            eprintln!("{}\n\n{}", text::SECURITY_FIX_INTRO, yaml_fix(&problem));
            Err(ExitCode::from(EXIT_FAILURE))
        }
        Err(EnableError::Appsemble(error)) => {
            print_problem(&messages::explain_error(&error, &client.server().origin()));
            Err(ExitCode::from(EXIT_FAILURE))
        }
    }
}

async fn run_enable(args: EnableArgs) -> ExitCode {
    let (client, app_id) = match appsemble_client(args.server.as_deref(), args.app) {
        Ok(signed_in) => signed_in,
        Err(code) => return code,
    };
    match enabled(&client, app_id, args.keep_token).await {
        Ok(outcome) => {
            print_enabled(&outcome, &args);
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}

fn print_enabled(outcome: &EnableOutcome, args: &EnableArgs) {
    if args.json {
        let body = json!({
            "app_id": outcome.app_id,
            "enabled": outcome.enabled,
            "tenant_url": outcome.tenant_url,
            "token": outcome.token.expose(),
            "token_created": outcome.token_created,
        });
        println!("{body}");
        return;
    }
    if outcome.security == SecurityCheck::Hidden {
        eprintln!("{}", text::SECURITY_HIDDEN);
    }
    let shown = if args.show_token {
        outcome.token.expose().to_string()
    } else {
        outcome.token.masked()
    };
    let origin = if outcome.token_created {
        text::TOKEN_NEW
    } else {
        text::TOKEN_KEPT
    };
    println!("{}", text::ENABLED);
    println!("{}:   {}", text::TENANT_URL, outcome.tenant_url);
    println!("{}: {shown} {origin}", text::SECRET_TOKEN);
    if !args.show_token {
        println!("{}", text::TOKEN_MASKED_HINT);
    }
    if outcome.token_created && outcome.had_token_before != Some(false) {
        println!("{}", text::TOKEN_REPLACED_WARNING);
    }
    println!("{}", text::NEXT_STEP);
}

pub(crate) fn read_token(from_stdin: bool) -> Result<Secret, ExitCode> {
    let raw = if from_stdin {
        let mut line = String::new();
        if std::io::stdin().lock().read_line(&mut line).is_err() {
            return Err(usage_problem(text::STDIN_UNREADABLE, text::NO_TOKEN_FIX));
        }
        line
    } else {
        std::env::var("SCIM_TOKEN").unwrap_or_default()
    };
    let token = Secret::new(raw.trim());
    if token.is_empty() {
        return Err(usage_problem(text::NO_TOKEN, text::NO_TOKEN_FIX));
    }
    Ok(token)
}

//! The command-line interface: `enable` and `check`, for support staff and scripts.
//!
//! Output is a stable contract: `--json` shapes and exit codes (0 success, 1 failure, 2 usage
//! error) do not change without a new major version.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use serde_json::json;

use crate::address::{ServerAddress, inspect_tenant_url};
use crate::appsemble::{AppsembleClient, Credentials, SecurityCheck, yaml_fix};
use crate::credentials::{CredentialsError, OsKeyring, credentials_server, find_credentials};
use crate::diagnostics::{CLEAN_UP_DEADLINE, DiagnoseOptions, Leftovers, diagnose};
use crate::enable::{EnableError, EnableOutcome, enable_scim};
use crate::messages::{self, Explanation, cli as text};
use crate::net::TlsSettings;
use crate::probe::{ProbeOptions, Status, TestReport};
use crate::report;
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
    #[arg(long)]
    pub tenant_url: String,
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

mod entra;
mod microsoft;

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
        Command::Check(args) => runtime.block_on(run_check(args)),
        Command::Entra(command) => runtime.block_on(entra::run(command)),
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

async fn run_enable(args: EnableArgs) -> ExitCode {
    let server = match credentials_server(args.server.as_deref(), env) {
        Ok(server) => server,
        Err(error) => return usage_explained(&messages::explain_address(&error)),
    };
    let Some(app_id) = args.app.or(server.app_id) else {
        return usage_problem(text::NO_APP_ID, text::NO_APP_ID_FIX);
    };
    let credentials = match find_credentials(env, Some(&OsKeyring), &server) {
        Ok(credentials) => credentials,
        Err(CredentialsError::NotFound) => {
            return usage_problem(text::NO_CREDENTIALS, text::NO_CREDENTIALS_FIX);
        }
        Err(CredentialsError::MalformedClientPair) => {
            return usage_problem(
                text::BAD_CLIENT_CREDENTIALS,
                text::BAD_CLIENT_CREDENTIALS_FIX,
            );
        }
    };
    let origin = server.origin();
    let client = match AppsembleClient::new(server, credentials, &TlsSettings::default()) {
        Ok(client) => client,
        Err(error) => {
            print_problem(&messages::explain_error(&error, &origin));
            return ExitCode::from(EXIT_FAILURE);
        }
    };
    match enable_scim(&client, app_id, args.keep_token).await {
        Ok(outcome) => {
            print_enabled(&outcome, &args);
            ExitCode::SUCCESS
        }
        Err(EnableError::SecurityMissing(problem)) => {
            eprintln!("{}: {}", text::ERROR, text::SECURITY_MISSING);
            eprintln!("{}\n\n{}", text::SECURITY_FIX_INTRO, yaml_fix(&problem));
            ExitCode::from(EXIT_FAILURE)
        }
        Err(EnableError::Appsemble(error)) => {
            print_problem(&messages::explain_error(&error, &origin));
            ExitCode::from(EXIT_FAILURE)
        }
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

async fn run_check(args: CheckArgs) -> ExitCode {
    let token = match read_token(args.token_stdin) {
        Ok(token) => token,
        Err(code) => return code,
    };
    let options = DiagnoseOptions {
        probe: ProbeOptions {
            timeout: Duration::from_secs(args.timeout),
            ..ProbeOptions::default()
        },
        rehearse: args.rehearse,
        leftovers: Leftovers::default(),
    };
    let diagnosis_client = match credentials_server(args.server.as_deref(), env) {
        Ok(server) => diagnosis_client(&args.tenant_url, server),
        Err(error) => return usage_explained(&messages::explain_address(&error)),
    };
    let checking = diagnose(
        &args.tenant_url,
        &token,
        &options,
        diagnosis_client.as_ref(),
    );
    let report = tokio::select! {
        report = checking => report,
        _ = tokio::signal::ctrl_c() => return interrupted(&options.leftovers).await,
    };
    if let Err(code) = write_reports(&args, &report, &token) {
        return code;
    }
    if args.json {
        println!("{}", report_json(&report));
    } else {
        print_report(&report);
    }
    if report.ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_FAILURE)
    }
}

/// Ctrl-C during a check: the rehearsal's test user, if it exists, is removed before exiting.
async fn interrupted(leftovers: &Leftovers) -> ExitCode {
    let outcome = leftovers.clean_up(CLEAN_UP_DEADLINE).await;
    eprintln!("{}", text::INTERRUPTED);
    if let Some(explanation) = messages::clean_up(&outcome) {
        eprintln!("{}", explanation.summary);
        if !explanation.fix.is_empty() {
            eprintln!("{}: {}", text::FIX, explanation.fix);
        }
    }
    ExitCode::from(EXIT_INTERRUPTED)
}

/// Writes the Markdown and JSON reports when asked for.
fn write_reports(args: &CheckArgs, report: &TestReport, token: &Secret) -> Result<(), ExitCode> {
    let json_path = match (&args.report_json, &args.report) {
        (Some(path), _) => Some(path.clone()),
        (None, Some(path)) => Some(json_beside(path)),
        (None, None) => None,
    };
    let markdown = args
        .report
        .as_ref()
        .map(|p| (p.clone(), report::markdown(report, token)));
    let json = json_path.map(|p| {
        let body = serde_json::to_string_pretty(&report::json(report, token)).unwrap_or_default();
        (p, body)
    });
    for (path, body) in markdown.into_iter().chain(json) {
        if let Err(error) = crate::platform::write_private(path.as_ref(), body.as_ref()) {
            eprintln!(
                "{}: {} {}: {error}",
                text::ERROR,
                text::REPORT_UNWRITABLE,
                path.display()
            );
            return Err(ExitCode::from(EXIT_FAILURE));
        }
        if !args.json {
            eprintln!("{} {}", messages::report::WRITTEN, path.display());
        }
    }
    Ok(())
}

/// `report.md` > `report.md.json`: beside it, and never the same file.
fn json_beside(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".json");
    PathBuf::from(name)
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

/// A sign-in from the environment (never the keyring: `check` must not prompt) used only to tell
/// apart the causes of a refused token, and only when the Tenant URL is on the server the
/// credentials belong to. A pasted Tenant URL never decides where a password goes.
fn diagnosis_client(
    tenant_url: &str,
    credentials_server: ServerAddress,
) -> Option<AppsembleClient> {
    let tenant_server = inspect_tenant_url(tenant_url).tenant?.server();
    if !tenant_server.same_origin(&credentials_server) {
        tracing::debug!(
            credentials_for = %credentials_server.origin(),
            tenant = %tenant_server.origin(),
            "not signing in: the Tenant URL is on another server than the credentials"
        );
        return None;
    }
    let credentials: Credentials = find_credentials(env, None, &credentials_server).ok()?;
    AppsembleClient::new(credentials_server, credentials, &TlsSettings::default()).ok()
}

/// The `--json` form of a live test.
pub fn report_json(report: &TestReport) -> serde_json::Value {
    json!({
        "ok": report.ok(),
        "tenant_url": report.tenant_url,
        "verdict": report::verdict_json(report),
        "checks": report::checks_json(report),
    })
}

fn print_report(report: &TestReport) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{}: {}", text::TENANT_URL, report.tenant_url);
    for check in &report.checks {
        let words = messages::explain(&check.finding);
        let _ = writeln!(
            out,
            "{:<5} {:<22} {}",
            messages::status_label(check.status()),
            check.id.as_str(),
            words.summary
        );
        if !words.fix.is_empty() && check.status() != Status::Pass {
            let _ = writeln!(out, "      {}: {}", text::FIX, words.fix);
        }
    }
    let _ = writeln!(out);
    for (tone, sentence) in
        messages::verdict::lines(report.test_connection(), report.provisioning())
    {
        let _ = writeln!(out, "{} {sentence}", tone.icon());
    }
}

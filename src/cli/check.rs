//! `scim-assistant check`: the live test as Entra runs it (and the rehearsal), for a Tenant URL and
//! token, or the ones in a hand-off file.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use serde_json::json;

use super::{CheckArgs, EXIT_FAILURE, EXIT_INTERRUPTED, env, handoff, read_token, usage_explained};
use crate::address::{ServerAddress, inspect_tenant_url};
use crate::appsemble::{AppsembleClient, Credentials};
use crate::credentials::{credentials_server, find_credentials};
use crate::diagnostics::{CLEAN_UP_DEADLINE, DiagnoseOptions, Leftovers, diagnose};
use crate::messages::{self, cli as text};
use crate::net::TlsSettings;
use crate::probe::{ProbeOptions, Status, TestReport};
use crate::report;
use crate::secret::Secret;

pub(super) async fn run(args: CheckArgs) -> ExitCode {
    let (tenant_url, token) = match (&args.from_handoff, &args.tenant_url) {
        (Some(path), _) => match handoff::open_file(path) {
            Ok(sealed) => (sealed.tenant_url, sealed.token),
            Err(code) => return code,
        },
        (None, tenant_url) => match read_token(args.token_stdin) {
            Ok(token) => (tenant_url.clone().unwrap_or_default(), token),
            Err(code) => return code,
        },
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
        Ok(server) => diagnosis_client(&tenant_url, server),
        Err(error) => return usage_explained(&messages::explain_address(&error)),
    };
    let checking = diagnose(&tenant_url, &token, &options, diagnosis_client.as_ref());
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
    write_files(markdown.into_iter().chain(json), args.json)
}

/// Writes each report file owner-only, saying where (unless the answer is JSON on stdout).
pub(super) fn write_files(
    files: impl IntoIterator<Item = (PathBuf, String)>,
    quiet: bool,
) -> Result<(), ExitCode> {
    for (path, body) in files {
        if let Err(error) = crate::platform::write_private(path.as_ref(), body.as_ref()) {
            eprintln!(
                "{}: {} {}: {error}",
                text::ERROR,
                text::REPORT_UNWRITABLE,
                path.display()
            );
            return Err(ExitCode::from(EXIT_FAILURE));
        }
        if !quiet {
            eprintln!("{} {}", messages::report::WRITTEN, path.display());
        }
    }
    Ok(())
}

/// `report.md` > `report.md.json`: beside it, and never the same file.
pub(super) fn json_beside(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".json");
    PathBuf::from(name)
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

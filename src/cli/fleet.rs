//! `scim-assistant fleet`: every app of the chosen organisations checked side by side, for a
//! partner with many customers and for monitoring. Exit 0 when every SCIM app is known to be
//! healthy, 1 otherwise (also when an app's SCIM switch could not be read), 2 on a usage error.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::Args;

use super::{EXIT_FAILURE, appsemble_server_client, check, print_problem, usage_problem};
use crate::fleet::{DEFAULT_CONCURRENCY, Fleet, FleetError, FleetOptions, survey};
use crate::i18n::lang;
use crate::messages::{self, cli as words, fleet as text};
use crate::report::fleet as report;

#[derive(Debug, Args)]
pub struct FleetArgs {
    /// An organisation id (repeat for more); without it, every organisation you belong to.
    #[arg(long = "org", value_name = "ORG")]
    pub organizations: Vec<String>,
    #[arg(long)]
    pub server: Option<String>,
    #[arg(long)]
    pub json: bool,
    /// Also write the Markdown report here (and its JSON beside it, FILE.json).
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// How many apps are checked at the same time.
    #[arg(long, default_value_t = DEFAULT_CONCURRENCY, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub concurrency: u16,
    /// Seconds one app's checks may take together before it is reported as timed out.
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..=600))]
    pub deadline: u64,
    /// Also rehearse Entra's first sync for this app (it creates and deletes a test user).
    #[arg(long, value_name = "APP")]
    pub rehearse: Vec<u64>,
}

pub async fn run(args: FleetArgs) -> ExitCode {
    let client = match appsemble_server_client(args.server.as_deref()) {
        Ok(client) => Arc::new(client),
        Err(code) => return code,
    };
    let server = client.server().origin();
    if let Err(error) = client.sign_in().await {
        print_problem(&messages::explain_error(&error, &server));
        return ExitCode::from(EXIT_FAILURE);
    }
    let options = FleetOptions {
        organizations: args.organizations.clone(),
        concurrency: usize::from(args.concurrency),
        deadline: Duration::from_secs(args.deadline),
        rehearse: args.rehearse.iter().copied().collect::<BTreeSet<u64>>(),
        ..FleetOptions::default()
    };
    let fleet = match survey(client, &options).await {
        Ok(fleet) => fleet,
        Err(FleetError::NameTheOrganizations) => {
            return usage_problem(
                words::FLEET_NAME_ORGANIZATIONS,
                words::FLEET_NAME_ORGANIZATIONS_FIX,
            );
        }
        Err(FleetError::Appsemble(error)) => {
            print_problem(&messages::explain_error(&error, &server));
            return ExitCode::from(EXIT_FAILURE);
        }
    };
    if let Err(code) = write_report(&args, &fleet, &server) {
        return code;
    }
    if args.json {
        println!("{}", report::json(&fleet, &server, args.deadline));
    } else {
        print_table(&fleet, &server, args.deadline);
    }
    if fleet.ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_FAILURE)
    }
}

fn write_report(args: &FleetArgs, fleet: &Fleet, server: &str) -> Result<(), ExitCode> {
    let Some(path) = &args.report else {
        return Ok(());
    };
    let json = serde_json::to_string_pretty(&report::json(fleet, server, args.deadline))
        .unwrap_or_default();
    let markdown = report::markdown(fleet, server, args.deadline);
    check::write_files(
        [(path.clone(), markdown), (check::json_beside(path), json)],
        args.json,
    )
}

fn print_table(fleet: &Fleet, server: &str, deadline: u64) {
    let mut out = std::io::stdout().lock();
    if fleet.client_credentials {
        let _ = writeln!(out, "{}", text::ONLY_PUBLIC);
    }
    if fleet.apps.is_empty() {
        let _ = writeln!(out, "{}", text::NO_APPS);
    }
    for app in &fleet.apps {
        let said = text::explain_in(app, server, deadline, lang());
        let users = app.users.map(|n| n.to_string()).unwrap_or_default();
        let _ = writeln!(
            out,
            "{:<19} {:>6}  {:<24} {:<20} {:>5}  {}",
            text::label_in(&app.health, lang()),
            app.app_id,
            clip(&app.name, 24),
            clip(app.organization.display_name(), 20),
            users,
            said.summary
        );
        if !said.fix.is_empty() && !app.health.ok() {
            let _ = writeln!(out, "{:>28}{}: {}", "", words::FIX, said.fix);
        }
    }
    let _ = writeln!(out, "\n{}", text::summary_in(&fleet.summary(), lang()));
}

/// At most `width` characters of a name, so the columns stay in line.
fn clip(name: &str, width: usize) -> String {
    let printable = crate::net::printable(name, width * 4);
    if printable.chars().count() <= width {
        return printable;
    }
    let mut cut: String = printable.chars().take(width - 1).collect();
    cut.push('…');
    cut
}

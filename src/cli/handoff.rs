//! `scim-assistant handoff create`, and opening a hand-off file for `entra connect` and `check`
//! (`--from-handoff FILE`).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::SystemTime;

use clap::{Args, Subcommand};
use serde_json::json;

use super::{EXIT_FAILURE, appsemble_client, enabled, env, print_problem, usage_problem};
use crate::appsemble::Credentials;
use crate::diagnostics::{DiagnoseOptions, diagnose};
use crate::handoff::{self, HandOff};
use crate::messages::handoff as words;
use crate::messages::{Explanation, cli as text};
use crate::probe::{ConnectionVerdict, ProvisioningVerdict};
use crate::secret::Secret;

#[derive(Debug, Subcommand)]
pub enum HandoffCommand {
    /// Seal the app's Tenant URL and token for the customer's Entra admin.
    Create(CreateArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    #[arg(long)]
    pub app: Option<u64>,
    #[arg(long)]
    pub server: Option<String>,
    /// How long the file can be opened: 30m, 12h, 7d (at least one minute).
    #[arg(long, default_value = "7d")]
    pub expires: String,
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    #[arg(long)]
    pub json: bool,
}

pub async fn run(command: HandoffCommand) -> ExitCode {
    match command {
        HandoffCommand::Create(args) => create(args).await.unwrap_or_else(|code| code),
    }
}

async fn create(args: CreateArgs) -> Result<ExitCode, ExitCode> {
    let Some(validity) = handoff::parse_validity(&args.expires) else {
        return Err(usage_problem(words::BAD_EXPIRES, words::BAD_EXPIRES_FIX));
    };
    let (client, app_id) = appsemble_client(args.server.as_deref(), args.app)?;
    // SCIM on first when it is off; the current token kept when this sign-in can read it.
    let outcome = enabled(&client, app_id, true).await?;
    if outcome.token_created && outcome.had_token_before != Some(false) {
        eprintln!("{}", text::TOKEN_REPLACED_WARNING);
    }
    let name = match client.app(app_id).await {
        Ok(app) => app.name(),
        Err(_) => format!("app {app_id}"),
    };
    // Both verdicts, as the Entra admin will want them before connecting.
    let options = DiagnoseOptions {
        rehearse: true,
        ..DiagnoseOptions::default()
    };
    let report = diagnose(&outcome.tenant_url, &outcome.token, &options, Some(&client)).await;
    let made_at = SystemTime::now();
    let sealed = HandOff {
        app_id,
        app_name: name,
        server: client.server().origin(),
        tenant_url: outcome.tenant_url.clone(),
        token: outcome.token.clone(),
        connection: Some(report.test_connection() == ConnectionVerdict::Pass),
        provisioning: match report.provisioning() {
            ProvisioningVerdict::Pass => Some(true),
            ProvisioningVerdict::Fail => Some(false),
            ProvisioningVerdict::Unknown => None,
        },
        made_by: match client.credentials() {
            Credentials::Password { email, .. } => email.clone(),
            Credentials::ClientCredentials { id, .. } => format!("client {id}"),
        },
        made_at,
        expires_at: made_at + validity,
    };
    let passphrase = handoff::new_passphrase().map_err(|_| failure(words::NOT_SEALED.get()))?;
    let armored =
        handoff::seal(&sealed, &passphrase).map_err(|_| failure(words::NOT_SEALED.get()))?;
    if let Err(error) = crate::platform::write_private(&args.out, armored.as_bytes()) {
        eprintln!(
            "{} {} {}: {error}",
            text::ERROR,
            words::UNWRITABLE,
            args.out.display()
        );
        return Err(ExitCode::from(EXIT_FAILURE));
    }
    let expires_at = crate::report::utc_timestamp(sealed.expires_at);
    if args.json {
        let body = json!({
            "file": args.out.display().to_string(),
            "passphrase": passphrase.expose(),
            "expires_at": expires_at,
            "tenant_url": sealed.tenant_url,
        });
        println!("{body}");
    } else {
        println!("{} {}", words::CREATED, args.out.display());
        println!("{} {}", words::PASSPHRASE, passphrase.expose());
        println!("{}: {expires_at}", words::VALID_UNTIL);
        println!("{}", words::SEND_APART);
    }
    Ok(ExitCode::SUCCESS)
}

fn failure(summary: &str) -> ExitCode {
    print_problem(&Explanation {
        summary: summary.to_string(),
        fix: String::new(),
    });
    ExitCode::from(EXIT_FAILURE)
}

/// Opens `path` with the passphrase from `SCIM_ASSISTANT_HANDOFF_PASSPHRASE`, else typed at a
/// prompt; every way it fails is one sentence on standard error and exit 1.
pub(crate) fn open_file(path: &Path) -> Result<HandOff, ExitCode> {
    let Ok(file) = std::fs::read(path) else {
        print_problem(&Explanation {
            summary: format!("{} {}", words::UNREADABLE, path.display()),
            fix: words::UNREADABLE_FIX.get().to_string(),
        });
        return Err(ExitCode::from(EXIT_FAILURE));
    };
    let passphrase = passphrase()?;
    handoff::open(&file, &passphrase, SystemTime::now()).map_err(|error| {
        print_problem(&words::explain_open_error(&error, crate::i18n::lang()));
        ExitCode::from(EXIT_FAILURE)
    })
}

fn passphrase() -> Result<Secret, ExitCode> {
    let typed = match env(words::PASSPHRASE_ENV).filter(|p| !p.trim().is_empty()) {
        Some(passphrase) => Some(passphrase),
        None if std::io::stdin().is_terminal() => {
            rpassword::prompt_password(words::ASK_PASSPHRASE.get()).ok()
        }
        None => None,
    };
    match typed
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
    {
        Some(passphrase) => Ok(Secret::new(passphrase)),
        None => {
            print_problem(&Explanation {
                summary: words::NO_PASSPHRASE.get().to_string(),
                fix: words::NO_PASSPHRASE_FIX.get().to_string(),
            });
            Err(ExitCode::from(EXIT_FAILURE))
        }
    }
}

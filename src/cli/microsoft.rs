//! The command line's Microsoft session: the cloud, the sign-in (browser or device code, or a
//! token from `ENTRA_ACCESS_TOKEN`), and a Graph client that renews its token as the window's does.

use std::process::ExitCode;

use clap::Args;

use super::{EXIT_FAILURE, env, print_problem, usage_explained, usage_problem};
use crate::graph::{
    BUILT_IN_CLIENT_ID, Cloud, GraphClient, PendingSignIn, RetryPolicy, SignInConfig, Trace,
};
use crate::messages::{self, cli as text, entra as words};
use crate::secret::Secret;

#[derive(Debug, Args)]
pub struct GraphArgs {
    #[arg(long, default_value = "global")]
    pub cloud: String,
    /// The app registration to sign in with (else the one built in by the publisher).
    #[arg(long)]
    pub client_id: Option<String>,
    /// The tenant to sign in to (id or domain). Needed with --client-id: a tenant's own app is
    /// single tenant and signs in only there.
    #[arg(long)]
    pub tenant: Option<String>,
    /// Sign in with a code on another device (for machines without a browser).
    #[arg(long)]
    pub device_code: bool,
    /// Write the sign-in and Graph exchange here, every secret removed, for support.
    #[arg(long, value_name = "FILE")]
    pub trace: Option<std::path::PathBuf>,
    #[arg(long)]
    pub json: bool,
}

impl GraphArgs {
    /// The cloud, when it is known and has provisioning through Graph.
    pub fn cloud(&self) -> Result<Cloud, ExitCode> {
        match Cloud::parse(&self.cloud) {
            None => Err(usage_problem(text::UNKNOWN_CLOUD, text::UNKNOWN_CLOUD_FIX)),
            Some(cloud) if !cloud.has_provisioning() => Err(usage_problem(
                text::NO_PROVISIONING_IN_CLOUD,
                text::NO_PROVISIONING_IN_CLOUD_FIX,
            )),
            Some(cloud) => Ok(cloud),
        }
    }
}

/// A Graph client: with `ENTRA_ACCESS_TOKEN` when set (scripts), else after signing in with
/// Microsoft in the system browser. `Err` is the exit code after the problem was printed. With
/// `--trace`, the exchange is recorded in `trace`.
pub async fn graph_client(args: &GraphArgs, trace: &Trace) -> Result<GraphClient, ExitCode> {
    let cloud = args.cloud()?;
    // A Microsoft token is a credential too: never in clear text to another computer.
    let (graph_base, login_base) = match crate::graph::MicrosoftEndpoints::of(cloud, env) {
        Ok(endpoints) => (endpoints.graph_base, endpoints.login_base),
        Err(error) => return Err(usage_explained(&messages::explain_address(&error))),
    };
    let http = match crate::net::TlsSettings::default().http_client(crate::net::DEFAULT_TIMEOUT) {
        Ok(http) => http,
        Err(error) => {
            eprintln!("{}: {error}", text::ERROR);
            return Err(ExitCode::from(EXIT_FAILURE));
        }
    };
    if let Some(token) = env("ENTRA_ACCESS_TOKEN").filter(|t| !t.trim().is_empty()) {
        let token = Secret::new(token.trim());
        let graph = GraphClient::new(&graph_base, token, http, RetryPolicy::default());
        return Ok(match args.trace {
            Some(_) => graph.with_trace(trace.clone()),
            None => graph,
        });
    }
    let config = sign_in_config(args, cloud, login_base, trace)?;
    let token = sign_in(args, &config, &http).await?;
    // Like the window: a run longer than the hour renews instead of failing.
    Ok(crate::graph::signed_in_client(
        &graph_base,
        token,
        config,
        http,
    ))
}

/// Where and as which app to sign in; a client id of the admin's own needs its tenant.
fn sign_in_config(
    args: &GraphArgs,
    cloud: Cloud,
    login_base: String,
    trace: &Trace,
) -> Result<SignInConfig, ExitCode> {
    let tenant = args.tenant.clone().filter(|t| !t.trim().is_empty());
    let (client_id, tenant) = match (args.client_id.clone(), tenant) {
        (Some(_), None) => {
            return Err(usage_problem(
                text::CLIENT_ID_NEEDS_TENANT,
                text::CLIENT_ID_NEEDS_TENANT_FIX,
            ));
        }
        (Some(client_id), Some(tenant)) => (client_id, tenant),
        (None, tenant) => match BUILT_IN_CLIENT_ID {
            // The publisher's app is multi-tenant: `organizations` lets the admin choose.
            Some(built_in) => (
                built_in.to_string(),
                tenant.unwrap_or_else(|| "organizations".into()),
            ),
            None => {
                return Err(usage_problem(
                    text::NO_GRAPH_TOKEN,
                    text::NO_GRAPH_TOKEN_FIX,
                ));
            }
        },
    };
    Ok(SignInConfig {
        login_base,
        client_id,
        tenant,
        scopes: crate::graph::sign_in_scopes(cloud),
        pages: (words::LANDING_SIGNED_IN.get(), words::LANDING_REFUSED.get()),
        trace: args.trace.as_ref().map(|_| trace.clone()),
    })
}

/// How long the browser sign-in may take.
const SIGN_IN_DEADLINE: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// Signs in with Microsoft in the system browser (authorization code + PKCE, loopback redirect),
/// or with a device code.
async fn sign_in(
    args: &GraphArgs,
    config: &SignInConfig,
    http: &reqwest::Client,
) -> Result<crate::graph::MicrosoftToken, ExitCode> {
    let l = crate::i18n::lang();
    let failed = |error: crate::graph::MicrosoftSignInError| {
        print_problem(&words::explain_sign_in_in(&error, l));
        ExitCode::from(EXIT_FAILURE)
    };
    if args.device_code {
        let show = |prompt: crate::graph::DeviceCodePrompt| {
            eprintln!("{}", text::DEVICE_CODE);
            eprintln!("{}  {}", prompt.verification_uri, prompt.user_code);
        };
        return crate::graph::sign_in_with_device_code(config, http, show)
            .await
            .map_err(failed);
    }
    let pending = PendingSignIn::start(config.clone()).await.map_err(failed)?;
    eprintln!("{}\n{}", text::SIGN_IN_OPENING, pending.url);
    let _ = open::that_detached(&pending.url);
    pending.finish(http, SIGN_IN_DEADLINE).await.map_err(failed)
}

/// Writes the trace when `--trace` was given, whatever the command's outcome.
pub fn save_trace(args: &GraphArgs, trace: &Trace) {
    let Some(path) = &args.trace else {
        return;
    };
    use std::io::Write;
    // Written last, when standard error may already be closed: that must not end in a panic.
    let line = match trace.save(path) {
        Ok(()) => format!("{} {}", text::TRACE_SAVED, path.display()),
        Err(error) => format!(
            "{}: {} {}: {error}",
            text::ERROR,
            text::REPORT_UNWRITABLE,
            path.display()
        ),
    };
    let _ = writeln!(std::io::stderr(), "{line}");
}

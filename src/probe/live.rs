//! Runs the live-test checks in order and stops at the first one that blocks the rest.

use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::Value;

use super::check::CheckId;
use super::finding::{Finding, RejectCause};
use super::network;
use super::report::{CheckResult, TestReport};
use crate::address::{TenantUrl, inspect_tenant_url};
use crate::appsemble::{AppsembleClient, AppsembleError};
use crate::net::{DEFAULT_TIMEOUT, TlsSettings, header_text, read_capped};
use crate::secret::Secret;

/// The most of a response body the probe reads. An empty ListResponse is about 130 bytes; anything
/// near this size is not the answer Entra expects.
pub const BODY_LIMIT: usize = 1024 * 1024;

const LIST_RESPONSE: &str = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

/// How the live test runs.
#[derive(Clone, Debug)]
pub struct ProbeOptions {
    /// The longest wait for each step (lookup, connection, handshake, request).
    pub timeout: Duration,
    pub tls: TlsSettings,
}

impl Default for ProbeOptions {
    fn default() -> Self {
        Self {
            timeout: DEFAULT_TIMEOUT,
            tls: TlsSettings::default(),
        }
    }
}

/// Collects results and fills in skips for the checks after a blocking failure.
struct Recorder {
    checks: Vec<CheckResult>,
    last: Instant,
}

impl Recorder {
    fn record(&mut self, id: CheckId, finding: Finding) {
        let now = Instant::now();
        self.checks.push(CheckResult {
            id,
            finding,
            elapsed: now - self.last,
        });
        self.last = now;
    }

    fn skip_rest(&mut self, because: CheckId) {
        let done: Vec<CheckId> = self.checks.iter().map(|c| c.id).collect();
        for id in CheckId::LIVE_TEST
            .into_iter()
            .filter(|id| !done.contains(id))
        {
            self.checks.push(CheckResult {
                id,
                finding: Finding::Skipped { because },
                elapsed: Duration::ZERO,
            });
        }
    }
}

/// What one run of checks shares: the options and one HTTP client, so that requests reuse the
/// same keep-alive connection where they can. Cheap to clone (the client and the TLS setup are
/// shared), so many runs can share one: loading the platform's trust store is not free.
#[derive(Clone)]
pub struct ProbeContext {
    pub options: ProbeOptions,
    pub http: Option<reqwest::Client>,
    pub(crate) tls: Option<Arc<rustls::ClientConfig>>,
}

impl ProbeContext {
    pub fn new(options: &ProbeOptions) -> Self {
        let config = options.tls.client_config().ok();
        Self {
            options: options.clone(),
            http: config
                .clone()
                .and_then(|c| crate::net::http_client_with(c, options.timeout).ok()),
            tls: config.map(Arc::new),
        }
    }
}

/// How far the live chain got, for the checks that build on it.
pub struct ChainOutcome {
    pub tenant: Option<TenantUrl>,
    /// True when Appsemble accepted the token, so the SCIM endpoints can be explored further.
    pub auth_accepted: bool,
}

/// Tests the Tenant URL and token the way Entra's Test Connection will. `signed_in` (a session on
/// the same server) lets the test tell apart the causes of a 401.
pub async fn live_test(
    tenant_input: &str,
    token: &Secret,
    options: &ProbeOptions,
    signed_in: Option<&AppsembleClient>,
) -> TestReport {
    let started_at = std::time::SystemTime::now();
    let started = Instant::now();
    let context = ProbeContext::new(options);
    let (checks, _) = live_chain(&context, tenant_input, token, signed_in).await;
    TestReport {
        tenant_url: tenant_input.trim().to_string(),
        checks,
        server_version: None,
        started_at,
        elapsed: started.elapsed(),
    }
}

/// Runs `url` > `dns` > `connect` > `tls` > `auth` > `entra-test-connection`, skipping what
/// follows a blocking failure.
pub async fn live_chain(
    context: &ProbeContext,
    tenant_input: &str,
    token: &Secret,
    signed_in: Option<&AppsembleClient>,
) -> (Vec<CheckResult>, ChainOutcome) {
    let mut recorder = Recorder {
        checks: Vec::new(),
        last: Instant::now(),
    };
    let outcome = run_checks(&mut recorder, tenant_input, token, context, signed_in).await;
    (recorder.checks, outcome)
}

async fn run_checks(
    recorder: &mut Recorder,
    tenant_input: &str,
    token: &Secret,
    context: &ProbeContext,
    signed_in: Option<&AppsembleClient>,
) -> ChainOutcome {
    let blocked = |recorder: &mut Recorder, id| {
        recorder.skip_rest(id);
        ChainOutcome {
            tenant: None,
            auth_accepted: false,
        }
    };
    let timeout = context.options.timeout;
    let Some(tenant) = check_url(recorder, tenant_input) else {
        return blocked(recorder, CheckId::Url);
    };
    let addresses = match network::resolve(&tenant, timeout).await {
        Ok((addresses, found)) => {
            recorder.record(CheckId::Dns, found);
            addresses
        }
        Err(failed) => {
            recorder.record(CheckId::Dns, failed);
            return blocked(recorder, CheckId::Dns);
        }
    };
    let stream = match network::connect(&addresses, timeout).await {
        Ok((stream, found)) => {
            recorder.record(CheckId::Connect, found);
            stream
        }
        Err(failed) => {
            recorder.record(CheckId::Connect, failed);
            return blocked(recorder, CheckId::Connect);
        }
    };
    let (Some(config), Some(http)) = (context.tls.clone(), context.http.as_ref()) else {
        let failure = super::TlsFailure::Other;
        recorder.record(
            CheckId::Tls,
            Finding::Tls {
                failure,
                host: tenant.host(),
            },
        );
        return blocked(recorder, CheckId::Tls);
    };
    if tenant.is_https() {
        let found = network::handshake(stream, &tenant, config, timeout).await;
        let failed = found.status() == super::Status::Fail;
        recorder.record(CheckId::Tls, found);
        if failed {
            return blocked(recorder, CheckId::Tls);
        }
    } else {
        drop(stream);
        recorder.record(CheckId::Tls, Finding::TlsNotUsed);
    }
    let (auth, test) = entra_test_connection(&tenant, token, http, timeout, signed_in).await;
    let auth_accepted = auth == Finding::AuthAccepted;
    recorder.record(CheckId::Auth, auth);
    match test {
        Some(found) => recorder.record(CheckId::EntraTestConnection, found),
        None => recorder.skip_rest(CheckId::Auth),
    }
    ChainOutcome {
        tenant: Some(tenant),
        auth_accepted,
    }
}

fn check_url(recorder: &mut Recorder, input: &str) -> Option<TenantUrl> {
    let inspection = inspect_tenant_url(input);
    let found = match (&inspection.problem, inspection.http_loopback) {
        (Some(problem), _) => Finding::UrlProblem {
            problem: problem.clone(),
            corrected: inspection.corrected.clone(),
        },
        (None, true) => Finding::UrlLoopbackHttp,
        (None, false) => Finding::UrlOk,
    };
    recorder.record(CheckId::Url, found);
    inspection.tenant
}

/// Sends exactly what Entra sends and judges the answer. Returns the `auth` finding and, unless
/// authentication failed, the `entra-test-connection` finding.
async fn entra_test_connection(
    tenant: &TenantUrl,
    token: &Secret,
    http: &reqwest::Client,
    timeout: Duration,
    signed_in: Option<&AppsembleClient>,
) -> (Finding, Option<Finding>) {
    let seconds = timeout.as_secs().max(1);
    let filter = format!("userName eq \"{}\"", uuid::Uuid::new_v4());
    let request =
        crate::net::scim_get(http, tenant.resource("Users"), token).query(&[("filter", filter)]);
    let response = match request.send().await {
        Ok(response) => response,
        Err(e) if e.is_timeout() => {
            return (Finding::AuthNotReached, Some(Finding::NoAnswer { seconds }));
        }
        Err(_) => return (Finding::AuthNotReached, Some(Finding::RequestFailed)),
    };
    let status = response.status();
    match status {
        StatusCode::UNAUTHORIZED => {
            let cause = diagnose_rejection(tenant, token, http, signed_in).await;
            (Finding::AuthRejected { cause }, None)
        }
        StatusCode::FORBIDDEN => (Finding::AuthForbidden, None),
        s if s.is_redirection() => (Finding::AuthNotReached, Some(redirect_of(&response))),
        StatusCode::NOT_FOUND => (Finding::AuthNotReached, Some(Finding::EndpointNotFound)),
        StatusCode::NOT_ACCEPTABLE => (Finding::AuthAccepted, Some(Finding::NotAcceptable)),
        s if s.is_server_error() => (
            Finding::AuthNotReached,
            Some(Finding::ServerError { status: s.as_u16() }),
        ),
        StatusCode::OK => judge_list_response(response, seconds).await,
        other => (
            Finding::AuthNotReached,
            Some(Finding::UnexpectedStatus {
                status: other.as_u16(),
            }),
        ),
    }
}

fn redirect_of(response: &reqwest::Response) -> Finding {
    Finding::Redirect {
        location: crate::net::printable(
            &header_text(response, reqwest::header::LOCATION),
            crate::net::SERVER_TEXT_LIMIT,
        ),
    }
}

/// Decides whether a 200 is the empty SCIM ListResponse Entra expects.
async fn judge_list_response(
    response: reqwest::Response,
    seconds: u64,
) -> (Finding, Option<Finding>) {
    let content_type = header_text(&response, reqwest::header::CONTENT_TYPE).to_ascii_lowercase();
    if content_type.contains("html") {
        return (Finding::AuthNotReached, Some(Finding::HtmlPage));
    }
    let body = match read_capped(response, BODY_LIMIT).await {
        Ok(Some(body)) => body,
        Ok(None) => {
            let limit_kib = BODY_LIMIT / 1024;
            return (
                Finding::AuthNotReached,
                Some(Finding::BodyTooLarge { limit_kib }),
            );
        }
        Err(e) if e.is_timeout() => {
            return (Finding::AuthNotReached, Some(Finding::NoAnswer { seconds }));
        }
        Err(_) => return (Finding::AuthNotReached, Some(Finding::RequestFailed)),
    };
    if body.trim_ascii_start().starts_with(b"<") {
        return (Finding::AuthNotReached, Some(Finding::HtmlPage));
    }
    let Ok(json) = serde_json::from_slice::<Value>(&body) else {
        return (Finding::AuthNotReached, Some(Finding::InvalidJson));
    };
    match list_total(&json) {
        Some(0) => (Finding::AuthAccepted, Some(Finding::TestConnectionPasses)),
        Some(total) => (
            Finding::AuthAccepted,
            Some(Finding::FilterIgnored { total }),
        ),
        None => (
            Finding::AuthNotReached,
            Some(Finding::NotScim { content_type }),
        ),
    }
}

/// The `totalResults` of a SCIM ListResponse, or `None` when `json` is not one.
pub fn list_total(json: &Value) -> Option<u64> {
    let is_list = json
        .get("schemas")
        .and_then(Value::as_array)
        .is_some_and(|s| s.iter().any(|v| v == LIST_RESPONSE));
    is_list
        .then(|| json.get("totalResults").and_then(Value::as_u64))
        .flatten()
}

/// Finds out why Appsemble said 401, as far as the available sign-in allows.
async fn diagnose_rejection(
    tenant: &TenantUrl,
    token: &Secret,
    http: &reqwest::Client,
    signed_in: Option<&AppsembleClient>,
) -> RejectCause {
    let same_server =
        signed_in.filter(|client| client.server().origin() == tenant.server().origin());
    let Some(client) = same_server else {
        return anonymous_app_lookup(tenant, http).await;
    };
    if let Err(AppsembleError::AppNotFound { .. }) = client.app(tenant.app_id).await {
        return RejectCause::AppNotFound;
    }
    match client.scim_secret(tenant.app_id).await {
        Ok(secret) if !secret.enabled => RejectCause::ScimDisabled,
        Ok(secret) => match secret.token {
            None => RejectCause::NoTokenStored,
            Some(stored) if stored == *token => RejectCause::CorrectTokenRefused,
            Some(_) => RejectCause::WrongToken,
        },
        Err(AppsembleError::NeedsEmailSignIn) => RejectCause::SignInCannotTell,
        Err(_) => RejectCause::Unknown,
    }
}

/// Without a sign-in, the one cause that can still be told apart is an app id that does not exist:
/// `GET /api/apps/{id}` answers 404 to anyone.
async fn anonymous_app_lookup(tenant: &TenantUrl, http: &reqwest::Client) -> RejectCause {
    let url = tenant
        .server()
        .endpoint(&format!("api/apps/{}", tenant.app_id));
    match http.get(url).send().await {
        Ok(response) if response.status() == StatusCode::NOT_FOUND => RejectCause::AppNotFound,
        _ => RejectCause::Unknown,
    }
}

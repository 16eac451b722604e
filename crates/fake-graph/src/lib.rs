//! A stateful fake Microsoft Graph and identity platform, as strict as Microsoft's pages
//! (graph-fidelity.md §4): `directory` (tenant, apps, owners, assignments), `sync` (templates,
//! jobs, secrets, schema, start, logs), `scim` (Entra's cloud calling the SCIM server:
//! validateCredentials and provisionOnDemand), `identity` (sign-in, AADSTS50194 included).

mod directory;
mod filters;
mod identity;
mod schema;
mod scim;
mod seed;
mod sync;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

pub use schema::default_scim_schema;

/// The custom ("non-gallery") application template (entra.md §2).
pub const CUSTOM_APP_TEMPLATE: &str = "8adf8e6e-67b2-4cf2-a259-e3dc5476c621";
/// The custom app's "User" role id (entra.md §2).
pub const USER_ROLE: &str = "18d14569-c3bd-439b-9a66-3a2aee01d14f";
/// The bearer token the fake accepts.
pub const ACCESS_TOKEN: &str = "fake-graph-access-token";
/// The tenant's id (`GET /organization`).
pub const TENANT_ID: &str = "72f988bf-0000-4000-8000-00000000c0de";
/// The signed-in admin's object id (`GET /me`).
pub const ME: &str = "0b7e2a35-6a31-4d6a-9f51-1c1f5a1d00ad";
/// The signed-in admin's sign-in name (a user of the tenant, as a real admin is).
pub const ADMIN_UPN: &str = "alex@contoso.example";
/// The US Government cloud's non-gallery template (applicationtemplate-instantiate.md, beta).
pub const US_GOV_TEMPLATE: &str = "4602d0b4-76bb-404b-bca9-2652e1a39c6d";

/// A person in the tenant.
#[derive(Clone, Debug)]
pub struct TenantUser {
    pub id: String,
    pub user_principal_name: String,
    pub given_name: String,
    pub surname: String,
    pub mail_nickname: String,
    pub job_title: String,
}

#[derive(Clone, Debug)]
pub struct TenantGroup {
    pub id: String,
    pub display_name: String,
}

#[derive(Clone, Debug)]
pub struct FakeServicePrincipal {
    pub id: String,
    pub app_id: String,
    pub display_name: String,
    pub template: String,
    pub owners: Vec<String>,
    pub created: Instant,
    /// GETs of the new object that still answer 404 (replication lag).
    pub lag: u32,
}

#[derive(Clone, Debug)]
pub struct FakeJob {
    pub id: String,
    pub template_id: String,
    pub status: String,
    pub schema: Value,
    pub lag: u32,
}

/// One app-role assignment, with when it was made (on demand honours it only after
/// `assignment_delay`).
#[derive(Clone, Debug)]
pub struct Assignment {
    pub resource: String,
    pub principal: String,
    pub role: String,
    pub created: Instant,
}

impl Assignment {
    fn same(&self, other: &Assignment) -> bool {
        (&self.resource, &self.principal, &self.role)
            == (&other.resource, &other.principal, &other.role)
    }
}

/// How provisionOnDemand shapes its answer; all three are printed on Microsoft's pages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OnDemandShape {
    /// One top-level pair of two JSON strings (provisionondemand.md, v1.0).
    #[default]
    TopLevel,
    /// `key` a type name, `value` a JSON array of records (cross-tenant Graph guide).
    TypeNameAndArray,
    /// The pair inside a `value` array, as this fake answered before.
    Wrapped,
}

/// One request the fake received.
#[derive(Clone, Debug)]
pub struct Seen {
    pub method: String,
    pub path: String,
    /// The raw body (the sign-in's forms are not recorded).
    pub body: Vec<u8>,
}

#[derive(Debug)]
pub struct GraphState {
    pub users: Vec<TenantUser>,
    pub groups: Vec<TenantGroup>,
    pub service_principals: Vec<FakeServicePrincipal>,
    pub jobs: HashMap<String, Vec<FakeJob>>,
    pub secrets: HashMap<String, Vec<(String, String)>>,
    pub assignments: Vec<Assignment>,
    pub seen: Vec<Seen>,
    /// How many 404s a just-created service principal or job answers first.
    pub replication_lag: u32,
    /// The next this-many requests answer 429 with `Retry-After: 1`.
    pub throttle_next: u32,
    /// Without the Application Administrator role: 403 Authorization_RequestDenied on writes.
    pub role_missing: bool,
    /// Entra ID P1/P2: without it the provisioning logs answer 403 (graph.md §5).
    pub premium: bool,
    /// Provisioning log entries the fake wrote during on-demand provisioning.
    pub logs: Vec<Value>,
    /// Authorization codes handed out and not yet redeemed.
    pub grants: HashMap<String, identity::Grant>,
    /// When set (an `AADSTS…` code), the authorize endpoint refuses with it.
    pub refuse_sign_in: Option<String>,
    /// Access tokens Graph takes; [`ACCESS_TOKEN`] until `expire_access_tokens`, then the ones a
    /// refresh hands out.
    pub valid_tokens: Vec<String>,
    /// How many refresh-token grants the identity platform answered.
    pub refreshes: usize,
    /// Device codes handed out, with how many polls still answer `authorization_pending`.
    pub device_codes: HashMap<String, u32>,
    /// App registrations created in the tenant (`POST /applications`).
    pub applications: Vec<Value>,
    /// Service principals of those app registrations (`POST /servicePrincipals`).
    pub app_service_principals: Vec<Value>,
    /// The scopes the last browser sign-in asked for; `None`: every scope (a token from elsewhere).
    pub granted_scopes: Option<Vec<String>>,
    /// The non-gallery template id of the cloud this fake plays.
    pub cloud_template: String,
    /// The resource its tokens are for (`https://graph.microsoft.com` for the global cloud).
    pub graph_resource: String,
    /// `POST /servicePrincipals` answers 400 `NoBackingApplicationObject` this often after an app
    /// registration was made.
    pub backing_lag: u32,
    pub(crate) backing_lag_left: u32,
    /// The next instantiate or job creation is carried out but answered 503/504.
    pub lose_next_create: bool,
    /// Applications and jobs made, whatever the answer said.
    pub created_count: u32,
    /// How long after being assigned a person counts for on-demand provisioning
    /// (provision-on-demand.md: "a replication delay of up to a few minutes").
    pub assignment_delay: Duration,
    pub on_demand_shape: OnDemandShape,
    /// provisionOnDemand's limit: 5 requests per this window (10 s on Microsoft's page).
    pub on_demand_window: Duration,
    pub(crate) on_demand_calls: Vec<Instant>,
    /// provisionOnDemand calls refused with 429 for going over the limit.
    pub on_demand_throttled: u32,
    /// `start` calls on a job that was already running (start.md says not to).
    pub starts_while_running: u32,
    /// v1.0 models `directories` as a relationship: GET leaves them out without `$expand`.
    pub directories_as_relationship: bool,
    /// What each user's last successful on-demand export sent (for `RedundantExport`).
    pub(crate) exported: HashMap<String, Vec<(String, String)>>,
    /// The HTTP status the throttled answers use (429, 503 or 504).
    pub throttle_status: u16,
    /// The `Retry-After` throttled answers carry, if any.
    pub throttle_retry_after: Option<u64>,
    counter: u64,
}

pub type Shared = Arc<Mutex<GraphState>>;

/// A running fake Graph on 127.0.0.1.
pub struct FakeGraph {
    pub state: Shared,
    pub addr: std::net::SocketAddr,
}

impl FakeGraph {
    pub async fn start() -> Self {
        Self::start_on(0).await
    }

    /// Starts on a given port (0: any free one).
    pub async fn start_on(port: u16) -> Self {
        let state: Shared = Arc::new(Mutex::new(GraphState::seeded()));
        let app = axum::Router::new()
            .fallback(handle)
            .with_state(state.clone());
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Self { state, addr }
    }

    /// The identity platform's base, as `SCIM_ASSISTANT_LOGIN_URL` takes it.
    pub fn login_base(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Graph's versioned root, as `SCIM_ASSISTANT_GRAPH_URL` takes it.
    pub fn base(&self) -> String {
        format!("http://{}/v1.0", self.addr)
    }

    pub fn with<R>(&self, f: impl FnOnce(&mut GraphState) -> R) -> R {
        f(&mut self.state.lock().unwrap())
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.with(|s| s.seen.clone())
    }
}

/// Graph's error envelope (graph.md §5).
pub(crate) fn error(status: StatusCode, code: &str, message: &str) -> Response {
    let body = json!({"error": {"code": code, "message": message,
        "innerError": {"date": "2026-11-29T00:00:00", "request-id": "11111111-2222-3333-4444-555555555555"}}});
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

pub(crate) fn ok(status: StatusCode, body: Value) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

/// Graph's answer for an object that does not exist (or has not replicated yet).
pub(crate) fn not_found() -> Response {
    error(
        StatusCode::NOT_FOUND,
        "Request_ResourceNotFound",
        "Resource not found.",
    )
}

pub(crate) fn no_content() -> Response {
    StatusCode::NO_CONTENT.into_response()
}

async fn handle(
    State(state): State<Shared>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().trim_start_matches("/v1.0").to_string();
    let query: HashMap<String, String> = uri
        .query()
        .map(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .into_owned()
                .collect()
        })
        .unwrap_or_default();
    if path.ends_with("/oauth2/v2.0/authorize") {
        let tenant = path
            .trim_start_matches('/')
            .split('/')
            .next()
            .unwrap_or_default();
        return identity::authorize(&mut state.lock().unwrap(), tenant, &query);
    }
    if path.ends_with("/oauth2/v2.0/devicecode") {
        let form: HashMap<String, String> =
            url::form_urlencoded::parse(&body).into_owned().collect();
        return identity::device_code(&mut state.lock().unwrap(), &form);
    }
    if path.ends_with("/oauth2/v2.0/token") {
        let form: HashMap<String, String> =
            url::form_urlencoded::parse(&body).into_owned().collect();
        return identity::token(&mut state.lock().unwrap(), &form);
    }
    let raw = body;
    let body: Value = serde_json::from_slice(&raw).unwrap_or(Value::Null);
    {
        let mut state = state.lock().unwrap();
        state.seen.push(Seen {
            method: method.to_string(),
            path: path.clone(),
            body: raw.to_vec(),
        });
        let bearer = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        if !bearer.is_some_and(|token| state.valid_tokens.iter().any(|t| t == token)) {
            return error(
                StatusCode::UNAUTHORIZED,
                "InvalidAuthenticationToken",
                "Access token is empty.",
            );
        }
        // deployments.md: a token for one cloud's Graph is not valid on another's.
        if !state.audience_matches() {
            return error(
                StatusCode::UNAUTHORIZED,
                "InvalidAuthenticationToken",
                "Access token validation failure. Invalid audience.",
            );
        }
        if state.throttle_next > 0 {
            state.throttle_next -= 1;
            let status = StatusCode::from_u16(state.throttle_status).unwrap();
            let mut response = error(status, "TooManyRequests", "Too many requests");
            if let Some(seconds) = state.throttle_retry_after {
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, seconds.to_string().parse().unwrap());
            }
            return response;
        }
        // The synchronization service answers an under-privileged caller 401 `UnknownError` with
        // an empty message (graph.md §5, docs-contrib#8800); the directory 403.
        if state.role_missing && method != Method::GET {
            return if path.contains("/synchronization/") {
                error(StatusCode::UNAUTHORIZED, "UnknownError", "")
            } else {
                error(
                    StatusCode::FORBIDDEN,
                    "Authorization_RequestDenied",
                    "Insufficient privileges to complete the operation.",
                )
            };
        }
    }
    let segments: Vec<String> = path
        .trim_matches('/')
        .split('/')
        .map(filters::percent_decoded)
        .collect();
    let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
    // Calls that reach out to the SCIM server run without holding the lock.
    match (method.clone(), segments.as_slice()) {
        (
            Method::POST,
            [
                "servicePrincipals",
                sp,
                "synchronization",
                "jobs",
                "validateCredentials",
            ],
        ) => {
            return scim::validate_credentials(&state, sp, &body).await;
        }
        (
            Method::POST,
            [
                "servicePrincipals",
                sp,
                "synchronization",
                "jobs",
                _,
                "validateCredentials",
            ],
        ) => {
            return scim::validate_credentials(&state, sp, &body).await;
        }
        (
            Method::POST,
            [
                "servicePrincipals",
                sp,
                "synchronization",
                "jobs",
                job,
                "provisionOnDemand",
            ],
        ) => {
            return scim::provision_on_demand(&state, sp, job, &body).await;
        }
        _ => {}
    }
    let mut state = state.lock().unwrap();
    directory::route(&mut state, &method, &segments, &query, &body)
        .or_else(|| sync::route(&mut state, &method, &segments, &query, &body, &raw))
        .unwrap_or_else(|| {
            error(
                StatusCode::NOT_FOUND,
                "UnknownError",
                "No such resource in the fake Graph.",
            )
        })
}

/// Just-created objects answer 404 for their first few requests.
pub(crate) fn replicated(lag: &mut u32) -> bool {
    if *lag > 0 {
        *lag -= 1;
        false
    } else {
        true
    }
}

//! A stateful fake Microsoft Graph, as graph.md and entra.md §2, §3 describe the real one: the
//! custom-app template, service principals that replicate with a lag, the `scim` job with its
//! default schema, validateCredentials that really calls the Tenant URL (as Entra's cloud would),
//! secrets, schema GET/PUT (PATCH answers the 404 graph.md §3 quotes), app-role assignments with
//! "already exists", provisionOnDemand that sends Entra-shaped SCIM requests built from the schema
//! as it stands, job status and provisioning logs (403 without Entra ID P1).

mod identity;
mod schema;
mod scim;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

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

/// One request the fake received.
#[derive(Clone, Debug)]
pub struct Seen {
    pub method: String,
    pub path: String,
}

#[derive(Debug)]
pub struct GraphState {
    pub users: Vec<TenantUser>,
    pub groups: Vec<TenantGroup>,
    pub service_principals: Vec<FakeServicePrincipal>,
    pub jobs: HashMap<String, Vec<FakeJob>>,
    pub secrets: HashMap<String, Vec<(String, String)>>,
    /// (service principal, principal, app role)
    pub assignments: Vec<(String, String, String)>,
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
    /// Admin consents (`POST /oauth2PermissionGrants`).
    pub consents: Vec<Value>,
    counter: u64,
}

impl GraphState {
    fn seeded() -> Self {
        let user = |id: &str, upn: &str, given: &str, surname: &str, nick: &str| TenantUser {
            id: id.into(),
            user_principal_name: upn.into(),
            given_name: given.into(),
            surname: surname.into(),
            mail_nickname: nick.into(),
            job_title: "Engineer".into(),
        };
        Self {
            users: vec![
                user(
                    "0b7e2a35-6a31-4d6a-9f51-1c1f5a1d0001",
                    "ada@contoso.example",
                    "Ada",
                    "Lovelace",
                    "Ada.Lovelace",
                ),
                user(
                    "0b7e2a35-6a31-4d6a-9f51-1c1f5a1d0002",
                    "grace@contoso.example",
                    "Grace",
                    "Hopper",
                    "GraceH",
                ),
            ],
            groups: vec![TenantGroup {
                id: "6c1d4e1f-0000-4000-8000-00000000a001".into(),
                display_name: "App users".into(),
            }],
            service_principals: Vec::new(),
            jobs: HashMap::new(),
            secrets: HashMap::new(),
            assignments: Vec::new(),
            seen: Vec::new(),
            replication_lag: 2,
            throttle_next: 0,
            role_missing: false,
            premium: true,
            logs: Vec::new(),
            grants: HashMap::new(),
            refuse_sign_in: None,
            device_codes: HashMap::new(),
            valid_tokens: vec![ACCESS_TOKEN.to_string()],
            refreshes: 0,
            applications: Vec::new(),
            app_service_principals: Vec::new(),
            consents: Vec::new(),
            counter: 0,
        }
    }

    fn next_id(&mut self) -> String {
        self.counter += 1;
        format!("00000000-0000-4000-8000-{:012x}", self.counter)
    }

    /// As an hour later: every access token handed out so far is refused (401
    /// `InvalidAuthenticationToken`); a refresh-token grant gives a new one.
    pub fn expire_access_tokens(&mut self) {
        self.valid_tokens.clear();
    }

    pub fn user(&self, upn: &str) -> Option<&TenantUser> {
        self.users
            .iter()
            .find(|u| u.user_principal_name.eq_ignore_ascii_case(upn) || u.id == upn)
    }

    /// The one job of a service principal (tests look at its schema).
    pub fn job(&self, sp: &str) -> Option<&FakeJob> {
        self.jobs.get(sp).and_then(|jobs| jobs.first())
    }
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
fn error(status: StatusCode, code: &str, message: &str) -> Response {
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
fn not_found() -> Response {
    error(
        StatusCode::NOT_FOUND,
        "Request_ResourceNotFound",
        "Resource not found.",
    )
}

fn no_content() -> Response {
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
        return identity::authorize(&mut state.lock().unwrap(), &query);
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
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    {
        let mut state = state.lock().unwrap();
        state.seen.push(Seen {
            method: method.to_string(),
            path: path.clone(),
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
        if state.throttle_next > 0 {
            state.throttle_next -= 1;
            let mut response = error(
                StatusCode::TOO_MANY_REQUESTS,
                "TooManyRequests",
                "Too many requests",
            );
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, "1".parse().unwrap());
            return response;
        }
        if state.role_missing && method != Method::GET {
            return error(
                StatusCode::FORBIDDEN,
                "Authorization_RequestDenied",
                "Insufficient privileges to complete the operation.",
            );
        }
    }
    let segments: Vec<String> = path
        .trim_matches('/')
        .split('/')
        .map(percent_decoded)
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
                job,
                "provisionOnDemand",
            ],
        ) => {
            return scim::provision_on_demand(&state, sp, job, &body).await;
        }
        _ => {}
    }
    let mut state = state.lock().unwrap();
    route(&mut state, &method, &segments, &query, &body)
}

fn route(
    state: &mut GraphState,
    method: &Method,
    segments: &[&str],
    query: &HashMap<String, String>,
    body: &Value,
) -> Response {
    match (method.clone(), segments) {
        (Method::POST, ["applicationTemplates", template, "instantiate"]) => {
            instantiate(state, template, body)
        }
        (Method::GET, ["servicePrincipals"]) => list_service_principals(state, query),
        (Method::GET, [by_app_id]) if by_app_id.starts_with("servicePrincipals(appId=") => {
            service_principal_by_app_id(state, by_app_id)
        }
        (Method::GET, ["applications"]) => {
            let name = filter_literal(
                query.get("$filter").map(String::as_str).unwrap_or_default(),
                "displayName",
            );
            let value: Vec<Value> = state
                .applications
                .iter()
                .filter(|a| a["displayName"].as_str() == name.as_deref())
                .cloned()
                .collect();
            ok(StatusCode::OK, json!({"value": value}))
        }
        (Method::POST, ["applications"]) => {
            let mut app = body.clone();
            app["id"] = json!(state.next_id());
            app["appId"] = json!(state.next_id());
            state.applications.push(app.clone());
            ok(StatusCode::CREATED, app)
        }
        (Method::POST, ["servicePrincipals"]) => {
            let app_id = body["appId"].clone();
            if state
                .app_service_principals
                .iter()
                .any(|sp| sp["appId"] == app_id)
            {
                return error(
                    StatusCode::CONFLICT,
                    "Request_MultipleObjectsWithSameKeyValue",
                    "The service principal already exists.",
                );
            }
            let sp = json!({"id": state.next_id(), "appId": app_id});
            state.app_service_principals.push(sp.clone());
            ok(StatusCode::CREATED, sp)
        }
        (Method::POST, ["oauth2PermissionGrants"]) => {
            state.consents.push(body.clone());
            ok(StatusCode::CREATED, body.clone())
        }
        (Method::GET, ["servicePrincipals", sp]) => get_service_principal(state, sp),
        (Method::GET, ["servicePrincipals", sp, "synchronization", "jobs"]) => list_jobs(state, sp),
        (Method::POST, ["servicePrincipals", sp, "synchronization", "jobs"]) => {
            create_job(state, sp, body)
        }
        (Method::GET, ["servicePrincipals", sp, "synchronization", "jobs", job]) => {
            get_job(state, sp, job)
        }
        (Method::PUT, ["servicePrincipals", sp, "synchronization", "secrets"]) => {
            let pairs = body["value"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| {
                    let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
                    (text(&p["key"]), text(&p["value"]))
                })
                .collect();
            state.secrets.insert(sp.to_string(), pairs);
            no_content()
        }
        (
            Method::GET,
            [
                "servicePrincipals",
                sp,
                "synchronization",
                "jobs",
                job,
                "schema",
            ],
        ) => match job_mut(state, sp, job) {
            Some(job) => ok(StatusCode::OK, job.schema.clone()),
            None => not_found(),
        },
        (
            Method::PUT,
            [
                "servicePrincipals",
                sp,
                "synchronization",
                "jobs",
                job,
                "schema",
            ],
        ) => match job_mut(state, sp, job) {
            Some(job) => {
                job.schema = body.clone();
                no_content()
            }
            None => not_found(),
        },
        // graph.md §3: PATCH on the schema is not routed by the synchronization service.
        (
            Method::PATCH,
            [
                "servicePrincipals",
                _,
                "synchronization",
                "jobs",
                _,
                "schema",
            ],
        ) => error(
            StatusCode::NOT_FOUND,
            "UnknownError",
            "{\"Message\":\"No HTTP resource was found that matches the request URI 'https://syncfabric.windowsazure.com/api/servicePrincipals/schema?api-version=2.0'\"}",
        ),
        (
            Method::POST,
            [
                "servicePrincipals",
                sp,
                "synchronization",
                "jobs",
                job,
                "start",
            ],
        ) => match job_mut(state, sp, job) {
            Some(job) => {
                job.status = "Active".into();
                no_content()
            }
            None => not_found(),
        },
        (Method::POST, ["servicePrincipals", sp, "appRoleAssignedTo"]) => assign(state, sp, body),
        (Method::GET, ["users", upn]) => match state.user(upn) {
            Some(user) => ok(
                StatusCode::OK,
                json!({"id": user.id, "userPrincipalName": user.user_principal_name}),
            ),
            None => not_found(),
        },
        (Method::GET, ["groups"]) => {
            let filter = query.get("$filter").map(String::as_str).unwrap_or_default();
            let value: Vec<Value> = state
                .groups
                .iter()
                .filter(|g| matches_filter(filter, &[("displayName", &g.display_name)]))
                .map(|g| json!({"id": g.id, "displayName": g.display_name}))
                .collect();
            ok(StatusCode::OK, json!({"value": value}))
        }
        (Method::GET, ["users"]) => {
            let filter = query.get("$filter").map(String::as_str).unwrap_or_default();
            let value: Vec<Value> = state
                .users
                .iter()
                .filter(|u| {
                    let name = format!("{} {}", u.given_name, u.surname);
                    matches_filter(
                        filter,
                        &[
                            ("displayName", &name),
                            ("userPrincipalName", &u.user_principal_name),
                        ],
                    )
                })
                .map(|u| {
                    json!({"id": u.id, "userPrincipalName": u.user_principal_name,
                           "displayName": format!("{} {}", u.given_name, u.surname)})
                })
                .collect();
            ok(StatusCode::OK, json!({"value": value}))
        }
        (Method::GET, ["auditLogs", "provisioning"]) => {
            if !state.premium {
                return error(
                    StatusCode::FORBIDDEN,
                    "Authentication_RequestFromNonPremiumTenantOrB2CTenant",
                    "Neither tenant is B2C or tenant doesn't have premium license",
                );
            }
            ok(StatusCode::OK, json!({"value": state.logs}))
        }
        _ => error(
            StatusCode::NOT_FOUND,
            "UnknownError",
            "No such resource in the fake Graph.",
        ),
    }
}

/// Graph's `$filter` as far as the assistant uses it: `a eq 'x'` and `startswith(a,'x')`, joined
/// by `or` (case-insensitive, as Graph's directory filters are).
fn matches_filter(filter: &str, fields: &[(&str, &str)]) -> bool {
    filter.split(" or ").any(|clause| {
        let clause = clause.trim();
        fields.iter().any(|(name, value)| {
            if let Some(wanted) = filter_literal(clause, name) {
                return value.eq_ignore_ascii_case(&wanted);
            }
            let prefix = format!("startswith({name},'");
            clause
                .strip_prefix(&prefix)
                .and_then(|rest| rest.strip_suffix("')"))
                .is_some_and(|start| {
                    value
                        .to_lowercase()
                        .starts_with(&start.replace("''", "'").to_lowercase())
                })
        })
    })
}

/// A path segment percent-decoded, as Graph reads `users/ada%40contoso.example`.
fn percent_decoded(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `displayName eq 'x'` → `x` (quotes doubled inside, graph.md §4).
fn filter_literal(filter: &str, attribute: &str) -> Option<String> {
    let start = filter.find(&format!("{attribute} eq '"))? + attribute.len() + 5;
    let rest = &filter[start..];
    let mut value = String::new();
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' {
            if chars.peek() == Some(&'\'') {
                chars.next();
                value.push('\'');
            } else {
                return Some(value);
            }
        } else {
            value.push(c);
        }
    }
    None
}

/// Microsoft Graph's own service principal (with its delegated permissions), or one of the
/// tenant's app registrations, looked up as `servicePrincipals(appId='…')`.
fn service_principal_by_app_id(state: &GraphState, segment: &str) -> Response {
    let app_id = segment
        .trim_start_matches("servicePrincipals(appId='")
        .trim_end_matches("')");
    if app_id == "00000003-0000-0000-c000-000000000000" {
        let scopes: Vec<Value> = [
            "Application.ReadWrite.All",
            "AppRoleAssignment.ReadWrite.All",
            "Synchronization.ReadWrite.All",
            "User.Read.All",
            "GroupMember.Read.All",
            "AuditLog.Read.All",
            "Mail.Send",
        ]
        .iter()
        .enumerate()
        .map(|(i, value)| json!({"id": format!("5c0e5bd7-0000-4000-8000-{i:012}"), "value": value, "type": "Admin"}))
        .collect();
        return ok(
            StatusCode::OK,
            json!({"id": "9f7d6b3e-0000-4000-8000-000000000003", "appId": app_id, "oauth2PermissionScopes": scopes}),
        );
    }
    match state
        .app_service_principals
        .iter()
        .find(|sp| sp["appId"] == app_id)
    {
        Some(sp) => ok(StatusCode::OK, sp.clone()),
        None => not_found(),
    }
}

fn sp_json(sp: &FakeServicePrincipal) -> Value {
    json!({"id": sp.id, "appId": sp.app_id, "displayName": sp.display_name,
    "applicationTemplateId": CUSTOM_APP_TEMPLATE,
    "appRoles": [
        {"id": USER_ROLE, "displayName": "User", "value": null, "allowedMemberTypes": ["User"]},
        {"id": "b9632174-c057-4f7e-951b-be3adc52bfe6", "displayName": "msiam_access", "value": null}
    ]})
}

fn instantiate(state: &mut GraphState, template: &str, body: &Value) -> Response {
    if template != CUSTOM_APP_TEMPLATE {
        return error(
            StatusCode::NOT_FOUND,
            "Request_ResourceNotFound",
            "Template not found.",
        );
    }
    let sp = FakeServicePrincipal {
        id: state.next_id(),
        app_id: state.next_id(),
        display_name: body["displayName"]
            .as_str()
            .unwrap_or("Custom app")
            .to_string(),
        lag: state.replication_lag,
    };
    let answer = json!({"application": {"appId": sp.app_id, "displayName": sp.display_name},
                        "servicePrincipal": sp_json(&sp)});
    state.service_principals.push(sp);
    ok(StatusCode::CREATED, answer)
}

/// Just-created objects answer 404 for their first few requests.
fn replicated(lag: &mut u32) -> bool {
    if *lag > 0 {
        *lag -= 1;
        false
    } else {
        true
    }
}

fn list_service_principals(state: &GraphState, query: &HashMap<String, String>) -> Response {
    let filter = query.get("$filter").map(String::as_str).unwrap_or_default();
    let name = filter_literal(filter, "displayName");
    let value: Vec<Value> = state
        .service_principals
        .iter()
        .filter(|sp| sp.lag == 0 && Some(sp.display_name.as_str()) == name.as_deref())
        .map(sp_json)
        .collect();
    ok(StatusCode::OK, json!({"value": value}))
}

fn get_service_principal(state: &mut GraphState, id: &str) -> Response {
    match state.service_principals.iter_mut().find(|sp| sp.id == id) {
        Some(sp) => {
            if replicated(&mut sp.lag) {
                ok(StatusCode::OK, sp_json(sp))
            } else {
                not_found()
            }
        }
        None => not_found(),
    }
}

fn list_jobs(state: &GraphState, sp: &str) -> Response {
    let value: Vec<Value> = state
        .jobs
        .get(sp)
        .into_iter()
        .flatten()
        .map(|j| json!({"id": j.id, "templateId": j.template_id, "status": {"code": j.status}}))
        .collect();
    ok(StatusCode::OK, json!({"value": value}))
}

fn create_job(state: &mut GraphState, sp: &str, body: &Value) -> Response {
    if !state.service_principals.iter().any(|s| s.id == sp) {
        return not_found();
    }
    let suffix = state.next_id().replace('-', "");
    let job = FakeJob {
        id: format!("scim.{suffix}"),
        template_id: body["templateId"].as_str().unwrap_or("scim").to_string(),
        status: "NotRun".into(),
        schema: default_scim_schema(),
        lag: state.replication_lag,
    };
    let answer =
        json!({"id": job.id, "templateId": job.template_id, "status": {"code": job.status}});
    state.jobs.entry(sp.to_string()).or_default().push(job);
    ok(StatusCode::CREATED, answer)
}

fn job_mut<'a>(state: &'a mut GraphState, sp: &str, job: &str) -> Option<&'a mut FakeJob> {
    state.jobs.get_mut(sp)?.iter_mut().find(|j| j.id == job)
}

fn get_job(state: &mut GraphState, sp: &str, id: &str) -> Response {
    let job = job_mut(state, sp, id);
    let visible = match job {
        Some(job) => replicated(&mut job.lag).then_some(job),
        None => None,
    };
    match visible {
        Some(job) => ok(
            StatusCode::OK,
            json!({"id": job.id, "templateId": job.template_id,
                   "status": {"code": job.status, "quarantine": null,
                              "lastExecution": if job.status == "Active" {
                                  json!({"state": "Succeeded", "timeBegan": "2026-11-29T08:00:00Z", "timeEnded": "2026-11-29T08:00:05Z",
                                         "countEntitled": 2, "countExported": 1, "countEscrowed": 1})
                              } else { Value::Null }},
                   "schedule": {"state": if job.status == "Active" { "Active" } else { "Disabled" }}}),
        ),
        _ => not_found(),
    }
}

fn assign(state: &mut GraphState, sp: &str, body: &Value) -> Response {
    let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let entry = (
        sp.to_string(),
        text(&body["principalId"]),
        text(&body["appRoleId"]),
    );
    if state.assignments.contains(&entry) {
        return error(
            StatusCode::BAD_REQUEST,
            "Request_BadRequest",
            "Permission being assigned already exists on the object.",
        );
    }
    state.assignments.push(entry);
    ok(
        StatusCode::CREATED,
        json!({"id": "assignment", "principalId": body["principalId"]}),
    )
}

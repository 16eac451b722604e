//! A stateful fake Appsemble server that answers as appsemble-api.md §1–§4 and §8 describe the real
//! one, including its quirks: plain-text 401s, JSON 404s for unknown paths before any auth,
//! case-insensitive SCIM paths, six accepted PATCH paths, and (as shipped in 0.37) 500 on every
//! create, update and delete.

#![allow(dead_code, clippy::result_large_err)]

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use serde_json::{Value, json};

/// How the server treats SCIM writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteMode {
    /// Appsemble 0.37 as shipped: POST, PUT, valid PATCH and DELETE answer 500 (§8.1).
    Shipped,
    /// With the three server bugs fixed (§8.2).
    Fixed,
}

#[derive(Clone, Debug)]
pub struct FakeUser {
    pub id: u64,
    pub email: String,
    pub password: String,
}

#[derive(Clone, Debug)]
pub struct FakeOrg {
    pub id: String,
    pub name: String,
    /// user id → organisation role
    pub members: HashMap<u64, String>,
}

#[derive(Clone, Debug)]
pub struct ScimMember {
    pub id: String,
    pub user_name: String,
    pub external_id: Option<String>,
    pub active: bool,
    pub name: Option<String>,
}

#[derive(Clone, Debug)]
pub struct FakeApp {
    pub id: u64,
    pub org: String,
    pub path: String,
    pub definition: Value,
    pub public: bool,
    pub scim_enabled: bool,
    pub scim_token: Option<String>,
    pub members: Vec<ScimMember>,
}

#[derive(Clone, Debug)]
pub struct ClientCredential {
    pub id: String,
    pub secret: String,
    pub user: u64,
    pub scopes: Vec<String>,
    pub expired: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TokenKind {
    Studio,
    Cli,
}

#[derive(Clone, Debug)]
struct Access {
    user: u64,
    kind: TokenKind,
}

/// One request the server received, for assertions.
#[derive(Clone, Debug)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub query: String,
    pub authorization: Option<String>,
    pub accept: Option<String>,
}

pub struct FakeState {
    pub mode: WriteMode,
    pub version: String,
    pub users: Vec<FakeUser>,
    pub orgs: Vec<FakeOrg>,
    pub apps: BTreeMap<u64, FakeApp>,
    pub client_credentials: Vec<ClientCredential>,
    access: HashMap<String, Access>,
    refresh: HashMap<String, u64>,
    pub seen: Vec<Seen>,
    pub logins: usize,
    pub refreshes: usize,
    /// Seconds the next issued access tokens claim to live (Appsemble: 3600).
    pub expires_in: u64,
    /// Makes DELETE answer 500 even in fixed mode, to test clean-up reporting.
    pub delete_fails: bool,
    /// Holds every PATCH this long before answering, so a test can stop a rehearsal half-way
    /// (after its user was created, before it was deleted).
    pub stall_patches: Option<std::time::Duration>,
    /// When false, `/api/health` answers 503 as a server without its database does.
    pub healthy: bool,
    counter: u64,
}

pub const OWNER_EMAIL: &str = "owner@example.com";
pub const OWNER_PASSWORD: &str = "owner-password-1";
pub const MEMBER_EMAIL: &str = "member@example.com";
pub const MEMBER_PASSWORD: &str = "member-password-2";
pub const CLIENT_ID: &str = "0123456789abcdef0123456789abcdef";
pub const CLIENT_SECRET: &str = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";
/// An app with a proper security definition in an organisation where the owner is Owner.
pub const READY_APP: u64 = 42;
/// An app without a security definition.
pub const NO_SECURITY_APP: u64 = 43;
/// An app in an organisation where the owner only has the Member role.
pub const MEMBER_ONLY_APP: u64 = 44;

impl FakeState {
    fn seeded(mode: WriteMode) -> Self {
        let users = vec![
            FakeUser {
                id: 1,
                email: OWNER_EMAIL.into(),
                password: OWNER_PASSWORD.into(),
            },
            FakeUser {
                id: 2,
                email: MEMBER_EMAIL.into(),
                password: MEMBER_PASSWORD.into(),
            },
        ];
        let orgs = vec![
            FakeOrg {
                id: "acme".into(),
                name: "Acme".into(),
                members: HashMap::from([(1, "Owner".into()), (2, "Member".into())]),
            },
            FakeOrg {
                id: "beta".into(),
                name: "Beta Corp".into(),
                members: HashMap::from([(1, "Member".into())]),
            },
        ];
        let secured = json!({
            "name": "Notes",
            "defaultPage": "Home",
            "security": {"default": {"role": "User", "policy": "everyone"}, "roles": {"User": {}}},
            "pages": []
        });
        let mut apps = BTreeMap::new();
        for (id, org, path, definition, public) in [
            (READY_APP, "acme", "notes", secured.clone(), false),
            (
                NO_SECURITY_APP,
                "acme",
                "open-board",
                json!({"name": "Open Board", "pages": []}),
                true,
            ),
            (MEMBER_ONLY_APP, "beta", "beta-app", secured.clone(), false),
        ] {
            apps.insert(
                id,
                FakeApp {
                    id,
                    org: org.into(),
                    path: path.into(),
                    definition,
                    public,
                    scim_enabled: false,
                    scim_token: None,
                    members: Vec::new(),
                },
            );
        }
        Self {
            mode,
            version: "0.37.6".into(),
            users,
            orgs,
            apps,
            client_credentials: vec![ClientCredential {
                id: CLIENT_ID.into(),
                secret: CLIENT_SECRET.into(),
                user: 1,
                scopes: vec!["apps:write".into()],
                expired: false,
            }],
            access: HashMap::new(),
            refresh: HashMap::new(),
            seen: Vec::new(),
            logins: 0,
            refreshes: 0,
            expires_in: 3600,
            delete_fails: false,
            stall_patches: None,
            healthy: true,
            counter: 0,
        }
    }

    fn next_id(&mut self, prefix: &str) -> String {
        self.counter += 1;
        format!(
            "{prefix}-{:08}-{}",
            self.counter,
            uuid::Uuid::new_v4().simple()
        )
    }

    fn issue(&mut self, user: u64, kind: TokenKind, with_refresh: bool) -> Value {
        let access = self.next_id("access");
        self.access.insert(access.clone(), Access { user, kind });
        let mut body =
            json!({"access_token": access, "expires_in": self.expires_in, "token_type": "bearer"});
        if with_refresh {
            let refresh = self.next_id("refresh");
            self.refresh.insert(refresh.clone(), user);
            body["refresh_token"] = json!(refresh);
        }
        body
    }

    fn role_of(&self, user: u64, org: &str) -> Option<String> {
        self.orgs
            .iter()
            .find(|o| o.id == org)?
            .members
            .get(&user)
            .cloned()
    }

    /// Forgets all issued access tokens, as if they had expired.
    pub fn expire_access_tokens(&mut self) {
        self.access.clear();
    }

    /// Forgets access and refresh tokens: every session must sign in again.
    pub fn revoke_sessions(&mut self) {
        self.access.clear();
        self.refresh.clear();
    }
}

pub type Shared = Arc<Mutex<FakeState>>;

/// A running fake server on 127.0.0.1.
pub struct FakeAppsemble {
    pub state: Shared,
    pub addr: std::net::SocketAddr,
}

impl FakeAppsemble {
    pub async fn start(mode: WriteMode) -> Self {
        Self::start_on(0, mode).await
    }

    /// Starts on a given port (0: any free one).
    pub async fn start_on(port: u16, mode: WriteMode) -> Self {
        let state: Shared = Arc::new(Mutex::new(FakeState::seeded(mode)));
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

    pub fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn tenant_url(&self, app_id: u64) -> String {
        format!("{}/api/apps/{app_id}/scim", self.origin())
    }

    pub fn with<R>(&self, f: impl FnOnce(&mut FakeState) -> R) -> R {
        f(&mut self.state.lock().unwrap())
    }

    /// The SCIM users of an app whose name marks them as a rehearsal's test user.
    pub fn rehearsal_users(&self, app_id: u64) -> Vec<ScimMember> {
        self.app(app_id)
            .members
            .into_iter()
            .filter(|m| m.user_name.starts_with("scim-assistant-rehearsal-"))
            .collect()
    }

    /// True once a rehearsal has created its user and sent its first PATCH (which a test may
    /// hold with `stall_patches`).
    pub fn rehearsal_is_half_way(&self) -> bool {
        self.seen()
            .iter()
            .any(|s| s.method == "PATCH" && s.path.contains("/scim/Users/"))
    }

    /// Switches SCIM on with `token`, as if done in the studio.
    pub fn enable_scim(&self, app_id: u64, token: &str) {
        self.with(|s| {
            let app = s.apps.get_mut(&app_id).unwrap();
            app.scim_enabled = true;
            app.scim_token = Some(token.to_string());
        });
    }

    pub fn app(&self, app_id: u64) -> FakeApp {
        self.with(|s| s.apps[&app_id].clone())
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.with(|s| s.seen.clone())
    }
}

fn text(status: StatusCode, body: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        body,
    )
        .into_response()
}

fn json_with(status: StatusCode, content_type: &'static str, body: Value) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, content_type)],
        body.to_string(),
    )
        .into_response()
}

fn ok_json(body: Value) -> Response {
    json_with(StatusCode::OK, "application/json; charset=utf-8", body)
}

fn koa_error(status: StatusCode, message: &str) -> Response {
    let error = status.canonical_reason().unwrap_or("Error");
    json_with(
        status,
        "application/json; charset=utf-8",
        json!({"error": error, "message": message, "statusCode": status.as_u16()}),
    )
}

fn scim_error(status: StatusCode, detail: &str) -> Response {
    json_with(
        status,
        "application/json; charset=utf-8",
        json!({"detail": detail, "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "status": status.as_u16()}),
    )
}

fn unauthorized() -> Response {
    text(StatusCode::UNAUTHORIZED, "Unauthorized")
}

fn url_not_found() -> Response {
    koa_error(StatusCode::NOT_FOUND, "URL not found")
}

fn internal_error() -> Response {
    text(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error")
}

struct Request {
    method: Method,
    path: String,
    query: HashMap<String, String>,
    headers: HeaderMap,
    body: Bytes,
}

impl Request {
    fn header(&self, name: header::HeaderName) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The value after an exact `Bearer ` (koas-security switches on the capitalised word).
    fn bearer(&self) -> Option<&str> {
        self.header(header::AUTHORIZATION)?.strip_prefix("Bearer ")
    }

    fn basic(&self) -> Option<(String, String)> {
        let encoded = self.header(header::AUTHORIZATION)?.strip_prefix("Basic ")?;
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .ok()?;
        let text = String::from_utf8(decoded).ok()?;
        let (a, b) = text.split_once(':')?;
        Some((a.to_string(), b.to_string()))
    }

    fn json(&self) -> Option<Value> {
        serde_json::from_slice(&self.body).ok()
    }

    fn content_type_is_json(&self) -> bool {
        self.header(header::CONTENT_TYPE)
            .map(|c| c.starts_with("application/json") || c.starts_with("application/scim+json"))
            .unwrap_or(false)
    }

    /// koas-serializer's `request.accepts([...])`: missing, `*/*` or `application/scim+json`.
    fn accepts_scim(&self) -> bool {
        match self.header(header::ACCEPT) {
            None => true,
            Some(accept) => accept.split(',').any(|part| {
                let media = part.split(';').next().unwrap_or("").trim();
                media == "*/*" || media == "application/*" || media == "application/scim+json"
            }),
        }
    }
}

async fn handle(
    State(state): State<Shared>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let query: HashMap<String, String> = uri
        .query()
        .map(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .into_owned()
                .collect()
        })
        .unwrap_or_default();
    let request = Request {
        method,
        path: uri.path().to_string(),
        query,
        headers,
        body,
    };
    let stall = {
        let mut state = state.lock().unwrap();
        state.seen.push(Seen {
            method: request.method.to_string(),
            path: request.path.clone(),
            query: uri.query().unwrap_or_default().to_string(),
            authorization: request.header(header::AUTHORIZATION).map(str::to_string),
            accept: request.header(header::ACCEPT).map(str::to_string),
        });
        state.stall_patches
    };
    if let (Some(stall), &Method::PATCH) = (stall, &request.method) {
        tokio::time::sleep(stall).await;
    }
    route(&mut state.lock().unwrap(), &request)
}

fn route(state: &mut FakeState, request: &Request) -> Response {
    let segments: Vec<&str> = request.path.trim_start_matches('/').split('/').collect();
    let m = &request.method;
    match segments.as_slice() {
        ["api", "auth", "email", "login"] if m == Method::POST => email_login(state, request),
        ["api", "auth", "refresh-token"] if m == Method::POST => refresh_token(state, request),
        ["auth", "oauth2", "token"] if m == Method::POST => client_token(state, request),
        ["api", "health"] if m == Method::GET && state.healthy => {
            ok_json(json!({"database": true}))
        }
        ["api", "health"] if m == Method::GET => json_with(
            StatusCode::SERVICE_UNAVAILABLE,
            "application/json; charset=utf-8",
            json!({"error": "Service Unavailable", "message": "API unhealthy", "statusCode": 503, "data": {"database": false}}),
        ),
        ["api.json"] if m == Method::GET => ok_json(
            json!({"openapi": "3.0.2", "info": {"title": "Appsemble", "version": state.version}}),
        ),
        ["api", "users", "current", "organizations"] if m == Method::GET => {
            my_organizations(state, request)
        }
        ["api", "organizations", org, "apps"] if m == Method::GET => {
            organization_apps(state, request, org)
        }
        ["api", "apps", id] if m == Method::GET => get_app(state, request, id),
        ["api", "apps", id, "secrets", "scim"] if m == Method::GET || m == Method::PATCH => {
            scim_secret(state, request, id)
        }
        ["api", "apps", id, scim_segment, rest @ ..]
            if scim_segment.eq_ignore_ascii_case("scim") =>
        {
            scim(state, request, id, rest)
        }
        _ => url_not_found(),
    }
}

fn email_login(state: &mut FakeState, request: &Request) -> Response {
    let Some((email, password)) = request.basic() else {
        return unauthorized();
    };
    let user = state
        .users
        .iter()
        .find(|u| u.email == email.to_lowercase() && u.password == password)
        .map(|u| u.id);
    match user {
        Some(id) => {
            state.logins += 1;
            ok_json(state.issue(id, TokenKind::Studio, true))
        }
        None => unauthorized(),
    }
}

fn refresh_token(state: &mut FakeState, request: &Request) -> Response {
    let token = request.json().and_then(|b| {
        b.get("refresh_token")
            .and_then(Value::as_str)
            .map(str::to_string)
    });
    match token.and_then(|t| state.refresh.remove(&t)) {
        Some(user) => {
            state.refreshes += 1;
            ok_json(state.issue(user, TokenKind::Studio, true))
        }
        None => koa_error(StatusCode::UNAUTHORIZED, "Invalid refresh token"),
    }
}

fn oauth_error(error: &str) -> Response {
    json_with(
        StatusCode::BAD_REQUEST,
        "application/json; charset=utf-8",
        json!({"error": error}),
    )
}

fn client_token(state: &mut FakeState, request: &Request) -> Response {
    let form_type = request
        .header(header::CONTENT_TYPE)
        .is_some_and(|c| c.starts_with("application/x-www-form-urlencoded"));
    if !form_type {
        return oauth_error("invalid_request");
    }
    let form: HashMap<String, String> = url::form_urlencoded::parse(&request.body)
        .into_owned()
        .collect();
    if form.get("grant_type").map(String::as_str) != Some("client_credentials") {
        return oauth_error("unsupported_grant_type");
    }
    let Some((id, secret)) = request.basic() else {
        return oauth_error("invalid_client");
    };
    let Some(credential) = state
        .client_credentials
        .iter()
        .find(|c| c.id == id && c.secret == secret)
        .cloned()
    else {
        return oauth_error("invalid_client");
    };
    if credential.expired {
        return oauth_error("invalid_grant");
    }
    let requested: Vec<&str> = form
        .get("scope")
        .map(|s| s.split(' ').collect())
        .unwrap_or_default();
    if requested.is_empty()
        || requested
            .iter()
            .any(|s| !credential.scopes.iter().any(|c| c == s))
    {
        return oauth_error("invalid_scope");
    }
    ok_json(state.issue(credential.user, TokenKind::Cli, false))
}

fn caller(state: &FakeState, request: &Request) -> Option<Access> {
    state.access.get(request.bearer()?).cloned()
}

fn studio_user(state: &FakeState, request: &Request) -> Option<u64> {
    caller(state, request)
        .filter(|a| a.kind == TokenKind::Studio)
        .map(|a| a.user)
}

fn my_organizations(state: &mut FakeState, request: &Request) -> Response {
    let Some(user) = studio_user(state, request) else {
        return unauthorized();
    };
    let list: Vec<Value> = state
        .orgs
        .iter()
        .filter_map(|o| {
            let role = o.members.get(&user)?;
            Some(json!({"id": o.id, "name": o.name, "role": role, "description": null, "iconUrl": null}))
        })
        .collect();
    ok_json(Value::Array(list))
}

fn app_json(app: &FakeApp, full: bool) -> Value {
    let definition = if full {
        app.definition.clone()
    } else {
        let mut reduced = json!({"name": app.definition["name"], "defaultPage": app.definition.get("defaultPage")});
        if app.definition.get("security").is_some() {
            reduced["security"] = json!({});
        }
        reduced
    };
    json!({
        "id": app.id, "path": app.path, "OrganizationId": app.org, "OrganizationName": app.org,
        "domain": null, "visibility": if app.public { "public" } else { "private" },
        "locked": "unlocked", "definition": definition, "$created": "2026-01-01T00:00:00.000Z"
    })
}

fn organization_apps(state: &mut FakeState, request: &Request, org: &str) -> Response {
    // A cli token counts as anonymous here (appsemble-api.md §1.4).
    let member = studio_user(state, request)
        .and_then(|u| state.role_of(u, org))
        .is_some();
    let list: Vec<Value> = state
        .apps
        .values()
        .filter(|a| a.org == org && (member || a.public))
        .map(|a| app_json(a, true))
        .collect();
    ok_json(Value::Array(list))
}

fn get_app(state: &mut FakeState, request: &Request, id: &str) -> Response {
    let Ok(id) = id.parse::<u64>() else {
        return koa_error(StatusCode::BAD_REQUEST, "Invalid app id");
    };
    let Some(app) = state.apps.get(&id) else {
        return koa_error(StatusCode::NOT_FOUND, "App not found");
    };
    let user = studio_user(state, request);
    let member = user.and_then(|u| state.role_of(u, &app.org)).is_some();
    if !app.public && !member {
        return match user {
            None => unauthorized(),
            Some(_) => koa_error(
                StatusCode::FORBIDDEN,
                "User is not a member of the app’s organization",
            ),
        };
    }
    ok_json(app_json(app, member || app.public))
}

fn scim_secret(state: &mut FakeState, request: &Request, id: &str) -> Response {
    let patch = request.method == Method::PATCH;
    let access = match caller(state, request) {
        Some(a) if a.kind == TokenKind::Studio || patch => a,
        _ => return unauthorized(),
    };
    let Ok(id) = id.parse::<u64>() else {
        return json_with(
            StatusCode::BAD_REQUEST,
            "application/json; charset=utf-8",
            json!({"message": "Invalid path parameter", "errors": []}),
        );
    };
    let Some(org) = state.apps.get(&id).map(|a| a.org.clone()) else {
        return koa_error(StatusCode::NOT_FOUND, "App not found");
    };
    match state.role_of(access.user, &org) {
        None => {
            return koa_error(
                StatusCode::FORBIDDEN,
                "User is not a member of this organization.",
            );
        }
        Some(role) if !matches!(role.as_str(), "AppManager" | "Maintainer" | "Owner") => {
            return koa_error(
                StatusCode::FORBIDDEN,
                "User does not have sufficient organization permissions.",
            );
        }
        Some(_) => {}
    }
    let app = state.apps.get_mut(&id).unwrap();
    if !patch {
        let mut body = json!({"enabled": app.scim_enabled});
        if let Some(token) = &app.scim_token {
            body["token"] = json!(token);
        }
        return ok_json(body);
    }
    if !request.content_type_is_json() {
        return text(StatusCode::UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type");
    }
    let Some(Value::Object(body)) = request.json() else {
        return koa_error(StatusCode::BAD_REQUEST, "Invalid body");
    };
    if body.keys().any(|k| k != "enabled" && k != "token") {
        return koa_error(StatusCode::BAD_REQUEST, "additionalProperties");
    }
    if let Some(enabled) = body.get("enabled").and_then(Value::as_bool) {
        app.scim_enabled = enabled;
    }
    let sent = body
        .get("token")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty());
    if let Some(token) = sent {
        app.scim_token = Some(token.to_string());
    }
    ok_json(json!({"enabled": app.scim_enabled, "token": sent}))
}

const LIST: &str = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
const CORE_USER: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
const ENTERPRISE_USER: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const SCIM_JSON: &str = "application/scim+json; charset=utf-8";

fn scim(state: &mut FakeState, request: &Request, id: &str, rest: &[&str]) -> Response {
    let lower: Vec<String> = rest.iter().map(|s| s.to_ascii_lowercase()).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    let m = &request.method;
    // koas matches the lower-case spec paths case-insensitively; anything else 404s before auth.
    let known = matches!(
        (lower.as_slice(), m),
        (["users"], &Method::GET | &Method::POST)
            | (
                ["users", _],
                &Method::GET | &Method::PUT | &Method::PATCH | &Method::DELETE
            )
            | (["schemas"] | ["schemas", _], &Method::GET)
            | (["resource-types"] | ["resource-types", _], &Method::GET)
            | (["service-provider-config"], &Method::GET)
    ) && !rest.iter().any(|s| s.is_empty());
    if !known {
        return url_not_found();
    }
    let Some(app_id) = scim_auth(state, request, id) else {
        return unauthorized();
    };
    let origin = format!(
        "http://{}",
        request.header(header::HOST).unwrap_or("localhost")
    );
    let base = format!("{origin}/api/apps/{app_id}/scim");
    match (lower.as_slice(), m) {
        (["users"], &Method::GET) => list_users(state, request, app_id, &base),
        (["users"], &Method::POST) => create_user(state, request, app_id, &base),
        (["users", _], &Method::GET) => get_user(state, request, app_id, rest[1], &base),
        (["users", _], &Method::PUT) => put_user(state, request, app_id, rest[1], &base),
        (["users", _], &Method::PATCH) => patch_user(state, request, app_id, rest[1], &base),
        (["users", _], &Method::DELETE) => delete_user(state, app_id, rest[1]),
        (["schemas"], _) => json_with(
            StatusCode::OK,
            SCIM_JSON,
            json!({"schemas": [LIST], "totalResults": 2, "startIndex": 1, "itemsPerPage": 2, "Resources": [
                {"id": CORE_USER, "name": "User", "meta": {"location": format!("{base}/schemas/{CORE_USER}")}},
                {"id": ENTERPRISE_USER, "name": "EnterpriseUser", "meta": {"location": format!("{base}/schemas/{ENTERPRISE_USER}")}}
            ]}),
        ),
        (["schemas", schema], _)
            if *schema == CORE_USER.to_ascii_lowercase()
                || *schema == ENTERPRISE_USER.to_ascii_lowercase() =>
        {
            json_with(StatusCode::OK, SCIM_JSON, json!({"id": rest[1]}))
        }
        (["schemas", _], _) => scim_error(StatusCode::NOT_FOUND, "Schema not found"),
        (["resource-types"], _) => json_with(
            StatusCode::OK,
            SCIM_JSON,
            json!({"schemas": [LIST], "totalResults": 1, "Resources": [{"id": "User", "endpoint": format!("{base}/Users")}]}),
        ),
        (["resource-types", "user"], _) => json_with(
            StatusCode::OK,
            SCIM_JSON,
            json!({"id": "User", "name": "User", "endpoint": format!("{base}/Users"), "schema": CORE_USER}),
        ),
        (["resource-types", _], _) => scim_error(StatusCode::NOT_FOUND, "ResourceType not found"),
        (["service-provider-config"], _) => json_with(
            StatusCode::OK,
            SCIM_JSON,
            json!({
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
                "patch": {"supported": true}, "bulk": {"supported": false, "maxOperations": 9007199254740991_u64, "maxPayloadSize": 9007199254740991_u64},
                "filter": {"supported": false, "maxResults": 9007199254740991_u64}, "changePassword": {"supported": false},
                "sort": {"supported": false}, "etag": {"supported": false},
                "authenticationSchemes": [{"type": "httpbasic", "name": "HTTPBasic"}]
            }),
        ),
        _ => url_not_found(),
    }
}

/// The `scim` security scheme: case-sensitive `/api/apps/(\d+)/scim`, SCIM on, token equal.
fn scim_auth(state: &FakeState, request: &Request, id: &str) -> Option<u64> {
    let app_id: u64 = id.parse().ok()?;
    if !request
        .path
        .starts_with(&format!("/api/apps/{app_id}/scim"))
    {
        return None;
    }
    let app = state.apps.get(&app_id)?;
    let token = request.bearer()?;
    (app.scim_enabled && app.scim_token.as_deref() == Some(token)).then_some(app_id)
}

fn user_json(member: &ScimMember, base: &str) -> Value {
    let mut user = json!({
        "schemas": [CORE_USER, ENTERPRISE_USER],
        "id": member.id, "userName": member.user_name, "active": member.active,
        "externalId": member.external_id, "timezone": "Europe/Amsterdam", "locale": "en",
        "meta": {"created": "2026-01-01T00:00:00.000Z", "lastModified": "2026-01-01T00:00:00.000Z",
                 "location": format!("{base}/Users/{}", member.id), "resourceType": "User"}
    });
    if let Some(name) = &member.name {
        user["name"] = json!({"formatted": name});
    }
    user
}

/// Parses `attr eq "value"` the way scim2-parse-filter + Appsemble do; `None` means the parser
/// threw (compound or malformed filters give 500).
fn parse_filter(filter: &str) -> Option<(String, String, String)> {
    let lowered = filter.to_ascii_lowercase();
    if [" and ", " or ", "not "]
        .iter()
        .any(|op| lowered.contains(op))
    {
        return None;
    }
    let mut parts = filter.splitn(3, ' ');
    let attribute = parts.next()?.to_string();
    let operator = parts.next()?.to_ascii_lowercase();
    let raw = parts.next()?.trim();
    let value = raw
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .unwrap_or(raw);
    if attribute.is_empty() || value.contains('"') {
        return None;
    }
    Some((attribute, operator, value.to_string()))
}

fn list_users(state: &mut FakeState, request: &Request, app_id: u64, base: &str) -> Response {
    if !request.accepts_scim() {
        return text(StatusCode::NOT_ACCEPTABLE, "Not Acceptable");
    }
    let members = &state.apps[&app_id].members;
    let matching: Vec<&ScimMember> = match request.query.get("filter") {
        None => members.iter().collect(),
        Some(filter) => {
            let Some((attribute, operator, value)) = parse_filter(filter) else {
                return internal_error();
            };
            members
                .iter()
                .filter(|m| {
                    operator == "eq"
                        && if attribute.eq_ignore_ascii_case("userName") {
                            m.user_name.to_lowercase() == value.to_lowercase()
                        } else if attribute.eq_ignore_ascii_case("externalId") {
                            m.external_id.as_deref() == Some(value.to_lowercase().as_str())
                        } else {
                            false
                        }
                })
                .collect()
        }
    };
    let count: usize = request
        .query
        .get("count")
        .and_then(|c| c.parse().ok())
        .unwrap_or(50);
    let start: usize = request
        .query
        .get("startIndex")
        .and_then(|c| c.parse().ok())
        .unwrap_or(1)
        .max(1);
    let page: Vec<Value> = matching
        .iter()
        .skip(start - 1)
        .take(count)
        .map(|m| user_json(m, base))
        .collect();
    json_with(
        StatusCode::OK,
        SCIM_JSON,
        json!({
            "schemas": [LIST], "totalResults": matching.len(), "startIndex": start,
            "itemsPerPage": page.len(), "Resources": page
        }),
    )
}

fn get_case_insensitive<'a>(object: &'a Value, key: &str) -> Option<&'a Value> {
    object
        .as_object()?
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
        .map(|(_, v)| v)
}

fn create_user(state: &mut FakeState, request: &Request, app_id: u64, base: &str) -> Response {
    if state.mode == WriteMode::Shipped {
        return internal_error();
    }
    let Some(body) = request.json() else {
        return scim_error(StatusCode::BAD_REQUEST, "Invalid body");
    };
    let Some(external_id) = get_case_insensitive(&body, "externalId").and_then(Value::as_str)
    else {
        return scim_error(StatusCode::BAD_REQUEST, "Expected externalId to be string");
    };
    let Some(user_name) = get_case_insensitive(&body, "userName").and_then(Value::as_str) else {
        return scim_error(StatusCode::BAD_REQUEST, "Expected userName to be string");
    };
    let Some(active) = get_case_insensitive(&body, "active").and_then(Value::as_bool) else {
        return scim_error(StatusCode::BAD_REQUEST, "Expected active to be boolean");
    };
    let app = state.apps.get(&app_id).unwrap();
    if app.definition.pointer("/security/default/role").is_none() {
        return koa_error(
            StatusCode::BAD_REQUEST,
            "App does not have a security definition in place to handle SCIM users. See SCIM docs for more info.",
        );
    }
    if app
        .members
        .iter()
        .any(|m| m.user_name.eq_ignore_ascii_case(user_name))
    {
        return scim_error(StatusCode::CONFLICT, "Conflict");
    }
    let name = get_case_insensitive(&body, "name")
        .and_then(|n| get_case_insensitive(n, "formatted"))
        .and_then(Value::as_str)
        .map(str::to_string);
    let member = ScimMember {
        id: uuid::Uuid::new_v4().to_string(),
        user_name: user_name.to_string(),
        external_id: Some(external_id.to_string()),
        active,
        name,
    };
    let answer = user_json(&member, base);
    state.apps.get_mut(&app_id).unwrap().members.push(member);
    json_with(StatusCode::CREATED, SCIM_JSON, answer)
}

fn find_member<'a>(
    state: &'a mut FakeState,
    app_id: u64,
    user_id: &str,
) -> Result<&'a mut ScimMember, Response> {
    if uuid::Uuid::parse_str(user_id).is_err() {
        return Err(internal_error());
    }
    state
        .apps
        .get_mut(&app_id)
        .unwrap()
        .members
        .iter_mut()
        .find(|m| m.id == user_id)
        .ok_or_else(|| scim_error(StatusCode::NOT_FOUND, "User not found"))
}

fn get_user(
    state: &mut FakeState,
    request: &Request,
    app_id: u64,
    user_id: &str,
    base: &str,
) -> Response {
    if !request.accepts_scim() {
        return text(StatusCode::NOT_ACCEPTABLE, "Not Acceptable");
    }
    match find_member(state, app_id, user_id) {
        Ok(member) => json_with(StatusCode::OK, SCIM_JSON, user_json(member, base)),
        Err(response) => response,
    }
}

fn put_user(
    state: &mut FakeState,
    request: &Request,
    app_id: u64,
    user_id: &str,
    base: &str,
) -> Response {
    if state.mode == WriteMode::Shipped {
        return internal_error();
    }
    let body = request.json().unwrap_or_default();
    match find_member(state, app_id, user_id) {
        Ok(member) => {
            if let Some(active) = get_case_insensitive(&body, "active").and_then(Value::as_bool) {
                member.active = active;
            }
            ok_json(user_json(member, base))
        }
        Err(response) => response,
    }
}

const PATCH_PATHS: [&str; 7] = [
    "externalid",
    "locale",
    "name.formatted",
    "timezone",
    "username",
    "active",
    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:manager",
];

/// Validates a PATCH as `patchAppScimUser.ts` does and returns the (path, value) pairs to apply.
fn patch_operations(body: &Value) -> Result<Vec<(String, String)>, Response> {
    let operations = get_case_insensitive(body, "Operations")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut changes = Vec::new();
    for operation in operations {
        let op = get_case_insensitive(&operation, "op")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_ascii_lowercase();
        if op != "add" && op != "replace" {
            return Err(scim_error(
                StatusCode::BAD_REQUEST,
                "Only add and replace operations are supported",
            ));
        }
        let path = get_case_insensitive(&operation, "path").and_then(Value::as_str);
        match get_case_insensitive(&operation, "value") {
            Some(Value::String(value)) => {
                let Some(path) = path else {
                    return Err(koa_error(
                        StatusCode::BAD_REQUEST,
                        "Expected path to be set",
                    ));
                };
                changes.push((path.to_string(), value.clone()));
            }
            Some(Value::Object(values)) => {
                for (key, value) in values {
                    match value {
                        Value::String(s) => changes.push((key.clone(), s.clone())),
                        Value::Bool(b) => changes.push((key.clone(), b.to_string())),
                        _ => {}
                    }
                }
            }
            _ => {
                return Err(koa_error(
                    StatusCode::BAD_REQUEST,
                    "Expected value to be string or object",
                ));
            }
        }
    }
    for (path, _) in &changes {
        if !PATCH_PATHS.contains(&path.to_ascii_lowercase().as_str()) {
            return Err(koa_error(
                StatusCode::BAD_REQUEST,
                &format!("Unknown path: {path}"),
            ));
        }
    }
    Ok(changes)
}

fn patch_user(
    state: &mut FakeState,
    request: &Request,
    app_id: u64,
    user_id: &str,
    base: &str,
) -> Response {
    let body = request.json().unwrap_or_default();
    let changes = match patch_operations(&body) {
        Ok(changes) => changes,
        Err(response) => return response,
    };
    if state.mode == WriteMode::Shipped {
        return internal_error();
    }
    let member = match find_member(state, app_id, user_id) {
        Ok(member) => member,
        Err(response) => return response,
    };
    for (path, value) in changes {
        match path.to_ascii_lowercase().as_str() {
            "active" => member.active = value.eq_ignore_ascii_case("true"),
            "username" => member.user_name = value,
            "externalid" => member.external_id = Some(value),
            "name.formatted" => member.name = Some(value),
            _ => {}
        }
    }
    ok_json(user_json(member, base))
}

fn delete_user(state: &mut FakeState, app_id: u64, user_id: &str) -> Response {
    if state.mode == WriteMode::Shipped || state.delete_fails {
        return internal_error();
    }
    if let Err(response) = find_member(state, app_id, user_id) {
        return response;
    }
    state
        .apps
        .get_mut(&app_id)
        .unwrap()
        .members
        .retain(|m| m.id != user_id);
    StatusCode::NO_CONTENT.into_response()
}

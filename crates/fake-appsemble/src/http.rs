//! The fake's front door: each request recorded, then routed to its handler.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::response::Response;
use serde_json::json;

use crate::apps::*;
use crate::auth::*;
use crate::reply::*;
use crate::scim::*;
use crate::{FakeState, Seen, Shared};

pub(crate) async fn handle(
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
    let (stall, hangs) = {
        let mut state = state.lock().unwrap();
        let hangs = hanging(&state, &request.path);
        state.seen.push(Seen {
            method: request.method.to_string(),
            path: request.path.clone(),
            query: uri.query().unwrap_or_default().to_string(),
            authorization: request.header(header::AUTHORIZATION).map(str::to_string),
            accept: request.header(header::ACCEPT).map(str::to_string),
        });
        (state.stall_patches, hangs)
    };
    if hangs {
        std::future::pending::<()>().await;
    }
    if let (Some(stall), &Method::PATCH) = (stall, &request.method) {
        tokio::time::sleep(stall).await;
    }
    route(&mut state.lock().unwrap(), &request)
}

/// A SCIM request to an app made to hang (any case of `scim`, as the router matches it).
fn hanging(state: &FakeState, path: &str) -> bool {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    match segments.as_slice() {
        ["api", "apps", id, scim, ..] if scim.eq_ignore_ascii_case("scim") => id
            .parse::<u64>()
            .is_ok_and(|id| state.hanging_apps.contains(&id)),
        _ => false,
    }
}

pub(crate) fn route(state: &mut FakeState, request: &Request) -> Response {
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

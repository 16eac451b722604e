//! Sign-in: email login, refresh, and the client-credentials grant (appsemble-api.md §1).

use std::collections::HashMap;

use axum::http::{StatusCode, header};
use axum::response::Response;
use serde_json::{Value, json};

use crate::FakeState;
use crate::reply::*;
use crate::state::*;

pub(crate) fn email_login(state: &mut FakeState, request: &Request) -> Response {
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

pub(crate) fn refresh_token(state: &mut FakeState, request: &Request) -> Response {
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

pub(crate) fn oauth_error(error: &str) -> Response {
    json_with(
        StatusCode::BAD_REQUEST,
        "application/json; charset=utf-8",
        json!({"error": error}),
    )
}

pub(crate) fn client_token(state: &mut FakeState, request: &Request) -> Response {
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

pub(crate) fn caller(state: &FakeState, request: &Request) -> Option<Access> {
    state.access.get(request.bearer()?).cloned()
}

pub(crate) fn studio_user(state: &FakeState, request: &Request) -> Option<u64> {
    caller(state, request)
        .filter(|a| a.kind == TokenKind::Studio)
        .map(|a| a.user)
}

//! Organisations, apps and the SCIM secret endpoints (appsemble-api.md §2, §3).

use axum::http::{Method, StatusCode};
use axum::response::Response;
use serde_json::{Value, json};

use crate::FakeState;
use crate::auth::*;
use crate::reply::*;
use crate::state::*;

pub(crate) fn my_organizations(state: &mut FakeState, request: &Request) -> Response {
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

pub(crate) fn app_json(app: &FakeApp, full: bool) -> Value {
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

pub(crate) fn organization_apps(state: &mut FakeState, request: &Request, org: &str) -> Response {
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

pub(crate) fn get_app(state: &mut FakeState, request: &Request, id: &str) -> Response {
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

pub(crate) fn scim_secret(state: &mut FakeState, request: &Request, id: &str) -> Response {
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

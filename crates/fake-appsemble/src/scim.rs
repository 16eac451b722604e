//! The SCIM endpoints with Appsemble 0.37's behaviour, bugs included (appsemble-api.md §4, §8).

use axum::http::{Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::FakeState;
use crate::reply::*;
use crate::state::*;

pub(crate) const LIST: &str = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
pub(crate) const CORE_USER: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
pub(crate) const ENTERPRISE_USER: &str =
    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
pub(crate) const SCIM_JSON: &str = "application/scim+json; charset=utf-8";

pub(crate) fn scim(state: &mut FakeState, request: &Request, id: &str, rest: &[&str]) -> Response {
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
pub(crate) fn scim_auth(state: &FakeState, request: &Request, id: &str) -> Option<u64> {
    let app_id: u64 = id.parse().ok()?;
    if !request
        .path
        .starts_with(&format!("/api/apps/{app_id}/scim"))
    {
        return None;
    }
    let app = state.apps.get(&app_id)?;
    let token = request.bearer()?;
    if state.refused_tokens.contains(&app_id) {
        return None;
    }
    (app.scim_enabled && app.scim_token.as_deref() == Some(token)).then_some(app_id)
}

pub(crate) fn user_json(member: &ScimMember, base: &str) -> Value {
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
pub(crate) fn parse_filter(filter: &str) -> Option<(String, String, String)> {
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

pub(crate) fn list_users(
    state: &mut FakeState,
    request: &Request,
    app_id: u64,
    base: &str,
) -> Response {
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

pub(crate) fn get_case_insensitive<'a>(object: &'a Value, key: &str) -> Option<&'a Value> {
    object
        .as_object()?
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
        .map(|(_, v)| v)
}

pub(crate) fn create_user(
    state: &mut FakeState,
    request: &Request,
    app_id: u64,
    base: &str,
) -> Response {
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

pub(crate) fn find_member<'a>(
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

pub(crate) fn get_user(
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

pub(crate) fn put_user(
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

pub(crate) const PATCH_PATHS: [&str; 7] = [
    "externalid",
    "locale",
    "name.formatted",
    "timezone",
    "username",
    "active",
    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:manager",
];

/// Validates a PATCH as `patchAppScimUser.ts` does and returns the (path, value) pairs to apply.
pub(crate) fn patch_operations(body: &Value) -> Result<Vec<(String, String)>, Response> {
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

pub(crate) fn patch_user(
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

pub(crate) fn delete_user(state: &mut FakeState, app_id: u64, user_id: &str) -> Response {
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

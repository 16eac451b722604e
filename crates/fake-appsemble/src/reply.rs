//! Requests as the fake reads them, and the response shapes Appsemble gives (appsemble-api.md
//! §1): what every handler shares.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use serde_json::{Value, json};

pub(crate) fn text(status: StatusCode, body: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        body,
    )
        .into_response()
}

pub(crate) fn json_with(status: StatusCode, content_type: &'static str, body: Value) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, content_type)],
        body.to_string(),
    )
        .into_response()
}

pub(crate) fn ok_json(body: Value) -> Response {
    json_with(StatusCode::OK, "application/json; charset=utf-8", body)
}

pub(crate) fn koa_error(status: StatusCode, message: &str) -> Response {
    let error = status.canonical_reason().unwrap_or("Error");
    json_with(
        status,
        "application/json; charset=utf-8",
        json!({"error": error, "message": message, "statusCode": status.as_u16()}),
    )
}

pub(crate) fn scim_error(status: StatusCode, detail: &str) -> Response {
    json_with(
        status,
        "application/json; charset=utf-8",
        json!({"detail": detail, "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "status": status.as_u16()}),
    )
}

pub(crate) fn unauthorized() -> Response {
    text(StatusCode::UNAUTHORIZED, "Unauthorized")
}

pub(crate) fn url_not_found() -> Response {
    koa_error(StatusCode::NOT_FOUND, "URL not found")
}

pub(crate) fn internal_error() -> Response {
    text(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error")
}

pub(crate) struct Request {
    pub(crate) method: Method,
    pub(crate) path: String,
    pub(crate) query: HashMap<String, String>,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
}

impl Request {
    pub(crate) fn header(&self, name: header::HeaderName) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The value after an exact `Bearer ` (koas-security switches on the capitalised word).
    pub(crate) fn bearer(&self) -> Option<&str> {
        self.header(header::AUTHORIZATION)?.strip_prefix("Bearer ")
    }

    pub(crate) fn basic(&self) -> Option<(String, String)> {
        let encoded = self.header(header::AUTHORIZATION)?.strip_prefix("Basic ")?;
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .ok()?;
        let text = String::from_utf8(decoded).ok()?;
        let (a, b) = text.split_once(':')?;
        Some((a.to_string(), b.to_string()))
    }

    pub(crate) fn json(&self) -> Option<Value> {
        serde_json::from_slice(&self.body).ok()
    }

    pub(crate) fn content_type_is_json(&self) -> bool {
        self.header(header::CONTENT_TYPE)
            .map(|c| c.starts_with("application/json") || c.starts_with("application/scim+json"))
            .unwrap_or(false)
    }

    /// koas-serializer's `request.accepts([...])`: missing, `*/*` or `application/scim+json`.
    pub(crate) fn accepts_scim(&self) -> bool {
        match self.header(header::ACCEPT) {
            None => true,
            Some(accept) => accept.split(',').any(|part| {
                let media = part.split(';').next().unwrap_or("").trim();
                media == "*/*" || media == "application/*" || media == "application/scim+json"
            }),
        }
    }
}

//! A fake Microsoft identity platform: `/{tenant}/oauth2/v2.0/authorize` answers as if the user
//! signed in and consented (a redirect with `code` and the same `state`), or with an `AADSTS`
//! error; `/token` checks the code, the redirect URI and the PKCE verifier (S256), as the real one
//! does for a public client (graph.md §2).

use std::collections::HashMap;

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::{ACCESS_TOKEN, GraphState, ok};

/// What the fake remembers of one authorization.
#[derive(Clone, Debug)]
pub struct Grant {
    pub client_id: String,
    pub redirect_uri: String,
    pub challenge: String,
}

fn oauth_error(error: &str, description: &str) -> Response {
    ok(
        StatusCode::BAD_REQUEST,
        json!({"error": error, "error_description": description}),
    )
}

/// An app registration made in this tenant with `AzureADMyOrg` is single tenant: Microsoft refuses
/// it on `/common` and `/organizations` with AADSTS50194 ("Use a tenant-specific endpoint").
fn single_tenant_elsewhere(state: &GraphState, tenant: &str, client_id: &str) -> bool {
    matches!(tenant, "common" | "organizations")
        && state
            .applications
            .iter()
            .any(|a| a["appId"] == client_id && a["signInAudience"] == "AzureADMyOrg")
}

pub fn authorize(
    state: &mut GraphState,
    tenant: &str,
    query: &HashMap<String, String>,
) -> Response {
    let get = |k: &str| query.get(k).cloned().unwrap_or_default();
    let redirect = get("redirect_uri");
    let separator = if redirect.contains('?') { '&' } else { '?' };
    let refusal = if single_tenant_elsewhere(state, tenant, &get("client_id")) {
        Some("AADSTS50194".to_string())
    } else {
        state.refuse_sign_in.clone()
    };
    let target = match &refusal {
        Some(code) => {
            let description = if code == "AADSTS50194" {
                format!(
                    "{code}: Application is not configured as a multi-tenant application. Use a tenant-specific endpoint or configure the application to be multi-tenant."
                )
            } else {
                format!(
                    "{code}: The user or administrator has not consented to use the application."
                )
            };
            // As the error example of v2-oauth2-auth-code-flow.md: no `state`.
            let params: String = url::form_urlencoded::Serializer::new(String::new())
                .append_pair("error", "invalid_client")
                .append_pair("error_description", &description)
                .finish();
            format!("{redirect}{separator}{params}")
        }
        None => {
            if get("code_challenge_method") != "S256" || get("response_type") != "code" {
                return oauth_error(
                    "invalid_request",
                    "AADSTS900144: PKCE with S256 is required.",
                );
            }
            // AADSTS70011: a scope Graph does not publish is refused at the authorize step.
            if let Some(unknown) = get("scope")
                .split(' ')
                .filter_map(|s| s.rsplit_once('/').map(|(_, name)| name))
                .find(|name| !crate::directory::GRAPH_SCOPES.contains(name))
            {
                return oauth_error(
                    "invalid_scope",
                    &format!(
                        "AADSTS70011: The provided value for the input parameter 'scope' is not valid. The scope {unknown} is not valid."
                    ),
                );
            }
            let code = format!("code-{}", uuid::Uuid::new_v4().simple());
            state.granted_scopes = Some(get("scope").split(' ').map(str::to_string).collect());
            state.grants.insert(
                code.clone(),
                Grant {
                    client_id: get("client_id"),
                    redirect_uri: redirect.clone(),
                    challenge: get("code_challenge"),
                },
            );
            let params: String = url::form_urlencoded::Serializer::new(String::new())
                .append_pair("code", &code)
                .append_pair("state", &get("state"))
                .finish();
            format!("{redirect}{separator}{params}")
        }
    };
    (StatusCode::FOUND, [(header::LOCATION, target)]).into_response()
}

/// The device-code flow (RFC 8628, entra.md §2.1): a code to enter elsewhere; the token
/// endpoint answers `authorization_pending` once before the admin "approves".
pub fn device_code(state: &mut GraphState, _form: &HashMap<String, String>) -> Response {
    if let Some(code) = &state.refuse_sign_in {
        return oauth_error(
            "invalid_client",
            &format!("{code}: The provided client is not supported for this feature."),
        );
    }
    let device_code = format!("device-{}", uuid::Uuid::new_v4().simple());
    state.device_codes.insert(device_code.clone(), 1);
    let body = json!({"device_code": device_code, "user_code": "FAKE-CODE",
                      "verification_uri": "https://microsoft.com/devicelogin",
                      "expires_in": 900, "interval": 1,
                      "message": "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code FAKE-CODE to authenticate."});
    ok(StatusCode::OK, body)
}

/// A token answer, as every grant gives it.
fn granted(access: &str) -> Response {
    ok(
        StatusCode::OK,
        json!({"token_type": "Bearer", "scope": "https://graph.microsoft.com/.default",
               "expires_in": 3600, "access_token": access, "refresh_token": "fake-refresh-token"}),
    )
}

pub fn token(state: &mut GraphState, form: &HashMap<String, String>) -> Response {
    let get = |k: &str| form.get(k).cloned().unwrap_or_default();
    if get("grant_type") == "refresh_token" {
        if get("refresh_token") != "fake-refresh-token" {
            return oauth_error(
                "invalid_grant",
                "AADSTS70000: The refresh token is not valid.",
            );
        }
        state.refreshes += 1;
        let access = format!("fake-graph-access-token-{}", state.refreshes);
        state.valid_tokens.push(access.clone());
        return granted(&access);
    }
    if get("grant_type") == "urn:ietf:params:oauth:grant-type:device_code" {
        return match state.device_codes.get_mut(&get("device_code")) {
            Some(0) => granted(ACCESS_TOKEN),
            Some(pending) => {
                *pending -= 1;
                oauth_error(
                    "authorization_pending",
                    "AADSTS70016: OAuth 2.0 device flow error. Authorization is pending.",
                )
            }
            None => oauth_error("expired_token", "AADSTS70019: Verification code expired."),
        };
    }
    if get("grant_type") != "authorization_code" {
        return oauth_error(
            "unsupported_grant_type",
            "AADSTS70003: unsupported grant type.",
        );
    }
    let Some(grant) = state.grants.remove(&get("code")) else {
        return oauth_error(
            "invalid_grant",
            "AADSTS70008: The provided authorization code has expired or was already used.",
        );
    };
    let verifier = get("code_verifier");
    let challenge = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(Sha256::digest(verifier.as_bytes()));
    if challenge != grant.challenge {
        return oauth_error(
            "invalid_grant",
            "AADSTS501481: The Code_Verifier does not match the code_challenge.",
        );
    }
    if get("redirect_uri") != grant.redirect_uri || get("client_id") != grant.client_id {
        return oauth_error(
            "invalid_grant",
            "AADSTS50011: The redirect URI does not match.",
        );
    }
    granted(ACCESS_TOKEN)
}

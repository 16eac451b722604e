//! Watching users arrive: the app's SCIM user count and the most recent ones, read with the same
//! token Entra uses.

use serde_json::Value;

use crate::net::{read_json, scim_get};
use crate::probe::{Finding, RejectCause, list_total};
use crate::secret::Secret;

/// How many of the newest users the panel shows.
pub const NEWEST: u64 = 5;

/// Users the app has received over SCIM, for the watch panel.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UsersSnapshot {
    pub total: u64,
    /// The most recent ones the server lists last, newest first.
    pub newest: Vec<ScimUserSummary>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScimUserSummary {
    pub user_name: String,
    pub active: bool,
    pub created: String,
}

async fn list(
    http: &reqwest::Client,
    tenant_url: &str,
    token: &Secret,
    start_index: u64,
    count: u64,
) -> Result<Value, Finding> {
    let page = [
        ("startIndex", start_index.to_string()),
        ("count", count.to_string()),
    ];
    query(http, tenant_url, token, &page).await
}

async fn query(
    http: &reqwest::Client,
    tenant_url: &str,
    token: &Secret,
    parameters: &[(&str, String)],
) -> Result<Value, Finding> {
    let response = scim_get(http, format!("{tenant_url}/Users"), token)
        .query(parameters)
        .send()
        .await
        .map_err(|_| Finding::RequestFailed)?;
    match response.status().as_u16() {
        200 => {}
        401 => {
            return Err(Finding::AuthRejected {
                cause: RejectCause::Unknown,
            });
        }
        status => return Err(Finding::UnexpectedStatus { status }),
    }
    read_json(response, 1024 * 1024)
        .await
        .ok_or(Finding::InvalidJson)
}

/// How many users the app has received over SCIM: one page of one, read for its `totalResults`.
pub async fn user_count(
    http: &reqwest::Client,
    tenant_url: &str,
    token: &Secret,
) -> Result<u64, Finding> {
    let first = list(http, tenant_url, token, 1, 1).await?;
    list_total(&first).ok_or(Finding::NotScim {
        content_type: String::new(),
    })
}

/// The number of users and the last few the server lists (Appsemble lists oldest first).
pub async fn users_snapshot(
    http: &reqwest::Client,
    tenant_url: &str,
    token: &Secret,
) -> Result<UsersSnapshot, Finding> {
    let total = user_count(http, tenant_url, token).await?;
    if total == 0 {
        return Ok(UsersSnapshot::default());
    }
    let start = total.saturating_sub(NEWEST - 1).max(1);
    let page = list(http, tenant_url, token, start, NEWEST).await?;
    let mut newest: Vec<ScimUserSummary> = page
        .get("Resources")
        .and_then(Value::as_array)
        .map(|users| users.iter().map(summary).collect())
        .unwrap_or_default();
    newest.reverse();
    Ok(UsersSnapshot { total, newest })
}

/// The app's SCIM user with this `userName`, as Entra looks users up (`userName eq "…"`, which
/// Appsemble matches without regard to case: appsemble-api.md, SCIM filters). Quotes and
/// backslashes in the name are escaped as SCIM's filter grammar asks (RFC 7644 §3.4.2.2).
pub async fn find_user(
    http: &reqwest::Client,
    tenant_url: &str,
    token: &Secret,
    user_name: &str,
) -> Result<Option<ScimUserSummary>, Finding> {
    let literal = user_name.replace('\\', "\\\\").replace('"', "\\\"");
    let filter = format!("userName eq \"{literal}\"");
    let found = query(http, tenant_url, token, &[("filter", filter)]).await?;
    let users = found.get("Resources").and_then(Value::as_array);
    Ok(users
        .into_iter()
        .flatten()
        .map(summary)
        .find(|u| u.user_name.eq_ignore_ascii_case(user_name)))
}

fn summary(user: &Value) -> ScimUserSummary {
    let text = |pointer: &str| {
        user.pointer(pointer)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    ScimUserSummary {
        user_name: text("/userName"),
        active: user.get("active").and_then(Value::as_bool).unwrap_or(false),
        created: text("/meta/created"),
    }
}

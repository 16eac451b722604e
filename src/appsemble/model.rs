//! The parts of Appsemble's JSON answers this tool reads (appsemble-api.md §1–§3).

use serde::Deserialize;
use serde_json::Value;

use crate::secret::Secret;

/// An organisation the signed-in user belongs to, with that user's role in it.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct Organization {
    pub id: String,
    #[serde(default)]
    pub name: Option<String>,
    pub role: String,
}

impl Organization {
    pub fn display_name(&self) -> &str {
        self.name
            .as_deref()
            .filter(|n| !n.is_empty())
            .unwrap_or(&self.id)
    }
}

/// An app as `GET /api/apps/{id}` and `GET /api/organizations/{id}/apps` return it.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct App {
    pub id: u64,
    #[serde(default)]
    pub path: Option<String>,
    #[serde(default)]
    pub definition: Value,
}

impl App {
    /// The name from the app definition, or `App {id}` for apps without one.
    pub fn name(&self) -> String {
        self.definition
            .get("name")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| format!("App {}", self.id))
    }
}

/// Organisation roles that hold `UpdateAppSecrets` (Appsemble's `packages/types/roles.ts`).
pub const ROLES_THAT_MAY_CHANGE_SECRETS: [&str; 3] = ["AppManager", "Maintainer", "Owner"];

/// Whether a member with this organisation role may turn on SCIM and set its token.
pub fn role_may_change_secrets(role: &str) -> bool {
    ROLES_THAT_MAY_CHANGE_SECRETS.contains(&role)
}

/// An app the signed-in user can see, with whether they may change its secrets.
#[derive(Clone, Debug, PartialEq)]
pub struct AppChoice {
    pub app: App,
    pub organization: Organization,
    pub may_change_secrets: bool,
}

/// The SCIM secret as `GET /api/apps/{id}/secrets/scim` returns it.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct ScimSecret {
    pub enabled: bool,
    #[serde(default)]
    pub token: Option<Secret>,
}

/// A token response from the email login, the refresh endpoint or the client-credentials grant.
#[derive(Debug, Deserialize)]
pub(crate) struct TokenResponse {
    pub access_token: Secret,
    #[serde(default)]
    pub expires_in: Option<u64>,
    #[serde(default)]
    pub refresh_token: Option<Secret>,
}

//! An async client for the parts of the Appsemble API that SCIM setup needs.

use std::time::{Duration, SystemTime};

use reqwest::{RequestBuilder, Response, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::json;
use tokio::sync::Mutex;

use super::error::AppsembleError;
use super::model::{
    App, AppChoice, Organization, ScimSecret, TokenResponse, role_may_change_secrets,
};
use crate::address::ServerAddress;
use crate::net::{DEFAULT_TIMEOUT, TlsSettings};
use crate::secret::Secret;

/// How the admin proves who they are to Appsemble.
#[derive(Clone, Debug)]
pub enum Credentials {
    /// Studio email login. Gives a full session: list apps, read the current SCIM token.
    Password { email: String, password: Secret },
    /// OAuth2 client credentials (`id:secret`), as the Appsemble CLI uses. Can enable SCIM and set
    /// its token, but cannot list the user's apps or read the stored token (appsemble-api.md §1.4).
    ClientCredentials { id: String, secret: Secret },
}

impl Credentials {
    /// Parses `id:secret` as the Appsemble CLI and `APPSEMBLE_CLIENT_CREDENTIALS` write it.
    pub fn from_client_pair(pair: &str) -> Option<Self> {
        let (id, secret) = split_client_pair(pair)?;
        Some(Self::ClientCredentials { id, secret })
    }

    pub fn is_email_sign_in(&self) -> bool {
        matches!(self, Self::Password { .. })
    }
}

/// Splits `id:secret` as the studio shows it and the Appsemble CLI stores it; `None` when either
/// part is missing.
pub fn split_client_pair(pair: &str) -> Option<(String, Secret)> {
    let (id, secret) = pair.trim().split_once(':')?;
    let (id, secret) = (id.trim(), secret.trim());
    (!id.is_empty() && !secret.is_empty()).then(|| (id.to_string(), Secret::new(secret)))
}

/// Renew the access token when less than this is left of its hour.
const RENEW_BEFORE_EXPIRY: Duration = Duration::from_secs(120);

/// The longest an access token is believed to live, whatever the server claims (Appsemble: 3600 s).
const LONGEST_TOKEN_LIFE: Duration = Duration::from_secs(24 * 3600);

/// Error bodies are read only this far; what is shown of them is shorter still.
const ERROR_BODY_LIMIT: usize = 64 * 1024;

/// The scope `PATCH /api/apps/{id}/secrets/scim` needs from a client-credentials token.
const SCOPE: &str = "apps:write";

struct AccessToken {
    access: Secret,
    refresh: Option<Secret>,
    /// Wall-clock time, not `Instant`: a monotonic clock stands still while a laptop sleeps, so a
    /// token that expired during the night would still look fresh in the morning.
    expires_at: SystemTime,
}

impl AccessToken {
    fn fresh_for(&self, margin: Duration) -> bool {
        SystemTime::now()
            .checked_add(margin)
            .is_some_and(|soon| self.expires_at > soon)
    }
}

/// A signed-in connection to one Appsemble server.
pub struct AppsembleClient {
    server: ServerAddress,
    http: reqwest::Client,
    credentials: Credentials,
    token: Mutex<Option<AccessToken>>,
}

impl std::fmt::Debug for AppsembleClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppsembleClient")
            .field("server", &self.server.origin())
            .field("credentials", &self.credentials)
            .finish_non_exhaustive()
    }
}

impl AppsembleClient {
    pub fn new(
        server: ServerAddress,
        credentials: Credentials,
        tls: &TlsSettings,
    ) -> Result<Self, AppsembleError> {
        Ok(Self {
            server,
            http: tls.http_client(DEFAULT_TIMEOUT)?,
            credentials,
            token: Mutex::new(None),
        })
    }

    pub fn server(&self) -> &ServerAddress {
        &self.server
    }

    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    /// Signs in now, so that wrong credentials are reported before anything else is tried.
    pub async fn sign_in(&self) -> Result<(), AppsembleError> {
        self.bearer().await.map(|_| ())
    }

    /// The organisations the user belongs to, with their role in each.
    pub async fn organizations(&self) -> Result<Vec<Organization>, AppsembleError> {
        self.require_email_sign_in()?;
        json_of(self.get("api/users/current/organizations").await?).await
    }

    /// Every app in the user's organisations, each marked with whether the user may change its
    /// secrets.
    pub async fn app_choices(&self) -> Result<Vec<AppChoice>, AppsembleError> {
        let mut choices = Vec::new();
        for organization in self.organizations().await? {
            let apps = self.organization_apps(&organization.id).await?;
            let may_change_secrets = role_may_change_secrets(&organization.role);
            choices.extend(apps.into_iter().map(|app| AppChoice {
                app,
                organization: organization.clone(),
                may_change_secrets,
            }));
        }
        Ok(choices)
    }

    /// The apps of one organisation with their full definitions: all of them for a member, the
    /// public ones for anyone else (client credentials count as anyone, appsemble-api.md §1.4, §2).
    pub async fn organization_apps(&self, organization: &str) -> Result<Vec<App>, AppsembleError> {
        let path = format!("api/organizations/{organization}/apps");
        json_of(self.get(&path).await?).await
    }

    /// One app with its definition (reduced when this session may not see the full one).
    pub async fn app(&self, app_id: u64) -> Result<App, AppsembleError> {
        let response = self.get(&format!("api/apps/{app_id}")).await?;
        match response.status() {
            StatusCode::NOT_FOUND => Err(AppsembleError::AppNotFound { app_id }),
            // A studio session is never refused here except when it ended (a non-member gets
            // 403); client credentials count as anonymous, and anonymous callers get 401 for a
            // private app (appsemble-api.md §2).
            StatusCode::UNAUTHORIZED if self.credentials.is_email_sign_in() => {
                Err(AppsembleError::SessionExpired)
            }
            StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => {
                Err(AppsembleError::AppHidden { app_id })
            }
            _ => json_of(response).await,
        }
    }

    /// The stored SCIM switch and token. Only an email sign-in may read it.
    pub async fn scim_secret(&self, app_id: u64) -> Result<ScimSecret, AppsembleError> {
        self.require_email_sign_in()?;
        let response = self.get(&format!("api/apps/{app_id}/secrets/scim")).await?;
        json_of(check_app_access(response, app_id).await?).await
    }

    /// Turns SCIM on or off and/or stores a new token. Never sends an empty token.
    pub async fn update_scim_secret(
        &self,
        app_id: u64,
        enabled: Option<bool>,
        token: Option<&Secret>,
    ) -> Result<bool, AppsembleError> {
        let mut body = serde_json::Map::new();
        if let Some(enabled) = enabled {
            body.insert("enabled".into(), json!(enabled));
        }
        if let Some(token) = token.filter(|t| !t.is_empty()) {
            body.insert("token".into(), json!(token.expose()));
        }
        let url = self
            .server
            .endpoint(&format!("api/apps/{app_id}/secrets/scim"));
        let response = self
            .send_signed_in(|http| http.patch(&url).json(&body))
            .await?;
        let response = check_app_access(response, app_id).await?;
        let answer: ScimSecret = json_of(response).await?;
        Ok(answer.enabled)
    }

    fn require_email_sign_in(&self) -> Result<(), AppsembleError> {
        if self.credentials.is_email_sign_in() {
            Ok(())
        } else {
            Err(AppsembleError::NeedsEmailSignIn)
        }
    }

    async fn get(&self, path: &str) -> Result<Response, AppsembleError> {
        let url = self.server.endpoint(path);
        self.send_signed_in(|http| http.get(&url)).await
    }

    /// Sends a request with the access token. A 401 means the server no longer takes the token
    /// (it expired while the computer slept, or was revoked), so the token is renewed once and
    /// the request sent again; only when renewing fails is the session over.
    async fn send_signed_in(
        &self,
        build: impl Fn(&reqwest::Client) -> RequestBuilder,
    ) -> Result<Response, AppsembleError> {
        let bearer = self.bearer().await?;
        let response = self
            .send(build(&self.http).bearer_auth(bearer.expose()))
            .await?;
        if response.status() != StatusCode::UNAUTHORIZED {
            return Ok(response);
        }
        self.distrust(&bearer).await;
        let bearer = self.bearer().await?;
        self.send(build(&self.http).bearer_auth(bearer.expose()))
            .await
    }

    /// Marks the cached access token as expired (when it is still `refused`), keeping the
    /// refresh token so that renewing does not need the password again.
    async fn distrust(&self, refused: &Secret) {
        let mut slot = self.token.lock().await;
        if let Some(token) = slot.as_mut()
            && token.access == *refused
        {
            token.expires_at = SystemTime::UNIX_EPOCH;
        }
    }

    /// Sends a request and turns a redirect into an error instead of following it.
    async fn send(&self, request: RequestBuilder) -> Result<Response, AppsembleError> {
        let response = request.send().await?;
        if response.status().is_redirection() {
            let location = crate::net::header_text(&response, reqwest::header::LOCATION);
            return Err(AppsembleError::Redirected { location });
        }
        Ok(response)
    }

    /// A valid access token, signing in or renewing first when needed.
    async fn bearer(&self) -> Result<Secret, AppsembleError> {
        let mut slot = self.token.lock().await;
        if let Some(token) = slot.as_ref()
            && token.fresh_for(RENEW_BEFORE_EXPIRY)
        {
            return Ok(token.access.clone());
        }
        let renewed = match slot.as_ref().and_then(|t| t.refresh.clone()) {
            Some(refresh) => match self.refresh(&refresh).await {
                Ok(token) => token,
                Err(_) => self.fresh_token().await?,
            },
            None => self.fresh_token().await?,
        };
        let access = renewed.access.clone();
        *slot = Some(renewed);
        Ok(access)
    }

    async fn fresh_token(&self) -> Result<AccessToken, AppsembleError> {
        match &self.credentials {
            Credentials::Password { email, password } => self.login(email, password).await,
            Credentials::ClientCredentials { id, secret } => {
                self.client_credentials_grant(id, secret).await
            }
        }
    }

    async fn login(&self, email: &str, password: &Secret) -> Result<AccessToken, AppsembleError> {
        let request = self
            .http
            .post(self.server.endpoint("api/auth/email/login"))
            .basic_auth(email, Some(password.expose()));
        let response = self.send(request).await?;
        if response.status() == StatusCode::UNAUTHORIZED {
            return Err(AppsembleError::WrongEmailOrPassword);
        }
        token_of(response).await
    }

    async fn refresh(&self, refresh: &Secret) -> Result<AccessToken, AppsembleError> {
        let request = self
            .http
            .post(self.server.endpoint("api/auth/refresh-token"))
            .json(&json!({ "refresh_token": refresh.expose() }));
        let response = self.send(request).await?;
        if !response.status().is_success() {
            return Err(AppsembleError::SessionExpired);
        }
        token_of(response).await
    }

    async fn client_credentials_grant(
        &self,
        id: &str,
        secret: &Secret,
    ) -> Result<AccessToken, AppsembleError> {
        let request = self
            .http
            .post(self.server.endpoint("auth/oauth2/token"))
            .basic_auth(id, Some(secret.expose()))
            .form(&[("grant_type", "client_credentials"), ("scope", SCOPE)]);
        let response = self.send(request).await?;
        if response.status() == StatusCode::BAD_REQUEST {
            let body: serde_json::Value =
                serde_json::from_slice(&capped_body(response).await).unwrap_or_default();
            return Err(match body.get("error").and_then(|e| e.as_str()) {
                Some("invalid_grant") => AppsembleError::ClientCredentialsExpired,
                Some("invalid_scope") => AppsembleError::ClientCredentialsMissingScope,
                _ => AppsembleError::ClientCredentialsRejected,
            });
        }
        token_of(response).await
    }
}

/// Part of the 403 message Appsemble gives a non-member ("User is not a member of this
/// organization.", appsemble-api.md §3, check (4)); the other 403 means the role is too low.
const NOT_A_MEMBER: &str = "not a member";

/// Maps the organisation-permission answers of the secrets endpoints (appsemble-api.md §3).
async fn check_app_access(response: Response, app_id: u64) -> Result<Response, AppsembleError> {
    match response.status() {
        StatusCode::NOT_FOUND => Err(AppsembleError::AppNotFound { app_id }),
        StatusCode::FORBIDDEN => {
            let body = String::from_utf8_lossy(&capped_body(response).await).into_owned();
            if body.contains(NOT_A_MEMBER) {
                Err(AppsembleError::NotAMember { app_id })
            } else {
                Err(AppsembleError::RoleTooLow { app_id })
            }
        }
        StatusCode::UNAUTHORIZED => Err(AppsembleError::SessionExpired),
        _ => Ok(response),
    }
}

async fn token_of(response: Response) -> Result<AccessToken, AppsembleError> {
    let token: TokenResponse = json_of(response).await?;
    // A server's absurd `expires_in` must neither panic nor keep a token forever.
    let life = Duration::from_secs(token.expires_in.unwrap_or(3600)).min(LONGEST_TOKEN_LIFE);
    Ok(AccessToken {
        access: token.access_token,
        refresh: token.refresh_token,
        expires_at: SystemTime::now()
            .checked_add(life)
            .unwrap_or(SystemTime::UNIX_EPOCH),
    })
}

/// Reads a JSON answer, turning anything else (an error status, an HTML page) into a typed error.
async fn json_of<T: DeserializeOwned>(response: Response) -> Result<T, AppsembleError> {
    let status = response.status();
    if !status.is_success() {
        return Err(unexpected(response).await);
    }
    let value = crate::net::read_json(response, 4 * 1024 * 1024).await;
    value
        .and_then(|value| serde_json::from_value(value).ok())
        .ok_or_else(|| AppsembleError::UnexpectedAnswer {
            status: status.as_u16(),
            detail: "the answer was not the JSON Appsemble sends".to_string(),
        })
}

async fn unexpected(response: Response) -> AppsembleError {
    let status = response.status();
    if status == StatusCode::UNAUTHORIZED {
        // Already renewed once by `send_signed_in`: the session cannot go on.
        return AppsembleError::SessionExpired;
    }
    let text = String::from_utf8_lossy(&capped_body(response).await).into_owned();
    let detail: String = text.chars().take(200).collect();
    AppsembleError::UnexpectedAnswer {
        status: status.as_u16(),
        detail,
    }
}

/// The start of an error body: bounded, so a hostile server cannot stream into memory.
async fn capped_body(response: Response) -> Vec<u8> {
    let mut body = Vec::new();
    let mut response = response;
    while let Ok(Some(chunk)) = response.chunk().await {
        let room = ERROR_BODY_LIMIT.saturating_sub(body.len());
        body.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if body.len() >= ERROR_BODY_LIMIT {
            break;
        }
    }
    body
}

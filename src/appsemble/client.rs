//! An async client for the parts of the Appsemble API that SCIM setup needs.

use std::time::{Duration, Instant};

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
        let (id, secret) = pair.trim().split_once(':')?;
        if id.is_empty() || secret.is_empty() {
            return None;
        }
        Some(Self::ClientCredentials {
            id: id.to_string(),
            secret: Secret::new(secret),
        })
    }

    pub fn is_email_sign_in(&self) -> bool {
        matches!(self, Self::Password { .. })
    }
}

/// Renew the access token when less than this is left of its hour.
const RENEW_BEFORE_EXPIRY: Duration = Duration::from_secs(120);

/// The scope `PATCH /api/apps/{id}/secrets/scim` needs from a client-credentials token.
const SCOPE: &str = "apps:write";

struct AccessToken {
    access: Secret,
    refresh: Option<Secret>,
    expires_at: Instant,
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
        let request = self.get("api/users/current/organizations").await?;
        json_of(self.send(request).await?).await
    }

    /// Every app in the user's organisations, each marked with whether the user may change its
    /// secrets.
    pub async fn app_choices(&self) -> Result<Vec<AppChoice>, AppsembleError> {
        let mut choices = Vec::new();
        for organization in self.organizations().await? {
            let path = format!("api/organizations/{}/apps", organization.id);
            let apps: Vec<App> = json_of(self.send(self.get(&path).await?).await?).await?;
            let may_change_secrets = role_may_change_secrets(&organization.role);
            choices.extend(apps.into_iter().map(|app| AppChoice {
                app,
                organization: organization.clone(),
                may_change_secrets,
            }));
        }
        Ok(choices)
    }

    /// One app with its definition (reduced when this session may not see the full one).
    pub async fn app(&self, app_id: u64) -> Result<App, AppsembleError> {
        let request = self.get(&format!("api/apps/{app_id}")).await?;
        let response = self.send(request).await?;
        match response.status() {
            StatusCode::NOT_FOUND => Err(AppsembleError::AppNotFound { app_id }),
            StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => {
                Err(AppsembleError::AppHidden { app_id })
            }
            _ => json_of(response).await,
        }
    }

    /// The stored SCIM switch and token. Only an email sign-in may read it.
    pub async fn scim_secret(&self, app_id: u64) -> Result<ScimSecret, AppsembleError> {
        self.require_email_sign_in()?;
        let request = self.get(&format!("api/apps/{app_id}/secrets/scim")).await?;
        let response = self.send(request).await?;
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
        let request = self
            .http
            .patch(url)
            .bearer_auth(self.bearer().await?.expose())
            .json(&body);
        let response = check_app_access(self.send(request).await?, app_id).await?;
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

    async fn get(&self, path: &str) -> Result<RequestBuilder, AppsembleError> {
        Ok(self
            .http
            .get(self.server.endpoint(path))
            .bearer_auth(self.bearer().await?.expose()))
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
            && token.expires_at > Instant::now() + RENEW_BEFORE_EXPIRY
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
            let body: serde_json::Value = response.json().await.unwrap_or_default();
            return Err(match body.get("error").and_then(|e| e.as_str()) {
                Some("invalid_grant") => AppsembleError::ClientCredentialsExpired,
                Some("invalid_scope") => AppsembleError::ClientCredentialsMissingScope,
                _ => AppsembleError::ClientCredentialsRejected,
            });
        }
        token_of(response).await
    }
}

/// Maps the organisation-permission answers of the secrets endpoints (appsemble-api.md §3).
async fn check_app_access(response: Response, app_id: u64) -> Result<Response, AppsembleError> {
    match response.status() {
        StatusCode::NOT_FOUND => Err(AppsembleError::AppNotFound { app_id }),
        StatusCode::FORBIDDEN => {
            let body = response.text().await.unwrap_or_default();
            if body.contains("not a member") {
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
    Ok(AccessToken {
        access: token.access_token,
        refresh: token.refresh_token,
        expires_at: Instant::now() + Duration::from_secs(token.expires_in.unwrap_or(3600)),
    })
}

/// Reads a JSON answer, turning anything else (an error status, an HTML page) into a typed error.
async fn json_of<T: DeserializeOwned>(response: Response) -> Result<T, AppsembleError> {
    let status = response.status();
    if !status.is_success() {
        return Err(unexpected(response).await);
    }
    let bytes = crate::net::read_capped(response, 4 * 1024 * 1024)
        .await?
        .unwrap_or_default();
    serde_json::from_slice(&bytes).map_err(|_| AppsembleError::UnexpectedAnswer {
        status: status.as_u16(),
        detail: "the answer was not the JSON Appsemble sends".to_string(),
    })
}

async fn unexpected(response: Response) -> AppsembleError {
    let status = response.status().as_u16();
    let text = response.text().await.unwrap_or_default();
    let detail: String = text.chars().take(200).collect();
    AppsembleError::UnexpectedAnswer { status, detail }
}

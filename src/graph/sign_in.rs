//! Sign-in with Microsoft: authorization code with PKCE in the system browser and a loopback
//! redirect (graph.md §2), with the `oauth2` crate. Tokens stay in memory.

use std::time::Duration;

use oauth2::basic::BasicClient;
use oauth2::{
    AuthType, AuthUrl, AuthorizationCode, ClientId, CsrfToken, PkceCodeChallenge, PkceCodeVerifier,
    RedirectUrl, RefreshToken, Scope, TokenResponse, TokenUrl,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::secret::Secret;

/// A client id built in by the publisher (`SCIM_ASSISTANT_ENTRA_CLIENT_ID` at build time).
pub const BUILT_IN_CLIENT_ID: Option<&str> = option_env!("SCIM_ASSISTANT_ENTRA_CLIENT_ID");

/// Where and as which app to sign in.
#[derive(Clone, Debug)]
pub struct SignInConfig {
    /// `https://login.microsoftonline.com` or another cloud's (or a test fake's) base.
    pub login_base: String,
    pub client_id: String,
    /// `organizations` (only for a multi-tenant client), or a tenant id or domain: a
    /// single-tenant app must sign in at its own tenant (AADSTS50194).
    pub tenant: String,
    /// The permissions to ask for: [`super::sign_in_scopes`], or the bootstrap's.
    pub scopes: Vec<String>,
    /// What the browser shows once it is sent back here: (signed in, refused). Words belong to
    /// the edge, so the caller passes them in.
    pub pages: (&'static str, &'static str),
    /// Where the token exchanges are recorded for support, when asked.
    pub trace: Option<super::Trace>,
}

/// Why signing in with Microsoft did not work.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MicrosoftSignInError {
    #[error("could not listen on this computer")]
    Listen,
    #[error("the sign-in was not finished in time")]
    TimedOut,
    /// Microsoft refused, with its `AADSTS…` code when it gave one.
    #[error("Microsoft refused the sign-in ({code})")]
    Refused { code: String, description: String },
    #[error("Microsoft could not be reached")]
    Network,
    /// The device-code fallback did not work (blocked, not allowed for the app, declined, expired).
    #[error("the device-code sign-in did not work")]
    DeviceCodeUnavailable { detail: String },
}

impl MicrosoftSignInError {
    fn refused(error: &str, description: &str) -> Self {
        let code = description
            .split(|c: char| !c.is_ascii_alphanumeric())
            .find(|word| word.starts_with("AADSTS"))
            .unwrap_or(error)
            .to_string();
        Self::Refused {
            code,
            description: crate::net::printable(description, crate::net::SERVER_TEXT_LIMIT),
        }
    }
}

/// A Graph access token and what renews it.
#[derive(Clone, Debug)]
pub struct MicrosoftToken {
    pub access: Secret,
    pub refresh: Option<Secret>,
}

/// A sign-in waiting for the browser to come back to `http://localhost:{port}`.
pub struct PendingSignIn {
    listener: TcpListener,
    /// The page to open in the system browser.
    pub url: String,
    state: CsrfToken,
    verifier: PkceCodeVerifier,
    config: SignInConfig,
    redirect: String,
}

/// The identity platform's `authorize`, `token` and `devicecode` addresses for this tenant.
fn endpoints(config: &SignInConfig) -> (String, String) {
    (endpoint(config, "authorize"), endpoint(config, "token"))
}

fn endpoint(config: &SignInConfig, name: &str) -> String {
    format!(
        "{}/{}/oauth2/v2.0/{name}",
        config.login_base.trim_end_matches('/'),
        config.tenant
    )
}

impl PendingSignIn {
    /// Listens on 127.0.0.1 and builds the authorize address (redirect `http://localhost:{port}`:
    /// Entra ignores the port for localhost, graph.md §2).
    pub async fn start(config: SignInConfig) -> Result<Self, MicrosoftSignInError> {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(|_| MicrosoftSignInError::Listen)?;
        let port = listener
            .local_addr()
            .map_err(|_| MicrosoftSignInError::Listen)?
            .port();
        let redirect = format!("http://localhost:{port}");
        let (authorize, token) = endpoints(&config);
        let client = BasicClient::new(ClientId::new(config.client_id.clone()))
            .set_auth_uri(AuthUrl::new(authorize).map_err(|_| MicrosoftSignInError::Listen)?)
            .set_token_uri(TokenUrl::new(token).map_err(|_| MicrosoftSignInError::Listen)?)
            .set_redirect_uri(
                RedirectUrl::new(redirect.clone()).map_err(|_| MicrosoftSignInError::Listen)?,
            );
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state) = client
            .authorize_url(CsrfToken::new_random)
            .add_scopes(config.scopes.iter().map(|s| Scope::new(s.to_string())))
            .add_extra_param("prompt", "select_account")
            .set_pkce_challenge(challenge)
            .url();
        Ok(Self {
            listener,
            url: url.to_string(),
            state,
            verifier,
            config,
            redirect,
        })
    }

    /// Waits for the browser's redirect (at most `deadline`), checks `state`, and exchanges the
    /// code for tokens. A request with another `state` is answered and ignored.
    pub async fn finish(
        self,
        http: &reqwest::Client,
        deadline: Duration,
    ) -> Result<MicrosoftToken, MicrosoftSignInError> {
        let expected = self.state.secret().clone();
        let pages = self.config.pages;
        let code = tokio::time::timeout(deadline, wait_for_code(&self.listener, &expected, pages))
            .await
            .map_err(|_| MicrosoftSignInError::TimedOut)??;
        drop(self.listener);
        let (authorize, token) = endpoints(&self.config);
        let client = BasicClient::new(ClientId::new(self.config.client_id.clone()))
            .set_auth_type(AuthType::RequestBody)
            .set_auth_uri(AuthUrl::new(authorize).map_err(|_| MicrosoftSignInError::Network)?)
            .set_token_uri(TokenUrl::new(token).map_err(|_| MicrosoftSignInError::Network)?)
            .set_redirect_uri(
                RedirectUrl::new(self.redirect).map_err(|_| MicrosoftSignInError::Network)?,
            );
        let send =
            |request: oauth2::HttpRequest| send(http.clone(), self.config.trace.clone(), request);
        let answer = client
            .exchange_code(AuthorizationCode::new(code))
            .set_pkce_verifier(self.verifier)
            .request_async(&send)
            .await
            .map_err(token_error)?;
        Ok(MicrosoftToken {
            access: Secret::new(answer.access_token().secret()),
            refresh: answer
                .refresh_token()
                .map(|r: &RefreshToken| Secret::new(r.secret())),
        })
    }
}

fn token_error<E: std::error::Error>(
    error: oauth2::RequestTokenError<E, oauth2::basic::BasicErrorResponse>,
) -> MicrosoftSignInError {
    match error {
        oauth2::RequestTokenError::ServerResponse(response) => MicrosoftSignInError::refused(
            response.error().as_ref(),
            response
                .error_description()
                .map(String::as_str)
                .unwrap_or_default(),
        ),
        _ => MicrosoftSignInError::Network,
    }
}

/// The `oauth2` crate's HTTP through this tool's reqwest client (its trust store, no redirects).
async fn send(
    http: reqwest::Client,
    trace: Option<super::Trace>,
    request: oauth2::HttpRequest,
) -> Result<oauth2::HttpResponse, reqwest::Error> {
    let (parts, body) = request.into_parts();
    let (method, route) = (parts.method.to_string(), parts.uri.path().to_string());
    let sent = body.clone();
    let mut builder = http.request(parts.method, parts.uri.to_string()).body(body);
    for (name, value) in &parts.headers {
        builder = builder.header(name, value);
    }
    let response = builder.send().await?;
    let status = response.status();
    let headers = response.headers().clone();
    // A token answer is a few KiB; a hostile endpoint cannot make this read without end.
    let body = crate::net::read_capped(response, TOKEN_ANSWER_LIMIT)
        .await?
        .unwrap_or_default();
    if let Some(trace) = &trace {
        trace.record(&method, &route, status.as_u16(), &sent, &body);
    }
    let mut answer = oauth2::HttpResponse::new(body);
    *answer.status_mut() = status;
    *answer.headers_mut() = headers;
    Ok(answer)
}

/// At most this many connections to the loopback listener are served at once.
const MAX_CONNECTIONS: usize = 32;
/// The token endpoint's answer is read up to this size.
const TOKEN_ANSWER_LIMIT: usize = 1024 * 1024;

type Outcome = Result<String, MicrosoftSignInError>;

/// Serves the loopback redirect until a request with the right `state` arrives, each connection
/// in its own task (a silent one cannot hold up the browser's), at most [`MAX_CONNECTIONS`].
async fn wait_for_code(
    listener: &TcpListener,
    state: &str,
    pages: (&'static str, &'static str),
) -> Outcome {
    let (found, mut outcomes) = tokio::sync::mpsc::channel::<Outcome>(1);
    let mut serving = tokio::task::JoinSet::new();
    loop {
        tokio::select! {
            Some(outcome) = outcomes.recv() => return outcome,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                };
                while serving.try_join_next().is_some() {}
                if serving.len() >= MAX_CONNECTIONS {
                    continue;
                }
                let (found, state) = (found.clone(), state.to_string());
                serving.spawn(async move {
                    if let Some(outcome) = serve(stream, &state, pages).await {
                        let _ = found.send(outcome).await;
                    }
                });
            }
        }
    }
}

/// One connection: `None` when it was not the answer (wrong `state`, nothing readable).
async fn serve(
    mut stream: TcpStream,
    state: &str,
    (signed_in, refused): (&'static str, &'static str),
) -> Option<Outcome> {
    let query = read_query(&mut stream).await?;
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    let state_matches = get("state").is_some_and(|s| same_secret(&s, state));
    // Microsoft's error redirect may come without `state` (v2-oauth2-auth-code-flow.md's error
    // example): one sign-in waits here, so it ends now instead of at the deadline.
    if let Some(error) = get("error").filter(|_| state_matches || get("state").is_none()) {
        reply(&mut stream, "200 OK", refused).await;
        let description = get("error_description").unwrap_or_default();
        return Some(Err(MicrosoftSignInError::refused(&error, &description)));
    }
    match get("code").filter(|_| state_matches) {
        Some(code) => {
            reply(&mut stream, "200 OK", signed_in).await;
            Some(Ok(code))
        }
        None => {
            reply(&mut stream, "400 Bad Request", "").await;
            None
        }
    }
}

/// Compares two secrets in time that does not depend on where they differ.
fn same_secret(given: &str, expected: &str) -> bool {
    given.len() == expected.len()
        && given
            .bytes()
            .zip(expected.bytes())
            .fold(0u8, |difference, (a, b)| difference | (a ^ b))
            == 0
}

/// The query of a `GET /?…` request line, read within a few seconds.
async fn read_query(stream: &mut TcpStream) -> Option<String> {
    let mut data = Vec::new();
    let mut buf = [0u8; 2048];
    let read = async {
        while !data.windows(4).any(|w| w == b"\r\n\r\n") && data.len() < 16 * 1024 {
            let n = stream.read(&mut buf).await.ok()?;
            if n == 0 {
                break;
            }
            data.extend_from_slice(&buf[..n]);
        }
        Some(())
    };
    tokio::time::timeout(Duration::from_secs(10), read)
        .await
        .ok()??;
    let head = String::from_utf8_lossy(&data);
    let target = head.lines().next()?.split(' ').nth(1)?;
    Some(
        target
            .split_once('?')
            .map(|(_, q)| q)
            .unwrap_or_default()
            .to_string(),
    )
}

async fn reply(stream: &mut TcpStream, status: &str, body: &str) {
    let answer = format!(
        "HTTP/1.1 {status}\r\ncontent-type: text/html; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(answer.as_bytes()).await;
}

/// What the admin must do on another device to finish a device-code sign-in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeviceCodePrompt {
    pub verification_uri: String,
    pub user_code: String,
}

/// The fallback for machines without a browser (graph.md §2): the device-code flow. Many tenants
/// block it (Conditional Access), and it needs "Allow public client flows"; every failure of it
/// therefore ends in [`MicrosoftSignInError::DeviceCodeUnavailable`] ("use the browser sign-in").
pub async fn sign_in_with_device_code(
    config: &SignInConfig,
    http: &reqwest::Client,
    show: impl FnOnce(DeviceCodePrompt),
) -> Result<MicrosoftToken, MicrosoftSignInError> {
    let (token, device) = (endpoint(config, "token"), endpoint(config, "devicecode"));
    let unavailable = |detail: String| MicrosoftSignInError::DeviceCodeUnavailable { detail };
    let client = BasicClient::new(ClientId::new(config.client_id.clone()))
        .set_auth_type(AuthType::RequestBody)
        .set_token_uri(TokenUrl::new(token).map_err(|e| unavailable(e.to_string()))?)
        .set_device_authorization_url(
            oauth2::DeviceAuthorizationUrl::new(device).map_err(|e| unavailable(e.to_string()))?,
        );
    let send = |request: oauth2::HttpRequest| send(http.clone(), config.trace.clone(), request);
    let details: oauth2::StandardDeviceAuthorizationResponse = client
        .exchange_device_code()
        .add_scopes(config.scopes.iter().map(|s| Scope::new(s.to_string())))
        .request_async(&send)
        .await
        .map_err(|e| unavailable(e.to_string()))?;
    show(DeviceCodePrompt {
        verification_uri: details.verification_uri().to_string(),
        user_code: details.user_code().secret().clone(),
    });
    let answer = client
        .exchange_device_access_token(&details)
        .request_async(
            &send,
            tokio::time::sleep,
            Some(Duration::from_secs(15 * 60)),
        )
        .await
        .map_err(|e| unavailable(e.to_string()))?;
    Ok(MicrosoftToken {
        access: Secret::new(answer.access_token().secret()),
        refresh: answer.refresh_token().map(|r| Secret::new(r.secret())),
    })
}

/// The one way a Microsoft sign-in becomes a Graph client, for the window and the command line
/// alike: a session left open past the hour renews its token instead of failing.
pub fn signed_in_client(
    graph_base: &str,
    token: MicrosoftToken,
    config: SignInConfig,
    http: reqwest::Client,
) -> super::GraphClient {
    let mut graph = super::GraphClient::new(
        graph_base,
        token.access,
        http.clone(),
        super::RetryPolicy::default(),
    );
    if let Some(trace) = &config.trace {
        if let Some(refresh) = &token.refresh {
            trace.hide(refresh);
        }
        graph = graph.with_trace(trace.clone());
    }
    match token.refresh {
        Some(refresh) => graph.with_renewal(renewal(config, refresh, http)),
        None => graph,
    }
}

/// Renews the Graph access token with the refresh token from the sign-in (graph.md §2:
/// `grant_type=refresh_token`), keeping the newest refresh token for the next time.
pub fn renewal(
    config: SignInConfig,
    refresh: Secret,
    http: reqwest::Client,
) -> super::client::Renewal {
    let refresh = std::sync::Arc::new(std::sync::Mutex::new(refresh));
    Box::new(move || {
        let (config, refresh, http) = (config.clone(), refresh.clone(), http.clone());
        Box::pin(async move {
            let token = endpoint(&config, "token");
            let client = BasicClient::new(ClientId::new(config.client_id.clone()))
                .set_auth_type(AuthType::RequestBody)
                .set_token_uri(TokenUrl::new(token).ok()?);
            let current = refresh.lock().ok()?.clone();
            let send =
                |request: oauth2::HttpRequest| send(http.clone(), config.trace.clone(), request);
            let answer = client
                .exchange_refresh_token(&RefreshToken::new(current.expose().to_string()))
                .add_scopes(config.scopes.iter().map(|s| Scope::new(s.to_string())))
                .request_async(&send)
                .await
                .ok()?;
            if let (Some(next), Ok(mut slot)) = (answer.refresh_token(), refresh.lock()) {
                *slot = Secret::new(next.secret());
            }
            Some(Secret::new(answer.access_token().secret()))
        })
    })
}

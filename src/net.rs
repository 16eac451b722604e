//! One place that decides how this tool talks HTTPS, shared by the Appsemble client and the probe.
//!
//! Certificates are checked with the operating system's trust store (rustls-platform-verifier), so a
//! corporate TLS proxy whose root the IT department installed is trusted just as the browser trusts
//! it. Redirects are never followed: a token or password must only go to the host the user named.

mod expiry;

use std::sync::Arc;
use std::time::Duration;

use rustls::ClientConfig;
use rustls::pki_types::CertificateDer;

/// Default wait for one request, the same order as Entra's own 60 s limit but shorter, so a test
/// that hangs is reported while the admin is still looking.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// How this process verifies servers. Tests add their own root certificate here; the application
/// uses the platform's roots only.
#[derive(Clone, Debug, Default)]
pub struct TlsSettings {
    pub extra_roots: Vec<CertificateDer<'static>>,
}

/// The TLS stack could not be set up at all (no usable trust store).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the TLS trust store could not be loaded: {0}")]
pub struct TlsSetupError(String);

impl TlsSettings {
    /// A rustls configuration that verifies with the platform's trust store plus `extra_roots`.
    pub fn client_config(&self) -> Result<ClientConfig, TlsSetupError> {
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let verifier = rustls_platform_verifier::Verifier::new_with_extra_roots(
            self.extra_roots.iter().cloned(),
            provider.clone(),
        )
        .map_err(|e| TlsSetupError(e.to_string()))?;
        let config = ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| TlsSetupError(e.to_string()))?
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(expiry::ExpiryAware {
                platform: Arc::new(verifier),
            }))
            .with_no_client_auth();
        Ok(config)
    }

    /// An HTTP client that verifies the same way and never follows redirects.
    pub fn http_client(&self, timeout: Duration) -> Result<reqwest::Client, TlsSetupError> {
        http_client_with(self.client_config()?, timeout)
    }
}

/// An HTTP client on an existing TLS configuration, so a caller that also needs the configuration
/// loads the trust store once.
pub fn http_client_with(
    config: ClientConfig,
    timeout: Duration,
) -> Result<reqwest::Client, TlsSetupError> {
    reqwest::Client::builder()
        .tls_backend_preconfigured(config)
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(timeout)
        .timeout(timeout)
        .user_agent(concat!("scim-assistant/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| TlsSetupError(e.to_string()))
}

/// Reads a response body but stops at `limit` bytes, so a hostile or broken server cannot make
/// this tool read an endless stream. Returns `None` when the body is larger than `limit`.
pub async fn read_capped(
    mut response: reqwest::Response,
    limit: usize,
) -> Result<Option<Vec<u8>>, reqwest::Error> {
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        if body.len() + chunk.len() > limit {
            return Ok(None);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Some(body))
}

/// Reads a JSON body of at most `limit` bytes; `None` for anything else (too large, broken, not
/// JSON). The one capped JSON reader.
pub async fn read_json(response: reqwest::Response, limit: usize) -> Option<serde_json::Value> {
    let body = read_capped(response, limit).await.ok()??;
    serde_json::from_slice(&body).ok()
}

/// A GET with the SCIM token, as Entra sends it: `Bearer` with a capital B (appsemble-api.md
/// §1.1) and `Accept: application/scim+json`. The one SCIM GET builder.
pub fn scim_get(
    http: &reqwest::Client,
    url: impl reqwest::IntoUrl,
    token: &crate::secret::Secret,
) -> reqwest::RequestBuilder {
    http.get(url)
        .bearer_auth(token.expose())
        .header(reqwest::header::ACCEPT, "application/scim+json")
}

/// A response header as text, or empty when it is missing or not text.
pub fn header_text(response: &reqwest::Response, name: reqwest::header::HeaderName) -> String {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

/// What went wrong with the TLS certificate or handshake.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TlsFailure {
    Untrusted,
    Expired,
    WrongHost,
    NotTls,
    Other,
}

/// Finds a rustls error in an error (or the `std::io::Error` wrapping it) and sorts it.
pub fn tls_error_in(error: &(dyn std::error::Error + 'static)) -> Option<TlsFailure> {
    let rustls_error = error.downcast_ref::<rustls::Error>().or_else(|| {
        error
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
            .and_then(|inner| inner.downcast_ref::<rustls::Error>())
    })?;
    Some(match rustls_error {
        rustls::Error::InvalidCertificate(cert) => match cert {
            rustls::CertificateError::Expired | rustls::CertificateError::ExpiredContext { .. } => {
                TlsFailure::Expired
            }
            rustls::CertificateError::NotValidForName
            | rustls::CertificateError::NotValidForNameContext { .. } => TlsFailure::WrongHost,
            _ => TlsFailure::Untrusted,
        },
        rustls::Error::InvalidMessage(_) | rustls::Error::InappropriateMessage { .. } => {
            TlsFailure::NotTls
        }
        _ => TlsFailure::Other,
    })
}

/// How much of one piece of server text is shown.
pub const SERVER_TEXT_LIMIT: usize = 300;

/// Text from a server made safe to print or put in a report: control characters (terminal
/// escapes among them) dropped, at most `limit` characters (security review L8).
pub fn printable(text: &str, limit: usize) -> String {
    let mut clean: String = text
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .take(limit)
        .collect();
    if text.chars().count() > limit {
        clean.push('…');
    }
    clean
}

#[cfg(test)]
mod printable_text {
    #[test]
    fn server_text_loses_its_escapes_and_is_cut() {
        let hostile = "ok\u{1b}]52;c;aGk=\u{7}\r\u{1b}[2Jdone";
        assert_eq!(super::printable(hostile, 300), "ok]52;c;aGk=[2Jdone");
        assert_eq!(super::printable(&"x".repeat(400), 300).chars().count(), 301);
    }
}

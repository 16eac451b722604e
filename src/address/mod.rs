//! Turning what an admin pastes into the Appsemble server address, the app id and the Tenant URL.
//!
//! Admins paste all kinds of things: `appsemble.app`, `https://appsemble.app/`, a studio link such as
//! `https://appsemble.app/en/apps/42/my-app/secrets`, or a Tenant URL with a typo. This module accepts
//! the first three and explains exactly what is wrong with the last.

use url::Url;

/// The public Appsemble server, used when the admin does not name another one.
pub const DEFAULT_SERVER: &str = "https://appsemble.app";

/// The flag Entra documents for its 2020 SCIM behaviour. Appsemble answers 400 to the boolean
/// `active` it then sends, so it must never be on the Tenant URL.
pub const ENTRA_SCIM_FLAG: &str = "aadOptscim062020";

/// An Appsemble server (scheme, host and port only) and, if the pasted text named one, an app id.
///
/// Every value is https, or http to this computer (a test server): passwords, client secrets and
/// SCIM tokens are sent to this origin, so an address that would carry them in clear text cannot
/// be built at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerAddress {
    origin: Url,
    pub app_id: Option<u64>,
}

/// Why a pasted server address cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    #[error("no server address was given")]
    Empty,
    #[error("`{0}` is not a web address")]
    NotAUrl(String),
    #[error("`{0}` addresses are not supported, only https (or http on this computer)")]
    UnsupportedScheme(String),
    /// `http://` to another computer: the password and token would cross the network unencrypted.
    #[error("http://{0} is not encrypted; signing in needs https://")]
    InsecureHttp(String),
}

impl ServerAddress {
    /// Accepts a bare host, a server URL, a studio URL or a Tenant URL.
    pub fn parse(input: &str) -> Result<Self, AddressError> {
        let url = parse_lenient(input)?;
        if url.scheme() == "http" && !is_loopback_host(&url) {
            return Err(AddressError::InsecureHttp(
                url.host_str().unwrap_or_default().to_string(),
            ));
        }
        Ok(Self {
            app_id: app_id_in_path(&url),
            origin: origin_of(&url),
        })
    }

    /// `https://host[:port]`, without a trailing slash.
    pub fn origin(&self) -> String {
        self.origin.as_str().trim_end_matches('/').to_string()
    }

    pub fn host(&self) -> String {
        self.origin.host_str().unwrap_or_default().to_string()
    }

    /// Whether `other` is the same origin (scheme, host and port): the test for whether a
    /// credential that belongs to `self` may be sent to `other`.
    pub fn same_origin(&self, other: &ServerAddress) -> bool {
        self.origin() == other.origin()
    }

    /// Builds an API address such as `{origin}/api/apps/42`.
    pub fn endpoint(&self, path: &str) -> String {
        format!("{}/{}", self.origin(), path.trim_start_matches('/'))
    }

    /// The Tenant URL Entra needs: the main host (never the app's own domain), lower-case `scim`,
    /// no trailing slash and nothing appended.
    pub fn tenant_url(&self, app_id: u64) -> String {
        self.endpoint(&format!("api/apps/{app_id}/scim"))
    }

    /// The service name under which the Appsemble CLI keeps client credentials in the OS keyring.
    pub fn keyring_service(&self) -> String {
        format!("appsemble://{}", self.authority())
    }

    /// The studio page with the app's secrets, for "open in Appsemble Studio" links.
    pub fn studio_secrets_url(&self, app_id: u64, app_path: &str) -> String {
        self.endpoint(&format!("en/apps/{app_id}/{app_path}/secrets"))
    }

    fn authority(&self) -> String {
        match self.origin.port() {
            Some(port) => format!("{}:{port}", self.host()),
            None => self.host(),
        }
    }
}

/// Parses a URL, adding `https://` when the scheme is missing.
fn parse_lenient(input: &str) -> Result<Url, AddressError> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(AddressError::Empty);
    }
    let with_scheme = if trimmed.contains("://") {
        trimmed.to_string()
    } else {
        format!("https://{trimmed}")
    };
    let url = Url::parse(&with_scheme).map_err(|_| AddressError::NotAUrl(trimmed.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(AddressError::UnsupportedScheme(url.scheme().to_string()));
    }
    match url.host_str() {
        Some(host) if !host.is_empty() && !host.contains(' ') => Ok(url),
        _ => Err(AddressError::NotAUrl(trimmed.to_string())),
    }
}

fn origin_of(url: &Url) -> Url {
    let mut origin = url.clone();
    origin.set_path("/");
    origin.set_query(None);
    origin.set_fragment(None);
    // Credentials typed into the URL must not travel further.
    let _ = origin.set_username("");
    let _ = origin.set_password(None);
    origin
}

/// Finds the app id in `/apps/{id}` anywhere in the path (studio and API URLs both have it).
fn app_id_in_path(url: &Url) -> Option<u64> {
    let segments: Vec<&str> = url.path_segments()?.collect();
    segments
        .windows(2)
        .find(|pair| pair[0].eq_ignore_ascii_case("apps"))
        .and_then(|pair| pair[1].parse().ok())
}

/// A Tenant URL that has the shape Appsemble needs, ready to probe.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TenantUrl {
    url: Url,
    pub app_id: u64,
}

impl TenantUrl {
    pub fn as_str(&self) -> &str {
        self.url.as_str()
    }

    pub fn host(&self) -> String {
        self.url.host_str().unwrap_or_default().to_string()
    }

    pub fn port(&self) -> u16 {
        self.url.port_or_known_default().unwrap_or(443)
    }

    pub fn is_https(&self) -> bool {
        self.url.scheme() == "https"
    }

    /// The Appsemble server the Tenant URL belongs to.
    pub fn server(&self) -> ServerAddress {
        ServerAddress {
            origin: origin_of(&self.url),
            app_id: Some(self.app_id),
        }
    }

    /// `{tenant}/{resource}`, for example `Users`.
    pub fn resource(&self, resource: &str) -> String {
        format!("{}/{resource}", self.as_str())
    }
}

/// What is wrong with the shape of a pasted Tenant URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlProblem {
    Empty,
    NotAUrl,
    UnsupportedScheme(String),
    /// Plain http to a host on the internet: Entra refuses it and the token would travel in clear.
    HttpToPublicHost,
    /// Something after `?`; `entra_flag` when it is the `aadOptscim062020` flag.
    HasQuery {
        entra_flag: bool,
    },
    HasFragment,
    /// `/Users`, `/Groups` or similar after `/scim`: Entra adds those itself.
    TrailingResource(String),
    TrailingSlash,
    /// `/SCIM` instead of `/scim`: Appsemble's token check only matches lower case.
    UppercaseScim,
    /// The host is an app's own address (`app.org.appsemble.app`), which serves the app, not the API.
    AppDomain,
    /// The path is not `/api/apps/{id}/scim` at all.
    WrongPath,
}

/// The result of looking at a pasted Tenant URL without any network traffic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrlInspection {
    /// The URL to probe, when the shape allows probing at all.
    pub tenant: Option<TenantUrl>,
    /// The first blocking problem, if any.
    pub problem: Option<UrlProblem>,
    /// The address the admin should paste instead, when it can be worked out.
    pub corrected: Option<String>,
    /// Plain http to this computer: fine for a test server, but Entra will need https.
    pub http_loopback: bool,
}

/// Checks a Tenant URL's shape the way Entra and Appsemble will treat it.
pub fn inspect_tenant_url(input: &str) -> UrlInspection {
    let url = match parse_strict(input) {
        Ok(url) => url,
        Err(problem) => return UrlInspection::blocked(problem, None),
    };
    let segments: Vec<String> = url
        .path_segments()
        .map(|s| s.map(str::to_string).collect())
        .unwrap_or_default();
    let app_id = app_id_in_path(&url);
    let corrected = app_id.map(|id| corrected_tenant_url(&url, id));
    if let Some(problem) = first_problem(&url, &segments, app_id) {
        return UrlInspection::blocked(problem, corrected);
    }
    let http_loopback = url.scheme() == "http";
    UrlInspection {
        tenant: app_id.map(|app_id| TenantUrl { url, app_id }),
        problem: None,
        corrected: None,
        http_loopback,
    }
}

impl UrlInspection {
    fn blocked(problem: UrlProblem, corrected: Option<String>) -> Self {
        Self {
            tenant: None,
            problem: Some(problem),
            corrected,
            http_loopback: false,
        }
    }
}

/// Like [`parse_lenient`] but a Tenant URL must spell out its scheme, as Entra requires.
fn parse_strict(input: &str) -> Result<Url, UrlProblem> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(UrlProblem::Empty);
    }
    if !trimmed.contains("://") {
        return Err(UrlProblem::NotAUrl);
    }
    match parse_lenient(trimmed) {
        Ok(url) => Ok(url),
        Err(AddressError::UnsupportedScheme(scheme)) => Err(UrlProblem::UnsupportedScheme(scheme)),
        Err(_) => Err(UrlProblem::NotAUrl),
    }
}

fn first_problem(url: &Url, segments: &[String], app_id: Option<u64>) -> Option<UrlProblem> {
    if url.scheme() == "http" && !is_loopback_host(url) {
        return Some(UrlProblem::HttpToPublicHost);
    }
    if let Some(query) = url.query() {
        let entra_flag = query
            .to_ascii_lowercase()
            .contains(&ENTRA_SCIM_FLAG.to_ascii_lowercase());
        return Some(UrlProblem::HasQuery { entra_flag });
    }
    if url.fragment().is_some() {
        return Some(UrlProblem::HasFragment);
    }
    if is_app_domain(url) {
        return Some(UrlProblem::AppDomain);
    }
    path_problem(segments, app_id)
}

/// Compares the path with `api / apps / {id} / scim`.
fn path_problem(segments: &[String], app_id: Option<u64>) -> Option<UrlProblem> {
    let shape_ok = segments.len() >= 4
        && segments[0] == "api"
        && segments[1] == "apps"
        && app_id.is_some()
        && segments[3].eq_ignore_ascii_case("scim");
    if !shape_ok {
        return Some(UrlProblem::WrongPath);
    }
    if segments[3] != "scim" {
        return Some(UrlProblem::UppercaseScim);
    }
    match &segments[4..] {
        [] => None,
        [last] if last.is_empty() => Some(UrlProblem::TrailingSlash),
        [first, ..] => Some(UrlProblem::TrailingResource(first.clone())),
    }
}

/// Only the loopback addresses and the one name `localhost`: a `*.localhost` name is resolved by
/// whatever DNS the network offers on some systems, which could send a credential in clear text
/// elsewhere (security review L5).
fn is_loopback_host(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(name)) => name == "localhost",
        None => false,
    }
}

/// Apps on appsemble.app live at `{app}.{org}.appsemble.app`; those hosts serve only the app.
fn is_app_domain(url: &Url) -> bool {
    url.host_str()
        .is_some_and(|host| host.ends_with(".appsemble.app"))
}

fn corrected_tenant_url(url: &Url, app_id: u64) -> String {
    let host = if is_app_domain(url) {
        "appsemble.app".to_string()
    } else {
        url.host_str().unwrap_or_default().to_string()
    };
    let scheme = if is_loopback_host(url) {
        url.scheme()
    } else {
        "https"
    };
    let port = url.port().map(|p| format!(":{p}")).unwrap_or_default();
    format!("{scheme}://{host}{port}/api/apps/{app_id}/scim")
}

#[cfg(test)]
mod tests;

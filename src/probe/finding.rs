//! Every outcome a check can have, as data. The words for each live in `messages`.

use crate::address::UrlProblem;
use crate::net::TlsFailure;

use super::check::{CheckId, Status};

/// Why Appsemble answered 401. Appsemble gives the same plain `Unauthorized` for all of these, so
/// the probe asks the API (when it can) to tell them apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RejectCause {
    /// Could not be told apart: wrong token, SCIM off, or wrong app id.
    Unknown,
    /// SCIM is on, but the token stored in Appsemble is a different one.
    WrongToken,
    /// SCIM is switched off for this app.
    ScimDisabled,
    /// SCIM is on but no token was ever stored.
    NoTokenStored,
    /// There is no app with this id on the server.
    AppNotFound,
    /// The stored token is this one and SCIM is on, yet the server refused it: something between
    /// (a proxy or firewall) strips the Authorization header.
    CorrectTokenRefused,
    /// Signed in with client credentials, which may not read the stored token.
    SignInCannotTell,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    UrlOk,
    UrlLoopbackHttp,
    UrlProblem {
        problem: UrlProblem,
        corrected: Option<String>,
    },

    DnsResolved {
        host: String,
        addresses: usize,
    },
    DnsIpAddress,
    DnsNotFound {
        host: String,
    },
    DnsTimeout {
        host: String,
        seconds: u64,
    },

    Connected {
        address: String,
    },
    ConnectRefused {
        address: String,
    },
    ConnectTimeout {
        address: String,
        seconds: u64,
    },
    ConnectFailed {
        address: String,
    },

    TlsOk,
    TlsNotUsed,
    Tls {
        failure: TlsFailure,
        host: String,
    },
    TlsTimeout {
        seconds: u64,
    },

    AuthAccepted,
    AuthRejected {
        cause: RejectCause,
    },
    AuthForbidden,
    AuthNotReached,

    TestConnectionPasses,
    EndpointNotFound,
    ServerError {
        status: u16,
    },
    HtmlPage,
    NotScim {
        content_type: String,
    },
    InvalidJson,
    BodyTooLarge {
        limit_kib: usize,
    },
    FilterIgnored {
        total: u64,
    },
    Redirect {
        location: String,
    },
    NoAnswer {
        seconds: u64,
    },
    NotAcceptable,
    UnexpectedStatus {
        status: u16,
    },
    RequestFailed,

    HealthOk {
        version: Option<String>,
    },
    HealthUnhealthy {
        status: u16,
    },
    HealthUnknown,

    GroupsSupported,
    GroupsNotSupported,
    GroupsUnclear {
        status: u16,
    },

    DiscoveryComplete,
    DiscoveryGaps {
        /// Endpoints under the names Entra and validators use that answered something else than 200.
        missing: Vec<String>,
        wrong_claims: Vec<DiscoveryClaim>,
    },

    MappingsNeedChanges {
        delete: usize,
        change: usize,
    },

    RehearsalPasses,
    RehearsalNotRequested,
    RehearsalFailed(Box<RehearsalFailure>),

    /// Not run because an earlier check it depends on failed.
    Skipped {
        because: CheckId,
    },
}

/// A wrong statement in Appsemble's ServiceProviderConfig.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiscoveryClaim {
    /// Claims filtering is unsupported, yet `userName eq` works.
    FilterUnsupported,
    /// Lists HTTP Basic as the only scheme, yet only a bearer token works.
    BasicAuthOnly,
}

/// A step of the rehearsal of Entra's first sync.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RehearsalStep {
    Lookup,
    Create,
    ReadBack,
    Deactivate,
    Reactivate,
    Delete,
}

/// A throw-away user the rehearsal could not remove.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Leftover {
    pub id: String,
    pub user_name: String,
    /// True when it was at least switched to inactive.
    pub deactivated: bool,
}

/// Where and how the rehearsal failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RehearsalFailure {
    pub step: RehearsalStep,
    /// The request as `METHOD /path`, for support.
    pub request: String,
    /// The HTTP status, or `None` when no answer came.
    pub status: Option<u16>,
    /// The server's own words, shortened.
    pub detail: String,
    pub server_version: Option<String>,
    pub leftover: Option<Leftover>,
}

impl RehearsalFailure {
    /// True when the fault is on the server (5xx or no answer): nothing in Entra can fix it.
    pub fn server_side(&self) -> bool {
        self.status.is_none_or(|s| s >= 500)
    }
}

impl Finding {
    pub fn status(&self) -> Status {
        use Finding::*;
        match self {
            UrlOk
            | DnsResolved { .. }
            | DnsIpAddress
            | Connected { .. }
            | TlsOk
            | AuthAccepted
            | TestConnectionPasses
            | HealthOk { .. }
            | GroupsSupported
            | DiscoveryComplete
            | RehearsalPasses => Status::Pass,
            UrlLoopbackHttp
            | HealthUnknown
            | GroupsNotSupported
            | GroupsUnclear { .. }
            | DiscoveryGaps { .. }
            | MappingsNeedChanges { .. } => Status::Warn,
            TlsNotUsed | AuthNotReached | Skipped { .. } | RehearsalNotRequested => Status::Skip,
            _ => Status::Fail,
        }
    }
}

//! Everything that can go wrong talking to Appsemble, typed so the edge can explain each case.

use crate::net::TlsSetupError;
use crate::token::RandomUnavailable;

/// What kind of network failure stopped a request, independent of the HTTP library.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NetworkProblem {
    /// The name of the server could not be looked up, or nothing listens at the address.
    Unreachable,
    /// The server did not answer in time.
    Timeout,
    /// The certificate was not accepted.
    Certificate,
    /// Anything else on the way (connection reset, broken answer).
    Other,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AppsembleError {
    #[error("could not reach the Appsemble server ({problem:?})")]
    Network { problem: NetworkProblem },
    #[error("the server answered with a redirect to {location}")]
    Redirected { location: String },
    #[error("the email address or password was not accepted")]
    WrongEmailOrPassword,
    #[error("the client credentials were not accepted")]
    ClientCredentialsRejected,
    #[error("the client credentials have expired or were revoked")]
    ClientCredentialsExpired,
    #[error("the client credentials lack the apps:write scope")]
    ClientCredentialsMissingScope,
    #[error("the session ended and could not be renewed")]
    SessionExpired,
    #[error("this needs an email sign-in; client credentials cannot do it")]
    NeedsEmailSignIn,
    #[error("app {app_id} does not exist on this server")]
    AppNotFound { app_id: u64 },
    #[error("app {app_id} is private and this sign-in cannot see it")]
    AppHidden { app_id: u64 },
    #[error("the account is not a member of the organisation that owns app {app_id}")]
    NotAMember { app_id: u64 },
    #[error("the account's role may not change the secrets of app {app_id}")]
    RoleTooLow { app_id: u64 },
    #[error("the server answered {status} where it should not")]
    UnexpectedAnswer { status: u16, detail: String },
    #[error(transparent)]
    TlsSetup(#[from] TlsSetupError),
    #[error(transparent)]
    Random(#[from] RandomUnavailable),
}

/// Sorts a reqwest error into a [`NetworkProblem`] without keeping its text (which may quote URLs).
pub fn classify(error: &reqwest::Error) -> NetworkProblem {
    if error.is_timeout() {
        return NetworkProblem::Timeout;
    }
    if chain_mentions_certificate(error) {
        return NetworkProblem::Certificate;
    }
    if error.is_connect() {
        return NetworkProblem::Unreachable;
    }
    NetworkProblem::Other
}

fn chain_mentions_certificate(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(err) = current {
        if crate::net::tls_error_in(err).is_some() {
            return true;
        }
        current = err.source();
    }
    false
}

impl From<reqwest::Error> for AppsembleError {
    fn from(error: reqwest::Error) -> Self {
        AppsembleError::Network {
            problem: classify(&error),
        }
    }
}

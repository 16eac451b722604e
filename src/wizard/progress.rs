//! What is kept between runs: the step, the server, the app and who signs in, never a secret.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::Step;
use crate::address::{AddressError, DEFAULT_SERVER, ServerAddress};

/// How the admin signs in to Appsemble.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignInMethod {
    #[default]
    Password,
    ClientCredentials,
    /// For accounts that log in with GitHub, GitLab or Google: the studio makes client credentials
    /// and hands them to this app, as `appsemble login` does.
    Browser,
}

/// The ways in offered on the first screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Way {
    /// "Set it up for me": both accounts, one Connect.
    Express,
    /// "Guide me step by step": the guide's nine steps, the manual path.
    Guided,
    /// "I received a hand-off file": the Entra admin's side, without an Appsemble account.
    HandOff,
}

/// What is kept between runs. It holds no secret: [`Secret`](crate::secret::Secret) cannot be
/// serialised, so a secret field here would not compile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    /// The way chosen on the first screen; `None` shows the first screen.
    pub way: Option<Way>,
    pub step: Step,
    pub done: BTreeSet<Step>,
    pub server: String,
    pub app_id: Option<u64>,
    pub app_name: Option<String>,
    pub method: SignInMethod,
    pub email: String,
    pub client_id: String,
    pub remember_client: bool,
    /// The language chosen in the window; `None` follows the system.
    pub language: Option<crate::i18n::Lang>,
    /// The app registration to sign in to Microsoft with (not a secret: a public client id).
    pub entra_client_id: String,
    /// The tenant that app registration belongs to (a single-tenant app signs in only there).
    pub entra_tenant: String,
    /// The enterprise application "Do it for me" made or used: the only one used again.
    pub entra_service_principal_id: String,
}

impl Default for Progress {
    fn default() -> Self {
        Self {
            way: None,
            step: Step::Prepare,
            done: BTreeSet::new(),
            server: DEFAULT_SERVER.to_string(),
            app_id: None,
            app_name: None,
            method: SignInMethod::Password,
            email: String::new(),
            client_id: String::new(),
            remember_client: false,
            language: None,
            entra_client_id: crate::graph::BUILT_IN_CLIENT_ID
                .unwrap_or_default()
                .to_string(),
            entra_tenant: String::new(),
            entra_service_principal_id: String::new(),
        }
    }
}

impl Progress {
    /// The typed server, parsed in this one place.
    pub fn server_address(&self) -> Result<ServerAddress, AddressError> {
        ServerAddress::parse(&self.server)
    }

    /// Signing in with client credentials (typed, or handed over by the browser).
    pub fn client_sign_in(&self) -> bool {
        self.method != SignInMethod::Password
    }
}

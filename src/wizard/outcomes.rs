//! What the worker finds out about the chosen app, carried in events: kept apart from the steps
//! that use it so that the protocol depends on no step.

use crate::appsemble::{App, SecurityCheck, check_security};

/// The app chosen in step 4, with what its definition says about SCIM.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChosenApp {
    pub id: u64,
    /// The app's name; `None` when this sign-in may not read it.
    pub name: Option<String>,
    pub path: Option<String>,
    pub security: SecurityCheck,
}

impl ChosenApp {
    pub fn from_app(app: &App) -> Self {
        Self {
            id: app.id,
            name: Some(app.name()),
            path: app.path.clone(),
            security: check_security(&app.definition),
        }
    }

    /// An app this sign-in may change but not read (a private app seen with client credentials).
    pub fn hidden(app_id: u64) -> Self {
        Self {
            id: app_id,
            name: None,
            path: None,
            security: SecurityCheck::Hidden,
        }
    }

    /// SCIM can be switched on (the definition is fine, or hidden from this sign-in).
    pub fn usable(&self) -> bool {
        !matches!(self.security, SecurityCheck::Problem(_))
    }
}

/// What the SCIM secret of the chosen app looked like before this run changed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScimBefore {
    pub has_token: bool,
}

/// Why a file did not open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HandOffProblem {
    Unreadable,
    Open(crate::handoff::OpenError),
    /// Sealing or writing the file failed.
    NotWritten,
}

/// A file the owner made: where, its passphrase (shown once, kept only while the window runs)
/// and until when it opens.
#[derive(Clone, Debug)]
pub struct Made {
    pub path: std::path::PathBuf,
    pub passphrase: crate::secret::Secret,
    pub expires_at: std::time::SystemTime,
}

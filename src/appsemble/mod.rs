//! The Appsemble side of the setup: sign in, find the app, check it, switch SCIM on.

mod client;
mod error;
mod model;
mod security;

pub use client::{AppsembleClient, Credentials, split_client_pair};
pub use error::{AppsembleError, NetworkProblem, classify};
pub use model::{
    App, AppChoice, Organization, ROLES_THAT_MAY_CHANGE_SECRETS, ScimSecret,
    role_may_change_secrets,
};
pub use security::{SecurityCheck, SecurityProblem, check_security, yaml_fix};

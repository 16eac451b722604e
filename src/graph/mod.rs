//! The Entra half of the setup through Microsoft Graph (graph.md): a small client, the schema
//! edits, and `connect`, which creates or finds the enterprise app and sets up provisioning.

mod activity;
mod bootstrap;
mod client;
mod connect;
mod on_demand;
mod paths;
mod permissions;
mod schema;
mod sign_in;
mod trace;

pub use activity::{
    CycleCounts, JobStatus, LogProblem, Principal, job_status, person_id, problems,
    search_principals, signed_in_user,
};
pub use bootstrap::{
    AccessOutcome, BOOTSTRAP_CLIENT_ID, TenantAccess, Untrusted, set_up_tenant_access,
};
pub use client::{Answer, Freshness, GraphClient, GraphError, Renewal, RetryPolicy};
pub use connect::{
    ConnectOptions, ConnectReport, EntraFinding, EntraStep, ServicePrincipal, StepId, StepStarts,
    app_by_id, check_saved_credentials, connect, connect_watched, find_apps, find_job, save_token,
    start_if_stopped,
};
pub use on_demand::{AssignmentPatience, OnDemand, OnDemandResult, OnDemandStep, provision_one};
pub use permissions::{
    PERMISSIONS, Permission, PermissionUse, bootstrap_scopes, permission_names, sign_in_scopes,
};
pub use schema::{MappingChanges, disable_groups, rule_id, trim_user_mapping, user_targets};
pub use sign_in::{
    BUILT_IN_CLIENT_ID, DeviceCodePrompt, MicrosoftSignInError, MicrosoftToken, PendingSignIn,
    SignInConfig, renewal, sign_in_with_device_code, signed_in_client,
};
pub use trace::Trace;

/// The template of "Integrate any other application you don't find in the gallery" in the global
/// cloud (entra.md §2; applicationtemplate-instantiate.md).
pub const CUSTOM_APP_TEMPLATE: &str = "8adf8e6e-67b2-4cf2-a259-e3dc5476c621";

/// Microsoft's clouds: where to sign in and where Graph lives (overridable for tests and proxies).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Cloud {
    #[default]
    Global,
    UsGov,
    China,
}

impl Cloud {
    pub fn parse(name: &str) -> Option<Cloud> {
        match name.to_ascii_lowercase().as_str() {
            "global" => Some(Cloud::Global),
            "usgov" => Some(Cloud::UsGov),
            "china" => Some(Cloud::China),
            _ => None,
        }
    }

    pub fn login_base(self) -> &'static str {
        match self {
            Cloud::Global => "https://login.microsoftonline.com",
            Cloud::UsGov => "https://login.microsoftonline.us",
            Cloud::China => "https://login.chinacloudapi.cn",
        }
    }

    /// The resource part of a scope on this cloud's Graph.
    pub fn graph_resource(self) -> &'static str {
        match self {
            Cloud::Global => "https://graph.microsoft.com",
            Cloud::UsGov => "https://graph.microsoft.us",
            Cloud::China => "https://microsoftgraph.chinacloudapi.cn",
        }
    }

    /// The "non-gallery application" template of this cloud (applicationtemplate-instantiate.md,
    /// beta, 2024-10: "US government: `4602d0b4-76bb-404b-bca9-2652e1a39c6d`").
    pub fn custom_app_template(self) -> &'static str {
        match self {
            Cloud::UsGov => "4602d0b4-76bb-404b-bca9-2652e1a39c6d",
            Cloud::China => "5a532e38-1581-4918-9658-008dc27c1d68",
            Cloud::Global => CUSTOM_APP_TEMPLATE,
        }
    }

    /// Whether provisioning through Graph exists there: the synchronization APIs and the
    /// provisioning logs are not available in China (includes/global-us.md).
    pub fn has_provisioning(self) -> bool {
        self != Cloud::China
    }

    pub fn graph_base(self) -> &'static str {
        match self {
            Cloud::Global => "https://graph.microsoft.com/v1.0",
            Cloud::UsGov => "https://graph.microsoft.us/v1.0",
            Cloud::China => "https://microsoftgraph.chinacloudapi.cn/v1.0",
        }
    }
}

/// Where Microsoft's sign-in and Graph are for one run: the cloud's own addresses, or the
/// overrides `SCIM_ASSISTANT_LOGIN_URL` / `SCIM_ASSISTANT_GRAPH_URL` (tests, proxies). Checked in
/// this one place for the window and the command line: a Microsoft token is a credential, so an
/// override must be https, or http only to this computer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MicrosoftEndpoints {
    pub login_base: String,
    pub graph_base: String,
}

impl MicrosoftEndpoints {
    /// `env` reads a variable (the process environment, or a test's).
    pub fn of(
        cloud: Cloud,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, crate::address::AddressError> {
        let pick = |name: &str, default: &str| -> Result<String, crate::address::AddressError> {
            match env(name).filter(|v| !v.trim().is_empty()) {
                Some(value) => crate::address::ServerAddress::parse(&value).map(|_| value),
                None => Ok(default.to_string()),
            }
        };
        Ok(Self {
            login_base: pick("SCIM_ASSISTANT_LOGIN_URL", cloud.login_base())?,
            graph_base: pick("SCIM_ASSISTANT_GRAPH_URL", cloud.graph_base())?,
        })
    }
}

#[cfg(test)]
mod endpoint_tests {
    use super::*;

    #[test]
    fn overrides_are_checked_like_every_credentials_address() {
        let none = MicrosoftEndpoints::of(Cloud::UsGov, |_| None).unwrap();
        assert_eq!(none.graph_base, "https://graph.microsoft.us/v1.0");
        let local = MicrosoftEndpoints::of(Cloud::Global, |name| {
            (name == "SCIM_ASSISTANT_GRAPH_URL").then(|| "http://127.0.0.1:8788/v1.0".into())
        })
        .unwrap();
        assert_eq!(local.graph_base, "http://127.0.0.1:8788/v1.0");
        assert_eq!(local.login_base, "https://login.microsoftonline.com");
        let clear = MicrosoftEndpoints::of(Cloud::Global, |_| Some("http://proxy.example".into()));
        assert!(
            clear.is_err(),
            "a token never goes in clear text to another computer"
        );
    }
}

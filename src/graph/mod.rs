//! The Entra half of the setup through Microsoft Graph (graph.md): a small client, the schema
//! edits, and `connect`, which creates or finds the enterprise app and sets up provisioning.

mod activity;
mod bootstrap;
mod client;
mod connect;
mod schema;
mod sign_in;

pub use activity::{
    CycleCounts, JobStatus, LogProblem, OnDemand, OnDemandStep, Principal, job_status, problems,
    provision_one, search_principals,
};
pub use bootstrap::{BOOTSTRAP_CLIENT_ID, BOOTSTRAP_SCOPES, PERMISSIONS, set_up_tenant_access};
pub use client::{Answer, Freshness, GraphClient, GraphError, Renewal, RetryPolicy};
pub use connect::{
    CUSTOM_APP_TEMPLATE, ConnectOptions, ConnectReport, EntraFinding, EntraStep, ServicePrincipal,
    StepId, connect, find_app, find_job,
};
pub use schema::{MappingChanges, disable_groups, rule_id, trim_user_mapping, user_targets};
pub use sign_in::{
    BUILT_IN_CLIENT_ID, DeviceCodePrompt, MicrosoftSignInError, MicrosoftToken, PendingSignIn,
    SCOPES, SignInConfig, renewal, sign_in_with_device_code,
};

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

    pub fn graph_base(self) -> &'static str {
        match self {
            Cloud::Global => "https://graph.microsoft.com/v1.0",
            Cloud::UsGov => "https://graph.microsoft.us/v1.0",
            Cloud::China => "https://microsoftgraph.chinacloudapi.cn/v1.0",
        }
    }
}

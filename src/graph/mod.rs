//! The Entra half of the setup through Microsoft Graph (graph.md): a small client, the schema
//! edits, and `connect`, which creates or finds the enterprise app and sets up provisioning.

mod activity;
mod bootstrap;
mod client;
mod connect;
mod on_demand;
mod permissions;
mod schema;
mod sign_in;
mod trace;

pub use activity::{
    CycleCounts, JobStatus, LogProblem, Principal, job_status, person_id, problems,
    search_principals,
};
pub use bootstrap::{
    AccessOutcome, BOOTSTRAP_CLIENT_ID, TenantAccess, Untrusted, set_up_tenant_access,
};
pub use client::{Answer, Freshness, GraphClient, GraphError, Renewal, RetryPolicy};
pub use connect::{
    ConnectOptions, ConnectReport, EntraFinding, EntraStep, ServicePrincipal, StepId, StepStarts,
    app_by_id, connect, connect_watched, find_apps, find_job, start_if_stopped,
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

//! Every Microsoft Graph address this assistant calls, built in one place (relative to the
//! versioned root). Ids that come from Graph are used as they are; anything typed by a person is
//! percent-encoded. Each function names the page that documents the address.

/// A path segment from a person (a sign-in name, an id typed in): percent-encoded.
pub fn segment(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// A `?$filter=…&$select=…` query (`$top` when given).
pub fn query(filter: Option<&str>, select: &str, top: Option<u32>) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    if let Some(filter) = filter {
        query.append_pair("$filter", filter);
    }
    if !select.is_empty() {
        query.append_pair("$select", select);
    }
    if let Some(top) = top {
        query.append_pair("$top", &top.to_string());
    }
    query.finish()
}

/// organization-get.md
pub const ORGANIZATION_ID: &str = "organization?$select=id";
/// user-get.md (`/me`)
pub const ME_ID: &str = "me?$select=id";
/// user-get.md (`/me`): who is signed in, for "only me, for a first try".
pub const ME: &str = "me?$select=id,displayName,userPrincipalName";
/// application-post-applications.md
pub const APPLICATIONS: &str = "applications";
/// serviceprincipal-post-serviceprincipals.md
pub const SERVICE_PRINCIPALS: &str = "servicePrincipals";

/// applicationtemplate-instantiate.md
pub fn instantiate(template: &str) -> String {
    format!("applicationTemplates/{template}/instantiate")
}

/// application-get.md, by the `appId` alternate key.
pub fn application_by_app_id(app_id: &str, select: &str) -> String {
    let literal = app_id.replace('\'', "''");
    format!("applications(appId='{literal}')?$select={select}")
}

/// application-update.md
pub fn application(id: &str) -> String {
    format!("applications/{id}")
}

/// application-list-owners.md
pub fn application_owners(id: &str) -> String {
    format!("applications/{id}/owners?$select=id")
}

/// serviceprincipal-get.md, by the `appId` alternate key.
pub fn service_principal_by_app_id(app_id: &str, select: &str) -> String {
    format!("servicePrincipals(appId='{app_id}')?$select={select}")
}

/// serviceprincipal-list.md
pub fn service_principals(query: &str) -> String {
    format!("servicePrincipals?{query}")
}

/// serviceprincipal-get.md
pub fn service_principal(id: &str) -> String {
    format!("servicePrincipals/{}", segment(id))
}

/// serviceprincipal-list-owners.md
pub fn service_principal_owners(id: &str) -> String {
    format!("servicePrincipals/{id}/owners?$select=id")
}

/// serviceprincipal-list-approleassignedto.md / -post-approleassignedto.md
pub fn assigned_to(sp: &str) -> String {
    format!("servicePrincipals/{sp}/appRoleAssignedTo")
}

/// synchronization-synchronization-list-templates.md
pub fn sync_templates(sp: &str) -> String {
    format!("servicePrincipals/{sp}/synchronization/templates")
}

/// synchronization-serviceprincipal-put-synchronization.md (secrets)
pub fn sync_secrets(sp: &str) -> String {
    format!("servicePrincipals/{sp}/synchronization/secrets")
}

/// synchronization-synchronization-list-jobs.md / -post-jobs.md
pub fn jobs(sp: &str) -> String {
    format!("servicePrincipals/{sp}/synchronization/jobs")
}

/// synchronization-synchronizationjob-get.md
pub fn job(sp: &str, job: &str) -> String {
    format!("{}/{job}", jobs(sp))
}

/// The job-less validateCredentials (cross-tenant-synchronization-configure-graph.md).
pub fn validate_without_job(sp: &str) -> String {
    format!("{}/validateCredentials", jobs(sp))
}

/// synchronization-synchronizationjob-validatecredentials.md
pub fn validate(sp: &str, job_id: &str) -> String {
    format!("{}/validateCredentials", job(sp, job_id))
}

/// synchronization-synchronizationschema-get.md / -update.md
pub fn schema(sp: &str, job_id: &str) -> String {
    format!("{}/schema", job(sp, job_id))
}

/// synchronization-synchronizationjob-start.md
pub fn start(sp: &str, job_id: &str) -> String {
    format!("{}/start", job(sp, job_id))
}

/// synchronization-synchronizationjob-provisionondemand.md
pub fn provision_on_demand(sp: &str, job_id: &str) -> String {
    format!("{}/provisionOnDemand", job(sp, job_id))
}

/// user-get.md (by id or sign-in name)
pub fn user_id(id_or_upn: &str) -> String {
    format!("users/{}?$select=id", segment(id_or_upn))
}

/// group-get.md
pub fn group_id(id: &str) -> String {
    format!("groups/{}?$select=id", segment(id))
}

/// user-list.md
pub fn users(query: &str) -> String {
    format!("users?{query}")
}

/// group-list.md
pub fn groups(query: &str) -> String {
    format!("groups?{query}")
}

/// provisioningobjectsummary-list.md
pub fn provisioning_logs(query: &str) -> String {
    format!("auditLogs/provisioning?{query}")
}

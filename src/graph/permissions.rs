//! The one table of Microsoft Graph permissions this assistant asks for, and which calls need
//! each (graph-fidelity.md §2, each row from the call's own "Permissions" section). The sign-in's
//! scopes, the tenant's app registration, the README and the manual app-registration text are all
//! made from or tested against it.

/// What a permission is used for; `messages` words it for the consent list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PermissionUse {
    /// Create the enterprise application and read the tenant's app registration.
    EnterpriseApps,
    /// Assign people and groups to the enterprise application.
    Assignments,
    /// Set up, test and start provisioning; provision on demand.
    Provisioning,
    /// Find people by name or sign-in name.
    ReadUsers,
    /// Find groups by name.
    ReadGroups,
    /// Read the provisioning logs (with the next row: `provisioningobjectsummary-list`).
    ReadAuditLogs,
    /// Required beside AuditLog.Read.All by the provisioning logs ("AuditLog.Read.All and
    /// Directory.Read.All", provisioningobjectsummary-list).
    ReadDirectory,
}

/// One delegated Microsoft Graph permission.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Permission {
    pub name: &'static str,
    pub used_for: PermissionUse,
    /// The Graph calls that need it (method and path pattern), for the README and support.
    pub calls: &'static str,
}

/// Every delegated permission `connect`, `status` and `provision` need.
pub const PERMISSIONS: [Permission; 7] = [
    Permission {
        name: "Application.ReadWrite.All",
        used_for: PermissionUse::EnterpriseApps,
        calls: "POST /applicationTemplates/{id}/instantiate; GET /servicePrincipals; GET …/owners",
    },
    Permission {
        name: "AppRoleAssignment.ReadWrite.All",
        used_for: PermissionUse::Assignments,
        calls: "GET, POST /servicePrincipals/{id}/appRoleAssignedTo",
    },
    Permission {
        name: "Synchronization.ReadWrite.All",
        used_for: PermissionUse::Provisioning,
        calls: "/servicePrincipals/{id}/synchronization/* (templates, jobs, secrets, schema, validateCredentials, start, provisionOnDemand)",
    },
    Permission {
        name: "User.Read.All",
        used_for: PermissionUse::ReadUsers,
        calls: "GET /me; GET /users/{upn}; GET /users?$filter=startswith(…)",
    },
    Permission {
        name: "GroupMember.Read.All",
        used_for: PermissionUse::ReadGroups,
        calls: "GET /groups?$filter=…",
    },
    Permission {
        name: "AuditLog.Read.All",
        used_for: PermissionUse::ReadAuditLogs,
        calls: "GET /auditLogs/provisioning",
    },
    Permission {
        name: "Directory.Read.All",
        used_for: PermissionUse::ReadDirectory,
        calls: "GET /auditLogs/provisioning",
    },
];

/// The sign-in scopes besides the Graph permissions: a refresh token and an id token.
pub const SIGN_IN_EXTRAS: [&str; 2] = ["offline_access", "openid"];

/// The scopes to ask for when signing in to `cloud`: each permission on that cloud's Graph
/// (national-clouds.md: a scope "MUST use the domain of the Microsoft Graph service root endpoint
/// for the national cloud deployment").
pub fn sign_in_scopes(cloud: super::Cloud) -> Vec<String> {
    PERMISSIONS
        .iter()
        .map(|p| format!("{}/{}", cloud.graph_resource(), p.name))
        .chain(SIGN_IN_EXTRAS.iter().map(|s| s.to_string()))
        .collect()
}

/// What the bootstrap sign-in asks for: creating and checking the tenant's own app registration,
/// and reading the tenant's id (organization-get: User.Read). Nothing tenant-wide is granted.
pub fn bootstrap_scopes(cloud: super::Cloud) -> Vec<String> {
    ["Application.ReadWrite.All", "User.Read"]
        .iter()
        .map(|p| format!("{}/{p}", cloud.graph_resource()))
        .chain(["openid".to_string()])
        .collect()
}

/// The names of [`PERMISSIONS`].
pub fn permission_names() -> impl Iterator<Item = &'static str> {
    PERMISSIONS.iter().map(|p| p.name)
}

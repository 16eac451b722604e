//! The tenant a fresh fake starts with (two people and the signed-in admin, one group, a premium licence, the
//! replication lags Microsoft documents), and what tests read and change in it.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use crate::{
    ACCESS_TOKEN, Assignment, CUSTOM_APP_TEMPLATE, FakeJob, GraphState, OnDemandShape, TenantGroup,
    TenantUser, USER_ROLE,
};

impl GraphState {
    pub(crate) fn seeded() -> Self {
        let user = |id: &str, upn: &str, given: &str, surname: &str, nick: &str| TenantUser {
            id: id.into(),
            user_principal_name: upn.into(),
            given_name: given.into(),
            surname: surname.into(),
            mail_nickname: nick.into(),
            job_title: "Engineer".into(),
        };
        Self {
            users: vec![
                user(
                    "0b7e2a35-6a31-4d6a-9f51-1c1f5a1d0001",
                    "ada@contoso.example",
                    "Ada",
                    "Lovelace",
                    "Ada.Lovelace",
                ),
                user(
                    "0b7e2a35-6a31-4d6a-9f51-1c1f5a1d0002",
                    "grace@contoso.example",
                    "Grace",
                    "Hopper",
                    "GraceH",
                ),
                // The admin who signs in (`ME`): "only me, for a first try" assigns them.
                user(crate::ME, crate::ADMIN_UPN, "Alex", "Wilber", "AlexW"),
            ],
            groups: vec![TenantGroup {
                id: "6c1d4e1f-0000-4000-8000-00000000a001".into(),
                display_name: "App users".into(),
            }],
            service_principals: Vec::new(),
            jobs: HashMap::new(),
            secrets: HashMap::new(),
            assignments: Vec::new(),
            seen: Vec::new(),
            replication_lag: 2,
            throttle_next: 0,
            role_missing: false,
            premium: true,
            logs: Vec::new(),
            grants: HashMap::new(),
            refuse_sign_in: None,
            device_codes: HashMap::new(),
            valid_tokens: vec![ACCESS_TOKEN.to_string()],
            refreshes: 0,
            applications: Vec::new(),
            app_service_principals: Vec::new(),
            granted_scopes: None,
            cloud_template: CUSTOM_APP_TEMPLATE.into(),
            graph_resource: "https://graph.microsoft.com".into(),
            backing_lag: 2,
            backing_lag_left: 0,
            lose_next_create: false,
            created_count: 0,
            assignment_delay: Duration::ZERO,
            on_demand_shape: OnDemandShape::TopLevel,
            on_demand_window: Duration::from_secs(10),
            on_demand_calls: Vec::new(),
            on_demand_throttled: 0,
            starts_while_running: 0,
            directories_as_relationship: false,
            exported: HashMap::new(),
            throttle_status: 429,
            throttle_retry_after: Some(1),
            counter: 0,
        }
    }
}

impl GraphState {
    pub(crate) fn next_id(&mut self) -> String {
        self.counter += 1;
        format!("00000000-0000-4000-8000-{:012x}", self.counter)
    }

    /// As an hour later: every access token handed out so far is refused (401
    /// `InvalidAuthenticationToken`); a refresh-token grant gives a new one.
    pub fn expire_access_tokens(&mut self) {
        self.valid_tokens.clear();
    }

    pub fn user(&self, upn: &str) -> Option<&TenantUser> {
        self.users
            .iter()
            .find(|u| u.user_principal_name.eq_ignore_ascii_case(upn) || u.id == upn)
    }

    /// Whether the token in use carries `scope` (a token from elsewhere carries all).
    pub fn token_has(&self, scope: &str) -> bool {
        self.granted_scopes.as_ref().is_none_or(|granted| {
            granted
                .iter()
                .any(|g| g.ends_with(&format!("/{scope}")) || g == scope)
        })
    }

    /// Whether the token's scopes were asked for this fake's Graph (short names mean Graph).
    pub(crate) fn audience_matches(&self) -> bool {
        self.granted_scopes.as_ref().is_none_or(|granted| {
            granted
                .iter()
                .filter(|s| s.contains("://"))
                .all(|s| s.starts_with(&self.graph_resource))
        })
    }

    /// Assigns a person or group directly, as if made `ago` earlier.
    pub fn assign(&mut self, sp: &str, principal: &str, ago: Duration) {
        self.assignments.push(Assignment {
            resource: sp.into(),
            principal: principal.into(),
            role: USER_ROLE.into(),
            created: Instant::now() - ago,
        });
    }

    /// The one job of a service principal (tests look at its schema).
    pub fn job(&self, sp: &str) -> Option<&FakeJob> {
        self.jobs.get(sp).and_then(|jobs| jobs.first())
    }
}

//! The tenant a fresh fake starts with: two people, one group, a premium licence, and the
//! replication lags Microsoft documents.

use std::collections::HashMap;
use std::time::Duration;

use crate::{
    ACCESS_TOKEN, CUSTOM_APP_TEMPLATE, GraphState, OnDemandShape, TenantGroup, TenantUser,
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

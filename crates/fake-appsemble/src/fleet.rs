//! A partner's many apps: organisations full of apps in every state the fleet view must tell
//! apart, and the hostile ones (an app whose SCIM endpoint never answers, a stored token the SCIM
//! endpoint refuses).

use std::collections::HashMap;

use serde_json::json;

use crate::FakeAppsemble;
use crate::state::{FakeApp, FakeOrg, ScimMember};

/// The first id the fleet's apps get (the three seeded apps keep theirs).
pub const FIRST_FLEET_APP: u64 = 1000;

/// Which seeded app is which, for assertions.
#[derive(Clone, Debug, Default)]
pub struct FleetSeed {
    pub organizations: Vec<String>,
    /// SCIM on with a token that works and a proper security definition.
    pub healthy: Vec<u64>,
    pub off: Vec<u64>,
    /// SCIM on and working, but no `security` section: Appsemble cannot create users.
    pub no_security: Vec<u64>,
    /// SCIM on, and the SCIM endpoint refuses the token Appsemble hands out.
    pub refused: Vec<u64>,
    /// The number of SCIM users of each app.
    pub users: HashMap<u64, u64>,
}

impl FakeAppsemble {
    /// Adds `organizations` organisations (the owner is Owner of each) holding `apps` apps between
    /// them: in every ten, six healthy, one off, one without security, one refusing its token and
    /// one healthy again.
    pub fn seed_fleet(&self, organizations: usize, apps: usize) -> FleetSeed {
        let mut seed = FleetSeed::default();
        self.with(|state| {
            for k in 0..organizations {
                let id = format!("customer-{k:03}");
                state.orgs.push(FakeOrg {
                    id: id.clone(),
                    name: format!("Customer {k}"),
                    members: HashMap::from([(1, "Owner".into())]),
                });
                seed.organizations.push(id);
            }
            for i in 0..apps {
                let id = FIRST_FLEET_APP + i as u64;
                let kind = i % 10;
                let users = (i % 4) as u64;
                let mut definition = json!({
                    "name": format!("Customer app {i}"),
                    "security": {"default": {"role": "User", "policy": "everyone"}, "roles": {"User": {}}},
                    "pages": []
                });
                match kind {
                    6 => seed.off.push(id),
                    7 => {
                        definition.as_object_mut().unwrap().remove("security");
                        seed.no_security.push(id);
                    }
                    8 => {
                        state.refused_tokens.insert(id);
                        seed.refused.push(id);
                    }
                    _ => seed.healthy.push(id),
                }
                seed.users.insert(id, users);
                let members = (0..users)
                    .map(|n| ScimMember {
                        id: format!("{id}-member-{n}"),
                        user_name: format!("person{n}@customer{i}.example"),
                        external_id: Some(format!("entra-{id}-{n}")),
                        active: true,
                        name: None,
                    })
                    .collect();
                state.apps.insert(
                    id,
                    FakeApp {
                        id,
                        org: seed.organizations[i % organizations].clone(),
                        path: format!("app-{i}"),
                        definition,
                        public: false,
                        scim_enabled: kind != 6,
                        scim_token: Some(format!("fleet-token-{id}-{}", uuid::Uuid::new_v4().simple())),
                        members,
                    },
                );
            }
        });
        seed
    }

    /// Makes every SCIM request to this app wait forever, as a hostile or broken app would.
    pub fn hang(&self, app_id: u64) {
        self.with(|state| state.hanging_apps.insert(app_id));
    }
}

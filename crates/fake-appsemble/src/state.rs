//! The fake's data: users, organisations, apps, issued tokens, what it has seen, and the seed.

use std::collections::{BTreeMap, HashMap};

use serde_json::{Value, json};

/// How the server treats SCIM writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteMode {
    /// Appsemble 0.37 as shipped: POST, PUT, valid PATCH and DELETE answer 500 (§8.1).
    Shipped,
    /// With the three server bugs fixed (§8.2).
    Fixed,
}

#[derive(Clone, Debug)]
pub struct FakeUser {
    pub id: u64,
    pub email: String,
    pub password: String,
}

#[derive(Clone, Debug)]
pub struct FakeOrg {
    pub id: String,
    pub name: String,
    /// user id → organisation role
    pub members: HashMap<u64, String>,
}

#[derive(Clone, Debug)]
pub struct ScimMember {
    pub id: String,
    pub user_name: String,
    pub external_id: Option<String>,
    pub active: bool,
    pub name: Option<String>,
}

#[derive(Clone, Debug)]
pub struct FakeApp {
    pub id: u64,
    pub org: String,
    pub path: String,
    pub definition: Value,
    pub public: bool,
    pub scim_enabled: bool,
    pub scim_token: Option<String>,
    pub members: Vec<ScimMember>,
}

#[derive(Clone, Debug)]
pub struct ClientCredential {
    pub id: String,
    pub secret: String,
    pub user: u64,
    pub scopes: Vec<String>,
    pub expired: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    Studio,
    Cli,
}

#[derive(Clone, Debug)]
pub(crate) struct Access {
    pub(crate) user: u64,
    pub(crate) kind: TokenKind,
}

/// One request the server received, for assertions.
#[derive(Clone, Debug)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub query: String,
    pub authorization: Option<String>,
    pub accept: Option<String>,
}

pub struct FakeState {
    pub mode: WriteMode,
    pub version: String,
    pub users: Vec<FakeUser>,
    pub orgs: Vec<FakeOrg>,
    pub apps: BTreeMap<u64, FakeApp>,
    pub client_credentials: Vec<ClientCredential>,
    pub(crate) access: HashMap<String, Access>,
    pub(crate) refresh: HashMap<String, u64>,
    pub seen: Vec<Seen>,
    pub logins: usize,
    pub refreshes: usize,
    /// Seconds the next issued access tokens claim to live (Appsemble: 3600).
    pub expires_in: u64,
    /// Makes DELETE answer 500 even in fixed mode, to test clean-up reporting.
    pub delete_fails: bool,
    /// Holds every PATCH this long before answering, so a test can stop a rehearsal half-way
    /// (after its user was created, before it was deleted).
    pub stall_patches: Option<std::time::Duration>,
    /// When false, `/api/health` answers 503 as a server without its database does.
    pub healthy: bool,
    /// Apps whose SCIM endpoint refuses the token the secrets endpoint hands out.
    pub refused_tokens: std::collections::BTreeSet<u64>,
    /// Apps whose SCIM requests never get an answer.
    pub hanging_apps: std::collections::BTreeSet<u64>,
    pub(crate) counter: u64,
}

pub const OWNER_EMAIL: &str = "owner@example.com";
pub const OWNER_PASSWORD: &str = "owner-password-1";
pub const MEMBER_EMAIL: &str = "member@example.com";
pub const MEMBER_PASSWORD: &str = "member-password-2";
pub const CLIENT_ID: &str = "0123456789abcdef0123456789abcdef";
pub const CLIENT_SECRET: &str = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";
/// An app with a proper security definition in an organisation where the owner is Owner.
pub const READY_APP: u64 = 42;
/// An app without a security definition.
pub const NO_SECURITY_APP: u64 = 43;
/// An app in an organisation where the owner only has the Member role.
pub const MEMBER_ONLY_APP: u64 = 44;

impl FakeState {
    pub(crate) fn seeded(mode: WriteMode) -> Self {
        let users = vec![
            FakeUser {
                id: 1,
                email: OWNER_EMAIL.into(),
                password: OWNER_PASSWORD.into(),
            },
            FakeUser {
                id: 2,
                email: MEMBER_EMAIL.into(),
                password: MEMBER_PASSWORD.into(),
            },
        ];
        let orgs = vec![
            FakeOrg {
                id: "acme".into(),
                name: "Acme".into(),
                members: HashMap::from([(1, "Owner".into()), (2, "Member".into())]),
            },
            FakeOrg {
                id: "beta".into(),
                name: "Beta Corp".into(),
                members: HashMap::from([(1, "Member".into())]),
            },
        ];
        let secured = json!({
            "name": "Notes",
            "defaultPage": "Home",
            "security": {"default": {"role": "User", "policy": "everyone"}, "roles": {"User": {}}},
            "pages": []
        });
        let mut apps = BTreeMap::new();
        for (id, org, path, definition, public) in [
            (READY_APP, "acme", "notes", secured.clone(), false),
            (
                NO_SECURITY_APP,
                "acme",
                "open-board",
                json!({"name": "Open Board", "pages": []}),
                true,
            ),
            (MEMBER_ONLY_APP, "beta", "beta-app", secured.clone(), false),
        ] {
            apps.insert(
                id,
                FakeApp {
                    id,
                    org: org.into(),
                    path: path.into(),
                    definition,
                    public,
                    scim_enabled: false,
                    scim_token: None,
                    members: Vec::new(),
                },
            );
        }
        Self {
            mode,
            version: "0.37.6".into(),
            users,
            orgs,
            apps,
            client_credentials: vec![ClientCredential {
                id: CLIENT_ID.into(),
                secret: CLIENT_SECRET.into(),
                user: 1,
                scopes: vec!["apps:write".into()],
                expired: false,
            }],
            access: HashMap::new(),
            refresh: HashMap::new(),
            seen: Vec::new(),
            logins: 0,
            refreshes: 0,
            expires_in: 3600,
            delete_fails: false,
            stall_patches: None,
            healthy: true,
            refused_tokens: Default::default(),
            hanging_apps: Default::default(),
            counter: 0,
        }
    }

    pub(crate) fn next_id(&mut self, prefix: &str) -> String {
        self.counter += 1;
        format!(
            "{prefix}-{:08}-{}",
            self.counter,
            uuid::Uuid::new_v4().simple()
        )
    }

    pub(crate) fn issue(&mut self, user: u64, kind: TokenKind, with_refresh: bool) -> Value {
        let access = self.next_id("access");
        self.access.insert(access.clone(), Access { user, kind });
        let mut body =
            json!({"access_token": access, "expires_in": self.expires_in, "token_type": "bearer"});
        if with_refresh {
            let refresh = self.next_id("refresh");
            self.refresh.insert(refresh.clone(), user);
            body["refresh_token"] = json!(refresh);
        }
        body
    }

    pub(crate) fn role_of(&self, user: u64, org: &str) -> Option<String> {
        self.orgs
            .iter()
            .find(|o| o.id == org)?
            .members
            .get(&user)
            .cloned()
    }

    /// Forgets all issued access tokens, as if they had expired.
    pub fn expire_access_tokens(&mut self) {
        self.access.clear();
    }

    /// Forgets access and refresh tokens: every session must sign in again.
    pub fn revoke_sessions(&mut self) {
        self.access.clear();
        self.refresh.clear();
    }
}

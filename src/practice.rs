//! Practice mode: the whole assistant against a pretend Appsemble server and a pretend Microsoft
//! identity platform and Graph, started inside this process on 127.0.0.1 — the test fakes, shipped
//! behind the default `practice` feature. Nothing can reach a real server: every address points at
//! the pretend ones, and the only credentials are the pretend owner's, filled in for the admin.

use std::sync::Arc;

use fake_appsemble::{FakeAppsemble, WriteMode};
use fake_graph::FakeGraph;

use crate::platform::Browser;
use crate::secret::Secret;

/// The pretend owner's sign-in (not a secret: it opens only the pretend server).
pub use fake_appsemble::{OWNER_EMAIL, OWNER_PASSWORD};
/// The app registration the practice sign-in uses (the pretend platform takes any client id).
pub const PRACTICE_CLIENT_ID: &str = "00000000-0000-4000-8000-0000000000fe";

/// Pretend customers' organisations and apps, in every state the fleet view tells apart.
pub const PRACTICE_CUSTOMERS: usize = 2;
pub const PRACTICE_CUSTOMER_APPS: usize = 10;
/// The admin's own app, chosen for them (the customers' apps are there to look at).
pub use fake_appsemble::READY_APP as PRACTICE_APP;

/// The two pretend services, alive as long as this value.
pub struct PracticeWorld {
    pub appsemble: FakeAppsemble,
    pub graph: FakeGraph,
    /// Practice progress lives here, and goes with the world.
    dir: std::path::PathBuf,
}

impl Drop for PracticeWorld {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl PracticeWorld {
    /// Starts both on `runtime`. `shipped` plays Appsemble 0.37 as it ships (SCIM writes answer 500),
    /// so the verdicts are the ones a real admin meets today.
    pub fn start(runtime: &tokio::runtime::Handle, shipped: bool) -> Self {
        let mode = if shipped {
            WriteMode::Shipped
        } else {
            WriteMode::Fixed
        };
        runtime.block_on(async {
            let appsemble = FakeAppsemble::start(mode).await;
            // A partner's customers beside the admin's own app, for "All your SCIM apps".
            appsemble.seed_fleet(PRACTICE_CUSTOMERS, PRACTICE_CUSTOMER_APPS);
            let graph = FakeGraph::start().await;
            let dir = std::env::temp_dir()
                .join(format!("scim-assistant-practice-{}", uuid::Uuid::new_v4()));
            Self {
                appsemble,
                graph,
                dir,
            }
        })
    }

    /// Where practice keeps its progress (never the real progress file).
    pub fn progress_file(&self) -> std::path::PathBuf {
        self.dir.join("progress.json")
    }

    pub fn appsemble_origin(&self) -> String {
        self.appsemble.origin()
    }

    pub fn microsoft(&self, pages: (&'static str, &'static str)) -> crate::worker::MicrosoftSetup {
        crate::worker::MicrosoftSetup {
            login_base: self.graph.login_base(),
            graph_base: self.graph.base(),
            pages,
        }
    }

    pub fn owner_password() -> Secret {
        Secret::new(OWNER_PASSWORD)
    }

    /// What the window's "as Appsemble 0.37 ships" switch calls: the pretend server's SCIM
    /// writes answer 500 (shipped) or work (fixed), from the next request on.
    pub fn shipped_switch(&self) -> Arc<dyn Fn(bool) + Send + Sync> {
        let state = self.appsemble.state.clone();
        Arc::new(move |shipped| {
            if let Ok(mut state) = state.lock() {
                state.mode = if shipped {
                    WriteMode::Shipped
                } else {
                    WriteMode::Fixed
                };
            }
        })
    }
}

/// The practice "browser": a pretend page answers at once. The Microsoft sign-in page sends the
/// browser back to this program; the pretend studio hands the pretend owner's client credentials to
/// this program, as the real studio does. It opens nothing else (no real page in practice).
pub struct PracticeBrowser {
    runtime: tokio::runtime::Handle,
    login_base: String,
    studio: String,
}

impl PracticeBrowser {
    pub fn new(runtime: tokio::runtime::Handle, world: &PracticeWorld) -> Arc<Self> {
        Arc::new(Self {
            runtime,
            login_base: world.graph.login_base(),
            studio: world.appsemble_origin(),
        })
    }

    /// The studio's client-credentials page: POSTs `{"credentials": "id:secret"}` with the
    /// studio's `Origin` to the callback port this program listens on (browser_login.rs).
    fn hand_over(&self, url: &str) -> bool {
        let Some(port) = url::Url::parse(url).ok().and_then(|u| {
            u.query_pairs()
                .find(|(k, _)| k == "callback")
                .and_then(|(_, v)| v.parse::<u16>().ok())
        }) else {
            return false;
        };
        let origin = self.studio.clone();
        self.runtime.spawn(async move {
            let pair = format!(
                "{}:{}",
                fake_appsemble::CLIENT_ID,
                fake_appsemble::CLIENT_SECRET
            );
            let _ = reqwest::Client::new()
                .post(format!("http://127.0.0.1:{port}/"))
                .header(reqwest::header::ORIGIN, origin)
                .json(&serde_json::json!({ "credentials": pair }))
                .send()
                .await;
        });
        true
    }
}

impl Browser for PracticeBrowser {
    fn open(&self, url: &str) -> bool {
        // By origin, never by text prefix (`:3287` is not `:32871`).
        let origin_of = |address: &str| url::Url::parse(address).ok().map(|u| u.origin());
        let Some(origin) = origin_of(url) else {
            return false;
        };
        if Some(&origin) == origin_of(&self.studio).as_ref() {
            return self.hand_over(url);
        }
        if Some(&origin) != origin_of(&self.login_base).as_ref() {
            return false;
        }
        let url = url.to_string();
        self.runtime.spawn(async move {
            let Ok(http) = reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
            else {
                return;
            };
            let Ok(answer) = http.get(&url).send().await else {
                return;
            };
            let back = crate::net::header_text(&answer, reqwest::header::LOCATION);
            // The loopback redirect names `localhost`; this program listens on 127.0.0.1.
            let back = back.replacen("http://localhost:", "http://127.0.0.1:", 1);
            if back.starts_with("http://127.0.0.1:") {
                let _ = http.get(&back).send().await;
            }
        });
        true
    }
}

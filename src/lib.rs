//! Appsemble SCIM Setup Assistant: connects Microsoft Entra ID provisioning to an Appsemble app and
//! tests the connection the way Entra will, before anything is pasted into Azure.
//!
//! The core modules (`address`, `appsemble`, `graph`, `probe`, `diagnostics`, `enable`, `watch`, …;
//! ARCHITECTURE.md lists them) know nothing of any user interface; `wizard` is the state machine,
//! `worker` runs its commands, `ui` and `cli` show the results and `messages` holds every sentence.

pub mod address;

/// This build's version and, when built from git, its commit: `0.1.0 (1a2b3c4d5e)` (build.rs).
pub const VERSION: &str = env!("SCIM_ASSISTANT_VERSION");
pub mod appsemble;
pub mod browser_login;
pub mod cli;
pub mod credentials;
pub mod diagnostics;
pub mod enable;
pub mod entry;
pub mod fleet;
pub mod graph;
pub mod handoff;
pub mod i18n;
pub mod mappings;
pub mod messages;
pub mod net;
pub mod platform;
#[cfg(feature = "practice")]
pub mod practice;
pub mod probe;
pub mod report;
pub mod rotate;
pub mod secret;
pub mod token;
pub mod ui;
pub mod watch;
pub mod wizard;
pub mod worker;

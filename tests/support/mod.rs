//! What several test binaries share besides the fake servers (which are the workspace crates
//! `fake-appsemble` and `hostile-servers`). Each binary uses a part of it.

#![allow(dead_code)]

/// A secret value that must never show up in output, logs or errors.
pub const SENTINEL_TOKEN: &str = "SENTINELtokenQx7Vb2Np9Lk4Rt6Wm8Zc1Yd3Hf5";

/// A keyring that keeps nothing, so tests never touch the real one.
pub struct NoKeyring;

impl scim_assistant::credentials::SecretStore for NoKeyring {
    fn find(&self, _service: &str) -> Vec<(String, scim_assistant::secret::Secret)> {
        Vec::new()
    }
    fn save(
        &self,
        _service: &str,
        _account: &str,
        _secret: &scim_assistant::secret::Secret,
    ) -> bool {
        false
    }
}

/// The window's set-up for tests: no keyring, a recording browser, an in-memory clipboard.
/// Tests that need to look at the browser or clipboard replace those fields.
pub fn app_setup(
    runtime: &tokio::runtime::Runtime,
    progress: scim_assistant::wizard::ProgressStore,
) -> scim_assistant::ui::AppSetup {
    scim_assistant::ui::AppSetup {
        runtime: runtime.handle().clone(),
        tls: scim_assistant::net::TlsSettings::default(),
        secret_store: std::sync::Arc::new(NoKeyring),
        browser: std::sync::Arc::new(scim_assistant::platform::RecordingBrowser::default()),
        clipboard: Box::new(scim_assistant::platform::MemoryClipboard::default()),
        progress,
        watch_every: std::time::Duration::from_secs(10),
        practice: None,
        practice_launcher: std::sync::Arc::new(|| true),
        microsoft: scim_assistant::ui::microsoft_setup(),
    }
}
pub mod cli;
pub mod express;
pub mod graph;
#[cfg(feature = "practice")]
pub mod practice;
pub mod probe;
pub mod source;
pub mod window;

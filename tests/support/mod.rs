#![allow(dead_code)]

pub mod fake_appsemble;
pub mod hostile;

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

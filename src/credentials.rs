//! Where Appsemble sign-in details come from when nobody types them: environment variables, then
//! the OS keyring entry the Appsemble CLI writes (`appsemble login`).

use std::collections::HashMap;

use crate::address::{AddressError, DEFAULT_SERVER, ServerAddress};
use crate::appsemble::Credentials;
use crate::secret::Secret;

/// The OS keyring (or a fake in tests). Only client credentials are ever stored, never passwords or
/// SCIM tokens.
pub trait SecretStore: Send + Sync {
    /// Every `(account, secret)` pair kept under `service`.
    fn find(&self, service: &str) -> Vec<(String, Secret)>;
    /// Stores one secret; returns false when the platform has no usable keyring.
    fn save(&self, service: &str, account: &str, secret: &Secret) -> bool;
    /// The secret kept for one known account. Blocks (an unlock prompt may appear): call it off
    /// the UI thread.
    fn get(&self, service: &str, account: &str) -> Option<Secret> {
        self.find(service)
            .into_iter()
            .find_map(|(id, secret)| (id == account).then_some(secret))
    }
}

/// No keyring at all: nothing is kept or found (practice mode, where nothing real is stored).
pub struct NoSecretStore;

impl SecretStore for NoSecretStore {
    fn find(&self, _service: &str) -> Vec<(String, Secret)> {
        Vec::new()
    }

    fn save(&self, _service: &str, _account: &str, _secret: &Secret) -> bool {
        false
    }
}

/// The platform keyring: Secret Service on Linux, Keychain on macOS, Credential Manager on Windows.
/// Every failure (no D-Bus session, locked keyring, no search support) reads as "nothing stored".
pub struct OsKeyring;

impl SecretStore for OsKeyring {
    fn find(&self, service: &str) -> Vec<(String, Secret)> {
        if keyring::Entry::store_status().is_err() {
            return Vec::new();
        }
        let spec = HashMap::from([("service", service)]);
        let Ok(entries) = keyring_core::Entry::search(&spec) else {
            return Vec::new();
        };
        entries
            .iter()
            .filter_map(|entry| {
                let account = entry.get_attributes().ok()?.get("username")?.clone();
                let secret = Secret::new(entry.get_password().ok()?);
                Some((account, secret))
            })
            .collect()
    }

    fn save(&self, service: &str, account: &str, secret: &Secret) -> bool {
        keyring::Entry::new(service, account)
            .and_then(|entry| entry.set_password(secret.expose()))
            .is_ok()
    }

    /// A direct lookup by service and account, which every store keyring supports (search is
    /// store-specific and may be missing on Windows or macOS).
    fn get(&self, service: &str, account: &str) -> Option<Secret> {
        if keyring::Entry::store_status().is_err() {
            return None;
        }
        keyring::Entry::new(service, account)
            .and_then(|entry| entry.get_password())
            .ok()
            .map(Secret::new)
    }
}

/// Why no credentials could be found.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum CredentialsError {
    #[error("no Appsemble credentials were found")]
    NotFound,
    #[error("APPSEMBLE_CLIENT_CREDENTIALS is not in the form id:secret")]
    MalformedClientPair,
}

/// The one server that sign-in details from the environment belong to: the one named explicitly
/// (`--server`), else `APPSEMBLE_SERVER`, else the Appsemble CLI's default remote. Never a server
/// taken from a pasted Tenant URL, so that a URL from a stranger cannot draw the password to itself.
pub fn credentials_server(
    explicit: Option<&str>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<ServerAddress, AddressError> {
    let named = explicit
        .map(str::to_string)
        .or_else(|| env("APPSEMBLE_SERVER").filter(|v| !v.trim().is_empty()));
    ServerAddress::parse(named.as_deref().unwrap_or(DEFAULT_SERVER))
}

/// Finds credentials in the same order the Appsemble CLI does, with email sign-in first because it
/// can do more (list apps, read the current token).
pub fn find_credentials(
    env: impl Fn(&str) -> Option<String>,
    store: Option<&dyn SecretStore>,
    server: &ServerAddress,
) -> Result<Credentials, CredentialsError> {
    let present = |name: &str| env(name).filter(|v| !v.is_empty());
    if let (Some(email), Some(password)) =
        (present("APPSEMBLE_EMAIL"), present("APPSEMBLE_PASSWORD"))
    {
        return Ok(Credentials::Password {
            email,
            password: Secret::new(password),
        });
    }
    if let Some(pair) = present("APPSEMBLE_CLIENT_CREDENTIALS") {
        return Credentials::from_client_pair(&pair).ok_or(CredentialsError::MalformedClientPair);
    }
    let stored = store
        .map(|s| s.find(&server.keyring_service()))
        .unwrap_or_default();
    let (id, secret) = stored
        .into_iter()
        .next()
        .ok_or(CredentialsError::NotFound)?;
    tracing::debug!(client_id = %id, "using client credentials from the OS keyring");
    Ok(Credentials::ClientCredentials { id, secret })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[derive(Default)]
    struct FakeStore(Mutex<Vec<(String, String, Secret)>>);

    impl SecretStore for FakeStore {
        fn find(&self, service: &str) -> Vec<(String, Secret)> {
            let all = self.0.lock().unwrap();
            all.iter()
                .filter(|(s, _, _)| s == service)
                .map(|(_, a, secret)| (a.clone(), secret.clone()))
                .collect()
        }
        fn save(&self, service: &str, account: &str, secret: &Secret) -> bool {
            self.0
                .lock()
                .unwrap()
                .push((service.into(), account.into(), secret.clone()));
            true
        }
    }

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| map.get(name).cloned()
    }

    #[test]
    fn credentials_belong_to_the_named_server_then_the_environment_then_the_default() {
        let env = env_of(&[("APPSEMBLE_SERVER", "https://self-hosted.example")]);
        let origin = |s: Result<ServerAddress, AddressError>| s.unwrap().origin();
        assert_eq!(
            origin(credentials_server(
                Some("https://named.example/en/apps/3"),
                &env
            )),
            "https://named.example"
        );
        assert_eq!(
            origin(credentials_server(None, &env)),
            "https://self-hosted.example"
        );
        assert_eq!(
            origin(credentials_server(None, env_of(&[]))),
            "https://appsemble.app"
        );
        assert_eq!(
            credentials_server(
                None,
                env_of(&[("APPSEMBLE_SERVER", "http://appsemble.app")])
            ),
            Err(AddressError::InsecureHttp("appsemble.app".into()))
        );
    }

    #[test]
    fn email_sign_in_wins_then_client_pair_then_keyring() {
        let server = ServerAddress::parse("https://appsemble.app").unwrap();
        let store = FakeStore::default();
        store.save("appsemble://appsemble.app", "abc", &Secret::new("kept"));

        let both = env_of(&[
            ("APPSEMBLE_EMAIL", "a@b.c"),
            ("APPSEMBLE_PASSWORD", "pw"),
            ("APPSEMBLE_CLIENT_CREDENTIALS", "id:sec"),
        ]);
        let found = find_credentials(both, Some(&store), &server).unwrap();
        assert!(found.is_email_sign_in());

        let pair = env_of(&[("APPSEMBLE_CLIENT_CREDENTIALS", "id:sec")]);
        match find_credentials(pair, Some(&store), &server).unwrap() {
            Credentials::ClientCredentials { id, secret } => {
                assert_eq!((id.as_str(), secret.expose()), ("id", "sec"))
            }
            other => panic!("{other:?}"),
        }

        match find_credentials(env_of(&[]), Some(&store), &server).unwrap() {
            Credentials::ClientCredentials { id, secret } => {
                assert_eq!((id.as_str(), secret.expose()), ("abc", "kept"))
            }
            other => panic!("{other:?}"),
        }

        let other_server = ServerAddress::parse("https://example.com").unwrap();
        assert_eq!(
            find_credentials(env_of(&[]), Some(&store), &other_server).unwrap_err(),
            CredentialsError::NotFound
        );
        assert_eq!(
            find_credentials(
                env_of(&[("APPSEMBLE_CLIENT_CREDENTIALS", "nocolon")]),
                None,
                &server
            )
            .unwrap_err(),
            CredentialsError::MalformedClientPair
        );
    }
}

//! The Appsemble client and the enable flow against the fake server over real HTTP.

mod support;

use fake_appsemble::*;
use scim_assistant::address::ServerAddress;
use scim_assistant::appsemble::{
    AppsembleClient, AppsembleError, Credentials, SecurityCheck, SecurityProblem,
};
use scim_assistant::enable::{EnableError, enable_scim};
use scim_assistant::net::TlsSettings;
use scim_assistant::secret::Secret;

fn client(server: &FakeAppsemble, credentials: Credentials) -> AppsembleClient {
    let address = ServerAddress::parse(&server.origin()).unwrap();
    AppsembleClient::new(address, credentials, &TlsSettings::default()).unwrap()
}

fn password(email: &str, password: &str) -> Credentials {
    Credentials::Password {
        email: email.into(),
        password: Secret::new(password),
    }
}

fn client_pair() -> Credentials {
    Credentials::from_client_pair(&format!("{CLIENT_ID}:{CLIENT_SECRET}")).unwrap()
}

#[tokio::test]
async fn wrong_password_and_wrong_client_credentials_are_told_apart() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    let wrong = client(&server, password(OWNER_EMAIL, "nope"));
    assert!(matches!(
        wrong.sign_in().await,
        Err(AppsembleError::WrongEmailOrPassword)
    ));

    let bad_pair = Credentials::from_client_pair(&format!("{CLIENT_ID}:wrong")).unwrap();
    let wrong = client(&server, bad_pair);
    assert!(matches!(
        wrong.sign_in().await,
        Err(AppsembleError::ClientCredentialsRejected)
    ));

    server.with(|s| s.client_credentials[0].expired = true);
    let expired = client(&server, client_pair());
    assert!(matches!(
        expired.sign_in().await,
        Err(AppsembleError::ClientCredentialsExpired)
    ));

    server.with(|s| {
        s.client_credentials[0].expired = false;
        s.client_credentials[0].scopes = vec!["blocks:write".into()];
    });
    let no_scope = client(&server, client_pair());
    assert!(matches!(
        no_scope.sign_in().await,
        Err(AppsembleError::ClientCredentialsMissingScope)
    ));
}

#[tokio::test]
async fn apps_are_listed_with_who_may_change_them() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    let owner = client(&server, password(OWNER_EMAIL, OWNER_PASSWORD));
    let choices = owner.app_choices().await.unwrap();
    let summary: Vec<(u64, String, bool)> = choices
        .iter()
        .map(|c| (c.app.id, c.organization.role.clone(), c.may_change_secrets))
        .collect();
    assert_eq!(
        summary,
        vec![
            (READY_APP, "Owner".into(), true),
            (NO_SECURITY_APP, "Owner".into(), true),
            (MEMBER_ONLY_APP, "Member".into(), false),
        ]
    );
    assert_eq!(choices[0].app.name(), "Notes");
    assert_eq!(choices[0].organization.display_name(), "Acme");

    let cli = client(&server, client_pair());
    assert!(matches!(
        cli.app_choices().await,
        Err(AppsembleError::NeedsEmailSignIn)
    ));
}

#[tokio::test]
async fn enable_switches_scim_on_with_a_new_strong_token() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    let owner = client(&server, password(OWNER_EMAIL, OWNER_PASSWORD));
    let outcome = enable_scim(&owner, READY_APP, false).await.unwrap();
    assert!(outcome.enabled && outcome.token_created);
    assert_eq!(outcome.had_token_before, Some(false));
    assert_eq!(
        outcome.tenant_url,
        format!("{}/api/apps/{READY_APP}/scim", server.origin())
    );
    assert!(outcome.token.expose().len() >= 32);
    assert_eq!(
        outcome.security,
        SecurityCheck::Ready {
            default_role: "User".into()
        }
    );
    let stored = server.app(READY_APP);
    assert!(stored.scim_enabled);
    assert_eq!(stored.scim_token.as_deref(), Some(outcome.token.expose()));
}

#[tokio::test]
async fn keep_token_keeps_the_stored_one_and_replacing_changes_it() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    server.enable_scim(READY_APP, "existing-token-value-1234567890");
    server.with(|s| s.apps.get_mut(&READY_APP).unwrap().scim_enabled = false);
    let owner = client(&server, password(OWNER_EMAIL, OWNER_PASSWORD));

    let kept = enable_scim(&owner, READY_APP, true).await.unwrap();
    assert!(!kept.token_created);
    assert_eq!(kept.token.expose(), "existing-token-value-1234567890");
    assert!(server.app(READY_APP).scim_enabled);

    let replaced = enable_scim(&owner, READY_APP, false).await.unwrap();
    assert!(replaced.token_created);
    assert_eq!(replaced.had_token_before, Some(true));
    assert_ne!(replaced.token.expose(), "existing-token-value-1234567890");
    assert_eq!(
        server.app(READY_APP).scim_token.as_deref(),
        Some(replaced.token.expose())
    );
}

#[tokio::test]
async fn client_credentials_enable_with_a_new_token_even_when_asked_to_keep() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    server.enable_scim(READY_APP, "existing-token-value-1234567890");
    let cli = client(&server, client_pair());
    let outcome = enable_scim(&cli, READY_APP, true).await.unwrap();
    assert!(outcome.token_created);
    assert_eq!(outcome.had_token_before, None);
    // The app is private and a cli token counts as anonymous: the definition cannot be read.
    assert_eq!(outcome.security, SecurityCheck::Hidden);
    assert_eq!(
        server.app(READY_APP).scim_token.as_deref(),
        Some(outcome.token.expose())
    );
}

#[tokio::test]
async fn an_app_without_security_is_stopped_before_any_change() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    let owner = client(&server, password(OWNER_EMAIL, OWNER_PASSWORD));
    let result = enable_scim(&owner, NO_SECURITY_APP, false).await;
    assert!(matches!(
        result,
        Err(EnableError::SecurityMissing(SecurityProblem::NoSecurity))
    ));
    let app = server.app(NO_SECURITY_APP);
    assert!(!app.scim_enabled && app.scim_token.is_none());
}

#[tokio::test]
async fn roles_and_membership_are_reported_precisely() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    let owner = client(&server, password(OWNER_EMAIL, OWNER_PASSWORD));
    let result = enable_scim(&owner, MEMBER_ONLY_APP, false).await;
    assert!(
        matches!(
            result,
            Err(EnableError::Appsemble(AppsembleError::RoleTooLow {
                app_id: MEMBER_ONLY_APP
            }))
        ),
        "{result:?}"
    );

    let member = client(&server, password(MEMBER_EMAIL, MEMBER_PASSWORD));
    let result = enable_scim(&member, MEMBER_ONLY_APP, false).await;
    assert!(
        matches!(
            result,
            Err(EnableError::Appsemble(AppsembleError::NotAMember { .. }))
        ),
        "{result:?}"
    );

    let result = enable_scim(&owner, 999_999, false).await;
    assert!(
        matches!(
            result,
            Err(EnableError::Appsemble(AppsembleError::AppNotFound {
                app_id: 999_999
            }))
        ),
        "{result:?}"
    );
    assert!(!server.app(MEMBER_ONLY_APP).scim_enabled);
}

#[tokio::test]
async fn the_session_is_renewed_before_the_hour_runs_out() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    // Tokens that claim to live only 60 s are inside the renewal margin at once.
    server.with(|s| s.expires_in = 60);
    let owner = client(&server, password(OWNER_EMAIL, OWNER_PASSWORD));
    owner.sign_in().await.unwrap();
    owner.organizations().await.unwrap();
    owner.organizations().await.unwrap();
    let (logins, refreshes) = server.with(|s| (s.logins, s.refreshes));
    assert_eq!(logins, 1, "the password is used once");
    assert_eq!(
        refreshes, 2,
        "each later call renewed with the refresh token"
    );

    // With long-lived tokens nothing is renewed.
    server.with(|s| s.expires_in = 3600);
    owner.organizations().await.unwrap();
    owner.organizations().await.unwrap();
    assert_eq!(server.with(|s| s.refreshes), 3);
}

#[tokio::test]
async fn a_server_that_redirects_is_not_followed() {
    use hostile_servers::{HostileServer, response};
    let redirect = response(
        "301 Moved Permanently",
        "text/plain",
        "",
        "location: https://appsemble.app/api/auth/email/login\r\n",
    );
    let server = HostileServer::plain(redirect).await;
    let address = ServerAddress::parse(&server.url("http", "127.0.0.1", "")).unwrap();
    let owner = AppsembleClient::new(
        address,
        password(OWNER_EMAIL, OWNER_PASSWORD),
        &TlsSettings::default(),
    )
    .unwrap();
    match owner.sign_in().await {
        Err(AppsembleError::Redirected { location }) => {
            assert_eq!(location, "https://appsemble.app/api/auth/email/login")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(server.heads().len(), 1);
}

#[tokio::test]
async fn a_token_the_server_no_longer_takes_is_renewed_once_and_the_call_goes_through() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    server.enable_scim(READY_APP, "stored");
    let owner = client(&server, password(OWNER_EMAIL, OWNER_PASSWORD));
    owner.sign_in().await.unwrap();

    // As after a laptop slept past the token's hour: the client still believes in its token.
    server.with(|s| s.expire_access_tokens());
    owner.organizations().await.unwrap();
    server.with(|s| s.expire_access_tokens());
    let app = owner.app(READY_APP).await.unwrap();
    assert_eq!(app.id, READY_APP, "not reported as a private app");
    server.with(|s| s.expire_access_tokens());
    assert!(owner.scim_secret(READY_APP).await.unwrap().enabled);
    server.with(|s| s.expire_access_tokens());
    owner
        .update_scim_secret(READY_APP, Some(true), None)
        .await
        .unwrap();
    let (logins, refreshes) = server.with(|s| (s.logins, s.refreshes));
    assert_eq!(
        (logins, refreshes),
        (1, 4),
        "renewed with the refresh token"
    );

    // Refresh refused too: the password signs in again without bothering the admin.
    server.with(|s| s.revoke_sessions());
    owner.organizations().await.unwrap();
    assert_eq!(server.with(|s| s.logins), 2);

    // And when even that fails, the session is over, said as such.
    server.with(|s| {
        s.revoke_sessions();
        s.users[0].password = "changed elsewhere".into();
    });
    match owner.app(READY_APP).await {
        Err(AppsembleError::WrongEmailOrPassword) => {}
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn an_absurd_token_lifetime_neither_panics_nor_lasts_forever() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    server.with(|s| s.expires_in = u64::MAX);
    let owner = client(&server, password(OWNER_EMAIL, OWNER_PASSWORD));
    owner.sign_in().await.unwrap();
    owner.organizations().await.unwrap();
    assert_eq!(server.with(|s| s.logins), 1);
}

//! Signing in with Microsoft (PKCE, loopback, device code, renewal) and "Set up access for this
//! tenant" against the fake identity platform, which is as strict as Microsoft documents.

mod support;

use std::time::Duration;

use fake_appsemble::WriteMode;
use fake_graph::{ACCESS_TOKEN, FakeGraph};
use scim_assistant::graph::{GraphClient, RetryPolicy, StepId, connect};
use scim_assistant::secret::Secret;
use support::graph::{
    browse, fast, finding, options, sign_in_config, sign_in_through_browser, world,
};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_in_with_microsoft_uses_pkce_state_and_a_loopback_redirect() {
    use scim_assistant::graph::PendingSignIn;
    let fake = FakeGraph::start().await;
    let pending = PendingSignIn::start(sign_in_config(&fake)).await.unwrap();
    let url = url::Url::parse(&pending.url).unwrap();
    let query: std::collections::HashMap<String, String> = url.query_pairs().into_owned().collect();
    assert_eq!(query["code_challenge_method"], "S256");
    assert!(query["redirect_uri"].starts_with("http://localhost:"));
    assert!(query["scope"].contains("Synchronization.ReadWrite.All"));
    let port: u16 = query["redirect_uri"]
        .rsplit(':')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let authorize = pending.url.clone();
    let finishing = tokio::spawn(async move {
        pending
            .finish(&reqwest::Client::new(), Duration::from_secs(30))
            .await
    });
    // A page that guesses the port but not the state is turned away, and the sign-in goes on.
    let stranger = reqwest::get(format!("http://127.0.0.1:{port}/?code=stolen&state=guess"))
        .await
        .unwrap();
    assert_eq!(stranger.status(), 400);
    browse(&authorize).await;
    let token = finishing.await.unwrap().unwrap();
    assert_eq!(token.access.expose(), ACCESS_TOKEN);
    assert!(
        format!("{token:?}").contains("[redacted]"),
        "tokens never print"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_sign_in_is_explained_by_its_aadsts_code() {
    use scim_assistant::graph::MicrosoftSignInError;
    let fake = FakeGraph::start().await;
    fake.with(|s| s.refuse_sign_in = Some("AADSTS65001".into()));
    let error = sign_in_through_browser(sign_in_config(&fake))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, MicrosoftSignInError::Refused { code, .. } if code == "AADSTS65001"),
        "{error:?}"
    );
    let words =
        scim_assistant::messages::entra::explain_sign_in_in(&error, scim_assistant::i18n::Lang::En);
    assert!(words.summary.contains("consent"), "{words:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_device_code_fallback_works_and_any_failure_says_use_the_browser() {
    use scim_assistant::graph::{MicrosoftSignInError, sign_in_with_device_code};
    let fake = FakeGraph::start().await;
    let mut shown = None;
    let token =
        sign_in_with_device_code(&sign_in_config(&fake), &reqwest::Client::new(), |prompt| {
            shown = Some(prompt)
        })
        .await
        .unwrap();
    assert_eq!(token.access.expose(), ACCESS_TOKEN);
    let prompt = shown.unwrap();
    assert_eq!(prompt.user_code, "FAKE-CODE");
    assert_eq!(prompt.verification_uri, "https://microsoft.com/devicelogin");

    fake.with(|s| s.refuse_sign_in = Some("AADSTS7000218".into()));
    let error = sign_in_with_device_code(&sign_in_config(&fake), &reqwest::Client::new(), |_| {})
        .await
        .unwrap_err();
    assert!(
        matches!(error, MicrosoftSignInError::DeviceCodeUnavailable { .. }),
        "{error:?}"
    );
    let words =
        scim_assistant::messages::entra::explain_sign_in_in(&error, scim_assistant::i18n::Lang::En);
    assert!(words.fix.contains("browser sign-in"), "{words:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_microsoft_sign_in_says_sign_in_again() {
    let (server, fake) = world(WriteMode::Fixed).await;
    let expired = GraphClient::new(
        &fake.base(),
        Secret::new("an-hour-old-token"),
        reqwest::Client::new(),
        RetryPolicy::default(),
    );
    let report = connect(&expired, &options(&server)).await;
    let words = scim_assistant::messages::entra::explain_in(
        &finding(&report, StepId::App),
        scim_assistant::i18n::Lang::En,
    );
    assert!(words.summary.contains("sign-in has expired"), "{words:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sign_in_older_than_an_hour_is_renewed_with_its_refresh_token() {
    use scim_assistant::graph::renewal;
    let (server, fake) = world(WriteMode::Fixed).await;
    let token = sign_in_through_browser(sign_in_config(&fake))
        .await
        .unwrap();
    let refresh = token.refresh.expect("offline_access gives a refresh token");
    let graph =
        GraphClient::new(&fake.base(), token.access, reqwest::Client::new(), fast()).with_renewal(
            renewal(sign_in_config(&fake), refresh, reqwest::Client::new()),
        );
    fake.with(|s| s.expire_access_tokens());
    let report = connect(&graph, &options(&server)).await;
    assert!(report.ok(), "{report:#?}");
    assert_eq!(fake.with(|s| s.refreshes), 1, "renewed once, then went on");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn set_up_access_makes_a_single_tenant_app_that_signs_in_at_its_tenant() {
    use scim_assistant::graph::{
        AccessOutcome, MicrosoftSignInError, PERMISSIONS, set_up_tenant_access,
    };
    let fake = FakeGraph::start().await;
    // Right after the app is made, `POST /servicePrincipals` answers 400 NoBackingApplicationObject.
    fake.with(|s| s.backing_lag = 3);
    let access = set_up_tenant_access(&support::graph::graph(&fake), None, false)
        .await
        .unwrap();
    assert_eq!(
        access.tenant_id,
        fake_graph::TENANT_ID,
        "from GET /organization"
    );
    assert_eq!(access.outcome, AccessOutcome::Created);
    fake.with(|s| {
        assert_eq!(s.applications.len(), 1);
        let app = &s.applications[0];
        assert_eq!(app["signInAudience"], "AzureADMyOrg", "single tenant");
        assert_eq!(
            app["isFallbackPublicClient"], false,
            "no device code unless asked"
        );
        assert_eq!(
            app["publicClient"]["redirectUris"],
            serde_json::json!(["http://localhost"])
        );
        let access = app["requiredResourceAccess"][0]["resourceAccess"]
            .as_array()
            .unwrap();
        assert_eq!(
            access.len(),
            PERMISSIONS.len(),
            "exactly the table's permissions"
        );
        assert_eq!(
            s.app_service_principals.len(),
            1,
            "the replication 400 was waited out"
        );
    });
    assert!(
        !fake
            .seen()
            .iter()
            .any(|s| s.path.contains("oauth2PermissionGrants")),
        "nothing is granted silently: Microsoft's consent screen shows it"
    );

    // On `/organizations` Microsoft refuses a single-tenant app (AADSTS50194)...
    let mut config = sign_in_config(&fake);
    config.client_id = access.client_id.clone();
    let error = sign_in_through_browser(config.clone()).await.unwrap_err();
    assert!(
        matches!(&error, MicrosoftSignInError::Refused { code, .. } if code == "AADSTS50194"),
        "{error:?}"
    );
    let words =
        scim_assistant::messages::entra::explain_sign_in_in(&error, scim_assistant::i18n::Lang::En);
    assert!(
        words.summary.contains("belongs to one organisation"),
        "{words:?}"
    );
    // ...and takes it at its own tenant, which is what the assistant uses.
    config.tenant = access.tenant_id.clone();
    assert!(sign_in_through_browser(config).await.is_ok());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn set_up_access_reuses_only_the_recorded_app_after_checking_it() {
    use scim_assistant::graph::{AccessOutcome, Untrusted, set_up_tenant_access};
    let fake = FakeGraph::start().await;
    let graph = support::graph::graph(&fake);
    let first = set_up_tenant_access(&graph, None, false).await.unwrap();
    // Recorded and unchanged: used again.
    let again = set_up_tenant_access(&graph, Some(&first.client_id), false)
        .await
        .unwrap();
    assert_eq!(
        (again.client_id.as_str(), again.outcome),
        (first.client_id.as_str(), AccessOutcome::Reused)
    );
    // A permission missing from an older version: brought up to date, not left stale.
    fake.with(|s| {
        let access = &mut s.applications[0]["requiredResourceAccess"][0]["resourceAccess"];
        access.as_array_mut().unwrap().pop();
    });
    let updated = set_up_tenant_access(&graph, Some(&first.client_id), false)
        .await
        .unwrap();
    assert_eq!(updated.outcome, AccessOutcome::PermissionsUpdated);
    // Someone added a secret: it could sign in as this app, so a new one is made.
    fake.with(|s| s.applications[0]["passwordCredentials"] = serde_json::json!([{"keyId": "x"}]));
    let replaced = set_up_tenant_access(&graph, Some(&first.client_id), false)
        .await
        .unwrap();
    assert_eq!(
        replaced.outcome,
        AccessOutcome::Replaced(Untrusted::HasCredentials)
    );
    assert_ne!(replaced.client_id, first.client_id);
    // An app of the same name that someone else owns is never looked at by name...
    fake.with(|s| {
        let mut theirs = s.applications[1].clone();
        theirs["appId"] = "insider-app".into();
        theirs["id"] = "insider-object".into();
        theirs["owners"] = serde_json::json!([{"id": "someone-else"}]);
        s.applications.push(theirs);
    });
    let fresh = set_up_tenant_access(&graph, None, false).await.unwrap();
    assert_ne!(fresh.client_id, "insider-app");
    // ...and refused when it is the one recorded.
    let refused = set_up_tenant_access(&graph, Some("insider-app"), false)
        .await
        .unwrap();
    assert_eq!(
        refused.outcome,
        AccessOutcome::Replaced(Untrusted::NotOwner)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_provisioning_logs_need_both_permissions_and_a_missing_one_is_explained() {
    use scim_assistant::graph::problems;
    let (server, fake) = world(WriteMode::Fixed).await;
    // A sign-in with the scopes from the one table: the logs can be read.
    let token = sign_in_through_browser(sign_in_config(&fake))
        .await
        .unwrap();
    let graph = GraphClient::new(&fake.base(), token.access, reqwest::Client::new(), fast());
    let report = connect(&graph, &options(&server)).await;
    let sp = report.service_principal_id.clone().unwrap();
    assert!(problems(&graph, &sp).await.is_ok());
    // Without Directory.Read.All (as before): 403 Authentication_MSGraphPermissionMissing.
    let mut config = sign_in_config(&fake);
    config.scopes.retain(|s| !s.ends_with("Directory.Read.All"));
    sign_in_through_browser(config).await.unwrap();
    let error = problems(&graph, &sp).await.unwrap_err();
    assert_eq!(error.code(), "Authentication_MSGraphPermissionMissing");
    let words = scim_assistant::messages::entra::explain_graph_error(
        &error,
        scim_assistant::i18n::Lang::En,
    );
    assert!(words.summary.contains("lacks a permission"), "{words:?}");
    assert!(
        !words.summary.contains("P1"),
        "not mistaken for a licence problem"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refusal_without_state_ends_the_wait_and_silent_connections_do_not_block() {
    use scim_assistant::graph::{MicrosoftSignInError, PendingSignIn};
    let fake = FakeGraph::start().await;
    let pending = PendingSignIn::start(sign_in_config(&fake)).await.unwrap();
    let port: u16 = url::Url::parse(&pending.url)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "redirect_uri")
        .unwrap()
        .1
        .rsplit(':')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let started = std::time::Instant::now();
    let waiting = tokio::spawn(async move {
        pending
            .finish(&reqwest::Client::new(), Duration::from_secs(60))
            .await
    });
    // A few connections that never say anything (a slow-loris, or a browser's preconnect).
    let mut silent = Vec::new();
    for _ in 0..5 {
        silent.push(
            tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .unwrap(),
        );
    }
    // v2-oauth2-auth-code-flow.md prints the error redirect without `state`.
    let refusal = format!(
        "http://127.0.0.1:{port}/?error=access_denied&error_description=AADSTS65004%3A+User+declined+to+consent"
    );
    assert_eq!(reqwest::get(&refusal).await.unwrap().status(), 200);
    let error = waiting.await.unwrap().unwrap_err();
    assert!(
        matches!(error, MicrosoftSignInError::Refused { .. }),
        "{error:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "not held up by the silent ones"
    );
    drop(silent);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_for_another_clouds_graph_is_refused_and_unknown_scopes_never_sign_in() {
    use scim_assistant::graph::{Cloud, sign_in_scopes};
    let fake = FakeGraph::start().await;
    // deployments.md: US Government tokens are not valid on the global Graph.
    let mut gov = sign_in_config(&fake);
    gov.scopes = sign_in_scopes(Cloud::UsGov);
    let token = sign_in_through_browser(gov).await.unwrap();
    let graph = GraphClient::new(&fake.base(), token.access, reqwest::Client::new(), fast());
    let error = scim_assistant::graph::job_status(&graph, "sp", "job")
        .await
        .unwrap_err();
    assert_eq!(error.code(), "InvalidAuthenticationToken");
    // AADSTS70011 for a permission Graph does not publish.
    let mut typo = sign_in_config(&fake);
    typo.scopes = vec!["https://graph.microsoft.com/Synchronisation.ReadWrite.All".into()];
    let pending = scim_assistant::graph::PendingSignIn::start(typo)
        .await
        .unwrap();
    let refused = reqwest::get(&pending.url).await.unwrap();
    assert_eq!(refused.status(), 400);
    assert!(refused.text().await.unwrap().contains("AADSTS70011"));
}

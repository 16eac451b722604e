//! "Do it for me" against a fake Microsoft Graph whose cloud side really talks to the fake
//! Appsemble server: after `connect`, people arrive in the app.

use std::time::Duration;

use fake_appsemble::{FakeAppsemble, READY_APP, WriteMode};
use fake_graph::{ACCESS_TOKEN, FakeGraph};
use scim_assistant::graph::{
    ConnectOptions, EntraFinding, GraphClient, RetryPolicy, StepId, connect, find_app, find_job,
    problems, provision_one, user_targets,
};
use scim_assistant::probe::Status;
use scim_assistant::secret::Secret;

const TOKEN: &str = "the-scim-token";
const NAME: &str = "Appsemble - Notes";

/// Retries fast enough for tests; the waits themselves are what is tested, not their length.
fn fast() -> RetryPolicy {
    RetryPolicy {
        replication: Duration::from_secs(10),
        first_wait: Duration::from_millis(10),
        longest_wait: Duration::from_millis(50),
        throttled_attempts: 3,
    }
}

fn graph(fake: &FakeGraph) -> GraphClient {
    let fast = fast();
    GraphClient::new(
        &fake.base(),
        Secret::new(ACCESS_TOKEN),
        reqwest::Client::new(),
        fast,
    )
}

fn options(server: &FakeAppsemble) -> ConnectOptions {
    ConnectOptions {
        tenant_url: server.tenant_url(READY_APP),
        token: Secret::new(TOKEN),
        name: NAME.into(),
        assign: vec!["ada@contoso.example".into(), "App users".into()],
        notify: Some("it@contoso.example".into()),
        start: true,
    }
}

async fn world(mode: WriteMode) -> (FakeAppsemble, FakeGraph) {
    let server = FakeAppsemble::start(mode).await;
    server.enable_scim(READY_APP, TOKEN);
    (server, FakeGraph::start().await)
}

fn finding(report: &scim_assistant::graph::ConnectReport, id: StepId) -> EntraFinding {
    report
        .steps
        .iter()
        .find(|s| s.id == id)
        .unwrap()
        .finding
        .clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connect_sets_up_provisioning_and_a_person_arrives_in_the_app() {
    let (server, fake) = world(WriteMode::Fixed).await;
    let graph = graph(&fake);
    let report = connect(&graph, &options(&server)).await;
    assert!(report.ok(), "{report:#?}");
    let ids: Vec<StepId> = report.steps.iter().map(|s| s.id).collect();
    assert_eq!(ids, StepId::ALL);
    assert!(matches!(
        finding(&report, StepId::App),
        EntraFinding::AppCreated { .. }
    ));
    assert!(
        matches!(finding(&report, StepId::Replication), EntraFinding::Replicated { waits } if waits > 0),
        "waited for replication"
    );
    assert_eq!(
        finding(&report, StepId::TestConnection),
        EntraFinding::TestConnectionPasses
    );
    assert_eq!(
        finding(&report, StepId::Assign),
        EntraFinding::Assigned {
            added: 2,
            already: 0
        }
    );
    assert_eq!(finding(&report, StepId::Start), EntraFinding::Started);

    let sp = report.service_principal_id.clone().unwrap();
    let (schema, secrets, state) = fake.with(|s| {
        let job = s.job(&sp).unwrap();
        (
            job.schema.clone(),
            s.secrets[&sp].clone(),
            job.status.clone(),
        )
    });
    assert_eq!(
        user_targets(&schema),
        ["userName", "active", "name.formatted", "externalId"]
    );
    assert_eq!(
        schema["synchronizationRules"][0]["objectMappings"][1]["enabled"],
        false
    );
    assert!(secrets.contains(&("SyncAll".into(), "false".into())));
    assert!(secrets.contains(&("SecretToken".into(), TOKEN.into())));
    assert_eq!(state, "Active");

    // The point of it all: Entra's on-demand run puts the person into the app.
    let job = report.job_id.clone().unwrap();
    let outcome = provision_one(&graph, &sp, &job, "ada@contoso.example")
        .await
        .unwrap();
    assert!(outcome.succeeded(), "{outcome:?}");
    let members = server.app(READY_APP).members;
    let ada = members
        .iter()
        .find(|m| m.user_name == "ada@contoso.example")
        .unwrap();
    assert_eq!(
        ada.external_id.as_deref(),
        Some("0b7e2a35-6a31-4d6a-9f51-1c1f5a1d0001"),
        "externalId from objectId"
    );
    assert_eq!(ada.name.as_deref(), Some("Ada Lovelace"));
    // And again, as an update: the trimmed mappings send only what Appsemble accepts.
    let again = provision_one(&graph, &sp, &job, "ada@contoso.example")
        .await
        .unwrap();
    assert!(again.succeeded(), "{again:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_entras_default_mappings_updates_would_fail_and_are_explained() {
    let (server, fake) = world(WriteMode::Fixed).await;
    let graph = graph(&fake);
    let report = connect(&graph, &options(&server)).await;
    let sp = report.service_principal_id.clone().unwrap();
    let job = report.job_id.clone().unwrap();
    // As if nobody had touched the mappings.
    fake.with(|s| s.jobs.get_mut(&sp).unwrap()[0].schema = fake_graph::default_scim_schema());
    provision_one(&graph, &sp, &job, "grace@contoso.example")
        .await
        .unwrap();
    let update = provision_one(&graph, &sp, &job, "grace@contoso.example")
        .await
        .unwrap();
    assert!(!update.succeeded());
    assert!(update.reason.contains("HTTP/400"), "{update:?}");
    let words = scim_assistant::messages::entra::explain_on_demand_in(
        &update,
        scim_assistant::i18n::Lang::En,
    );
    assert!(
        words
            .summary
            .contains("a mapping that should have been removed"),
        "{words:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_appsemble_as_shipped_the_500_comes_back_explained() {
    let (server, fake) = world(WriteMode::Shipped).await;
    let graph = graph(&fake);
    let report = connect(&graph, &options(&server)).await;
    assert!(
        report.ok(),
        "Test Connection passes on the shipped server: {report:#?}"
    );
    let (sp, job) = (report.service_principal_id.unwrap(), report.job_id.unwrap());
    let outcome = provision_one(&graph, &sp, &job, "ada@contoso.example")
        .await
        .unwrap();
    assert!(!outcome.succeeded());
    let words = scim_assistant::messages::entra::explain_on_demand_in(
        &outcome,
        scim_assistant::i18n::Lang::En,
    );
    assert!(
        words.summary.contains("known fault of Appsemble 0.37"),
        "{words:?}"
    );
    let logged = problems(&graph, &sp).await.unwrap();
    assert_eq!(logged.len(), 1);
    assert_eq!(logged[0].user, "ada@contoso.example");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_run_changes_nothing_that_is_already_right() {
    let (server, fake) = world(WriteMode::Fixed).await;
    let graph = graph(&fake);
    let first = connect(&graph, &options(&server)).await;
    assert!(first.ok());
    let second = connect(&graph, &options(&server)).await;
    assert!(second.ok(), "{second:#?}");
    assert!(matches!(
        finding(&second, StepId::App),
        EntraFinding::AppFound { .. }
    ));
    assert!(matches!(
        finding(&second, StepId::Job),
        EntraFinding::JobReused { .. }
    ));
    assert_eq!(
        finding(&second, StepId::Mappings),
        EntraFinding::MappingsAlreadyRight
    );
    assert_eq!(
        finding(&second, StepId::GroupsOff),
        EntraFinding::GroupsAlreadyOff
    );
    assert_eq!(
        finding(&second, StepId::Assign),
        EntraFinding::Assigned {
            added: 0,
            already: 2
        }
    );
    let (apps, jobs, schema_puts) = fake.with(|s| {
        let sp = &first.service_principal_id.clone().unwrap();
        let puts = s
            .seen
            .iter()
            .filter(|x| x.method == "PUT" && x.path.ends_with("/schema"))
            .count();
        (s.service_principals.len(), s.jobs[sp].len(), puts)
    });
    assert_eq!(
        (apps, jobs, schema_puts),
        (1, 1, 1),
        "one app, one job, one schema write"
    );
    assert_eq!(
        find_app(&graph, NAME).await.unwrap().unwrap().id,
        first.service_principal_id.unwrap()
    );
    assert!(
        find_job(&graph, &second.service_principal_id.unwrap())
            .await
            .unwrap()
            .is_some()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn throttling_is_waited_out_and_a_missing_role_is_explained() {
    let (server, fake) = world(WriteMode::Fixed).await;
    let graph = graph(&fake);
    fake.with(|s| s.throttle_next = 2);
    assert!(connect(&graph, &options(&server)).await.ok());

    let (server, fake) = world(WriteMode::Fixed).await;
    let graph = self::graph(&fake);
    fake.with(|s| s.role_missing = true);
    let report = connect(&graph, &options(&server)).await;
    assert!(!report.ok());
    let app = finding(&report, StepId::App);
    let words = scim_assistant::messages::entra::explain_in(&app, scim_assistant::i18n::Lang::En);
    assert!(words.fix.contains("Application Administrator"), "{words:?}");
    assert!(matches!(
        finding(&report, StepId::Start),
        EntraFinding::Skipped {
            because: StepId::App
        }
    ));
    assert_eq!(report.steps.last().unwrap().finding.status(), Status::Skip);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tenant_url_microsofts_cloud_cannot_reach_is_explained_as_such() {
    let (server, fake) = world(WriteMode::Fixed).await;
    let graph = graph(&fake);
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let mut unreachable = options(&server);
    unreachable.tenant_url = format!("http://{closed}/api/apps/{READY_APP}/scim");
    let report = connect(&graph, &unreachable).await;
    assert!(matches!(
        finding(&report, StepId::TestConnection),
        EntraFinding::TestConnectionUnreachable { host } if host == "127.0.0.1"
    ));
    assert!(
        matches!(finding(&report, StepId::Job), EntraFinding::Skipped { .. }),
        "no job for a failing connection"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_entra_id_p1_the_logs_are_explained_instead_of_failing() {
    let (server, fake) = world(WriteMode::Fixed).await;
    let graph = graph(&fake);
    let report = connect(&graph, &options(&server)).await;
    fake.with(|s| s.premium = false);
    let error = problems(&graph, &report.service_principal_id.unwrap())
        .await
        .unwrap_err();
    let words = scim_assistant::messages::entra::explain_graph_error(
        &error,
        scim_assistant::i18n::Lang::En,
    );
    assert!(words.summary.contains("Entra ID P1"), "{words:?}");
}

/// What the system browser does: follow Microsoft's redirect back to this computer.
async fn browse(url: &str) {
    let no_redirects = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let answer = no_redirects.get(url).send().await.unwrap();
    assert_eq!(answer.status(), 302, "{url}");
    let back = answer.headers()["location"].to_str().unwrap().to_string();
    assert!(back.starts_with("http://localhost:"), "{back}");
    // localhost resolves to the listener on 127.0.0.1.
    let back = back.replacen("http://localhost:", "http://127.0.0.1:", 1);
    let page = no_redirects.get(&back).send().await.unwrap();
    assert_eq!(page.status(), 200);
}

fn sign_in_config(fake: &FakeGraph) -> scim_assistant::graph::SignInConfig {
    scim_assistant::graph::SignInConfig {
        login_base: fake.login_base(),
        client_id: "11111111-aaaa-4bbb-8ccc-222222222222".into(),
        tenant: "organizations".into(),
        scopes: &scim_assistant::graph::SCOPES,
        pages: ("signed in", "refused"),
    }
}

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
    use scim_assistant::graph::{MicrosoftSignInError, PendingSignIn};
    let fake = FakeGraph::start().await;
    fake.with(|s| s.refuse_sign_in = Some("AADSTS65001".into()));
    let pending = PendingSignIn::start(sign_in_config(&fake)).await.unwrap();
    let authorize = pending.url.clone();
    let finishing = tokio::spawn(async move {
        pending
            .finish(&reqwest::Client::new(), Duration::from_secs(30))
            .await
    });
    browse(&authorize).await;
    let error = finishing.await.unwrap().unwrap_err();
    assert!(
        matches!(&error, MicrosoftSignInError::Refused { code, .. } if code == "AADSTS65001"),
        "{error:?}"
    );
    let words =
        scim_assistant::messages::entra::explain_sign_in_in(&error, scim_assistant::i18n::Lang::En);
    assert!(words.summary.contains("consent"), "{words:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn setting_up_tenant_access_creates_one_app_registration_with_consent() {
    use scim_assistant::graph::{PERMISSIONS, set_up_tenant_access};
    let fake = FakeGraph::start().await;
    let graph = graph(&fake);
    let client_id = set_up_tenant_access(&graph).await.unwrap();
    let again = set_up_tenant_access(&graph).await.unwrap();
    assert_eq!(client_id, again, "a second run finds the same app");
    fake.with(|s| {
        assert_eq!(s.applications.len(), 1);
        let app = &s.applications[0];
        assert_eq!(app["appId"], client_id.as_str());
        assert_eq!(app["signInAudience"], "AzureADMyOrg", "single tenant");
        assert_eq!(app["isFallbackPublicClient"], true);
        assert_eq!(app["publicClient"]["redirectUris"][0], "http://localhost");
        let access = app["requiredResourceAccess"][0]["resourceAccess"]
            .as_array()
            .unwrap();
        assert_eq!(
            access.len(),
            PERMISSIONS.len(),
            "exactly the permissions needed, ids read from Graph"
        );
        assert_eq!(s.app_service_principals.len(), 1);
        let consent = &s.consents[0];
        assert_eq!(consent["consentType"], "AllPrincipals");
        assert!(
            consent["scope"]
                .as_str()
                .unwrap()
                .contains("Synchronization.ReadWrite.All")
        );
    });
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
    use scim_assistant::graph::{PendingSignIn, renewal};
    let (server, fake) = world(WriteMode::Fixed).await;
    let pending = PendingSignIn::start(sign_in_config(&fake)).await.unwrap();
    let authorize = pending.url.clone();
    let finishing = tokio::spawn(async move {
        pending
            .finish(&reqwest::Client::new(), Duration::from_secs(30))
            .await
    });
    browse(&authorize).await;
    let token = finishing.await.unwrap().unwrap();
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

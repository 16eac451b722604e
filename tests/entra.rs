//! "Do it for me" against a fake Microsoft Graph whose cloud side really talks to the fake
//! Appsemble server: after `connect`, people arrive in the app.

mod support;

use fake_appsemble::{READY_APP, WriteMode};
use scim_assistant::graph::{
    EntraFinding, OnDemandResult, StepId, connect, find_apps, find_job, problems, user_targets,
};
use scim_assistant::probe::Status;
use support::graph::{ADA, NAME, TOKEN, finding, graph, options, provision, world};

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
    let outcome = provision(&graph, &report, ADA).await;
    assert_eq!(outcome.result, OnDemandResult::Success, "{outcome:?}");
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
    // Again, unchanged: Entra skips it as RedundantExport, which is success ("already up to date").
    let again = provision(&graph, &report, ADA).await;
    assert_eq!(again.result, OnDemandResult::UpToDate, "{again:?}");
    assert!(again.succeeded());
    // And as an update: the trimmed mappings send only what Appsemble accepts.
    fake.with(|s| s.users[0].surname = "King".into());
    let update = provision(&graph, &report, ADA).await;
    assert_eq!(update.result, OnDemandResult::Success, "{update:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_entras_default_mappings_updates_would_fail_and_are_explained() {
    let (server, fake) = world(WriteMode::Fixed).await;
    let graph = graph(&fake);
    let report = connect(&graph, &options(&server)).await;
    let sp = report.service_principal_id.clone().unwrap();
    // As if nobody had touched the mappings.
    fake.with(|s| s.jobs.get_mut(&sp).unwrap()[0].schema = fake_graph::default_scim_schema());
    let grace = "0b7e2a35-6a31-4d6a-9f51-1c1f5a1d0002";
    fake.with(|s| s.assign(&sp, grace, std::time::Duration::ZERO));
    provision(&graph, &report, grace).await;
    // Something changed in Entra, so the next run is an update.
    fake.with(|s| s.users[1].job_title = "Admiral".into());
    let update = provision(&graph, &report, grace).await;
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
    let sp = report.service_principal_id.clone().unwrap();
    let outcome = provision(&graph, &report, ADA).await;
    assert_eq!(outcome.result, OnDemandResult::Failure, "{outcome:?}");
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
    let found = find_apps(&graph, NAME, fake_graph::CUSTOM_APP_TEMPLATE)
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].id, first.service_principal_id.unwrap());
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

//! Microsoft's printed example answers (each page named), fed through the same parsers the
//! assistant uses on real answers.

use scim_assistant::graph::{OnDemand, OnDemandResult};
use scim_assistant::i18n::Lang;
use scim_assistant::messages::entra::explain_on_demand_in;

/// `synchronization-synchronizationjob-provisionondemand.md` (v1.0), Example 1's response, as the
/// page prints it (the page shortens `value` itself; the fields kept are the page's own).
const DOC_EXAMPLE_SKIPPED: &str = r#"{
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.stringKeyStringValuePair",
    "key": "{\"result\":\"Skipped\",\"details\":{\"errorCode\":\"RedundantExport\",\"errorMessage\":\"The state of the user in both the source and target systems already match.\"}}",
    "value": "{\"action\":\"Other\",\"changeId\":\"g8ba3be8-1d7f-4a60-ae31-a8980da0a389\",\"endTime\":\"2020-06-26T13:58:24.7682084Z\",\"provisioningSteps\":[{\"name\":\"EntryImport\",\"type\":\"Import\",\"status\":\"Success\",\"description\":\"Retrieved User 'BillBob@contoso.com' from Azure Active Directory\",\"timestamp\":\"2020-06-26T13:58:24.5494971Z\",\"details\":{\"objectId\":\"52cf7b7a-52be-4a9b-9c69-e4d4a4a14f76\"}},{\"name\":\"EntrySynchronizationScoping\",\"type\":\"Scoping\",\"status\":\"Success\",\"description\":\"Determine if User in scope by evaluating against each scoping filter\",\"timestamp\":\"2020-06-26T13:58:24.7526181Z\",\"details\":{\"IsActive\":\"True\",\"Assigned\":\"True\",\"IsEffectivelyEntitledForProvisioning\":\"True\",\"IsInProvisioningScopeDisplayName\":\"True\",\"ScopeEvaluationResult\":\"{}\"}},{\"name\":\"EntrySynchronizationSkip\",\"type\":\"Export\",\"status\":\"Skipped\",\"description\":\"The state of the user in both the source and target systems already match. No change to the User 'BillBob@contoso.com' currently needs to be made.\",\"timestamp\":\"2020-06-26T13:58:24.7682084Z\",\"details\":{\"SkipReason\":\"RedundantExport\"}}],\"reportableIdentifier\":\"BillBob@contoso.com\",\"startTime\":\"2020-06-26T13:58:24.5494971Z\",\"statusInfo\":{\"status\":\"Skipped\",\"errorCode\":null,\"reason\":null,\"additionalDetails\":null,\"errorCategory\":null,\"recommendedAction\":null}}"
}"#;

/// The same page, Example 2 (cloud sync): `details` empty, no `action`.
const DOC_EXAMPLE_SUCCESS: &str = r#"{
    "@odata.context": "https://syncfabric.windowsazure.com/api/$metadata#microsoft.synchronization.stringKeyStringValuePair",
    "key": "{\"result\":\"Success\",\"details\":{}}",
    "value": "{\"provisioningSteps\":[{\"name\":\"EntryImportAdd\",\"type\":\"Import\",\"status\":\"Success\",\"description\":\"Received user 'adelev@chicago.com' change of type (Add) from Active Directory\",\"timestamp\":\"2022-04-21T18:40:07.8465145Z\",\"details\":{}}]}"
}"#;

/// `MicrosoftDocs/entra-docs` `docs/identity/multi-tenant-organizations/
/// cross-tenant-synchronization-configure-graph.md`: `key` a type name, `value` a JSON array
/// (the page cuts the record off with "…"; it is closed here).
const DOC_EXAMPLE_TYPE_NAME: &str = r#"{
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.stringKeyStringValuePair",
    "key": "Microsoft.Identity.Health.CPP.Common.DataContracts.SyncFabric.StatusInfo",
    "value": "[{\"provisioningSteps\":[{\"name\":\"EntryImport\",\"type\":\"Import\",\"status\":\"Success\",\"description\":\"Retrieved User 'user1@fabrikam.com' from Azure Active Directory\",\"timestamp\":\"2023-07-31T22:31:15.9116590Z\",\"details\":{\"objectId\":\"<UserObjectId>\",\"accountEnabled\":\"True\",\"displayName\":\"User1\",\"mailNickname\":\"user1\"}}]}]"
}"#;

#[test]
fn the_example_answers_on_microsofts_pages_are_read() {
    let parse = |text: &str| OnDemand::from_answer(&serde_json::from_str(text).unwrap());
    let skipped = parse(DOC_EXAMPLE_SKIPPED);
    assert_eq!(skipped.result, OnDemandResult::UpToDate, "{skipped:?}");
    assert!(skipped.succeeded(), "already in sync is success");
    assert_eq!(skipped.error_code, "RedundantExport");
    assert_eq!(skipped.action, "Other");
    assert_eq!(skipped.steps.len(), 3);
    let words = explain_on_demand_in(&skipped, Lang::En);
    assert!(words.summary.contains("Already up to date"), "{words:?}");

    let success = parse(DOC_EXAMPLE_SUCCESS);
    assert_eq!(success.result, OnDemandResult::Success);
    assert_eq!(success.steps[0].name, "EntryImportAdd");

    let typed = parse(DOC_EXAMPLE_TYPE_NAME);
    assert_eq!(typed.steps.len(), 1, "{typed:?}");
    assert_eq!(typed.steps[0].status, "Success");
    assert_eq!(
        typed.result,
        OnDemandResult::Success,
        "from the steps when the key is only a type name"
    );
}

/// `synchronization-synchronizationjob-get.md` (v1.0): a paused job whose `quarantine` object is
/// there with an empty reason and a stale error.
const DOC_EXAMPLE_JOB: &str = r#"{
    "id": "{jobId}",
    "templateId": "BoxOutDelta",
    "schedule": {"expiration": null, "interval": "P10675199DT2H48M5.4775807S", "state": "Disabled"},
    "status": {
        "countSuccessiveCompleteFailures": 0,
        "escrowsPruned": false,
        "synchronizedEntryCountByType": [],
        "code": "Paused",
        "lastExecution": null,
        "lastSuccessfulExecution": null,
        "progress": [],
        "lastSuccessfulExecutionWithExports": null,
        "steadyStateFirstAchievedTime": "0001-01-01T00:00:00Z",
        "steadyStateLastAchievedTime": "0001-01-01T00:00:00Z",
        "quarantine": {
            "currentBegan": "", "nextAttempt": "", "reason": "", "seriesBegan": "", "seriesCount": 2,
            "error": {"code": "SalesforceInvalidCredentials", "message": "Your Salesforce.com credentials are invalid.  Please obtain a current Salesforce.com administrative user name, password and security token, and enter those in the screen for configuring user provisioning", "tenantActionable": true}
        },
        "troubleshootingUrl": null
    },
    "synchronizationJobSettings": [{"name": "QuarantineTooManyDeletesThreshold", "value": "500"}]
}"#;

/// `provisioningobjectsummary-list.md` (v1.0), Example 2 ("Error response"), as printed.
const DOC_EXAMPLE_LOG: &str = r#"{
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#auditLogs/provisioning",
    "value": [{
        "id": "gc532ff9-r265-ec76-861e-42e2970a8218",
        "activityDateTime": "2019-06-24T20:53:08Z",
        "jobId": "ContosoOutDelta.7928d5b574424a97ne2d66f9j9972ecn",
        "provisioningAction": "create",
        "servicePrincipal": {"id": "chc46a42-966b-47d7-9774-576b1c8bd0b8", "displayName": "Contoso"},
        "sourceIdentity": {"id": "5e6c9rae-ab4d-5239-8ad0-174391d110eb", "displayName": "Self-service Pilot", "identityType": "Group", "details": {}},
        "provisioningStatusInfo": {
            "status": "failure",
            "errorInformation": {
                "errorCode": "ContosoEntryConflict",
                "reason": "Message: Contoso returned an error response with the HTTP status code 409.  This response indicates that a user or a group already exisits with the same name.",
                "additionalDetails": null, "errorCategory": "nonServiceFailure", "recommendedAction": null
            }
        },
        "provisioningSteps": [
            {"name": "EntryExportAdd", "provisioningStepType": "export", "status": "failure", "description": "Failed to create Group 'Self-service Pilot' in Contoso", "details": {"ReportableIdentifier": "Self-service Pilot"}}
        ]
    }]
}"#;

#[test]
fn the_example_job_and_log_on_microsofts_pages_are_read() {
    let job: serde_json::Value = serde_json::from_str(DOC_EXAMPLE_JOB).unwrap();
    let status = scim_assistant::graph::JobStatus::from_job(&job);
    assert_eq!(status.state, "Paused");
    assert_eq!(status.quarantine, None, "paused, not in quarantine");
    assert_eq!((status.last_cycle, status.counts), (None, None));
    let mut quarantined = job.clone();
    quarantined["status"]["code"] = "Quarantine".into();
    let status = scim_assistant::graph::JobStatus::from_job(&quarantined);
    assert!(
        status
            .quarantine
            .as_deref()
            .is_some_and(|r| r.contains("credentials are invalid")),
        "an empty reason falls back to the error: {status:?}"
    );

    let page: serde_json::Value = serde_json::from_str(DOC_EXAMPLE_LOG).unwrap();
    let problems = scim_assistant::graph::LogProblem::failures(&page);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].user, "Self-service Pilot");
    assert_eq!(problems[0].error_code, "ContosoEntryConflict");
    assert!(problems[0].reason.contains("HTTP status code 409"));
}

#[test]
fn entras_wording_of_a_scim_status_in_the_logs_is_explained() {
    let problem = scim_assistant::graph::LogProblem {
        user: "ada".into(),
        action: "create".into(),
        error_code: "SystemForCrossDomainIdentityManagementBadResponse".into(),
        reason: "Message: Appsemble returned an error response with the HTTP status code 500."
            .into(),
    };
    let words = scim_assistant::messages::entra::explain_problem_in(&problem, Lang::En);
    assert!(words.summary.contains("known fault"), "{words:?}");
}

/// `user-get.md` (v1.0), Example 2 ("Signed-in user request", `GET /me`), as the page prints it.
const DOC_EXAMPLE_ME: &str = r#"{
  "businessPhones": [
       "+1 425 555 0109"
   ],
   "displayName": "Adele Vance",
   "givenName": "Adele",
   "jobTitle": "Retail Manager",
   "mail": "AdeleV@contoso.com",
   "mobilePhone": "+1 425 555 0109",
   "officeLocation": "18/2111",
   "preferredLanguage": "en-US",
   "surname": "Vance",
   "userPrincipalName": "AdeleV@contoso.com",
   "id": "87d349ed-44d7-43e1-9a83-5f2406dee5bd"
}"#;

#[test]
fn the_signed_in_user_example_gives_whom_only_me_assigns() {
    let me =
        scim_assistant::graph::Principal::from_user(&serde_json::from_str(DOC_EXAMPLE_ME).unwrap())
            .unwrap();
    assert_eq!(
        me.id, "87d349ed-44d7-43e1-9a83-5f2406dee5bd",
        "assigned by id"
    );
    assert_eq!(me.name, "AdeleV@contoso.com", "provisioned by sign-in name");
    assert_eq!(me.display_name, "Adele Vance");
    assert!(!me.is_group);
    let without_id = serde_json::json!({"userPrincipalName": "AdeleV@contoso.com"});
    assert!(scim_assistant::graph::Principal::from_user(&without_id).is_none());
}

//! What `connect` reports: its steps, what each found or did, and the ids to find it again.

use std::time::{Duration, Instant};

use serde::Serialize;

use crate::graph::GraphError;
use crate::graph::MappingChanges;
use crate::probe::Status;
use crate::secret::Secret;

/// The steps of `entra connect`, in order. Stable ids: scripts rely on them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepId {
    SignIn,
    App,
    Replication,
    TestConnection,
    Job,
    Secrets,
    SavedCredentials,
    Mappings,
    GroupsOff,
    Assign,
    Start,
}

impl StepId {
    pub const ALL: [StepId; 11] = [
        StepId::SignIn,
        StepId::App,
        StepId::Replication,
        StepId::TestConnection,
        StepId::Job,
        StepId::Secrets,
        StepId::SavedCredentials,
        StepId::Mappings,
        StepId::GroupsOff,
        StepId::Assign,
        StepId::Start,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            StepId::SignIn => "sign-in",
            StepId::App => "app",
            StepId::Replication => "replication",
            StepId::TestConnection => "test-connection",
            StepId::Job => "job",
            StepId::Secrets => "secrets",
            StepId::SavedCredentials => "saved-credentials",
            StepId::Mappings => "mappings",
            StepId::GroupsOff => "groups-off",
            StepId::Assign => "assign",
            StepId::Start => "start",
        }
    }
}

/// What one step found or did, as data; `messages` words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntraFinding {
    SignedIn,
    AppFound {
        name: String,
    },
    AppCreated {
        name: String,
    },
    /// Several enterprise applications have this name and none was named by id: they are listed,
    /// never one picked.
    AppNameAmbiguous {
        candidates: Vec<String>,
    },
    /// One enterprise application has this name, but it was not recorded by this assistant and
    /// the admin does not own it: it is not trusted with the Secret Token.
    AppNotOurs {
        id: String,
    },
    /// The id given is not an enterprise application made from the custom-app template.
    AppNotFound {
        id: String,
    },
    /// The application offers no `scim` synchronization template.
    NoScimTemplate,
    Replicated {
        waits: u32,
    },
    TestConnectionPasses,
    /// Entra reached the server, which refused (Appsemble's answer in `detail`).
    TestConnectionRefused {
        detail: String,
    },
    /// The server is on this computer or a private network: Entra's cloud cannot reach it.
    TestConnectionUnreachable {
        host: String,
    },
    JobReused {
        id: String,
    },
    JobCreated {
        id: String,
    },
    SecretsSaved {
        notify: Option<String>,
    },
    /// Entra's own check of the credentials as it stored them (`useSavedCredentials: true`).
    SavedCredentialsWork,
    SavedCredentialsRefused {
        detail: String,
    },
    /// A mapping to change is marked `editable: false`: left alone, to change by hand.
    MappingsReadOnly,
    MappingsFixed(MappingChanges),
    MappingsAlreadyRight,
    GroupsTurnedOff,
    GroupsAlreadyOff,
    Assigned {
        added: usize,
        already: usize,
    },
    NobodyToAssign,
    NotInTenant {
        name: String,
    },
    /// Several groups have this name: their ids are listed; assign one by its id.
    NameAmbiguous {
        name: String,
        candidates: Vec<String>,
    },
    /// Entra refused to assign a group: that needs Entra ID P1 or P2.
    GroupNeedsP1 {
        name: String,
    },
    Started,
    /// The job already runs; `start` is only for a job that is not running (start.md).
    AlreadyRunning,
    StartNotAsked,
    GraphFailed(GraphError),
    Skipped {
        because: StepId,
    },
}

impl EntraFinding {
    pub fn status(&self) -> Status {
        use EntraFinding::*;
        match self {
            TestConnectionRefused { .. }
            | TestConnectionUnreachable { .. }
            | NotInTenant { .. }
            | NameAmbiguous { .. }
            | GroupNeedsP1 { .. }
            | AppNameAmbiguous { .. }
            | AppNotOurs { .. }
            | AppNotFound { .. }
            | NoScimTemplate
            | SavedCredentialsRefused { .. }
            | GraphFailed(_) => Status::Fail,
            NobodyToAssign | MappingsReadOnly => Status::Warn,
            Skipped { .. } | StartNotAsked => Status::Skip,
            _ => Status::Pass,
        }
    }
}

/// One step's outcome and how long it took.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntraStep {
    pub id: StepId,
    pub finding: EntraFinding,
    pub elapsed: Duration,
}

/// What `connect` needs.
#[derive(Clone, Debug)]
pub struct ConnectOptions {
    pub tenant_url: String,
    pub token: Secret,
    /// The enterprise application's display name (for a new one).
    pub name: String,
    /// The enterprise application this assistant made before (its service principal id): the
    /// only one reused without further checks.
    pub service_principal_id: Option<String>,
    /// Object ids, user principal names (with `@`) or group display names (one match only).
    pub assign: Vec<String>,
    pub notify: Option<String>,
    pub start: bool,
    pub cloud: crate::graph::Cloud,
}

/// Everything `connect` did, with the ids to find it again.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConnectReport {
    pub steps: Vec<EntraStep>,
    pub service_principal_id: Option<String>,
    pub application_id: Option<String>,
    pub job_id: Option<String>,
    /// The user attribute mappings before and after (target names), for step 7.
    pub mappings_before: Vec<String>,
    pub mappings_after: Vec<String>,
}

impl ConnectReport {
    pub fn ok(&self) -> bool {
        self.steps
            .iter()
            .all(|s| s.finding.status() != Status::Fail)
    }

    pub(super) fn record(&mut self, id: StepId, started: Instant, finding: EntraFinding) -> bool {
        let ok = finding.status() != Status::Fail;
        self.steps.push(EntraStep {
            id,
            finding,
            elapsed: started.elapsed(),
        });
        ok
    }

    /// Marks every step not yet recorded as skipped because of `because`.
    pub(super) fn skip_rest(&mut self, because: StepId) {
        for id in StepId::ALL {
            if !self.steps.iter().any(|s| s.id == id) {
                self.steps.push(EntraStep {
                    id,
                    finding: EntraFinding::Skipped { because },
                    elapsed: Duration::ZERO,
                });
            }
        }
    }
}

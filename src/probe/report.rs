//! The shape every check result has, whoever runs it (CLI, wizard, report).

use std::time::Duration;

use super::check::{CheckId, Status};
use super::finding::Finding;

/// One check's outcome: what was found and how long it took.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckResult {
    pub id: CheckId,
    pub finding: Finding,
    pub elapsed: Duration,
}

impl CheckResult {
    pub fn status(&self) -> Status {
        self.finding.status()
    }
}

/// All results of one live test or diagnostics run.
#[derive(Clone, Debug, PartialEq)]
pub struct TestReport {
    pub tenant_url: String,
    pub checks: Vec<CheckResult>,
    /// The Appsemble version the server reported, when the diagnostics could read it.
    pub server_version: Option<String>,
    /// When the run started, for the support report.
    pub started_at: std::time::SystemTime,
    /// Wall time of the whole run.
    pub elapsed: Duration,
}

/// Whether Entra's "Test Connection" will pass: decided by the live test alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ConnectionVerdict {
    Pass,
    Fail,
}

/// Whether Appsemble can receive users: decided by the rehearsal's evidence alone, never by a
/// version number (a server may be patched).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ProvisioningVerdict {
    Pass,
    Fail,
    /// The rehearsal was not run (or could not start because the connection failed).
    Unknown,
}

impl TestReport {
    /// True when no check failed at all (the command line's exit code).
    pub fn ok(&self) -> bool {
        self.checks.iter().all(|c| c.status() != Status::Fail)
    }

    /// Will Entra's Test Connection pass? Only the live-test checks count: a failed rehearsal
    /// says nothing about Test Connection.
    pub fn test_connection(&self) -> ConnectionVerdict {
        let live_failed = self
            .checks
            .iter()
            .any(|c| CheckId::LIVE_TEST.contains(&c.id) && c.status() == Status::Fail);
        let reached = self.get(CheckId::EntraTestConnection).is_some();
        if live_failed || !reached {
            ConnectionVerdict::Fail
        } else {
            ConnectionVerdict::Pass
        }
    }

    /// Can Appsemble receive users? Known only after a rehearsal ran.
    pub fn provisioning(&self) -> ProvisioningVerdict {
        match self.get(CheckId::Rehearsal).map(|c| &c.finding) {
            Some(Finding::RehearsalPasses) => ProvisioningVerdict::Pass,
            Some(Finding::RehearsalFailed(_)) => ProvisioningVerdict::Fail,
            _ => ProvisioningVerdict::Unknown,
        }
    }

    pub fn get(&self, id: CheckId) -> Option<&CheckResult> {
        self.checks.iter().find(|c| c.id == id)
    }
}

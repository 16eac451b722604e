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

impl TestReport {
    /// True when no check failed: what Entra's own Test Connection would also accept.
    pub fn ok(&self) -> bool {
        self.checks.iter().all(|c| c.status() != Status::Fail)
    }

    pub fn get(&self, id: CheckId) -> Option<&CheckResult> {
        self.checks.iter().find(|c| c.id == id)
    }
}

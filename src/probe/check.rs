//! The shape every check result has, whoever runs it (CLI, wizard, report).

use std::time::Duration;

use serde::Serialize;

use super::finding::Finding;

/// Stable ids, in the order the checks run. Scripts and support staff rely on these names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckId {
    Url,
    Dns,
    Connect,
    Tls,
    Auth,
    EntraTestConnection,
    Health,
    Groups,
    Discovery,
    Mappings,
    Rehearsal,
}

impl CheckId {
    /// Every live-test check, in the order it runs.
    pub const LIVE_TEST: [CheckId; 6] = [
        CheckId::Url,
        CheckId::Dns,
        CheckId::Connect,
        CheckId::Tls,
        CheckId::Auth,
        CheckId::EntraTestConnection,
    ];

    /// The checks the full diagnostics add after the live test, in report order.
    pub const DEEPER: [CheckId; 5] = [
        CheckId::Health,
        CheckId::Groups,
        CheckId::Discovery,
        CheckId::Mappings,
        CheckId::Rehearsal,
    ];

    /// The id as it appears in `--json` output and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            CheckId::Url => "url",
            CheckId::Dns => "dns",
            CheckId::Connect => "connect",
            CheckId::Tls => "tls",
            CheckId::Auth => "auth",
            CheckId::EntraTestConnection => "entra-test-connection",
            CheckId::Health => "health",
            CheckId::Groups => "groups",
            CheckId::Discovery => "discovery",
            CheckId::Mappings => "mappings",
            CheckId::Rehearsal => "rehearsal",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    Skip,
    Warn,
    Fail,
}

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

//! The names of the checks and the four statuses a check can end in.

use serde::Serialize;

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

//! The live test: what Entra's "Test Connection" does, split into checks that say where it broke.

mod check;
mod finding;
mod live;
mod network;

pub use check::{CheckId, CheckResult, Status, TestReport};
pub use finding::{Finding, RejectCause, TlsFailure};
pub use live::{ProbeOptions, live_test};
pub use network::tls_error_in;

//! The live test: what Entra's "Test Connection" does, split into checks that say where it broke.

mod check;
mod finding;
mod live;
mod network;

pub use check::{CheckId, CheckResult, Status, TestReport};
pub use finding::{
    DiscoveryClaim, Finding, Leftover, RehearsalFailure, RehearsalStep, RejectCause, TlsFailure,
};
pub use live::{ChainOutcome, ProbeContext, ProbeOptions, list_total, live_chain, live_test};
pub use network::tls_error_in;

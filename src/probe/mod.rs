//! The live test: what Entra's "Test Connection" does, split into checks that say where it broke.

mod check;
mod finding;
mod live;
mod network;
mod report;

pub use crate::net::{TlsFailure, tls_error_in};
pub use check::{CheckId, Status};
pub use finding::{
    DiscoveryClaim, Finding, Leftover, RehearsalFailure, RehearsalStep, RejectCause,
};
pub use live::{ChainOutcome, ProbeContext, ProbeOptions, list_total, live_chain, live_test};
pub use report::{CheckResult, ConnectionVerdict, ProvisioningVerdict, TestReport};

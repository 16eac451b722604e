//! Step 6: testing the connection the way Entra will, and rehearsing the first sync.

use super::protocol::{InFlight, RequestId, Requests};
use super::{Command, Problem};
use crate::diagnostics::CleanUp;
use crate::probe::{ProvisioningVerdict, TestReport};
use crate::secret::Secret;

/// The test of the Tenant URL and token.
#[derive(Debug, Default)]
pub struct TestState {
    pub report: Option<TestReport>,
    /// The test could not run at all (not: a check failed).
    pub problem: Option<Problem>,
    /// What became of the test user of a cancelled rehearsal.
    pub cancelled_clean_up: Option<CleanUp>,
    /// The step ran its test by itself once already.
    pub auto_tested: bool,
    /// A token pasted to test when this run did not make one (secrets are not kept between runs).
    pub pasted_token: Secret,
    /// The token is shown in full instead of masked.
    pub show_token: bool,
    /// What the last rehearsal for this app and token found; a later plain test keeps it.
    pub provisioning: Option<ProvisioningVerdict>,
    /// Where the support report was written, and whether it could be.
    pub report_saved: Option<(std::path::PathBuf, bool)>,
    request: InFlight,
}

impl TestState {
    pub fn running(&self) -> bool {
        self.request.busy()
    }

    pub(super) fn start(
        &mut self,
        tenant_url: Option<String>,
        token: Option<Secret>,
        rehearse: bool,
        requests: &mut Requests,
    ) -> Vec<Command> {
        let (Some(tenant_url), Some(token)) = (tenant_url, token) else {
            return Vec::new();
        };
        if self.running() {
            return Vec::new();
        }
        self.problem = None;
        self.cancelled_clean_up = None;
        vec![Command::Test {
            request: self.request.start(requests),
            tenant_url,
            token,
            rehearse,
        }]
    }

    pub(super) fn cancel(&mut self) -> Vec<Command> {
        self.request.forget();
        vec![Command::CancelTest]
    }

    /// The answer to a test; true when every check passed.
    pub(super) fn finished(
        &mut self,
        request: RequestId,
        result: Result<TestReport, Problem>,
    ) -> bool {
        if !self.request.settle(request) {
            return false;
        }
        match result {
            Ok(report) => {
                let ok = report.ok();
                match report.provisioning() {
                    ProvisioningVerdict::Unknown => {}
                    known => self.provisioning = Some(known),
                }
                self.report = Some(report);
                ok
            }
            Err(problem) => {
                self.problem = Some(problem);
                false
            }
        }
    }

    /// The token or app changed: an earlier result says nothing about the new one.
    pub(super) fn reset(&mut self) {
        let pasted_token = std::mem::take(&mut self.pasted_token);
        *self = Self {
            pasted_token,
            ..Self::default()
        };
    }
}

impl super::Wizard {
    /// Will Entra's Test Connection pass, by the last test in this session (`None`: not tested).
    pub fn connection(&self) -> Option<crate::probe::ConnectionVerdict> {
        self.test.report.as_ref().map(|r| r.test_connection())
    }

    /// Can Appsemble receive users, by the last rehearsal for this app and token.
    pub fn provisioning(&self) -> crate::probe::ProvisioningVerdict {
        self.test
            .provisioning
            .unwrap_or(crate::probe::ProvisioningVerdict::Unknown)
    }

    /// Test Connection would pass and nobody knows yet whether Appsemble can create users: the
    /// rehearsal is the step's next thing to do.
    pub fn rehearsal_is_next(&self) -> bool {
        self.connection() == Some(crate::probe::ConnectionVerdict::Pass)
            && self.provisioning() == crate::probe::ProvisioningVerdict::Unknown
    }
}

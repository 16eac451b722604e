//! Step 6's room: "Do it for me" and its report.

use super::super::protocol::{InFlight, RequestId, Requests};
use super::super::{Command, Problem};
use crate::graph::{ConnectOptions, ConnectReport, StepId};
use crate::secret::Secret;

#[derive(Debug, Default)]
pub struct EntraSetup {
    /// People and groups to assign, separated by commas (sign-in names or group names).
    pub assign: String,
    /// Where Entra mails quarantine notices.
    pub notify: String,
    pub report: Option<ConnectReport>,
    /// The step "Do it for me" is on while it runs.
    pub at: Option<StepId>,
    /// What kept "Do it for me" from running at all; drawn on step 6.
    pub problem: Option<Problem>,
    connecting: InFlight,
}

/// What "Do it for me" needs from the rest of the wizard.
pub(crate) struct ConnectInputs {
    pub tenant_url: Option<String>,
    pub token: Option<Secret>,
    pub name: String,
    /// The enterprise application made before: the only one used again.
    pub recorded: Option<String>,
    pub signed_in: bool,
}

impl EntraSetup {
    pub fn connecting(&self) -> bool {
        self.connecting.busy()
    }

    /// Adds a name to the comma-separated list, once.
    pub(crate) fn add_to_assign(&mut self, name: &str) {
        let present = self.assign.split(',').any(|n| n.trim() == name);
        if !present {
            if !self.assign.trim().is_empty() {
                self.assign.push_str(", ");
            }
            self.assign.push_str(name);
        }
    }

    /// The list to assign as Graph should get it (picked names become object ids).
    pub(crate) fn names_to_assign(&self, search: &super::TenantSearch) -> Vec<String> {
        super::search::names(&self.assign)
            .map(|name| search.to_assign(name))
            .collect()
    }

    /// "Do it for me": needs the Microsoft sign-in, the Tenant URL and the token.
    pub(crate) fn connect(
        &mut self,
        inputs: ConnectInputs,
        search: &super::TenantSearch,
        requests: &mut Requests,
    ) -> Vec<Command> {
        let assign = self.names_to_assign(search);
        self.connect_assigning(inputs, assign, requests)
    }

    /// The same, assigning exactly `assign` (object ids or names).
    pub(crate) fn connect_assigning(
        &mut self,
        inputs: ConnectInputs,
        assign: Vec<String>,
        requests: &mut Requests,
    ) -> Vec<Command> {
        let (Some(tenant_url), Some(token), true) =
            (inputs.tenant_url, inputs.token, inputs.signed_in)
        else {
            return Vec::new();
        };
        if self.connecting() {
            return Vec::new();
        }
        let notify = Some(self.notify.trim().to_string()).filter(|n| !n.is_empty());
        self.problem = None;
        vec![Command::EntraConnect {
            request: self.connecting.start(requests),
            options: ConnectOptions {
                tenant_url,
                token,
                name: inputs.name,
                service_principal_id: inputs.recorded.filter(|id| !id.trim().is_empty()),
                assign,
                notify,
                start: false,
                cloud: crate::graph::Cloud::Global,
            },
        }]
    }

    pub(crate) fn step(&mut self, request: RequestId, step: StepId) {
        if self.connecting.is(request) {
            self.at = Some(step);
        }
    }

    /// Stops "Do it for me"; what it did so far stays done in Entra, and running it again goes on
    /// from there.
    pub(crate) fn cancel(&mut self) -> Vec<Command> {
        if !self.connecting() {
            return Vec::new();
        }
        self.connecting.forget();
        self.at = None;
        vec![Command::CancelEntraConnect]
    }

    /// On sign-out: the run under way is stopped by the worker and no longer awaited.
    pub(crate) fn forget(&mut self) {
        self.connecting.forget();
        self.at = None;
    }

    /// True when this was the awaited answer (the caller then records what it did).
    pub(crate) fn connected(
        &mut self,
        request: RequestId,
        result: Result<ConnectReport, Problem>,
    ) -> bool {
        if !self.connecting.settle(request) {
            return false;
        }
        self.at = None;
        match result {
            Ok(report) => self.report = Some(report),
            Err(problem) => self.problem = Some(problem),
        }
        true
    }

    /// The enterprise application and job "Do it for me" set up, when it did.
    pub fn set_up(&self) -> Option<(String, String)> {
        let report = self.report.as_ref()?;
        Some((report.service_principal_id.clone()?, report.job_id.clone()?))
    }
}

//! Steps 2 and 6, automated: signing in with Microsoft, then "Do it for me" in Entra.

use super::protocol::{InFlight, RequestId, Requests};
use super::{Command, Problem, Progress};
use crate::graph::{ConnectOptions, ConnectReport};
use crate::secret::Secret;

/// The Entra automation: the Microsoft sign-in and the last "Do it for me" report.
#[derive(Debug, Default)]
pub struct EntraState {
    /// People and groups to assign, separated by commas (sign-in names or group names).
    pub assign: String,
    /// Where Entra mails quarantine notices.
    pub notify: String,
    pub signed_in: bool,
    /// The Microsoft sign-in page the browser was asked to open.
    pub sign_in_url: Option<String>,
    pub problem: Option<Problem>,
    pub report: Option<ConnectReport>,
    /// The person to provision now (sign-in name).
    pub person: String,
    /// What step 3's search box holds, and what the last search found.
    pub search: String,
    pub found: Vec<crate::graph::Principal>,
    /// People and groups added from the search: assigned by their object ids.
    picked: Vec<crate::graph::Principal>,
    /// Provision on demand waits this many seconds for a fresh assignment to count.
    pub settling: Option<u64>,
    /// What the last "Set up access" did (for example: a recorded app was not trusted).
    pub access: Option<crate::graph::AccessOutcome>,
    /// The permission list is shown and waits for Continue before anything is made.
    pub confirming_access: bool,
    /// The step "Do it for me" is on while it runs.
    pub connect_at: Option<crate::graph::StepId>,
    /// Where "Save a trace" writes (empty: `scim-assistant-trace.jsonl` in the home folder).
    pub trace_path: std::path::PathBuf,
    /// Where "Save a trace" wrote, and whether it could.
    pub trace_saved: Option<(std::path::PathBuf, bool)>,
    searching: InFlight,
    pub activity: Option<super::protocol::EntraActivity>,
    signing_in: InFlight,
    connecting: InFlight,
    acting: InFlight,
    setting_up: InFlight,
}

impl EntraState {
    pub fn signing_in(&self) -> bool {
        self.signing_in.busy() || self.setting_up.busy()
    }

    pub(super) fn set_up_access(
        &mut self,
        progress: &Progress,
        requests: &mut Requests,
    ) -> Vec<Command> {
        self.confirming_access = false;
        if self.signing_in() {
            return Vec::new();
        }
        self.problem = None;
        let recorded = Some(progress.entra_client_id.trim().to_string())
            .filter(|id| !id.is_empty() && Some(id.as_str()) != crate::graph::BUILT_IN_CLIENT_ID);
        vec![Command::SetUpTenantAccess {
            request: self.setting_up.start(requests),
            recorded,
        }]
    }

    /// The tenant's app registration exists: remember its client id and sign in with it (the
    /// bootstrap client never makes the provisioning calls).
    pub(super) fn access_set_up(
        &mut self,
        request: RequestId,
        result: Result<crate::graph::TenantAccess, Problem>,
        progress: &mut Progress,
        requests: &mut Requests,
    ) -> Vec<Command> {
        if !self.setting_up.settle(request) {
            return Vec::new();
        }
        self.sign_in_url = None;
        match result {
            Ok(access) => {
                progress.entra_client_id = access.client_id;
                progress.entra_tenant = access.tenant_id;
                self.access = Some(access.outcome);
                self.sign_in(progress, requests)
            }
            Err(problem) => {
                self.problem = Some(problem);
                Vec::new()
            }
        }
    }

    pub fn connecting(&self) -> bool {
        self.connecting.busy()
    }

    pub fn acting(&self) -> bool {
        self.acting.busy()
    }

    pub(super) fn search_tenant(&mut self, requests: &mut Requests) -> Vec<Command> {
        let text = self.search.trim().to_string();
        if text.is_empty() || !self.signed_in {
            return Vec::new();
        }
        vec![Command::SearchTenant {
            request: self.searching.start(requests),
            text,
        }]
    }

    pub(super) fn searched(
        &mut self,
        request: RequestId,
        result: Result<Vec<crate::graph::Principal>, Problem>,
    ) {
        if !self.searching.settle(request) {
            return;
        }
        match result {
            Ok(found) => self.found = found,
            Err(problem) => self.problem = Some(problem),
        }
    }

    /// Adds a found person or group to the comma-separated list, once; it is assigned by id.
    pub(super) fn add_to_assign(&mut self, principal: crate::graph::Principal) {
        let name = principal.name.clone();
        let present = self.assign.split(',').any(|n| n.trim() == name);
        if !present {
            if !self.assign.trim().is_empty() {
                self.assign.push_str(", ");
            }
            self.assign.push_str(&name);
        }
        if !self.picked.iter().any(|p| p.id == principal.id) {
            self.picked.push(principal);
        }
    }

    /// A name from the list as Graph should get it: the object id of the one picked from the
    /// search, else the name as typed.
    fn to_assign(&self, name: &str) -> String {
        self.picked
            .iter()
            .find(|p| p.name == name)
            .map_or_else(|| name.to_string(), |p| p.id.clone())
    }

    /// Something went wrong on the Entra side: a trace helps support (and a first real tenant).
    pub fn trace_worth_saving(&self) -> bool {
        self.problem.is_some()
            || self.report.as_ref().is_some_and(|r| !r.ok())
            || self
                .activity
                .as_ref()
                .and_then(|a| a.on_demand.as_ref())
                .is_some_and(|o| !o.succeeded())
    }

    pub(super) fn save_trace(&mut self) -> Vec<Command> {
        if self.trace_path.as_os_str().is_empty() {
            let home = directories::UserDirs::new()
                .map(|d| d.home_dir().to_path_buf())
                .unwrap_or_default();
            self.trace_path = home.join("scim-assistant-trace.jsonl");
        }
        vec![Command::SaveTrace {
            path: self.trace_path.clone(),
        }]
    }

    /// Forgets the Microsoft session here and in the worker; the Entra report stays readable.
    pub(super) fn sign_out(&mut self) -> Vec<Command> {
        self.signed_in = false;
        self.signing_in.forget();
        self.acting.forget();
        self.settling = None;
        vec![Command::ForgetMicrosoft]
    }

    /// Stops waiting for an assignment to count; the step can be tried again.
    pub(super) fn cancel_activity(&mut self) -> Vec<Command> {
        if self.settling.take().is_none() {
            return Vec::new();
        }
        self.acting.forget();
        vec![Command::CancelEntraActivity]
    }

    pub(super) fn waiting(&mut self, request: RequestId, seconds: u64) {
        if self.acting.is(request) {
            self.settling = Some(seconds);
        }
    }

    /// The enterprise application and job "Do it for me" set up, when it did.
    fn set_up(&self) -> Option<(String, String)> {
        let report = self.report.as_ref()?;
        Some((report.service_principal_id.clone()?, report.job_id.clone()?))
    }

    /// Provision the named person now (`start` false) or start provisioning (`start` true).
    pub(super) fn act(&mut self, start: bool, requests: &mut Requests) -> Vec<Command> {
        let Some((service_principal, job)) = self.set_up() else {
            return Vec::new();
        };
        let person = self.person.trim().to_string();
        if self.acting() || (!start && person.is_empty()) {
            return Vec::new();
        }
        vec![Command::EntraActivity {
            request: self.acting.start(requests),
            service_principal,
            job,
            provision: (!start).then_some(person),
            start,
        }]
    }

    /// Reads the job's state and the first problems (step 8 opens, or the admin refreshes).
    pub(super) fn read_status(&mut self, requests: &mut Requests) -> Vec<Command> {
        let Some((service_principal, job)) = self.set_up() else {
            return Vec::new();
        };
        if self.acting() || !self.signed_in {
            return Vec::new();
        }
        vec![Command::EntraActivity {
            request: self.acting.start(requests),
            service_principal,
            job,
            provision: None,
            start: false,
        }]
    }

    pub(super) fn acted(
        &mut self,
        request: RequestId,
        result: Result<super::protocol::EntraActivity, Problem>,
    ) {
        if !self.acting.settle(request) {
            return;
        }
        self.settling = None;
        match result {
            Ok(activity) => self.activity = Some(activity),
            Err(problem) => self.problem = Some(problem),
        }
    }

    pub(super) fn sign_in(&mut self, progress: &Progress, requests: &mut Requests) -> Vec<Command> {
        let client_id = progress.entra_client_id.trim().to_string();
        if client_id.is_empty() {
            self.problem = Some(Problem::NoEntraClientId);
            return Vec::new();
        }
        self.problem = None;
        // The built-in app is multi-tenant; a tenant's own app signs in only at its tenant.
        let tenant = match progress.entra_tenant.trim() {
            "" => "organizations".to_string(),
            tenant => tenant.to_string(),
        };
        vec![Command::MicrosoftSignIn {
            request: self.signing_in.start(requests),
            client_id,
            tenant,
        }]
    }

    pub(super) fn sign_in_waiting(&mut self, request: RequestId, url: String) {
        if self.signing_in.is(request) || self.setting_up.is(request) {
            self.sign_in_url = Some(url);
        }
    }

    pub(super) fn signed_in_result(&mut self, request: RequestId, result: Result<(), Problem>) {
        if !self.signing_in.settle(request) {
            return;
        }
        self.sign_in_url = None;
        match result {
            Ok(()) => {
                self.signed_in = true;
                self.problem = None;
            }
            Err(problem) => self.problem = Some(problem),
        }
    }

    /// "Do it for me": needs the Microsoft sign-in, the Tenant URL and the token.
    pub(super) fn connect(
        &mut self,
        tenant_url: Option<String>,
        token: Option<Secret>,
        name: String,
        recorded: Option<String>,
        requests: &mut Requests,
    ) -> Vec<Command> {
        let (Some(tenant_url), Some(token), true) = (tenant_url, token, self.signed_in) else {
            return Vec::new();
        };
        if self.connecting() {
            return Vec::new();
        }
        let assign = self
            .assign
            .split([',', ';', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|name| self.to_assign(name))
            .collect();
        let notify = Some(self.notify.trim().to_string()).filter(|n| !n.is_empty());
        self.problem = None;
        vec![Command::EntraConnect {
            request: self.connecting.start(requests),
            options: ConnectOptions {
                tenant_url,
                token,
                name,
                service_principal_id: recorded.filter(|id| !id.trim().is_empty()),
                assign,
                notify,
                start: false,
                cloud: crate::graph::Cloud::Global,
            },
        }]
    }

    pub(super) fn connect_step(&mut self, request: RequestId, step: crate::graph::StepId) {
        if self.connecting.is(request) {
            self.connect_at = Some(step);
        }
    }

    /// Stops "Do it for me"; what it did so far stays done in Entra, and running it again goes on
    /// from there.
    pub(super) fn cancel_connect(&mut self) -> Vec<Command> {
        if !self.connecting() {
            return Vec::new();
        }
        self.connecting.forget();
        self.connect_at = None;
        vec![Command::CancelEntraConnect]
    }

    pub(super) fn connected(&mut self, request: RequestId, result: Result<ConnectReport, Problem>) {
        if !self.connecting.settle(request) {
            return;
        }
        self.connect_at = None;
        match result {
            Ok(report) => self.report = Some(report),
            Err(problem) => self.problem = Some(problem),
        }
    }
}

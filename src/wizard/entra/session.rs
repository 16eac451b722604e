//! Step 2's room: the one Microsoft session (sign-in, "Set up access for this tenant", sign-out).

use super::super::protocol::{InFlight, RequestId, Requests};
use super::super::{Command, Problem, Progress};

#[derive(Debug, Default)]
pub struct MicrosoftSession {
    pub signed_in: bool,
    /// Who is signed in: the person "only me, for a first try" assigns and provisions.
    pub me: Option<crate::graph::Principal>,
    /// The Microsoft sign-in page the browser was asked to open.
    pub sign_in_url: Option<String>,
    /// What went wrong signing in or setting up access; drawn on step 2.
    pub problem: Option<Problem>,
    /// What the last "Set up access" did (for example: a recorded app was not trusted).
    pub access: Option<crate::graph::AccessOutcome>,
    /// The permission list is shown and waits for Continue before anything is made.
    pub confirming_access: bool,
    signing_in: InFlight,
    setting_up: InFlight,
}

impl MicrosoftSession {
    pub fn signing_in(&self) -> bool {
        self.signing_in.busy() || self.setting_up.busy()
    }

    /// Shows what the new app will ask for; nothing happens before Continue.
    pub(crate) fn ask_for_access(&mut self) {
        self.confirming_access = !self.signing_in();
    }

    pub(crate) fn cancel_access(&mut self) {
        self.confirming_access = false;
    }

    pub(crate) fn set_up_access(
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

    /// The tenant's app registration exists: remember its client id and tenant, and sign in with
    /// it (the bootstrap client never makes the provisioning calls).
    pub(crate) fn access_set_up(
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

    pub(crate) fn sign_in(&mut self, progress: &Progress, requests: &mut Requests) -> Vec<Command> {
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

    pub(crate) fn sign_in_waiting(&mut self, request: RequestId, url: String) {
        if self.signing_in.is(request) || self.setting_up.is(request) {
            self.sign_in_url = Some(url);
        }
    }

    pub(crate) fn signed_in_result(
        &mut self,
        request: RequestId,
        result: Result<crate::graph::Principal, Problem>,
    ) {
        if !self.signing_in.settle(request) {
            return;
        }
        self.sign_in_url = None;
        match result {
            Ok(me) => {
                self.signed_in = true;
                self.me = Some(me);
                self.problem = None;
            }
            Err(problem) => self.problem = Some(problem),
        }
    }

    /// Forgets the session here and in the worker.
    pub(crate) fn sign_out(&mut self) -> Vec<Command> {
        self.signed_in = false;
        self.me = None;
        self.signing_in.forget();
        // A "Set up access" under way would otherwise sign in again when it answers.
        self.setting_up.forget();
        self.confirming_access = false;
        vec![Command::ForgetMicrosoft]
    }
}

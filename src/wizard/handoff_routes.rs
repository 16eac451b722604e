//! The hand-off's ties to the rest of the wizard: what the owner's file holds, and what an opened
//! file fills in on the Entra admin's side.

use super::outcomes::HandOffProblem;
use super::protocol::RequestId;
use super::{Command, SignInMethod, Wizard};
use crate::handoff::{DEFAULT_VALIDITY, HandOff};
use crate::probe::{ConnectionVerdict, ProvisioningVerdict};

impl Wizard {
    /// Seals the Tenant URL and token this session has, with the last test's verdicts.
    pub(super) fn make_handoff(&mut self) -> Vec<Command> {
        let (Some(tenant_url), Some(token), Some(app_id)) = (
            self.enable.tenant_url.clone(),
            self.current_token(),
            self.progress.app_id,
        ) else {
            return Vec::new();
        };
        let made_at = std::time::SystemTime::now();
        let handoff = HandOff {
            app_id,
            app_name: self.app_name().unwrap_or_else(|| format!("app {app_id}")),
            server: self.progress.server.trim().to_string(),
            tenant_url,
            token,
            connection: self.connection().map(|c| c == ConnectionVerdict::Pass),
            provisioning: match self.provisioning() {
                ProvisioningVerdict::Pass => Some(true),
                ProvisioningVerdict::Fail => Some(false),
                ProvisioningVerdict::Unknown => None,
            },
            made_by: match self.progress.method {
                SignInMethod::Password => self.progress.email.trim().to_string(),
                _ => format!("client {}", self.progress.client_id.trim()),
            },
            made_at,
            expires_at: made_at + DEFAULT_VALIDITY,
        };
        self.handoff.make(handoff, &mut self.requests)
    }

    /// An opened hand-off gives this session its Tenant URL and token, as if the Appsemble half
    /// had been done here, and tests them at once.
    pub(super) fn handoff_opened(
        &mut self,
        request: RequestId,
        result: Result<HandOff, HandOffProblem>,
    ) -> Vec<Command> {
        let Some(handoff) = self.handoff.opened(request, result) else {
            return Vec::new();
        };
        self.enable.reset(Some(handoff.tenant_url));
        self.enable.token = Some(handoff.token);
        self.test.reset();
        self.progress.app_id = Some(handoff.app_id);
        self.progress.app_name = Some(handoff.app_name);
        self.run_test(false)
    }
}

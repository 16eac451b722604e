//! The two-people features' ties to the rest of the wizard: what the owner's hand-off holds, what
//! an opened one fills in on the Entra admin's side, and replacing the token in both places.

use super::outcomes::HandOffProblem;
use super::protocol::RequestId;
use super::{Command, SignInMethod, Wizard};
use crate::handoff::{DEFAULT_VALIDITY, HandOff};
use crate::probe::{ConnectionVerdict, ProvisioningVerdict};

impl Wizard {
    /// Signed in to both, with the enterprise application this assistant made: the token can be
    /// replaced in Appsemble and Entra at once.
    pub fn can_rotate(&self) -> bool {
        self.sign_in.signed_in
            && self.entra.session.signed_in
            && self.progress.app_id.is_some()
            && !self.progress.entra_service_principal_id.trim().is_empty()
    }

    /// Step 8's check of both halves; Entra's only when signed in with Microsoft and the
    /// enterprise application is recorded.
    pub(super) fn check_both(&mut self) -> Vec<Command> {
        let (Some(tenant_url), Some(token)) =
            (self.enable.tenant_url.clone(), self.current_token())
        else {
            return Vec::new();
        };
        let sp = self.progress.entra_service_principal_id.trim().to_string();
        let sp = (self.entra.session.signed_in && !sp.is_empty()).then_some(sp);
        self.both.start(tenant_url, token, sp, &mut self.requests)
    }

    pub(super) fn rotate(&mut self, action: super::Action) -> Vec<Command> {
        match action {
            super::Action::AskRotate if self.can_rotate() => self.rotation.ask(),
            super::Action::CancelRotate => self.rotation.cancel(),
            super::Action::ConfirmRotate if self.can_rotate() => {
                let (Some(app_id), sp) = (
                    self.progress.app_id,
                    self.progress.entra_service_principal_id.trim().to_string(),
                ) else {
                    return Vec::new();
                };
                let notify =
                    Some(self.entra.setup.notify.trim().to_string()).filter(|n| !n.is_empty());
                return self.rotation.start(app_id, sp, notify, &mut self.requests);
            }
            _ => {}
        }
        Vec::new()
    }

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

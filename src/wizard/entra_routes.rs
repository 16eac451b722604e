//! How the wizard routes the Entra actions and events to their rooms (`entra`), with what the
//! rooms need from the rest of the wizard.

use super::{Action, Command, Event, Step, Wizard, entra};

impl Wizard {
    /// The Entra actions (the others are handled in `Wizard::handle`).
    pub(super) fn handle_entra(&mut self, action: Action) -> Vec<Command> {
        let requests = &mut self.requests;
        match action {
            Action::SignInWithMicrosoft => self.entra.session.sign_in(&self.progress, requests),
            Action::SetUpTenantAccess => {
                self.entra.session.ask_for_access();
                Vec::new()
            }
            Action::ConfirmTenantAccess => {
                self.entra.session.set_up_access(&self.progress, requests)
            }
            Action::CancelTenantAccess => {
                self.entra.session.cancel_access();
                Vec::new()
            }
            Action::SignOutOfMicrosoft => {
                self.express.abandon();
                self.entra.sign_out()
            }
            Action::SaveTrace => self.entra.save_trace(),
            Action::CancelDoItForMe => self.entra.setup.cancel(),
            Action::CancelEntraActivity => self.entra.job.cancel(),
            Action::ProvisionOnePerson => self.entra.act(false, requests),
            Action::StartInEntra => self.entra.act(true, requests),
            Action::SearchTenant => {
                let signed_in = self.entra.session.signed_in;
                self.entra.search.search(signed_in, requests)
            }
            Action::AddToAssign(principal) => {
                self.entra.add_to_assign(principal);
                Vec::new()
            }
            Action::DoItForMe => {
                let inputs = self.connect_inputs();
                let search = &self.entra.search;
                self.entra.setup.connect(inputs, search, &mut self.requests)
            }
            _ => Vec::new(),
        }
    }

    /// What "Do it for me" (and Connect's Entra stage) needs from the rest of the wizard.
    pub(super) fn connect_inputs(&self) -> entra::ConnectInputs {
        entra::ConnectInputs {
            tenant_url: self.enable.tenant_url.clone(),
            token: self.current_token(),
            name: self.entra_app_name(),
            recorded: Some(self.progress.entra_service_principal_id.clone()),
            signed_in: self.entra.session.signed_in,
        }
    }

    /// The Entra events (the others are applied in `Wizard::apply`).
    pub(super) fn apply_entra(&mut self, event: Event) -> Vec<Command> {
        let requests = &mut self.requests;
        match event {
            Event::MicrosoftSignInWaiting { request, url } => {
                self.entra.session.sign_in_waiting(request, url);
                Vec::new()
            }
            Event::MicrosoftSignedIn { request, result } => {
                self.entra.session.signed_in_result(request, result);
                Vec::new()
            }
            Event::TenantSearched { request, result } => {
                self.entra.search.searched(request, result);
                Vec::new()
            }
            Event::TenantAccessSetUp { request, result } => {
                self.entra
                    .session
                    .access_set_up(request, result, &mut self.progress, requests)
            }
            Event::EntraConnectStep { request, step } => {
                self.entra.setup.step(request, step);
                Vec::new()
            }
            Event::TraceSaved { path, saved } => {
                self.entra.trace_saved = Some((path, saved));
                Vec::new()
            }
            Event::EntraWaiting { request, seconds } => {
                self.entra.job.waiting(request, seconds);
                Vec::new()
            }
            Event::EntraActivity { request, result } => {
                let provisioned = result
                    .as_ref()
                    .is_ok_and(|a| a.on_demand.as_ref().is_some_and(|o| o.succeeded()));
                self.entra.job.acted(request, result);
                // The person is in the app now: step 8's count should say so at once, not at
                // the next poll.
                if provisioned && self.watch.watching() {
                    let mut commands = self.watch.stop();
                    commands.extend(self.start_watching());
                    commands
                } else {
                    Vec::new()
                }
            }
            Event::EntraJobStatus { request, result } => {
                self.entra.job.polled(request, result);
                Vec::new()
            }
            Event::EntraConnected { request, result } => {
                let ok = result.as_ref().is_ok_and(|r| r.ok());
                let made = result
                    .as_ref()
                    .ok()
                    .and_then(|r| r.service_principal_id.clone());
                // Only the awaited answer counts: a cancelled run's late report changes nothing.
                if self.entra.setup.connected(request, result) {
                    if ok {
                        // What "Do it for me" did, the manual steps 2, 3 and 7 no longer need.
                        self.progress.done.extend([
                            Step::CreateApp,
                            Step::AssignUsers,
                            Step::Mappings,
                        ]);
                    }
                    if let Some(sp) = made {
                        self.progress.entra_service_principal_id = sp;
                    }
                    // Step 8 provisions the first person named here, unless another was typed.
                    if self.entra.job.person.trim().is_empty()
                        && let Some(first) =
                            self.entra.search.first_person(&self.entra.setup.assign)
                    {
                        self.entra.job.person = first;
                    }
                }
                Vec::new()
            }
            _ => Vec::new(),
        }
    }
}

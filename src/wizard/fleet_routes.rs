//! The fleet view's ties to the rest of the wizard: opening it from step 4, and opening one of its
//! apps on the guided path at the step where that app's next thing to do is.

use super::fleet::step_for;
use super::outcomes::ScimBefore;
use super::{Action, Command, Event, Step, Way, Wizard};

impl Wizard {
    pub(super) fn handle_fleet(&mut self, action: Action) -> Vec<Command> {
        match action {
            Action::OpenFleet => self.fleet.show(&mut self.requests),
            Action::CheckFleetAgain => self.fleet.check_again(&mut self.requests),
            Action::CloseFleet => {
                self.fleet.open = false;
                Vec::new()
            }
            Action::OpenFromFleet(app_id) => self.open_from_fleet(app_id),
            _ => Vec::new(),
        }
    }

    pub(super) fn apply_fleet(&mut self, event: Event) -> Vec<Command> {
        if let Event::FleetSurveyed { request, result } = event {
            self.fleet.surveyed(request, result);
        }
        Vec::new()
    }

    /// Chooses the app as step 4 would, carries over the token the survey read (so the live
    /// test and the watch need no second read), and opens the step its state points to.
    fn open_from_fleet(&mut self, app_id: u64) -> Vec<Command> {
        let Some(app) = self.fleet.app(app_id).cloned() else {
            return Vec::new();
        };
        let Some(choice) = self.apps.choice(app_id) else {
            // Not an app this account may change: step 4 says why, with the app in its list.
            self.apps.filter = app_id.to_string();
            return self.leave_fleet_for(Step::Appsemble);
        };
        self.choose(choice);
        if let (Some(true), Some(token)) = (app.scim_enabled, app.token.clone()) {
            self.enable.token = Some(token);
            self.enable.token_created = false;
            self.enable.before = Some(ScimBefore { has_token: true });
            self.progress
                .done
                .extend([Step::Appsemble, Step::EnableScim]);
        }
        self.leave_fleet_for(step_for(&app))
    }

    fn leave_fleet_for(&mut self, step: Step) -> Vec<Command> {
        self.fleet.open = false;
        self.progress.way = Some(Way::Guided);
        self.go_to(step)
    }
}

//! One file per wizard step; each draws state and pushes intents, nothing else.

mod appsemble;
mod assign_users;
mod create_app;
mod credentials;
mod done;
mod enable_scim;
mod entra;
mod mappings;
mod prepare;
mod provision;

use egui::Ui;

use super::{Feedback, Intent};
use crate::wizard::{Step, Wizard};

/// What a step view may read and change.
pub struct StepContext<'a> {
    pub wizard: &'a mut Wizard,
    pub intents: &'a mut Vec<Intent>,
    pub feedback: &'a Feedback,
    pub report_path: &'a mut String,
}

/// Draws the current step.
pub fn show(ui: &mut Ui, cx: &mut StepContext) {
    match cx.wizard.step() {
        Step::Prepare => prepare::show(ui, cx),
        Step::CreateApp => create_app::show(ui, cx),
        Step::AssignUsers => assign_users::show(ui, cx),
        Step::Appsemble => appsemble::show(ui, cx),
        Step::EnableScim => enable_scim::show(ui, cx),
        Step::Credentials => credentials::show(ui, cx),
        Step::Mappings => mappings::show(
            ui,
            cx.wizard.provisioning(),
            cx.wizard.entra.setup.report.as_ref(),
        ),
        Step::Provision => provision::show(ui, cx),
        Step::Done => done::show(ui, cx),
    }
}

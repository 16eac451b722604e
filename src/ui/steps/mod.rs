//! One file per wizard step; each draws state and pushes intents, nothing else.

mod appsemble;
mod assign_users;
mod create_app;
mod credentials;
mod done;
mod enable_scim;
mod handoff;
mod mappings;
mod prepare;
mod provision;
mod rotation;

use egui::Ui;

// The pieces of the guided steps that "Set it up for me" shows too.
pub(super) use appsemble::show as appsemble_sign_in;
pub(super) use assign_users::search as tenant_search;
pub(super) use create_app::{first_access, session as microsoft_session};
pub(super) use credentials::entra_report;
pub(super) use handoff::received as handoff_received;
pub(super) use provision::on_demand_outcome;

use super::{Feedback, Intent};
use crate::messages::window;
use crate::wizard::{Action, Step, Wizard};

/// What a step view may read and change.
pub struct StepContext<'a> {
    pub wizard: &'a mut Wizard,
    pub intents: &'a mut Vec<Intent>,
    pub feedback: &'a Feedback,
    pub report_path: &'a mut String,
    /// Practice mode: the addresses of the pretend services cannot be changed, so nothing real is
    /// ever reached and no real credentials are asked for.
    pub practice: bool,
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

/// After something failed on the Entra side: the exchange, secrets removed, for support.
pub(super) fn entra_trace(ui: &mut Ui, cx: &mut StepContext) {
    if !cx.wizard.entra.trace_worth_saving() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(window::SAVE_TRACE).clicked() {
            cx.intents.push(Intent::Wizard(Action::SaveTrace));
        }
        match &cx.wizard.entra.trace_saved {
            Some((path, true)) => ui.label(format!("{} {}", window::TRACE_SAVED, path.display())),
            Some((path, false)) => {
                ui.label(format!("{} {}", window::TRACE_NOT_SAVED, path.display()))
            }
            None => ui.label(""),
        };
    });
}

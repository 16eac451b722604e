use egui::{RichText, Ui};

use super::StepContext;
use crate::messages::window;
use crate::ui::Intent;
use crate::ui::widgets::show_problem;
use crate::wizard::Action;

pub fn show(ui: &mut Ui, cx: &mut StepContext) {
    rehearsal_gate(ui, cx);
    super::entra::activity(ui, cx);
    ui.label(window::PROVISION_INTRO);
    ui.label(window::PROVISION_CYCLE);
    super::prepare::sign_in_note(ui, cx);
    ui.add_space(10.0);
    ui.heading(window::WATCH_TITLE);
    if cx.wizard.current_token().is_none() {
        ui.label(window::WATCH_NEEDS_TOKEN);
        return;
    }
    ui.horizontal(|ui| {
        if cx.wizard.watch.watching() {
            ui.label(window::WATCH_ACTIVE);
            if ui.button(window::WATCH_STOP).clicked() {
                cx.intents.push(Intent::Wizard(Action::StopWatching));
            }
        } else if ui.button(window::WATCH_START).clicked() {
            cx.intents.push(Intent::Wizard(Action::StartWatching));
        }
    });
    if let Some(error) = &cx.wizard.watch.problem {
        show_problem(ui, error);
    }
    let Some(users) = &cx.wizard.watch.users else {
        return;
    };
    ui.label(RichText::new(window::users_total(users.total)).strong());
    if users.newest.is_empty() {
        ui.label(window::WATCH_EMPTY);
    }
    egui::Grid::new("newest-users")
        .striped(true)
        .show(ui, |ui| {
            for user in &users.newest {
                ui.label(RichText::new(&user.user_name).monospace());
                ui.label(if user.active {
                    window::ACTIVE
                } else {
                    window::INACTIVE
                });
                ui.label(RichText::new(&user.created).weak());
                ui.end_row();
            }
        });
}

/// Start only after the rehearsal: a blocking banner when it failed, a prompt (with the button)
/// when it has not run.
fn rehearsal_gate(ui: &mut Ui, cx: &mut StepContext) {
    use crate::probe::ProvisioningVerdict;
    match cx.wizard.provisioning() {
        ProvisioningVerdict::Fail => crate::ui::widgets::blocking_banner(ui, window::DO_NOT_START),
        ProvisioningVerdict::Pass => return,
        ProvisioningVerdict::Unknown => {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.label(RichText::new(window::REHEARSE_FIRST).color(ui.visuals().warn_fg_color));
                let can = cx.wizard.current_token().is_some() && !cx.wizard.test.running();
                if ui
                    .add_enabled(can, egui::Button::new(window::REHEARSE_BUTTON))
                    .clicked()
                {
                    cx.intents.push(Intent::Wizard(Action::Rehearse));
                }
                if cx.wizard.test.running() {
                    ui.label(window::TESTING);
                }
            });
        }
    }
    ui.add_space(8.0);
}

use egui::{RichText, Ui};

use super::StepContext;
use crate::messages::window;
use crate::ui::Intent;
use crate::ui::widgets::show_problem;
use crate::wizard::Action;

pub fn show(ui: &mut Ui, cx: &mut StepContext) {
    ui.label(window::PROVISION_INTRO);
    ui.label(window::PROVISION_CYCLE);
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

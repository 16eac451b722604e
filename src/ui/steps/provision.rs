use egui::{RichText, Ui};

use super::StepContext;
use crate::messages::wizard as text;
use crate::ui::Intent;
use crate::ui::widgets::problem;
use crate::wizard::Action;

pub fn show(ui: &mut Ui, cx: &mut StepContext) {
    ui.label(text::PROVISION_INTRO);
    ui.label(text::PROVISION_CYCLE);
    ui.add_space(10.0);
    ui.heading(text::WATCH_TITLE);
    if cx.wizard.token_for_test().is_none() {
        ui.label(text::WATCH_NEEDS_TOKEN);
        return;
    }
    ui.horizontal(|ui| {
        if cx.wizard.watching {
            ui.label(text::WATCH_ACTIVE);
            if ui.button(text::WATCH_STOP).clicked() {
                cx.intents.push(Intent::Wizard(Action::StopWatching));
            }
        } else if ui.button(text::WATCH_START).clicked() {
            cx.intents.push(Intent::Wizard(Action::StartWatching));
        }
    });
    if let Some(error) = &cx.wizard.users_error {
        problem(ui, error);
    }
    let Some(users) = &cx.wizard.users else {
        return;
    };
    ui.label(RichText::new(text::users_total(users.total)).strong());
    if users.newest.is_empty() {
        ui.label(text::WATCH_EMPTY);
    }
    egui::Grid::new("newest-users")
        .striped(true)
        .show(ui, |ui| {
            for user in &users.newest {
                ui.label(RichText::new(&user.user_name).monospace());
                ui.label(if user.active {
                    text::ACTIVE
                } else {
                    text::INACTIVE
                });
                ui.label(RichText::new(&user.created).weak());
                ui.end_row();
            }
        });
}

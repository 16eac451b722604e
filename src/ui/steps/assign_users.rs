use egui::{RichText, Ui};

use super::StepContext;
use crate::messages::window;
use crate::ui::Intent;
use crate::ui::widgets::text_field;
use crate::wizard::Action;

pub fn show(ui: &mut Ui, cx: &mut StepContext) {
    if cx.wizard.entra.session.signed_in {
        search(ui, cx);
        ui.add_space(8.0);
    }
    ui.label(window::ASSIGN_INTRO);
    ui.add_space(6.0);
    ui.label(window::ASSIGN_PATH);
    ui.add_space(6.0);
    ui.label(window::ASSIGN_GROUPS);
    ui.add_space(6.0);
    ui.label(RichText::new(window::ASSIGN_TIP).italics());
}

/// Signed in with Microsoft: find the tenant's people and groups and add them to what "Do it for
/// me" assigns.
pub(in crate::ui) fn search(ui: &mut Ui, cx: &mut StepContext) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            let field = text_field(
                ui,
                window::SEARCH_TENANT,
                &mut cx.wizard.entra.search.text,
                false,
            );
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button(window::SEARCH).clicked() || entered {
                cx.intents.push(Intent::Wizard(Action::SearchTenant));
            }
        });
        for principal in &cx.wizard.entra.search.found {
            ui.horizontal_wrapped(|ui| {
                let kind = if principal.is_group {
                    format!(" ({})", window::GROUP)
                } else {
                    format!(" <{}>", principal.name)
                };
                ui.label(format!("{}{kind}", principal.display_name));
                if ui
                    .button(format!("{} {}", window::ADD, principal.display_name))
                    .clicked()
                {
                    cx.intents
                        .push(Intent::Wizard(Action::AddToAssign(principal.clone())));
                }
            });
        }
        if let Some(problem) = &cx.wizard.entra.search.problem {
            crate::ui::widgets::show_problem(ui, problem);
        }
        text_field(
            ui,
            window::DO_IT_ASSIGN,
            &mut cx.wizard.entra.setup.assign,
            false,
        );
    });
}

//! "Replace the token everywhere" (steps 6 and 8): asked first, then each part with its mark, the
//! measured gap, and — when Entra could not take it — the new token to copy and where it goes.

use egui::{RichText, Ui};

use super::StepContext;
use crate::messages::{self, window};
use crate::ui::widgets::{primary, show_problem, status_badge};
use crate::ui::{Copied, Intent};
use crate::wizard::Action;

pub(in crate::ui) fn show(ui: &mut Ui, cx: &mut StepContext) {
    if !cx.wizard.can_rotate() {
        return;
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(window::ROTATE_TITLE).strong());
        ui.label(window::ROTATE_NOTE);
        let rotation = &cx.wizard.rotation;
        if rotation.confirming {
            ui.label(RichText::new(window::ROTATE_CONFIRM).color(ui.visuals().warn_fg_color));
            ui.horizontal_wrapped(|ui| {
                if ui.add(primary(ui, window::ROTATE_YES.get())).clicked() {
                    cx.intents.push(Intent::Wizard(Action::ConfirmRotate));
                }
                if ui.button(window::CANCEL).clicked() {
                    cx.intents.push(Intent::Wizard(Action::CancelRotate));
                }
            });
        } else if rotation.running() {
            ui.spinner();
        } else if ui.button(window::ROTATE_BUTTON).clicked() {
            cx.intents.push(Intent::Wizard(Action::AskRotate));
        }
        if let Some(problem) = &rotation.problem {
            show_problem(ui, problem);
        }
        let Some(report) = &rotation.report else {
            return;
        };
        let (server, l) = (cx.wizard.progress.server.clone(), crate::i18n::lang());
        for step in &report.steps {
            let (name, words) = messages::rotate::explain_step(step, &server, l);
            ui.horizontal_wrapped(|ui| {
                ui.label(status_badge(ui, step.status()));
                ui.label(RichText::new(name.get()).strong());
                ui.label(&words.summary);
            });
            if !words.fix.is_empty() && step.status() != crate::probe::Status::Pass {
                ui.label(RichText::new(format!("{}: {}", window::FIX, words.fix)).italics());
            }
        }
        if let Some(gap) = report.gap {
            ui.label(window::rotation_gap(gap));
        }
        if let Some(token) = report.token_to_paste() {
            ui.label(RichText::new(messages::rotate::NEW_TOKEN).strong());
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(token.masked()).monospace());
                if ui.button(window::COPY).clicked() {
                    cx.intents.push(Intent::CopyToken);
                }
                if cx.feedback.recently_copied(Copied::Token) {
                    ui.label(window::COPIED);
                }
            });
            ui.label(messages::rotate::PASTE_IN_ENTRA);
        }
    });
}

/// Step 8's "Check both halves now": one answer for the Appsemble and the Entra side.
pub(in crate::ui) fn both(ui: &mut Ui, cx: &mut StepContext) {
    if cx.wizard.current_token().is_none() {
        return;
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(window::CHECK_BOTH_NOTE);
        ui.horizontal_wrapped(|ui| {
            let running = cx.wizard.both.running();
            if ui
                .add_enabled(!running, egui::Button::new(window::CHECK_BOTH.get()))
                .clicked()
            {
                cx.intents.push(Intent::Wizard(Action::CheckBoth));
            }
            if running {
                ui.spinner();
            }
        });
        if let Some(problem) = &cx.wizard.both.problem {
            show_problem(ui, problem);
        }
        let Some(halves) = &cx.wizard.both.halves else {
            return;
        };
        let (headline, color) = match halves.ok() {
            true => (window::BOTH_HEALTHY, crate::ui::widgets::success(ui)),
            false => (window::BOTH_NOT_HEALTHY, ui.visuals().error_fg_color),
        };
        ui.label(RichText::new(headline).strong().color(color));
        let report = &halves.appsemble;
        crate::ui::widgets::verdicts(ui, report.test_connection(), cx.wizard.provisioning());
        let failed = report
            .checks
            .iter()
            .filter(|c| c.status() == crate::probe::Status::Fail);
        for check in failed {
            crate::ui::widgets::check_row(ui, check);
        }
        if let Some(entra) = &halves.entra {
            let words = messages::entra::explain_in(&entra.credentials, crate::i18n::lang());
            ui.horizontal_wrapped(|ui| {
                ui.label(status_badge(ui, entra.credentials.status()));
                ui.label(RichText::new(window::ENTRA_HOLDS).strong());
                ui.label(&words.summary);
            });
            if let Ok(status) = &entra.status {
                ui.label(format!("{}: {}", window::JOB_STATE, status.state));
            }
        }
    });
}

//! The hand-off in the window: opening a received file (the Entra admin's first section) and
//! making one for the Entra admin (step 6 and Done).

use egui::{RichText, Ui};

use super::StepContext;
use crate::messages::{self, window};
use crate::ui::Intent;
use crate::ui::widgets::{self, primary, success, text_field};
use crate::wizard::{Action, HandOffProblem, Step};

/// The received file: path (or dropped), passphrase, Open; once open, what it holds.
pub(in crate::ui) fn received(ui: &mut Ui, cx: &mut StepContext) {
    let state = &mut cx.wizard.handoff;
    if let Some(received) = &state.received {
        let until = crate::report::utc_timestamp(received.expires_at);
        let from = window::received_from(
            &received.made_by,
            &received.app_name,
            &received.server,
            &until,
        );
        ui.label(RichText::new(from).color(success(ui)));
        ui.label(window::received_verdicts(
            received.connection,
            received.provisioning,
        ));
        if ui.link(window::HANDOFF_BY_HAND).clicked() {
            cx.intents
                .push(Intent::Wizard(Action::ByHand(Step::Credentials)));
        }
        return;
    }
    if let Some(path) = ui
        .ctx()
        .input(|i| i.raw.dropped_files.first().map(|f| f.path().to_path_buf()))
    {
        state.path = path.display().to_string();
    }
    text_field(ui, window::HANDOFF_FILE, &mut state.path, false);
    let typed = text_field(ui, window::HANDOFF_PASSPHRASE, &mut state.passphrase, true);
    let entered = typed.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    ui.horizontal_wrapped(|ui| {
        let busy = state.opening();
        if ui
            .add_enabled(!busy, primary(ui, window::HANDOFF_OPEN.get()))
            .clicked()
            || (entered && !busy)
        {
            cx.intents.push(Intent::Wizard(Action::OpenHandOff));
        }
        if busy {
            ui.spinner();
            ui.label(window::HANDOFF_OPENING);
        }
    });
    if let Some(problem) = &state.problem {
        problem_of(ui, problem);
    }
}

fn problem_of(ui: &mut Ui, problem: &HandOffProblem) {
    match problem {
        HandOffProblem::Open(error) => widgets::problem(
            ui,
            &messages::handoff::explain_open_error(error, crate::i18n::lang()),
        ),
        HandOffProblem::Unreadable => {
            ui.label(RichText::new(window::HANDOFF_UNREADABLE).color(ui.visuals().error_fg_color));
        }
        HandOffProblem::NotWritten => {
            ui.label(RichText::new(window::HANDOFF_NOT_MADE).color(ui.visuals().error_fg_color));
        }
    }
}

/// The owner's side: seal this app's Tenant URL and token for someone else's Entra.
pub(in crate::ui) fn make(ui: &mut Ui, cx: &mut StepContext) {
    if cx.wizard.current_token().is_none() || cx.wizard.enable.tenant_url.is_none() {
        return;
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(window::HANDOFF_MAKE_TITLE).strong());
        ui.label(window::HANDOFF_MAKE_NOTE);
        let state = &mut cx.wizard.handoff;
        text_field(ui, window::HANDOFF_OUT, &mut state.out_path, false);
        ui.horizontal_wrapped(|ui| {
            let busy = state.making();
            if ui
                .add_enabled(!busy, egui::Button::new(window::HANDOFF_MAKE.get()))
                .clicked()
            {
                cx.intents.push(Intent::Wizard(Action::MakeHandOff));
            }
            if busy {
                ui.spinner();
            }
        });
        if let Some(made) = &state.made {
            ui.label(format!("{} {}", window::HANDOFF_MADE, made.path.display()));
            ui.label(RichText::new(messages::handoff::PASSPHRASE).strong());
            ui.add(
                egui::Label::new(
                    RichText::new(made.passphrase.expose())
                        .monospace()
                        .size(16.0),
                )
                .selectable(true),
            );
            let until = crate::report::utc_timestamp(made.expires_at);
            ui.label(format!("{}: {until}", messages::handoff::VALID_UNTIL));
            ui.label(messages::handoff::SEND_APART);
        }
        if let Some(problem) = &state.make_problem {
            problem_of(ui, problem);
        }
    });
}

use egui::{RichText, Ui};

use super::StepContext;
use crate::messages::{self, window};
use crate::ui::widgets::{check_row, copy_row, primary, show_problem, text_field};
use crate::ui::{Copied, Intent};
use crate::wizard::Action;

pub fn show(ui: &mut Ui, cx: &mut StepContext) {
    ui.label(window::CREDENTIALS_INTRO);
    ui.label(window::CREDENTIALS_PATH_NEW);
    ui.label(RichText::new(window::CREDENTIALS_PATH_OLD).weak());
    ui.add_space(8.0);
    if let Some(url) = cx.wizard.enable.tenant_url.clone() {
        copy_row(
            ui,
            window::TENANT_URL,
            &url,
            Copied::TenantUrl,
            || Intent::Copy {
                what: Copied::TenantUrl,
                text: url.clone(),
            },
            cx.feedback,
            cx.intents,
        );
    }
    ui.label(RichText::new(window::NO_FLAG).weak());
    ui.add_space(6.0);
    token_row(ui, cx);
    ui.add_space(8.0);
    test_buttons(ui, cx);
    if let Some(error) = &cx.wizard.test.problem {
        crate::ui::widgets::show_problem(ui, error);
    }
    if let Some(words) = cx
        .wizard
        .test
        .cancelled_clean_up
        .as_ref()
        .and_then(crate::messages::clean_up)
    {
        crate::ui::widgets::problem(ui, &words);
    }
    // Signed in with Microsoft, "Do it for me" is the next thing to do: above the dozen checks.
    let do_it_first = cx.wizard.entra.session.signed_in;
    if let Some(report) = &cx.wizard.test.report {
        let provisioning = cx.wizard.provisioning();
        crate::ui::widgets::verdicts(ui, report.test_connection(), provisioning);
    }
    if do_it_first {
        ui.add_space(8.0);
        do_it_for_me(ui, cx);
    }
    if let Some(report) = &cx.wizard.test.report {
        for check in &report.checks {
            check_row(ui, check);
        }
    }
    if !do_it_first {
        ui.add_space(8.0);
        do_it_for_me(ui, cx);
    }
    ui.add_space(8.0);
    super::rotation::show(ui, cx);
    ui.add_space(8.0);
    super::handoff::make(ui, cx);
}

fn token_row(ui: &mut Ui, cx: &mut StepContext) {
    match cx.wizard.enable.token.clone() {
        Some(token) => {
            let shown = if cx.wizard.test.show_token {
                token.expose().to_string()
            } else {
                token.masked()
            };
            copy_row(
                ui,
                window::SECRET_TOKEN,
                &shown,
                Copied::Token,
                || Intent::CopyToken,
                cx.feedback,
                cx.intents,
            );
            let toggle = if cx.wizard.test.show_token {
                window::HIDE
            } else {
                window::SHOW
            };
            if ui
                .button(format!("{toggle} {}", window::SECRET_TOKEN))
                .clicked()
            {
                cx.wizard.test.show_token = !cx.wizard.test.show_token;
            }
            ui.label(RichText::new(window::CLIPBOARD_NOTE).weak());
        }
        None => {
            ui.label(window::TOKEN_UNKNOWN);
            text_field(
                ui,
                window::TOKEN_TO_TEST,
                &mut cx.wizard.test.pasted_token,
                true,
            );
        }
    }
    if let Some(notice) = cx.feedback.clipboard_notice {
        ui.label(notice);
    }
}

fn test_buttons(ui: &mut Ui, cx: &mut StepContext) {
    let can_test = cx.wizard.enable.tenant_url.is_some() && cx.wizard.current_token().is_some();
    let testing = cx.wizard.test.running();
    // Once Test Connection would pass, the rehearsal is the next thing to do: it is the only way
    // to learn before Start whether Appsemble can create users at all.
    let rehearse_next = cx.wizard.rehearsal_is_next();
    ui.horizontal_wrapped(|ui| {
        let test = egui::Button::new(window::TEST_BUTTON);
        if ui.add_enabled(can_test && !testing, test).clicked() {
            cx.intents.push(Intent::Wizard(Action::RunTest));
        }
        let rehearse = if rehearse_next {
            crate::ui::widgets::primary(ui, window::REHEARSE_BUTTON.get())
        } else {
            egui::Button::new(window::REHEARSE_BUTTON.get())
        };
        if ui.add_enabled(can_test && !testing, rehearse).clicked() {
            cx.intents.push(Intent::Wizard(Action::Rehearse));
        }
        if testing {
            ui.spinner();
            ui.label(window::TESTING);
            if ui.button(window::CANCEL).clicked() {
                cx.intents.push(Intent::Wizard(Action::CancelTest));
            }
        }
    });
    ui.label(RichText::new(window::REHEARSE_NOTE).weak());
}

/// Step 6: "Do it for me" and what it did, step by step.
fn do_it_for_me(ui: &mut Ui, cx: &mut StepContext) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(window::DO_IT_TITLE).strong());
        text_field(
            ui,
            window::DO_IT_ASSIGN,
            &mut cx.wizard.entra.setup.assign,
            false,
        );
        text_field(
            ui,
            window::DO_IT_NOTIFY,
            &mut cx.wizard.entra.setup.notify,
            false,
        );
        let ready = cx.wizard.entra.session.signed_in && cx.wizard.current_token().is_some();
        let busy = cx.wizard.entra.setup.connecting();
        ui.horizontal_wrapped(|ui| {
            // Filled only when it can be pressed, like Next.
            let button = if ready && !busy {
                primary(ui, window::DO_IT_BUTTON.get())
            } else {
                egui::Button::new(window::DO_IT_BUTTON.get())
            };
            if ui.add_enabled(ready && !busy, button).clicked() {
                cx.intents.push(Intent::Wizard(Action::DoItForMe));
            }
            if busy {
                ui.spinner();
                match cx.wizard.entra.setup.at {
                    Some(step) => ui.label(format!(
                        "{} {}",
                        window::DO_IT_NOW,
                        messages::entra::step_name(step)
                    )),
                    None => ui.label(window::DO_IT_WORKING),
                };
                if ui.button(window::CONSENT_CANCEL).clicked() {
                    cx.intents.push(Intent::Wizard(Action::CancelDoItForMe));
                }
            } else if !ready {
                ui.label(RichText::new(window::DO_IT_NEEDS).weak());
            }
        });
        if let Some(problem) = &cx.wizard.entra.setup.problem {
            show_problem(ui, problem);
        }
        if let Some(report) = &cx.wizard.entra.setup.report {
            entra_report(ui, report);
        }
        super::entra_trace(ui, cx);
    });
}

/// What "Do it for me" did in Entra, step by step, with the fix where one failed.
pub(in crate::ui) fn entra_report(ui: &mut Ui, report: &crate::graph::ConnectReport) {
    for step in &report.steps {
        let words = messages::entra::explain_in(&step.finding, crate::i18n::lang());
        ui.horizontal_wrapped(|ui| {
            ui.label(crate::ui::widgets::status_badge(ui, step.finding.status()));
            ui.label(RichText::new(messages::entra::step_name(step.id)).strong());
            ui.label(&words.summary);
        });
        if !words.fix.is_empty() {
            ui.label(RichText::new(format!("{}: {}", window::FIX, words.fix)).italics());
        }
    }
}

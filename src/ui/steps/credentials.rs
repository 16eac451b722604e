use egui::{RichText, Ui};

use super::StepContext;
use crate::messages::window;
use crate::ui::widgets::{check_row, copy_row, text_field};
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
    if let Some(report) = &cx.wizard.test.report {
        let provisioning = cx.wizard.provisioning();
        crate::ui::widgets::verdicts(ui, report.test_connection(), provisioning);
        for check in &report.checks {
            check_row(ui, check);
        }
    }
    ui.add_space(8.0);
    super::entra::do_it(ui, cx);
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

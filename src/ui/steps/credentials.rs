use egui::{RichText, Ui};

use super::StepContext;
use crate::messages::wizard as text;
use crate::ui::widgets::{check_row, copy_row, numbered, text_field};
use crate::ui::{Copied, Intent};
use crate::wizard::Action;

pub fn show(ui: &mut Ui, cx: &mut StepContext) {
    ui.label(text::CREDENTIALS_INTRO);
    numbered(ui, &[text::CREDENTIALS_PATH_NEW]);
    ui.label(RichText::new(text::CREDENTIALS_PATH_OLD).weak());
    ui.add_space(8.0);
    if let Some(url) = cx.wizard.tenant_url.clone() {
        copy_row(
            ui,
            text::TENANT_URL,
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
    ui.add_space(6.0);
    token_row(ui, cx);
    ui.add_space(8.0);
    test_buttons(ui, cx);
    if let Some(error) = &cx.wizard.test_error {
        crate::ui::widgets::problem(ui, error);
    }
    if let Some(words) = cx
        .wizard
        .cancelled_clean_up
        .as_ref()
        .and_then(crate::messages::clean_up)
    {
        crate::ui::widgets::problem(ui, &words);
    }
    if let Some(report) = &cx.wizard.test {
        let verdict = if report.ok() {
            text::TEST_PASSED
        } else {
            text::TEST_FAILED
        };
        ui.label(RichText::new(verdict).strong());
        for check in &report.checks {
            check_row(ui, check);
        }
    }
}

fn token_row(ui: &mut Ui, cx: &mut StepContext) {
    match cx.wizard.token.clone() {
        Some(token) => {
            let shown = if cx.wizard.show_token {
                token.expose().to_string()
            } else {
                token.masked()
            };
            copy_row(
                ui,
                text::SECRET_TOKEN,
                &shown,
                Copied::Token,
                || Intent::CopyToken,
                cx.feedback,
                cx.intents,
            );
            let toggle = if cx.wizard.show_token {
                text::HIDE
            } else {
                text::SHOW
            };
            if ui
                .button(format!("{toggle} {}", text::SECRET_TOKEN))
                .clicked()
            {
                cx.wizard.show_token = !cx.wizard.show_token;
            }
            ui.label(RichText::new(text::CLIPBOARD_NOTE).weak());
        }
        None => {
            ui.label(text::TOKEN_UNKNOWN);
            text_field(ui, text::TOKEN_TO_TEST, &mut cx.wizard.pasted_token, true);
        }
    }
    if let Some(notice) = cx.feedback.clipboard_notice {
        ui.label(notice);
    }
}

fn test_buttons(ui: &mut Ui, cx: &mut StepContext) {
    let can_test = cx.wizard.tenant_url.is_some() && cx.wizard.token_for_test().is_some();
    let testing = cx.wizard.busy.testing;
    ui.horizontal(|ui| {
        if ui
            .add_enabled(can_test && !testing, egui::Button::new(text::TEST_BUTTON))
            .clicked()
        {
            cx.intents.push(Intent::Wizard(Action::RunTest));
        }
        if ui
            .add_enabled(
                can_test && !testing,
                egui::Button::new(text::REHEARSE_BUTTON),
            )
            .on_hover_text(text::REHEARSE_NOTE)
            .clicked()
        {
            cx.intents.push(Intent::Wizard(Action::Rehearse));
        }
        if testing {
            ui.spinner();
            ui.label(text::TESTING);
            if ui.button(text::CANCEL).clicked() {
                cx.intents.push(Intent::Wizard(Action::CancelTest));
            }
        }
    });
}

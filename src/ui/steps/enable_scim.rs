use egui::{RichText, Ui};

use super::StepContext;
use crate::appsemble::yaml_fix;
use crate::messages::wizard as text;
use crate::ui::Intent;
use crate::ui::widgets::{problem, success};
use crate::wizard::{Action, EnableProblem, SignInMethod};

pub fn show(ui: &mut Ui, cx: &mut StepContext) {
    if cx.wizard.chosen.is_none() {
        ui.label(text::ENABLE_NEEDS_APP);
        return;
    }
    ui.label(text::ENABLE_INTRO);
    ui.add_space(8.0);
    let busy = cx.wizard.busy;
    if busy.enabling || busy.reading_scim {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(text::WORKING);
        });
    } else if cx.wizard.token.is_some() {
        let words = if cx.wizard.token_created {
            text::ENABLED_NEW
        } else {
            text::ENABLED_KEPT
        };
        ui.label(RichText::new(words).color(success(ui)).strong());
    } else {
        choices(ui, cx);
    }
    match &cx.wizard.enable_error {
        Some(EnableProblem::Failed(explanation)) => problem(ui, explanation),
        Some(EnableProblem::Security(missing)) => {
            ui.label(RichText::new(text::SECURITY_MISSING).color(ui.visuals().error_fg_color));
            ui.label(text::SECURITY_ADD);
            ui.label(RichText::new(yaml_fix(missing)).monospace());
        }
        None => {}
    }
}

fn choices(ui: &mut Ui, cx: &mut StepContext) {
    let has_token = cx.wizard.scim_before.is_some_and(|b| b.has_token);
    if cx.wizard.progress.method != SignInMethod::Password {
        ui.label(text::CLIENT_MAKES_NEW);
    }
    if cx.wizard.confirm_replace {
        confirm_replace(ui, cx);
        return;
    }
    if !has_token {
        // A fresh app, or one whose token this sign-in cannot see (the wizard then asks first).
        if ui.button(text::ENABLE_BUTTON).clicked() {
            cx.intents.push(Intent::Wizard(Action::EnableScim));
        }
        return;
    }
    ui.label(text::ENABLE_EXISTING);
    ui.horizontal(|ui| {
        if ui.button(text::KEEP_TOKEN).clicked() {
            cx.intents.push(Intent::Wizard(Action::KeepToken));
        }
        if ui.button(text::REPLACE_TOKEN).clicked() {
            cx.intents.push(Intent::Wizard(Action::AskReplaceToken));
        }
    });
}

fn confirm_replace(ui: &mut Ui, cx: &mut StepContext) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(RichText::new(text::REPLACE_WARNING).color(ui.visuals().warn_fg_color));
        ui.horizontal(|ui| {
            if ui.button(text::REPLACE_CONFIRM).clicked() {
                cx.intents.push(Intent::Wizard(Action::ConfirmReplaceToken));
            }
            if ui.button(text::CANCEL).clicked() {
                cx.intents.push(Intent::Wizard(Action::CancelReplaceToken));
            }
        });
    });
}

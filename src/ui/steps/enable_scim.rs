use egui::{RichText, Ui};

use super::StepContext;
use crate::appsemble::yaml_fix;
use crate::messages::window;
use crate::ui::Intent;
use crate::ui::widgets::{show_problem, success};
use crate::wizard::{Action, EnableProblem, SignInMethod};

pub fn show(ui: &mut Ui, cx: &mut StepContext) {
    if cx.wizard.apps.chosen.is_none() {
        ui.label(window::ENABLE_NEEDS_APP);
        return;
    }
    ui.label(window::ENABLE_INTRO);
    ui.add_space(8.0);
    if cx.wizard.enable.enabling() || cx.wizard.enable.reading() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(window::WORKING);
        });
    } else if cx.wizard.enable.token.is_some() {
        let words = if cx.wizard.enable.token_created {
            window::ENABLED_NEW
        } else {
            window::ENABLED_KEPT
        };
        ui.label(RichText::new(words).color(success(ui)).strong());
    } else {
        choices(ui, cx);
    }
    match &cx.wizard.enable.problem {
        Some(EnableProblem::Failed(failed)) => show_problem(ui, failed),
        Some(EnableProblem::Security(missing)) => {
            ui.label(RichText::new(window::SECURITY_MISSING).color(ui.visuals().error_fg_color));
            ui.label(window::SECURITY_ADD);
            ui.label(RichText::new(yaml_fix(missing)).monospace());
        }
        None => {}
    }
}

fn choices(ui: &mut Ui, cx: &mut StepContext) {
    let has_token = cx.wizard.enable.before.is_some_and(|b| b.has_token);
    if cx.wizard.progress.method != SignInMethod::Password {
        ui.label(window::CLIENT_MAKES_NEW);
    }
    if cx.wizard.enable.confirm_replace {
        confirm_replace(ui, cx);
        return;
    }
    if !has_token {
        // A fresh app, or one whose token this sign-in cannot see (the wizard then asks first).
        if ui
            .add(crate::ui::widgets::primary(ui, window::ENABLE_BUTTON.get()))
            .clicked()
        {
            cx.intents.push(Intent::Wizard(Action::EnableScim));
        }
        return;
    }
    ui.label(window::ENABLE_EXISTING);
    ui.horizontal(|ui| {
        if ui.button(window::KEEP_TOKEN).clicked() {
            cx.intents.push(Intent::Wizard(Action::KeepToken));
        }
        if ui.button(window::REPLACE_TOKEN).clicked() {
            cx.intents.push(Intent::Wizard(Action::AskReplaceToken));
        }
    });
}

fn confirm_replace(ui: &mut Ui, cx: &mut StepContext) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(RichText::new(window::REPLACE_WARNING).color(ui.visuals().warn_fg_color));
        ui.horizontal(|ui| {
            if ui.button(window::REPLACE_CONFIRM).clicked() {
                cx.intents.push(Intent::Wizard(Action::ConfirmReplaceToken));
            }
            if ui.button(window::CANCEL).clicked() {
                cx.intents.push(Intent::Wizard(Action::CancelReplaceToken));
            }
        });
    });
}

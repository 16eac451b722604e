use egui::{RichText, Ui};

use super::StepContext;
use crate::messages::{self, window};
use crate::ui::widgets::{copy_row, numbered, primary, show_problem, success, text_field};
use crate::ui::{Copied, Intent};
use crate::wizard::Action;

pub fn show(ui: &mut Ui, cx: &mut StepContext) {
    automate(ui, cx);
    ui.add_space(8.0);
    ui.label(window::CREATE_INTRO);
    ui.add_space(6.0);
    numbered(ui, &[window::CREATE_PATH_NEW, window::CREATE_CHOICE]);
    ui.label(egui::RichText::new(window::CREATE_PATH_OLD).weak());
    ui.add_space(8.0);
    let name = window::suggested_entra_name(cx.wizard.app_name().as_deref());
    copy_row(
        ui,
        window::CREATE_NAME,
        &name,
        Copied::EntraName,
        || Intent::Copy {
            what: Copied::EntraName,
            text: name.clone(),
        },
        cx.feedback,
        cx.intents,
    );
    ui.label(egui::RichText::new(window::CREATE_NAME_WHERE).weak());
    ui.add_space(8.0);
    if ui.button(window::CREATE_OPEN).clicked() {
        cx.intents
            .push(Intent::Open(window::ENTRA_ADMIN_URL.to_string()));
    }
    ui.add_space(8.0);
    ui.label(egui::RichText::new(window::CREATE_WARNING).color(ui.visuals().warn_fg_color));
}

/// Step 2: sign in with Microsoft so that step 6 can do the Entra steps.
fn automate(ui: &mut Ui, cx: &mut StepContext) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(window::AUTOMATE_TITLE).strong());
        ui.label(window::AUTOMATE_INTRO);
        session(ui, cx);
    });
}

/// The one Microsoft session: sign in, set up access for the tenant, or sign out (also on the
/// express path).
pub(in crate::ui) fn session(ui: &mut Ui, cx: &mut StepContext) {
    let entra = &cx.wizard.entra.session;
    if let Some(outcome) = entra.access {
        ui.label(messages::entra::access_outcome_in(
            outcome,
            crate::i18n::lang(),
        ));
    }
    if entra.signed_in {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(window::MICROSOFT_SIGNED_IN).color(success(ui)));
            if let Some(me) = &entra.me {
                ui.label(format!("{} ({})", me.display_name, me.name));
            }
            if ui.button(window::MICROSOFT_SIGN_OUT).clicked() {
                cx.intents.push(Intent::Wizard(Action::SignOutOfMicrosoft));
            }
        });
    } else if entra.confirming_access {
        consent(ui, cx);
    } else if entra.signing_in() {
        ui.label(window::MICROSOFT_WAITING);
        if let Some(url) = &entra.sign_in_url {
            ui.add(egui::Label::new(RichText::new(url).monospace()).selectable(true));
        }
    } else {
        let progress = &mut cx.wizard.progress;
        ui.add_enabled_ui(!cx.practice, |ui| {
            text_field(
                ui,
                window::ENTRA_CLIENT_ID,
                &mut progress.entra_client_id,
                false,
            );
            text_field(ui, window::ENTRA_TENANT, &mut progress.entra_tenant, false);
        });
        ui.horizontal_wrapped(|ui| {
            if ui.button(window::MICROSOFT_SIGN_IN).clicked() {
                cx.intents.push(Intent::Wizard(Action::SignInWithMicrosoft));
            }
            if ui.button(window::SET_UP_ACCESS).clicked() {
                cx.intents.push(Intent::Wizard(Action::SetUpTenantAccess));
            }
        });
        ui.label(RichText::new(window::SET_UP_ACCESS_NOTE).weak());
    }
    if let Some(problem) = &cx.wizard.entra.session.problem {
        show_problem(ui, problem);
    }
    super::entra_trace(ui, cx);
}

/// What "Set up access" will make and ask for, before anything happens (security review M1).
fn consent(ui: &mut Ui, cx: &mut StepContext) {
    what_access_makes(ui);
    ui.horizontal_wrapped(|ui| {
        if ui
            .add(primary(ui, window::CONSENT_CONTINUE.get()))
            .clicked()
        {
            cx.intents.push(Intent::Wizard(Action::ConfirmTenantAccess));
        }
        if ui.button(window::CONSENT_CANCEL).clicked() {
            cx.intents.push(Intent::Wizard(Action::CancelTenantAccess));
        }
    });
}

/// The permission list "Set up access" asks for, and how to undo it.
fn what_access_makes(ui: &mut Ui) {
    ui.label(RichText::new(window::CONSENT_TITLE).strong());
    ui.label(window::CONSENT_INTRO);
    for line in messages::entra::permission_list_in(crate::i18n::lang()) {
        ui.label(format!("• {line}"));
    }
    ui.label(RichText::new(window::CONSENT_HOW).weak());
}

/// The express path without an app registration yet: what "Set up access" makes is on screen
/// before its one click (security review M1), and a known registration can still be typed.
pub(in crate::ui) fn first_access(ui: &mut Ui, cx: &mut StepContext) {
    what_access_makes(ui);
    if ui.add(primary(ui, window::SET_UP_ACCESS.get())).clicked() {
        cx.intents.push(Intent::Wizard(Action::ConfirmTenantAccess));
    }
    if let Some(problem) = &cx.wizard.entra.session.problem {
        show_problem(ui, problem);
    }
    ui.add_space(4.0);
    ui.collapsing(window::HAVE_REGISTRATION.get(), |ui| session(ui, cx));
}

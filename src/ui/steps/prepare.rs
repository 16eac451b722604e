use egui::Ui;

use super::StepContext;
use crate::messages::window;

pub fn show(ui: &mut Ui, cx: &mut StepContext) {
    ui.label(window::PREPARE_INTRO);
    ui.add_space(8.0);
    ui.label(egui::RichText::new(window::PREPARE_NEEDS).strong());
    ui.label(format!("• {}", window::PREPARE_NEED_ENTRA));
    ui.label(format!("• {}", window::PREPARE_NEED_APPSEMBLE));
    ui.add_space(8.0);
    ui.label(window::PREPARE_TIME);
    ui.label(window::PREPARE_CHANGES);
    ui.add_space(8.0);
    ui.label(window::PREPARE_LEAVERS);
    sign_in_note(ui, cx);
}

/// How provisioned people sign in, with a link to Appsemble's SAML guide (also on step 8).
pub fn sign_in_note(ui: &mut Ui, cx: &mut StepContext) {
    ui.add_space(6.0);
    ui.label(window::PREPARE_SIGN_IN);
    if ui.link(window::SAML_DOCS).clicked() {
        cx.intents
            .push(crate::ui::Intent::Open(window::SAML_DOCS_URL.to_string()));
    }
}

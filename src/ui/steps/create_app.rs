use egui::Ui;

use super::StepContext;
use crate::messages::window;
use crate::ui::widgets::{copy_row, numbered};
use crate::ui::{Copied, Intent};

pub fn show(ui: &mut Ui, cx: &mut StepContext) {
    super::entra::sign_in(ui, cx);
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

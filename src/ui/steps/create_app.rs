use egui::Ui;

use super::StepContext;
use crate::messages::wizard as text;
use crate::ui::widgets::{copy_row, numbered};
use crate::ui::{Copied, Intent};

pub fn show(ui: &mut Ui, cx: &mut StepContext) {
    ui.label(text::CREATE_INTRO);
    ui.add_space(6.0);
    numbered(ui, &[text::CREATE_PATH_NEW, text::CREATE_CHOICE]);
    ui.label(egui::RichText::new(text::CREATE_PATH_OLD).weak());
    ui.add_space(8.0);
    let name = cx.wizard.suggested_entra_name();
    copy_row(
        ui,
        text::CREATE_NAME,
        &name,
        Copied::EntraName,
        || Intent::Copy {
            what: Copied::EntraName,
            text: name.clone(),
        },
        cx.feedback,
        cx.intents,
    );
    ui.add_space(8.0);
    if ui.button(text::CREATE_OPEN).clicked() {
        cx.intents
            .push(Intent::Open(text::ENTRA_ADMIN_URL.to_string()));
    }
    ui.add_space(8.0);
    ui.label(egui::RichText::new(text::CREATE_WARNING).color(ui.visuals().warn_fg_color));
}

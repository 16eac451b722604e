use egui::Ui;

use crate::messages::wizard as text;

pub fn show(ui: &mut Ui) {
    ui.label(text::PREPARE_INTRO);
    ui.add_space(8.0);
    ui.label(egui::RichText::new(text::PREPARE_NEEDS).strong());
    ui.label(format!("• {}", text::PREPARE_NEED_ENTRA));
    ui.label(format!("• {}", text::PREPARE_NEED_APPSEMBLE));
    ui.add_space(8.0);
    ui.label(text::PREPARE_TIME);
    ui.label(text::PREPARE_CHANGES);
}

use egui::Ui;

use crate::messages::window;

pub fn show(ui: &mut Ui) {
    ui.label(window::PREPARE_INTRO);
    ui.add_space(8.0);
    ui.label(egui::RichText::new(window::PREPARE_NEEDS).strong());
    ui.label(format!("• {}", window::PREPARE_NEED_ENTRA));
    ui.label(format!("• {}", window::PREPARE_NEED_APPSEMBLE));
    ui.add_space(8.0);
    ui.label(window::PREPARE_TIME);
    ui.label(window::PREPARE_CHANGES);
}

use egui::Ui;

use crate::messages::window;

pub fn show(ui: &mut Ui) {
    ui.label(window::ASSIGN_INTRO);
    ui.add_space(6.0);
    ui.label(window::ASSIGN_PATH);
    ui.add_space(6.0);
    ui.label(window::ASSIGN_GROUPS);
    ui.add_space(6.0);
    ui.label(egui::RichText::new(window::ASSIGN_TIP).italics());
}

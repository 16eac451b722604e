use egui::Ui;

use crate::messages::wizard as text;

pub fn show(ui: &mut Ui) {
    ui.label(text::ASSIGN_INTRO);
    ui.add_space(6.0);
    ui.label(text::ASSIGN_PATH);
    ui.add_space(6.0);
    ui.label(text::ASSIGN_GROUPS);
    ui.add_space(6.0);
    ui.label(egui::RichText::new(text::ASSIGN_TIP).italics());
}

use egui::{RichText, Ui};

use super::StepContext;
use crate::messages::window;
use crate::ui::Intent;
use crate::ui::widgets::text_field;

pub fn show(ui: &mut Ui, cx: &mut StepContext) {
    ui.label(RichText::new(summary(cx)).strong());
    egui::Grid::new("summary").num_columns(2).show(ui, |ui| {
        ui.label(window::DONE_SERVER);
        ui.label(&cx.wizard.progress.server);
        ui.end_row();
        ui.label(window::DONE_APP);
        let app = match (&cx.wizard.progress.app_name, cx.wizard.progress.app_id) {
            (Some(name), Some(id)) => format!("{name} (#{id})"),
            (None, Some(id)) => format!("#{id}"),
            _ => "–".to_string(),
        };
        ui.label(app);
        ui.end_row();
        ui.label(window::TENANT_URL);
        ui.label(cx.wizard.enable.tenant_url.as_deref().unwrap_or("–"));
        ui.end_row();
    });
    if let Some(connection) = cx.wizard.connection() {
        crate::ui::widgets::verdicts(ui, connection, cx.wizard.provisioning());
    }
    ui.add_space(8.0);
    super::handoff::make(ui, cx);
    ui.add_space(10.0);
    if cx.wizard.test.report.is_none() {
        ui.label(window::REPORT_NEEDS_TEST);
        return;
    }
    text_field(ui, window::REPORT_PATH, cx.report_path, false);
    if ui.button(window::SAVE_REPORT).clicked() {
        cx.intents.push(Intent::SaveReport);
    }
    match &cx.wizard.test.report_saved {
        Some((path, true)) => ui.label(format!("{} {}", window::REPORT_SAVED, path.display())),
        Some((path, false)) => ui.label(format!("{} {}", window::REPORT_NOT_SAVED, path.display())),
        None => ui.label(""),
    };
}

/// The headline depends on both verdicts: never "ready" while Appsemble cannot receive users.
fn summary(cx: &StepContext) -> crate::i18n::Text {
    use crate::probe::{ConnectionVerdict, ProvisioningVerdict};
    match (cx.wizard.connection(), cx.wizard.provisioning()) {
        (None, _) => window::DONE_UNTESTED,
        (Some(ConnectionVerdict::Fail), _) => window::DONE_CONNECTION_FAILS,
        (Some(ConnectionVerdict::Pass), ProvisioningVerdict::Fail) => window::DONE_CANNOT_RECEIVE,
        (Some(ConnectionVerdict::Pass), ProvisioningVerdict::Unknown) => window::DONE_UNREHEARSED,
        (Some(ConnectionVerdict::Pass), ProvisioningVerdict::Pass) => window::DONE_READY,
    }
}

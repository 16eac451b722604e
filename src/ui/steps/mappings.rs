use egui::{RichText, Ui};

use crate::mappings::{Mapping, MappingAction, MappingReason, rows_to, short_target};
use crate::messages::{mapping_reason, window};

pub fn show(
    ui: &mut Ui,
    provisioning: crate::probe::ProvisioningVerdict,
    done: Option<&crate::graph::ConnectReport>,
) {
    if provisioning == crate::probe::ProvisioningVerdict::Fail {
        crate::ui::widgets::blocking_banner(ui, window::DO_NOT_START);
        ui.add_space(8.0);
    }
    match done.filter(|r| !r.mappings_after.is_empty()) {
        // Done for the admin: the rows to change by hand stay available, folded away.
        Some(report) => {
            let words = window::mappings_done(report.mappings_before.len(), &report.mappings_after);
            ui.label(RichText::new(words).color(crate::ui::widgets::success(ui)));
            ui.add_space(8.0);
            ui.collapsing(window::MAPPINGS_BY_HAND.get(), by_hand);
        }
        None => by_hand(ui),
    }
}

/// The mappings to change, delete and keep in the Entra admin center.
fn by_hand(ui: &mut Ui) {
    ui.label(window::MAPPINGS_INTRO);
    ui.add_space(6.0);
    ui.label(format!("1. {}", window::MAPPINGS_GROUPS));
    ui.label(format!("2. {}", window::MAPPINGS_USERS));
    ui.label(format!("3. {}", window::MAPPINGS_NO_FLAG));
    table(
        ui,
        window::CHANGE_THESE,
        &rows_to(|a| matches!(a, MappingAction::Change { .. })),
    );
    table(
        ui,
        window::DELETE_THESE,
        &rows_to(|a| *a == MappingAction::Delete),
    );
    table(
        ui,
        window::KEEP_THESE,
        &rows_to(|a| *a == MappingAction::Keep),
    );
}

fn table(ui: &mut Ui, title: crate::i18n::Text, rows: &[&Mapping]) {
    ui.add_space(8.0);
    ui.label(RichText::new(format!("{title} ({})", rows.len())).strong());
    egui::Grid::new(title.en)
        .striped(true)
        .num_columns(2)
        .show(ui, |ui| {
            ui.label(RichText::new(window::MAPPING_ATTRIBUTE).underline());
            ui.label(RichText::new(window::MAPPING_SOURCE).underline());
            ui.end_row();
            for row in rows {
                ui.label(RichText::new(short_target(row.target)).monospace())
                    .on_hover_text(mapping_reason(row.reason));
                let source = match row.action {
                    MappingAction::Change { to_source } => format!("{} ➡ {to_source}", row.source),
                    _ => row.source.to_string(),
                };
                ui.label(RichText::new(source).monospace());
                ui.end_row();
            }
        });
    // Each distinct reason once, under the table, instead of a column that would not fit.
    let mut reasons: Vec<MappingReason> = Vec::new();
    for row in rows {
        if !reasons.contains(&row.reason) {
            reasons.push(row.reason);
        }
    }
    for reason in reasons {
        ui.label(RichText::new(mapping_reason(reason)).weak());
    }
}

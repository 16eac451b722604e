//! "All your SCIM apps": one row per app with its state, filter and order, and a click that opens
//! the app on the guided path. Only the rows on screen are laid out (`show_rows`), so hundreds of
//! apps cost what a screenful costs.

use egui::{RichText, Ui};

use super::steps::StepContext;
use super::{Intent, widgets};
use crate::fleet::{AppHealth, DEFAULT_DEADLINE};
use crate::i18n::lang;
use crate::messages::{fleet as words, window};
use crate::wizard::{Action, FleetOrder};

/// Widths of the columns before the last, which takes the rest.
const STATUS_WIDTH: f32 = 130.0;
const APP_WIDTH: f32 = 210.0;
const ORGANIZATION_WIDTH: f32 = 130.0;
const USERS_WIDTH: f32 = 70.0;

pub fn show(ui: &mut Ui, cx: &mut StepContext) {
    ui.horizontal(|ui| {
        ui.heading(words::TITLE);
        if ui.button(window::FLEET_BACK).clicked() {
            cx.intents.push(Intent::Wizard(Action::CloseFleet));
        }
        let checking = cx.wizard.fleet.checking();
        if ui
            .add_enabled(!checking, egui::Button::new(window::FLEET_AGAIN))
            .clicked()
        {
            cx.intents.push(Intent::Wizard(Action::CheckFleetAgain));
        }
    });
    if cx.wizard.fleet.checking() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(window::FLEET_CHECKING);
        });
    }
    if let Some(problem) = &cx.wizard.fleet.problem {
        widgets::show_problem(ui, problem);
    }
    let Some(fleet) = &cx.wizard.fleet.fleet else {
        return;
    };
    if fleet.client_credentials {
        ui.label(RichText::new(words::ONLY_PUBLIC).color(ui.visuals().warn_fg_color));
    }
    ui.label(RichText::new(words::summary_in(&fleet.summary(), lang())).strong());
    controls(ui, cx);
    ui.label(RichText::new(window::FLEET_CLICK).weak());
    ui.separator();
    table(ui, cx);
}

fn controls(ui: &mut Ui, cx: &mut StepContext) {
    let view = &mut cx.wizard.fleet;
    ui.horizontal_wrapped(|ui| {
        widgets::text_field(ui, window::FLEET_FILTER, &mut view.filter, false);
        ui.checkbox(&mut view.needs_attention, window::FLEET_ATTENTION);
    });
    ui.horizontal(|ui| {
        ui.label(window::FLEET_SORT);
        for (order, label) in [
            (FleetOrder::Status, window::FLEET_BY_STATUS),
            (FleetOrder::Name, window::FLEET_BY_NAME),
            (FleetOrder::Organization, window::FLEET_BY_ORGANIZATION),
        ] {
            ui.selectable_value(&mut view.order, order, label.get());
        }
    });
}

fn table(ui: &mut Ui, cx: &mut StepContext) {
    let rows = cx.wizard.fleet.rows();
    if rows.is_empty() {
        ui.label(window::FLEET_NO_MATCH);
        return;
    }
    ui.horizontal(|ui| {
        for (title, width) in [
            (words::STATUS, STATUS_WIDTH),
            (words::APP, APP_WIDTH),
            (words::ORGANIZATION, ORGANIZATION_WIDTH),
            (words::USERS, USERS_WIDTH),
        ] {
            cell(ui, width, RichText::new(title.get()).strong());
        }
        ui.label(RichText::new(words::WHAT.get()).strong());
    });
    let server = cx.wizard.progress.server.clone();
    let row_height = ui.spacing().interact_size.y;
    let mut opened = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, row_height, rows.len(), |ui, visible| {
            for app in &rows[visible] {
                if row(ui, app, &server) {
                    opened = Some(app.app_id);
                }
            }
        });
    if let Some(app_id) = opened {
        cx.intents
            .push(Intent::Wizard(Action::OpenFromFleet(app_id)));
    }
}

/// One app; true when it was clicked.
fn row(ui: &mut Ui, app: &AppHealth, server: &str) -> bool {
    let said = crate::messages::fleet::explain_in(app, server, DEFAULT_DEADLINE.as_secs(), lang());
    ui.horizontal(|ui| {
        let status = words::tone(&app.health);
        let badge = widgets::badge(ui, status, words::label_in(&app.health, lang()));
        cell(ui, STATUS_WIDTH, badge);
        let name = format!("{} (#{})", app.name, app.app_id);
        let clicked = in_cell(ui, APP_WIDTH, |ui| ui.link(name))
            .on_hover_text(&said.fix)
            .clicked();
        cell(
            ui,
            ORGANIZATION_WIDTH,
            app.organization.display_name().into(),
        );
        let users = app.users.map(|n| n.to_string()).unwrap_or_default();
        cell(ui, USERS_WIDTH, users.into());
        ui.add(egui::Label::new(said.summary).truncate());
        clicked
    })
    .inner
}

/// A fixed-width cell whose text is cut with "…" rather than pushing the next column.
fn cell(ui: &mut Ui, width: f32, text: RichText) {
    in_cell(ui, width, |ui| ui.add(egui::Label::new(text).truncate()));
}

/// A widget at the left of a fixed-width column.
fn in_cell(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui) -> egui::Response) -> egui::Response {
    let size = egui::vec2(width, ui.spacing().interact_size.y);
    let layout = egui::Layout::left_to_right(egui::Align::Center);
    ui.allocate_ui_with_layout(size, layout, |ui| {
        ui.set_width(width);
        add(ui)
    })
    .inner
}

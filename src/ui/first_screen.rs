//! The first screen: the ways in ("Set it up for me", "Guide me step by step", practice).

use egui::{RichText, Ui};

use super::steps::StepContext;
use super::{Intent, widgets};
use crate::messages::window;
use crate::wizard::{Action, Way};

pub fn show(ui: &mut Ui, cx: &mut StepContext) {
    ui.heading(window::FIRST_TITLE);
    ui.add_space(6.0);
    ui.label(window::FIRST_INTRO);
    ui.add_space(10.0);
    let express = Intent::Wizard(Action::ChooseWay(Some(Way::Express)));
    way(
        ui,
        window::WAY_EXPRESS,
        window::WAY_EXPRESS_NOTE,
        true,
        || cx.intents.push(express),
    );
    let guided = Intent::Wizard(Action::ChooseWay(Some(Way::Guided)));
    way(
        ui,
        window::WAY_GUIDED,
        window::WAY_GUIDED_NOTE,
        false,
        || cx.intents.push(guided),
    );
    let handoff = Intent::Wizard(Action::ChooseWay(Some(Way::HandOff)));
    way(
        ui,
        window::WAY_HANDOFF,
        window::WAY_HANDOFF_NOTE,
        false,
        || cx.intents.push(handoff),
    );
    if !cx.practice {
        way(
            ui,
            window::PRACTICE_BUTTON,
            window::WAY_PRACTICE_NOTE,
            false,
            || cx.intents.push(Intent::StartPractice),
        );
        if cx.feedback.practice_failed {
            ui.label(RichText::new(window::PRACTICE_UNAVAILABLE).color(ui.visuals().warn_fg_color));
        }
    }
}

/// One way in: its button and what it means.
fn way(
    ui: &mut Ui,
    title: crate::i18n::Text,
    note: crate::i18n::Text,
    first: bool,
    chosen: impl FnOnce(),
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let button = if first {
            widgets::primary(ui, title.get())
        } else {
            egui::Button::new(RichText::new(title.get()).strong())
        };
        if ui.add(button).clicked() {
            chosen();
        }
        ui.label(note);
    });
    ui.add_space(6.0);
}

use egui::{RichText, Ui};

use super::StepContext;
use crate::messages::{self, window};
use crate::ui::Intent;
use crate::ui::widgets::{show_problem, success, text_field};
use crate::wizard::Action;

pub fn show(ui: &mut Ui, cx: &mut StepContext) {
    rehearsal_gate(ui, cx);
    entra_job(ui, cx);
    ui.add_space(8.0);
    super::rotation::both(ui, cx);
    ui.add_space(8.0);
    super::rotation::show(ui, cx);
    ui.label(window::PROVISION_INTRO);
    ui.label(window::PROVISION_CYCLE);
    super::prepare::sign_in_note(ui, cx);
    ui.add_space(10.0);
    ui.heading(window::WATCH_TITLE);
    if cx.wizard.current_token().is_none() {
        ui.label(window::WATCH_NEEDS_TOKEN);
        return;
    }
    ui.horizontal(|ui| {
        if cx.wizard.watch.watching() {
            ui.label(window::WATCH_ACTIVE);
            if ui.button(window::WATCH_STOP).clicked() {
                cx.intents.push(Intent::Wizard(Action::StopWatching));
            }
        } else if ui.button(window::WATCH_START).clicked() {
            cx.intents.push(Intent::Wizard(Action::StartWatching));
        }
    });
    if let Some(error) = &cx.wizard.watch.problem {
        show_problem(ui, error);
    }
    let Some(users) = &cx.wizard.watch.users else {
        return;
    };
    ui.label(RichText::new(window::users_total(users.total)).strong());
    if users.newest.is_empty() {
        ui.label(window::WATCH_EMPTY);
    }
    egui::Grid::new("newest-users")
        .striped(true)
        .show(ui, |ui| {
            for user in &users.newest {
                ui.label(RichText::new(&user.user_name).monospace());
                ui.label(if user.active {
                    window::ACTIVE
                } else {
                    window::INACTIVE
                });
                ui.label(RichText::new(&user.created).weak());
                ui.end_row();
            }
        });
}

/// Start only after the rehearsal: a blocking banner when it failed, a prompt (with the button)
/// when it has not run.
fn rehearsal_gate(ui: &mut Ui, cx: &mut StepContext) {
    use crate::probe::ProvisioningVerdict;
    match cx.wizard.provisioning() {
        ProvisioningVerdict::Fail => crate::ui::widgets::blocking_banner(ui, window::DO_NOT_START),
        ProvisioningVerdict::Pass => return,
        ProvisioningVerdict::Unknown => {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.label(RichText::new(window::REHEARSE_FIRST).color(ui.visuals().warn_fg_color));
                let can = cx.wizard.current_token().is_some() && !cx.wizard.test.running();
                if ui
                    .add_enabled(can, egui::Button::new(window::REHEARSE_BUTTON))
                    .clicked()
                {
                    cx.intents.push(Intent::Wizard(Action::Rehearse));
                }
                if cx.wizard.test.running() {
                    ui.label(window::TESTING);
                }
            });
        }
    }
    ui.add_space(8.0);
}

/// Step 8, when "Do it for me" set Entra up: provision one person now, start, and Entra's side
/// of things (job state, the first problems of its logs, each explained).
fn entra_job(ui: &mut Ui, cx: &mut StepContext) {
    if cx.wizard.entra.setup.set_up().is_none() {
        return;
    }
    let l = crate::i18n::lang();
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(window::ENTRA_SIDE).strong());
        text_field(
            ui,
            window::PERSON_NOW,
            &mut cx.wizard.entra.job.person,
            false,
        );
        let busy = cx.wizard.entra.job.acting();
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(!busy, egui::Button::new(window::PROVISION_NOW))
                .clicked()
            {
                cx.intents.push(Intent::Wizard(Action::ProvisionOnePerson));
            }
            if ui
                .add_enabled(!busy, egui::Button::new(window::START_IN_ENTRA))
                .clicked()
            {
                cx.intents.push(Intent::Wizard(Action::StartInEntra));
            }
            if busy {
                ui.spinner();
            }
        });
        if let Some(seconds) = cx.wizard.entra.job.settling {
            ui.horizontal_wrapped(|ui| {
                ui.label(messages::entra::assignment_settling_in(seconds, l));
                if ui.button(window::STOP_WAITING).clicked() {
                    cx.intents.push(Intent::Wizard(Action::CancelEntraActivity));
                }
            });
        }
        if let Some(problem) = &cx.wizard.entra.job.problem {
            show_problem(ui, problem);
        }
        super::entra_trace(ui, cx);
        let Some(activity) = &cx.wizard.entra.job.activity else {
            return;
        };
        if let Some(outcome) = &activity.on_demand {
            on_demand_outcome(ui, outcome);
        }
        ui.label(format!("{}: {}", window::JOB_STATE, activity.status.state));
        if let Some(reason) = activity
            .status
            .quarantine
            .as_ref()
            .filter(|r| !r.is_empty())
        {
            ui.label(
                RichText::new(format!("{}: {reason}", window::QUARANTINED))
                    .color(ui.visuals().error_fg_color),
            );
        }
        if let Some(ended) = &activity.status.last_cycle {
            ui.label(format!("{}: {ended}", window::LAST_CYCLE));
        }
        if let Some(counts) = activity.status.counts {
            ui.label(window::cycle_counts(
                counts.entitled,
                counts.exported,
                counts.escrowed,
            ));
        }
        match &activity.problems {
            Ok(problems) => {
                for problem in problems.iter().take(5) {
                    let words = messages::entra::explain_problem_in(problem, l);
                    ui.label(format!("{} — {}", problem.user, words.summary));
                }
            }
            Err(error) => {
                let words = messages::entra::explain_graph_error(error, l);
                ui.label(RichText::new(format!("{} {}", words.summary, words.fix)).weak());
            }
        }
    });
}

/// What Provision on demand did for one person, with the fix when it failed.
pub(in crate::ui) fn on_demand_outcome(ui: &mut Ui, outcome: &crate::graph::OnDemand) {
    let words = messages::entra::explain_on_demand_in(outcome, crate::i18n::lang());
    let color = if outcome.succeeded() {
        success(ui)
    } else {
        ui.visuals().error_fg_color
    };
    ui.label(RichText::new(&words.summary).color(color));
    if !words.fix.is_empty() {
        ui.label(RichText::new(format!("{}: {}", window::FIX, words.fix)).italics());
    }
}

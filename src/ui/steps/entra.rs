//! The automated Entra half: the Microsoft sign-in (step 2) and "Do it for me" with its report
//! (step 6). The manual instructions stay on those steps as the way by hand.

use egui::{RichText, Ui};

use super::StepContext;
use crate::messages::{self, window};
use crate::ui::Intent;
use crate::ui::widgets::{primary, show_problem, success, text_field};
use crate::wizard::Action;

/// Step 2: sign in with Microsoft so that step 6 can do the Entra steps.
pub fn sign_in(ui: &mut Ui, cx: &mut StepContext) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(window::AUTOMATE_TITLE).strong());
        ui.label(window::AUTOMATE_INTRO);
        let entra = &cx.wizard.entra.session;
        if let Some(outcome) = entra.access {
            ui.label(messages::entra::access_outcome_in(
                outcome,
                crate::i18n::lang(),
            ));
        }
        if entra.signed_in {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(window::MICROSOFT_SIGNED_IN).color(success(ui)));
                if ui.button(window::MICROSOFT_SIGN_OUT).clicked() {
                    cx.intents.push(Intent::Wizard(Action::SignOutOfMicrosoft));
                }
            });
        } else if entra.confirming_access {
            consent(ui, cx);
        } else if entra.signing_in() {
            ui.label(window::MICROSOFT_WAITING);
            if let Some(url) = &entra.sign_in_url {
                ui.add(egui::Label::new(RichText::new(url).monospace()).selectable(true));
            }
        } else {
            text_field(
                ui,
                window::ENTRA_CLIENT_ID,
                &mut cx.wizard.progress.entra_client_id,
                false,
            );
            text_field(
                ui,
                window::ENTRA_TENANT,
                &mut cx.wizard.progress.entra_tenant,
                false,
            );
            ui.horizontal_wrapped(|ui| {
                if ui.button(window::MICROSOFT_SIGN_IN).clicked() {
                    cx.intents.push(Intent::Wizard(Action::SignInWithMicrosoft));
                }
                if ui.button(window::SET_UP_ACCESS).clicked() {
                    cx.intents.push(Intent::Wizard(Action::SetUpTenantAccess));
                }
            });
            ui.label(RichText::new(window::SET_UP_ACCESS_NOTE).weak());
        }
        if let Some(problem) = &cx.wizard.entra.session.problem {
            show_problem(ui, problem);
        }
        save_trace(ui, cx);
    });
}

/// After something failed on the Entra side: the exchange, secrets removed, for support.
fn save_trace(ui: &mut Ui, cx: &mut StepContext) {
    if !cx.wizard.entra.trace_worth_saving() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(window::SAVE_TRACE).clicked() {
            cx.intents.push(Intent::Wizard(Action::SaveTrace));
        }
        match &cx.wizard.entra.trace_saved {
            Some((path, true)) => ui.label(format!("{} {}", window::TRACE_SAVED, path.display())),
            Some((path, false)) => {
                ui.label(format!("{} {}", window::TRACE_NOT_SAVED, path.display()))
            }
            None => ui.label(""),
        };
    });
}

/// What "Set up access" will make and ask for, before anything happens (security review M1).
fn consent(ui: &mut Ui, cx: &mut StepContext) {
    ui.label(RichText::new(window::CONSENT_TITLE).strong());
    ui.label(window::CONSENT_INTRO);
    for line in messages::entra::permission_list_in(crate::i18n::lang()) {
        ui.label(format!("• {line}"));
    }
    ui.label(RichText::new(window::CONSENT_HOW).weak());
    ui.horizontal_wrapped(|ui| {
        if ui
            .add(primary(ui, window::CONSENT_CONTINUE.get()))
            .clicked()
        {
            cx.intents.push(Intent::Wizard(Action::ConfirmTenantAccess));
        }
        if ui.button(window::CONSENT_CANCEL).clicked() {
            cx.intents.push(Intent::Wizard(Action::CancelTenantAccess));
        }
    });
}

/// Step 6: "Do it for me" and what it did, step by step.
pub fn do_it(ui: &mut Ui, cx: &mut StepContext) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(window::DO_IT_TITLE).strong());
        text_field(
            ui,
            window::DO_IT_ASSIGN,
            &mut cx.wizard.entra.setup.assign,
            false,
        );
        text_field(
            ui,
            window::DO_IT_NOTIFY,
            &mut cx.wizard.entra.setup.notify,
            false,
        );
        let ready = cx.wizard.entra.session.signed_in && cx.wizard.current_token().is_some();
        let busy = cx.wizard.entra.setup.connecting();
        ui.horizontal_wrapped(|ui| {
            // Filled only when it can be pressed, like Next.
            let button = if ready && !busy {
                primary(ui, window::DO_IT_BUTTON.get())
            } else {
                egui::Button::new(window::DO_IT_BUTTON.get())
            };
            if ui.add_enabled(ready && !busy, button).clicked() {
                cx.intents.push(Intent::Wizard(Action::DoItForMe));
            }
            if busy {
                ui.spinner();
                match cx.wizard.entra.setup.at {
                    Some(step) => ui.label(format!(
                        "{} {}",
                        window::DO_IT_NOW,
                        messages::entra::step_name(step)
                    )),
                    None => ui.label(window::DO_IT_WORKING),
                };
                if ui.button(window::CONSENT_CANCEL).clicked() {
                    cx.intents.push(Intent::Wizard(Action::CancelDoItForMe));
                }
            } else if !ready {
                ui.label(RichText::new(window::DO_IT_NEEDS).weak());
            }
        });
        if let Some(problem) = &cx.wizard.entra.setup.problem {
            show_problem(ui, problem);
        }
        if let Some(report) = &cx.wizard.entra.setup.report {
            for step in &report.steps {
                let words = messages::entra::explain_in(&step.finding, crate::i18n::lang());
                ui.horizontal_wrapped(|ui| {
                    ui.label(crate::ui::widgets::status_badge(ui, step.finding.status()));
                    ui.label(RichText::new(messages::entra::step_name(step.id)).strong());
                    ui.label(&words.summary);
                });
                if !words.fix.is_empty() {
                    ui.label(RichText::new(format!("{}: {}", window::FIX, words.fix)).italics());
                }
            }
        }
        save_trace(ui, cx);
    });
}

/// Step 8, when "Do it for me" set Entra up: provision one person now, start, and Entra's side
/// of things (job state, the first problems of its logs, each explained).
pub fn activity(ui: &mut Ui, cx: &mut StepContext) {
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
        save_trace(ui, cx);
        let Some(activity) = &cx.wizard.entra.job.activity else {
            return;
        };
        if let Some(outcome) = &activity.on_demand {
            let words = messages::entra::explain_on_demand_in(outcome, l);
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

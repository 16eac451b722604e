//! "Set it up for me": both sign-ins, who gets access, and Connect with its list of stages. The
//! sign-ins and the search are the guided steps' own pieces; each stage's failure is drawn with the
//! words its guided step uses, next to the way by hand.

use egui::{RichText, Ui};

use super::steps::{self, StepContext};
use super::{Intent, widgets};
use crate::messages::{self, window};
use crate::wizard::{Action, Audience, EnableProblem, Stage, StageStatus, Step, Way};

/// A mark, not a word: the same in every language.
const DONE_MARK: &str = "✔";

pub fn show(ui: &mut Ui, cx: &mut StepContext) {
    let title = match cx.wizard.progress.way {
        Some(Way::HandOff) => window::WAY_HANDOFF,
        _ => window::EXPRESS_TITLE,
    };
    ui.heading(title);
    ui.label(window::EXPRESS_INTRO);
    ui.add_space(8.0);
    let express = &cx.wizard.express;
    let handoff = cx.wizard.progress.way == Some(Way::HandOff);
    let both = cx.wizard.appsemble_half_ready() && cx.wizard.entra.session.signed_in;
    if both && (express.running() || !express.finished.is_empty()) {
        // Connect ran: what it ran with, in three lines, so that its stages stay in view.
        chosen(ui, cx);
    } else if handoff {
        section(ui, window::HANDOFF_SECTION, |ui| {
            steps::handoff_received(ui, cx)
        });
        section(ui, window::EXPRESS_MICROSOFT, |ui| microsoft(ui, cx));
        section(ui, window::EXPRESS_WHO, |ui| audience(ui, cx));
    } else {
        section(ui, window::EXPRESS_APPSEMBLE, |ui| {
            steps::appsemble_sign_in(ui, cx)
        });
        section(ui, window::EXPRESS_MICROSOFT, |ui| microsoft(ui, cx));
        section(ui, window::EXPRESS_WHO, |ui| audience(ui, cx));
    }
    section(ui, window::EXPRESS_CONNECT_TITLE, |ui| connect(ui, cx));
}

/// The app, the Microsoft account and who gets access, as Connect used them.
fn chosen(ui: &mut Ui, cx: &mut StepContext) {
    let wizard = &cx.wizard;
    let app = window::app_name(
        wizard.app_name().as_deref(),
        wizard.progress.app_id.unwrap_or(0),
    );
    let me = wizard.entra.session.me.as_ref();
    let who = match wizard.express.audience {
        Audience::OnlyMe => window::only_me(me.map(|me| me.name.as_str())),
        Audience::Chosen => wizard.entra.setup.assign.clone(),
    };
    let first = match &wizard.handoff.received {
        Some(received) if wizard.progress.way == Some(Way::HandOff) => (
            window::HANDOFF_SECTION,
            format!("{} · {app} ({})", received.made_by, received.server),
        ),
        _ => (
            window::EXPRESS_APPSEMBLE,
            format!("{} · {app}", wizard.progress.server),
        ),
    };
    let lines = [
        first,
        (
            window::EXPRESS_MICROSOFT,
            me.map_or_else(String::new, |me| {
                format!("{} ({})", me.display_name, me.name)
            }),
        ),
        (window::EXPRESS_WHO, who),
    ];
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        for (title, value) in lines {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(DONE_MARK).color(widgets::success(ui)));
                ui.label(RichText::new(title).strong());
                ui.label(value);
            });
        }
        if !wizard.express.running() && ui.link(window::CHANGE).clicked() {
            cx.intents.push(Intent::Wizard(Action::EditConnect));
        }
    });
    ui.add_space(12.0);
}

/// The Microsoft sign-in; without an app registration, what "Set up access" makes comes first.
fn microsoft(ui: &mut Ui, cx: &mut StepContext) {
    let session = &cx.wizard.entra.session;
    let first_time = cx.wizard.progress.entra_client_id.trim().is_empty()
        && !session.signed_in
        && !session.signing_in();
    if first_time {
        steps::first_access(ui, cx);
    } else {
        steps::microsoft_session(ui, cx);
    }
}

fn section(ui: &mut Ui, title: crate::i18n::Text, body: impl FnOnce(&mut Ui)) {
    ui.label(RichText::new(title).strong().size(16.0));
    ui.add_space(4.0);
    body(ui);
    ui.add_space(12.0);
}

fn audience(ui: &mut Ui, cx: &mut StepContext) {
    let me = cx
        .wizard
        .entra
        .session
        .me
        .as_ref()
        .map(|me| me.name.clone());
    let chosen = &mut cx.wizard.express.audience;
    ui.radio_value(chosen, Audience::OnlyMe, window::only_me(me.as_deref()));
    ui.radio_value(chosen, Audience::Chosen, window::CHOSEN_PEOPLE.get());
    if *chosen == Audience::Chosen && cx.wizard.entra.session.signed_in {
        steps::tenant_search(ui, cx);
    }
}

fn connect(ui: &mut Ui, cx: &mut StepContext) {
    let express = &cx.wizard.express;
    if express.confirm_replace {
        ui.label(RichText::new(window::CONNECT_REPLACE).color(ui.visuals().warn_fg_color));
        ui.horizontal_wrapped(|ui| {
            if ui
                .add(widgets::primary(ui, window::CONNECT_REPLACE_YES.get()))
                .clicked()
            {
                let replace = Action::Connect {
                    replace_token: true,
                };
                cx.intents.push(Intent::Wizard(replace));
            }
            if ui.button(window::CANCEL).clicked() {
                cx.intents.push(Intent::Wizard(Action::CancelConnect));
            }
        });
        return;
    }
    let ready = cx.wizard.can_connect();
    ui.horizontal_wrapped(|ui| {
        // Filled only while it is the next thing to do: after a success, Start is.
        let button = if ready && !express.succeeded() {
            widgets::primary(ui, window::CONNECT.get())
        } else {
            egui::Button::new(window::CONNECT.get())
        };
        if ui.add_enabled(ready, button).clicked() {
            let connect = Action::Connect {
                replace_token: false,
            };
            cx.intents.push(Intent::Wizard(connect));
        }
        if express.running() {
            ui.spinner();
            if ui.button(window::STOP).clicked() {
                cx.intents.push(Intent::Wizard(Action::StopConnect));
            }
        }
    });
    if express.finished.is_empty() && !express.running() {
        let hint = if ready {
            window::CONNECT_DOES
        } else {
            window::CONNECT_NEEDS
        };
        ui.label(RichText::new(hint).weak());
        return;
    }
    stages(ui, cx);
    if let Some(stage) = cx.wizard.express.failed() {
        failure(ui, cx, stage);
    } else if cx.wizard.express.succeeded() {
        arrived(ui, cx);
    }
}

/// The stages with their marks; the one under way says what it is doing now.
fn stages(ui: &mut Ui, cx: &mut StepContext) {
    let express = &cx.wizard.express;
    let person = express
        .person
        .clone()
        .or_else(|| cx.wizard.express_person());
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        for stage in Stage::ALL {
            let status = express.status(stage);
            let (mark, color) = match status {
                StageStatus::Waiting => ("○", ui.visuals().weak_text_color()),
                StageStatus::Running => ("▶", ui.visuals().text_color()),
                StageStatus::Done => (DONE_MARK, widgets::success(ui)),
                StageStatus::Skipped => ("–", ui.visuals().weak_text_color()),
                StageStatus::Failed | StageStatus::Stopped => ("✖", ui.visuals().error_fg_color),
            };
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(mark).strong().color(color));
                ui.label(RichText::new(window::stage_name(stage, person.as_deref())).strong());
                ui.label(RichText::new(window::stage_status(status)).color(color));
            });
            if status == StageStatus::Running {
                now(ui, cx, stage);
            }
        }
    });
}

/// What the stage under way waits on.
fn now(ui: &mut Ui, cx: &StepContext, stage: Stage) {
    let entra = &cx.wizard.entra;
    match stage {
        Stage::Entra => {
            if let Some(step) = entra.setup.at {
                let name = messages::entra::step_name(step);
                ui.label(format!("    {} {name}", window::DO_IT_NOW));
            }
        }
        Stage::FirstPerson => {
            if let Some(seconds) = entra.job.settling {
                let words = messages::entra::assignment_settling_in(seconds, crate::i18n::lang());
                ui.label(format!("    {words}"));
            }
        }
        _ => {}
    }
}

/// Why the stage failed, in its guided step's words, and the way by hand.
fn failure(ui: &mut Ui, cx: &mut StepContext, stage: Stage) {
    let wizard = &cx.wizard;
    match stage {
        Stage::ScimOn => match &wizard.enable.problem {
            Some(EnableProblem::Failed(problem)) => widgets::show_problem(ui, problem),
            Some(EnableProblem::Security(_)) => {
                ui.label(
                    RichText::new(window::SECURITY_MISSING).color(ui.visuals().error_fg_color),
                );
            }
            None => {}
        },
        Stage::Test => {
            if let Some(problem) = &wizard.test.problem {
                widgets::show_problem(ui, problem);
            }
            if let Some(report) = &wizard.test.report {
                widgets::verdicts(ui, report.test_connection(), wizard.provisioning());
                let failed = report
                    .checks
                    .iter()
                    .filter(|c| c.status() != crate::probe::Status::Pass);
                for check in failed {
                    widgets::check_row(ui, check);
                }
            }
        }
        Stage::Entra => {
            if let Some(problem) = &wizard.entra.setup.problem {
                widgets::show_problem(ui, problem);
            }
            if let Some(report) = &wizard.entra.setup.report {
                steps::entra_report(ui, report);
            }
        }
        Stage::FirstPerson => {
            if let Some(problem) = &wizard.entra.job.problem {
                widgets::show_problem(ui, problem);
            }
            let activity = wizard.entra.job.activity.as_ref();
            if let Some(outcome) = activity.and_then(|a| a.on_demand.as_ref()) {
                steps::on_demand_outcome(ui, outcome);
            }
        }
        Stage::ReadBack => match &wizard.express.read_back_problem {
            Some(Some(problem)) => widgets::show_problem(ui, problem),
            _ => widgets::problem(
                ui,
                &messages::Explanation {
                    summary: window::NOT_IN_APP.get().into(),
                    fix: window::NOT_IN_APP_FIX.get().into(),
                },
            ),
        },
    }
    if matches!(stage, Stage::Entra | Stage::FirstPerson | Stage::ReadBack) {
        steps::entra_trace(ui, cx);
    }
    if ui.button(window::BY_HAND).clicked() {
        cx.intents
            .push(Intent::Wizard(Action::ByHand(stage.by_hand())));
    }
}

/// The person is in the app: start provisioning for everyone else.
fn arrived(ui: &mut Ui, cx: &mut StepContext) {
    let wizard = &cx.wizard;
    let app = window::app_name(
        wizard.app_name().as_deref(),
        wizard.progress.app_id.unwrap_or(0),
    );
    match &wizard.express.found {
        Some(found) => {
            let who = wizard
                .entra
                .session
                .me
                .as_ref()
                .filter(|me| me.name.eq_ignore_ascii_case(&found.user_name))
                .map_or_else(
                    || found.user_name.clone(),
                    |me| format!("{} ({})", me.display_name, me.name),
                );
            let words = window::arrived(&who, &app);
            ui.label(RichText::new(words).strong().color(widgets::success(ui)));
        }
        None => {
            ui.label(window::NOBODY_FIRST);
        }
    }
    let job = &wizard.entra.job;
    let started = job.activity.as_ref().is_some_and(|a| a.on_demand.is_none());
    ui.horizontal_wrapped(|ui| {
        let start = ui.add_enabled(
            !job.acting() && !started,
            widgets::primary(ui, window::START_EVERYONE.get()),
        );
        if start.clicked() {
            cx.intents.push(Intent::Wizard(Action::StartInEntra));
        }
        if job.acting() {
            ui.spinner();
        }
        if ui.button(window::WATCH_IT).clicked() {
            cx.intents
                .push(Intent::Wizard(Action::ByHand(Step::Provision)));
        }
    });
    if started {
        ui.label(window::STARTED);
    }
    if let Some(problem) = &job.problem {
        widgets::show_problem(ui, problem);
    }
}

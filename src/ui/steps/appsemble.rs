use egui::{RichText, Ui};

use super::StepContext;
use crate::appsemble::{SecurityCheck, yaml_fix};
use crate::messages::window;
use crate::ui::widgets::{show_problem, text_field};
use crate::ui::{Copied, Intent};
use crate::wizard::{Action, SignInMethod};

pub fn show(ui: &mut Ui, cx: &mut StepContext) {
    if cx.wizard.sign_in.signed_in {
        signed_in(ui, cx);
    } else {
        sign_in_form(ui, cx);
    }
}

fn enter_pressed(ui: &Ui, response: &egui::Response) -> bool {
    response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
}

fn sign_in_form(ui: &mut Ui, cx: &mut StepContext) {
    ui.label(window::SIGN_IN_INTRO);
    ui.add_space(6.0);
    let wizard = &mut *cx.wizard;
    ui.add_enabled_ui(!cx.practice, |ui| {
        text_field(ui, window::SERVER, &mut wizard.progress.server, false);
    });
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        let method = &mut wizard.progress.method;
        ui.radio_value(method, SignInMethod::Password, window::METHOD_PASSWORD);
        ui.radio_value(
            method,
            SignInMethod::ClientCredentials,
            window::METHOD_CLIENT,
        );
        ui.radio_value(method, SignInMethod::Browser, window::METHOD_BROWSER);
    });
    ui.add_space(6.0);
    let mut submit = false;
    match wizard.progress.method {
        SignInMethod::Password => {
            text_field(ui, window::EMAIL, &mut wizard.progress.email, false);
            let password = text_field(ui, window::PASSWORD, &mut wizard.sign_in.password, true);
            submit |= enter_pressed(ui, &password);
        }
        SignInMethod::ClientCredentials => {
            ui.label(window::CLIENT_INTRO);
            text_field(ui, window::CLIENT_ID, &mut wizard.progress.client_id, false);
            let secret = text_field(
                ui,
                window::CLIENT_SECRET,
                &mut wizard.sign_in.client_secret,
                true,
            );
            submit |= enter_pressed(ui, &secret);
            ui.checkbox(&mut wizard.progress.remember_client, window::REMEMBER);
        }
        SignInMethod::Browser => {
            browser_sign_in(ui, cx);
            return;
        }
    }
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let busy = cx.wizard.sign_in.busy();
        if ui
            .add_enabled(
                !busy,
                crate::ui::widgets::primary(ui, window::SIGN_IN.get()),
            )
            .clicked()
            || (submit && !busy)
        {
            cx.intents.push(Intent::Wizard(Action::SignIn));
        }
        if busy {
            ui.spinner();
        }
    });
    if let Some(error) = &cx.wizard.sign_in.problem {
        show_problem(ui, error);
    }
}

fn browser_sign_in(ui: &mut Ui, cx: &mut StepContext) {
    ui.label(window::BROWSER_INTRO);
    ui.label(RichText::new(window::BROWSER_SCOPE).strong());
    ui.checkbox(&mut cx.wizard.progress.remember_client, window::REMEMBER);
    if cx.wizard.sign_in.waiting_for_browser() || cx.wizard.sign_in.busy() {
        // A static line, not a spinner: this wait can take minutes, and a spinner redraws the
        // window on every frame for all of them.
        ui.label(window::BROWSER_WAITING);
        if let Some(url) = &cx.wizard.sign_in.browser_url {
            ui.add(egui::Label::new(RichText::new(url).monospace()).selectable(true));
        }
        if ui.button(window::CANCEL).clicked() {
            cx.intents.push(Intent::Wizard(Action::CancelBrowserSignIn));
        }
    } else if ui.button(window::BROWSER_START).clicked() {
        cx.intents.push(Intent::Wizard(Action::SignInWithBrowser));
    }
    ui.add_space(6.0);
    ui.label(window::BROWSER_PASTE);
    ui.horizontal(|ui| {
        let field = text_field(
            ui,
            window::CLIENT_PAIR,
            &mut cx.wizard.sign_in.client_pair,
            true,
        );
        if ui.button(window::USE_PASTED).clicked() || enter_pressed(ui, &field) {
            cx.intents
                .push(Intent::Wizard(Action::UsePastedClientCredentials));
        }
    });
    if let Some(error) = &cx.wizard.sign_in.problem {
        show_problem(ui, error);
    }
}

fn signed_in(ui: &mut Ui, cx: &mut StepContext) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(window::SIGNED_IN).color(crate::ui::widgets::success(ui)));
        ui.label(&cx.wizard.progress.server);
        if ui.button(window::SIGN_OUT).clicked() {
            cx.intents.push(Intent::Wizard(Action::SignOut));
        }
    });
    if cx.wizard.sign_in.remember_failed {
        ui.label(RichText::new(window::REMEMBER_FAILED).color(ui.visuals().warn_fg_color));
    }
    ui.add_space(6.0);
    ui.heading(window::CHOOSE_APP);
    if cx.wizard.apps.loading() {
        ui.spinner();
    }
    if cx.wizard.apps.list.as_ref().is_some_and(|l| !l.is_empty()) {
        ui.horizontal_wrapped(|ui| {
            if ui.button(window::FLEET_OPEN).clicked() {
                cx.intents.push(Intent::Wizard(Action::OpenFleet));
            }
            ui.label(RichText::new(window::FLEET_OPEN_NOTE).weak());
        });
    }
    app_list(ui, cx);
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let field = text_field(ui, window::APP_ADDRESS, &mut cx.wizard.apps.address, false);
        if ui.button(window::USE_APP).clicked() || enter_pressed(ui, &field) {
            cx.intents.push(Intent::Wizard(Action::UseAppAddress));
        }
    });
    if let Some(error) = &cx.wizard.apps.problem {
        show_problem(ui, error);
    }
    chosen_app(ui, cx);
}

fn app_list(ui: &mut Ui, cx: &mut StepContext) {
    let Some(all) = &cx.wizard.apps.list else {
        return;
    };
    if all.is_empty() {
        ui.label(window::NO_APPS);
        return;
    }
    if all.len() > window::FILTER_FROM {
        text_field(ui, window::FILTER_APPS, &mut cx.wizard.apps.filter, false);
    }
    let chosen = cx.wizard.apps.chosen.as_ref().map(|c| c.id);
    let apps = cx.wizard.apps.filtered();
    if apps.is_empty() {
        ui.label(window::NO_MATCH);
    }
    let mut organization = None;
    for choice in apps {
        if organization != Some(&choice.organization.id) {
            organization = Some(&choice.organization.id);
            ui.label(RichText::new(choice.organization.display_name()).strong());
        }
        ui.horizontal_wrapped(|ui| {
            let label = format!("{} (#{})", choice.app.name(), choice.app.id);
            let button = egui::Button::new(label).selected(chosen == Some(choice.app.id));
            let response = ui.add_enabled(choice.may_change_secrets, button);
            if response.clicked() {
                cx.intents
                    .push(Intent::Wizard(Action::ChooseApp(choice.app.id)));
            }
            if !choice.may_change_secrets {
                ui.label(RichText::new(window::role_too_low(&choice.organization.role)).weak());
            }
        });
    }
}

fn chosen_app(ui: &mut Ui, cx: &mut StepContext) {
    let Some(app) = &cx.wizard.apps.chosen else {
        return;
    };
    ui.add_space(8.0);
    let name = window::app_name(app.name.as_deref(), app.id);
    ui.label(RichText::new(format!("{}: {name} (#{})", window::CHOSEN, app.id)).strong());
    match &app.security {
        SecurityCheck::Ready { default_role } => {
            ui.label(format!("{} {default_role}.", window::SECURITY_READY));
        }
        SecurityCheck::Hidden => {
            ui.label(RichText::new(window::SECURITY_HIDDEN).color(ui.visuals().warn_fg_color));
        }
        SecurityCheck::Problem(missing) => {
            ui.label(RichText::new(window::SECURITY_MISSING).color(ui.visuals().error_fg_color));
            ui.label(window::SECURITY_ADD);
            let yaml = yaml_fix(missing);
            ui.add(egui::Label::new(RichText::new(&yaml).monospace()).selectable(true));
            ui.horizontal(|ui| {
                if ui.button(format!("{} YAML", window::COPY)).clicked() {
                    cx.intents.push(Intent::Copy {
                        what: Copied::Yaml,
                        text: yaml.clone(),
                    });
                }
                if cx.feedback.recently_copied(Copied::Yaml) {
                    ui.label(window::COPIED);
                }
                if ui.button(window::OPEN_STUDIO).clicked()
                    && let Ok(server) = cx.wizard.progress.server_address()
                {
                    let path = app.path.clone().unwrap_or_default();
                    cx.intents.push(Intent::Open(
                        server.endpoint(&format!("en/apps/{}/{path}/edit", app.id)),
                    ));
                }
            });
        }
    }
}

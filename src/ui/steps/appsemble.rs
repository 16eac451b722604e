use egui::{RichText, Ui};

use super::StepContext;
use crate::appsemble::{SecurityCheck, yaml_fix};
use crate::messages::wizard as text;
use crate::ui::widgets::{problem, text_field};
use crate::ui::{Copied, Intent};
use crate::wizard::{Action, SignInMethod};

pub fn show(ui: &mut Ui, cx: &mut StepContext) {
    if cx.wizard.signed_in {
        signed_in(ui, cx);
    } else {
        sign_in_form(ui, cx);
    }
}

fn enter_pressed(ui: &Ui, response: &egui::Response) -> bool {
    response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
}

fn sign_in_form(ui: &mut Ui, cx: &mut StepContext) {
    ui.label(text::SIGN_IN_INTRO);
    ui.add_space(6.0);
    let wizard = &mut *cx.wizard;
    text_field(ui, text::SERVER, &mut wizard.progress.server, false);
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        let method = &mut wizard.progress.method;
        ui.radio_value(method, SignInMethod::Password, text::METHOD_PASSWORD);
        ui.radio_value(method, SignInMethod::ClientCredentials, text::METHOD_CLIENT);
        ui.radio_value(method, SignInMethod::Browser, text::METHOD_BROWSER);
    });
    ui.add_space(6.0);
    let mut submit = false;
    match wizard.progress.method {
        SignInMethod::Password => {
            text_field(ui, text::EMAIL, &mut wizard.progress.email, false);
            let password = text_field(ui, text::PASSWORD, &mut wizard.password, true);
            submit |= enter_pressed(ui, &password);
        }
        SignInMethod::ClientCredentials => {
            ui.label(text::CLIENT_INTRO);
            text_field(ui, text::CLIENT_ID, &mut wizard.progress.client_id, false);
            let secret = text_field(ui, text::CLIENT_SECRET, &mut wizard.client_secret, true);
            submit |= enter_pressed(ui, &secret);
            ui.checkbox(&mut wizard.progress.remember_client, text::REMEMBER);
        }
        SignInMethod::Browser => {
            browser_sign_in(ui, cx);
            return;
        }
    }
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let busy = cx.wizard.busy.signing_in;
        if ui
            .add_enabled(!busy, egui::Button::new(text::SIGN_IN))
            .clicked()
            || (submit && !busy)
        {
            cx.intents.push(Intent::Wizard(Action::SignIn));
        }
        if busy {
            ui.spinner();
        }
    });
    if let Some(error) = &cx.wizard.sign_in_error {
        problem(ui, error);
    }
}

fn browser_sign_in(ui: &mut Ui, cx: &mut StepContext) {
    ui.label(text::BROWSER_INTRO);
    ui.label(RichText::new(text::BROWSER_SCOPE).strong());
    ui.checkbox(&mut cx.wizard.progress.remember_client, text::REMEMBER);
    if cx.wizard.busy.waiting_for_browser || cx.wizard.busy.signing_in {
        // A static line, not a spinner: this wait can take minutes, and a spinner redraws the
        // window on every frame for all of them.
        ui.label(text::BROWSER_WAITING);
        if let Some(url) = &cx.wizard.browser_url {
            ui.add(egui::Label::new(RichText::new(url).monospace()).selectable(true));
        }
        if ui.button(text::CANCEL).clicked() {
            cx.intents.push(Intent::Wizard(Action::CancelBrowserSignIn));
        }
    } else if ui.button(text::BROWSER_START).clicked() {
        cx.intents.push(Intent::Wizard(Action::SignInWithBrowser));
    }
    ui.add_space(6.0);
    ui.label(text::BROWSER_PASTE);
    ui.horizontal(|ui| {
        let field = text_field(ui, text::CLIENT_PAIR, &mut cx.wizard.client_pair, true);
        if ui.button(text::USE_PASTED).clicked() || enter_pressed(ui, &field) {
            cx.intents
                .push(Intent::Wizard(Action::UsePastedClientCredentials));
        }
    });
    if let Some(error) = &cx.wizard.sign_in_error {
        problem(ui, error);
    }
}

fn signed_in(ui: &mut Ui, cx: &mut StepContext) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(text::SIGNED_IN).color(crate::ui::widgets::success(ui)));
        ui.label(&cx.wizard.progress.server);
        if ui.button(text::SIGN_OUT).clicked() {
            cx.intents.push(Intent::Wizard(Action::SignOut));
        }
    });
    if cx.wizard.remember_failed {
        ui.label(RichText::new(text::REMEMBER_FAILED).color(ui.visuals().warn_fg_color));
    }
    ui.add_space(6.0);
    ui.heading(text::CHOOSE_APP);
    if cx.wizard.busy.loading_apps || cx.wizard.busy.loading_app {
        ui.spinner();
    }
    app_list(ui, cx);
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let field = text_field(ui, text::APP_ADDRESS, &mut cx.wizard.app_address, false);
        if ui.button(text::USE_APP).clicked() || enter_pressed(ui, &field) {
            cx.intents.push(Intent::Wizard(Action::UseAppAddress));
        }
    });
    if let Some(error) = &cx.wizard.apps_error {
        problem(ui, error);
    }
    chosen_app(ui, cx);
}

fn app_list(ui: &mut Ui, cx: &mut StepContext) {
    let Some(apps) = &cx.wizard.apps else { return };
    if apps.is_empty() {
        ui.label(text::NO_APPS);
    }
    let chosen = cx.wizard.chosen.as_ref().map(|c| c.id);
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
                ui.label(RichText::new(text::role_too_low(&choice.organization.role)).weak());
            }
        });
    }
}

fn chosen_app(ui: &mut Ui, cx: &mut StepContext) {
    let Some(app) = &cx.wizard.chosen else { return };
    ui.add_space(8.0);
    ui.label(RichText::new(format!("{}: {} (#{})", text::CHOSEN, app.name, app.id)).strong());
    match &app.security {
        SecurityCheck::Ready { default_role } => {
            ui.label(format!("{} {default_role}.", text::SECURITY_READY));
        }
        SecurityCheck::Hidden => {
            ui.label(RichText::new(text::SECURITY_HIDDEN).color(ui.visuals().warn_fg_color));
        }
        SecurityCheck::Problem(missing) => {
            ui.label(RichText::new(text::SECURITY_MISSING).color(ui.visuals().error_fg_color));
            ui.label(text::SECURITY_ADD);
            let yaml = yaml_fix(missing);
            ui.add(egui::Label::new(RichText::new(&yaml).monospace()).selectable(true));
            ui.horizontal(|ui| {
                if ui.button(format!("{} YAML", text::COPY)).clicked() {
                    cx.intents.push(Intent::Copy {
                        what: Copied::Yaml,
                        text: yaml.clone(),
                    });
                }
                if cx.feedback.recently_copied(Copied::Yaml) {
                    ui.label(text::COPIED);
                }
                if ui.button(text::OPEN_STUDIO).clicked()
                    && let Ok(server) =
                        crate::address::ServerAddress::parse(&cx.wizard.progress.server)
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

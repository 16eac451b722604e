//! Texts of the fleet view (`fleet`; the window's "All your SCIM apps"): one word and one sentence
//! per app, shared by the command line, the report and the window.

use super::Explanation;
use crate::fleet::{AppHealth, Failure, Health, Summary, Unchecked};
use crate::i18n::{Lang, Text};
use crate::probe::Status;
use crate::tr;

pub const TITLE: Text = Text::new("All your SCIM apps", "Al uw SCIM-apps");
pub const REPORT_TITLE: Text =
    Text::new("Appsemble SCIM connections", "Appsemble SCIM-koppelingen");
pub const APP: Text = Text::new("App", "App");
pub const ORGANIZATION: Text = Text::new("Organisation", "Organisatie");
pub const USERS: Text = Text::new("Users", "Gebruikers");
pub const STATUS: Text = Text::new("Status", "Status");
pub const WHAT: Text = Text::new("What it means", "Wat het betekent");
pub const ONLY_PUBLIC: Text = Text::new(
    "Signed in with client credentials: only public apps are listed and no app's SCIM settings can be read. Sign in with email and password to check them.",
    "Aangemeld met clientgegevens: alleen openbare apps staan in de lijst en van geen enkele app kunnen de SCIM-instellingen worden gelezen. Meld u aan met e-mail en wachtwoord om ze te controleren.",
);
pub const NO_APPS: Text = Text::new(
    "This account sees no apps in these organisations.",
    "Dit account ziet geen apps in deze organisaties.",
);

/// The one word for an app's state (window, command line, report).
pub fn label_in(health: &Health, l: Lang) -> &'static str {
    match health {
        Health::Healthy => Text::new("healthy", "gezond"),
        Health::Failing(_) => Text::new("failing", "werkt niet"),
        Health::TimedOut => Text::new("timed out", "geen antwoord"),
        Health::Off => Text::new("SCIM off", "SCIM uit"),
        Health::Unchecked(_) => Text::new("not checked", "niet gecontroleerd"),
    }
    .in_lang(l)
}

/// The status an app's state is shown with (its mark and colour).
pub fn tone(health: &Health) -> Status {
    match health {
        Health::Healthy => Status::Pass,
        Health::Failing(_) | Health::TimedOut => Status::Fail,
        Health::Unchecked(_) => Status::Warn,
        Health::Off => Status::Skip,
    }
}

/// What the state means for this app and what to do about it.
pub fn explain_in(app: &AppHealth, server: &str, deadline_seconds: u64, l: Lang) -> Explanation {
    let says = |summary: Text, fix: Text| Explanation {
        summary: summary.in_lang(l).to_string(),
        fix: fix.in_lang(l).to_string(),
    };
    let only = |summary: Text| Explanation {
        summary: summary.in_lang(l).to_string(),
        fix: String::new(),
    };
    match &app.health {
        Health::Healthy => only(Text::new(
            "Entra's Test Connection passes with the token Appsemble has.",
            "De Test Connection van Entra slaagt met het token dat Appsemble heeft.",
        )),
        Health::Off => only(Text::new(
            "SCIM is off for this app.",
            "SCIM staat uit voor deze app.",
        )),
        Health::TimedOut => Explanation {
            summary: tr!(l; "No answer within {deadline_seconds} s.", "Geen antwoord binnen {deadline_seconds} s."),
            fix: Text::new(
                "Open the app and run the live test to see which request hangs.",
                "Open de app en voer de live test uit om te zien welk verzoek blijft hangen.",
            )
            .in_lang(l)
            .to_string(),
        },
        Health::Failing(Failure::NoToken) => says(
            Text::new(
                "SCIM is on, but Appsemble holds no token: every request from Entra is refused.",
                "SCIM staat aan, maar Appsemble heeft geen token: elk verzoek van Entra wordt geweigerd.",
            ),
            Text::new(
                "Open the app and make a token, then give it to Entra.",
                "Open de app, maak een token en geef het aan Entra.",
            ),
        ),
        Health::Failing(Failure::Security) => says(
            Text::new(
                "The app definition has no usable security.default.role: Appsemble cannot create Entra's users.",
                "De app-definitie heeft geen bruikbare security.default.role: Appsemble kan de gebruikers van Entra niet aanmaken.",
            ),
            Text::new(
                "Add security.default.role to the app definition.",
                "Voeg security.default.role toe aan de app-definitie.",
            ),
        ),
        Health::Failing(Failure::Connection) => first_failure(app, l),
        Health::Failing(Failure::CheckStopped) => says(
            Text::new(
                "The check of this app stopped unexpectedly.",
                "De controle van deze app stopte onverwacht.",
            ),
            Text::new("Check it again.", "Controleer hem opnieuw."),
        ),
        Health::Unchecked(Unchecked::ClientCredentials) => says(
            Text::new(
                "Client credentials cannot read this app's SCIM settings.",
                "Met clientgegevens zijn de SCIM-instellingen van deze app niet te lezen.",
            ),
            Text::new(
                "Sign in with email and password to check it.",
                "Meld u aan met e-mail en wachtwoord om hem te controleren.",
            ),
        ),
        Health::Unchecked(Unchecked::Role) => {
            let organization = app.organization.display_name();
            Explanation {
                summary: tr!(l; "Your role in {organization} cannot read the SCIM settings.",
                    "Uw rol in {organization} kan de SCIM-instellingen niet lezen."),
                fix: Text::new(
                    "An AppManager, Maintainer or Owner of the organisation can.",
                    "Een AppManager, Maintainer of Owner van de organisatie kan dat wel.",
                )
                .in_lang(l)
                .to_string(),
            }
        }
        Health::Unchecked(Unchecked::Error(error)) => super::explain_error_in(error, server, l),
    }
}

/// The first failing check of the live test, as `check` words it.
fn first_failure(app: &AppHealth, l: Lang) -> Explanation {
    let failed = app
        .report
        .iter()
        .flat_map(|r| &r.checks)
        .find(|c| c.status() == Status::Fail);
    match failed {
        Some(check) => super::explain_in(&check.finding, l),
        None => Explanation {
            summary: Text::new("The live test failed.", "De live test is mislukt.")
                .in_lang(l)
                .to_string(),
            fix: String::new(),
        },
    }
}

/// "300 apps · 270 with SCIM on · 230 healthy · 40 failing · 0 not checked".
pub fn summary_in(summary: &Summary, l: Lang) -> String {
    let Summary {
        apps,
        scim_on,
        healthy,
        failing,
        unchecked,
    } = *summary;
    tr!(l;
        "{apps} apps · {scim_on} with SCIM on · {healthy} healthy · {failing} failing · {unchecked} not checked",
        "{apps} apps · {scim_on} met SCIM aan · {healthy} gezond · {failing} werken niet · {unchecked} niet gecontroleerd")
}

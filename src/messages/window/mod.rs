//! Texts of the setup window. Each step's texts are in the file named like its view under
//! `ui/steps/`; what several steps share is here. Everything is re-exported, so a view writes
//! `window::NEXT` or `window::ENABLE_BUTTON` without knowing which file holds it.

mod appsemble;
mod assign_users;
mod create_app;
mod credentials;
mod done;
mod enable_scim;
mod express;
mod first_screen;
mod fleet;
mod handoff;
mod mappings;
mod prepare;
mod provision;

pub use appsemble::*;
pub use assign_users::*;
pub use create_app::*;
pub use credentials::*;
pub use done::*;
pub use enable_scim::*;
pub use express::*;
pub use first_screen::*;
pub use fleet::*;
pub use handoff::*;
pub use mappings::*;
pub use prepare::*;
pub use provision::*;

use crate::i18n::Text;
use crate::wizard::Step;

pub const WINDOW_TITLE: &str = "Appsemble SCIM Setup Assistant";
pub const PRACTICE_WINDOW_TITLE: &str = "Appsemble SCIM Setup Assistant (practice)";
pub const NO_BROWSER: Text = Text::new(
    "No browser could be opened on this computer. Open this address yourself:",
    "Op deze computer kon geen browser worden geopend. Open dit adres zelf:",
);
pub const PAGE_ADDRESS: Text = Text::new("Web address", "Webadres");
pub const THEME_SYSTEM: Text = Text::new("Follow the system", "Systeem volgen");
pub const THEME_LIGHT: Text = Text::new("Light", "Licht");
pub const THEME_DARK: Text = Text::new("Dark", "Donker");
pub const NEXT: Text = Text::new("Next", "Volgende");
pub const BACK: Text = Text::new("Back", "Vorige");
pub const CANCEL: Text = Text::new("Cancel", "Annuleren");
pub const COPY: Text = Text::new("Copy", "Kopieer");
pub const COPIED: Text = Text::new("Copied!", "Gekopieerd!");
pub const STEP_DONE: Text = Text::new("done", "klaar");
pub const STEP_CURRENT: Text = Text::new("current step", "huidige stap");
pub const STEP_TODO: Text = Text::new("to do", "nog te doen");
pub const FIX: Text = Text::new("What to do", "Wat te doen");
pub const FILL_IN_SIGN_IN: Text = Text::new(
    "Fill in both fields to sign in.",
    "Vul beide velden in om in te loggen.",
);
pub const APP_ADDRESS_UNREADABLE: Text = Text::new(
    "No app id found in what you typed.",
    "In wat u typte staat geen app-id.",
);
pub const APP_ADDRESS_FIX: Text = Text::new(
    "Type the app's number, or paste its address from Appsemble Studio, for example https://appsemble.app/en/apps/42/my-app.",
    "Typ het nummer van de app, of plak het adres uit Appsemble Studio, bijvoorbeeld https://appsemble.app/en/apps/42/my-app.",
);
pub const BROWSER_FAILED: Text = Text::new(
    "The browser sign-in could not be started on this computer.",
    "Inloggen via de browser kon op deze computer niet worden gestart.",
);
pub const BROWSER_FAILED_FIX: Text = Text::new(
    "Use client credentials instead: make them in Appsemble Studio under Settings > Client credentials with the apps:write scope.",
    "Gebruik in plaats daarvan client credentials: maak die in Appsemble Studio onder Settings > Client credentials met de scope apps:write.",
);
pub const BROWSER_TIMED_OUT: Text = Text::new(
    "Appsemble Studio did not hand over client credentials within 10 minutes, so the assistant stopped waiting.",
    "Appsemble Studio gaf binnen 10 minuten geen client credentials door, dus de assistent wacht niet langer.",
);
pub const BROWSER_TIMED_OUT_FIX: Text = Text::new(
    "If the studio page shows the credentials, paste them below. Otherwise open Appsemble Studio again.",
    "Toont de studiopagina de gegevens, plak ze dan hieronder. Open Appsemble Studio anders opnieuw.",
);
pub const CLIENT_PAIR_UNREADABLE: Text = Text::new(
    "These are not client credentials in the form id:secret.",
    "Dit zijn geen client credentials in de vorm id:secret.",
);
pub const CLIENT_PAIR_FIX: Text = Text::new(
    "Copy the whole value the studio page shows, with the colon in the middle.",
    "Kopieer de hele waarde die de studiopagina toont, met de dubbele punt in het midden.",
);
pub const INTERNAL_FAILURE: Text = Text::new(
    "Something went wrong inside the assistant while doing this.",
    "Er ging iets mis in de assistent tijdens deze handeling.",
);
pub const INTERNAL_FAILURE_FIX: Text = Text::new(
    "Try again. If it happens again, start the assistant with RUST_LOG=debug and send the log to Appsemble support.",
    "Probeer het opnieuw. Gebeurt het weer, start de assistent dan met RUST_LOG=debug en stuur het logboek naar Appsemble support.",
);
pub const NO_WINDOW: Text = Text::new(
    "The setup window could not be opened on this computer (no display?). The command-line commands still work: run scim-assistant --help.",
    "Het instelvenster kon op deze computer niet worden geopend (geen beeldscherm?). De opdrachten werken wel: voer scim-assistant --help uit.",
);
pub const SERVER: Text = Text::new("Appsemble server", "Appsemble-server");
pub const SECURITY_MISSING: Text = Text::new(
    "This app cannot take users from Entra yet: its definition does not say which role new users get.",
    "Deze app kan nog geen gebruikers uit Entra ontvangen: de definitie zegt niet welke rol nieuwe gebruikers krijgen.",
);
pub const SECURITY_ADD: Text = Text::new(
    "Add this to the app definition in Appsemble Studio, save it, and choose the app again. New users get the default role; \"policy: everyone\" gives it to everyone who signs in, which SAML sign-in requires:",
    "Voeg dit toe aan de app-definitie in Appsemble Studio, sla op en kies de app opnieuw. Nieuwe gebruikers krijgen de standaardrol; \"policy: everyone\" geeft die aan iedereen die inlogt, wat SAML-aanmelding vereist:",
);
pub const SECURITY_HIDDEN: Text = Text::new(
    "This sign-in cannot see the app's definition, so its security was not checked.",
    "Deze aanmelding kan de definitie van de app niet zien; de security is dus niet gecontroleerd.",
);
pub const TENANT_URL: Text = Text::new("Tenant URL", "Tenant-URL");
pub const SECRET_TOKEN: Text = Text::new("Secret Token", "Geheim token");
pub const CLIPBOARD_CLEARED: Text = Text::new(
    "The token was removed from the clipboard.",
    "Het token is van het klembord gehaald.",
);
pub const CLIPBOARD_UNAVAILABLE: Text = Text::new(
    "This computer's clipboard is not available: select the text and copy it by hand.",
    "Het klembord van deze computer is niet beschikbaar: selecteer de tekst en kopieer die zelf.",
);
pub const DO_NOT_START: Text = Text::new(
    "Do not start provisioning yet: Appsemble cannot create users (the rehearsal in step 6 failed). Send the report (step 9) to whoever runs the server.",
    "Start de inrichting nog niet: Appsemble kan geen gebruikers maken (de generale repetitie in stap 6 mislukte). Stuur het rapport (stap 9) naar de beheerder van de server.",
);
pub const MAPPINGS_INTRO: Text = Text::new(
    "Entra's default attribute mappings send attributes Appsemble does not accept, which makes every update fail. Before you start, open the enterprise app > Attribute mapping, and:",
    "De standaard-kenmerktoewijzingen (attribute mappings) van Entra sturen kenmerken die Appsemble niet accepteert, waardoor elke wijziging mislukt. Open vóór de start de bedrijfstoepassing > Attribute mapping, en:",
);
pub const MAPPING_SOURCE: Text = Text::new("Entra source", "Bron in Entra");
/// Short step names for the stepper.
pub fn step_title(step: Step) -> Text {
    match step {
        Step::Prepare => Text::new("Before you start", "Voordat u begint"),
        Step::CreateApp => Text::new("Create the app in Entra", "Maak de app in Entra"),
        Step::AssignUsers => Text::new("Assign users and groups", "Wijs gebruikers en groepen toe"),
        Step::Appsemble => Text::new("Sign in to Appsemble", "Log in bij Appsemble"),
        Step::EnableScim => Text::new("Turn on SCIM", "Zet SCIM aan"),
        Step::Credentials => Text::new("Give Entra the credentials", "Geef Entra de gegevens"),
        Step::Mappings => Text::new("Attribute mappings", "Kenmerktoewijzingen"),
        Step::Provision => Text::new("Start and watch", "Starten en volgen"),
        Step::Done => Text::new("Done", "Klaar"),
    }
}
pub const VERSION: Text = Text::new("Version", "Versie");
pub const PRACTICE_BANNER: Text = Text::new(
    "Practice: nothing real is changed. The Appsemble server and Microsoft here are pretend ones running on this computer; the sign-ins are filled in for you.",
    "Oefenen: er verandert niets echts. De Appsemble-server en Microsoft hier zijn nagebootst en draaien op deze computer; de aanmeldingen zijn voor u ingevuld.",
);
pub const PRACTICE_SHIPPED: Text = Text::new(
    "Play Appsemble 0.37 as it ships (its SCIM writes fail with a server error, as a real admin meets today)",
    "Speel Appsemble 0.37 zoals het geleverd wordt (de SCIM-schrijfacties mislukken met een serverfout, zoals een echte beheerder vandaag meemaakt)",
);
pub const PRACTICE_UNAVAILABLE: Text = Text::new(
    "The practice window could not be started.",
    "Het oefenvenster kon niet worden gestart.",
);

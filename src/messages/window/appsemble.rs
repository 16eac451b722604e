//! Texts of Step 4, signing in to Appsemble and choosing the app.

use crate::i18n::Text;

pub const BROWSER_SCOPE: Text = Text::new(
    "On the page that opens, tick the apps:write scope before you press Create: without it the assistant cannot turn on SCIM.",
    "Vink op de pagina die opent de scope apps:write aan voordat u op Create drukt: zonder die scope kan de assistent SCIM niet aanzetten.",
);
pub const BROWSER_PASTE: Text = Text::new(
    "The page shows the credentials (id:secret) but nothing happened here? Paste them:",
    "Toont de pagina de gegevens (id:secret) maar gebeurde hier niets? Plak ze dan:",
);
pub const CLIENT_PAIR: Text = Text::new(
    "Client credentials (id:secret)",
    "Client credentials van de pagina (id:secret)",
);
pub const USE_PASTED: Text = Text::new("Sign in with these", "Log hiermee in");
pub const REMEMBER_FAILED: Text = Text::new(
    "The client credentials could not be saved in this computer's keyring; you will need to enter them again next time.",
    "De client credentials konden niet in de wachtwoordkluis van deze computer worden bewaard; u moet ze de volgende keer opnieuw invullen.",
);
pub const SIGN_IN_INTRO: Text = Text::new(
    "Sign in to Appsemble so this assistant can switch SCIM on for your app.",
    "Log in bij Appsemble zodat deze assistent SCIM voor uw app kan aanzetten.",
);
pub const METHOD_PASSWORD: Text = Text::new("Email and password", "E-mail en wachtwoord");
pub const METHOD_CLIENT: Text = Text::new("Client credentials", "Client credentials");
pub const METHOD_BROWSER: Text = Text::new("Sign in with your browser", "Inloggen via uw browser");
pub const EMAIL: Text = Text::new("Email", "E-mail");
pub const PASSWORD: Text = Text::new("Password", "Wachtwoord");
pub const CLIENT_ID: Text = Text::new("Client id", "Client-id");
pub const CLIENT_SECRET: Text = Text::new("Client secret", "Client-secret");
pub const REMEMBER: Text = Text::new(
    "Remember these client credentials in this computer's keyring",
    "Onthoud deze client credentials in de wachtwoordkluis van deze computer",
);
pub const SIGN_IN: Text = Text::new("Sign in", "Inloggen");
pub const SIGN_OUT: Text = Text::new("Sign out", "Uitloggen");
pub const SIGNED_IN: Text = Text::new("Signed in.", "Ingelogd.");
pub const BROWSER_INTRO: Text = Text::new(
    "For accounts that sign in to Appsemble with GitHub, GitLab or Google. Your browser opens Appsemble Studio, which makes client credentials for this assistant and hands them over.",
    "Voor accounts die bij Appsemble inloggen met GitHub, GitLab of Google. Uw browser opent Appsemble Studio, dat client credentials voor deze assistent maakt en doorgeeft.",
);
pub const BROWSER_START: Text = Text::new(
    "Open Appsemble Studio in the browser",
    "Open Appsemble Studio in de browser",
);
pub const BROWSER_WAITING: Text = Text::new(
    "Waiting for Appsemble Studio… If no browser opened, open this address yourself:",
    "Wachten op Appsemble Studio… Ging er geen browser open, open dit adres dan zelf:",
);
pub const CLIENT_INTRO: Text = Text::new(
    "Make client credentials in Appsemble Studio under Settings > Client credentials, with the apps:write scope. With client credentials the assistant cannot list your apps: give the app below.",
    "Maak client credentials in Appsemble Studio onder Settings > Client credentials, met de scope apps:write. Met client credentials kan de assistent uw apps niet opsommen: geef de app hieronder op.",
);
pub const CHOOSE_APP: Text = Text::new("Choose the app", "Kies de app");
pub const FILTER_APPS: Text = Text::new("Filter apps", "Apps filteren");
pub const NO_MATCH: Text = Text::new(
    "No app matches the filter.",
    "Geen app past bij het filter.",
);
/// Longer lists than this get a filter box.
pub const FILTER_FROM: usize = 8;
pub const APP_ADDRESS: Text = Text::new("App id or studio address", "App-id of studio-adres");
pub const USE_APP: Text = Text::new("Use this app", "Gebruik deze app");
pub const NO_APPS: Text = Text::new(
    "Your account is not in any organisation with apps.",
    "Uw account zit niet in een organisatie met apps.",
);
pub const CHOSEN: Text = Text::new("Chosen app", "Gekozen app");
pub const OPEN_STUDIO: Text = Text::new(
    "Open the app in Appsemble Studio",
    "Open de app in Appsemble Studio",
);
pub const SECURITY_READY: Text = Text::new(
    "New users will get the role",
    "Nieuwe gebruikers krijgen de rol",
);
pub fn role_too_low(role: &str) -> String {
    crate::tr!(crate::i18n::lang(); "Your role here is {role}. Changing secrets needs AppManager, Maintainer or Owner.", "Uw rol hier is {role}. Secrets wijzigen vereist AppManager, Maintainer of Owner.")
}

/// How the chosen app is named: its name, or its number when this sign-in may not read it.
pub fn app_name(name: Option<&str>, id: u64) -> String {
    match name {
        Some(name) => name.to_string(),
        None => crate::tr!(crate::i18n::lang(); "app number {id}", "app nummer {id}"),
    }
}

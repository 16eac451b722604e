//! Texts of Step 2, creating the enterprise application in Entra.

use crate::i18n::Text;

pub const CREATE_INTRO: Text = Text::new(
    "Entra sends users to apps it knows as \"enterprise applications\". Make one for this Appsemble app:",
    "Entra stuurt gebruikers naar apps die het kent als \"bedrijfstoepassingen\" (Enterprise applications). Maak er een voor deze Appsemble-app:",
);
pub const CREATE_PATH_NEW: Text = Text::new(
    "Entra admin center > Entra ID > Enterprise apps > New application > Create your own application",
    "Entra-beheercentrum > Entra ID > Enterprise apps > New application > Create your own application",
);
pub const CREATE_PATH_OLD: Text = Text::new(
    "Older screens: Entra admin center > Identity > Applications > Enterprise applications, or Azure portal > Microsoft Entra ID > Enterprise applications; then New application > Create your own application",
    "Oudere schermen: Entra-beheercentrum > Identity > Applications > Enterprise applications, of Azure-portal > Microsoft Entra ID > Enterprise applications; daarna New application > Create your own application",
);
pub const CREATE_NAME: Text = Text::new(
    "Name for the app (paste it under \"What's the name of your app?\")",
    "Naam voor de app (plak die bij \"What's the name of your app?\")",
);
pub const CREATE_CHOICE: Text = Text::new(
    "Choose \"Integrate any other application you don't find in the gallery (Non-gallery)\", then Create.",
    "Kies \"Integrate any other application you don't find in the gallery (Non-gallery)\" en daarna Create.",
);
pub const CREATE_OPEN: Text = Text::new(
    "Open the Entra admin center",
    "Open het Entra-beheercentrum",
);
pub const CREATE_WARNING: Text = Text::new(
    "Use an enterprise application, not an app registration: an app registration (made for sign-in with OpenID Connect) has no provisioning.",
    "Gebruik een bedrijfstoepassing (enterprise application), geen app-registratie: een app-registratie (bedoeld voor inloggen met OpenID Connect) kan geen gebruikers inrichten.",
);
pub const ENTRA_ADMIN_URL: &str = "https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview";

/// The name to suggest for the Entra enterprise application.
pub fn suggested_entra_name(app_name: Option<&str>) -> String {
    match app_name {
        Some(name) => format!("Appsemble - {name}"),
        None => Text::new(
            "Appsemble - <your app's name>",
            "Appsemble - <naam van uw app>",
        )
        .get()
        .to_string(),
    }
}

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
pub const CREATE_NAME: Text = Text::new("Name for the app", "Naam voor de app");
pub const CREATE_NAME_WHERE: Text = Text::new(
    "Paste it under \"What's the name of your app?\".",
    "Plak die bij \"What's the name of your app?\".",
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

pub const AUTOMATE_TITLE: Text = Text::new(
    "Or let the assistant do the Entra steps",
    "Of laat de assistent de stappen in Entra doen",
);
pub const AUTOMATE_INTRO: Text = Text::new(
    "Sign in with Microsoft as an Application Administrator. After step 5, \"Do it for me\" in step 6 creates this enterprise application, saves the Tenant URL and token, fixes the mappings, switches groups off and assigns the people you name. The steps below stay as the way by hand.",
    "Meld u aan bij Microsoft als Application Administrator. Na stap 5 maakt \"Doe het voor mij\" in stap 6 deze bedrijfstoepassing, slaat de Tenant-URL en het token op, herstelt de kenmerktoewijzingen, zet groepen uit en wijst de mensen toe die u noemt. De stappen hieronder blijven de manier met de hand.",
);
pub const ENTRA_CLIENT_ID: Text = Text::new(
    "App registration (client id) to sign in with",
    "App-registratie (client-id) om mee aan te melden",
);
pub const MICROSOFT_SIGN_IN: Text = Text::new("Sign in with Microsoft", "Aanmelden bij Microsoft");
pub const MICROSOFT_WAITING: Text = Text::new(
    "Waiting for the sign-in in the browser…",
    "Wachten op de aanmelding in de browser…",
);
pub const MICROSOFT_SIGNED_IN: Text =
    Text::new("Signed in with Microsoft.", "Aangemeld bij Microsoft.");
pub const NO_ENTRA_CLIENT_ID: Text = Text::new(
    "No app registration to sign in to Microsoft with.",
    "Geen app-registratie om mee aan te melden bij Microsoft.",
);
pub const MICROSOFT_SIGN_IN_FIRST: Text = Text::new(
    "Sign in with Microsoft first (step 2).",
    "Meld u eerst aan bij Microsoft (stap 2).",
);
pub const SET_UP_ACCESS: Text = Text::new(
    "Set up access for this tenant",
    "Toegang voor deze tenant instellen",
);
pub const SET_UP_ACCESS_NOTE: Text = Text::new(
    "No app registration yet? One sign-in as an administrator (through Microsoft Graph Command Line Tools) creates \"Appsemble SCIM assistant\" in your tenant, limited to your organisation, asking for exactly the permissions needed; the assistant then signs in with that app.",
    "Nog geen app-registratie? Eén aanmelding als beheerder (via Microsoft Graph Command Line Tools) maakt \"Appsemble SCIM assistant\" in uw tenant, beperkt tot uw organisatie, met precies de benodigde rechten; daarna meldt de assistent zich met die app aan.",
);
pub const ENTRA_TENANT: Text = Text::new(
    "Tenant (Directory ID or domain) of that app registration",
    "Tenant (Directory ID of domein) van die app-registratie",
);
pub const CONSENT_TITLE: Text = Text::new(
    "Before anything is made: what the new app will ask for",
    "Voordat er iets gemaakt wordt: waar de nieuwe app om vraagt",
);
pub const CONSENT_INTRO: Text = Text::new(
    "The app registration asks Microsoft Graph for these permissions, each acting only as the person signed in and only within what that person may do:",
    "De app-registratie vraagt Microsoft Graph om deze rechten, elk alleen namens de aangemelde persoon en binnen wat die persoon mag:",
);
pub const CONSENT_HOW: Text = Text::new(
    "Nothing is granted now. When the assistant first signs in with the new app, Microsoft's own consent screen lists them again. Leave \"Consent on behalf of your organization\" unticked to grant them to yourself only. To remove it all later, delete \"Appsemble SCIM assistant\" under App registrations.",
    "Er wordt nu niets toegestaan. Bij de eerste aanmelding met de nieuwe app toont het toestemmingsscherm van Microsoft ze opnieuw. Laat \"Consent on behalf of your organization\" uit om ze alleen aan uzelf toe te staan. Om alles later weg te halen, verwijdert u \"Appsemble SCIM assistant\" onder App registrations.",
);
pub const HAVE_REGISTRATION: Text = Text::new(
    "I already have an app registration",
    "Ik heb al een app-registratie",
);
pub const CONSENT_CONTINUE: Text = Text::new("Continue", "Doorgaan");
pub const CONSENT_CANCEL: Text = Text::new("Cancel", "Annuleren");
pub const MICROSOFT_SIGN_OUT: Text = Text::new("Sign out of Microsoft", "Afmelden bij Microsoft");
pub const SAVE_TRACE: Text =
    Text::new("Save a trace for support", "Een trace voor support opslaan");
pub const TRACE_SAVED: Text = Text::new(
    "Saved, with every token and secret removed:",
    "Opgeslagen, met elk token en geheim verwijderd:",
);
pub const TRACE_NOT_SAVED: Text = Text::new(
    "Could not save the trace at",
    "Kon de trace niet opslaan in",
);

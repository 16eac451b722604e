//! Fixed texts of the command line, the setup window and the report, in English and Dutch.

/// Texts of the command-line interface that are not findings.
pub mod cli {
    use crate::i18n::Text;

    pub const INTERRUPTED: Text = Text::new("Stopped.", "Gestopt.");
    pub const NO_CREDENTIALS: Text = Text::new(
        "No Appsemble sign-in found.",
        "Geen aanmelding voor Appsemble gevonden.",
    );
    pub const NO_CREDENTIALS_FIX: Text = Text::new(
        "Set APPSEMBLE_EMAIL and APPSEMBLE_PASSWORD, or APPSEMBLE_CLIENT_CREDENTIALS=id:secret, or run `appsemble login` once so the credentials are in this computer's keyring.",
        "Zet APPSEMBLE_EMAIL en APPSEMBLE_PASSWORD, of APPSEMBLE_CLIENT_CREDENTIALS=id:secret, of voer eenmaal `appsemble login` uit zodat de gegevens in de sleutelbos van deze computer staan.",
    );
    pub const NO_TOKEN: Text = Text::new(
        "No Secret Token to test.",
        "Geen Secret Token om te testen.",
    );
    pub const NO_TOKEN_FIX: Text = Text::new(
        "Put it in the SCIM_TOKEN environment variable, or pass --token-stdin and type it on one line.",
        "Zet het in de omgevingsvariabele SCIM_TOKEN, of geef --token-stdin op en typ het op één regel.",
    );
    pub const BAD_CLIENT_CREDENTIALS: Text = Text::new(
        "APPSEMBLE_CLIENT_CREDENTIALS is not in the form id:secret.",
        "APPSEMBLE_CLIENT_CREDENTIALS heeft niet de vorm id:secret.",
    );
    pub const BAD_CLIENT_CREDENTIALS_FIX: Text = Text::new(
        "Copy both parts, separated by a colon, from Appsemble Studio under Settings > Client credentials.",
        "Kopieer beide delen, gescheiden door een dubbele punt, uit Appsemble Studio onder Settings > Client credentials.",
    );
    pub const NO_APP_ID: Text = Text::new("No app id was given.", "Er is geen app-id opgegeven.");
    pub const NO_APP_ID_FIX: Text = Text::new(
        "Pass --app with the number after /apps/ in the app's address in Appsemble Studio, or paste the app's studio address as --server.",
        "Geef --app op met het getal na /apps/ in het adres van de app in Appsemble Studio, of plak het studio-adres van de app als --server.",
    );
    pub const SECURITY_MISSING: Text = Text::new(
        "This app cannot take users from SCIM yet: its definition has no default role for new users.",
        "Deze app kan nog geen gebruikers via SCIM ontvangen: de definitie noemt geen standaardrol voor nieuwe gebruikers.",
    );
    pub const SECURITY_FIX_INTRO: Text = Text::new(
        "Add this to the app definition in Appsemble Studio, save, and run this again:",
        "Voeg dit toe aan de app-definitie in Appsemble Studio, sla op en voer dit opnieuw uit:",
    );
    pub const SECURITY_HIDDEN: Text = Text::new(
        "Warning: this sign-in cannot see the app's security definition, so it was not checked.",
        "Let op: deze aanmelding kan de security-definitie van de app niet zien; die is dus niet gecontroleerd.",
    );
    pub const ENABLED: Text = Text::new("SCIM is on.", "SCIM staat aan.");
    pub const TENANT_URL: Text = Text::new("Tenant URL", "Tenant-URL");
    pub const SECRET_TOKEN: Text = Text::new("Secret Token", "Geheim token");
    pub const TOKEN_NEW: Text = Text::new("(new)", "(nieuw)");
    pub const TOKEN_KEPT: Text =
        Text::new("(kept the existing token)", "(bestaand token behouden)");
    pub const TOKEN_MASKED_HINT: Text = Text::new(
        "The token is shown masked. Add --show-token to print it, or --json to hand it to a script.",
        "Het token wordt gemaskeerd getoond. Voeg --show-token toe om het te tonen, of --json om het aan een script te geven.",
    );
    pub const TOKEN_REPLACED_WARNING: Text = Text::new(
        "A new token replaced the old one: if Entra already had the old token, paste the new one there and press Test Connection again.",
        "Een nieuw token heeft het oude vervangen: had Entra het oude token al, plak het nieuwe daar en klik opnieuw op Test Connection.",
    );
    pub const NEXT_STEP: Text = Text::new(
        "Next: paste both values into Entra (Enterprise app > Provisioning > Admin Credentials) and test them with `scim-assistant check`.",
        "Volgende stap: plak beide waarden in Entra (Enterprise-app > Provisioning > Admin Credentials) en test ze met `scim-assistant check`.",
    );
    pub const ALL_PASSED: Text = Text::new("All checks passed.", "Alle controles geslaagd.");
    pub const SOME_FAILED: Text = Text::new(
        "Some checks failed. Fix the first one marked FAIL and run the test again.",
        "Sommige controles zijn mislukt. Los de eerste met FAIL op en test opnieuw.",
    );
    pub const FIX: Text = Text::new("Fix", "Oplossing");
    pub const ERROR: Text = Text::new("Error", "Fout");
    pub const REPORT_UNWRITABLE: Text = Text::new(
        "could not write the report to",
        "kon het rapport niet schrijven naar",
    );
    pub const STDIN_UNREADABLE: Text = Text::new(
        "Could not read the token from standard input.",
        "Kon het token niet van standaardinvoer lezen.",
    );
}

/// Texts of the setup window.
pub mod wizard {
    use crate::i18n::Text;
    use crate::wizard::Step;

    pub const WINDOW_TITLE: &str = "Appsemble SCIM Setup Assistant";
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
    pub const SHOW: Text = Text::new("Show", "Toon");
    pub const HIDE: Text = Text::new("Hide", "Verberg");
    pub const STEP_DONE: Text = Text::new("done", "klaar");
    pub const STEP_CURRENT: Text = Text::new("current step", "huidige stap");
    pub const STEP_TODO: Text = Text::new("to do", "nog te doen");
    pub const FIX: Text = Text::new("What to do", "Wat te doen");
    pub const WORKING: Text = Text::new("Working…", "Bezig…");
    pub const SUGGESTED_NAME_UNKNOWN: Text = Text::new(
        "Appsemble - <your app's name>",
        "Appsemble - <naam van uw app>",
    );
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
    pub const REMEMBER_FAILED: Text = Text::new(
        "The client credentials could not be saved in this computer's keyring; you will need to enter them again next time.",
        "De client credentials konden niet in de sleutelbos van deze computer worden bewaard; u moet ze de volgende keer opnieuw invullen.",
    );
    pub const NO_WINDOW: Text = Text::new(
        "The setup window could not be opened on this computer (no display?). The command-line commands still work: run scim-assistant --help.",
        "Het instelvenster kon op deze computer niet worden geopend (geen beeldscherm?). De opdrachten werken wel: voer scim-assistant --help uit.",
    );
    pub const PREPARE_INTRO: Text = Text::new(
        "This assistant connects Microsoft Entra ID to one Appsemble app, so that people you assign in Entra get an account in the app automatically, and lose access there when they leave.",
        "Deze assistent koppelt Microsoft Entra ID aan één Appsemble-app, zodat mensen die u in Entra toewijst vanzelf een account in de app krijgen, en daar hun toegang verliezen als ze vertrekken.",
    );
    pub const PREPARE_NEEDS: Text = Text::new("You need:", "U hebt nodig:");
    pub const PREPARE_NEED_ENTRA: Text = Text::new(
        "In Entra: a role that may create enterprise applications (Application Administrator or Cloud Application Administrator).",
        "In Entra: een rol die enterprise-applicaties mag maken (Application Administrator of Cloud Application Administrator).",
    );
    pub const PREPARE_NEED_APPSEMBLE: Text = Text::new(
        "In Appsemble: the AppManager, Maintainer or Owner role in the organisation that owns the app.",
        "In Appsemble: de rol AppManager, Maintainer of Owner in de organisatie waar de app bij hoort.",
    );
    pub const PREPARE_TIME: Text = Text::new(
        "It takes about 15 minutes. Entra then adds users in cycles of about 40 minutes.",
        "Het kost ongeveer 15 minuten. Daarna voegt Entra gebruikers toe in rondes van ongeveer 40 minuten.",
    );
    pub const PREPARE_CHANGES: Text = Text::new(
        "What changes: in Appsemble, SCIM is switched on for the app and a secret token is made. Nothing else in the app changes. Your password is never stored.",
        "Wat er verandert: in Appsemble wordt SCIM voor de app aangezet en een geheim token gemaakt. Verder verandert er niets aan de app. Uw wachtwoord wordt nooit opgeslagen.",
    );
    pub const CREATE_INTRO: Text = Text::new(
        "Entra sends users to apps it knows as \"enterprise applications\". Make one for this Appsemble app:",
        "Entra stuurt gebruikers naar apps die het kent als \"enterprise-applicaties\". Maak er een voor deze Appsemble-app:",
    );
    pub const CREATE_PATH_NEW: Text = Text::new(
        "Entra admin center > Entra ID > Enterprise apps > New application > Create your own application",
        "Entra-beheercentrum > Entra ID > Enterprise apps > New application > Create your own application",
    );
    pub const CREATE_PATH_OLD: Text = Text::new(
        "Older screens: Azure portal > Microsoft Entra ID > Enterprise applications > New application > Create your own application",
        "Oudere schermen: Azure-portal > Microsoft Entra ID > Enterprise applications > New application > Create your own application",
    );
    pub const CREATE_NAME: Text = Text::new("Name for the app", "Naam voor de app");
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
        "Gebruik een enterprise-applicatie, geen app-registratie: een app-registratie (bedoeld voor inloggen met OpenID Connect) kan niet provisionen.",
    );
    pub const ENTRA_ADMIN_URL: &str = "https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview";
    pub const ASSIGN_INTRO: Text = Text::new(
        "Entra only sends the people assigned to the enterprise application.",
        "Entra stuurt alleen de mensen door die aan de enterprise-applicatie zijn toegewezen.",
    );
    pub const ASSIGN_PATH: Text = Text::new(
        "In the new app: Users and groups > Add user/group > choose people or groups > Assign.",
        "In de nieuwe app: Users and groups > Add user/group > kies mensen of groepen > Assign.",
    );
    pub const ASSIGN_GROUPS: Text = Text::new(
        "Assigning whole groups needs Entra ID P1 or P2. Only direct members of a group are sent; groups inside groups are not expanded.",
        "Hele groepen toewijzen vraagt Entra ID P1 of P2. Alleen directe leden van een groep worden doorgestuurd; groepen in groepen niet.",
    );
    pub const ASSIGN_TIP: Text = Text::new(
        "Tip: start with one or two test people; you can add the rest once the first ones arrived.",
        "Tip: begin met een of twee testpersonen; de rest voegt u toe zodra de eersten zijn aangekomen.",
    );
    pub const SIGN_IN_INTRO: Text = Text::new(
        "Sign in to Appsemble so this assistant can switch SCIM on for your app.",
        "Log in bij Appsemble zodat deze assistent SCIM voor uw app kan aanzetten.",
    );
    pub const SERVER: Text = Text::new("Appsemble server", "Appsemble-server");
    pub const METHOD_PASSWORD: Text = Text::new("Email and password", "E-mail en wachtwoord");
    pub const METHOD_CLIENT: Text = Text::new("Client credentials", "Client credentials");
    pub const METHOD_BROWSER: Text =
        Text::new("Sign in with your browser", "Inloggen via uw browser");
    pub const EMAIL: Text = Text::new("Email", "E-mail");
    pub const PASSWORD: Text = Text::new("Password", "Wachtwoord");
    pub const CLIENT_ID: Text = Text::new("Client id", "Client-id");
    pub const CLIENT_SECRET: Text = Text::new("Client secret", "Client-secret");
    pub const REMEMBER: Text = Text::new(
        "Remember these client credentials in this computer's keyring",
        "Onthoud deze client credentials in de sleutelbos van deze computer",
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
    pub const APP_ADDRESS: Text = Text::new("App id or studio address", "App-id of studio-adres");
    pub const USE_APP: Text = Text::new("Use this app", "Gebruik deze app");
    pub const NO_APPS: Text = Text::new(
        "Your account is not in any organisation with apps.",
        "Uw account zit niet in een organisatie met apps.",
    );
    pub const CHOSEN: Text = Text::new("Chosen app", "Gekozen app");
    pub const SECURITY_MISSING: Text = Text::new(
        "This app cannot take users from Entra yet: its definition does not say which role new users get.",
        "Deze app kan nog geen gebruikers uit Entra ontvangen: de definitie zegt niet welke rol nieuwe gebruikers krijgen.",
    );
    pub const SECURITY_ADD: Text = Text::new(
        "Add this to the app definition in Appsemble Studio, save it, and choose the app again:",
        "Voeg dit toe aan de app-definitie in Appsemble Studio, sla op en kies de app opnieuw:",
    );
    pub const OPEN_STUDIO: Text = Text::new(
        "Open the app in Appsemble Studio",
        "Open de app in Appsemble Studio",
    );
    pub const SECURITY_HIDDEN: Text = Text::new(
        "This sign-in cannot see the app's definition, so its security was not checked.",
        "Deze aanmelding kan de definitie van de app niet zien; de security is dus niet gecontroleerd.",
    );
    pub const SECURITY_READY: Text = Text::new(
        "New users will get the role",
        "Nieuwe gebruikers krijgen de rol",
    );
    pub const ENABLE_INTRO: Text = Text::new(
        "One click switches SCIM on for the app and makes the secret token Entra will use.",
        "Eén klik zet SCIM aan voor de app en maakt het geheime token dat Entra gaat gebruiken.",
    );
    pub const ENABLE_BUTTON: Text = Text::new(
        "Turn on SCIM and create the token",
        "Zet SCIM aan en maak het token",
    );
    pub const ENABLE_EXISTING: Text = Text::new(
        "This app already has a SCIM token. If Entra is already connected with it, keep it.",
        "Deze app heeft al een SCIM-token. Is Entra er al mee gekoppeld, behoud het dan.",
    );
    pub const KEEP_TOKEN: Text = Text::new("Keep the current token", "Behoud het huidige token");
    pub const REPLACE_TOKEN: Text = Text::new("Make a new token", "Maak een nieuw token");
    pub const REPLACE_WARNING: Text = Text::new(
        "A new token replaces the old one at once: any Entra connection using the old token stops working until you paste the new one there.",
        "Een nieuw token vervangt het oude meteen: een koppeling in Entra met het oude token werkt niet meer tot u het nieuwe daar plakt.",
    );
    pub const REPLACE_CONFIRM: Text = Text::new("Replace the token", "Vervang het token");
    pub const ENABLED_NEW: Text = Text::new(
        "SCIM is on and a new token was made.",
        "SCIM staat aan en er is een nieuw token gemaakt.",
    );
    pub const ENABLED_KEPT: Text = Text::new(
        "SCIM is on; the current token was kept.",
        "SCIM staat aan; het huidige token is behouden.",
    );
    pub const ENABLE_NEEDS_APP: Text = Text::new(
        "Choose an app in the previous step first.",
        "Kies eerst een app in de vorige stap.",
    );
    pub const CLIENT_MAKES_NEW: Text = Text::new(
        "With client credentials the assistant cannot see whether this app already has a token, so it makes a new one, and asks first: a new token ends any Entra connection that uses the old one.",
        "Met client credentials kan de assistent niet zien of deze app al een token heeft, dus maakt hij een nieuw, en vraagt eerst: een nieuw token beëindigt elke koppeling in Entra die het oude gebruikt.",
    );
    pub const CREDENTIALS_INTRO: Text = Text::new(
        "Paste these two values into Entra.",
        "Plak deze twee waarden in Entra.",
    );
    pub const CREDENTIALS_PATH_NEW: Text = Text::new(
        "New provisioning page: the enterprise app > Provisioning > New configuration > Tenant URL and Secret Token > Test connection > Create.",
        "Nieuwe provisioningpagina: de enterprise-app > Provisioning > New configuration > Tenant URL en Secret Token > Test connection > Create.",
    );
    pub const CREDENTIALS_PATH_OLD: Text = Text::new(
        "Older page: the enterprise app > Provisioning > Get started > Provisioning Mode: Automatic > Admin Credentials > Test Connection > Save.",
        "Oudere pagina: de enterprise-app > Provisioning > Get started > Provisioning Mode: Automatic > Admin Credentials > Test Connection > Save.",
    );
    pub const TENANT_URL: Text = Text::new("Tenant URL", "Tenant-URL");
    pub const SECRET_TOKEN: Text = Text::new("Secret Token", "Geheim token");
    pub const TOKEN_UNKNOWN: Text = Text::new(
        "The token is not kept between runs. Paste the token Entra has to test it, or go back and make a new one.",
        "Het token wordt niet bewaard tussen sessies. Plak het token dat Entra heeft om het te testen, of ga terug en maak een nieuw.",
    );
    pub const TOKEN_TO_TEST: Text = Text::new("Token to test", "Te testen token");
    pub const CLIPBOARD_NOTE: Text = Text::new(
        "The clipboard is emptied 60 seconds after you copy the token, if it still holds it.",
        "Het klembord wordt 60 seconden na het kopiëren van het token leeggemaakt, als het token er dan nog op staat.",
    );
    pub const CLIPBOARD_CLEARED: Text = Text::new(
        "The token was removed from the clipboard.",
        "Het token is van het klembord gehaald.",
    );
    pub const CLIPBOARD_UNAVAILABLE: Text = Text::new(
        "This computer's clipboard is not available: select the text and copy it by hand.",
        "Het klembord van deze computer is niet beschikbaar: selecteer de tekst en kopieer die zelf.",
    );
    pub const TEST_BUTTON: Text = Text::new("Test the connection", "Test de verbinding");
    pub const REHEARSE_BUTTON: Text = Text::new(
        "Rehearse the first sync",
        "Generale repetitie van de eerste synchronisatie",
    );
    pub const REHEARSE_NOTE: Text = Text::new(
        "The rehearsal creates a test user in the app, changes it and deletes it again, as Entra will.",
        "De generale repetitie maakt een testgebruiker in de app, wijzigt die en verwijdert hem weer, zoals Entra zal doen.",
    );
    pub const TESTING: Text = Text::new(
        "Testing the connection the way Entra will…",
        "De verbinding wordt getest zoals Entra het doet…",
    );
    pub const TEST_PASSED: Text = Text::new(
        "Entra's Test Connection will pass.",
        "De Test Connection van Entra gaat slagen.",
    );
    pub const TEST_FAILED: Text = Text::new(
        "Entra's Test Connection would fail. Fix the first problem below and test again.",
        "De Test Connection van Entra zou mislukken. Los het eerste probleem hieronder op en test opnieuw.",
    );
    pub const MAPPINGS_INTRO: Text = Text::new(
        "Entra's default mappings send attributes Appsemble does not accept, which makes every update fail. Before you start, open the enterprise app > Attribute mapping, and:",
        "De standaardtoewijzingen van Entra sturen kenmerken die Appsemble niet accepteert, waardoor elke wijziging mislukt. Open vóór de start de enterprise-app > Attribute mapping, en:",
    );
    pub const MAPPINGS_GROUPS: Text = Text::new(
        "Open the groups mapping and set Enabled to No. Appsemble has no groups.",
        "Open de toewijzing voor groepen en zet Enabled op No. Appsemble heeft geen groepen.",
    );
    pub const MAPPINGS_USERS: Text = Text::new(
        "Open the users mapping and change it as below, then Save.",
        "Open de toewijzing voor gebruikers, pas die aan zoals hieronder en klik op Save.",
    );
    pub const MAPPINGS_NO_FLAG: Text = Text::new(
        "Add nothing to the end of the Tenant URL (no ?aadOptscim062020).",
        "Zet niets achter de Tenant URL (geen ?aadOptscim062020).",
    );
    pub const DELETE_THESE: Text = Text::new("Delete these rows", "Verwijder deze regels");
    pub const CHANGE_THESE: Text = Text::new("Change these rows", "Wijzig deze regels");
    pub const KEEP_THESE: Text = Text::new("Keep these rows", "Laat deze regels staan");
    pub const MAPPING_ATTRIBUTE: Text = Text::new("Appsemble attribute", "Kenmerk in Appsemble");
    pub const MAPPING_SOURCE: Text = Text::new("Entra source", "Bron in Entra");
    pub const PROVISION_INTRO: Text = Text::new(
        "Start provisioning in Entra: the enterprise app > Overview > Start provisioning (older page: Provisioning Status On > Save).",
        "Start provisioning in Entra: de enterprise-app > Overview > Start provisioning (oudere pagina: Provisioning Status On > Save).",
    );
    pub const PROVISION_CYCLE: Text = Text::new(
        "Entra runs a first cycle soon after, then one about every 40 minutes. To try one person at once, use Provision on demand in the app's menu.",
        "Entra doet kort daarna een eerste ronde, daarna ongeveer elke 40 minuten. Om één persoon meteen te proberen, gebruikt u Provision on demand in het menu van de app.",
    );
    pub const WATCH_TITLE: Text = Text::new("Users in the app", "Gebruikers in de app");
    pub const WATCH_START: Text = Text::new("Watch for users", "Volg binnenkomende gebruikers");
    pub const WATCH_STOP: Text = Text::new("Stop watching", "Stop met volgen");
    pub const WATCH_ACTIVE: Text = Text::new(
        "Checking every 10 seconds…",
        "Elke 10 seconden controleren…",
    );
    pub const WATCH_NEEDS_TOKEN: Text = Text::new(
        "Watching needs the Secret Token: go back to step 6 and paste or make it.",
        "Volgen vraagt het geheime token: ga terug naar stap 6 en plak of maak het.",
    );
    pub const WATCH_EMPTY: Text = Text::new(
        "No users have arrived yet.",
        "Er zijn nog geen gebruikers binnengekomen.",
    );
    pub const ACTIVE: Text = Text::new("active", "actief");
    pub const INACTIVE: Text = Text::new("inactive", "inactief");
    pub const DONE_INTRO: Text = Text::new(
        "The Appsemble side is ready.",
        "De kant van Appsemble is klaar.",
    );
    pub const DONE_SERVER: Text = Text::new("Server", "Server");
    pub const DONE_APP: Text = Text::new("App", "App");
    pub const DONE_TEST: Text = Text::new("Last test", "Laatste test");
    pub const DONE_NOT_TESTED: Text =
        Text::new("not run in this session", "niet uitgevoerd in deze sessie");
    pub const REPORT_PATH: Text = Text::new("Report file", "Rapportbestand");
    pub const SAVE_REPORT: Text = Text::new("Save report", "Sla rapport op");
    pub const REPORT_SAVED: Text = Text::new("Report saved to", "Rapport opgeslagen in");
    pub const REPORT_NEEDS_TEST: Text = Text::new(
        "Run the connection test in step 6 first; the report describes its results.",
        "Voer eerst de verbindingstest in stap 6 uit; het rapport beschrijft de uitkomst daarvan.",
    );

    /// Short step names for the stepper.
    pub fn step_title(step: Step) -> Text {
        match step {
            Step::Prepare => Text::new("Before you start", "Voordat u begint"),
            Step::CreateApp => Text::new("Create the app in Entra", "Maak de app in Entra"),
            Step::AssignUsers => {
                Text::new("Assign users and groups", "Wijs gebruikers en groepen toe")
            }
            Step::Appsemble => Text::new("Sign in to Appsemble", "Log in bij Appsemble"),
            Step::EnableScim => Text::new("Turn on SCIM", "Zet SCIM aan"),
            Step::Credentials => Text::new("Give Entra the credentials", "Geef Entra de gegevens"),
            Step::Mappings => Text::new("Attribute mappings", "Kenmerktoewijzingen"),
            Step::Provision => Text::new("Start and watch", "Starten en volgen"),
            Step::Done => Text::new("Done", "Klaar"),
        }
    }

    pub fn role_too_low(role: &str) -> String {
        crate::tr!(crate::i18n::lang(); "Your role here is {role}. Changing secrets needs AppManager, Maintainer or Owner.", "Uw rol hier is {role}. Secrets wijzigen vraagt AppManager, Maintainer of Owner.")
    }

    pub fn users_total(total: u64) -> String {
        crate::tr!(crate::i18n::lang(); "{total} user(s) in the app.", "{total} gebruiker(s) in de app.")
    }
}

/// Texts of the support report.
pub mod report {
    use crate::i18n::Text;

    pub const TITLE: Text = Text::new("Appsemble SCIM diagnostics", "Appsemble SCIM-diagnose");
    pub const CHECKED_AT: Text = Text::new("Checked at (UTC)", "Gecontroleerd op (UTC)");
    pub const TENANT_URL: Text = Text::new("Tenant URL", "Tenant-URL");
    pub const SERVER: Text = Text::new("Server", "Server");
    pub const SERVER_VERSION: Text = Text::new("Appsemble version", "Appsemble-versie");
    pub const TOKEN: Text = Text::new("Secret Token", "Geheim token");
    pub const TOKEN_ENDS_IN: Text = Text::new("ends in", "eindigt op");
    pub const ASSISTANT: Text = Text::new("Checked with", "Gecontroleerd met");
    pub const RESULT: Text = Text::new("Result", "Uitkomst");
    pub const TOOK: Text = Text::new("Took", "Duur");
    pub const PASSED: Text = Text::new("passed", "geslaagd");
    pub const WARNINGS: Text = Text::new("warnings", "waarschuwingen");
    pub const FAILED: Text = Text::new("failed", "mislukt");
    pub const UNKNOWN: Text = Text::new("unknown", "onbekend");
    pub const FINDINGS: Text = Text::new("Findings", "Bevindingen");
    pub const FIX: Text = Text::new("Fix", "Oplossing");
    pub const PASS: &str = "PASS";
    pub const WARN: &str = "WARN";
    pub const FAIL: &str = "FAIL";
    pub const SKIP: &str = "SKIP";
    pub const MAPPINGS: Text = Text::new(
        "Attribute mappings for Entra",
        "Kenmerktoewijzingen voor Entra",
    );
    pub const MAPPINGS_INTRO: Text = Text::new(
        "Entra's default user mappings, and what to do with each before you start provisioning (Entra: the enterprise app > Attribute mapping > the users mapping).",
        "De standaardtoewijzingen van Entra voor gebruikers, en wat u met elk ervan doet voordat u provisioning start (Entra: de enterprise-app > Attribute mapping > de toewijzing voor gebruikers).",
    );
    pub const MAPPINGS_AFTER: Text = Text::new(
        "Also: set the groups mapping to Enabled: No, and add nothing to the end of the Tenant URL.",
        "Verder: zet de toewijzing voor groepen op Enabled: No, en zet niets achter de Tenant URL.",
    );
    pub const MAPPING_TARGET: Text = Text::new("Appsemble attribute", "Kenmerk in Appsemble");
    pub const MAPPING_SOURCE: Text = Text::new("Entra source", "Bron in Entra");
    pub const MAPPING_ACTION: Text = Text::new("Do", "Doen");
    pub const MAPPING_WHY: Text = Text::new("Why", "Waarom");
    pub const KEEP: Text = Text::new("Keep", "Laten staan");
    pub const DELETE: Text = Text::new("Delete", "Verwijderen");
    pub const CHANGE_TO: Text = Text::new("Change source to", "Bron wijzigen in");
    pub const WRITTEN: Text = Text::new("Report written to", "Rapport geschreven naar");
}

/// Help texts of the command line (`--help`).
pub mod cli_help {
    use crate::i18n::Text;

    pub const ABOUT: Text = Text::new(
        "Connect Microsoft Entra ID provisioning to an Appsemble app, and test it the way Entra will.",
        "Koppel provisioning van Microsoft Entra ID aan een Appsemble-app, en test die zoals Entra dat doet.",
    );
    pub const LONG_ABOUT: Text = Text::new(
        "Connect Microsoft Entra ID provisioning to an Appsemble app, and test it the way Entra will.\n\nRun without a command to open the setup assistant.",
        "Koppel provisioning van Microsoft Entra ID aan een Appsemble-app, en test die zoals Entra dat doet.\n\nZonder opdracht opent de installatieassistent.",
    );
    pub const ENABLE: Text = Text::new(
        "Switch SCIM on for an app and print the Tenant URL and Secret Token for Entra.",
        "Zet SCIM aan voor een app en toon de Tenant-URL en het geheime token voor Entra.",
    );
    pub const ENABLE_LONG: Text = Text::new(
        "Switch SCIM on for an app and print the Tenant URL and Secret Token for Entra.\n\nSigns in with APPSEMBLE_EMAIL + APPSEMBLE_PASSWORD, else APPSEMBLE_CLIENT_CREDENTIALS (id:secret), else the client credentials `appsemble login` stored in the OS keyring.",
        "Zet SCIM aan voor een app en toon de Tenant-URL en het geheime token voor Entra.\n\nLogt in met APPSEMBLE_EMAIL + APPSEMBLE_PASSWORD, anders met APPSEMBLE_CLIENT_CREDENTIALS (id:secret), anders met de client credentials die `appsemble login` in de sleutelbos van het systeem zette.",
    );
    pub const SERVER: Text = Text::new(
        "The Appsemble server, or an app's studio address (which also gives the app id). Default: APPSEMBLE_SERVER, else https://appsemble.app.",
        "De Appsemble-server, of het studio-adres van een app (dat ook het app-id geeft). Standaard: APPSEMBLE_SERVER, anders https://appsemble.app.",
    );
    pub const CHECK_SERVER: Text = Text::new(
        "The Appsemble server the APPSEMBLE_* sign-in belongs to (default: APPSEMBLE_SERVER, else https://appsemble.app). The sign-in is only used when the Tenant URL is on this server; it is never sent anywhere else.",
        "De Appsemble-server waar de APPSEMBLE_*-aanmelding bij hoort (standaard: APPSEMBLE_SERVER, anders https://appsemble.app). De aanmelding wordt alleen gebruikt als de Tenant-URL op deze server staat; ze gaat nooit naar een andere server.",
    );
    pub const APP: Text = Text::new(
        "The app id: the number after /apps/ in the app's studio address.",
        "Het app-id: het getal na /apps/ in het studio-adres van de app.",
    );
    pub const KEEP_TOKEN: Text = Text::new(
        "Keep the token already stored in Appsemble instead of making a new one (needs email sign-in).",
        "Behoud het token dat al in Appsemble staat in plaats van een nieuw te maken (vraagt inloggen met e-mail).",
    );
    pub const ENABLE_JSON: Text = Text::new(
        "Print {\"app_id\",\"enabled\",\"tenant_url\",\"token\",\"token_created\"} for scripts.",
        "Toon {\"app_id\",\"enabled\",\"tenant_url\",\"token\",\"token_created\"} voor scripts.",
    );
    pub const SHOW_TOKEN: Text = Text::new(
        "Print the token in full instead of masked.",
        "Toon het token volledig in plaats van gemaskeerd.",
    );
    pub const CHECK: Text = Text::new(
        "Test a Tenant URL and Secret Token the way Entra's \"Test Connection\" does.",
        "Test een Tenant-URL en geheim token zoals \"Test Connection\" van Entra dat doet.",
    );
    pub const CHECK_LONG: Text = Text::new(
        "Test a Tenant URL and Secret Token the way Entra's \"Test Connection\" does, then look deeper (health, groups, discovery, mappings).\n\nReads the token from SCIM_TOKEN, or from one line on standard input with --token-stdin. When APPSEMBLE_EMAIL + APPSEMBLE_PASSWORD (or APPSEMBLE_CLIENT_CREDENTIALS) are set and the Tenant URL is on their server (--server, else APPSEMBLE_SERVER, else https://appsemble.app), a refused token is looked into further to say why.",
        "Test een Tenant-URL en geheim token zoals \"Test Connection\" van Entra dat doet, en kijk daarna dieper (gezondheid, groepen, discovery, toewijzingen).\n\nLeest het token uit SCIM_TOKEN, of met --token-stdin uit één regel op standaardinvoer. Zijn APPSEMBLE_EMAIL + APPSEMBLE_PASSWORD (of APPSEMBLE_CLIENT_CREDENTIALS) gezet en staat de Tenant-URL op hun server (--server, anders APPSEMBLE_SERVER, anders https://appsemble.app), dan wordt bij een geweigerd token uitgezocht waarom.",
    );
    pub const TENANT_URL: Text = Text::new(
        "The Tenant URL as it will be pasted into Entra.",
        "De Tenant-URL zoals die in Entra wordt geplakt.",
    );
    pub const CHECK_JSON: Text = Text::new(
        "Print {\"ok\",\"tenant_url\",\"checks\":[{\"id\",\"status\",\"summary\",\"fix\",\"elapsed_ms\"}]}.",
        "Toon {\"ok\",\"tenant_url\",\"checks\":[{\"id\",\"status\",\"summary\",\"fix\",\"elapsed_ms\"}]} voor scripts.",
    );
    pub const TIMEOUT: Text = Text::new(
        "The longest wait for each step, in seconds.",
        "De langste wachttijd per stap, in seconden.",
    );
    pub const TOKEN_STDIN: Text = Text::new(
        "Read the Secret Token from one line on standard input instead of SCIM_TOKEN.",
        "Lees het geheime token uit één regel op standaardinvoer in plaats van uit SCIM_TOKEN.",
    );
    pub const REHEARSE: Text = Text::new(
        "Also rehearse Entra's first sync: create, read, deactivate, reactivate and delete a throw-away user in the app (it is always cleaned up, or reported when it cannot be).",
        "Doe ook een generale repetitie van de eerste synchronisatie: maak, lees, deactiveer, activeer en verwijder een wegwerpgebruiker in de app (die wordt altijd opgeruimd, of gemeld als dat niet lukt).",
    );
    pub const REPORT: Text = Text::new(
        "Write a Markdown report for a support ticket to this file (and FILE.json beside it).",
        "Schrijf een Markdown-rapport voor een supportverzoek naar dit bestand (en FILE.json ernaast).",
    );
    pub const REPORT_JSON: Text = Text::new(
        "Where to write the JSON report instead of beside the Markdown one.",
        "Waar het JSON-rapport moet komen in plaats van naast het Markdown-rapport.",
    );
}

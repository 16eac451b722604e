//! Help texts of the command line and its flags.

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
    "Zet SCIM aan voor een app en toon de Tenant-URL en het geheime token voor Entra.\n\nLogt in met APPSEMBLE_EMAIL + APPSEMBLE_PASSWORD, anders met APPSEMBLE_CLIENT_CREDENTIALS (id:secret), anders met de client credentials die `appsemble login` in de wachtwoordkluis van het systeem zette.",
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
    "Behoud het token dat al in Appsemble staat in plaats van een nieuw te maken (vereist inloggen met e-mail).",
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
    "Test een Tenant-URL en geheim token zoals \"Test Connection\" van Entra dat doet, en kijk daarna dieper (gezondheid, groepen, discovery, kenmerktoewijzingen).\n\nLeest het token uit SCIM_TOKEN, of met --token-stdin uit één regel op standaardinvoer. Zijn APPSEMBLE_EMAIL + APPSEMBLE_PASSWORD (of APPSEMBLE_CLIENT_CREDENTIALS) gezet en staat de Tenant-URL op hun server (--server, anders APPSEMBLE_SERVER, anders https://appsemble.app), dan wordt bij een geweigerd token uitgezocht waarom.",
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

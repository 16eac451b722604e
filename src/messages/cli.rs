//! Texts of the command line (results, errors, next steps).

use crate::i18n::Text;

pub const INTERRUPTED: Text = Text::new("Stopped.", "Gestopt.");
pub const NO_CREDENTIALS: Text = Text::new(
    "No Appsemble sign-in found.",
    "Geen aanmelding voor Appsemble gevonden.",
);
pub const NO_CREDENTIALS_FIX: Text = Text::new(
    "Set APPSEMBLE_EMAIL and APPSEMBLE_PASSWORD, or APPSEMBLE_CLIENT_CREDENTIALS=id:secret, or run `appsemble login` once so the credentials are in this computer's keyring.",
    "Zet APPSEMBLE_EMAIL en APPSEMBLE_PASSWORD, of APPSEMBLE_CLIENT_CREDENTIALS=id:secret, of voer eenmaal `appsemble login` uit zodat de gegevens in de wachtwoordkluis van deze computer staan.",
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
pub const FLEET_NAME_ORGANIZATIONS: Text = Text::new(
    "Client credentials cannot list your organisations.",
    "Met clientgegevens is de lijst van uw organisaties niet te lezen.",
);
pub const FLEET_NAME_ORGANIZATIONS_FIX: Text = Text::new(
    "Name them with --org (once per organisation; the id is in the studio's address after /organizations/), or sign in with email and password.",
    "Noem ze met --org (één keer per organisatie; de id staat in het studio-adres na /organizations/), of meld u aan met e-mail en wachtwoord.",
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
pub const TOKEN_KEPT: Text = Text::new("(kept the existing token)", "(bestaand token behouden)");
pub const TOKEN_MASKED_HINT: Text = Text::new(
    "The token is shown masked. Add --show-token to print it, or --json to hand it to a script.",
    "Het token wordt gemaskeerd getoond. Voeg --show-token toe om het te tonen, of --json om het aan een script te geven.",
);
pub const TOKEN_REPLACED_WARNING: Text = Text::new(
    "A new token replaced the old one: if Entra already had the old token, paste the new one there and press Test Connection again.",
    "Een nieuw token heeft het oude vervangen: had Entra het oude token al, plak het nieuwe daar en klik opnieuw op Test Connection.",
);
pub const NEXT_STEP: Text = Text::new(
    "Next: test them with `scim-assistant check --rehearse`, then paste both into Entra (the enterprise app > Provisioning > New configuration, Bearer authentication; older page: Provisioning > Admin Credentials) and press Test Connection.",
    "Volgende stap: test ze met `scim-assistant check --rehearse` en plak ze daarna in Entra (de bedrijfstoepassing > Provisioning > New configuration, Bearer-verificatie; oudere pagina: Provisioning > Admin Credentials) en klik op Test Connection (Verbinding testen).",
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
pub const UNKNOWN_CLOUD: Text = Text::new("Unknown cloud.", "Onbekende cloud.");
pub const UNKNOWN_CLOUD_FIX: Text = Text::new(
    "Use --cloud global or usgov.",
    "Gebruik --cloud global of usgov.",
);
pub const NO_GRAPH_TOKEN: Text = Text::new(
    "No Microsoft Graph access token.",
    "Geen toegangstoken voor Microsoft Graph.",
);
pub const NO_GRAPH_TOKEN_FIX: Text = Text::new(
    "Give --client-id with an app registration of your tenant (Mobile and desktop redirect http://localhost, the Graph permissions in the README, admin consent) to sign in in the browser, or set ENTRA_ACCESS_TOKEN to a delegated Graph token of an Application Administrator.",
    "Geef --client-id op met een app-registratie van uw tenant (Mobile and desktop-redirect http://localhost, de Graph-rechten uit de README, beheerderstoestemming) om in de browser aan te melden, of zet ENTRA_ACCESS_TOKEN op een gedelegeerd Graph-token van een Application Administrator.",
);
pub const SIGN_IN_OPENING: Text = Text::new(
    "Sign in with Microsoft in the browser that opens now. If none opens, open this address:",
    "Meld u aan bij Microsoft in de browser die nu opent. Opent er geen, open dan dit adres:",
);
pub const NO_SUCH_ENTRA_APP: Text = Text::new(
    "No enterprise application with provisioning by that name.",
    "Geen bedrijfstoepassing met inrichting met die naam.",
);
pub const NO_SUCH_ENTRA_APP_FIX: Text = Text::new(
    "Give the id `entra connect` printed (--service-principal) or the name it used (--name), or run `scim-assistant entra connect` first.",
    "Geef de id die `entra connect` toonde (--service-principal) of de naam die het gebruikte (--name), of voer eerst `scim-assistant entra connect` uit.",
);
pub const JOB_STATE: Text = Text::new("Provisioning job", "Inrichtingstaak");
pub const QUARANTINE: Text = Text::new("In quarantine because", "In quarantaine omdat");
pub const DEVICE_CODE: Text = Text::new(
    "On any device with a browser, open this address and enter the code:",
    "Open op een apparaat met een browser dit adres en voer de code in:",
);
pub const NO_PROVISIONING_IN_CLOUD: Text = Text::new(
    "Microsoft's China cloud has no provisioning through Microsoft Graph (the synchronization API is not available there).",
    "De Chinese cloud van Microsoft heeft geen inrichting via Microsoft Graph (de synchronisatie-API is daar niet beschikbaar).",
);
pub const NO_PROVISIONING_IN_CLOUD_FIX: Text = Text::new(
    "Set up provisioning by hand in that cloud's Entra admin center; `scim-assistant check` still tests the Tenant URL and token.",
    "Richt de inrichting met de hand in in het Entra-beheercentrum van die cloud; `scim-assistant check` test de Tenant-URL en het token nog wel.",
);
pub const CLIENT_ID_NEEDS_TENANT: Text = Text::new(
    "--client-id was given without --tenant.",
    "--client-id is opgegeven zonder --tenant.",
);
pub const CLIENT_ID_NEEDS_TENANT_FIX: Text = Text::new(
    "A tenant's own app registration signs in only at its tenant: add --tenant with the tenant id or domain (Microsoft refuses it elsewhere with AADSTS50194).",
    "Een eigen app-registratie van een tenant meldt alleen bij die tenant aan: voeg --tenant toe met de tenant-id of het domein (elders weigert Microsoft het met AADSTS50194).",
);
pub const SEVERAL_ENTRA_APPS: Text = Text::new(
    "Several enterprise applications have that name; none is picked by its name:",
    "Meerdere bedrijfstoepassingen hebben die naam; er wordt er geen op naam gekozen:",
);
pub const SEVERAL_ENTRA_APPS_FIX: Text = Text::new(
    "Give the one to use with --service-principal ID.",
    "Geef de juiste op met --service-principal ID.",
);
pub const SERVICE_PRINCIPAL_ID: Text = Text::new(
    "Enterprise application (use with --service-principal)",
    "Bedrijfstoepassing (te gebruiken met --service-principal)",
);
pub const NO_SUCH_PERSON: Text = Text::new(
    "That person is not in the tenant.",
    "Die persoon staat niet in de tenant.",
);
pub const NO_SUCH_PERSON_FIX: Text = Text::new(
    "Give the person's sign-in name (name@domain) or object id.",
    "Geef de aanmeldnaam (naam@domein) of object-id van de persoon.",
);
pub const BAD_TENANT_URL: Text = Text::new(
    "The Tenant URL cannot be given to Entra as it is.",
    "De Tenant-URL kan niet zo aan Entra worden gegeven.",
);
pub const TRACE_SAVED: Text = Text::new(
    "Trace written (every token and secret removed):",
    "Trace geschreven (elk token en geheim verwijderd):",
);

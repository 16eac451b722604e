//! Words for Microsoft's sign-in and Graph's failures, in English and Dutch.

use super::{Explanation, per_surface, says};
use crate::graph::GraphError;
use crate::i18n::{Lang, Text};
use crate::tr;

/// Graph's failures, by HTTP status and code (never by message, graph.md §5).
pub fn explain_graph_error(error: &GraphError, l: Lang) -> Explanation {
    match error {
        GraphError::Network => says(
            tr!(l; "Microsoft Graph could not be reached.", "Microsoft Graph was niet bereikbaar."),
            tr!(l; "Check this computer's internet connection; a company proxy may block graph.microsoft.com.", "Controleer de internetverbinding; een bedrijfsproxy blokkeert misschien graph.microsoft.com."),
        ),
        GraphError::NotJson => says(
            tr!(l; "Microsoft Graph gave an answer this assistant could not read.", "Microsoft Graph gaf een antwoord dat deze assistent niet kon lezen."),
            tr!(l; "Try again; if it keeps happening, do this step by hand in the Entra admin center.", "Probeer het opnieuw; blijft het gebeuren, doe deze stap dan met de hand in het Entra-beheercentrum."),
        ),
        GraphError::Status {
            status,
            code,
            request_id,
            ..
        } => {
            let (summary, fix) = match (*status, code.as_str()) {
                (401, "InvalidAuthenticationToken") => (
                    tr!(l; "The Microsoft sign-in has expired (it lasts about an hour).", "De aanmelding bij Microsoft is verlopen (die duurt ongeveer een uur)."),
                    tr!(l; "Sign in with Microsoft again (step 2), then repeat this.", "Meld u opnieuw aan bij Microsoft (stap 2) en herhaal dit."),
                ),
                (403, "Authorization_RequestDenied") | (401, _) => (
                    tr!(l; "Your account may not change enterprise applications or provisioning.", "Uw account mag bedrijfstoepassingen of inrichting niet wijzigen."),
                    tr!(l; "Sign in with an Application Administrator or Cloud Application Administrator, and consent to the permissions the sign-in asks for.", "Meld u aan met een Application Administrator of Cloud Application Administrator, en geef toestemming voor de rechten waar de aanmelding om vraagt."),
                ),
                (403, "Authentication_MSGraphPermissionMissing") => (
                    tr!(l; "The Microsoft sign-in lacks a permission this step needs (provisioning logs need AuditLog.Read.All and Directory.Read.All).", "De aanmelding bij Microsoft mist een recht dat deze stap nodig heeft (inrichtingslogboeken vereisen AuditLog.Read.All en Directory.Read.All)."),
                    tr!(l; "Sign in with Microsoft again and accept the permissions asked for; an administrator may have to consent to them once.", "Meld u opnieuw aan bij Microsoft en accepteer de gevraagde rechten; misschien moet een beheerder er één keer toestemming voor geven."),
                ),
                (403, "Authentication_RequestFromNonPremiumTenantOrB2CTenant") => (
                    tr!(l; "Reading provisioning logs needs Entra ID P1 or P2.", "Inrichtingslogboeken lezen vereist Entra ID P1 of P2."),
                    tr!(l; "Use the job status instead, or Provision on demand for one person.", "Gebruik in plaats daarvan de taakstatus, of richt één persoon op aanvraag in."),
                ),
                (429 | 503 | 504, _) => (
                    tr!(l; "Microsoft Graph is busy and asked to wait.", "Microsoft Graph is druk en vroeg om te wachten."),
                    tr!(l; "Try again in a minute.", "Probeer het over een minuut opnieuw."),
                ),
                (404, _) => (
                    tr!(l; "Microsoft Graph did not find the object (status 404, {code}).", "Microsoft Graph vond het object niet (status 404, {code})."),
                    tr!(l; "Run it again in a few minutes: a just-created application can take a while to appear everywhere.", "Voer het over een paar minuten opnieuw uit: een net gemaakte toepassing is soms pas na een tijdje overal zichtbaar."),
                ),
                _ => (
                    tr!(l; "Microsoft Graph answered {status} {code}.", "Microsoft Graph antwoordde {status} {code}."),
                    tr!(l; "Try again; if it keeps happening, do this step by hand in the Entra admin center and send request id {request_id} to Microsoft support.", "Probeer het opnieuw; blijft het gebeuren, doe deze stap dan met de hand in het Entra-beheercentrum en stuur request-id {request_id} naar Microsoft-support."),
                ),
            };
            says(summary, fix)
        }
    }
}

/// The page the browser shows once Microsoft sent it back to this computer.
pub const LANDING_SIGNED_IN: Text = Text::new(
    "<!doctype html><meta charset=utf-8><title>Signed in</title><p>Signed in. You can close this tab and go back to the SCIM assistant.",
    "<!doctype html><meta charset=utf-8><title>Aangemeld</title><p>Aangemeld. U kunt dit tabblad sluiten en teruggaan naar de SCIM-assistent.",
);
pub const LANDING_REFUSED: Text = Text::new(
    "<!doctype html><meta charset=utf-8><title>Not signed in</title><p>Microsoft refused the sign-in. The SCIM assistant says why.",
    "<!doctype html><meta charset=utf-8><title>Niet aangemeld</title><p>Microsoft weigerde de aanmelding. De SCIM-assistent zegt waarom.",
);

/// Why signing in with Microsoft did not work, by its AADSTS code (graph.md §5).
pub fn explain_sign_in_in(error: &crate::graph::MicrosoftSignInError, l: Lang) -> Explanation {
    use crate::graph::MicrosoftSignInError as E;
    match error {
        E::Listen => says(
            tr!(l; "The sign-in could not listen on this computer.", "De aanmelding kon op deze computer niet luisteren."),
            per_surface(
                tr!(l; "Try again; if it keeps happening, restart the computer.", "Probeer het opnieuw; blijft het gebeuren, start de computer dan opnieuw op."),
                tr!(l; "Set ENTRA_ACCESS_TOKEN to a Graph token instead.", "Zet in plaats daarvan ENTRA_ACCESS_TOKEN op een Graph-token."),
            ),
        ),
        E::TimedOut => says(
            tr!(l; "The sign-in was not finished within 10 minutes.", "De aanmelding is niet binnen 10 minuten afgerond."),
            tr!(l; "Start it again and finish it in the browser.", "Start hem opnieuw en rond hem af in de browser."),
        ),
        E::DeviceCodeUnavailable { .. } => says(
            tr!(l; "The device-code sign-in did not work here (many organisations block it, and the app must allow public client flows).", "Aanmelden met een apparaatcode werkte hier niet (veel organisaties blokkeren het, en de app moet public client flows toestaan)."),
            per_surface(
                tr!(l; "Use the browser sign-in instead.", "Gebruik in plaats daarvan de aanmelding in de browser."),
                tr!(l; "Use the browser sign-in instead: run the command without --device-code on a computer with a browser.", "Gebruik in plaats daarvan de aanmelding in de browser: voer de opdracht zonder --device-code uit op een computer met een browser."),
            ),
        ),
        E::Network => says(
            tr!(l; "Microsoft's sign-in could not be reached.", "De aanmelding van Microsoft was niet bereikbaar."),
            tr!(l; "Check this computer's internet connection.", "Controleer de internetverbinding van deze computer."),
        ),
        E::Refused { code, .. } => {
            let (summary, fix) = match code.as_str() {
                "AADSTS65001" | "AADSTS90094" => (
                    tr!(l; "An administrator must first consent to the permissions this assistant asks for.", "Een beheerder moet eerst toestemming geven voor de rechten waar deze assistent om vraagt."),
                    tr!(l; "Ask a Global Administrator or Cloud Application Administrator to sign in once and tick \"Consent on behalf of your organization\".", "Vraag een Global Administrator of Cloud Application Administrator één keer aan te melden en \"Consent on behalf of your organization\" aan te vinken."),
                ),
                "AADSTS50105" => (
                    tr!(l; "Your account is not assigned to this sign-in app in your tenant.", "Uw account is in uw tenant niet toegewezen aan deze aanmeld-app."),
                    tr!(l; "Ask an administrator to assign you, or to turn off \"Assignment required\" for it.", "Vraag een beheerder u toe te wijzen, of \"Assignment required\" ervoor uit te zetten."),
                ),
                "AADSTS53003" => (
                    tr!(l; "A Conditional Access policy of your organisation blocked the sign-in.", "Een beleid voor voorwaardelijke toegang van uw organisatie blokkeerde de aanmelding."),
                    tr!(l; "Sign in from a compliant device, or ask IT which policy applies.", "Meld u aan vanaf een toegestaan apparaat, of vraag IT welk beleid geldt."),
                ),
                "AADSTS50076" | "AADSTS50079" => (
                    tr!(l; "Multi-factor authentication is needed.", "Meervoudige verificatie is nodig."),
                    tr!(l; "Start the sign-in again and complete the second factor in the browser.", "Start de aanmelding opnieuw en rond de tweede factor af in de browser."),
                ),
                "AADSTS700016" => (
                    tr!(l; "This sign-in app does not exist in your tenant.", "Deze aanmeld-app bestaat niet in uw tenant."),
                    per_surface(
                        tr!(l; "Set up access for this tenant (step 2), or paste the client id of an app registration of your own tenant.", "Stel de toegang voor deze tenant in (stap 2), of plak de client-id van een app-registratie van uw eigen tenant."),
                        tr!(l; "Use --client-id with an app registration of your own tenant.", "Gebruik --client-id met een app-registratie van uw eigen tenant."),
                    ),
                ),
                "AADSTS50194" => (
                    tr!(l; "This sign-in app belongs to one organisation, so it must sign in at that organisation, not at the shared Microsoft address.", "Deze aanmeld-app hoort bij één organisatie en moet dus bij die organisatie aanmelden, niet bij het gedeelde adres van Microsoft."),
                    tr!(l; "Set up access for this tenant again so that the tenant id is saved, or give the tenant's id or domain with the client id. Do not make the app multi-tenant.", "Stel de toegang voor deze tenant opnieuw in zodat de tenant-id wordt bewaard, of geef de id of het domein van de tenant samen met de client-id op. Maak de app niet multi-tenant."),
                ),
                "AADSTS50011" => (
                    tr!(l; "The sign-in app does not allow this computer's redirect address.", "De aanmeld-app staat het terugstuuradres van deze computer niet toe."),
                    tr!(l; "Add http://localhost as a \"Mobile and desktop applications\" redirect URI to the app registration.", "Voeg http://localhost toe als redirect-URI voor \"Mobile and desktop applications\" aan de app-registratie."),
                ),
                _ => (
                    tr!(l; "Microsoft refused the sign-in ({code}).", "Microsoft weigerde de aanmelding ({code})."),
                    tr!(l; "Try again; if it keeps happening, ask IT about {code}.", "Probeer het opnieuw; blijft het gebeuren, vraag IT dan naar {code}."),
                ),
            };
            says(summary, fix)
        }
    }
}

/// What one Graph permission lets the assistant do, in plain words for the consent list.
pub fn permission_use_in(used_for: crate::graph::PermissionUse, l: Lang) -> String {
    use crate::graph::PermissionUse::*;
    match used_for {
        EnterpriseApps => {
            tr!(l; "create the enterprise application for your Appsemble app, and check the assistant's own app registration", "de bedrijfstoepassing voor uw Appsemble-app maken, en de eigen app-registratie van de assistent controleren")
        }
        Assignments => {
            tr!(l; "assign the people and groups you choose to that application", "de mensen en groepen die u kiest aan die toepassing toewijzen")
        }
        Provisioning => {
            tr!(l; "set up, test and start its provisioning, and provision one person on demand", "de inrichting ervan instellen, testen en starten, en één persoon op aanvraag inrichten")
        }
        ReadUsers => {
            tr!(l; "find people by name or sign-in name", "mensen vinden op naam of aanmeldnaam")
        }
        ReadGroups => tr!(l; "find groups by name", "groepen vinden op naam"),
        ReadAuditLogs => {
            tr!(l; "read the provisioning logs of that application", "de inrichtingslogboeken van die toepassing lezen")
        }
        ReadDirectory => {
            tr!(l; "read the directory, which Microsoft requires for the provisioning logs", "de directory lezen, wat Microsoft vereist voor de inrichtingslogboeken")
        }
    }
}

/// Every permission the assistant asks for, one line each: `Name: what it is for`.
pub fn permission_list_in(l: Lang) -> Vec<String> {
    crate::graph::PERMISSIONS
        .iter()
        .map(|p| format!("{}: {}", p.name, permission_use_in(p.used_for, l)))
        .collect()
}

/// How to make an app registration by hand, with the permissions from the one table.
pub fn manual_registration_in(l: Lang) -> String {
    let names: Vec<&str> = crate::graph::permission_names().collect();
    let names = names.join(", ");
    tr!(l; "Paste the client id and the tenant id of an app registration in your tenant: platform \"Mobile and desktop applications\" with redirect http://localhost, and the delegated Microsoft Graph permissions {names}.", "Plak de client-id en de tenant-id van een app-registratie in uw tenant: platform \"Mobile and desktop applications\" met redirect http://localhost, en de gedelegeerde Microsoft Graph-rechten {names}.")
}

/// What "Set up access for this tenant" did with the app registration.
pub fn access_outcome_in(outcome: crate::graph::AccessOutcome, l: Lang) -> String {
    use crate::graph::{AccessOutcome, Untrusted};
    let replaced = |why: String| tr!(l; "A new app registration was made: the one used before {why}.", "Er is een nieuwe app-registratie gemaakt: de eerder gebruikte {why}.");
    match outcome {
        AccessOutcome::Created => {
            tr!(l; "The app registration \"Appsemble SCIM assistant\" was made in your tenant.", "De app-registratie \"Appsemble SCIM assistant\" is in uw tenant gemaakt.")
        }
        AccessOutcome::Reused => {
            tr!(l; "The app registration made before is used again.", "De eerder gemaakte app-registratie wordt opnieuw gebruikt.")
        }
        AccessOutcome::PermissionsUpdated => {
            tr!(l; "The app registration made before now asks for the permissions this version needs.", "De eerder gemaakte app-registratie vraagt nu de rechten die deze versie nodig heeft.")
        }
        AccessOutcome::Replaced(Untrusted::Gone) => {
            replaced(tr!(l; "no longer exists", "bestaat niet meer"))
        }
        AccessOutcome::Replaced(Untrusted::NotOwner) => {
            replaced(tr!(l; "is not owned by you", "is niet van u"))
        }
        AccessOutcome::Replaced(Untrusted::HasCredentials) => replaced(
            tr!(l; "has a secret or certificate someone could sign in with", "heeft een geheim of certificaat waarmee iemand kan aanmelden"),
        ),
        AccessOutcome::Replaced(Untrusted::OtherRedirects) => replaced(
            tr!(l; "sends sign-ins to other addresses", "stuurt aanmeldingen naar andere adressen"),
        ),
        AccessOutcome::Replaced(Untrusted::NotSingleTenant) => replaced(
            tr!(l; "is open to other organisations", "staat open voor andere organisaties"),
        ),
    }
}

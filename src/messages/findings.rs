//! Summary and fix for every check outcome, in English and Dutch.

use super::check_names::check_name;
use super::{Explanation, or_unknown, per_surface, says};
use crate::address::{ENTRA_SCIM_FLAG, UrlProblem};
use crate::i18n::{Lang, Text};
use crate::mappings::MappingReason;
use crate::probe::{
    DiscoveryClaim, Finding, RehearsalFailure, RehearsalStep, RejectCause, TlsFailure,
};
use crate::tr;

/// Summary and fix for one check outcome in `l`.
pub fn explain_in(finding: &Finding, l: Lang) -> Explanation {
    use Finding::*;
    let none = String::new;
    match finding {
        UrlOk => says(
            tr!(l; "The Tenant URL has the form Appsemble and Entra expect.", "De Tenant URL heeft de vorm die Appsemble en Entra verwachten."),
            none(),
        ),
        UrlLoopbackHttp => says(
            tr!(l; "The Tenant URL uses plain http to this computer. That is fine for a test server.", "De Tenant URL gebruikt gewoon http naar deze computer. Voor een testserver is dat prima."),
            tr!(l; "Entra only connects over https to a server on the internet; use the https address of your Appsemble server in Entra.", "Entra verbindt alleen via https met een server op internet; gebruik in Entra het https-adres van uw Appsemble-server."),
        ),
        UrlProblem { problem, corrected } => explain_url(problem, corrected.as_deref(), l),
        DnsResolved { host, addresses } => says(
            tr!(l; "{host} was found ({addresses} address(es)).", "{host} is gevonden ({addresses} adres(sen))."),
            none(),
        ),
        DnsIpAddress => says(
            tr!(l; "The Tenant URL uses an IP address, so no name lookup is needed.", "De Tenant URL gebruikt een IP-adres, dus de naam hoeft niet te worden opgezocht."),
            none(),
        ),
        DnsNotFound { host } => says(
            tr!(l; "The server name {host} could not be found.", "De servernaam {host} is niet gevonden."),
            tr!(l; "Check the spelling of the server name in the Tenant URL. If it is right, check this computer's internet connection or ask IT whether the name is only known inside another network.", "Controleer de spelling van de servernaam in de Tenant URL. Klopt die, controleer dan de internetverbinding van deze computer of vraag IT of de naam alleen binnen een ander netwerk bekend is."),
        ),
        DnsTimeout { host, seconds } => says(
            tr!(l; "Looking up {host} took longer than {seconds} s.", "Het opzoeken van {host} duurde langer dan {seconds} s."),
            tr!(l; "Check this computer's internet connection and try again.", "Controleer de internetverbinding van deze computer en probeer het opnieuw."),
        ),
        Connected { address } => says(
            tr!(l; "The server answered at {address}.", "De server antwoordde op {address}."),
            none(),
        ),
        ConnectRefused { address } => says(
            tr!(l; "Nothing accepts connections at {address}.", "Op {address} neemt niets verbindingen aan."),
            tr!(l; "Check the address and port in the Tenant URL. If they are right, the Appsemble server is down: try again later or ask whoever runs it.", "Controleer adres en poort in de Tenant URL. Kloppen die, dan is de Appsemble-server onbereikbaar: probeer het later opnieuw of vraag het de beheerder ervan."),
        ),
        ConnectTimeout { address, seconds } => says(
            tr!(l; "{address} did not answer within {seconds} s.", "{address} antwoordde niet binnen {seconds} s."),
            tr!(l; "A firewall may block the connection, or the server is down. Check that the server is reachable from the internet; Entra connects from Microsoft's network, not from yours.", "Misschien blokkeert een firewall de verbinding, of de server is uit de lucht. Controleer of de server vanaf internet bereikbaar is; Entra verbindt vanuit het netwerk van Microsoft, niet vanuit het uwe."),
        ),
        ConnectFailed { address } => says(
            tr!(l; "The connection to {address} failed.", "De verbinding met {address} is mislukt."),
            tr!(l; "Check the address in the Tenant URL and this computer's network connection.", "Controleer het adres in de Tenant URL en de netwerkverbinding van deze computer."),
        ),
        TlsOk => says(
            tr!(l; "The server's certificate is valid and trusted.", "Het certificaat van de server is geldig en vertrouwd."),
            none(),
        ),
        TlsNotUsed => says(
            tr!(l; "Plain http: there is no certificate to check.", "Gewoon http: er is geen certificaat om te controleren."),
            none(),
        ),
        Tls { failure, host } => explain_tls(*failure, host, l),
        TlsTimeout { seconds } => says(
            tr!(l; "The secure connection was not set up within {seconds} s.", "De beveiligde verbinding kwam niet binnen {seconds} s tot stand."),
            tr!(l; "The server or a proxy in between is not responding. Try again later; if it keeps happening, ask whoever runs the server.", "De server of een proxy daartussen reageert niet. Probeer het later opnieuw; blijft het gebeuren, vraag het dan de beheerder van de server."),
        ),
        AuthAccepted => says(
            tr!(l; "Appsemble accepted the Secret Token.", "Appsemble heeft het Secret Token geaccepteerd."),
            none(),
        ),
        AuthRejected { cause } => explain_rejection(cause, l),
        AuthForbidden => says(
            tr!(l; "The server refused access (403) with this token.", "De server weigerde toegang (403) met dit token."),
            tr!(l; "Make a new token in this assistant (or in Appsemble Studio under Secrets > SCIM) and paste it into Entra as the Secret Token.", "Maak een nieuw token in deze assistent (of in Appsemble Studio onder Secrets > SCIM) en plak het in Entra als Secret Token."),
        ),
        AuthNotReached => says(
            tr!(l; "The token could not be checked, because the request did not reach Appsemble's SCIM endpoint.", "Het token kon niet worden gecontroleerd, omdat het verzoek het SCIM-endpoint van Appsemble niet bereikte."),
            tr!(l; "Fix the problem reported under Entra's Test Connection first.", "Los eerst het probleem op dat bij Verbinding testen in Entra staat."),
        ),
        TestConnectionPasses => says(
            tr!(l; "Entra's Test Connection should pass: the server answered its user lookup with an empty SCIM user list, as Entra expects.", "Verbinding testen (Test Connection) in Entra zou moeten slagen: de server beantwoordde de gebruikersopvraag met een lege SCIM-gebruikerslijst, zoals Entra verwacht."),
            none(),
        ),
        EndpointNotFound => says(
            tr!(l; "There is no SCIM endpoint at this address (404).", "Op dit adres is geen SCIM-endpoint (404)."),
            tr!(l; "Check that the Tenant URL points at your Appsemble server itself, for example https://appsemble.app/api/apps/42/scim, and not at the app's own address or another website.", "Controleer of de Tenant URL naar uw Appsemble-server zelf wijst, bijvoorbeeld https://appsemble.app/api/apps/42/scim, en niet naar het eigen adres van de app of een andere website."),
        ),
        ServerError { status } => says(
            tr!(l; "The server had an internal error ({status}).", "De server had een interne fout ({status})."),
            tr!(l; "This is a problem on the server, not in your settings. Try again in a few minutes; if it stays, send the report to Appsemble support.", "Dit is een probleem op de server, niet in uw instellingen. Probeer het over een paar minuten opnieuw; blijft het, stuur het rapport dan naar Appsemble support."),
        ),
        HtmlPage => says(
            tr!(l; "A web page answered instead of the SCIM endpoint. That happens with a proxy or login portal, or when the URL points at the app's own website.", "Er antwoordde een webpagina in plaats van het SCIM-endpoint. Dat gebeurt bij een proxy of inlogportaal, of als de URL naar de eigen website van de app wijst."),
            tr!(l; "Use the Tenant URL on the Appsemble server itself (https://<server>/api/apps/<id>/scim). If your network sends traffic through a login portal, test from a network without one.", "Gebruik de Tenant URL op de Appsemble-server zelf (https://<server>/api/apps/<id>/scim). Loopt uw netwerkverkeer via een inlogportaal, test dan vanaf een netwerk zonder."),
        ),
        NotScim { content_type } => {
            let kind = or_unknown(content_type, l);
            says(
                tr!(l; "The server answered, but not with a SCIM user list (type: {kind}).", "De server antwoordde, maar niet met een SCIM-gebruikerslijst (type: {kind})."),
                tr!(l; "Check that the Tenant URL points at your Appsemble server and ends in /api/apps/<id>/scim.", "Controleer of de Tenant URL naar uw Appsemble-server wijst en eindigt op /api/apps/<id>/scim."),
            )
        }
        InvalidJson => says(
            tr!(l; "The server's answer claims to be data but cannot be read.", "Het antwoord van de server zegt gegevens te zijn, maar is onleesbaar."),
            tr!(l; "Something between you and Appsemble changes the answer, or the server is broken. Send the report to Appsemble support.", "Iets tussen u en Appsemble verandert het antwoord, of de server is stuk. Stuur het rapport naar Appsemble support."),
        ),
        BodyTooLarge { limit_kib } => says(
            tr!(l; "The answer was larger than {limit_kib} KiB, which no SCIM user list for this test should be. Reading stopped there.", "Het antwoord was groter dan {limit_kib} KiB; zo groot hoort geen SCIM-gebruikerslijst voor deze test te zijn. Het lezen is daar gestopt."),
            tr!(l; "Check that the Tenant URL points at your Appsemble server's SCIM endpoint and not at a download or another service.", "Controleer of de Tenant URL naar het SCIM-endpoint van uw Appsemble-server wijst en niet naar een download of een andere dienst."),
        ),
        FilterIgnored { total } => says(
            tr!(l; "The server returned {total} user(s) for a user that cannot exist, so it ignores Entra's search.", "De server gaf {total} gebruiker(s) terug voor een gebruiker die niet kan bestaan; hij negeert dus de zoekopdracht van Entra."),
            tr!(l; "Entra would match the wrong people. Check that the Tenant URL points at Appsemble; if it does, send the report to Appsemble support.", "Entra zou de verkeerde mensen koppelen. Controleer of de Tenant URL naar Appsemble wijst; zo ja, stuur het rapport naar Appsemble support."),
        ),
        Redirect { location } => {
            let target = or_unknown(location, l);
            says(
                tr!(l; "The server sends requests elsewhere (redirect to {target}). Entra does not follow redirects, and the token is not sent on.", "De server stuurt verzoeken door (naar {target}). Entra volgt geen doorverwijzingen, en het token wordt niet doorgestuurd."),
                tr!(l; "Use the final address in the Tenant URL: start it with https:// and the server's main address.", "Gebruik het uiteindelijke adres in de Tenant URL: begin met https:// en het hoofdadres van de server."),
            )
        }
        NoAnswer { seconds } => says(
            tr!(l; "The server did not answer within {seconds} s.", "De server antwoordde niet binnen {seconds} s."),
            tr!(l; "The server is overloaded or something in between holds the request. Try again later; Entra gives up after 60 s and retries hours later.", "De server is overbelast of iets daartussen houdt het verzoek vast. Probeer het later opnieuw; Entra geeft het na 60 s op en probeert het uren later opnieuw."),
        ),
        NotAcceptable => says(
            tr!(l; "The server refused the type of answer Entra asks for (406).", "De server weigerde het soort antwoord waar Entra om vraagt (406)."),
            tr!(l; "Something between you and Appsemble changes the request headers. Test from another network or send the report to Appsemble support.", "Iets tussen u en Appsemble verandert de headers van het verzoek. Test vanaf een ander netwerk of stuur het rapport naar Appsemble support."),
        ),
        UnexpectedStatus { status } => says(
            tr!(l; "The server answered with status {status}, which Entra does not accept.", "De server antwoordde met status {status}, die Entra niet accepteert."),
            tr!(l; "Check the Tenant URL; if it is right, send the report to Appsemble support.", "Controleer de Tenant URL; klopt die, stuur het rapport dan naar Appsemble support."),
        ),
        RequestFailed => says(
            tr!(l; "The connection broke off before the server answered.", "De verbinding werd verbroken voordat de server antwoordde."),
            tr!(l; "Try again. If it keeps happening, a proxy or firewall may be interfering.", "Probeer het opnieuw. Blijft het gebeuren, dan zit er misschien een proxy of firewall tussen."),
        ),
        HealthOk {
            version: Some(version),
        } => says(
            tr!(l; "The Appsemble server is healthy (version {version}).", "De Appsemble-server is gezond (versie {version})."),
            none(),
        ),
        HealthOk { version: None } => says(
            tr!(l; "The Appsemble server is healthy.", "De Appsemble-server is gezond."),
            none(),
        ),
        HealthUnhealthy { status } => says(
            tr!(l; "The Appsemble server reports a problem with itself ({status}).", "De Appsemble-server meldt een probleem met zichzelf ({status})."),
            tr!(l; "Entra's requests will fail until the server is healthy again. Try later, or tell whoever runs the server.", "De verzoeken van Entra mislukken tot de server weer gezond is. Probeer het later, of meld het aan de beheerder van de server."),
        ),
        HealthUnknown => says(
            tr!(l; "The server's health could not be read, so it may not be an Appsemble server.", "De gezondheid van de server kon niet worden gelezen; misschien is het geen Appsemble-server."),
            tr!(l; "Check that the Tenant URL points at your Appsemble server.", "Controleer of de Tenant URL naar uw Appsemble-server wijst."),
        ),
        GroupsSupported => says(
            tr!(l; "The server accepts group lookups.", "De server accepteert zoekopdrachten naar groepen."),
            none(),
        ),
        GroupsNotSupported => says(
            tr!(l; "Appsemble's SCIM connection has no /Groups endpoint (404), as expected: Entra must not send groups. If Entra's own Test Connection fails while this test passes, this 404 is the likely cause.", "De SCIM-koppeling van Appsemble heeft geen /Groups-endpoint (404), zoals verwacht: Entra mag geen groepen sturen. Mislukt Verbinding testen in Entra terwijl deze test slaagt, dan is deze 404 de waarschijnlijke oorzaak."),
            tr!(l; "In Entra, open Attribute mapping, choose the groups mapping (\"Provision Microsoft Entra ID Groups\"), set Enabled to No and save.", "Open in Entra Attribute mapping, kies de kenmerktoewijzing voor groepen (\"Provision Microsoft Entra ID Groups\"), zet Enabled op No en sla op."),
        ),
        GroupsUnclear { status } => says(
            tr!(l; "The groups endpoint answered {status}.", "Het endpoint voor groepen antwoordde {status}."),
            tr!(l; "Switch group provisioning off in Entra (Attribute mapping > groups mapping > Enabled: No).", "Zet het doorsturen van groepen in Entra uit (Attribute mapping > kenmerktoewijzing voor groepen > Enabled: No)."),
        ),
        DiscoveryComplete => says(
            tr!(l; "The SCIM discovery endpoints answer as validators expect.", "De SCIM discovery-endpoints antwoorden zoals validators verwachten."),
            none(),
        ),
        DiscoveryGaps {
            missing,
            wrong_claims,
        } => explain_discovery(missing, wrong_claims, l),
        MappingsNeedChanges { delete, change } => says(
            tr!(l; "Entra's default attribute mappings would make every update fail: {delete} must be deleted and {change} changed.", "De standaard kenmerktoewijzingen van Entra laten elke wijziging mislukken: {delete} moeten weg en {change} moet anders."),
            tr!(l; "In Entra, open Attribute mapping > the users mapping, and make it match the list under \"Attribute mappings\" in this assistant (or the report).", "Open in Entra Attribute mapping > de kenmerktoewijzing voor gebruikers, en maak die gelijk aan de lijst onder \"Kenmerktoewijzingen\" in deze assistent (of in het rapport)."),
        ),
        RehearsalPasses => says(
            tr!(l; "The rehearsal of Entra's first sync worked: a test user was created, read, deactivated, reactivated and deleted.", "De generale repetitie van de eerste synchronisatie is gelukt: een testgebruiker is aangemaakt, gelezen, gedeactiveerd, weer geactiveerd en verwijderd."),
            none(),
        ),
        RehearsalNotRequested => says(
            tr!(l; "Not run. The rehearsal creates and deletes a test user in the app.", "Niet uitgevoerd. De generale repetitie maakt een testgebruiker in de app aan en verwijdert die weer."),
            per_surface(
                tr!(l; "Press \"Rehearse the first sync\" to find out whether provisioning will work before you start it.", "Druk op \"Generale repetitie van de eerste synchronisatie\" om te weten of de inrichting werkt voordat u die start."),
                tr!(l; "Run it with --rehearse to find out whether provisioning will work before you start it.", "Voer hem uit met --rehearse om te weten of de inrichting werkt voordat u die start."),
            ),
        ),
        RehearsalFailed(failure) => explain_rehearsal(failure, l),
        Skipped { because } => {
            let name = check_name(*because).in_lang(l);
            says(
                tr!(l; "Not tested, because the check \"{name}\" failed.", "Niet getest, omdat de controle \"{name}\" mislukte."),
                none(),
            )
        }
    }
}

fn explain_discovery(missing: &[String], wrong_claims: &[DiscoveryClaim], l: Lang) -> Explanation {
    let mut parts = Vec::new();
    if !missing.is_empty() {
        let paths = missing.join(", ");
        parts.push(tr!(l; "{paths} answer 404", "{paths} antwoorden 404"));
    }
    for claim in wrong_claims {
        parts.push(match claim {
            DiscoveryClaim::FilterUnsupported => tr!(l; "the server claims it cannot filter (it can)", "de server beweert niet te kunnen filteren (dat kan hij wel)"),
            DiscoveryClaim::BasicAuthOnly => tr!(l; "the server claims it wants a password (it wants the token)", "de server beweert een wachtwoord te willen (hij wil het token)"),
        });
    }
    let list = parts.join("; ");
    says(
        tr!(l; "Appsemble's self-description is incomplete: {list}. Entra does not read these for this kind of app.", "De zelfbeschrijving van Appsemble is onvolledig: {list}. Entra leest die voor dit soort app niet."),
        tr!(l; "Nothing to do for Entra. Microsoft's SCIM Validator will report these as failures; that is expected with Appsemble.", "Voor Entra hoeft u niets te doen. De SCIM Validator van Microsoft meldt dit als fouten; bij Appsemble is dat te verwachten."),
    )
}

/// What a rehearsal step does, in words.
pub fn rehearsal_step(step: RehearsalStep) -> Text {
    match step {
        RehearsalStep::Lookup => Text::new("looking up the user", "het opzoeken van de gebruiker"),
        RehearsalStep::Create => Text::new("creating the user", "het aanmaken van de gebruiker"),
        RehearsalStep::ReadBack => {
            Text::new("reading the user back", "het teruglezen van de gebruiker")
        }
        RehearsalStep::Deactivate => {
            Text::new("deactivating the user", "het deactiveren van de gebruiker")
        }
        RehearsalStep::Reactivate => Text::new(
            "reactivating the user",
            "het weer activeren van de gebruiker",
        ),
        RehearsalStep::Delete => Text::new("deleting the user", "het verwijderen van de gebruiker"),
    }
}

fn explain_rehearsal(failure: &RehearsalFailure, l: Lang) -> Explanation {
    let version = failure
        .server_version
        .as_deref()
        .map(|v| format!(" (Appsemble {v})"))
        .unwrap_or_default();
    let who = match failure.status {
        Some(status) => {
            tr!(l; "the server{version} answered {status}", "antwoordde de server{version} met {status}")
        }
        None => tr!(l; "the server{version} did not answer", "antwoordde de server{version} niet"),
    };
    let step = rehearsal_step(failure.step).in_lang(l);
    let request = &failure.request;
    let mut summary = if failure.server_side() {
        tr!(l; "Provisioning will fail on the Appsemble side: while {step}, {who} to {request}. Nothing in Entra can fix this.", "De inrichting gaat mislukken aan de kant van Appsemble: bij {step} {who} op {request}. Niets in Entra kan dit verhelpen.")
    } else {
        let detail = or_unknown(&failure.detail, l);
        tr!(l; "While {step}, {who} to {request}: {detail}", "Bij {step} {who} op {request}: {detail}")
    };
    if let Some(left) = &failure.leftover {
        let (name, id) = (&left.user_name, &left.id);
        summary.push(' ');
        summary.push_str(&match left.deactivated {
            true => tr!(l; "The test user {name} (id {id}) could not be removed and is deactivated.", "De testgebruiker {name} (id {id}) kon niet worden verwijderd en is gedeactiveerd."),
            false => tr!(l; "The test user {name} (id {id}) could not be removed and is still active.", "De testgebruiker {name} (id {id}) kon niet worden verwijderd en is nog actief."),
        });
    }
    let mut fix = if failure.server_side() {
        tr!(l; "Do not start provisioning yet. Send this report to Appsemble support (or whoever runs the server) so the server can be fixed or upgraded; run the rehearsal again afterwards.", "Start provisioning nog niet. Stuur dit rapport naar Appsemble support (of de beheerder van de server) zodat de server kan worden gerepareerd of bijgewerkt; doe daarna de generale repetitie opnieuw.")
    } else {
        tr!(l; "Check the app's security definition and the server's answer above; if it is unclear, send this report to Appsemble support.", "Controleer de security-definitie van de app en het antwoord van de server hierboven; is het onduidelijk, stuur dit rapport dan naar Appsemble support.")
    };
    if failure.leftover.is_some() {
        fix.push(' ');
        fix.push_str(&tr!(l; "Remove the test user from the app's members in Appsemble Studio.", "Verwijder de testgebruiker uit de leden van de app in Appsemble Studio."));
    }
    says(summary, fix)
}

/// Why a mapping row needs attention, in words.
pub fn mapping_reason(reason: MappingReason) -> Text {
    match reason {
        MappingReason::Supported => Text::new("Appsemble uses it.", "Appsemble gebruikt dit."),
        MappingReason::UnknownToAppsemble => Text::new(
            "Appsemble rejects every update that contains it.",
            "Appsemble weigert elke wijziging waar dit in zit.",
        ),
        MappingReason::ManagerCrashes => Text::new(
            "Appsemble fails on every update that sets a manager.",
            "Appsemble loopt vast op elke wijziging die een manager instelt.",
        ),
        MappingReason::ExternalIdCase => Text::new(
            "mailNickname may contain capitals, which Appsemble cannot search for; objectId is always lower case and also matches what SAML sign-in uses.",
            "mailNickname kan hoofdletters bevatten, waarop Appsemble niet kan zoeken; objectId is altijd in kleine letters en past ook bij wat inloggen met SAML gebruikt.",
        ),
    }
}

fn explain_url(problem: &UrlProblem, corrected: Option<&str>, l: Lang) -> Explanation {
    let fix = match corrected {
        Some(url) => {
            tr!(l; "Use this Tenant URL instead: {url}", "Gebruik in plaats daarvan deze Tenant URL: {url}")
        }
        None => {
            tr!(l; "The Tenant URL has the form https://<server>/api/apps/<app id>/scim, for example https://appsemble.app/api/apps/42/scim.", "De Tenant URL heeft de vorm https://<server>/api/apps/<app-id>/scim, bijvoorbeeld https://appsemble.app/api/apps/42/scim.")
        }
    };
    let flag = ENTRA_SCIM_FLAG;
    let summary = match problem {
        UrlProblem::Empty => tr!(l; "No Tenant URL was given.", "Er is geen Tenant URL opgegeven."),
        UrlProblem::NotAUrl => {
            tr!(l; "This is not a complete web address; it must start with https://.", "Dit is geen volledig webadres; het moet beginnen met https://.")
        }
        UrlProblem::UnsupportedScheme(scheme) => {
            tr!(l; "Addresses starting with {scheme}:// cannot be used.", "Adressen die beginnen met {scheme}:// zijn niet bruikbaar.")
        }
        UrlProblem::HttpToPublicHost => {
            tr!(l; "The Tenant URL starts with http://. Entra only connects over https, and the token would travel unencrypted.", "De Tenant URL begint met http://. Entra verbindt alleen via https, en het token zou onversleuteld reizen.")
        }
        UrlProblem::HasQuery { entra_flag: true } => {
            tr!(l; "The Tenant URL ends with ?{flag}. With that flag Entra sends values Appsemble rejects, so every deactivation would fail.", "De Tenant URL eindigt op ?{flag}. Met die vlag stuurt Entra waarden die Appsemble weigert, zodat elke deactivering mislukt.")
        }
        UrlProblem::HasQuery { entra_flag: false } => {
            tr!(l; "The Tenant URL has something after a question mark, which Appsemble does not expect.", "Na een vraagteken staat nog iets in de Tenant URL; dat verwacht Appsemble niet.")
        }
        UrlProblem::HasFragment => {
            tr!(l; "The Tenant URL has something after a # sign.", "Na een #-teken staat nog iets in de Tenant URL.")
        }
        UrlProblem::TrailingResource(resource) => {
            tr!(l; "The Tenant URL ends with /{resource}. Entra adds /Users itself, so it would ask for /{resource}/Users.", "De Tenant URL eindigt op /{resource}. Entra voegt zelf /Users toe en zou dus om /{resource}/Users vragen.")
        }
        UrlProblem::TrailingSlash => {
            tr!(l; "The Tenant URL ends with a slash; Appsemble then finds no SCIM endpoint.", "De Tenant URL eindigt op een schuine streep; Appsemble vindt dan geen SCIM-endpoint.")
        }
        UrlProblem::UppercaseScim => {
            tr!(l; "The Tenant URL has SCIM in capitals. Appsemble only accepts the token on lower-case /scim.", "In de Tenant URL staat SCIM in hoofdletters. Appsemble accepteert het token alleen op /scim in kleine letters.")
        }
        UrlProblem::AppDomain => {
            tr!(l; "The Tenant URL uses the app's own address. That address shows the app; the SCIM endpoint is only on the main Appsemble server.", "De Tenant URL gebruikt het eigen adres van de app. Dat adres toont de app; het SCIM-endpoint staat alleen op de hoofdserver van Appsemble.")
        }
        UrlProblem::WrongPath => {
            tr!(l; "This address is not a Tenant URL: it must end in /api/apps/<app id>/scim.", "Dit adres is geen Tenant URL: het moet eindigen op /api/apps/<app-id>/scim.")
        }
    };
    says(summary, fix)
}

fn explain_tls(failure: TlsFailure, host: &str, l: Lang) -> Explanation {
    match failure {
        TlsFailure::Untrusted => says(
            tr!(l; "The certificate of {host} is not trusted by this computer.", "Deze computer vertrouwt het certificaat van {host} niet."),
            tr!(l; "If your company inspects internet traffic, ask IT to install its root certificate on this computer. Otherwise the server's certificate is self-made or incomplete: whoever runs the server must install one from a public certificate authority, because Entra only trusts those.", "Als uw bedrijf internetverkeer inspecteert, vraag IT dan het rootcertificaat op deze computer te installeren. Anders is het certificaat van de server zelfgemaakt of onvolledig: de beheerder van de server moet er een van een publieke certificaatautoriteit installeren, want alleen die vertrouwt Entra."),
        ),
        TlsFailure::Expired => says(
            tr!(l; "The certificate of {host} has expired (or this computer's clock is wrong).", "Het certificaat van {host} is verlopen (of de klok van deze computer staat verkeerd)."),
            tr!(l; "Check the date and time on this computer. If they are right, whoever runs the server must renew its certificate; Entra will refuse it too.", "Controleer datum en tijd op deze computer. Kloppen die, dan moet de beheerder van de server het certificaat vernieuwen; Entra weigert het ook."),
        ),
        TlsFailure::WrongHost => says(
            tr!(l; "The certificate is not made out to {host}.", "Het certificaat is niet op naam van {host}."),
            tr!(l; "Check the server name in the Tenant URL; use the name the server's certificate is for (for Appsemble's cloud: appsemble.app).", "Controleer de servernaam in de Tenant URL; gebruik de naam waarvoor het certificaat van de server is (voor de cloud van Appsemble: appsemble.app)."),
        ),
        TlsFailure::NotTls => says(
            tr!(l; "{host} does not speak https on this port.", "{host} spreekt op deze poort geen https."),
            tr!(l; "Check the port in the Tenant URL, or whether the server only offers http; Entra needs https.", "Controleer de poort in de Tenant URL, of de server alleen http aanbiedt; Entra heeft https nodig."),
        ),
        TlsFailure::Other => says(
            tr!(l; "The secure connection to {host} could not be set up.", "De beveiligde verbinding met {host} kwam niet tot stand."),
            tr!(l; "Try again. If it keeps failing, a proxy may be interfering: ask IT, and send the report to Appsemble support.", "Probeer het opnieuw. Blijft het mislukken, dan zit er misschien een proxy tussen: vraag het IT, en stuur het rapport naar Appsemble support."),
        ),
    }
}

fn explain_rejection(cause: &RejectCause, l: Lang) -> Explanation {
    match cause {
        RejectCause::Unknown => says(
            tr!(l; "Appsemble refused the Secret Token (401). It gives the same answer for a wrong token, for SCIM switched off, and for a wrong app id.", "Appsemble weigerde het Secret Token (401). Het geeft hetzelfde antwoord bij een verkeerd token, bij SCIM uitgeschakeld en bij een verkeerd app-id."),
            tr!(l; "Sign in to Appsemble in this assistant so it can find out which, or check in Appsemble Studio under the app's Secrets > SCIM that SCIM is enabled, and copy a fresh token.", "Log in deze assistent in bij Appsemble zodat hij kan uitzoeken welke het is, of controleer in Appsemble Studio onder Secrets > SCIM van de app of SCIM aan staat, en kopieer een nieuw token."),
        ),
        RejectCause::WrongToken => says(
            tr!(l; "SCIM is on, but the Secret Token is not the one stored in Appsemble.", "SCIM staat aan, maar het Secret Token is niet het token dat in Appsemble is opgeslagen."),
            tr!(l; "Copy the current token from this assistant (or make a new one) and paste it into Entra as the Secret Token.", "Kopieer het huidige token uit deze assistent (of maak een nieuw) en plak het in Entra als Secret Token."),
        ),
        RejectCause::ScimDisabled => says(
            tr!(l; "SCIM is switched off for this app, so Appsemble refuses every token.", "SCIM staat uit voor deze app, dus Appsemble weigert elk token."),
            tr!(l; "Turn SCIM on in this assistant (or tick Enable SCIM under the app's Secrets > SCIM in Appsemble Studio).", "Zet SCIM aan in deze assistent (of vink Enable SCIM aan onder Secrets > SCIM van de app in Appsemble Studio)."),
        ),
        RejectCause::NoTokenStored => says(
            tr!(l; "SCIM is on, but no token was ever made for this app.", "SCIM staat aan, maar voor deze app is nooit een token gemaakt."),
            tr!(l; "Make a token in this assistant, then paste it into Entra as the Secret Token.", "Maak een token in deze assistent en plak het daarna in Entra als Secret Token."),
        ),
        RejectCause::AppNotFound => says(
            tr!(l; "There is no app with this id on the server, so Appsemble refuses every token.", "Er is geen app met dit id op de server, dus Appsemble weigert elk token."),
            tr!(l; "Check the number after /apps/ in the Tenant URL; it is the number in the app's address in Appsemble Studio.", "Controleer het getal na /apps/ in de Tenant URL; het is het getal in het adres van de app in Appsemble Studio."),
        ),
        RejectCause::CorrectTokenRefused => says(
            tr!(l; "The token is the right one and SCIM is on, yet the request was refused. Something between you and Appsemble removes the token from the request.", "Het token klopt en SCIM staat aan, toch werd het verzoek geweigerd. Iets tussen u en Appsemble haalt het token uit het verzoek."),
            tr!(l; "Test from a network without a proxy, or ask IT whether a proxy strips the Authorization header.", "Test vanaf een netwerk zonder proxy, of vraag IT of een proxy de Authorization-header weghaalt."),
        ),
        RejectCause::SignInCannotTell => says(
            tr!(l; "Appsemble refused the Secret Token (401). With client credentials this assistant cannot read the stored token to find out why.", "Appsemble weigerde het Secret Token (401). Met client credentials kan deze assistent het opgeslagen token niet lezen om uit te zoeken waarom."),
            tr!(l; "Sign in with your email address and password to find the cause, or make a new token and paste it into Entra.", "Log in met uw e-mailadres en wachtwoord om de oorzaak te vinden, of maak een nieuw token en plak het in Entra."),
        ),
    }
}

/// What happened to the test user of a rehearsal that was stopped half-way; `None` when there was
/// none yet.
pub fn clean_up_in(outcome: &crate::diagnostics::CleanUp, l: Lang) -> Option<Explanation> {
    if outcome.removed.is_empty() && outcome.left.is_empty() {
        return None;
    }
    let mut summary = Vec::new();
    for name in &outcome.removed {
        summary.push(tr!(l; "The rehearsal was stopped; its test user {name} was removed.", "De generale repetitie is gestopt; de testgebruiker {name} is verwijderd."));
    }
    for left in &outcome.left {
        let (name, id) = (&left.user_name, &left.id);
        summary.push(match left.deactivated {
            true => tr!(l; "The rehearsal was stopped; its test user {name} (id {id}) could not be removed and is deactivated.", "De generale repetitie is gestopt; de testgebruiker {name} (id {id}) kon niet worden verwijderd en is gedeactiveerd."),
            false => tr!(l; "The rehearsal was stopped; its test user {name} (id {id}) could not be removed and is still active.", "De generale repetitie is gestopt; de testgebruiker {name} (id {id}) kon niet worden verwijderd en is nog actief."),
        });
    }
    let fix = if outcome.left.is_empty() {
        String::new()
    } else {
        tr!(l; "Remove the test user from the app's members in Appsemble Studio.", "Verwijder de testgebruiker uit de leden van de app in Appsemble Studio.")
    };
    Some(says(summary.join(" "), fix))
}

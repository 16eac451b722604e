//! Summary and fix for failures while talking to the Appsemble API, in English and Dutch.

use super::window;
use super::{Explanation, or_unknown, says};
use crate::address::AddressError;
use crate::appsemble::{AppsembleError, NetworkProblem};
use crate::i18n::Lang;
use crate::tr;
use crate::wizard::Problem;

/// Summary and fix for an Appsemble API failure in `l`.
pub fn explain_error_in(error: &AppsembleError, server: &str, l: Lang) -> Explanation {
    use AppsembleError::*;
    match error {
        Network { problem } => explain_network(*problem, server, l),
        Redirected { location } => {
            let target = or_unknown(location, l);
            says(
                tr!(l; "{server} redirects to {target}.", "{server} verwijst door naar {target}."),
                tr!(l; "Use the address it redirects to (usually the https:// form) as the server.", "Gebruik het adres waarnaar wordt doorverwezen (meestal de https://-vorm) als server."),
            )
        }
        WrongEmailOrPassword => says(
            tr!(l; "Appsemble did not accept this email address and password.", "Appsemble accepteerde dit e-mailadres en wachtwoord niet."),
            tr!(l; "Check both and try again. If you sign in to Appsemble with GitHub, GitLab or Google, you have no password: use \"Sign in with your browser\" or client credentials instead.", "Controleer beide en probeer het opnieuw. Logt u bij Appsemble in met GitHub, GitLab of Google, dan hebt u geen wachtwoord: gebruik dan \"Inloggen via uw browser\" of client credentials."),
        ),
        ClientCredentialsRejected => says(
            tr!(l; "Appsemble did not accept these client credentials.", "Appsemble accepteerde deze client credentials niet."),
            tr!(l; "Check that you copied both parts (id:secret), or make new ones in Appsemble Studio under Settings > Client credentials with the apps:write scope.", "Controleer of u beide delen (id:secret) hebt gekopieerd, of maak nieuwe in Appsemble Studio onder Settings > Client credentials met de scope apps:write."),
        ),
        ClientCredentialsExpired => says(
            tr!(l; "These client credentials have expired or were revoked.", "Deze client credentials zijn verlopen of ingetrokken."),
            tr!(l; "Make new ones in Appsemble Studio under Settings > Client credentials with the apps:write scope.", "Maak nieuwe in Appsemble Studio onder Settings > Client credentials met de scope apps:write."),
        ),
        ClientCredentialsMissingScope => says(
            tr!(l; "These client credentials may not change apps (the apps:write scope is missing).", "Met deze client credentials mogen geen apps worden gewijzigd (de scope apps:write ontbreekt)."),
            tr!(l; "Make new client credentials with the apps:write scope in Appsemble Studio under Settings > Client credentials.", "Maak nieuwe client credentials met de scope apps:write in Appsemble Studio onder Settings > Client credentials."),
        ),
        SessionExpired => says(
            tr!(l; "The Appsemble session ended.", "De sessie bij Appsemble is afgelopen."),
            tr!(l; "Sign in again.", "Log opnieuw in."),
        ),
        NeedsEmailSignIn => says(
            tr!(l; "Client credentials cannot list your apps or read the current token.", "Met client credentials kunnen uw apps niet worden opgesomd en kan het huidige token niet worden gelezen."),
            tr!(l; "Sign in with your email address and password for that, or give the app id directly.", "Log daarvoor in met uw e-mailadres en wachtwoord, of geef het app-id direct op."),
        ),
        AppNotFound { app_id } => says(
            tr!(l; "There is no app {app_id} on {server}.", "Er is geen app {app_id} op {server}."),
            tr!(l; "Check the app id: it is the number after /apps/ in the app's address in Appsemble Studio.", "Controleer het app-id: het is het getal na /apps/ in het adres van de app in Appsemble Studio."),
        ),
        AppHidden { app_id } => says(
            tr!(l; "App {app_id} is private and this sign-in may not see it.", "App {app_id} is privé en deze aanmelding mag hem niet zien."),
            tr!(l; "Sign in with the email address of a member of the app's organisation.", "Log in met het e-mailadres van een lid van de organisatie van de app."),
        ),
        NotAMember { app_id } => says(
            tr!(l; "Your account is not a member of the organisation that owns app {app_id}.", "Uw account is geen lid van de organisatie waar app {app_id} bij hoort."),
            tr!(l; "Ask an owner of that organisation to invite you with the AppManager, Maintainer or Owner role.", "Vraag een eigenaar van die organisatie u uit te nodigen met de rol AppManager, Maintainer of Owner."),
        ),
        RoleTooLow { app_id } => says(
            tr!(l; "Your role in the organisation of app {app_id} may not change its secrets.", "Met uw rol in de organisatie van app {app_id} mag u de secrets ervan niet wijzigen."),
            tr!(l; "Ask an owner of the organisation to give you the AppManager, Maintainer or Owner role.", "Vraag een eigenaar van de organisatie u de rol AppManager, Maintainer of Owner te geven."),
        ),
        UnexpectedAnswer { status, .. } => says(
            tr!(l; "{server} gave an answer Appsemble does not give (status {status}).", "{server} gaf een antwoord dat Appsemble niet geeft (status {status})."),
            tr!(l; "Check that the server address is your Appsemble server. If it is, try again later or send the report to Appsemble support.", "Controleer of het serveradres uw Appsemble-server is. Zo ja, probeer het later opnieuw of stuur het rapport naar Appsemble support."),
        ),
        TlsSetup(_) => says(
            tr!(l; "This computer's list of trusted certificates could not be loaded.", "De lijst met vertrouwde certificaten van deze computer kon niet worden geladen."),
            tr!(l; "Ask IT to check the certificate store of this computer.", "Vraag IT de certificaatopslag van deze computer te controleren."),
        ),
        Random(_) => says(
            tr!(l; "This computer could not produce a random token.", "Deze computer kon geen willekeurig token maken."),
            tr!(l; "Try again; if it keeps failing, make the token in Appsemble Studio under Secrets > SCIM.", "Probeer het opnieuw; blijft het mislukken, maak het token dan in Appsemble Studio onder Secrets > SCIM."),
        ),
    }
}

fn explain_network(problem: NetworkProblem, server: &str, l: Lang) -> Explanation {
    match problem {
        NetworkProblem::Unreachable => says(
            tr!(l; "{server} could not be reached.", "{server} is niet bereikbaar."),
            tr!(l; "Check the server address and this computer's internet connection.", "Controleer het serveradres en de internetverbinding van deze computer."),
        ),
        NetworkProblem::Timeout => says(
            tr!(l; "{server} did not answer in time.", "{server} antwoordde niet op tijd."),
            tr!(l; "Try again later; check this computer's internet connection.", "Probeer het later opnieuw; controleer de internetverbinding van deze computer."),
        ),
        NetworkProblem::Certificate => says(
            tr!(l; "The certificate of {server} is not trusted by this computer.", "Deze computer vertrouwt het certificaat van {server} niet."),
            tr!(l; "If your company inspects internet traffic, ask IT to install its root certificate on this computer.", "Als uw bedrijf internetverkeer inspecteert, vraag IT dan het rootcertificaat op deze computer te installeren."),
        ),
        NetworkProblem::Other => says(
            tr!(l; "The connection to {server} broke off.", "De verbinding met {server} werd verbroken."),
            tr!(l; "Try again; if it keeps happening, a proxy or firewall may be interfering.", "Probeer het opnieuw; blijft het gebeuren, dan zit er misschien een proxy of firewall tussen."),
        ),
    }
}

/// Summary and fix for a server address that cannot be used for signing in, in `l`.
pub fn explain_address_in(error: &AddressError, l: Lang) -> Explanation {
    let fix_example = tr!(l; "Type the address of your Appsemble server, for example https://appsemble.app.", "Typ het adres van uw Appsemble-server, bijvoorbeeld https://appsemble.app.");
    match error {
        AddressError::Empty => says(
            tr!(l; "No server address was given.", "Er is geen serveradres opgegeven."),
            fix_example,
        ),
        AddressError::NotAUrl(text) => says(
            tr!(l; "\"{text}\" is not a web address.", "\"{text}\" is geen webadres."),
            fix_example,
        ),
        AddressError::UnsupportedScheme(scheme) => says(
            tr!(l; "{scheme}:// addresses cannot be used; Appsemble is reached over https://.", "{scheme}://-adressen kunnen niet worden gebruikt; Appsemble is bereikbaar via https://."),
            fix_example,
        ),
        AddressError::InsecureHttp(host) => says(
            tr!(l; "http://{host} is not encrypted: your password and the SCIM token would cross the network readable by anyone on the way. Signing in needs https://.", "http://{host} is niet versleuteld: uw wachtwoord en het SCIM-token zouden leesbaar over het netwerk gaan. Inloggen vereist https://."),
            tr!(l; "Use https://{host}. Plain http:// is only accepted for a test server on this computer (localhost or 127.0.0.1).", "Gebruik https://{host}. Gewoon http:// wordt alleen geaccepteerd voor een testserver op deze computer (localhost of 127.0.0.1)."),
        ),
    }
}

/// Summary and fix for a problem a step shows, in `l`.
pub fn explain_problem_in(problem: &Problem, l: Lang) -> Explanation {
    let pair = |summary: crate::i18n::Text, fix: crate::i18n::Text| {
        says(summary.in_lang(l), fix.in_lang(l))
    };
    match problem {
        Problem::Api { error, server } => explain_error_in(error, server, l),
        Problem::Address(error) => explain_address_in(error, l),
        Problem::SignInIncomplete => says(window::FILL_IN_SIGN_IN.in_lang(l), ""),
        Problem::AppAddressUnreadable => {
            pair(window::APP_ADDRESS_UNREADABLE, window::APP_ADDRESS_FIX)
        }
        Problem::ClientPairUnreadable => {
            pair(window::CLIENT_PAIR_UNREADABLE, window::CLIENT_PAIR_FIX)
        }
        Problem::BrowserUnavailable => pair(window::BROWSER_FAILED, window::BROWSER_FAILED_FIX),
        Problem::BrowserTimedOut => pair(window::BROWSER_TIMED_OUT, window::BROWSER_TIMED_OUT_FIX),
        Problem::Scim(finding) => super::explain_in(finding, l),
        Problem::Internal => pair(window::INTERNAL_FAILURE, window::INTERNAL_FAILURE_FIX),
        Problem::MicrosoftSignIn(error) => super::entra::explain_sign_in_in(error, l),
        Problem::NoEntraClientId => says(
            window::NO_ENTRA_CLIENT_ID.in_lang(l),
            super::entra::manual_registration_in(l),
        ),
        Problem::MicrosoftSignInNeeded => says(window::MICROSOFT_SIGN_IN_FIRST.in_lang(l), ""),
        Problem::Graph(error) => super::entra::explain_graph_error(error, l),
        Problem::PersonNotInTenant => says(
            super::cli::NO_SUCH_PERSON.in_lang(l),
            crate::tr!(l; "Type the person's sign-in name (name@domain).", "Typ de aanmeldnaam van de persoon (naam@domein)."),
        ),
    }
}

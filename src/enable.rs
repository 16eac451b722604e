//! The Appsemble half of the setup in one call: check the app, switch SCIM on, make the token, and
//! build the Tenant URL.

use crate::appsemble::{
    AppsembleClient, AppsembleError, SecurityCheck, SecurityProblem, check_security,
};
use crate::secret::Secret;
use crate::token::generate_token;

/// What `enable` leaves behind, ready to paste into Entra.
#[derive(Debug)]
pub struct EnableOutcome {
    pub app_id: u64,
    pub enabled: bool,
    pub tenant_url: String,
    pub token: Secret,
    /// True when this run made the token; false when it kept the one already stored.
    pub token_created: bool,
    /// Whether a token was stored before this run; unknown with client credentials.
    pub had_token_before: Option<bool>,
    pub security: SecurityCheck,
}

#[derive(Debug, thiserror::Error)]
pub enum EnableError {
    #[error(transparent)]
    Appsemble(#[from] AppsembleError),
    /// The app cannot take SCIM users; nothing was changed.
    #[error("the app has no usable security.default.role")]
    SecurityMissing(SecurityProblem),
}

/// Switches SCIM on for `app_id` and makes sure it has a token. Keeps the stored token when
/// `keep_token` is set and the sign-in can read it; otherwise stores a new one.
pub async fn enable_scim(
    client: &AppsembleClient,
    app_id: u64,
    keep_token: bool,
) -> Result<EnableOutcome, EnableError> {
    client.sign_in().await?;
    let security = app_security(client, app_id).await?;
    if let SecurityCheck::Problem(problem) = security {
        return Err(EnableError::SecurityMissing(problem));
    }
    let existing = if client.credentials().is_email_sign_in() {
        Some(client.scim_secret(app_id).await?.token)
    } else {
        None
    };
    let had_token_before = existing.as_ref().map(Option::is_some);
    let (token, token_created) = match existing.flatten() {
        Some(stored) if keep_token => (stored, false),
        _ => (generate_token().map_err(AppsembleError::from)?, true),
    };
    let sent_token = token_created.then_some(&token);
    let enabled = client
        .update_scim_secret(app_id, Some(true), sent_token)
        .await?;
    tracing::info!(app_id, token_created, "SCIM switched on");
    Ok(EnableOutcome {
        app_id,
        enabled,
        tenant_url: client.server().tenant_url(app_id),
        token,
        token_created,
        had_token_before,
        security,
    })
}

/// Reads the app's definition; a sign-in that may not see it yields `Hidden`, not an error, because
/// the secrets endpoint will still say precisely whether the change is allowed.
async fn app_security(
    client: &AppsembleClient,
    app_id: u64,
) -> Result<SecurityCheck, AppsembleError> {
    match client.app(app_id).await {
        Ok(app) => Ok(check_security(&app.definition)),
        Err(AppsembleError::AppHidden { .. }) => Ok(SecurityCheck::Hidden),
        Err(other) => Err(other),
    }
}

//! The hand-off jobs: opening a received file and sealing one for the Entra admin, both off the
//! runtime's threads (scrypt works for about a second on purpose).

use std::path::PathBuf;

use crate::handoff::{self, HandOff};
use crate::secret::Secret;
use crate::wizard::{Event, HandOffProblem, Made, RequestId};

use super::sessions::WorkerState;

pub(super) async fn open(
    state: &WorkerState,
    request: RequestId,
    path: PathBuf,
    passphrase: Secret,
) {
    let result = tokio::task::spawn_blocking(move || {
        let file = std::fs::read(&path).map_err(|_| HandOffProblem::Unreadable)?;
        handoff::open(&file, &passphrase, std::time::SystemTime::now())
            .map_err(HandOffProblem::Open)
    })
    .await
    .unwrap_or(Err(HandOffProblem::Unreadable));
    state.reply(Event::HandOffOpened { request, result });
}

pub(super) async fn make(
    state: &WorkerState,
    request: RequestId,
    path: PathBuf,
    sealed: Box<HandOff>,
) {
    let result = tokio::task::spawn_blocking(move || {
        let passphrase = handoff::new_passphrase().map_err(|_| HandOffProblem::NotWritten)?;
        let armored =
            handoff::seal(&sealed, &passphrase).map_err(|_| HandOffProblem::NotWritten)?;
        crate::platform::write_private(&path, armored.as_bytes())
            .map_err(|_| HandOffProblem::NotWritten)?;
        Ok(Made {
            path,
            passphrase,
            expires_at: sealed.expires_at,
        })
    })
    .await
    .unwrap_or(Err(HandOffProblem::NotWritten));
    state.reply(Event::HandOffMade { request, result });
}

//! The clipboard: "Copied!" feedback, and the copied token taken off the clipboard after 60 s or
//! when the window closes, whichever comes first (only if the clipboard still holds it).

use std::time::{Duration, Instant};

use super::{CLEAR_TOKEN_AFTER, COPIED_FOR, Copied, WizardApp};
use crate::messages::window;

impl WizardApp {
    pub(super) fn copied(&mut self, what: Copied, ctx: &egui::Context) {
        self.feedback.copied = Some((what, Instant::now()));
        ctx.request_repaint_after(COPIED_FOR);
    }

    pub(super) fn copy_token(&mut self, ctx: &egui::Context) {
        let Some(token) = self.wizard.enable.token.clone() else {
            return;
        };
        if !self.clipboard.set_secret(&token) {
            self.feedback.clipboard_notice = Some(window::CLIPBOARD_UNAVAILABLE);
            return;
        }
        self.copied(Copied::Token, ctx);
        self.clear_clipboard_at = Some((Instant::now() + CLEAR_TOKEN_AFTER, token));
        ctx.request_repaint_after(CLEAR_TOKEN_AFTER);
    }

    /// Empties the clipboard when it still holds the copied token.
    pub(super) fn clear_token_from_clipboard(&mut self) -> bool {
        let Some((_, token)) = self.clear_clipboard_at.take() else {
            return false;
        };
        let still_there = self.clipboard.text().as_deref() == Some(token.expose());
        if still_there {
            self.clipboard.clear();
        }
        still_there
    }

    /// Empties the clipboard 60 s after the token was copied, if it still holds the token.
    pub(super) fn clear_clipboard_when_due(&mut self, ctx: &egui::Context) {
        let Some((due, _)) = &self.clear_clipboard_at else {
            return;
        };
        let now = Instant::now();
        if now < *due {
            ctx.request_repaint_after(*due - now);
            return;
        }
        if self.clear_token_from_clipboard() {
            self.feedback.clipboard_notice = Some(window::CLIPBOARD_CLEARED);
        }
    }

    /// Pretends the token was copied `elapsed` ago (tests of the 60-second clearing).
    pub fn age_clipboard(&mut self, elapsed: Duration) {
        if let Some((due, _)) = &mut self.clear_clipboard_at {
            *due = due.checked_sub(elapsed).unwrap_or_else(Instant::now);
        }
    }
}

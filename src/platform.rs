//! The edges to the desktop: clipboard and browser, behind small traits so tests can look at what
//! was copied or opened without a display server.

use std::sync::{Arc, Mutex};

pub trait Clipboard {
    /// Puts text on the clipboard; false when the clipboard cannot be used.
    fn set_text(&mut self, text: &str) -> bool;
    /// Puts a secret on the clipboard, marked so that clipboard managers, the Windows clipboard
    /// history and cloud clipboard leave it out where the platform allows.
    fn set_secret(&mut self, secret: &crate::secret::Secret) -> bool {
        self.set_text(secret.expose())
    }
    /// What the clipboard holds now, if it is text.
    fn text(&mut self) -> Option<String>;
    fn clear(&mut self);
}

/// The system clipboard, opened once for the life of the app (arboard's advice on X11: the
/// copied text lives as long as this object).
pub struct SystemClipboard {
    inner: Option<arboard::Clipboard>,
}

impl SystemClipboard {
    pub fn new() -> Self {
        Self {
            inner: arboard::Clipboard::new().ok(),
        }
    }
}

impl Default for SystemClipboard {
    fn default() -> Self {
        Self::new()
    }
}

impl Clipboard for SystemClipboard {
    fn set_text(&mut self, text: &str) -> bool {
        self.inner
            .as_mut()
            .is_some_and(|c| c.set_text(text.to_string()).is_ok())
    }

    fn set_secret(&mut self, secret: &crate::secret::Secret) -> bool {
        let Some(clipboard) = self.inner.as_mut() else {
            return false;
        };
        let set = clipboard.set();
        #[cfg(all(
            unix,
            not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
        ))]
        let set = {
            use arboard::SetExtLinux;
            set.exclude_from_history()
        };
        #[cfg(windows)]
        let set = {
            use arboard::SetExtWindows;
            set.exclude_from_history().exclude_from_cloud()
        };
        #[cfg(target_os = "macos")]
        let set = {
            use arboard::SetExtApple;
            set.exclude_from_history()
        };
        set.text(secret.expose().to_string()).is_ok()
    }

    fn text(&mut self) -> Option<String> {
        self.inner.as_mut().and_then(|c| c.get_text().ok())
    }

    fn clear(&mut self) {
        if let Some(clipboard) = self.inner.as_mut() {
            let _ = clipboard.clear();
        }
    }
}

/// A clipboard in memory, shared with the test that wants to read it.
#[derive(Clone, Default)]
pub struct MemoryClipboard {
    pub content: Arc<Mutex<Option<String>>>,
    /// Whether the current content was marked to stay out of clipboard history.
    pub private: Arc<Mutex<bool>>,
}

impl Clipboard for MemoryClipboard {
    fn set_text(&mut self, text: &str) -> bool {
        if let Ok(mut content) = self.content.lock() {
            *content = Some(text.to_string());
        }
        if let Ok(mut private) = self.private.lock() {
            *private = false;
        }
        true
    }

    fn set_secret(&mut self, secret: &crate::secret::Secret) -> bool {
        self.set_text(secret.expose());
        if let Ok(mut private) = self.private.lock() {
            *private = true;
        }
        true
    }

    fn text(&mut self) -> Option<String> {
        self.content.lock().ok().and_then(|c| c.clone())
    }

    fn clear(&mut self) {
        if let Ok(mut content) = self.content.lock() {
            *content = None;
        }
    }
}

pub trait Browser: Send + Sync {
    /// Opens a web page; false when no browser could be started (the window then shows the URL).
    fn open(&self, url: &str) -> bool;
}

/// The user's default browser.
pub struct SystemBrowser;

impl Browser for SystemBrowser {
    fn open(&self, url: &str) -> bool {
        open::that_detached(url).is_ok()
    }
}

/// Remembers what it was asked to open, for tests.
#[derive(Default)]
pub struct RecordingBrowser {
    pub opened: Mutex<Vec<String>>,
}

impl Browser for RecordingBrowser {
    fn open(&self, url: &str) -> bool {
        if let Ok(mut opened) = self.opened.lock() {
            opened.push(url.to_string());
        }
        true
    }
}

/// A computer without a browser, for tests of the fallback.
pub struct NoBrowser;

impl Browser for NoBrowser {
    fn open(&self, _url: &str) -> bool {
        false
    }
}

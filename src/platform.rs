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

/// Writes a file only this user can read (0600 on Unix, as gh and az keep theirs), creating
/// its folder owner-only (0700) when missing. Reports and progress hold no secret, but they
/// name servers, apps and people.
pub fn write_private(path: &std::path::Path, contents: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    if let Some(dir) = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty() && !d.exists())
    {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    // An older file keeps its mode on open: narrow it too.
    #[cfg(unix)]
    std::fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    file.write_all(contents)
}

#[cfg(all(test, unix))]
mod private_files {
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn files_and_their_new_folder_are_owner_only() {
        let dir = std::env::temp_dir().join(format!("scim-private-{}", std::process::id()));
        let file = dir.join("nested").join("report.md");
        super::write_private(&file, b"x").unwrap();
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&file), 0o600);
        assert_eq!(mode(file.parent().unwrap()), 0o700);
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        super::write_private(&file, b"y").unwrap();
        assert_eq!(mode(&file), 0o600, "an older file is narrowed");
        std::fs::remove_dir_all(dir).unwrap();
    }
}

//! Saving and restoring the wizard's progress in the OS config directory. Only [`Progress`] is
//! written, which cannot hold a secret.

use std::path::PathBuf;

use super::Progress;

/// Where progress lives: the OS config directory, or a file of the caller's choosing (tests).
#[derive(Clone, Debug)]
pub struct ProgressStore {
    path: Option<PathBuf>,
}

impl ProgressStore {
    /// `~/.config/scim-assistant/progress.json` on Linux; the platform's equivalent elsewhere.
    pub fn in_config_dir() -> Self {
        let path = directories::ProjectDirs::from("app", "Appsemble", "scim-assistant")
            .map(|dirs| dirs.config_dir().join("progress.json"));
        Self { path }
    }

    pub fn at(path: PathBuf) -> Self {
        Self { path: Some(path) }
    }

    /// Keeps nothing (for a throw-away run).
    pub fn nowhere() -> Self {
        Self { path: None }
    }

    /// The saved progress, or a fresh start when there is none or it cannot be read.
    pub fn load(&self) -> Progress {
        self.path
            .as_ref()
            .and_then(|p| std::fs::read(p).ok())
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// Writes progress; returns false when it could not be saved (the run goes on regardless).
    pub fn save(&self, progress: &Progress) -> bool {
        let Some(path) = &self.path else {
            return false;
        };
        let Ok(json) = serde_json::to_vec_pretty(progress) else {
            return false;
        };
        let temporary = path.with_extension("json.tmp");
        crate::platform::write_private(&temporary, &json).is_ok()
            && std::fs::rename(&temporary, path).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wizard::Step;

    #[test]
    fn progress_round_trips_and_a_broken_file_starts_fresh() {
        let dir = std::env::temp_dir().join(format!("scim-store-{}", uuid::Uuid::new_v4()));
        let store = ProgressStore::at(dir.join("nested").join("progress.json"));
        assert_eq!(store.load(), Progress::default());
        let progress = Progress {
            step: Step::Mappings,
            app_id: Some(42),
            ..Progress::default()
        };
        assert!(store.save(&progress));
        assert_eq!(store.load(), progress);
        std::fs::write(dir.join("nested").join("progress.json"), b"{not json").unwrap();
        assert_eq!(store.load(), Progress::default());
        let _ = std::fs::remove_dir_all(&dir);
    }
}

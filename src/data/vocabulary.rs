//! The fixed vocabularies of the content: timeline themes and verdicts, with
//! the slugs the data file and URLs use, and the words a reader sees.

use super::model::{Theme, Verdict};

impl Theme {
    pub const ALL: [Theme; 8] = [
        Theme::Diplomacy,
        Theme::Economy,
        Theme::Culture,
        Theme::Maritime,
        Theme::NorthKorea,
        Theme::Security,
        Theme::HistoryJapan,
        Theme::Taiwan,
    ];

    /// The slug used in data and URLs.
    pub fn slug(self) -> &'static str {
        match self {
            Theme::Diplomacy => "diplomacy",
            Theme::Economy => "economy",
            Theme::Culture => "culture",
            Theme::Maritime => "maritime",
            Theme::NorthKorea => "north-korea",
            Theme::Security => "security",
            Theme::HistoryJapan => "history-japan",
            Theme::Taiwan => "taiwan",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::Diplomacy => "Diplomacy",
            Theme::Economy => "Economy",
            Theme::Culture => "Culture",
            Theme::Maritime => "Maritime",
            Theme::NorthKorea => "North Korea",
            Theme::Security => "Security",
            Theme::HistoryJapan => "History & Japan",
            Theme::Taiwan => "Taiwan",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.slug() == slug)
    }
}

impl Verdict {
    /// In the order a reader scans a scorecard: best outcome first.
    pub const ALL: [Verdict; 5] = [
        Verdict::Achieved,
        Verdict::PartlyAchieved,
        Verdict::Deferred,
        Verdict::TooEarly,
        Verdict::NotAchieved,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Verdict::Achieved => "achieved",
            Verdict::PartlyAchieved => "partly-achieved",
            Verdict::Deferred => "deferred",
            Verdict::NotAchieved => "not-achieved",
            Verdict::TooEarly => "too-early",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Verdict::Achieved => "Achieved",
            Verdict::PartlyAchieved => "Partly achieved",
            Verdict::Deferred => "Deferred",
            Verdict::NotAchieved => "Not achieved",
            Verdict::TooEarly => "Too early to tell",
        }
    }

    /// A text symbol, so the verdict never rests on colour alone.
    pub fn symbol(self) -> &'static str {
        match self {
            Verdict::Achieved => "✓",
            Verdict::PartlyAchieved => "◐",
            Verdict::Deferred => "→",
            Verdict::NotAchieved => "✗",
            Verdict::TooEarly => "?",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.slug() == slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The slugs are the serde names: the data file and the URL speak one language.
    #[test]
    fn slugs_are_the_data_file_names() {
        for theme in Theme::ALL {
            let parsed: Theme = serde_json::from_str(&format!("\"{}\"", theme.slug())).unwrap();
            assert_eq!(parsed, theme);
            assert_eq!(Theme::from_slug(theme.slug()), Some(theme));
        }
        for verdict in Verdict::ALL {
            let parsed: Verdict = serde_json::from_str(&format!("\"{}\"", verdict.slug())).unwrap();
            assert_eq!(parsed, verdict);
            assert_eq!(Verdict::from_slug(verdict.slug()), Some(verdict));
        }
    }

    /// `ALL` lists every variant once: a new variant fails to compile here
    /// until it is given a place, and the test fails until `ALL` has it.
    #[test]
    fn all_lists_every_variant_once() {
        fn theme_place(theme: Theme) -> usize {
            match theme {
                Theme::Diplomacy => 0,
                Theme::Economy => 1,
                Theme::Culture => 2,
                Theme::Maritime => 3,
                Theme::NorthKorea => 4,
                Theme::Security => 5,
                Theme::HistoryJapan => 6,
                Theme::Taiwan => 7,
            }
        }
        fn verdict_place(verdict: Verdict) -> usize {
            match verdict {
                Verdict::Achieved => 0,
                Verdict::PartlyAchieved => 1,
                Verdict::Deferred => 2,
                Verdict::TooEarly => 3,
                Verdict::NotAchieved => 4,
            }
        }
        for (i, theme) in Theme::ALL.into_iter().enumerate() {
            assert_eq!(theme_place(theme), i, "{theme:?}");
        }
        for (i, verdict) in Verdict::ALL.into_iter().enumerate() {
            assert_eq!(verdict_place(verdict), i, "{verdict:?}");
        }
    }
}

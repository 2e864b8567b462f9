//! What the reader has open, selected and filtered: plain data that
//! round-trips through the URL fragment, so a shared link restores the view.
//!
//! Fragment grammar: `#ID&open=a,b&theme=economy,maritime&verdict=deferred`.
//! The leading bare id (optional) is the focused item; every part is optional,
//! and anything unknown is dropped rather than reported.

use super::SortedSet;
use crate::data::{Explainer, ItemKind, Theme, Verdict};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The item the reader navigated to or selected (section, event, goal, person or term).
    pub focus: Option<String>,
    /// Expanded sections and goals.
    pub open: SortedSet<String>,
    /// Timeline theme filter; empty shows every event.
    pub themes: SortedSet<Theme>,
    /// Scorecard verdict filter; empty shows every goal.
    pub verdicts: SortedSet<Verdict>,
}

impl ViewState {
    /// Reads a fragment (with or without the leading `#`), keeping only what
    /// names real items of `data`. Never fails.
    pub fn from_fragment(fragment: &str, data: &Explainer) -> Self {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let mut state = ViewState::default();
        for part in fragment.split('&').filter(|p| !p.is_empty()) {
            match part.split_once('=') {
                None => {
                    if state.focus.is_none() && data.kind_of(part).is_some() {
                        state = state.navigated_to(part, data);
                    }
                }
                Some(("open", list)) => state.open.extend(
                    list.split(',')
                        .filter(|id| {
                            matches!(data.kind_of(id), Some(ItemKind::Section | ItemKind::Goal))
                        })
                        .map(str::to_owned),
                ),
                Some(("theme", list)) => state
                    .themes
                    .extend(list.split(',').filter_map(Theme::from_slug)),
                Some(("verdict", list)) => state
                    .verdicts
                    .extend(list.split(',').filter_map(Verdict::from_slug)),
                Some(_) => {}
            }
        }
        state
    }

    /// The canonical fragment, without `#`; empty for the default view.
    pub fn to_fragment(&self) -> String {
        let mut parts = Vec::new();
        if let Some(focus) = &self.focus {
            parts.push(focus.clone());
        }
        let list = |items: Vec<&str>| items.join(",");
        if !self.open.is_empty() {
            parts.push(format!("open={}", ViewState::open_list(&self.open)));
        }
        if !self.themes.is_empty() {
            parts.push(format!(
                "theme={}",
                list(self.themes.iter().map(|t| t.slug()).collect())
            ));
        }
        if !self.verdicts.is_empty() {
            parts.push(format!(
                "verdict={}",
                list(self.verdicts.iter().map(|v| v.slug()).collect())
            ));
        }
        parts.join("&")
    }

    /// The fragment the URL should show after a link to `fragment` was
    /// followed and left the view as it is: a bare id that names no item
    /// (a source note, say) stays first, so the browser keeps its target,
    /// and the view's state follows it; anything else gives the canonical
    /// fragment.
    pub fn fragment_after_link(&self, fragment: &str, data: &Explainer) -> String {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let is_bare_id = !fragment.is_empty() && !fragment.contains(['=', '&']);
        if !is_bare_id || data.kind_of(fragment).is_some() {
            return self.to_fragment();
        }
        let state = ViewState {
            focus: None,
            ..self.clone()
        }
        .to_fragment();
        if state.is_empty() {
            fragment.to_owned()
        } else {
            format!("{fragment}&{state}")
        }
    }

    /// The open sections and goals as the URL and storage hold them: ids,
    /// in order, joined by commas.
    pub fn open_list(open: &SortedSet<String>) -> String {
        open.iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Reads a stored open list. Also reads the JSON array (`["a","b"]`) that
    /// earlier versions stored, since ids never contain brackets or quotes.
    pub fn parse_open_list(stored: &str) -> Vec<String> {
        stored
            .split(',')
            .map(|id| id.trim_matches(|c: char| matches!(c, '[' | ']' | '"') || c.is_whitespace()))
            .filter(|id| !id.is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// Whether the fragment carries any state at all (else stored state may apply).
    pub fn is_default(&self) -> bool {
        *self == ViewState::default()
    }

    /// The view after following a link to `id`: the item is focused, opened
    /// if it expands, and any filter that would hide it is cleared.
    pub fn navigated_to(mut self, id: &str, data: &Explainer) -> Self {
        match data.kind_of(id) {
            None => return self,
            Some(ItemKind::Section) => {
                self.open.insert(id.to_owned());
            }
            Some(ItemKind::Goal) => {
                self.open.insert(id.to_owned());
                let verdict = data.goals.iter().find(|g| g.id == id).map(|g| g.verdict);
                if verdict.is_some_and(|v| !self.verdicts.is_empty() && !self.verdicts.contains(&v))
                {
                    self.verdicts.clear();
                }
            }
            Some(ItemKind::Event) => {
                let event = data.timeline.iter().find(|e| e.id == id);
                if event.is_some_and(|e| !self.shows_themes(&e.themes)) {
                    self.themes.clear();
                }
            }
            Some(ItemKind::Person | ItemKind::Term) => {}
        }
        self.focus = Some(id.to_owned());
        self
    }

    /// Applies a newly arrived fragment. A bare id is a link followed from the
    /// current view, so open sections and filters are kept; a full state
    /// fragment (from Back, Forward or a shared link) replaces the view.
    pub fn after_hash_change(&self, fragment: &str, data: &Explainer) -> Self {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let is_bare_id = !fragment.is_empty() && !fragment.contains(['=', '&']);
        if is_bare_id && data.kind_of(fragment).is_some() {
            self.clone().navigated_to(fragment, data)
        } else if is_bare_id {
            // Names nothing we know: leave the view as it is.
            self.clone()
        } else {
            // A state fragment that names nothing real is junk: keep the view.
            let next = ViewState::from_fragment(fragment, data);
            if next.is_default() && !fragment.is_empty() {
                self.clone()
            } else {
                next
            }
        }
    }

    pub fn is_open(&self, id: &str) -> bool {
        self.open.contains(id)
    }

    pub fn toggle_open(&mut self, id: &str) {
        if !self.open.remove(id) {
            self.open.insert(id.to_owned());
        }
    }

    /// Opens or closes every section, leaving goals as they are.
    pub fn set_all_sections(&mut self, open: bool, data: &Explainer) {
        for section in data.sections.iter() {
            if open {
                self.open.insert(section.id.to_string());
            } else {
                self.open.remove(&*section.id);
            }
        }
    }

    pub fn all_sections_open(&self, data: &Explainer) -> bool {
        data.sections.iter().all(|s| self.open.contains(&*s.id))
    }

    pub fn toggle_theme(&mut self, theme: Theme) {
        self.themes.toggle(theme);
    }

    pub fn toggle_verdict(&mut self, verdict: Verdict) {
        self.verdicts.toggle(verdict);
    }

    /// Selects an item to show its links, or clears the selection when it is already selected.
    pub fn toggle_selection(&mut self, id: &str) {
        if self.focus.as_deref() == Some(id) {
            self.focus = None;
        } else {
            self.focus = Some(id.to_owned());
        }
    }

    /// An event with these themes passes the theme filter (any selected theme matches).
    pub fn shows_themes(&self, themes: &[Theme]) -> bool {
        self.themes.is_empty() || themes.iter().any(|t| self.themes.contains(t))
    }

    pub fn shows_verdict(&self, verdict: Verdict) -> bool {
        self.verdicts.is_empty() || self.verdicts.contains(&verdict)
    }
}

/// The focused id a fragment starts with, if any (no validation).
pub fn focus_of(fragment: &str) -> Option<&str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let first = fragment.split('&').next()?;
    (!first.is_empty() && !first.contains('=')).then_some(first)
}

/// The view a page load starts from: the URL's state when it has any, else
/// the sections and goals the reader had open last time (if still real).
pub fn initial_view(
    fragment: &str,
    remembered_open: Option<Vec<String>>,
    data: &Explainer,
) -> ViewState {
    let from_url = ViewState::from_fragment(fragment, data);
    if !from_url.is_default() {
        return from_url;
    }
    let mut view = ViewState::default();
    view.open.extend(
        remembered_open
            .unwrap_or_default()
            .into_iter()
            .filter(|id| matches!(data.kind_of(id), Some(ItemKind::Section | ItemKind::Goal))),
    );
    view
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> &'static Explainer {
        Explainer::embedded()
    }

    fn goal_with_event() -> (&'static str, &'static str) {
        let goal = data().goals.iter().find(|g| !g.events.is_empty()).unwrap();
        (&goal.id, &goal.events[0])
    }

    #[test]
    fn the_open_list_round_trips_and_reads_the_old_json_form() {
        let open: SortedSet<String> = ["b", "a"].map(String::from).into();
        assert_eq!(ViewState::open_list(&open), "a,b");
        assert_eq!(ViewState::parse_open_list("a,b"), ["a", "b"]);
        assert_eq!(ViewState::parse_open_list(r#"["a","b"]"#), ["a", "b"]);
        assert!(ViewState::parse_open_list("").is_empty());
        assert!(ViewState::parse_open_list("[]").is_empty());
    }

    #[test]
    fn a_link_that_changes_nothing_keeps_its_target_and_the_state() {
        let mut view = ViewState::default();
        assert_eq!(view.fragment_after_link("#source-p2", data()), "source-p2");
        view.open.insert("north-korea".into());
        view.themes.insert(Theme::Maritime);
        assert_eq!(
            view.fragment_after_link("#source-p2", data()),
            "source-p2&open=north-korea&theme=maritime"
        );
        // Junk gives way to the view's own fragment.
        assert_eq!(
            view.fragment_after_link("#open=nope", data()),
            "open=north-korea&theme=maritime"
        );
        // The anchor is no state: the state still reads back from it.
        let back = ViewState::from_fragment("source-p2&open=north-korea&theme=maritime", data());
        assert_eq!(back, view);
    }

    #[test]
    fn default_view_has_an_empty_fragment() {
        assert_eq!(ViewState::default().to_fragment(), "");
        assert!(ViewState::from_fragment("", data()).is_default());
        assert!(ViewState::from_fragment("#", data()).is_default());
    }

    #[test]
    fn round_trips_through_the_fragment() {
        let (goal, _) = goal_with_event();
        let mut state = ViewState::default().navigated_to(goal, data());
        state.open.insert("yellow-sea".into());
        state.themes.insert(Theme::Maritime);
        state.themes.insert(Theme::Economy);
        state.verdicts.insert(data().goal(goal).unwrap().verdict);
        let fragment = state.to_fragment();
        assert!(fragment.starts_with(goal), "{fragment}");
        assert!(fragment.contains("theme=economy,maritime"), "{fragment}");
        assert_eq!(
            ViewState::from_fragment(&format!("#{fragment}"), data()),
            state
        );
    }

    #[test]
    fn a_bare_section_id_opens_it() {
        let state = ViewState::from_fragment("#north-korea", data());
        assert_eq!(state.focus.as_deref(), Some("north-korea"));
        assert!(state.is_open("north-korea"));
    }

    #[test]
    fn junk_and_unknown_names_are_ignored() {
        for junk in [
            "#nothing-here",
            "#open=nope,also-nope",
            "#theme=weather&verdict=maybe",
            "#%3Cscript%3E",
            "#=&&,,==",
            "#open",
            "#<img src=x onerror=alert(1)>",
            "#ＮＫ",
        ] {
            let state = ViewState::from_fragment(junk, data());
            assert!(state.is_default(), "{junk} gave {state:?}");
        }
        let mixed = ViewState::from_fragment("#open=north-korea,bogus&theme=taiwan,bogus", data());
        assert_eq!(mixed.open.iter().collect::<Vec<_>>(), ["north-korea"]);
        assert_eq!(mixed.themes.iter().collect::<Vec<_>>(), [&Theme::Taiwan]);
    }

    #[test]
    fn events_and_people_cannot_be_opened() {
        let (_, event) = goal_with_event();
        let state = ViewState::from_fragment(&format!("open={event},person-xi-jinping"), data());
        assert!(state.open.is_empty());
    }

    #[test]
    fn following_a_link_keeps_the_view_but_clears_a_hiding_filter() {
        let (goal, event) = goal_with_event();
        let themes = &data().event(event).unwrap().themes;
        let hidden_theme = Theme::ALL
            .into_iter()
            .find(|t| !themes.contains(t))
            .unwrap();
        let mut view = ViewState::default();
        view.open.insert("taiwan".into());
        view.themes.insert(hidden_theme);
        view.focus = Some(goal.to_owned());

        let after = view.after_hash_change(&format!("#{event}"), data());
        assert_eq!(after.focus.as_deref(), Some(event));
        assert!(after.is_open("taiwan"), "open sections survive a link");
        assert!(
            after.themes.is_empty(),
            "a filter that hid the target is cleared"
        );

        let mut shown = view.clone();
        shown.themes = [themes[0]].into();
        let after = shown.after_hash_change(&format!("#{event}"), data());
        assert_eq!(
            after.themes, shown.themes,
            "a filter that shows the target stays"
        );
    }

    #[test]
    fn a_goal_link_opens_it_and_clears_a_hiding_verdict_filter() {
        let (goal, _) = goal_with_event();
        let verdict = data().goal(goal).unwrap().verdict;
        let other = Verdict::ALL.into_iter().find(|v| *v != verdict).unwrap();
        let mut view = ViewState::default();
        view.verdicts.insert(other);
        let after = view.after_hash_change(goal, data());
        assert!(after.is_open(goal));
        assert!(after.verdicts.is_empty());
    }

    #[test]
    fn a_full_fragment_replaces_the_view_and_junk_keeps_it() {
        let mut view = ViewState::default();
        view.open.insert("taiwan".into());
        let replaced = view.after_hash_change("#open=north-korea", data());
        assert_eq!(replaced.open.iter().collect::<Vec<_>>(), ["north-korea"]);
        assert_eq!(view.after_hash_change("#no-such-thing", data()), view);
        assert_eq!(
            view.after_hash_change("#open=nope&theme=weather", data()),
            view
        );
        assert!(
            view.after_hash_change("", data()).is_default(),
            "Back to the bare page"
        );
    }

    #[test]
    fn show_and_hide_all_sections_leave_goals_alone() {
        let (goal, _) = goal_with_event();
        let mut view = ViewState::default();
        view.open.insert(goal.to_owned());
        view.set_all_sections(true, data());
        assert!(view.all_sections_open(data()));
        assert_eq!(view.open.len(), data().sections.len() + 1);
        view.set_all_sections(false, data());
        assert!(!view.all_sections_open(data()));
        assert_eq!(view.open.iter().collect::<Vec<_>>(), [goal]);
    }

    #[test]
    fn toggles_flip() {
        let mut view = ViewState::default();
        view.toggle_open("taiwan");
        assert!(view.is_open("taiwan"));
        view.toggle_open("taiwan");
        assert!(!view.is_open("taiwan"));
        view.toggle_theme(Theme::Culture);
        assert!(view.shows_themes(&[Theme::Culture, Theme::Economy]));
        assert!(!view.shows_themes(&[Theme::Economy]));
        view.toggle_theme(Theme::Culture);
        assert!(view.shows_themes(&[Theme::Economy]), "no filter shows all");
        view.toggle_verdict(Verdict::Deferred);
        assert!(view.shows_verdict(Verdict::Deferred) && !view.shows_verdict(Verdict::Achieved));
        view.toggle_selection("taiwan");
        assert_eq!(view.focus.as_deref(), Some("taiwan"));
        view.toggle_selection("taiwan");
        assert_eq!(view.focus, None);
    }

    #[test]
    fn focus_is_the_leading_bare_id() {
        assert_eq!(focus_of("#goal-x&open=a"), Some("goal-x"));
        assert_eq!(focus_of("goal-x"), Some("goal-x"));
        assert_eq!(focus_of("#open=a"), None);
        assert_eq!(focus_of(""), None);
    }

    #[test]
    fn the_url_wins_over_remembered_state() {
        let remembered = Some(vec!["taiwan".to_owned(), "not-a-section".to_owned()]);
        let view = initial_view("", remembered.clone(), data());
        assert_eq!(
            view.open.iter().collect::<Vec<_>>(),
            ["taiwan"],
            "stale ids are dropped"
        );
        let view = initial_view("#open=north-korea", remembered, data());
        assert_eq!(view.open.iter().collect::<Vec<_>>(), ["north-korea"]);
        assert!(initial_view("#junk", None, data()).is_default());
    }
}

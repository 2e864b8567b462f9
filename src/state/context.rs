//! The explainer's shared reactive state, provided once by the app.
//!
//! Components read narrow memos (is this open, focused, shown?) and change
//! the view through named methods; only the state module writes the view.

use leptos::prelude::*;

use super::{Related, SortedSet, ViewState};
use crate::data::{Event, Explainer, Goal, Theme, Verdict};

/// What every component reads: the content and the reader's view of it.
#[derive(Clone, Copy)]
pub struct ExplainerContext {
    pub data: &'static Explainer,
    /// The one source of truth; written only through the methods below and
    /// by the URL and storage sync in this module.
    pub(super) view: RwSignal<ViewState>,
    focus: Memo<Option<String>>,
    open: Memo<SortedSet<String>>,
    themes: Memo<SortedSet<Theme>>,
    verdicts: Memo<SortedSet<Verdict>>,
    /// Items linked to the focused goal, event or section.
    related: Memo<Related>,
}

impl ExplainerContext {
    /// Creates the state, in the default view, and provides it to every
    /// component below. (The URL's view is applied after the page has
    /// hydrated, so the first render equals the prerendered page.)
    pub fn provide(data: &'static Explainer) -> Self {
        let view = RwSignal::new(ViewState::default());
        let focus = Memo::new(move |_| view.with(|v| v.focus.clone()));
        let related = Memo::new(move |_| {
            focus.with(|focus| {
                focus
                    .as_deref()
                    .map(|id| Related::of(data, id))
                    .unwrap_or_default()
            })
        });
        let context = Self {
            data,
            view,
            focus,
            open: Memo::new(move |_| view.with(|v| v.open.clone())),
            themes: Memo::new(move |_| view.with(|v| v.themes.clone())),
            verdicts: Memo::new(move |_| view.with(|v| v.verdicts.clone())),
            related,
        };
        provide_context(context);
        context
    }

    // ---- reading ----------------------------------------------------------

    /// Whether the reader has focused this item.
    pub fn is_focused(&self, id: &'static str) -> Memo<bool> {
        let focus = self.focus;
        Memo::new(move |_| focus.with(|f| f.as_deref() == Some(id)))
    }

    /// Whether this item is linked to what the reader has focused.
    pub fn is_related(&self, id: &'static str) -> Memo<bool> {
        let related = self.related;
        Memo::new(move |_| related.with(|r| r.contains(id)))
    }

    /// Whether this section or goal is expanded.
    pub fn is_open(&self, id: &'static str) -> Memo<bool> {
        let open = self.open;
        Memo::new(move |_| open.with(|o| o.contains(id)))
    }

    /// The open sections and goals.
    pub fn open(&self) -> Memo<SortedSet<String>> {
        self.open
    }

    /// The timeline's theme filter (empty: every event).
    pub fn themes(&self) -> Memo<SortedSet<Theme>> {
        self.themes
    }

    /// The scorecard's verdict filter (empty: every goal).
    pub fn verdicts(&self) -> Memo<SortedSet<Verdict>> {
        self.verdicts
    }

    /// Whether the theme filter lets this event through.
    pub fn shows_event(&self, event: &'static Event) -> Memo<bool> {
        let themes = self.themes;
        Memo::new(move |_| {
            themes.with(|t| t.is_empty() || event.themes.iter().any(|e| t.contains(e)))
        })
    }

    /// Whether the verdict filter lets this goal through.
    pub fn shows_goal(&self, goal: &'static Goal) -> Memo<bool> {
        let verdicts = self.verdicts;
        Memo::new(move |_| verdicts.with(|v| v.is_empty() || v.contains(&goal.verdict)))
    }

    /// Whether every section is open.
    pub fn all_sections_open(&self) -> Memo<bool> {
        let (open, data) = (self.open, self.data);
        Memo::new(move |_| open.with(|o| data.sections.iter().all(|s| o.contains(&*s.id))))
    }

    // ---- changing ---------------------------------------------------------

    /// Opens a closed section or goal, closes an open one.
    pub fn toggle_open(&self, id: &str) {
        self.view.update(|v| v.toggle_open(id));
    }

    /// Opens a section or goal (find-in-page reached its hidden text).
    pub fn open_item(&self, id: &str) {
        if !self.view.with_untracked(|v| v.is_open(id)) {
            self.view.update(|v| {
                v.open.insert(id.to_owned());
            });
        }
    }

    /// Selects an item to highlight what it links to, or clears the selection.
    pub fn toggle_selection(&self, id: &str) {
        self.view.update(|v| v.toggle_selection(id));
    }

    pub fn set_themes(&self, themes: SortedSet<Theme>) {
        self.view.update(|v| v.themes = themes);
    }

    pub fn set_verdicts(&self, verdicts: SortedSet<Verdict>) {
        self.view.update(|v| v.verdicts = verdicts);
    }

    /// Opens or closes every section, leaving goals as they are.
    pub fn set_all_sections(&self, open: bool) {
        let data = self.data;
        self.view.update(|v| v.set_all_sections(open, data));
    }
}

/// The explainer context; panics with a clear message if a component is used outside the app.
pub fn use_explainer() -> ExplainerContext {
    expect_context::<ExplainerContext>()
}

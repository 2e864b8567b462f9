//! The explainer's shared reactive state, provided once by the app.

use leptos::prelude::*;

use super::{Related, ViewState};
use crate::data::Explainer;

/// What every component reads: the content and the reader's view of it.
#[derive(Clone, Copy)]
pub struct ExplainerContext {
    pub data: &'static Explainer,
    pub view: RwSignal<ViewState>,
    /// Items linked to the focused goal, event or section.
    pub related: Memo<Related>,
}

impl ExplainerContext {
    /// Creates the state and provides it to every component below.
    pub fn provide(data: &'static Explainer, initial: ViewState) -> Self {
        let view = RwSignal::new(initial);
        let related = Memo::new(move |_| {
            view.with(|v| {
                v.focus
                    .as_deref()
                    .map(|id| data.related(id))
                    .unwrap_or_default()
            })
        });
        let context = Self {
            data,
            view,
            related,
        };
        provide_context(context);
        context
    }

    /// Whether the reader has focused this item.
    pub fn is_focused(&self, id: &'static str) -> Memo<bool> {
        let view = self.view;
        Memo::new(move |_| view.with(|v| v.focus.as_deref() == Some(id)))
    }

    /// Whether this item is linked to what the reader has focused.
    pub fn is_related(&self, id: &'static str) -> Memo<bool> {
        let related = self.related;
        Memo::new(move |_| related.with(|r| r.contains(id)))
    }
}

/// The explainer context; panics with a clear message if a component is used outside the app.
pub fn use_explainer() -> ExplainerContext {
    expect_context::<ExplainerContext>()
}

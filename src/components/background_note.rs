use leptos::prelude::*;

use super::background_tag::BackgroundTag;
use super::outside_sources::SourceRefs;
use super::prose::Prose;
use crate::data::Background;

/// Context the analysis assumes, marked as background, each fact with the
/// reports it comes from. A note rather than an `<aside>`: one landmark per
/// section, all named "Background", would crowd the landmark list (axe
/// `landmark-unique`); the visible tag already says what it is.
#[component]
pub fn BackgroundNotes(notes: &'static [Background]) -> impl IntoView {
    (!notes.is_empty()).then(|| {
        view! {
            <div class="background-note" role="note">
                <p class="background-note__label">
                    <BackgroundTag /> " Context the analysis assumes, not drawn from it:"
                </p>
                {notes
                    .iter()
                    .map(|note| view! { <p><Prose text=&note.text /> " " <SourceRefs ids=&note.sources /></p> })
                    .collect_view()}
            </div>
        }
    })
}

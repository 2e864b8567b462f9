#![cfg_attr(feature = "hydrate", allow(unused_imports))]

use leptos::prelude::*;

/// A slim bar along the top of the screen once the reader is past the page
/// nav: the part they are reading (a link back to its start) and a link to
/// the top. Fixed, and hidden rather than removed above the first part, so
/// it never moves the page; the page's scroll padding keeps fragment targets
/// and focused controls clear of it. Scripts only: without them the page
/// nav at the top does the job.
///
/// Static content: `use_current_part` (started with the page's behaviour,
/// see `app.rs`) names the part by writing the link's text and address and
/// the bar's `data-shown` itself, since a reactive bar cost about 3 KB of
/// wasm (brotli) against a budget of 1.
#[component]
pub fn CurrentPartBar() -> impl IntoView {
    static_content!(nav [id="current-part" class="current-part js-only" aria-label="Where you are"] {
        view! {
            <div class="current-part__inner">
                <a id="current-part-name" class="current-part__name" href="#scorecard">"Scorecard"</a>
                <a class="current-part__top" href="#top">"Top"</a>
            </div>
        }
    })
}

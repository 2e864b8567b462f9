//! Which part of the page the reader is in, for the bar at the top.

use leptos::prelude::*;

use super::use_explainer;
use crate::components::page_nav::REGIONS;

/// Follows the part of the page at the reading line, just below the bar, and
/// names it in the bar (`#current-part`): shows the bar, and sets its link's
/// text and address. The names are the page nav's, with the section title
/// (read from the page: the browser's copy of the content has none) inside
/// the analysis.
///
/// A scroll listener rather than an IntersectionObserver, and the bar
/// written directly rather than through signals: each measured 1-2 KB of
/// wasm (brotli) more. Scroll events come at most once a frame, and reading
/// sixteen positions from a laid-out page costs next to nothing.
pub fn use_current_part() {
    let sections = &use_explainer().data.sections;
    let listener = window_event_listener(leptos::ev::scroll, move |_| {
        let find = |id: &str| document().get_element_by_id(id);
        let (Some(bar), Some(link)) = (find("current-part"), find("current-part-name")) else {
            return;
        };
        // Parts in page order; each ends where the next begins.
        let parts = REGIONS
            .iter()
            .map(|&(id, name)| (id, Some(name)))
            .take(3)
            .chain(sections.iter().map(|s| (&*s.id, None)))
            .chain(REGIONS.iter().skip(3).map(|&(id, name)| (id, Some(name))));
        // The reading line, just below the bar (fragment targets stop at 60 px).
        let line = 64.0;
        let current = parts
            .take_while(|(id, _)| {
                document()
                    .get_element_by_id(id)
                    .is_some_and(|part| part.get_bounding_client_rect().top() <= line)
            })
            .last();
        let _ = match current {
            Some(_) => bar.set_attribute("data-shown", ""),
            None => bar.remove_attribute("data-shown"),
        };
        if let Some((id, name)) = current {
            let name = match name {
                Some(name) => name.to_owned(),
                None => format!(
                    "{}: {}",
                    REGIONS[2].1,
                    find(&format!("{id}-button"))
                        .and_then(|b| b.text_content())
                        .unwrap_or_default()
                ),
            };
            let href = format!("#{id}");
            if link.get_attribute("href").as_deref() != Some(&*href) {
                link.set_text_content(Some(&name));
                let _ = link.set_attribute("href", &href);
            }
        }
    });
    on_cleanup(move || listener.remove());
}

//! Glossary, people and paragraph popovers, using the native Popover API: the
//! button is keyboard-operable, Escape and a click elsewhere dismiss, and the
//! browser exposes the expanded state, all without scripts. Hovering a
//! glossary or people trigger with a mouse opens its popover too, until the
//! pointer leaves (WCAG 1.4.13). The popovers themselves are static content
//! (see `static_content`).
#![cfg_attr(feature = "hydrate", allow(unused_imports, dead_code))]

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::background_tag::BackgroundTag;
use super::citation::cite_popover_id;
use super::prose::{popover_id, Prose};
use crate::state::{reveal, use_explainer};

/// Every popover, written once and opened by any trigger that names it.
#[component]
pub fn Popovers() -> impl IntoView {
    static_content!(div [class="popovers"] {
        let data = use_explainer().data;
        let terms = data
            .glossary
            .iter()
            .map(|term| {
                view! {
                    <Popover
                        id=popover_id(&term.id)
                        title=&*term.term
                        background=term.background
                        link=format!("#{}", term.id)
                        link_text="In the glossary"
                    >
                        <Prose text=&term.definition />
                    </Popover>
                }
            })
            .collect_view();
        let people = data
            .people
            .iter()
            .map(|person| {
                view! {
                    <Popover
                        id=popover_id(&person.id)
                        title=&*person.name
                        background=false
                        link=format!("#{}", person.id)
                        link_text="In who's who"
                    >
                        {&*person.role}
                    </Popover>
                }
            })
            .collect_view();
        view! { {terms} {people} <CitePopovers /> }
    })
}

/// One popover: a title, the body, and a link to the full entry, which
/// carries the entry's paragraph markers (a popover of one definition or one
/// role does without them). A `figure` labelled by its caption (Chromium 156
/// does not name a figure from its caption by itself). Glossary terms,
/// people and cited paragraphs (`CitePopovers`) all use it.
#[component]
pub(super) fn Popover<C: IntoView + 'static>(
    /// The popover's own id, which its triggers' `popovertarget` names.
    id: String,
    #[prop(into)] title: String,
    background: bool,
    /// Where the full entry is, further down the page (`#…`).
    link: String,
    link_text: &'static str,
    // Typed, not `Children`: see `DisclosurePanel`.
    children: TypedChildren<C>,
) -> impl IntoView {
    let children = children.into_inner();
    view! {
        <figure id=id.clone() popover="auto" class="popover" aria-labelledby=format!("{id}-title")>
            <figcaption class="popover__title" id=format!("{id}-title")>
                {title} {background.then(|| view! { " " <BackgroundTag /> })}
            </figcaption>
            <p>{children()}</p>
            <p class="popover__links">
                <a href=link>{link_text}</a>
            </p>
        </figure>
    }
}

/// One popover per paragraph of the analysis, shared by every marker that
/// cites it: which paragraph, what it covers, and a link on to its source
/// note. Static content (rendered inside `Popovers`).
#[component]
pub fn CitePopovers() -> impl IntoView {
    let data = use_explainer().data;
    data.source_map
        .iter()
        .map(|p| {
            let label = &*p.label;
            let title = match label.strip_prefix('p') {
                Some(number) => format!("Paragraph {number} of the analysis"),
                None => "The standfirst: the summary under the analysis's title".to_owned(),
            };
            view! {
                <Popover
                    id=cite_popover_id(label)
                    title
                    background=false
                    link=format!("#source-{label}")
                    link_text="In the source notes"
                >
                    {&*p.gist}
                </Popover>
            }
        })
        .collect_view()
}

const TRIGGER_CLASS: &str = "popover-trigger";

/// How long a popover opened by hovering waits, once the pointer has left
/// its trigger and the popover, before closing: room for a pointer that
/// wavers or crosses the gap between them (WCAG 1.4.13: hoverable).
const HOVER_GRACE: Duration = Duration::from_millis(400);

/// The behaviour every popover shares, one listener each for the whole page.
/// A mouse pointer coming over a glossary or people trigger opens its
/// popover; that popover closes again when the pointer has left trigger and
/// popover, when the page scrolls, or when focus leaves it. A click after the
/// hover keeps it open instead of toggling it shut. A popover opened by a
/// click or a key stays until Escape, a click elsewhere, or focus moving on.
/// Following a link inside any popover closes it and focuses the target.
/// Call once, in the app.
pub fn use_hover_popovers() {
    // The popover a hover opened, until the reader's next real click.
    let opened_by_hover = StoredValue::new(None::<String>);
    // The trigger the moving pointer is over: a popover opens once as the
    // pointer moves onto its trigger, not again while it stays there.
    let hovering = StoredValue::new(None::<String>);
    // The pointer is off the hover-opened popover and its trigger; a close is
    // due after the grace period.
    let pointer_away = StoredValue::new(false);
    let close_due = StoredValue::new(false);
    // Where the page stood when the hover opened it.
    let opened_at = StoredValue::new(0.0);
    let close_hovered = move || {
        if let Some(popover) = opened_by_hover.try_update_value(Option::take).flatten() {
            hide(&popover);
        }
    };
    // Listeners on the window: no-ops on the server.
    {
        // `pointermove`, not `pointerover`: the browser also sends `over`
        // when text scrolls under a resting pointer, and a popover must not
        // open by itself while the reader scrolls.
        let over = window_event_listener(leptos::ev::pointermove, move |event| {
            if event.pointer_type() != "mouse"
                || (event.movement_x() == 0 && event.movement_y() == 0)
            {
                return;
            }
            let trigger = trigger_of(&event);
            let popover = trigger
                .as_ref()
                .and_then(|trigger| trigger.get_attribute("popovertarget"));
            if let Some(open) = opened_by_hover.get_value() {
                let over_popover = document().get_element_by_id(&open).is_some_and(|p| {
                    let target = event
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                    p.contains(target.as_ref())
                });
                let away = !over_popover && popover.as_deref() != Some(&*open);
                pointer_away.set_value(away);
                if away && !close_due.get_value() {
                    close_due.set_value(true);
                    set_timeout(
                        move || {
                            close_due.set_value(false);
                            if pointer_away.get_value() {
                                close_hovered();
                            }
                        },
                        HOVER_GRACE,
                    );
                }
            }
            let (Some(popover), Some(trigger)) = (popover, trigger) else {
                hovering.set_value(None);
                return;
            };
            if hovering.with_value(|h| h.as_deref() == Some(&*popover)) {
                return;
            }
            hovering.set_value(Some(popover.clone()));
            if is_open(&popover) {
                return;
            }
            trigger.click();
            opened_by_hover.set_value(Some(popover));
            opened_at.set_value(scroll_y());
            pointer_away.set_value(false);
        });
        // A popover a hover opened was not asked for: it goes as the page
        // moves. Measured against where the page stood when it opened, as a
        // `scroll` event arrives a frame late and may be from before.
        let scroll = window_event_listener(leptos::ev::scroll, move |_| {
            if scroll_y() != opened_at.get_value() {
                close_hovered();
            }
        });
        // Focus moving outside every open popover, and onto no trigger of an
        // open one, closes them: an open popover never hides where focus went.
        let focus = window_event_listener(leptos::ev::focusin, move |event| {
            let Some(element) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let in_popover = element.closest(":popover-open").ok().flatten().is_some();
            let opens_one = element
                .get_attribute("popovertarget")
                .is_some_and(|p| is_open(&p));
            if !in_popover && !opens_one {
                close_all();
            }
        });
        let click = window_event_listener(leptos::ev::click, move |event| {
            if !event.is_trusted() {
                return;
            }
            let hovered = opened_by_hover.try_update_value(Option::take).flatten();
            // A link followed from inside a popover: the popover has done its
            // job, and focus goes where the link leads, as for any in-page link.
            let link = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest("[popover] a[href^='#']").ok().flatten())
                .and_then(|link| link.get_attribute("href"));
            if let Some(href) = link {
                close_all();
                reveal(href[1..].to_owned());
                return;
            }
            let Some(trigger) = trigger_of(&event) else {
                return;
            };
            // Cancelling the click cancels the trigger's toggle.
            if hovered.is_some_and(|p| {
                trigger.get_attribute("popovertarget").as_ref() == Some(&p) && is_open(&p)
            }) {
                event.prevent_default();
            }
        });
        on_cleanup(move || {
            over.remove();
            scroll.remove();
            focus.remove();
            click.remove();
        });
    }
}

/// The popover trigger an event happened on, if any.
fn trigger_of(event: &web_sys::Event) -> Option<web_sys::HtmlElement> {
    event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(&format!("button.{TRIGGER_CLASS}[popovertarget]"))
        .ok()??
        .dyn_into()
        .ok()
}

fn scroll_y() -> f64 {
    window().scroll_y().unwrap_or_default()
}

fn is_open(popover_id: &str) -> bool {
    document()
        .get_element_by_id(popover_id)
        .and_then(|popover| popover.matches(":popover-open").ok())
        .unwrap_or(false)
}

fn hide(popover_id: &str) {
    if let Some(popover) = document()
        .get_element_by_id(popover_id)
        .and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = popover.hide_popover();
    }
}

/// Closes every open popover. Closing one also closes those opened from
/// inside it, so this takes a few rounds at most.
fn close_all() {
    for _ in 0..4 {
        match document().query_selector(":popover-open").ok().flatten() {
            Some(popover) => hide(&popover.id()),
            None => return,
        }
    }
}

//! Glossary and people popovers, using the native Popover API: the button is
//! keyboard-operable, Escape and a click elsewhere dismiss, and the browser
//! exposes the expanded state, all without scripts. Hovering with a mouse
//! opens it too, and it stays until dismissed (WCAG 1.4.13). The popovers
//! themselves are static content (see `static_content`).
#![cfg_attr(feature = "hydrate", allow(unused_imports, dead_code))]

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::background_tag::BackgroundTag;
use super::citation::Cites;
use super::prose::{popover_id, Prose};
use crate::data::Text;
use crate::state::use_explainer;

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
                        id=&term.id
                        title=&term.term
                        background=term.background
                        link_text="In the glossary"
                        citations=&term.citations
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
                        id=&person.id
                        title=&person.name
                        background=false
                        link_text="In who's who"
                        citations=&person.citations
                    >
                        {&*person.role}
                    </Popover>
                }
            })
            .collect_view();
        view! { {terms} {people} }
    })
}

/// One popover: a title, the body, and links to the full entry and its sources.
#[component]
fn Popover<C: IntoView + 'static>(
    /// The glossary term's or person's id.
    id: &'static str,
    title: &'static str,
    background: bool,
    /// The link to the full entry further down the page.
    link_text: &'static str,
    citations: &'static [Text],
    // Typed, not `Children`: see `DisclosurePanel`.
    children: TypedChildren<C>,
) -> impl IntoView {
    let children = children.into_inner();
    view! {
        <div id=popover_id(id) popover="auto" class="popover">
            <p class="popover__title">
                {title} {background.then(|| view! { " " <BackgroundTag /> })}
            </p>
            <p>{children()}</p>
            <p class="popover__links">
                <a href=format!("#{id}")>{link_text}</a> " " <Cites labels=citations />
            </p>
        </div>
    }
}

const TRIGGER_CLASS: &str = "popover-trigger";

/// Opens a popover when a mouse pointer comes over its trigger, anywhere on
/// the page: one listener for every trigger. The
/// click that usually follows a hover keeps the popover open instead of
/// toggling it shut. Call once, in the app.
pub fn use_hover_popovers() {
    // The popover a hover opened, until the reader's next real click.
    let opened_by_hover = StoredValue::new(None::<String>);
    // The trigger the moving pointer is over: a popover opens once as the
    // pointer moves onto its trigger, not again while it stays there.
    let hovering = StoredValue::new(None::<String>);
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
            let popover = trigger_of(&event)
                .and_then(|trigger| Some((trigger.get_attribute("popovertarget")?, trigger)));
            let Some((popover, trigger)) = popover else {
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
        });
        let click = window_event_listener(leptos::ev::click, move |event| {
            if !event.is_trusted() {
                return;
            }
            let hovered = opened_by_hover.try_update_value(Option::take).flatten();
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

fn is_open(popover_id: &str) -> bool {
    document()
        .get_element_by_id(popover_id)
        .and_then(|popover| popover.matches(":popover-open").ok())
        .unwrap_or(false)
}

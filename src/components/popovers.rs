//! Glossary and people popovers, using the native Popover API: the button is
//! keyboard-operable, Escape and a click elsewhere dismiss, and the browser
//! exposes the expanded state. Hovering with a mouse opens it too, and it
//! stays until dismissed (WCAG 1.4.13).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::citation::write_cites;
use super::html::{html, Html};
use super::rich_text::write_rich_text;
use crate::data::{Explainer, Text};
use crate::state::use_explainer;

const TRIGGER_CLASS: &str = "popover-trigger";

fn popover_id(target: &str) -> String {
    format!("popover-{target}")
}

/// Writes a word in the text that opens the popover for a glossary term or
/// person. A plain `popovertarget` button: the browser does the opening, and
/// [`use_hover_popovers`] adds hover for the whole page.
pub fn write_popover_trigger(h: &mut Html, target: &str, text: &str) {
    h.element(
        "button",
        &[
            ("type", "button"),
            ("class", TRIGGER_CLASS),
            ("popovertarget", &popover_id(target)),
        ],
        text,
    );
}

/// Every popover, written once and opened by any trigger that names it.
#[component]
pub fn Popovers() -> impl IntoView {
    let data = use_explainer().data;
    let popovers = html(|h| {
        for term in data.glossary.iter() {
            let entry = Entry {
                id: &term.id,
                title: &term.term,
                background: term.background,
                link_text: "In the glossary",
                citations: &term.citations,
            };
            write_popover(h, data, entry, |h| {
                write_rich_text(h, data, &term.definition)
            });
        }
        for person in data.people.iter() {
            let entry = Entry {
                id: &person.id,
                title: &person.name,
                background: false,
                link_text: "In who's who",
                citations: &person.citations,
            };
            write_popover(h, data, entry, |h| {
                h.text(&person.role);
            });
        }
    });
    view! { <div class="popovers" inner_html=popovers></div> }
}

/// What a popover says about a glossary term or a person, besides its body.
struct Entry<'a> {
    id: &'a str,
    title: &'a str,
    background: bool,
    /// The link to the full entry further down the page.
    link_text: &'static str,
    citations: &'a [Text],
}

/// One popover: a title, the body, and links to the full entry and its sources.
fn write_popover(h: &mut Html, data: &Explainer, entry: Entry, body: impl FnOnce(&mut Html)) {
    h.open(
        "div",
        &[
            ("id", &popover_id(entry.id)),
            ("popover", "auto"),
            ("class", "popover"),
        ],
    )
    .open("p", &[("class", "popover__title")])
    .text(entry.title);
    if entry.background {
        h.raw(" <span class=\"tag tag--background\">Background</span>");
    }
    h.raw("</p><p>");
    body(h);
    h.raw("</p><p class=\"popover__links\">")
        .link_to(entry.id, entry.link_text)
        .raw(" ");
    write_cites(h, data, entry.citations);
    h.raw("</p></div>");
}

/// Opens a popover when a mouse pointer comes over its trigger, anywhere on
/// the page: one listener for every trigger, written as static HTML. The
/// click that usually follows a hover keeps the popover open instead of
/// toggling it shut. Call once, in the app.
pub fn use_hover_popovers() {
    // The popover a hover opened, until the reader's next real click.
    let opened_by_hover = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        let over = window_event_listener(leptos::ev::pointerover, move |event| {
            let Some(trigger) = trigger_of(&event) else {
                return;
            };
            let Some(popover) = trigger.get_attribute("popovertarget") else {
                return;
            };
            if event.pointer_type() != "mouse" || is_open(&popover) {
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
    });
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

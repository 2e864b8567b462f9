//! Glossary and people popovers, using the native Popover API: the button is
//! keyboard-operable, Escape and a click elsewhere dismiss, and the browser
//! exposes the expanded state. Hovering with a mouse opens it too, and it
//! stays until dismissed (WCAG 1.4.13).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::citation::Cites;
use super::rich_text::RichText;
use crate::state::use_explainer;

fn popover_id(target: &str) -> String {
    format!("popover-{target}")
}

fn is_open(popover_id: &str) -> bool {
    document()
        .get_element_by_id(popover_id)
        .and_then(|popover| popover.matches(":popover-open").ok())
        .unwrap_or(false)
}

/// A word in the text that opens the popover for a glossary term or person.
#[component]
pub fn PopoverTrigger(target: &'static str, text: &'static str) -> impl IntoView {
    let popover = popover_id(target);
    // Set when a hover opened the popover, so the click that usually follows keeps it open.
    let opened_by_hover = StoredValue::new(false);
    let on_pointer_enter = {
        let popover = popover.clone();
        move |event: leptos::ev::PointerEvent| {
            if event.pointer_type() != "mouse" || is_open(&popover) {
                return;
            }
            if let Some(button) = event
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
            {
                button.click();
                opened_by_hover.set_value(true);
            }
        }
    };
    let on_click = {
        let popover = popover.clone();
        move |event: leptos::ev::MouseEvent| {
            // A real click (not our synthetic one) on a hover-opened popover keeps it open.
            if event.is_trusted() && opened_by_hover.get_value() && is_open(&popover) {
                event.prevent_default();
            }
            if event.is_trusted() {
                opened_by_hover.set_value(false);
            }
        }
    };
    view! {
        <button
            type="button"
            class="popover-trigger"
            popovertarget=popover
            on:pointerenter=on_pointer_enter
            on:click=on_click
        >
            {text}
        </button>
    }
}

/// Every popover, rendered once and opened by any trigger that names it.
#[component]
pub fn Popovers() -> impl IntoView {
    let data = use_explainer().data;
    let terms = data.glossary.iter().map(|term| {
        view! {
            <div id=popover_id(&term.id) popover="auto" class="popover">
                <p class="popover__title">
                    {term.term.as_str()}
                    {term.background.then(|| view! { <span class="tag tag--background">"Background"</span> })}
                </p>
                <p><RichText text=term.definition.as_str() /></p>
                <p class="popover__links">
                    <a href=format!("#{}", term.id)>"In the glossary"</a>
                    " " <Cites labels=&term.citations />
                </p>
            </div>
        }
    });
    let people = data.people.iter().map(|person| {
        view! {
            <div id=popover_id(&person.id) popover="auto" class="popover">
                <p class="popover__title">{person.name.as_str()}</p>
                <p>{person.role.as_str()}</p>
                <p class="popover__links">
                    <a href=format!("#{}", person.id)>"In who's who"</a>
                    " " <Cites labels=&person.citations />
                </p>
            </div>
        }
    });
    view! { <div class="popovers">{terms.collect_view()} {people.collect_view()}</div> }
}

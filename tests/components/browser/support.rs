//! Mounting, waiting and DOM queries shared by the component tests.
//!
//! Only the `web-sys` features the crate enables itself are named here
//! (`Element`, `HtmlElement`, `Event`, `Window`, `Location`, `History`);
//! `querySelectorAll` and the `KeyboardEvent` constructor go through
//! `js_sys::Reflect` so no `NodeList`/`KeyboardEventInit` feature is needed.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use china_rok_explainer::components::App;
use china_rok_explainer::data::Explainer;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Array, Function, Object, Reflect};
use web_sys::{Element, HtmlElement};

/// The key the app remembers open sections and goals under.
pub const STORAGE_KEY: &str = "china-rok-explainer/open";

/// Marks each test's container, so a test that failed half-way is cleaned up by the next.
const HOST_CLASS: &str = "component-test-host";

pub fn data() -> &'static Explainer {
    Explainer::embedded()
}

/// A mounted app in its own container; call [`Mounted::unmount`] at the end.
pub struct Mounted<H> {
    /// The container: query inside it, never the whole document.
    pub root: HtmlElement,
    handle: Option<H>,
    /// The app's reactive owner. Dropping the mount handle alone does not
    /// dispose it while DOM event handlers still hold it, and a live app's
    /// `hashchange` listener would react to the next test's links.
    owner: Owner,
}

impl<H> Mounted<H> {
    /// Unmounts the app (disposing its effects and listeners) and removes the container.
    pub async fn unmount(mut self) {
        drop(self.handle.take());
        self.owner.cleanup();
        self.root.remove();
        settle().await;
    }
}

fn local_storage() -> web_sys::Storage {
    window()
        .local_storage()
        .expect("storage allowed")
        .expect("local storage")
}

/// What the app stored under [`STORAGE_KEY`], if anything.
pub fn stored_open() -> Option<String> {
    local_storage().get_item(STORAGE_KEY).expect("read storage")
}

/// Stores a value under [`STORAGE_KEY`], as an earlier visit would have.
pub fn store_open(value: &str) {
    local_storage()
        .set_item(STORAGE_KEY, value)
        .expect("write storage");
}

/// A clean page: no leftover containers, no URL fragment, empty storage.
pub fn reset_page() {
    for host in all(&document_root(), &format!(".{HOST_CLASS}")) {
        host.remove();
    }
    let location = window().location();
    let url = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    window()
        .history()
        .expect("history")
        .replace_state_with_url(&JsValue::NULL, "", Some(&url))
        .expect("replaceState");
    local_storage().clear().expect("clear storage");
    assert_eq!(current_hash(), "", "the fragment was reset");
}

/// Mounts `f` in a fresh container and returns at once, before any effect has
/// run or any later part has rendered.
fn mount_now<F, N>(f: F) -> Mounted<impl Sized>
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    let host: HtmlElement = document()
        .create_element("div")
        .expect("create a container")
        .unchecked_into();
    host.set_class_name(HOST_CLASS);
    document()
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append the container");
    let owner = Owner::new();
    let handle = owner.with(|| leptos::mount::mount_to(host.clone(), f));
    Mounted {
        root: host,
        handle: Some(handle),
        owner,
    }
}

async fn mount_with<F, N>(f: F) -> Mounted<impl Sized>
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    let mounted = mount_now(f);
    // The app renders at once; its effects (the URL's view, storage, the
    // hashchange listener) run just after.
    settle().await;
    mounted
}

/// Sets the page's fragment without a `hashchange`, as a page load finds it.
fn set_fragment_quietly(fragment: &str) {
    if fragment.is_empty() {
        return;
    }
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    window()
        .history()
        .expect("history")
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("#{fragment}")))
        .expect("replaceState");
}

/// Resets the page, then mounts the explainer as a load of `#fragment` would
/// ("" for the plain page).
pub async fn mount_app(fragment: &str) -> Mounted<impl Sized> {
    reset_page();
    mount_app_keeping_storage(fragment).await
}

/// Mounts the explainer without clearing storage, at `#fragment`.
pub async fn mount_app_keeping_storage(fragment: &str) -> Mounted<impl Sized> {
    set_fragment_quietly(fragment);
    let data = data();
    mount_with(move || view! { <App data /> }).await
}

// ---- waiting ---------------------------------------------------------------

#[derive(Default)]
struct Latch {
    released: Cell<bool>,
    waker: RefCell<Option<Waker>>,
}

impl Latch {
    fn release(&self) {
        self.released.set(true);
        if let Some(waker) = self.waker.borrow_mut().take() {
            waker.wake();
        }
    }
}

struct Released(Rc<Latch>);

impl Future for Released {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0.released.get() {
            Poll::Ready(())
        } else {
            *self.0.waker.borrow_mut() = Some(cx.waker().clone());
            Poll::Pending
        }
    }
}

/// Waits for a `setTimeout` of `ms` milliseconds (a macrotask: every microtask runs first).
pub async fn sleep(ms: u32) {
    gloo_timers::future::TimeoutFuture::new(ms).await;
}

/// Waits for the next animation frame.
pub async fn next_frame() {
    let latch = Rc::new(Latch::default());
    let release = Rc::clone(&latch);
    request_animation_frame(move || release.release());
    Released(latch).await;
}

/// Lets Leptos run its effects and DOM updates after a change, including
/// work the app leaves until after the next paint (`after_next_paint`).
pub async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
    sleep(0).await;
    next_frame().await;
    sleep(0).await;
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

/// Sets `location.hash` as a followed link would, then waits as [`hashchange_after`] does.
pub async fn follow_hash(hash: &str) -> bool {
    let hash = hash.to_owned();
    hashchange_after(move || {
        window()
            .location()
            .set_hash(&hash)
            .expect("set location.hash")
    })
    .await
}

/// Runs `action`, waits for the `hashchange` it causes (up to a second),
/// then lets the app react. Returns whether the event fired.
pub async fn hashchange_after(action: impl FnOnce()) -> bool {
    let latch = Rc::new(Latch::default());
    let fired = Rc::new(Cell::new(false));
    let listener = {
        let (latch, fired) = (Rc::clone(&latch), Rc::clone(&fired));
        window_event_listener_untyped("hashchange", move |_| {
            fired.set(true);
            latch.release();
        })
    };
    {
        let latch = Rc::clone(&latch);
        set_timeout(move || latch.release(), Duration::from_millis(1000));
    }
    action();
    Released(latch).await;
    listener.remove();
    settle().await;
    fired.get()
}

/// Counts uncaught errors (a panicking event handler shows up as one) until dropped.
pub struct ErrorWatch {
    count: Rc<Cell<u32>>,
    listeners: Vec<WindowListenerHandle>,
}

impl ErrorWatch {
    pub fn start() -> Self {
        let count = Rc::new(Cell::new(0));
        let listeners = ["error", "unhandledrejection"]
            .into_iter()
            .map(|name| {
                let count = Rc::clone(&count);
                window_event_listener_untyped(name, move |_| count.set(count.get() + 1))
            })
            .collect();
        Self { count, listeners }
    }

    pub fn count(&self) -> u32 {
        self.count.get()
    }
}

impl Drop for ErrorWatch {
    fn drop(&mut self) {
        for listener in self.listeners.drain(..) {
            listener.remove();
        }
    }
}

// ---- DOM -------------------------------------------------------------------

fn document_root() -> Element {
    document().document_element().expect("<html>")
}

/// Every element under `root` matching `selector`, in document order.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let query: Function = Reflect::get(root, &"querySelectorAll".into())
        .expect("querySelectorAll")
        .unchecked_into();
    let list = query
        .call1(root, &selector.into())
        .unwrap_or_else(|e| panic!("bad selector {selector:?}: {e:?}"));
    Array::from(&list)
        .iter()
        .map(JsCast::unchecked_into)
        .collect()
}

/// The one element under `root` matching `selector`; panics naming it when missing.
pub fn one(root: &Element, selector: &str) -> Element {
    maybe(root, selector).unwrap_or_else(|| panic!("no element matches {selector:?}"))
}

pub fn maybe(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector)
        .unwrap_or_else(|e| panic!("bad selector {selector:?}: {e:?}"))
}

/// The element with this id under `root`.
pub fn by_id(root: &Element, id: &str) -> Element {
    one(root, &format!("[id=\"{id}\"]"))
}

pub fn click(element: &Element) {
    element.unchecked_ref::<HtmlElement>().click();
}

/// Clicks, then lets the app react.
pub async fn click_and_settle(element: &Element) {
    click(element);
    settle().await;
}

/// Text content with runs of whitespace collapsed.
pub fn text(element: &Element) -> String {
    element
        .text_content()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn attr(element: &Element, name: &str) -> Option<String> {
    element.get_attribute(name)
}

pub fn has_class(element: &Element, class: &str) -> bool {
    element.class_name().split_whitespace().any(|c| c == class)
}

pub fn is_hidden(element: &Element) -> bool {
    element.has_attribute("hidden")
}

/// The ids of every item (element with an id) under `root` with this class,
/// sorted. (The timeline overview's marks share the classes, without ids.)
pub fn ids_with_class(root: &Element, class: &str) -> Vec<String> {
    let mut ids: Vec<String> = all(root, &format!("[id].{class}"))
        .iter()
        .map(|e| e.id())
        .collect();
    ids.sort();
    ids
}

/// `location.hash`, with its `#`.
pub fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The comma-separated list of a `key=` part of the current fragment.
pub fn hash_list(key: &str) -> Vec<String> {
    let hash = current_hash();
    let fragment = hash.strip_prefix('#').unwrap_or(&hash).to_owned();
    fragment
        .split('&')
        .find_map(|part| part.strip_prefix(&format!("{key}=")).map(str::to_owned))
        .map(|list| list.split(',').map(str::to_owned).collect())
        .unwrap_or_default()
}

/// A `keydown` for Escape, built with the `KeyboardEvent` constructor.
pub fn escape_keydown() -> web_sys::Event {
    let init = Object::new();
    for (key, value) in [
        ("key", JsValue::from_str("Escape")),
        ("code", JsValue::from_str("Escape")),
        ("bubbles", JsValue::TRUE),
        ("cancelable", JsValue::TRUE),
    ] {
        Reflect::set(&init, &key.into(), &value).expect("set an init field");
    }
    let constructor: Function = Reflect::get(&window(), &"KeyboardEvent".into())
        .expect("KeyboardEvent")
        .unchecked_into();
    Reflect::construct(&constructor, &Array::of2(&"keydown".into(), &init))
        .expect("new KeyboardEvent")
        .unchecked_into()
}

/// Whether the popover is showing.
pub fn popover_open(popover: &Element) -> bool {
    popover
        .matches(":popover-open")
        .expect(":popover-open is supported")
}

/// The reader-facing paragraph marker, written out independently of the app: `p5` → `¶5`.
pub fn marker(label: &str) -> String {
    match label.strip_prefix('p') {
        Some(number) => format!("¶{number}"),
        None => "¶ standfirst".to_owned(),
    }
}

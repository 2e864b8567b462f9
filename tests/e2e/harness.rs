//! The browser side of the e2e harness: chromedriver on a free port, one
//! headless Chromium session with a fresh profile, console capture, and
//! reader-like helpers. Everything started here is stopped on drop.

use crate::server::{http_request, StaticServer, SUB_PATH};
use fantoccini::actions::{InputSource, KeyAction, KeyActions, MouseActions, PointerAction};
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// Default time a `wait_*` helper waits before failing.
pub const WAIT: Duration = Duration::from_secs(10);

/// The Chromium flags every session gets (headless, as root, no network chatter).
pub const CHROMIUM_ARGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
    "--disable-extensions",
    "--disable-default-apps",
    "--no-default-browser-check",
];

/// Collectors installed in every document before any of its scripts run
/// (via CDP `Page.addScriptToEvaluateOnNewDocument`, which CSP does not block).
const COLLECTORS_JS: &str = r#"
window.__e2e = { csp: [], errors: [] };
document.addEventListener('securitypolicyviolation', function (e) {
  window.__e2e.csp.push(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' at ' + e.sourceFile + ':' + e.lineNumber);
});
window.addEventListener('error', function (e) {
  window.__e2e.errors.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)) || String(e)));
}, true);
window.addEventListener('unhandledrejection', function (e) {
  window.__e2e.errors.push('unhandledrejection: ' + String(e.reason));
});
"#;

pub fn dist_dir() -> PathBuf {
    std::env::var_os("E2E_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist"))
}

fn find_exe(env_var: &str, default: &str) -> PathBuf {
    std::env::var_os(env_var)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(default))
}

fn free_port() -> std::io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// One browser entry from chromedriver's log.
#[derive(Debug, Clone)]
pub struct LogEntry {
    pub level: String,
    pub message: String,
}

/// A running chromedriver process; killed on drop.
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start() -> Result<Self> {
        let exe = find_exe("CHROMEDRIVER", "/usr/bin/chromedriver");
        if !exe.exists() {
            return Err(format!(
                "chromedriver not found at {} (set CHROMEDRIVER, or run `make test-e2e`, which installs it)",
                exe.display()
            )
            .into());
        }
        let port = free_port()?;
        let child = Command::new(&exe)
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("starting {}: {e}", exe.display()))?;
        let driver = Self { child, port };
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Ok((200, body)) = http_request(port, "GET", "/status", None) {
                if body.contains("\"ready\":true") {
                    return Ok(driver);
                }
            }
            if Instant::now() > deadline {
                return Err("chromedriver did not become ready within 20 s".into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Server + chromedriver + one Chromium session. Build with [`E2e::start`].
pub struct E2e {
    pub client: Client,
    session_id: String,
    // Field order is drop order: the session is deleted in `Drop::drop`, then
    // chromedriver is killed, then the file server stops.
    driver: Driver,
    pub server: StaticServer,
    profile: PathBuf,
}

impl E2e {
    /// Start everything with a 1280×900 window.
    pub async fn start() -> Result<Self> {
        Self::start_sized(1280, 900).await
    }

    /// Start everything with the given window size (e.g. 320×800 for a phone).
    pub async fn start_sized(width: u32, height: u32) -> Result<Self> {
        Self::start_serving(&dist_dir(), width, height).await
    }

    /// Start everything, serving `dist` (a build, or an altered copy of one).
    pub async fn start_serving(dist: &Path, width: u32, height: u32) -> Result<Self> {
        if !dist.join("index.html").is_file() {
            return Err(format!(
                "{}/index.html is missing: run `make build` first (or `make test-e2e`, which builds)",
                dist.display()
            )
            .into());
        }
        let server = StaticServer::start(dist)?;
        let driver = Driver::start()?;
        let profile = std::env::temp_dir().join(format!(
            "e2e-chromium-profile-{}-{}",
            std::process::id(),
            driver.port
        ));
        let _ = std::fs::remove_dir_all(&profile);
        std::fs::create_dir_all(&profile)?;

        let mut args: Vec<String> = CHROMIUM_ARGS.iter().map(|s| s.to_string()).collect();
        args.push(format!("--window-size={width},{height}"));
        args.push(format!("--user-data-dir={}", profile.display()));
        let caps = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": find_exe("CHROME_BIN", "/usr/bin/chromium"),
                "args": args,
            },
            "goog:loggingPrefs": { "browser": "ALL" },
        });
        let Value::Object(caps) = caps else {
            unreachable!()
        };
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", driver.port))
            .await?;
        let session_id = client
            .session_id()
            .await?
            .ok_or("chromedriver returned no session id")?;
        let e2e = Self {
            client,
            session_id,
            driver,
            server,
            profile,
        };
        e2e.client.set_window_size(width, height).await?;
        e2e.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": COLLECTORS_JS }),
        )?;
        Ok(e2e)
    }

    /// A fresh browser with scripts disabled, at the site root: the
    /// prerendered page as a reader without JavaScript gets it.
    pub async fn start_without_javascript(width: u32, height: u32) -> Result<Self> {
        let e2e = Self::start_sized(width, height).await?;
        e2e.cdp(
            "Emulation.setScriptExecutionDisabled",
            json!({ "value": true }),
        )?;
        e2e.client.goto(&e2e.root_url()).await?;
        e2e.wait_for("#source").await?;
        Ok(e2e)
    }

    /// Call a Chrome DevTools Protocol command through chromedriver.
    pub fn cdp(&self, cmd: &str, params: Value) -> Result<Value> {
        let body = json!({ "cmd": cmd, "params": params }).to_string();
        let (status, text) = http_request(
            self.driver.port,
            "POST",
            &format!("/session/{}/goog/cdp/execute", self.session_id),
            Some(&body),
        )?;
        if status != 200 {
            return Err(format!("CDP {cmd} failed ({status}): {text}").into());
        }
        Ok(serde_json::from_str::<Value>(&text)?["value"].take())
    }

    // ---- addresses -------------------------------------------------------

    /// URL of the page at the site root, e.g. `http://127.0.0.1:PORT/`.
    pub fn root_url(&self) -> String {
        format!("{}/", self.server.origin())
    }

    /// URL of the page under the `/explainer/` sub-path.
    pub fn sub_url(&self) -> String {
        format!("{}{}", self.server.origin(), SUB_PATH)
    }

    // ---- navigation ------------------------------------------------------

    /// Load a URL and wait until the app has hydrated the prerendered page
    /// (it marks `<html>` with `data-hydrated`).
    pub async fn open(&self, url: &str) -> Result {
        self.client.goto(url).await?;
        self.wait_hydrated().await
    }

    /// Wait for the app's mark that hydration is done and the URL's view applied.
    pub async fn wait_hydrated(&self) -> Result {
        self.wait_until(
            "document.documentElement.hasAttribute('data-hydrated')",
            Duration::from_secs(20),
        )
        .await?;
        Ok(())
    }

    /// Load the app at the root (fresh page load).
    pub async fn open_root(&self) -> Result {
        self.open(&self.root_url()).await
    }

    /// Go to `#fragment` in the current page the way a reader following a
    /// link does (no reload; fires `hashchange`).
    pub async fn goto_fragment(&self, fragment: &str) -> Result {
        let fragment = fragment.trim_start_matches('#');
        self.client
            .execute("location.hash = arguments[0];", vec![json!(fragment)])
            .await?;
        Ok(())
    }

    /// Load the page fresh with `#fragment` in the URL (a shared deep link).
    pub async fn open_fragment(&self, base_url: &str, fragment: &str) -> Result {
        let fragment = fragment.trim_start_matches('#');
        self.client.goto(&format!("{base_url}#{fragment}")).await?;
        self.wait_hydrated().await
    }

    pub async fn current_fragment(&self) -> Result<String> {
        Ok(self
            .client
            .current_url()
            .await?
            .fragment()
            .unwrap_or("")
            .to_string())
    }

    // ---- finding and reading --------------------------------------------

    pub async fn find(&self, css: &str) -> Result<Element> {
        Ok(self.client.find(Locator::Css(css)).await?)
    }

    pub async fn find_all(&self, css: &str) -> Result<Vec<Element>> {
        Ok(self.client.find_all(Locator::Css(css)).await?)
    }

    /// Number of elements matching `css` right now.
    pub async fn count(&self, css: &str) -> Result<usize> {
        Ok(self.find_all(css).await?.len())
    }

    /// Wait (up to [`WAIT`]) for an element matching `css`.
    pub async fn wait_for(&self, css: &str) -> Result<Element> {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .map_err(|e| format!("waited {WAIT:?} for `{css}`: {e}").into())
    }

    /// Wait (up to `timeout`) until the JS expression is truthy; returns its value.
    pub async fn wait_until(&self, js_expr: &str, timeout: Duration) -> Result<Value> {
        let deadline = Instant::now() + timeout;
        let script = format!("return ({js_expr});");
        loop {
            let v = self.client.execute(&script, vec![]).await?;
            let truthy =
                !matches!(v, Value::Null | Value::Bool(false)) && v != json!(0) && v != json!("");
            if truthy {
                return Ok(v);
            }
            if Instant::now() > deadline {
                return Err(format!("waited {timeout:?} for `{js_expr}` (last: {v})").into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Visible text of the first element matching `css`.
    pub async fn text(&self, css: &str) -> Result<String> {
        Ok(self.find(css).await?.text().await?)
    }

    /// An attribute of the first element matching `css` (None if absent).
    pub async fn attr(&self, css: &str, name: &str) -> Result<Option<String>> {
        Ok(self.find(css).await?.attr(name).await?)
    }

    /// Evaluate a JS expression and return its value.
    pub async fn js(&self, js_expr: &str) -> Result<Value> {
        Ok(self
            .client
            .execute(&format!("return ({js_expr});"), vec![])
            .await?)
    }

    /// Is the element the document's focused element?
    pub async fn is_focused(&self, css: &str) -> Result<bool> {
        let v = self
            .client
            .execute(
                "const el = document.querySelector(arguments[0]); return !!el && el === document.activeElement;",
                vec![json!(css)],
            )
            .await?;
        Ok(v == json!(true))
    }

    // ---- acting ----------------------------------------------------------

    /// Click the element matching `css` as a reader would: scrolled to the
    /// middle of the window first, and only once it has stopped moving. Parts
    /// of the page render in later tasks, and regions far from the viewport lay
    /// out as they come near, so a position read at once could be stale and
    /// the click land on whatever moved into its place.
    pub async fn click(&self, css: &str) -> Result {
        let element = self.wait_for(css).await?;
        let css_js = json!(css);
        self.wait_until(
            &format!(
                "(() => {{
                    const el = document.querySelector({css_js});
                    el.scrollIntoView({{ block: 'center' }});
                    const r = el.getBoundingClientRect();
                    const at = `${{r.top}},${{r.left}},${{r.width}},${{r.height}}`;
                    const still = window.__e2eClickAt === at;
                    window.__e2eClickAt = at;
                    return still;
                }})()"
            ),
            WAIT,
        )
        .await?;
        element.click().await?;
        Ok(())
    }

    /// Press one key (e.g. `Key::Tab`, `Key::Escape`, or `'j'`) on whatever has focus,
    /// like a reader at the keyboard.
    pub async fn press(&self, key: impl Into<char>) -> Result {
        let key: char = key.into();
        let actions = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        self.client.perform_actions(actions).await?;
        self.client.release_actions().await?;
        Ok(())
    }

    /// Move the mouse to (`x`, `y`) in the viewport and leave it there.
    pub async fn move_pointer_to(&self, x: f64, y: f64) -> Result {
        let actions = MouseActions::new("mouse".into()).then(PointerAction::MoveTo {
            duration: None,
            x,
            y,
        });
        self.client.perform_actions(actions).await?;
        self.client.release_actions().await?;
        Ok(())
    }

    /// Type text into the element matching `css`.
    pub async fn type_into(&self, css: &str, text: &str) -> Result {
        self.find(css).await?.send_keys(text).await?;
        Ok(())
    }

    /// Save a PNG screenshot (handy while debugging a failing test).
    pub async fn screenshot(&self, path: &str) -> Result {
        std::fs::write(path, self.client.screenshot().await?)?;
        Ok(())
    }

    // ---- console / errors ------------------------------------------------

    /// Browser console entries since the last call (chromedriver clears its
    /// buffer on read). Uses the `goog:loggingPrefs` capability.
    pub fn take_console(&self) -> Result<Vec<LogEntry>> {
        let (status, text) = http_request(
            self.driver.port,
            "POST",
            &format!("/session/{}/se/log", self.session_id),
            Some(r#"{"type":"browser"}"#),
        )?;
        if status != 200 {
            return Err(format!("reading browser log failed ({status}): {text}").into());
        }
        let v: Value = serde_json::from_str(&text)?;
        Ok(v["value"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|e| LogEntry {
                        level: e["level"].as_str().unwrap_or("").to_string(),
                        message: e["message"].as_str().unwrap_or("").to_string(),
                    })
                    .collect()
            })
            .unwrap_or_default())
    }

    /// Fail if the page logged any console error or warning (this includes
    /// failed loads such as a 404 favicon, and CSP violations, which Chromium
    /// reports as console errors), or if the in-page collectors saw an
    /// uncaught error, unhandled rejection or `securitypolicyviolation` event.
    pub async fn assert_quiet_console(&self) -> Result {
        // Give late async work (a wasm panic, a deferred fetch) a moment to surface.
        tokio::time::sleep(Duration::from_millis(300)).await;
        let entries = self.take_console()?;
        let loud: Vec<String> = entries
            .iter()
            .filter(|e| e.level == "SEVERE" || e.level == "WARNING")
            .map(|e| format!("[{}] {}", e.level, e.message))
            .collect();
        let collected = self
            .js("window.__e2e || {csp: ['collectors missing'], errors: []}")
            .await?;
        let csp: Vec<String> = serde_json::from_value(collected["csp"].clone()).unwrap_or_default();
        let errors: Vec<String> =
            serde_json::from_value(collected["errors"].clone()).unwrap_or_default();
        if !loud.is_empty() || !csp.is_empty() || !errors.is_empty() {
            return Err(format!(
                "page was not quiet:\n  console: {loud:#?}\n  CSP violations: {csp:#?}\n  uncaught: {errors:#?}"
            )
            .into());
        }
        Ok(())
    }

    /// URLs of every resource the page loaded (Resource Timing) plus its own URL.
    pub async fn resource_urls(&self) -> Result<Vec<String>> {
        let v = self
            .js("[location.href].concat(performance.getEntriesByType('resource').map(e => e.name))")
            .await?;
        Ok(serde_json::from_value(v)?)
    }
}

impl Drop for E2e {
    fn drop(&mut self) {
        // Close the browser (the session) synchronously; nothing async runs in drop.
        let _ = http_request(
            self.driver.port,
            "DELETE",
            &format!("/session/{}", self.session_id),
            None,
        );
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

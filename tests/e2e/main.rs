//! Browser end-to-end tests against the release build in `dist/`.
//!
//! Native only. Every test is `#[ignore]`d so that a plain `cargo test` (no
//! browser) lists them as *ignored* instead of reporting them passed; run them
//! with `make test-e2e`, which builds `dist/` and then runs
//! `cargo test --test e2e -- --ignored --test-threads=1`.
//!
//! Each test gets its own static file server (serving `dist/` at `/` and at
//! `/explainer/`), its own chromedriver and its own headless Chromium with a
//! fresh profile; all are stopped when the `E2e` value is dropped.
#![cfg(not(target_arch = "wasm32"))]

// Reader helpers are a toolbox: not every one is used by every test yet.
#[allow(dead_code)]
mod harness;
#[allow(dead_code)]
mod server;

mod accessibility;
mod citations;
mod first_screen;
mod hydration;
mod orientation;
mod pictures;
mod reader;
mod scorecard;
mod timeline;

use harness::{E2e, Result};

const TITLE: &str = "China-ROK Relations on the Rebound?";

/// The page at the site root renders its headline and source line and logs nothing.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn root_renders_heading_quietly() -> Result {
    let e2e = E2e::start().await?;
    e2e.open_root().await?;
    let h1 = e2e.text("h1").await?;
    let headline = reader::data()["meta"]["headline"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(h1, headline, "the h1 is our headline");
    let source = e2e.text(".masthead__source-title").await?;
    assert!(source.contains(TITLE), "the source line names {source:?}");
    let date = e2e.attr(".masthead time", "datetime").await?;
    assert_eq!(date.as_deref(), Some("2026-01-16"), "publication date");
    let summary = e2e.text(".masthead__summary").await?;
    assert!(summary.contains("Lee Jae Myung"), "summary was {summary:?}");
    for region in ["#scorecard", "#timeline", "#sections"] {
        assert_eq!(e2e.count(region).await?, 1, "{region} landmark");
    }
    // Late warnings (an unused preload, say) come seconds after load.
    tokio::time::sleep(std::time::Duration::from_millis(3500)).await;
    e2e.assert_quiet_console().await?;
    assert_no_404(&e2e);
    // The app's JS and wasm were each fetched once.
    let served = e2e.server.requests();
    for ext in [".js", ".wasm"] {
        let n = served.iter().filter(|r| r.target.ends_with(ext)).count();
        assert_eq!(n, 1, "{ext} fetched {n} times: {served:#?}");
    }
    Ok(())
}

/// The same build works unchanged under a sub-path, with no 404s.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn sub_path_renders_without_404s() -> Result {
    let e2e = E2e::start().await?;
    e2e.open(&e2e.sub_url()).await?;
    let source = e2e.text(".masthead__source-title").await?;
    assert!(
        source.contains(TITLE),
        "the source line under /explainer/ was {source:?}"
    );
    e2e.assert_quiet_console().await?;
    assert_no_404(&e2e);
    // Every asset request stayed under the sub-path.
    for r in e2e.server.requests() {
        assert!(
            r.target.starts_with(server::SUB_PATH),
            "request escaped the sub-path: {} {}",
            r.method,
            r.target
        );
    }
    Ok(())
}

/// Narrow phone-sized window: still renders, still quiet.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn narrow_window_renders_quietly() -> Result {
    let e2e = E2e::start_sized(320, 800).await?;
    e2e.open_root().await?;
    assert!(e2e.text(".masthead__source-title").await?.contains(TITLE));
    let width = e2e.js("window.innerWidth").await?;
    assert!(width.as_u64().unwrap_or(0) <= 400, "innerWidth {width}");
    e2e.assert_quiet_console().await?;
    Ok(())
}

/// Every request the page made went to our own server on 127.0.0.1.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn all_requests_stay_local() -> Result {
    let e2e = E2e::start().await?;
    e2e.open_root().await?;
    e2e.assert_quiet_console().await?;
    let origin = e2e.server.origin();
    let urls = e2e.resource_urls().await?;
    assert!(
        urls.len() >= 2,
        "expected the page plus its assets, got {urls:?}"
    );
    for url in &urls {
        assert!(
            url.starts_with(&format!("{origin}/")),
            "page requested something not on {origin}: {url}"
        );
    }
    // The server saw the page, the JS loader and the wasm.
    let served = e2e.server.requests();
    let seen = |suffix: &str| served.iter().any(|r| r.target.ends_with(suffix));
    assert!(seen("/"), "index not requested: {served:?}");
    assert!(seen(".js"), "no JS requested: {served:?}");
    assert!(seen(".wasm"), "no wasm requested: {served:?}");
    Ok(())
}

/// The wasm module is served as application/wasm (and streaming
/// instantiation therefore needs no fallback, which would warn).
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn wasm_is_served_as_application_wasm() -> Result {
    let e2e = E2e::start().await?;
    e2e.open_root().await?;
    let wasm: Vec<_> = e2e
        .server
        .requests()
        .into_iter()
        .filter(|r| r.target.ends_with(".wasm"))
        .collect();
    assert!(!wasm.is_empty(), "no .wasm request");
    for r in &wasm {
        assert_eq!(r.status, 200, "{r:?}");
        assert_eq!(r.content_type, "application/wasm", "{r:?}");
    }
    // What the browser itself sees for that URL.
    let seen_type = e2e
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const url = performance.getEntriesByType('resource').map(e => e.name).find(n => n.endsWith('.wasm'));
             fetch(url).then(r => done(r.headers.get('content-type'))).catch(e => done('error: ' + e));",
            vec![],
        )
        .await?;
    assert_eq!(seen_type, serde_json::json!("application/wasm"));
    e2e.assert_quiet_console().await?;
    Ok(())
}

/// A Content-Security-Policy meta is present, strict, and nothing violated it.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn csp_meta_is_strict_and_not_violated() -> Result {
    let e2e = E2e::start().await?;
    e2e.open_root().await?;
    let csp = e2e
        .attr(r#"meta[http-equiv="Content-Security-Policy"]"#, "content")
        .await?
        .ok_or("CSP meta has no content")?;
    assert!(csp.contains("default-src 'none'"), "CSP: {csp}");
    let script_src = csp
        .split(';')
        .map(str::trim)
        .find(|d| d.starts_with("script-src"))
        .ok_or_else(|| format!("no script-src in CSP: {csp}"))?;
    assert!(
        !script_src.contains("unsafe-inline"),
        "script-src allows unsafe-inline: {script_src}"
    );
    assert!(
        script_src.contains("'sha256-"),
        "script-src has no hash for the inline loader: {script_src}"
    );
    // The CSP must be the first thing in <head> after the charset so that it
    // governs every later element.
    let first_meta = e2e
        .js("document.head.querySelectorAll('meta')[1] && document.head.querySelectorAll('meta')[1].httpEquiv")
        .await?;
    assert_eq!(first_meta, serde_json::json!("Content-Security-Policy"));
    // Violations show up both as events (collected from before any page
    // script ran) and as console errors; assert_quiet_console checks both.
    e2e.assert_quiet_console().await?;
    Ok(())
}

/// The app's files are fetched only after the page's first contentful
/// paint: the bytes the first paint needs never share the network with them.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn the_app_loads_after_the_first_paint() -> Result {
    let e2e = E2e::start().await?;
    e2e.open_root().await?;
    let times = e2e
        .js("(() => {
               const paint = performance.getEntriesByName('first-contentful-paint')[0];
               const app = performance.getEntriesByType('resource')
                 .filter(e => /\\.(js|wasm)$/.test(e.name))
                 .map(e => ({ name: e.name, start: e.startTime }));
               return { paint: paint ? paint.startTime : null, app };
             })()")
        .await?;
    let paint = times["paint"]
        .as_f64()
        .ok_or_else(|| format!("no first-contentful-paint entry: {times}"))?;
    let app = times["app"].as_array().cloned().unwrap_or_default();
    assert_eq!(app.len(), 2, "the app's JS and wasm: {times}");
    for file in &app {
        let start = file["start"].as_f64().unwrap_or(0.0);
        assert!(
            start >= paint,
            "fetched at {start} ms, before the first paint at {paint} ms: {file}"
        );
    }
    e2e.assert_quiet_console().await?;
    Ok(())
}

/// An app file that is not the one built with the page (altered in transit
/// or on the host) is refused by its integrity hash, and the page then reads
/// as it does without scripts: every panel open, no control that needs them.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn an_altered_app_file_is_refused_and_the_page_reads_as_without_scripts() -> Result {
    for suffix in ["_bg.wasm", ".js"] {
        let copy = std::env::temp_dir().join(format!("e2e-altered{suffix}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&copy);
        std::fs::create_dir_all(&copy)?;
        let mut altered = None;
        for entry in std::fs::read_dir(harness::dist_dir())? {
            let path = entry?.path();
            if !path.is_file() {
                continue;
            }
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let mut bytes = std::fs::read(&path)?;
            if name.ends_with(suffix) {
                bytes.extend_from_slice(b"\n");
                altered = Some(name.clone());
            }
            std::fs::write(copy.join(&name), bytes)?;
        }
        let altered = altered.ok_or(format!("no *{suffix} in the build"))?;
        let e2e = E2e::start_serving(&copy, 1280, 900).await?;
        e2e.client.goto(&e2e.root_url()).await?;
        e2e.wait_until(
            "!document.documentElement.classList.contains('js')",
            std::time::Duration::from_secs(10),
        )
        .await
        .map_err(|e| format!("with {altered} altered, the page still claims scripts: {e}"))?;
        let state = e2e
            .js("({ hydrated: document.documentElement.hasAttribute('data-hydrated'),
                    shownControls: [...document.querySelectorAll('.js-only')].filter(el => el.checkVisibility()).length,
                    closedPanels: [...document.querySelectorAll('[hidden=until-found]')].filter(el => !el.checkVisibility()).length })")
            .await?;
        assert_eq!(
            state["hydrated"],
            serde_json::json!(false),
            "{altered}: {state}"
        );
        assert_eq!(
            state["shownControls"],
            serde_json::json!(0),
            "{altered}: {state}"
        );
        assert_eq!(
            state["closedPanels"],
            serde_json::json!(0),
            "{altered}: {state}"
        );
        // It was fetched, and refused for its hash (not, say, never requested).
        assert!(
            e2e.server
                .requests()
                .iter()
                .any(|r| r.target.ends_with(&altered)),
            "{altered} was never requested"
        );
        let console = e2e.take_console()?;
        assert!(
            console.iter().any(|e| e.message.contains("integrity")),
            "no integrity error for {altered}: {console:#?}"
        );
        drop(e2e);
        let _ = std::fs::remove_dir_all(&copy);
    }
    Ok(())
}

fn assert_no_404(e2e: &E2e) {
    let missing: Vec<_> = e2e
        .server
        .requests()
        .into_iter()
        .filter(|r| r.status != 200)
        .collect();
    assert!(missing.is_empty(), "requests that failed: {missing:#?}");
}

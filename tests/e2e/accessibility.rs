//! Accessibility checks in the browser: axe-core (WCAG 2.0/2.1/2.2 A and AA
//! rules, and its best practices) in four states of the page, target sizes (WCAG 2.5.8) and a
//! visible keyboard focus indicator (WCAG 2.4.7).
//!
//! axe-core comes from `.ci/node_modules/axe-core/axe.min.js` (installed by
//! `npm install --prefix .ci`), or from the file named by `AXE_JS`. Its source
//! is injected with WebDriver `execute`, which the page's CSP does not govern
//! (the CSP forbids inline scripts, so a `<script>` tag would be blocked).

use crate::harness::{E2e, Result, WAIT};
use crate::reader::{attr_of, data, load, reduce_motion, start};
use fantoccini::key::Key;
use serde_json::{json, Value};
use std::path::PathBuf;

/// WCAG A and AA, and axe's best practices (unique landmarks, one main, …),
/// which caught six landmarks all named "Background".
const AXE_TAGS: [&str; 6] = [
    "wcag2a",
    "wcag2aa",
    "wcag21a",
    "wcag21aa",
    "wcag22aa",
    "best-practice",
];

fn axe_path() -> PathBuf {
    std::env::var_os("AXE_JS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".ci/node_modules/axe-core/axe.min.js")
        })
}

fn axe_source() -> Result<String> {
    let path = axe_path();
    std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "axe-core not found at {} ({e}): run `npm install --prefix .ci` (see .ci/package.json) \
             or set AXE_JS to an axe.min.js",
            path.display()
        )
        .into()
    })
}

/// Injects axe-core into the current document and runs it; returns a report
/// of every violation (None when there is none).
async fn axe_violations(e2e: &E2e, state: &str) -> Result<Option<String>> {
    let loaded = e2e
        .client
        .execute(
            &format!(
                "{}\n;return typeof window.axe === 'object' && window.axe.version;",
                axe_source()?
            ),
            vec![],
        )
        .await?;
    assert!(
        loaded.is_string(),
        "{state}: axe-core did not load ({loaded})"
    );
    let result = e2e
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             window.axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } })
               .then(r => done({
                   passes: r.passes.length,
                   incomplete: r.incomplete.map(v => v.id),
                   violations: r.violations.map(v => ({
                       id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                       nodes: v.nodes.length,
                       targets: v.nodes.slice(0, 5).map(n => n.target.join(' ') + '  ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 240)),
                   })),
               }))
               .catch(e => done({ error: String(e && e.stack || e) }));",
            vec![json!(AXE_TAGS)],
        )
        .await?;
    if let Some(error) = result.get("error") {
        return Err(format!("{state}: axe.run failed: {error}").into());
    }
    let passes = result["passes"].as_u64().unwrap_or(0);
    assert!(
        passes > 10,
        "{state}: axe ran only {passes} passing rules: {result}"
    );
    let violations = result["violations"].as_array().cloned().unwrap_or_default();
    if !violations.is_empty() {
        let report: Vec<String> = violations
            .iter()
            .map(|v| {
                let targets: Vec<&str> = v["targets"]
                    .as_array()
                    .map(|t| t.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                format!(
                    "- {} ({}): {} [{} node(s)] {}\n    {}",
                    v["id"].as_str().unwrap_or("?"),
                    v["impact"].as_str().unwrap_or("?"),
                    v["help"].as_str().unwrap_or("?"),
                    v["nodes"],
                    v["helpUrl"].as_str().unwrap_or(""),
                    targets.join("\n    ")
                )
            })
            .collect();
        return Ok(Some(format!(
            "{state}: {} axe violation(s):\n{}",
            violations.len(),
            report.join("\n")
        )));
    }
    Ok(None)
}

/// Fails with every report collected (so one state's violations do not hide another's).
fn assert_no_violations(reports: Vec<Option<String>>) -> Result {
    let reports: Vec<String> = reports.into_iter().flatten().collect();
    if reports.is_empty() {
        Ok(())
    } else {
        Err(reports.join("\n\n").into())
    }
}

/// Opens every section and goal and opens a popover: every part of the page
/// that can be shown is shown (the events' goals always are).
async fn expand_everything(e2e: &E2e) -> Result {
    let data = data();
    e2e.click("#sections button.sections__toggle-all").await?;
    e2e.wait_until(
        "document.querySelectorAll('#sections .explainer-section__panel[hidden]').length === 0",
        WAIT,
    )
    .await?;
    for goal in data["goals"].as_array().unwrap() {
        let id = goal["id"].as_str().unwrap();
        let button = format!("#{id}-button");
        if attr_of(e2e, &button, "aria-expanded").await?.as_deref() != Some("true") {
            e2e.click(&button).await?;
        }
    }
    e2e.wait_until(
        "document.querySelectorAll('#scorecard .goal__details[hidden]').length === 0",
        WAIT,
    )
    .await?;
    // Last, because a click elsewhere would light-dismiss it.
    e2e.click("#timeline .popover-trigger").await?;
    e2e.wait_until("document.querySelector('.popover:popover-open')", WAIT)
        .await?;
    Ok(())
}

#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn axe_clean_with_every_section_collapsed() -> Result {
    let e2e = start(1280, 900).await?;
    load(&e2e, "").await?;
    assert_eq!(e2e.count("[aria-expanded=true]").await?, 0);
    let report = axe_violations(&e2e, "at load, all collapsed").await?;
    e2e.assert_quiet_console().await?;
    assert_no_violations(vec![report])?;
    Ok(())
}

#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn axe_clean_with_everything_expanded() -> Result {
    let e2e = start(1280, 900).await?;
    load(&e2e, "").await?;
    expand_everything(&e2e).await?;
    let report = axe_violations(&e2e, "everything expanded").await?;
    e2e.assert_quiet_console().await?;
    assert_no_violations(vec![report])?;
    Ok(())
}

#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn axe_clean_at_320px() -> Result {
    let e2e = start(320, 800).await?;
    load(&e2e, "").await?;
    let at_load = axe_violations(&e2e, "320 px, at load").await?;
    expand_everything(&e2e).await?;
    let expanded = axe_violations(&e2e, "320 px, everything expanded").await?;
    e2e.assert_quiet_console().await?;
    assert_no_violations(vec![at_load, expanded])?;
    Ok(())
}

#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn axe_clean_in_dark_theme() -> Result {
    let e2e = start(1280, 900).await?;
    reduce_motion(&e2e, true)?;
    load(&e2e, "").await?;
    assert_eq!(
        e2e.js("matchMedia('(prefers-color-scheme: dark)').matches")
            .await?,
        json!(true),
        "dark colour scheme emulation did not take"
    );
    // The page's own dark palette applies (the background is dark).
    let background = e2e
        .js("(() => { const c = getComputedStyle(document.body).backgroundColor.match(/\\d+(\\.\\d+)?/g).map(Number);
                      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]; })()")
        .await?;
    assert!(
        background.as_f64().unwrap_or(255.0) < 80.0,
        "body background is not dark in the dark theme (luma {background})"
    );
    let at_load = axe_violations(&e2e, "dark theme, at load").await?;
    expand_everything(&e2e).await?;
    let expanded = axe_violations(&e2e, "dark theme, everything expanded").await?;
    e2e.assert_quiet_console().await?;
    assert_no_violations(vec![at_load, expanded])?;
    Ok(())
}

/// Measures every visible `button` and `a[href]` (only those in an open
/// popover when called with `true`, else all outside popovers); returns the
/// number measured and a description of each smaller than 24×24 CSS px that
/// is not inline in running text. "Inline in running text": an inline or
/// inline-block target inside a paragraph-like block (p, dd, dt, figcaption,
/// blockquote, q) that has text of its own besides its links and buttons.
const TARGETS_JS: &str = r#"function (inPopover) {
    const TEXT_BLOCKS = new Set(['P', 'DD', 'DT', 'FIGCAPTION', 'BLOCKQUOTE', 'Q']);
    const blockOf = el => {
        let b = el.parentElement;
        while (b && getComputedStyle(b).display.startsWith('inline')) b = b.parentElement;
        return b;
    };
    const ownText = block => {
        const copy = block.cloneNode(true);
        copy.querySelectorAll('a, button').forEach(t => t.remove());
        return copy.textContent.replace(/\s+/g, '');
    };
    const out = [];
    let checked = 0;
    for (const el of document.querySelectorAll('button, a[href]')) {
        if (el.classList.contains('skip-link')) continue; // measured when focused
        const popover = el.closest('[popover]');
        if (inPopover ? !(popover && popover.matches(':popover-open')) : popover) continue;
        // Regions far from the viewport skip rendering (content-visibility: auto);
        // their targets still count, and measuring them lays them out.
        if (!el.checkVisibility({ contentVisibilityAuto: false, visibilityProperty: true })) continue;
        checked++;
        const r = el.getBoundingClientRect();
        if (r.width >= 24 && r.height >= 24) continue;
        const block = blockOf(el);
        const inline = getComputedStyle(el).display.startsWith('inline');
        if (inline && block && TEXT_BLOCKS.has(block.tagName) && ownText(block).length > 0) continue;
        const where = el.parentElement.closest('[id]');
        out.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 32)}" `
            + `${r.width.toFixed(1)}x${r.height.toFixed(1)} in <${block ? block.tagName.toLowerCase() + '.' + block.className : '?'}> `
            + `(inside #${where ? where.id : '?'})`);
    }
    return { checked, small: out };
}"#;

/// WCAG 2.5.8 Target Size (Minimum): every button and link outside running
/// text is at least 24×24 CSS px.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn targets_are_at_least_24px() -> Result {
    let mut report = Vec::new();
    for (width, height) in [(1280, 900), (320, 800)] {
        let e2e = start(width, height).await?;
        load(&e2e, "").await?;
        expand_everything(&e2e).await?;
        // Close the popover so it does not cover anything (its links are measured while open below).
        e2e.press(Key::Escape).await?;
        let small = e2e.js(&format!("({TARGETS_JS})(false)")).await?;
        let checked = small["checked"].as_u64().unwrap_or(0);
        assert!(
            checked > 50,
            "{width}px: only {checked} targets were measured"
        );
        // The skip link, when it has focus.
        e2e.client
            .execute("document.querySelector('.skip-link').focus()", vec![])
            .await?;
        let skip = e2e
            .js("(() => { const r = document.querySelector('.skip-link').getBoundingClientRect(); return [r.width, r.height, r.top]; })()")
            .await?;
        // Links inside a popover, while it is open.
        e2e.click("#timeline .popover-trigger").await?;
        e2e.wait_until("document.querySelector('.popover:popover-open')", WAIT)
            .await?;
        let popover_small = e2e.js(&format!("({TARGETS_JS})(true)")).await?;
        let mut failures: Vec<String> = serde_json::from_value(small["small"].clone())?;
        failures.extend(serde_json::from_value::<Vec<String>>(
            popover_small["small"].clone(),
        )?);
        let skip: Vec<f64> = serde_json::from_value(skip)?;
        if skip[0] < 24.0 || skip[1] < 24.0 || skip[2] < 0.0 {
            failures.push(format!(
                "focused skip link {:.1}x{:.1} at top {:.1}",
                skip[0], skip[1], skip[2]
            ));
        }
        if !failures.is_empty() {
            report.push(format!(
                "{width}px: {} target(s) smaller than 24x24 CSS px (of {checked}):\n  {}",
                failures.len(),
                failures.join("\n  ")
            ));
        }
        e2e.assert_quiet_console().await?;
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
    Ok(())
}

/// WCAG 2.4.7 Focus Visible: Tab through the whole page; every control that
/// gets focus matches `:focus-visible` and draws an outline.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn keyboard_focus_is_always_visible() -> Result {
    // Open one section and one goal (by a shared link, so the page loads
    // fresh and Tab starts from the top) so their contents are in the tab order too.
    let data = data();
    let section = data["sections"][0]["id"].as_str().unwrap().to_owned();
    let goal = data["goals"][0]["id"].as_str().unwrap().to_owned();
    let e2e = start(1280, 900).await?;
    load(&e2e, &format!("open={section},{goal}")).await?;
    e2e.wait_until(
        &format!("!document.getElementById('{section}-panel').hidden && !document.getElementById('{goal}-details').hidden"),
        WAIT,
    )
    .await?;

    let mut seen = 0usize;
    let mut failures = Vec::new();
    let mut first: Option<Value> = None;
    for _ in 0..1500 {
        e2e.press(Key::Tab).await?;
        let v = e2e
            .js(r#"(() => {
                const el = document.activeElement;
                if (!el || el === document.body || el === document.documentElement) return { done: true };
                if (!el.dataset.e2eKey) el.dataset.e2eKey = String(Math.random());
                const cs = getComputedStyle(el);
                const r = el.getBoundingClientRect();
                return {
                    key: el.dataset.e2eKey,
                    label: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className} "${el.textContent.trim().slice(0, 30)}"`,
                    focusVisible: el.matches(':focus-visible'),
                    outline: cs.outlineStyle + ' ' + cs.outlineWidth + ' ' + cs.outlineColor,
                    shows: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0,
                    onScreen: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
                };
            })()"#)
            .await?;
        if v["done"] == json!(true) {
            break;
        }
        if first.as_ref().is_some_and(|f| f["key"] == v["key"]) {
            break; // wrapped round
        }
        if first.is_none() {
            first = Some(v.clone());
        }
        seen += 1;
        let label = v["label"].as_str().unwrap_or("?");
        if v["focusVisible"] != json!(true) {
            failures.push(format!("{label}: not :focus-visible"));
        }
        if v["shows"] != json!(true) {
            failures.push(format!("{label}: no outline ({})", v["outline"]));
        }
        if v["onScreen"] != json!(true) {
            failures.push(format!("{label}: focused but not scrolled on screen"));
        }
    }
    assert!(seen > 50, "Tab reached only {seen} controls");
    assert!(
        first
            .as_ref()
            .is_some_and(|f| f["label"].as_str().unwrap_or("").contains("skip-link")),
        "the first Tab stop is not the skip link: {first:?}"
    );
    assert!(
        failures.is_empty(),
        "{} of {seen} focus stops had no visible focus indicator:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
    e2e.assert_quiet_console().await?;
    Ok(())
}

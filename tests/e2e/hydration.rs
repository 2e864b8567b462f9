//! The prerendered page: readable without JavaScript, hydrated without
//! rebuilding, and steady under a long random walk of reader actions.

use std::time::Duration;

use fantoccini::key::Key;
use fantoccini::Locator;
use serde_json::{json, Value};

use crate::harness::{E2e, Result};
use crate::reader::data;

fn count(list: &Value) -> usize {
    list.as_array().map_or(0, Vec::len)
}

/// With scripts disabled the whole explainer is there and visible: every
/// goal with its verdict and reasons, every event, every section paragraph;
/// and no button is shown that would need scripts to work.
#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn without_javascript_everything_is_readable() -> Result {
    let e2e = E2e::start_without_javascript(390, 844).await?;
    let seen = e2e
        .js("(() => {
               const shown = el => el.checkVisibility({ contentVisibilityAuto: false });
               const all = css => [...document.querySelectorAll(css)];
               return {
                 js: document.documentElement.classList.contains('js'),
                 goals: all('#scorecard .goal').filter(shown).length,
                 verdicts: all('#scorecard .goal .verdict-badge').filter(shown).length,
                 reasons: all('#scorecard .goal__details').filter(shown).length,
                 events: all('#timeline .event').filter(shown).length,
                 sections: all('#sections .explainer-section__panel').filter(shown).length,
                 paragraphs: all('#sections .explainer-section__content > p').filter(shown).length,
                 scriptButtons: all('button:not([popovertarget])').filter(shown)
                   .map(b => b.outerHTML.slice(0, 120)),
                 hydrated: document.documentElement.hasAttribute('data-hydrated'),
               };
             })()")
        .await?;
    let data = data();
    let goals = count(&data["goals"]);
    let body_paragraphs: usize = data["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| count(&s["body"]))
        .sum();
    assert_eq!(seen["js"], json!(false), "scripts ran: {seen}");
    assert_eq!(seen["hydrated"], json!(false), "the app ran: {seen}");
    assert_eq!(seen["goals"], json!(goals), "{seen}");
    assert_eq!(seen["verdicts"], json!(goals), "{seen}");
    assert_eq!(seen["reasons"], json!(goals), "{seen}");
    assert_eq!(seen["events"], json!(count(&data["timeline"])), "{seen}");
    assert_eq!(seen["sections"], json!(count(&data["sections"])), "{seen}");
    assert!(
        seen["paragraphs"].as_u64().unwrap() as usize >= body_paragraphs,
        "{seen}"
    );
    assert_eq!(
        seen["scriptButtons"],
        json!([]),
        "buttons that need scripts: {seen}"
    );
    Ok(())
}

/// Records every element added or removed in the document from before the
/// first script runs: hydration must attach to the prerendered DOM, not
/// rebuild it.
///
/// Additions count from the end of parsing on. The parser's own last
/// insertions may still be queued when `DOMContentLoaded` fires, so they are
/// taken (and not counted) before the mark is set.
const MUTATIONS_JS: &str = "{
  window.__mutations = { added: [], removed: [] };
  const record = records => {
    for (const r of records) {
      for (const n of r.addedNodes)
        if (n.nodeType === 1 && document.documentElement.hasAttribute('data-parsed'))
          window.__mutations.added.push(n.outerHTML.slice(0, 100));
      for (const n of r.removedNodes)
        if (n.nodeType === 1) window.__mutations.removed.push(n.outerHTML.slice(0, 100));
    }
  };
  const observer = new MutationObserver(record);
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    record(observer.takeRecords());
    document.documentElement.setAttribute('data-parsed', '');
  });
}";

#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn hydration_keeps_the_prerendered_page() -> Result {
    let e2e = E2e::start().await?;
    e2e.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": MUTATIONS_JS }),
    )?;
    // A deep link: its view is applied after hydration, as attribute changes.
    let goal = data()["goals"][0]["id"].as_str().unwrap().to_owned();
    e2e.open_fragment(&e2e.root_url(), &format!("{goal}&theme=economy"))
        .await?;
    let mutations = e2e.js("window.__mutations").await?;
    assert_eq!(
        mutations["removed"],
        json!([]),
        "elements removed: {mutations}"
    );
    assert_eq!(mutations["added"], json!([]), "elements added: {mutations}");
    assert_eq!(
        e2e.attr(&format!("#{goal}-button"), "aria-expanded")
            .await?
            .as_deref(),
        Some("true"),
        "the deep link's goal is open"
    );
    // The first click works at once.
    let section = data()["sections"][0]["id"].as_str().unwrap().to_owned();
    e2e.client
        .find(Locator::Css(&format!("#{section}-button")))
        .await?
        .click()
        .await?;
    e2e.wait_until(
        &format!(
            "document.querySelector('#{section}-button').getAttribute('aria-expanded') === 'true'"
        ),
        Duration::from_secs(5),
    )
    .await?;
    e2e.assert_quiet_console().await?;
    Ok(())
}

/// A small deterministic generator (xorshift64*), so a failing walk replays.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Checks that the URL and the DOM agree and that every reference resolves;
/// returns the problems found (empty when all is well).
const INVARIANTS_JS: &str = "
  const problems = [];
  const frag = decodeURIComponent(location.hash.replace(/^#/, ''));
  const list = key => {
    const part = frag.split('&').find(p => p.startsWith(key + '='));
    return part ? part.slice(key.length + 1).split(',').filter(Boolean).sort() : [];
  };
  const open = list('open');
  for (const b of document.querySelectorAll('button.disclosure-button')) {
    const id = b.id.replace(/-button$/, '');
    const expanded = b.getAttribute('aria-expanded') === 'true';
    if (expanded !== open.includes(id)) problems.push(`${id}: aria-expanded=${expanded}, open=${open}`);
  }
  const pressed = css => [...document.querySelectorAll(css)]
    .filter(b => b.getAttribute('aria-pressed') === 'true');
  const themes = pressed('button.theme-filter').map(b => b.dataset.theme).sort();
  if (themes.join() !== list('theme').join()) problems.push(`themes pressed ${themes}, URL ${list('theme')}`);
  const verdicts = pressed('button.verdict-filter').map(b => b.dataset.verdict).sort();
  if (verdicts.join() !== list('verdict').join()) problems.push(`verdicts pressed ${verdicts}, URL ${list('verdict')}`);
  for (const el of document.querySelectorAll('[aria-controls]'))
    for (const id of el.getAttribute('aria-controls').split(/\\s+/))
      if (!document.getElementById(id)) problems.push(`aria-controls ${id} names nothing`);
  for (const a of document.querySelectorAll('a[href^=\"#\"]')) {
    const id = a.getAttribute('href').slice(1);
    if (!document.getElementById(id)) problems.push(`link #${id} names nothing`);
  }
  return problems;
";

/// Picks a visible control at random (seeded by `arguments[0]`), marks it
/// for the driver to click, and says what it is.
const PICK_JS: &str = "
  for (const el of document.querySelectorAll('[data-walk]')) el.removeAttribute('data-walk');
  const controls = [...document.querySelectorAll('button, a[href^=\"#\"]')]
    .filter(el => el.checkVisibility() && el.getClientRects().length > 0);
  if (controls.length === 0) return null;
  const el = controls[arguments[0] % controls.length];
  el.setAttribute('data-walk', '');
  return (el.id ? '#' + el.id : el.tagName.toLowerCase() + '.' + el.className.split(' ')[0])
    + ' \"' + el.textContent.trim().slice(0, 40) + '\"';
";

#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn a_long_random_walk_keeps_url_and_page_in_step() -> Result {
    let seed: u64 = std::env::var("WALK_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5EED_2026);
    let steps: usize = std::env::var("WALK_STEPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(500);
    let e2e = E2e::start().await?;
    crate::reader::reduce_motion(&e2e, false)?;
    e2e.open_root().await?;
    let data = data();
    let mut ids: Vec<String> = Vec::new();
    for kind in ["goals", "timeline", "sections", "people", "glossary"] {
        for item in data[kind].as_array().unwrap() {
            ids.push(item["id"].as_str().unwrap().to_owned());
        }
    }
    let fragments = |rng: &mut Rng| -> String {
        match rng.below(6) {
            0 => "nothing-here".into(),
            1 => "open=nope&theme=weather&verdict=maybe".into(),
            2 => format!("{}&theme=economy,maritime", ids[rng.below(ids.len())]),
            3 => format!(
                "open={},{}",
                ids[rng.below(ids.len())],
                ids[rng.below(ids.len())]
            ),
            4 => "verdict=deferred,not-achieved".into(),
            _ => ids[rng.below(ids.len())].clone(),
        }
    };
    let mut rng = Rng(seed);
    let mut log: Vec<String> = Vec::new();
    let fail = |log: &[String], why: String| -> Result {
        let last = &log[log.len().saturating_sub(15)..];
        Err(format!(
            "random walk failed (replay with WALK_SEED={seed} WALK_STEPS={}): {why}\nlast actions:\n  {}",
            log.len(),
            last.join("\n  ")
        )
        .into())
    };
    for step in 1..=steps {
        let action = match rng.below(20) {
            0..=10 => {
                let pick = rng.next() % 100_000;
                match e2e.client.execute(PICK_JS, vec![json!(pick)]).await? {
                    Value::String(what) => {
                        // A control covered by a popover just misses, as a reader's click would.
                        let clicked = match e2e.client.find(Locator::Css("[data-walk]")).await {
                            Ok(el) => el.click().await.is_ok(),
                            Err(_) => false,
                        };
                        format!("click {what}{}", if clicked { "" } else { " (missed)" })
                    }
                    _ => "click (nothing visible)".into(),
                }
            }
            11 | 12 => {
                let key = [Key::Enter, Key::Escape, Key::Tab][rng.below(3)];
                let name = format!("{key:?}");
                let active = e2e.client.active_element().await?;
                let _ = active.send_keys(&char::from(key).to_string()).await;
                format!("key {name}")
            }
            13 => {
                let _ = active_space(&e2e).await;
                "key Space".into()
            }
            14 | 15 => {
                let fragment = fragments(&mut rng);
                e2e.goto_fragment(&fragment).await?;
                format!("fragment #{fragment}")
            }
            16 => {
                e2e.client.back().await?;
                "back".into()
            }
            17 => {
                e2e.client.forward().await?;
                "forward".into()
            }
            _ => {
                let width = [320, 390, 768, 1280][rng.below(4)];
                e2e.client.set_window_size(width, 900).await?;
                format!("resize to {width}")
            }
        };
        log.push(format!("{step}: {action}"));
        if step % 10 == 0 || step == steps {
            // Let pending views (applied a frame after a click) catch up.
            e2e.js("new Promise(r => requestAnimationFrame(() => setTimeout(r, 50)))")
                .await?;
            if !e2e
                .js("document.documentElement.hasAttribute('data-hydrated')")
                .await?
                .as_bool()
                .unwrap_or(false)
            {
                // Back or Forward left the page (its first entry): come back.
                e2e.open_root().await?;
                log.push(format!("{step}: (reopened the page)"));
            }
            let problems = e2e.client.execute(INVARIANTS_JS, vec![]).await?;
            if problems.as_array().is_some_and(|p| !p.is_empty()) {
                return fail(&log, format!("the page and URL disagree: {problems}"));
            }
            if let Err(error) = e2e.assert_quiet_console().await {
                return fail(&log, error.to_string());
            }
        }
    }
    Ok(())
}

/// Space on the focused element, as a keyboard reader presses it.
async fn active_space(e2e: &E2e) -> Result {
    e2e.client.active_element().await?.send_keys(" ").await?;
    Ok(())
}

//! The scorecard reads verdict first: rows in verdict order, each with its
//! verdict and a gist visible while collapsed, in about half the height it
//! used to take; the tally bar is the verdict filter.

use std::time::Duration;

use serde_json::{json, Value};

use crate::harness::Result;
use crate::reader::{data, load, start, wait_attr, wait_fragment};

/// The collapsed scorecard's height at 390×844 with the title-first cards
/// (release build of 0b15946, measured with headless Chromium).
const BASELINE_PX: f64 = 2220.0;

/// Verdict slugs and their words, in the scorecard's order (`Verdict::ALL`).
const VERDICTS: [(&str, &str); 5] = [
    ("achieved", "Achieved"),
    ("partly-achieved", "Partly achieved"),
    ("deferred", "Deferred"),
    ("too-early", "Too early to tell"),
    ("not-achieved", "Not achieved"),
];

fn place(slug: &str) -> usize {
    VERDICTS
        .iter()
        .position(|(s, _)| *s == slug)
        .unwrap_or_else(|| panic!("unknown verdict {slug}"))
}

/// What a reader sees of each goal row, top to bottom.
const ROWS_JS: &str = "[...document.querySelectorAll('#scorecard li.goal')].map(li => {
    const gist = li.querySelector('.goal__gist');
    const r = gist ? gist.getBoundingClientRect() : null;
    return {
      id: li.id,
      verdict: li.querySelector('.verdict-badge').className.match(/verdict--([a-z-]+)/)[1],
      hidden: li.hidden,
      heading: li.querySelector('h3').innerText.replace(/\\s+/g, ' ').trim(),
      gist: gist ? gist.innerText.trim() : '',
      gistShown: !!r && r.height > 0 && gist.checkVisibility(),
      expanded: li.querySelector('h3 > button').getAttribute('aria-expanded'),
    };
  })";

#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn the_collapsed_scorecard_reads_verdict_first_in_about_half_the_height() -> Result {
    let e2e = start(390, 844).await?;
    load(&e2e, "").await?;
    let height = e2e
        .js("document.getElementById('scorecard').getBoundingClientRect().height")
        .await?
        .as_f64()
        .unwrap_or(f64::MAX);
    assert!(
        height <= BASELINE_PX * 0.55,
        "the collapsed scorecard is {height:.0} px tall at 390 px, over 55 % of {BASELINE_PX} px"
    );

    let data = data();
    let goals = data["goals"].as_array().unwrap();
    let rows: Vec<Value> = serde_json::from_value(e2e.js(ROWS_JS).await?)?;
    assert_eq!(rows.len(), goals.len());
    let file_index = |id: &str| goals.iter().position(|g| g["id"] == json!(id)).unwrap();
    for pair in rows.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let (va, vb) = (
            place(a["verdict"].as_str().unwrap()),
            place(b["verdict"].as_str().unwrap()),
        );
        assert!(
            va < vb
                || (va == vb
                    && file_index(a["id"].as_str().unwrap())
                        < file_index(b["id"].as_str().unwrap())),
            "goals out of verdict order: {} before {}",
            a["id"],
            b["id"]
        );
    }
    for row in &rows {
        let id = row["id"].as_str().unwrap();
        let goal = &goals[file_index(id)];
        assert_eq!(row["verdict"], goal["verdict"], "{id}");
        assert_eq!(row["expanded"], json!("false"), "{id} starts collapsed");
        let word = VERDICTS[place(goal["verdict"].as_str().unwrap())].1;
        let heading = row["heading"].as_str().unwrap();
        assert!(
            heading.contains(word),
            "{id}: the row's heading {heading:?} does not show {word:?}"
        );
        assert_eq!(row["gist"], goal["gist"], "{id}: gist");
        assert_eq!(
            row["gistShown"],
            json!(true),
            "{id}: gist not visible while collapsed"
        );
    }
    e2e.assert_quiet_console().await?;
    Ok(())
}

#[tokio::test]
#[ignore = "browser layer: run with make test-e2e"]
async fn pressing_a_tally_part_filters_goals_and_the_url() -> Result {
    let e2e = start(390, 844).await?;
    load(&e2e, "").await?;
    let data = data();
    let goals = data["goals"].as_array().unwrap();
    let verdict = "not-achieved";
    let count = goals
        .iter()
        .filter(|g| g["verdict"] == json!(verdict))
        .count();
    let part = format!("#scorecard .tally-bar button.verdict-filter[data-verdict=\"{verdict}\"]");
    let name = e2e
        .js(&format!(
            "document.getElementById(document.querySelector({}).getAttribute('aria-labelledby')).textContent",
            json!(part)
        ))
        .await?;
    assert_eq!(
        name,
        json!(format!("Not achieved, {count} goals")),
        "the part's name in words"
    );
    assert_eq!(
        e2e.text("#scorecard .filter-status").await?,
        "",
        "no status before filtering"
    );

    e2e.click(&part).await?;
    wait_attr(&e2e, &part, "aria-pressed", Some("true")).await?;
    wait_fragment(&e2e, "to carry verdict=not-achieved", |f| {
        f.split('&').any(|p| p == format!("verdict={verdict}"))
    })
    .await?;
    e2e.wait_until(
        &format!(
            "[...document.querySelectorAll('#scorecard li.goal')].every(li => li.hidden === !li.querySelector('.verdict--' + {}))",
            json!(verdict)
        ),
        Duration::from_secs(5),
    )
    .await
    .map_err(|e| format!("only {verdict} goals should show: {e}"))?;
    assert_eq!(
        e2e.text("#scorecard .filter-status").await?,
        format!("Showing {count} of {} goals.", goals.len())
    );

    // The URL's view presses the same part on a fresh load.
    load(&e2e, &format!("verdict={verdict}")).await?;
    wait_attr(&e2e, &part, "aria-pressed", Some("true")).await?;

    // "Show all goals" clears the filter and hands focus to the bar.
    e2e.click("#scorecard .tally .text-button").await?;
    e2e.wait_until(
        "document.activeElement.matches('#scorecard .tally-bar button.verdict-filter') \
         && ![...document.querySelectorAll('#scorecard li.goal')].some(li => li.hidden)",
        Duration::from_secs(5),
    )
    .await
    .map_err(|e| format!("focus was not on a tally part after Show all: {e}"))?;
    wait_fragment(&e2e, "to drop verdict=", |f| !f.contains("verdict=")).await?;
    assert_eq!(e2e.text("#scorecard .filter-status").await?, "");
    e2e.assert_quiet_console().await?;
    Ok(())
}

#![cfg_attr(feature = "hydrate", allow(unused_imports, dead_code))]

use leptos::prelude::*;

use crate::data::{Goal, Verdict};
use crate::state::use_explainer;

/// A count as a reader says it: "four", not "4" (up to twenty).
pub fn count_in_words(n: usize) -> String {
    const WORDS: [&str; 21] = [
        "no",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_owned())
}

/// The goals grouped by verdict, in scorecard order; verdicts no goal has
/// are left out.
pub fn goals_by_verdict(goals: &[Goal]) -> Vec<(Verdict, Vec<&Goal>)> {
    Verdict::ALL
        .into_iter()
        .map(|v| {
            (
                v,
                goals.iter().filter(|g| g.verdict == v).collect::<Vec<_>>(),
            )
        })
        .filter(|(_, goals)| !goals.is_empty())
        .collect()
}

/// "Eleven goals: one achieved, three partly achieved, …".
pub fn tally_in_words(goals: &[Goal]) -> String {
    let parts: Vec<String> = goals_by_verdict(goals)
        .iter()
        .map(|(v, goals)| {
            // ASCII only: `to_lowercase` ships Unicode case tables.
            format!(
                "{} {}",
                count_in_words(goals.len()),
                v.label().to_ascii_lowercase()
            )
        })
        .collect();
    let total = count_in_words(goals.len());
    let mut total = total.into_bytes();
    total[0] = total[0].to_ascii_uppercase();
    format!(
        "{} goals: {}.",
        String::from_utf8(total).unwrap_or_default(),
        parts.join(", ")
    )
}

/// Every goal by verdict, on the first screen: each a link to its goal on
/// the scorecard, the counts in words. Static content: see `static_content`.
#[component]
pub fn VerdictStrip() -> impl IntoView {
    static_content!(section [class="verdict-strip" aria-labelledby="verdict-strip-heading"] {
        let goals = &use_explainer().data.goals;
        let groups = goals_by_verdict(goals)
            .into_iter()
            .map(|(verdict, goals)| {
                view! {
                    <li class=format!("verdict-strip__group verdict--{}", verdict.slug())>
                        <span class="verdict-strip__verdict">
                            <span class="verdict-symbol" aria-hidden="true">{verdict.symbol()}</span>
                            " " {verdict.label()}
                        </span>
                        <ul class="verdict-strip__goals">
                            {goals
                                .into_iter()
                                .map(|goal| view! { <li><a href=format!("#{}", goal.id)>{&*goal.short}</a></li> })
                                .collect_view()}
                        </ul>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2 id="verdict-strip-heading" class="verdict-strip__heading">{tally_in_words(goals)}</h2>
            <ul class="verdict-strip__groups">{groups}</ul>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Explainer;

    #[test]
    fn counts_read_as_words() {
        assert_eq!(count_in_words(0), "no");
        assert_eq!(count_in_words(4), "four");
        assert_eq!(count_in_words(11), "eleven");
        assert_eq!(count_in_words(21), "21");
    }

    #[test]
    fn every_goal_is_in_one_group_in_scorecard_order() {
        let goals = &Explainer::embedded().goals;
        let groups = goals_by_verdict(goals);
        assert_eq!(
            groups.iter().map(|(_, g)| g.len()).sum::<usize>(),
            goals.len()
        );
        let order: Vec<usize> = groups
            .iter()
            .map(|(v, _)| Verdict::ALL.iter().position(|a| a == v).unwrap())
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
        for (verdict, goals) in groups {
            assert!(goals.iter().all(|g| g.verdict == verdict));
        }
    }

    #[test]
    fn the_tally_is_in_words() {
        let goals = &Explainer::embedded().goals;
        let words = tally_in_words(goals);
        let total = count_in_words(goals.len());
        let total = total[..1].to_ascii_uppercase() + &total[1..];
        assert!(words.starts_with(&format!("{total} goals: ")), "{words}");
        assert!(!words.chars().any(|c| c.is_ascii_digit()), "{words}");
    }
}

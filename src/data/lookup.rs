//! Looking things up in the content: every `impl Explainer` query in one place.

use super::model::{Event, Explainer, Goal, Theme, Verdict};
use super::validate::ItemKind;

impl Explainer {
    pub fn goal(&self, id: &str) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.timeline.iter().find(|e| e.id == id)
    }

    /// The goals in scorecard order: by verdict, in the order of
    /// `Verdict::ALL` (the tally bar's order), and within a verdict in the
    /// data file's order.
    pub fn goals_in_verdict_order(goals: &[Goal]) -> Vec<&Goal> {
        // One pass per verdict rather than a sort: a stable sort costs
        // kilobytes of wasm, this a few bytes.
        Verdict::ALL
            .iter()
            .flat_map(|v| goals.iter().filter(move |g| g.verdict == *v))
            .collect()
    }

    /// How many goals have each verdict, in scorecard order (zeros included).
    pub fn verdict_tally(&self) -> Vec<(Verdict, usize)> {
        Verdict::ALL
            .into_iter()
            .map(|v| (v, self.goals.iter().filter(|g| g.verdict == v).count()))
            .collect()
    }

    /// How many events carry each theme; themes no event uses are left out.
    pub fn theme_counts(&self) -> Vec<(Theme, usize)> {
        Theme::ALL
            .into_iter()
            .map(|t| {
                (
                    t,
                    self.timeline
                        .iter()
                        .filter(|e| e.themes.contains(&t))
                        .count(),
                )
            })
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    /// Goals a section discusses, in scorecard order.
    pub fn goals_in_section<'a>(&'a self, section: &'a str) -> impl Iterator<Item = &'a Goal> + 'a {
        self.goals.iter().filter(move |g| g.section == section)
    }

    /// What kind of item an id names, if any.
    pub fn kind_of(&self, id: &str) -> Option<ItemKind> {
        if self.sections.iter().any(|s| s.id == id) {
            Some(ItemKind::Section)
        } else if self.timeline.iter().any(|e| e.id == id) {
            Some(ItemKind::Event)
        } else if self.goals.iter().any(|g| g.id == id) {
            Some(ItemKind::Goal)
        } else if self.people.iter().any(|p| p.id == id) {
            Some(ItemKind::Person)
        } else if self.glossary.iter().any(|t| t.id == id) {
            Some(ItemKind::Term)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> &'static Explainer {
        Explainer::embedded()
    }

    #[test]
    fn goals_are_ordered_by_verdict_then_by_the_file() {
        let place = |v: Verdict| Verdict::ALL.iter().position(|a| *a == v).unwrap();
        // Reversed, so the file's own order cannot pass by accident.
        let goals: Vec<Goal> = data().goals.iter().rev().cloned().collect();
        let ordered = Explainer::goals_in_verdict_order(&goals);
        assert_eq!(ordered.len(), goals.len());
        for goal in &goals {
            assert_eq!(
                ordered.iter().filter(|g| g.id == goal.id).count(),
                1,
                "{}",
                goal.id
            );
        }
        for pair in ordered.windows(2) {
            let (a, b) = (place(pair[0].verdict), place(pair[1].verdict));
            assert!(a <= b, "{} before {}", pair[0].id, pair[1].id);
            if a == b {
                let index = |id: &str| goals.iter().position(|g| g.id == id).unwrap();
                assert!(
                    index(&pair[0].id) < index(&pair[1].id),
                    "stable within a verdict"
                );
            }
        }
        // The scorecard reads best outcome first: achieved before not achieved.
        let first = ordered.iter().position(|g| g.verdict == Verdict::Achieved);
        let last = ordered
            .iter()
            .rposition(|g| g.verdict == Verdict::NotAchieved);
        assert!(first.zip(last).is_some_and(|(f, l)| f < l));
    }

    #[test]
    fn tally_counts_every_goal_once() {
        let tally = data().verdict_tally();
        assert_eq!(tally.len(), Verdict::ALL.len());
        assert_eq!(
            tally.iter().map(|(_, n)| n).sum::<usize>(),
            data().goals.len()
        );
        for (verdict, count) in tally {
            assert_eq!(
                count,
                data().goals.iter().filter(|g| g.verdict == verdict).count()
            );
        }
    }

    #[test]
    fn theme_counts_match_the_events() {
        let counts = data().theme_counts();
        assert!(!counts.is_empty());
        for (theme, count) in counts {
            assert!(count > 0);
            assert_eq!(
                count,
                data()
                    .timeline
                    .iter()
                    .filter(|e| e.themes.contains(&theme))
                    .count()
            );
        }
    }
}

//! Looking things up in the content: every `impl Explainer` query in one place.

use super::model::{Event, Explainer, Goal, Person, Theme, Verdict};
use super::rich_text::{parse_inline, Inline};
use super::validate::ItemKind;

impl Explainer {
    pub fn goal(&self, id: &str) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.timeline.iter().find(|e| e.id == id)
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

    /// The person most timeline events name, if at least half of them do:
    /// the story's protagonist, whom the event cards do not list.
    pub fn protagonist(&self) -> Option<&str> {
        let count = |id: &str| {
            self.timeline
                .iter()
                .filter(|e| e.people.iter().any(|p| p == id))
                .count()
        };
        self.people
            .iter()
            .map(|p| (count(&p.id), &*p.id))
            .max()
            .filter(|(n, _)| *n > 0 && 2 * n >= self.timeline.len())
            .map(|(_, id)| id)
    }

    /// The people an event's card lists: those it names, except the
    /// protagonist and anyone its description already names (who is a
    /// button there). Unknown ids are left out.
    pub fn people_to_list(&self, event: &Event) -> Vec<&Person> {
        let protagonist = self.protagonist();
        let in_prose: Vec<&str> = parse_inline(&event.description)
            .into_iter()
            .filter_map(|run| match run {
                Inline::Person { id, .. } => Some(id),
                _ => None,
            })
            .collect();
        event
            .people
            .iter()
            .filter(|id| Some(&***id) != protagonist && !in_prose.contains(&&***id))
            .filter_map(|id| self.people.iter().find(|p| p.id == *id))
            .collect()
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

    #[test]
    fn the_protagonist_is_in_at_least_half_the_events() {
        let id = data().protagonist().expect("someone is in most events");
        let named = data()
            .timeline
            .iter()
            .filter(|e| e.people.iter().any(|p| p == id))
            .count();
        assert!(2 * named >= data().timeline.len(), "{id}: {named}");
    }

    #[test]
    fn cards_list_no_protagonist_and_no_one_their_prose_names() {
        let protagonist = data().protagonist();
        for event in data().timeline.iter() {
            let listed = data().people_to_list(event);
            let prose = parse_inline(&event.description);
            for person in listed {
                assert_ne!(Some(&*person.id), protagonist, "{}", event.id);
                assert!(event.people.contains(&person.id), "{}", event.id);
                assert!(
                    !prose.iter().any(|run| run.target() == Some(&*person.id)),
                    "{}: {} is already a button in the prose",
                    event.id,
                    person.id
                );
            }
        }
    }
}

//! The pieces of the page a reader can change, each hydrated on its own.
//!
//! The browser does not hydrate the page as one tree: walking all of it in
//! one go is one long task, during which the page cannot answer a tap. It
//! hydrates these pieces one after another, a few per task (`src/main.rs`),
//! and leaves everything around them (region headings and intros, the lists
//! that hold the pieces, masthead, people, glossary, source notes, popovers)
//! as the static HTML the prerender wrote.
//!
//! Each piece is a component of the page whose root is an element of the
//! prerendered HTML (the theme filter's root is two siblings: the filter and
//! its status). Whatever in the scorecard, timeline or sections reacts to the
//! reader must be inside one of them, or it stays static. Native tests
//! (`tests/prerender.rs`) find every control of the three regions inside a
//! piece, and every element that a change of view changes; the e2e tests'
//! random walk presses every control.

use crate::data::{Event, Explainer, Goal, Section};

/// One piece of the page that comes alive on its own.
#[derive(Clone, Copy, Debug)]
pub enum LivePiece {
    /// The tally bar, which is the verdict filter.
    VerdictTally,
    Goal(&'static Goal),
    /// The theme filter and its status line.
    ThemeFilter,
    Event(&'static Event),
    /// The timeline at a glance, whose marks follow the theme filter.
    TimelineOverview,
    ShowAllSections,
    Section(&'static Section),
}

/// Where a piece's root element is in the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PieceRoot {
    /// The element with this id.
    Id(&'static str),
    /// The one element with this class.
    Class(&'static str),
}

impl LivePiece {
    /// Every live piece, region by region in page order. Within a region
    /// the filter or "Show all" comes after the items it changes: a reader
    /// who presses it as soon as it is alive changes only items that are
    /// alive too, which then follow (an item hydrated after the view changed
    /// would keep the prerendered state until the next change).
    pub fn all(data: &'static Explainer) -> Vec<LivePiece> {
        let goals = Explainer::goals_in_verdict_order(&data.goals);
        goals
            .into_iter()
            .map(Self::Goal)
            .chain([Self::VerdictTally])
            .chain(data.timeline.iter().map(Self::Event))
            .chain([Self::TimelineOverview, Self::ThemeFilter])
            .chain(data.sections.iter().map(Self::Section))
            .chain([Self::ShowAllSections])
            .collect()
    }

    pub fn root(self) -> PieceRoot {
        match self {
            Self::VerdictTally => PieceRoot::Class("tally"),
            Self::Goal(goal) => PieceRoot::Id(&goal.id),
            Self::ThemeFilter => PieceRoot::Class("filter-group"),
            Self::Event(event) => PieceRoot::Id(&event.id),
            Self::TimelineOverview => PieceRoot::Class("overview"),
            Self::ShowAllSections => PieceRoot::Class("sections__toggle-all"),
            Self::Section(section) => PieceRoot::Id(&section.id),
        }
    }

    /// How many sibling elements, from the root on, the piece's component
    /// renders: the theme filter is the filter and its status line.
    pub fn root_count(self) -> usize {
        match self {
            Self::ThemeFilter => 2,
            _ => 1,
        }
    }

    /// Hydrates the piece's component at its root element, under the
    /// current owner; its listeners and effects stay for the page's life. A
    /// page without that element (a broken deployment) keeps the piece as
    /// static HTML.
    #[cfg(feature = "hydrate")]
    pub fn hydrate(self) {
        use leptos::prelude::*;
        use leptos::tachys::hydration::Cursor;
        use leptos::tachys::view::{Position, PositionState, RenderHtml};

        use super::explainer_section::ExplainerSection;
        use super::goal_card::GoalCard;
        use super::section_list::ShowAllSections;
        use super::theme_filter::ThemeFilter;
        use super::timeline_event::TimelineEvent;
        use super::timeline_overview::TimelineOverview;
        use super::verdict_tally::VerdictTally;

        fn at(view: impl RenderHtml, root: web_sys::Element) {
            let state =
                view.hydrate::<true>(&Cursor::new(root), &PositionState::new(Position::Current));
            std::mem::forget(state);
        }
        let document = document();
        let root = match self.root() {
            PieceRoot::Id(id) => document.get_element_by_id(id),
            PieceRoot::Class(class) => document.query_selector(&format!(".{class}")).ok().flatten(),
        };
        let Some(root) = root else {
            return;
        };
        match self {
            Self::VerdictTally => at(view! { <VerdictTally /> }, root),
            Self::Goal(goal) => at(view! { <GoalCard goal /> }, root),
            Self::ThemeFilter => at(view! { <ThemeFilter /> }, root),
            Self::Event(event) => at(view! { <TimelineEvent event /> }, root),
            Self::TimelineOverview => at(view! { <TimelineOverview /> }, root),
            Self::ShowAllSections => at(view! { <ShowAllSections /> }, root),
            Self::Section(section) => at(view! { <ExplainerSection section /> }, root),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_control_comes_alive_after_the_items_it_changes() {
        let pieces = LivePiece::all(Explainer::embedded());
        let last = |is: fn(&LivePiece) -> bool| pieces.iter().rposition(is).unwrap();
        let first = |is: fn(&LivePiece) -> bool| pieces.iter().position(is).unwrap();
        assert!(
            last(|p| matches!(p, LivePiece::Goal(_)))
                < first(|p| matches!(p, LivePiece::VerdictTally))
        );
        assert!(
            last(|p| matches!(p, LivePiece::Event(_) | LivePiece::TimelineOverview))
                < first(|p| matches!(p, LivePiece::ThemeFilter))
        );
        assert!(
            last(|p| matches!(p, LivePiece::Section(_)))
                < first(|p| matches!(p, LivePiece::ShowAllSections))
        );
    }
}

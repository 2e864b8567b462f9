use super::html::Html;
use super::verdict_tally::write_verdict_badge;
use crate::data::Goal;

/// Writes a list item linking to a goal on the scorecard, with its verdict.
pub fn write_goal_link(h: &mut Html, goal: &Goal) {
    h.open("li", &[]).link_to(&goal.id, &goal.title).raw(" ");
    write_verdict_badge(h, goal.verdict);
    h.close("li");
}

//! One module per visible part of the page.

#[macro_use]
pub mod static_content;

pub mod app;
pub mod attrs;
pub mod background_note;
pub mod background_tag;
pub mod citation;
pub mod current_part_bar;
pub mod disclosure_button;
pub mod explainer_section;
pub mod filter_group;
pub mod filter_status;
pub mod glossary;
pub mod goal_card;
pub mod goal_link;
pub mod linked_tag;
pub mod live_pieces;
pub mod masthead;
pub mod outside_sources;
pub mod page_nav;
pub mod people_list;
pub mod popovers;
pub mod prose;
pub mod quote_block;
pub mod scorecard;
pub mod section_list;
pub mod source_notes;
pub mod theme_filter;
pub mod timeline;
pub mod timeline_event;
pub mod timeline_overview;
pub mod verdict_badge;
pub mod verdict_strip;
pub mod verdict_tally;
pub mod yellow_sea_map;

pub use app::App;

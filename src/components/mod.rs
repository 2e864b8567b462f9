//! One module per visible part of the page.

pub mod app;
pub mod attrs;
pub mod citation;
pub mod deferred;
pub mod disclosure_button;
pub mod explainer_section;
pub mod filter_group;
pub mod filter_status;
pub mod glossary;
pub mod goal_card;
pub mod goal_link;
pub mod html;
pub mod page_nav;
pub mod popovers;
pub mod quote_block;
pub mod rich_text;
pub mod scorecard;
pub mod section_list;
pub mod source_notes;
pub mod theme_filter;
pub mod timeline;
pub mod timeline_event;
pub mod verdict_tally;
pub mod yellow_sea_map;

pub use app::App;

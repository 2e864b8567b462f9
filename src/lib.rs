//! An interactive explainer of the analysis "China-ROK Relations on the Rebound?".

pub mod components;
pub mod data;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod state;

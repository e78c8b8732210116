//! The embedded catalogues, compiled in as `static` data.

pub(crate) mod duration_rules;
pub(crate) mod gelderland_2026;
pub(crate) mod holland_rijnland;
pub(crate) mod tariefbepaling_2026;

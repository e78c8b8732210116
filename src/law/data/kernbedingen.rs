//! The rules of the Holland Rijnland kernbedingen (source `000_e047e89f7a0dbd72.txt`,
//! "Kernbedingen die deel uitmaken van dit segment"), with the figures their descriptions give.
//! The number, code, name, measure and unit of each come from the catalogue's data (typed once).

use crate::catalogue::data::holland_rijnland::{
    Entry, K1, K2, K3, K4, K5, K6, K7, K8, K9, K10, K11, K12, K13, K14, K15,
};
use crate::law::{Kernbeding, SegmentRule, Span};

/// OTS: first term 6 to 12 months, extended each time by at most one year (kernbedingen 1
/// and 2, lid 6, identical text).
const OTS_RULES_TEXT: &str = "De duur van een OTS duurt 6 tot 12 maanden maar kan op verzoek van de gezinsvoogd (telkens) met een periode van maximaal één jaar worden verlengd.";

const OTS_SHORT_RULES: [SegmentRule; 3] = [
    SegmentRule::Elapsed {
        shorter_than: Some(Span::Months(12)),
        longer_than: None,
        quote: "Ondertoezichtstelling korter dan één jaar (48A04)",
        source_ref: "Holland Rijnland segment 7 Veiligheid, kernbedingen, list item 1",
    },
    SegmentRule::Term {
        min: Span::Months(6),
        max: Span::Months(12),
        quote: OTS_RULES_TEXT,
        source_ref: "Holland Rijnland segment 7 Veiligheid, kernbeding 1, lid 6",
    },
    SegmentRule::Extension {
        max: Span::Months(12),
        repeatable: true,
        quote: OTS_RULES_TEXT,
        source_ref: "Holland Rijnland segment 7 Veiligheid, kernbeding 1, lid 6",
    },
];

const OTS_LONG_RULES: [SegmentRule; 3] = [
    SegmentRule::Elapsed {
        shorter_than: None,
        longer_than: Some(Span::Months(12)),
        quote: "Ondertoezichtstelling langer dan één jaar (48A05)",
        source_ref: "Holland Rijnland segment 7 Veiligheid, kernbedingen, list item 2",
    },
    SegmentRule::Term {
        min: Span::Months(6),
        max: Span::Months(12),
        quote: OTS_RULES_TEXT,
        source_ref: "Holland Rijnland segment 7 Veiligheid, kernbeding 2, lid 6",
    },
    SegmentRule::Extension {
        max: Span::Months(12),
        repeatable: true,
        quote: OTS_RULES_TEXT,
        source_ref: "Holland Rijnland segment 7 Veiligheid, kernbeding 2, lid 6",
    },
];

const HARDE_KERN_RULES: [SegmentRule; 1] = [SegmentRule::TargetAge {
    from: 12,
    to: 23,
    to_inclusive: false,
    quote: "ITB-Harde Kern is bedoeld voor jeugdigen van 12 tot 23 jaar",
    source_ref: "Holland Rijnland segment 7 Veiligheid, kernbeding 5, lid 2",
}];

const CRIEM_RULES: [SegmentRule; 2] = [
    SegmentRule::Term {
        min: Span::Months(3),
        max: Span::Months(3),
        quote: "ITB-CRIEM is individuele begeleiding op maat voor drie maanden.",
        source_ref: "Holland Rijnland segment 7 Veiligheid, kernbeding 6, lid 1",
    },
    SegmentRule::TargetAge {
        from: 12,
        to: 23,
        to_inclusive: true,
        quote: "ITB-CRIEM richt zich op jeugdigen van 12 tot en met 23 jaar",
        source_ref: "Holland Rijnland segment 7 Veiligheid, kernbeding 6, lid 2",
    },
];

const GBM_ADVIES_RULES: [SegmentRule; 1] = [SegmentRule::Term {
    min: Span::Weeks(6),
    max: Span::Weeks(6),
    quote: "Voorafgaand aan de zitting heeft de jeugdreclassering dan zes weken de tijd om een plan op de stellen",
    source_ref: "Holland Rijnland segment 7 Veiligheid, kernbeding 7, lid 1",
}];

const fn k(entry: Entry, rules: &'static [SegmentRule]) -> Kernbeding {
    Kernbeding {
        number: entry.number,
        code: entry.code,
        name: entry.name,
        measure: entry.measure,
        unit: entry.unit,
        rules,
    }
}

/// The 15 kernbedingen in the order of the source's list.
pub(crate) static KERNBEDINGEN: [Kernbeding; 15] = [
    k(K1, &OTS_SHORT_RULES),
    k(K2, &OTS_LONG_RULES),
    k(K3, &[]),
    k(K4, &[]),
    k(K5, &HARDE_KERN_RULES),
    k(K6, &CRIEM_RULES),
    k(K7, &GBM_ADVIES_RULES),
    k(K8, &[]),
    k(K9, &[]),
    k(K10, &[]),
    k(K11, &[]),
    k(K12, &[]),
    k(K13, &[]),
    k(K14, &[]),
    k(K15, &[]),
];

// The list's lookup lives beside the data, so that the type does not import it.
impl Kernbeding {
    /// The 15 kernbedingen in the order of the source's list.
    ///
    /// # Example
    ///
    /// ```
    /// let first = jbjr::Kernbeding::all().first().map(|k| k.code.to_string());
    /// assert_eq!(first.as_deref(), Some("48A04"));
    /// ```
    #[must_use]
    pub fn all() -> &'static [Kernbeding] {
        &KERNBEDINGEN
    }
}

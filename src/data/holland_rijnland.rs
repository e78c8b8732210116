//! Holland Rijnland, jeugdhulp contract, segment 7 "Veiligheid" (source
//! `000_e047e89f7a0dbd72.txt`, "Kernbedingen die deel uitmaken van dit segment"): the 15
//! kernbedingen with their regional codes, names as printed in the list, and the figures of
//! their descriptions. Every figure is typed here once; the catalogue's products are derived
//! from the kernbedingen.
//!
//! The source publishes **no tariffs and no units**. The unit of each product is this crate's
//! choice, needed because every [`Product`] has one:
//!
//! | Code | Unit | Why |
//! |---|---|---|
//! | 48A04, 48A05, 48A06, 47A01, 47A03, 47A04, 47A05, 47A06, 48A10 | month | the Gelderland counterpart (48B10, 48B11, 47B10, 47B12, 47B13, 47B14, 47B15, 48B12/48B13) is billed per month (SAP GI) |
//! | 4711 | month | jeugdreclassering with an addition (kernbeding 10, lid 1): billed like 47A01 |
//! | 47A02 | traject | the advice is one six-week piece of work; Gelderland 47B11 is per traject |
//! | 45070 | hour | consultation; Gelderland 49B01 is per hour |
//! | 48C09 | traject | one request for a secure-care authorisation, prepared and placed (kernbeding 13, lid 1) |
//! | 54004 | piece | "dit eenmalige onderzoek" (kernbeding 14, lid 2); Gelderland 49B07 is per piece |
//! | 49B05 | month | ongoing support bridging the Raad's investigation (kernbeding 15, lid 1), like the monthly preventive Forza |
//!
//! The catalogue year is 2022: the contracts of the segment run from 1 January 2022 (Input,
//! doel 1: "Op 1 januari 2022 staat in de contracten …"), its goals to 31 December 2026.

use std::borrow::Cow;

use crate::code::code;
use crate::kernbeding::{Kernbeding, SegmentRule, Span};
use crate::{Catalogue, Measure, Product, PupilCosts, Unit};

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

const fn k(
    number: u8,
    code: crate::ProductCode,
    name: &'static str,
    measure: Measure,
    unit: Unit,
    rules: &'static [SegmentRule],
) -> Kernbeding {
    Kernbeding {
        number,
        code,
        name,
        measure,
        unit,
        rules,
    }
}

use Measure as M;
use Unit::{Hour, Month, Piece, Traject};

const K1: Kernbeding = k(
    1,
    code!("48A04"),
    "Ondertoezichtstelling korter dan één jaar",
    M::Ots,
    Month,
    &OTS_SHORT_RULES,
);
const K2: Kernbeding = k(
    2,
    code!("48A05"),
    "Ondertoezichtstelling langer dan één jaar",
    M::Ots,
    Month,
    &OTS_LONG_RULES,
);
const K3: Kernbeding = k(3, code!("48A06"), "Voogdij", M::Voogdij, Month, &[]);
const K4: Kernbeding = k(
    4,
    code!("47A01"),
    "Reguliere Jeugdreclassering",
    M::Jeugdreclassering,
    Month,
    &[],
);
const K5: Kernbeding = k(
    5,
    code!("47A05"),
    "ITB Harde Kern",
    M::ItbHardeKern,
    Month,
    &HARDE_KERN_RULES,
);
const K6: Kernbeding = k(
    6,
    code!("47A04"),
    "ITB CRIEM",
    M::ItbCriem,
    Month,
    &CRIEM_RULES,
);
const K7: Kernbeding = k(
    7,
    code!("47A02"),
    "Voorbereiding Gedrags Beïnvloedende Maatregel advies",
    M::GbmAdvies,
    Traject,
    &GBM_ADVIES_RULES,
);
const K8: Kernbeding = k(
    8,
    code!("47A03"),
    "Gedrags Beïnvloedende Maatregel begeleiding",
    M::GbmBegeleiding,
    Month,
    &[],
);
const K9: Kernbeding = k(9, code!("47A06"), "Samenloop", M::Samenloop, Month, &[]);
const K10: Kernbeding = k(
    10,
    code!("4711"),
    "Jeugdreclassering met Elektronisch Toezicht",
    M::JeugdreclasseringElektronischToezicht,
    Month,
    &[],
);
const K11: Kernbeding = k(
    11,
    code!("45070"),
    "Consultatie en advies",
    M::Consultatie,
    Hour,
    &[],
);
const K12: Kernbeding = k(
    12,
    code!("48A10"),
    "Landelijk Expertise Team",
    M::Let,
    Month,
    &[],
);
const K13: Kernbeding = k(
    13,
    code!("48C09"),
    "Coördinatie gesloten jeugdzorg",
    M::CoordinatieGeslotenJeugdzorg,
    Traject,
    &[],
);
const K14: Kernbeding = k(
    14,
    code!("54004"),
    "Jeugd GGZ diagnostiek",
    M::JeugdGgzDiagnostiek,
    Piece,
    &[],
);
const K15: Kernbeding = k(
    15,
    code!("49B05"),
    "Preventieve jeugdbescherming",
    M::PreventieveJeugdbescherming,
    Month,
    &[],
);

/// The 15 kernbedingen in the order of the source's list.
pub(crate) static KERNBEDINGEN: [Kernbeding; 15] = [
    K1, K2, K3, K4, K5, K6, K7, K8, K9, K10, K11, K12, K13, K14, K15,
];

/// A product from a kernbeding: no norm hours, no pupil costs, no tariffs.
const fn p(k: Kernbeding) -> Product {
    Product {
        code: k.code,
        measure: k.measure,
        name: Cow::Borrowed(k.name),
        unit: k.unit,
        norm: None,
        pupil_costs: PupilCosts::None,
        tariffs: Cow::Borrowed(&[]),
        purchasing_regions: Cow::Borrowed(&[]),
    }
}

/// The products, sorted by code (a test checks the order).
static PRODUCTS: [Product; 15] = [
    p(K11),
    p(K10),
    p(K4),
    p(K7),
    p(K8),
    p(K6),
    p(K5),
    p(K9),
    p(K1),
    p(K2),
    p(K3),
    p(K12),
    p(K13),
    p(K15),
    p(K14),
];

/// The catalogue behind [`Catalogue::holland_rijnland`].
pub(crate) static CATALOGUE: Catalogue = Catalogue {
    region: Cow::Borrowed("Holland Rijnland"),
    year: 2022,
    providers: Cow::Borrowed(&[]),
    products: Cow::Borrowed(&PRODUCTS),
    index: crate::index::ProductIndex::embedded(&crate::index::embedded_index::<32>(&PRODUCTS)),
    grid: crate::index::TariffGrid::embedded(&[], &[]),
    publishes_tariffs: false,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products_are_sorted_and_match_the_kernbedingen() {
        assert!(PRODUCTS.windows(2).all(|w| w[0].code < w[1].code));
        for k in &KERNBEDINGEN {
            assert_eq!(PRODUCTS.iter().filter(|p| p.code == k.code).count(), 1);
        }
    }
}

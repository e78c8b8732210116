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
use crate::{Catalogue, Measure, Product, PupilCosts, Unit};

/// One kernbeding of the source's list as a product: its number, regional code, name as
/// printed, measure and unit. Its rules are law ([`crate::law::Kernbeding`]).
#[derive(Clone, Copy)]
pub(crate) struct Entry {
    pub(crate) number: u8,
    pub(crate) code: crate::ProductCode,
    pub(crate) name: &'static str,
    pub(crate) measure: Measure,
    pub(crate) unit: Unit,
}

const fn e(
    number: u8,
    code: crate::ProductCode,
    name: &'static str,
    measure: Measure,
    unit: Unit,
) -> Entry {
    Entry {
        number,
        code,
        name,
        measure,
        unit,
    }
}

use Measure as M;
use Unit::{Hour, Month, Piece, Traject};

pub(crate) const K1: Entry = e(
    1,
    code!("48A04"),
    "Ondertoezichtstelling korter dan één jaar",
    M::Ots,
    Month,
);
pub(crate) const K2: Entry = e(
    2,
    code!("48A05"),
    "Ondertoezichtstelling langer dan één jaar",
    M::Ots,
    Month,
);
pub(crate) const K3: Entry = e(3, code!("48A06"), "Voogdij", M::Voogdij, Month);
pub(crate) const K4: Entry = e(
    4,
    code!("47A01"),
    "Reguliere Jeugdreclassering",
    M::Jeugdreclassering,
    Month,
);
pub(crate) const K5: Entry = e(5, code!("47A05"), "ITB Harde Kern", M::ItbHardeKern, Month);
pub(crate) const K6: Entry = e(6, code!("47A04"), "ITB CRIEM", M::ItbCriem, Month);
pub(crate) const K7: Entry = e(
    7,
    code!("47A02"),
    "Voorbereiding Gedrags Beïnvloedende Maatregel advies",
    M::GbmAdvies,
    Traject,
);
pub(crate) const K8: Entry = e(
    8,
    code!("47A03"),
    "Gedrags Beïnvloedende Maatregel begeleiding",
    M::GbmBegeleiding,
    Month,
);
pub(crate) const K9: Entry = e(9, code!("47A06"), "Samenloop", M::Samenloop, Month);
pub(crate) const K10: Entry = e(
    10,
    code!("4711"),
    "Jeugdreclassering met Elektronisch Toezicht",
    M::JeugdreclasseringElektronischToezicht,
    Month,
);
pub(crate) const K11: Entry = e(
    11,
    code!("45070"),
    "Consultatie en advies",
    M::Consultatie,
    Hour,
);
pub(crate) const K12: Entry = e(
    12,
    code!("48A10"),
    "Landelijk Expertise Team",
    M::Let,
    Month,
);
pub(crate) const K13: Entry = e(
    13,
    code!("48C09"),
    "Coördinatie gesloten jeugdzorg",
    M::CoordinatieGeslotenJeugdzorg,
    Traject,
);
pub(crate) const K14: Entry = e(
    14,
    code!("54004"),
    "Jeugd GGZ diagnostiek",
    M::JeugdGgzDiagnostiek,
    Piece,
);
pub(crate) const K15: Entry = e(
    15,
    code!("49B05"),
    "Preventieve jeugdbescherming",
    M::PreventieveJeugdbescherming,
    Month,
);

/// A product from a kernbeding: no norm hours, no pupil costs, no tariffs.
const fn p(k: Entry) -> Product {
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
    index: crate::catalogue::index::ProductIndex::embedded(
        &crate::catalogue::index::embedded_index::<32>(&PRODUCTS, &[]),
    ),
    grid: crate::catalogue::index::TariffGrid::embedded(PRODUCTS.len(), &[], &[]),
    publishes_tariffs: false,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products_are_sorted_and_match_the_kernbedingen() {
        assert!(PRODUCTS.windows(2).all(|w| w[0].code < w[1].code));
        for k in [
            K1, K2, K3, K4, K5, K6, K7, K8, K9, K10, K11, K12, K13, K14, K15,
        ] {
            assert_eq!(PRODUCTS.iter().filter(|p| p.code == k.code).count(), 1);
        }
    }
}

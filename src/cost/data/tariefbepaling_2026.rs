//! "Tariefbepaling" of the Gelderland product book 2026 (source `002_1b572f4924ef38f6.txt`,
//! its first page): productivity per FTE, the "Normuren en kostprijs 2026" table, the
//! pupil-cost surcharge of Tabel 1's footnote `*`, and the LET GTO traject price.
//!
//! Every figure is typed here once, as printed. Where the OCR text is inconsistent the
//! printed figure stays here and the decision is documented on
//! [`crate::cost::productivity::Productivity::national_2026`]. Norm hours of the cost-price rows are
//! not typed again: they are read from the catalogue by product code (LET rows derived with
//! [`crate::cost::LET_FACTOR`]).

use rust_decimal::Decimal;

use crate::ProductCode;
use crate::code::code;
use crate::money::{dec, eur};

/// "Contracturen op jaarbasis conform cao 1872".
pub(crate) const CONTRACT_HOURS: Decimal = dec(1872, 0);
/// "Feestdagen 47".
pub(crate) const PUBLIC_HOLIDAYS: Decimal = dec(47, 0);
/// "Subtotaal werkdagen 1825" (printed; derived 1872 − 47).
pub(crate) const PRINTED_WORKING_HOURS: Decimal = dec(1825, 0);
/// "Ziekte-uren o.b.v. een ziekteverzuim van 6,3%": the rate.
pub(crate) const SICKNESS_RATE: Decimal = dec(63, 3);
/// "… 6,3% 119": the hours as printed (6.3 % × 1825 = 114.975 → 115).
pub(crate) const PRINTED_SICKNESS_HOURS: Decimal = dec(119, 0);
/// "Verlofuren cao 200".
pub(crate) const LEAVE: Decimal = dec(200, 0);
/// "Gemiddeld aantal uren bijzonder verlof per fte conform cao 17".
pub(crate) const SPECIAL_LEAVE: Decimal = dec(17, 0);
/// "Gemiddeld aantal uren vitaliteitsverlof per fte conform cao 19".
pub(crate) const VITALITY_LEAVE: Decimal = dec(19, 0);
/// "Subtotaal 351" (absence).
pub(crate) const PRINTED_ABSENCE_HOURS: Decimal = dec(351, 0);
/// "Totaal beschikbaar 1474".
pub(crate) const PRINTED_AVAILABLE_HOURS: Decimal = dec(1474, 0);
/// "Gemiddeld aantal uren opleiding (niet initieel) per jaar per fte 54".
pub(crate) const TRAINING: Decimal = dec(54, 0);
/// "Gemiddeld aantal uren medewerker in initiële opleiding 82".
pub(crate) const INITIAL_TRAINING: Decimal = dec(82, 0);
/// "Subtotaal 134" (training; 54 + 82 = 136).
pub(crate) const PRINTED_TRAINING_HOURS: Decimal = dec(134, 0);
/// "Gemiddeld aantal uren organisatie-overleggen per fte 79".
pub(crate) const ORGANISATIONAL_MEETINGS: Decimal = dec(79, 0);
/// "… cliëntgebonden activiteiten die geen onderdeel zijn van KKPB &3": as printed.
pub(crate) const PRINTED_CLIENT_ACTIVITIES: &str = "&3";
/// "Totaal indirecte uren 139".
pub(crate) const PRINTED_INDIRECT_HOURS: Decimal = dec(139, 0);

/// Tabel 1, footnote `*`: "Inclusief opslag pupilkosten ad. JbGld, JvV: 1,30%".
pub(crate) const PUPIL_COSTS_JBGLD_JVV: Decimal = dec(13, 3);

/// Section LET GTO, "Tarief en normuren": "een traject prijs van € 4.857 euro per traject
/// (prijspeil 2026 en reeds geïndexeerd)", a traject of "drie maanden".
pub(crate) const LET_GTO_TRAJECT_PRICE: Decimal = eur(485_700);
/// The LET GTO traject lasts three months ("Deze dienst kent een omvang van drie maanden").
pub(crate) const LET_GTO_TRAJECT_MONTHS: u32 = 3;
/// The LET GTO product code.
pub(crate) const LET_GTO_CODE: ProductCode = code!("48B15");

/// One row of "Normuren en kostprijs 2026": the product (by code), the label as printed and
/// the printed cost price in cents. The norm hours are the catalogue's.
pub(crate) struct KostprijsRow {
    pub(crate) code: ProductCode,
    pub(crate) label: &'static str,
    pub(crate) cost_price: Decimal,
}

const fn row(code: ProductCode, label: &'static str, cents: u32) -> KostprijsRow {
    KostprijsRow {
        code,
        label,
        cost_price: eur(cents),
    }
}

/// "Normuren en kostprijs 2026 per maatregel", in printed order. The row printed
/// "Jeugreclassering 24,8 uur" is Samenloop (47B15): the labels are shifted (see
/// [`crate::catalogue::provenance::GELDERLAND_2026`]).
#[rustfmt::skip]
pub(crate) static KOSTPRIJS: [KostprijsRow; 11] = [
    row(code!("48B10"), "OTS", 1_491_720),
    row(code!("48B11"), "Voogdij", 1_140_727),
    row(code!("47B10"), "Reclassering", 1_281_124),
    row(code!("47B11"), "GBM Advies", 315_894),
    row(code!("47B12"), "GBM Begeleiding", 1_279_662),
    row(code!("47B13"), "ITB Criem", 3_643_014),
    row(code!("47B14"), "ITB Harde Kern", 2_737_745),
    row(code!("47B15"), "Jeugreclassering [Samenloop]", 362_693),
    row(code!("47B16"), "STP", 3_643_014),
    row(code!("48B12"), "LET JB OTS", 3_132_612),
    row(code!("48B13"), "LET JB Voogdij", 2_395_526),
];

//! Where the embedded figures come from, and every decision taken on the OCR text.
//!
//! The Gelderland product book 2026 reaches this crate as OCR text
//! (`002_1b572f4924ef38f6.txt`). Most cells read cleanly; some do not. Each cell that is
//! illegible, garbled or inconsistent with the tariff model was decided with the model
//! (norm hours × hourly rate ÷ 12, × 1.013 where the pupil-cost surcharge applies, rounded to
//! cents half away from zero) and the neighbouring cells. The table below is rendered from
//! [`GELDERLAND_2026`]; a test fails if the two drift apart, and another checks that the
//! catalogue holds every chosen value.
//!
#![doc = include_str!("../../docs/provenance.md")]

use crate::{ProductCode, Provider};

/// One decision on a figure of a source: what was printed, what the crate uses, and why.
///
/// # Example
///
/// ```
/// use jbjr::catalogue::provenance::GELDERLAND_2026;
///
/// let criem = GELDERLAND_2026
///     .iter()
///     .find(|d| d.code == "47B13".parse().ok() && d.provider.is_some())
///     .expect("ITB CRIEM JbGld was decided");
/// assert_eq!(criem.printed, "€ 3.025,91");
/// assert_eq!(criem.chosen, "3035.91");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OcrDecision {
    /// Where in the source: table or section.
    pub location: &'static str,
    /// The product the figure belongs to, if any.
    pub code: Option<ProductCode>,
    /// The provider column, if any.
    pub provider: Option<Provider>,
    /// The text as the OCR printed it.
    pub printed: &'static str,
    /// The value the crate uses (a tariff as a plain decimal, or a code or text).
    pub chosen: &'static str,
    /// Why.
    pub reason: &'static str,
}

/// What a decision changes, for the tests that check the catalogue against this table.
const fn d(
    location: &'static str,
    code: Option<ProductCode>,
    provider: Option<Provider>,
    printed: &'static str,
    chosen: &'static str,
    reason: &'static str,
) -> OcrDecision {
    OcrDecision {
        location,
        code,
        provider,
        printed,
        chosen,
        reason,
    }
}

use crate::code::code;

/// Every decision on the OCR text of the Gelderland product book 2026.
///
/// Decisions on tariff cells name code and provider and give the chosen tariff as a decimal;
/// the test suite checks that [`crate::Catalogue::gelderland_2026`] holds exactly that value.
pub static GELDERLAND_2026: &[OcrDecision] = &[
    d(
        "Tabel 1",
        Some(code!("47B13")),
        Some(Provider::JbGld),
        "€ 3.025,91",
        "3035.91",
        "Model: 249.1 h × € 146.25 ÷ 12 = 3035.906 → 3035.91. STP (47B16) has the same norm hours \
         and rate and is printed 3.035,91; WSS and LdH agree with the model. A 3 read as 2.",
    ),
    d(
        "Tabel 1",
        Some(code!("48B11")),
        Some(Provider::JbGld),
        "£ 962,93",
        "962.98",
        "Model: 78 h × € 146.25 ÷ 12 × 1.013 = 962.983 → 962.98; no rounding order gives 962.93 \
         (rounding the base first gives 962.99). An 8 read as 3.",
    ),
    d(
        "Tabel 1",
        Some(code!("48B07")),
        Some(Provider::Wss),
        "€ 99447",
        "994.47",
        "Separators lost. Model: 80 h × € 149.17 ÷ 12 = 994.467 → 994.47; LdH prints 994,47.",
    ),
    d(
        "Tabel 1",
        Some(code!("48B99")),
        Some(Provider::JbGld),
        "3 541,99",
        "641.99",
        "Model: 52 h × € 146.25 ÷ 12 × 1.013 = 641.989 → 641.99, as the Voogdij waiting list \
         (48B98, same hours) prints 641,99. A 6 read as 5.",
    ),
    d(
        "Tabel 1",
        Some(code!("49B99")),
        Some(Provider::LdH),
        "£ 143,17",
        "149.17",
        "An hourly product priced at the GI's hourly rate: LdH's rate is € 149.17 (its 49B01 and \
         49B98 cells, and WSS's 49B99). A 9 read as 3.",
    ),
    d(
        "Tabel 1",
        Some(code!("48B13")),
        Some(Provider::JbGld),
        "€ 1.996,321",
        "1996.31",
        "Three decimals: illegible. Model: 163.8 h × € 146.25 ÷ 12 = 1996.3125 → 1996.31 (half \
         away from zero), computed like LET OTS (48B12, 2610.56 = 214.2 × 146.25 ÷ 12 exactly as \
         printed) and like the WSS and LdH cells of this row. Other reading: 1996.32, if the \
         trailing \"1\" is the table's column rule read as a digit and the cell ends in \"32\"; \
         that is one cent above the model (no half rounding of 1996.3125 gives .32). The crate \
         keeps the model's 1996.31.",
    ),
    d(
        "Tabel 1",
        Some(code!("48B13")),
        Some(Provider::Wss),
        "€ 2.026,17",
        "2036.17",
        "Model: 163.8 h × € 149.17 ÷ 12 = 2036.170 → 2036.17; 2026.17 would be 10 euros under \
         the model with every other digit equal (WSS's LET OTS, 48B12, follows the model: \
         214.2 × 149.17 ÷ 12 = 2662.68). A 3 read as 2, or a typo in the source itself: the \
         WSS and LdH cells print the same 2026.17, and an OCR misread repeated identically in \
         two cells is less likely than one figure typed (or copied) wrong in the book.",
    ),
    d(
        "Tabel 1",
        Some(code!("48B13")),
        Some(Provider::LdH),
        "€ 2.026,17",
        "2036.17",
        "As the WSS cell of this row: model 163.8 h × € 149.17 ÷ 12 = 2036.17; the identical \
         2026.17 in both cells points to a typo in the source rather than OCR.",
    ),
    d(
        "Tabel 1",
        Some(code!("48B11")),
        None,
        "43B11",
        "48B11",
        "Garbled code; the Voogdij section is headed \"productcode 48B11\".",
    ),
    d(
        "Tabel 1",
        Some(code!("47B14")),
        None,
        "47814",
        "47B14",
        "Garbled code (B read as 8); the ITB Harde Kern section gives 47B14.",
    ),
    d(
        "Tabel 1",
        Some(code!("48B99")),
        None,
        "48899",
        "48B99",
        "Garbled code (B read as 8); the section \"Wachtlijsttarief JB OTS\" gives 48B99.",
    ),
    d(
        "Tabel 1",
        Some(code!("49B01")),
        None,
        "49801",
        "49B01",
        "Garbled code (B read as 8); the Consultatie section gives 49B01.",
    ),
    d(
        "Tabel 1",
        Some(code!("49B98")),
        None,
        "A9B9S",
        "49B98",
        "Garbled code; the ACD Jeugdbescherming section gives 49B98.",
    ),
    d(
        "Tabel 1",
        Some(code!("49B99")),
        None,
        "49899",
        "49B99",
        "Garbled code (B read as 8); the ACD JR KansRIJK section gives 49B99.",
    ),
    d(
        "Tabel 1",
        Some(code!("49B03")),
        None,
        "A9B03",
        "49B03",
        "Garbled code; the Forza section gives 49B03.",
    ),
    d(
        "Tabel 1",
        None,
        None,
        "3 / £ / M / N before an amount; \"M.v.t.\", \"MN.v.t.\", \"N.v.t\"",
        "€ / n.v.t.",
        "OCR renders the euro sign as 3, £, M or N; every \"?.v.t.\" cell is n.v.t. (not offered).",
    ),
    d(
        "Tabel 1",
        Some(code!("48B98")),
        None,
        "Wachtlijsttarief JB Voogdij 48B98 (no asterisk)",
        "pupil costs: unmarked",
        "48B98 and 48B99 carry no asterisk, yet both equal the model × 1.013 (641.99); 48B97 \
         (JR, 633.75) does not. Recorded as PupilCosts::Unmarked.",
    ),
    d(
        "Section GBM advies, Productcode en normering",
        Some(code!("47B11")),
        None,
        "Normuren per jaar 21,6 uur",
        "21.6 per traject",
        "The Kostprijs table gives 21,6 uur \"per advies\" and Tabel 1 bills 47B11 per traject \
         (3159.00 = 21.6 × 146.25 exactly).",
    ),
    d(
        "Normuren en kostprijs 2026",
        Some(code!("47B15")),
        None,
        "Jeugreclassering 24,8 uur € 3.626,93 per jaar / Samenloop (next line, no figures)",
        "Samenloop 24.8 h per year",
        "A wrapped label, not a shift: the row's label is \"Jeugdreclassering Samenloop\" \
         (Samenloop jeugdbescherming - jeugdreclassering), printed over two lines with the \
         figures on the first. 24,8 h is Samenloop's norm (section 47B15: 24,8 uur); regular \
         jeugdreclassering is the row \"Reclassering 87,6 uur\" (section 47B10).",
    ),
    d(
        "Tariefbepaling, Productiviteit",
        None,
        None,
        "Piekte-uren o.b.v. een ziekteverzuim van 6,3% 119",
        "115",
        "6.3 % × 1825 = 114.975 → 115 whole hours; the printed subtotal 351 = 115 + 200 + 17 + 19 \
         needs 115. See `productivity::Productivity::sickness_hours`.",
    ),
    d(
        "Tariefbepaling, Productiviteit",
        None,
        None,
        "Subtotaal 134 (opleiding)",
        "136",
        "54 + 82 = 136; the two lines are the inputs a user edits, the subtotal is derived. The \
         printed 134 stays visible in `productivity::PrintedProductivity`.",
    ),
    d(
        "Tariefbepaling, Productiviteit",
        None,
        None,
        "cliëntgebonden activiteiten … KKPB &3",
        "60",
        "Illegible. \"Totaal indirecte uren 139\" is the sum of the two indirect lines, so this \
         line is 139 − 79 = 60 (63 would give 142, 83 would give 162). It could be 63 if the \
         \"79\" above it is itself a misread 76 (76 + 63 = 139); the total 139, and so the \
         productive hours per FTE, 1474 − 136 − 139 = 1199, are the same either way.",
    ),
    d(
        "Section 48B80, Productspecifieke eisen",
        Some(code!("48B84")),
        None,
        "\"Op de andere kinderen wordt productcode 48B84 afgegeven. 48B84 is een product zonder \
         financiële waarde\" (no row in Tabel 1)",
        "JbGld, WSS, JvV at 0.00; LdH n.v.t.",
        "Inferred, not printed: the book gives 48B84 no row and no GIs. It is issued beside \
         48B80 on the family's other children, so it is offered by the GIs that offer 48B80 in \
         Tabel 1 (JbGld, WSS, JvV), at 0.00 (\"zonder financiële waarde\"), and bought by the \
         same regions.",
    ),
    d(
        "Section 48B80, Productcode en normering",
        Some(code!("48B80")),
        None,
        "LdH 48B80 N.v.t. (Tabel 1, LdH column: N.v.t)",
        "LdH: n.v.t. (not offered)",
        "The section's table lists LdH with product code 48B80 (norm hours n.v.t., as for every \
         GI), while Tabel 1 prints n.v.t. for LdH and gives it no tariff. The source contradicts \
         itself; the crate follows Tabel 1, which sets the tariffs: LdH does not offer 48B80 \
         (nor 48B84).",
    ),
];

//! The duration, extension and age rule of every measure, with its source.
//!
//! `PB` is the Gelderland product book 2026 (`002_1b572f4924ef38f6.txt`, paragraph "Duur" of
//! each product), `HR` the Holland Rijnland kernbedingen (`000_e047e89f7a0dbd72.txt`). Law
//! excerpts: BW 1 (`bw1-excerpts.md`), Sr (`sr-excerpts.md`), RJJ (`rjj-stp-excerpts.md`).
//!
//! A rule that ends at majority cites BW 1:233 **last** (`…; BW 1:233`), after the sources of
//! its term and extension limits: [`DurationRule::term_source`] is the part before it, which
//! an error about a term or an extension cites (BW 1:233 says nothing about lengths).

use crate::Measure;
use crate::law::{AgeAt, AgeRange, DurationRule, Extension, Term, TermFrom};

// The lookups of the rules live beside the data, so that the rule type does not import it.
impl DurationRule {
    /// The rule of a measure. Every [`Measure`] has one.
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{DurationRule, Measure};
    /// assert_eq!(DurationRule::of(Measure::Vots).source, "BW 1:257 lid 2; BW 1:233");
    /// assert_eq!(DurationRule::of(Measure::Consultatie).first_term_max, None);
    /// ```
    #[must_use]
    pub const fn of(measure: Measure) -> &'static DurationRule {
        use Measure::*;
        match measure {
            Ots => &OTS,
            Vots => &VOTS,
            Voogdij => &VOOGDIJ,
            VoVo => &VOVO,
            LetOts => &LET_OTS,
            LetVoogdij => &LET_VOOGDIJ,
            LetGto => &LET_GTO,
            Let => &LET,
            Jeugdreclassering => &JEUGDRECLASSERING,
            JeugdreclasseringVrijwillig => &JEUGDRECLASSERING_VRIJWILLIG,
            JeugdreclasseringElektronischToezicht => &JR_ELEKTRONISCH_TOEZICHT,
            GbmAdvies => &GBM_ADVIES,
            GbmBegeleiding => &GBM_BEGELEIDING,
            ItbCriem => &ITB_CRIEM,
            ItbHardeKern => &ITB_HARDE_KERN,
            Samenloop => &SAMENLOOP,
            Stp => &STP,
            IntensiefGezinsgericht => &INTENSIEF_GEZINSGERICHT,
            Consultatie => &CONSULTATIE,
            AcdJb => &ACD_JB,
            KansRijk => &KANSRIJK,
            Forza => &FORZA,
            Instemmingsverklaring => &INSTEMMINGSVERKLARING,
            CoordinatieGeslotenJeugdzorg => &COORDINATIE_GESLOTEN_JEUGDZORG,
            JeugdGgzDiagnostiek => &JEUGD_GGZ_DIAGNOSTIEK,
            PreventieveJeugdbescherming => &PREVENTIEVE_JEUGDBESCHERMING,
            WachtlijstJr => &WACHTLIJST_JR,
            WachtlijstVoogdij => &WACHTLIJST_VOOGDIJ,
            WachtlijstOts => &WACHTLIJST_OTS,
        }
    }

    /// KansRIJK Kort: the short, voluntary variant of KansRIJK (one or more talks), ages 10 to
    /// 18 inclusive; no term limit in the sources (PB, ACD JR KansRIJK, variant 1).
    ///
    /// # Example
    ///
    /// ```
    /// let kort = jbjr::DurationRule::kansrijk_kort();
    /// assert_eq!(kort.age.map(|a| (a.min, a.max)), Some((10, 18)));
    /// ```
    #[must_use]
    pub const fn kansrijk_kort() -> &'static DurationRule {
        &KANSRIJK_KORT
    }

    /// KansRIJK Begeleiding: a traject of at most 6 months, once extended by at most 6 months,
    /// ages 10 to 18 inclusive (PB, ACD JR KansRIJK, variant 2). Build an order with
    /// [`Order::with_rule`](crate::Order::with_rule).
    ///
    /// # Example
    ///
    /// ```
    /// use jbjr::{DurationRule, Term};
    /// let b = DurationRule::kansrijk_begeleiding();
    /// assert_eq!(b.first_term_max, Some(Term::Months(6)));
    /// assert_eq!(b.extension.max_count(), Some(1));
    /// ```
    #[must_use]
    pub const fn kansrijk_begeleiding() -> &'static DurationRule {
        &KANSRIJK_BEGELEIDING
    }

    /// Every rule: one per [`Measure`], in declaration order, then the variants.
    ///
    /// # Example
    ///
    /// ```
    /// use strum::IntoEnumIterator;
    /// let measures = jbjr::Measure::iter().count();
    /// assert_eq!(jbjr::DurationRule::all().len(), measures + 2);
    /// ```
    #[must_use]
    pub fn all() -> &'static [&'static DurationRule] {
        ALL
    }
}

/// A rule with no term limit: open-ended products.
const fn open(measure: Measure, source: &'static str, note: &'static str) -> DurationRule {
    DurationRule {
        measure,
        variant: None,
        first_term_min: None,
        first_term_max: None,
        term_from: TermFrom::Start,
        extension: Extension::NoLimit,
        ends_at_majority: false,
        age: None,
        source,
        note,
    }
}

/// Jeugdstrafrecht from 12, adolescentenstrafrecht up to (not including) 23, at the offence
/// (PB Jeugdreclassering "Doelgroep"; Sr 77c).
const JR_AGE: Option<AgeRange> = Some(AgeRange {
    min: 12,
    max: 22,
    at: AgeAt::Offence,
});

pub(crate) const OTS: DurationRule = DurationRule {
    measure: Measure::Ots,
    variant: None,
    first_term_min: None,
    first_term_max: Some(Term::Months(12)),
    term_from: TermFrom::Start,
    extension: Extension::AtMost {
        term: Term::Months(12),
        times: None,
    },
    ends_at_majority: true,
    age: None,
    source: "BW 1:258, 1:260 lid 1; PB OTS 48B10 Duur; HR 48A04/48A05; BW 1:233",
    note: "First term at most one year, each extension at most one year, without a limit on the \
           number; time under a VOTS does not count towards the first year (BW 1:258). HR bills \
           the first year as 48A04, later years as 48A05; HR's \"6 tot 12 maanden\" is not a \
           legal minimum and is not enforced.",
};

pub(crate) const VOTS: DurationRule = DurationRule {
    measure: Measure::Vots,
    variant: None,
    first_term_min: None,
    first_term_max: Some(Term::Months(3)),
    term_from: TermFrom::Start,
    extension: Extension::NotAllowed,
    ends_at_majority: true,
    age: None,
    source: "BW 1:257 lid 2; BW 1:233",
    note: "At most three months; no extension: the VOTS ends or becomes an OTS (PB, algemene \
           beschrijving JB).",
};

pub(crate) const VOOGDIJ: DurationRule = DurationRule {
    ends_at_majority: true,
    ..open(
        Measure::Voogdij,
        "PB Voogdij 48B11 Duur; BW 1:233",
        "No term limit in the sources: the voogdij lasts until the youth is 18, unless the \
         court decides otherwise.",
    )
};

pub(crate) const VOVO: DurationRule = DurationRule {
    measure: Measure::VoVo,
    variant: None,
    first_term_min: None,
    first_term_max: Some(Term::Months(3)),
    term_from: TermFrom::DayAfterStart,
    extension: Extension::NotAllowed,
    ends_at_majority: true,
    age: None,
    source: "BW 1:241 lid 4; PB VoVo 48B07 Duur; BW 1:233",
    note: "Lapses three months after the day of the decision (the order's start) unless a \
           request for custody was filed before then; it then runs until the court decides \
           (Order::continue_vovo).",
};

pub(crate) const LET_OTS: DurationRule = DurationRule {
    measure: Measure::LetOts,
    source: "BW 1:258, 1:260 lid 1; PB LET OTS 48B12; BW 1:233",
    note: "The LET carries out the OTS: the OTS rule applies.",
    ..OTS
};

pub(crate) const LET_VOOGDIJ: DurationRule = DurationRule {
    measure: Measure::LetVoogdij,
    source: "PB LET Voogdij 48B13; BW 1:233",
    note: "The LET carries out the voogdij: no term limit in the sources; ends at 18.",
    ..VOOGDIJ
};

pub(crate) const LET: DurationRule = DurationRule {
    ends_at_majority: true,
    ..open(
        Measure::Let,
        "HR 48A10; BW 1:233",
        "No term limit in the sources of its own: the underlying OTS or voogdij governs; ends \
         at 18.",
    )
};

pub(crate) const LET_GTO: DurationRule = DurationRule {
    measure: Measure::LetGto,
    variant: None,
    first_term_min: None,
    first_term_max: Some(Term::Months(3)),
    term_from: TermFrom::Start,
    extension: Extension::NotAllowed,
    ends_at_majority: false,
    age: None,
    source: "PB LET GTO 48B15 Tarief en normuren",
    note: "A traject of three months (\"omvang van drie maanden\"); the sources give no \
           extension.",
};

pub(crate) const JEUGDRECLASSERING: DurationRule = DurationRule {
    measure: Measure::Jeugdreclassering,
    variant: None,
    first_term_min: Some(Term::Months(6)),
    first_term_max: Some(Term::Months(24)),
    term_from: TermFrom::Start,
    extension: Extension::AtMost {
        term: Term::Months(12),
        times: Some(1),
    },
    ends_at_majority: false,
    age: JR_AGE,
    source: "PB Jeugdreclassering 47B10 Duur; PB Doelgroep; Sr 77c",
    note: "At least six months, at most two years; \"verlenging met 1 jaar is mogelijk\": one \
           extension of at most one year. From 12, may run past 18; adolescentenstrafrecht up \
           to 23.",
};

pub(crate) const JEUGDRECLASSERING_VRIJWILLIG: DurationRule = DurationRule {
    measure: Measure::JeugdreclasseringVrijwillig,
    variant: None,
    first_term_min: None,
    first_term_max: Some(Term::Months(6)),
    term_from: TermFrom::Start,
    extension: Extension::AtMost {
        term: Term::Months(6),
        times: Some(1),
    },
    ends_at_majority: false,
    age: JR_AGE,
    source: "PB Jeugdreclassering 47B10 Duur; PB Doelgroep; Sr 77c",
    note: "Six months, once extended by six months.",
};

pub(crate) const JR_ELEKTRONISCH_TOEZICHT: DurationRule = DurationRule {
    age: JR_AGE,
    ..open(
        Measure::JeugdreclasseringElektronischToezicht,
        "HR 4711; PB Doelgroep; Sr 77c",
        "No term limit in the sources: the court's conditions govern.",
    )
};

pub(crate) const GBM_ADVIES: DurationRule = DurationRule {
    measure: Measure::GbmAdvies,
    variant: None,
    first_term_min: None,
    first_term_max: Some(Term::Weeks(6)),
    term_from: TermFrom::Start,
    extension: Extension::NotAllowed,
    ends_at_majority: false,
    age: JR_AGE,
    source: "PB GBM advies 47B11 Duur; HR 47A02",
    note: "Six weeks for the feasibility study; the product is used once (\"eenmalig\").",
};

pub(crate) const GBM_BEGELEIDING: DurationRule = DurationRule {
    measure: Measure::GbmBegeleiding,
    variant: None,
    first_term_min: Some(Term::Months(6)),
    first_term_max: Some(Term::Months(12)),
    term_from: TermFrom::Start,
    extension: Extension::AtMostFirstTerm { times: 1 },
    ends_at_majority: false,
    age: JR_AGE,
    source: "Sr 77w lid 9, 77wd lid 1; PB GBM begeleiding 47B12 Duur",
    note: "At least six months, at most one year; extended once by at most the first term.",
};

pub(crate) const ITB_CRIEM: DurationRule = DurationRule {
    measure: Measure::ItbCriem,
    variant: None,
    first_term_min: None,
    first_term_max: Some(Term::Months(3)),
    term_from: TermFrom::Start,
    extension: Extension::AtMost {
        term: Term::Months(3),
        times: Some(1),
    },
    ends_at_majority: false,
    age: Some(AgeRange {
        min: 12,
        max: 23,
        at: AgeAt::Offence,
    }),
    source: "PB ITB CRIEM 47B13 Duur; HR 47A04 (12 tot en met 23 jaar)",
    note: "Three months, once extended by three months; ages 12 to 23 inclusive.",
};

pub(crate) const ITB_HARDE_KERN: DurationRule = DurationRule {
    measure: Measure::ItbHardeKern,
    variant: None,
    first_term_min: None,
    first_term_max: Some(Term::Months(6)),
    term_from: TermFrom::Start,
    extension: Extension::NotAllowed,
    ends_at_majority: false,
    age: JR_AGE,
    source: "PB ITB Harde Kern 47B14 Duur; HR 47A05 (12 tot 23 jaar)",
    note: "At most six months; the sources give no extension.",
};

pub(crate) const SAMENLOOP: DurationRule = DurationRule {
    age: Some(AgeRange {
        min: 12,
        max: 22,
        at: AgeAt::Start,
    }),
    ..open(
        Measure::Samenloop,
        "PB Samenloop 47B15 Doelgroep; HR 47A06",
        "No term limit in the sources of its own: a surcharge on an OTS, only alongside one \
         (check_samenloop); ages 12 to 23 (exclusive).",
    )
};

pub(crate) const STP: DurationRule = DurationRule {
    measure: Measure::Stp,
    variant: None,
    first_term_min: None,
    first_term_max: Some(Term::Months(3)),
    term_from: TermFrom::Start,
    extension: Extension::AtMost {
        term: Term::Months(3),
        times: Some(1),
    },
    ends_at_majority: false,
    age: Some(AgeRange {
        min: 12,
        max: 22,
        at: AgeAt::Start,
    }),
    source: "RJJ art. 4; PB STP 47B16 Duur, Doelgroep",
    note: "Three months (RJJ art. 4 lid 2), once extended by three months (PB); ages 12 to 23 \
           (exclusive); at least two thirds of the sentence served and at least three months \
           left (check_stp).",
};

pub(crate) const INTENSIEF_GEZINSGERICHT: DurationRule = open(
    Measure::IntensiefGezinsgericht,
    "PB 48B80 Duur",
    "No term limit in the sources: for court measures the court's decision governs; in the \
     voluntary frame about one year on average (not a limit).",
);

pub(crate) const CONSULTATIE: DurationRule = open(
    Measure::Consultatie,
    "PB Consultatie 49B01 Duur; HR 45070",
    "No term limit in the sources: agreed with the municipality.",
);

pub(crate) const ACD_JB: DurationRule = open(
    Measure::AcdJb,
    "PB ACD JB 49B98 Duur",
    "No term limit in the sources: agreed with the municipality.",
);

pub(crate) const KANSRIJK: DurationRule = DurationRule {
    age: Some(AgeRange {
        min: 11,
        max: 22,
        at: AgeAt::Start,
    }),
    ..open(
        Measure::KansRijk,
        "PB ACD JR KansRIJK 49B99 (11 t/m 22 jaar; Duur)",
        "No term limit in the sources: the municipality sets duration and volume; ages 11 to \
         22 inclusive. The KansRIJK variants have their own rules (kansrijk_kort, \
         kansrijk_begeleiding); consent: kansrijk_consent.",
    )
};

pub(crate) const KANSRIJK_KORT: DurationRule = DurationRule {
    variant: Some("KansRIJK Kort"),
    age: Some(AgeRange {
        min: 10,
        max: 18,
        at: AgeAt::Start,
    }),
    ..open(
        Measure::KansRijk,
        "PB ACD JR KansRIJK 49B99, variant 1 (10 tot en met 18 jaar)",
        "No term limit in the sources: one or more talks or a risk screening; ages 10 to 18 \
         inclusive.",
    )
};

pub(crate) const KANSRIJK_BEGELEIDING: DurationRule = DurationRule {
    measure: Measure::KansRijk,
    variant: Some("KansRIJK Begeleiding"),
    first_term_min: None,
    first_term_max: Some(Term::Months(6)),
    term_from: TermFrom::Start,
    extension: Extension::AtMost {
        term: Term::Months(6),
        times: Some(1),
    },
    ends_at_majority: false,
    age: Some(AgeRange {
        min: 10,
        max: 18,
        at: AgeAt::Start,
    }),
    source: "PB ACD JR KansRIJK 49B99, variant 2 (10 tot en met 18 jaar)",
    note: "A traject of six months, once extended by at most six months; ages 10 to 18 \
           inclusive.",
};

pub(crate) const FORZA: DurationRule = DurationRule {
    measure: Measure::Forza,
    variant: None,
    first_term_min: None,
    first_term_max: Some(Term::Months(3)),
    term_from: TermFrom::Start,
    extension: Extension::NotAllowed,
    ends_at_majority: false,
    age: Some(AgeRange {
        min: 12,
        max: 17,
        at: AgeAt::Start,
    }),
    source: "PB Forza 49B03 (12 tot 18 jaar; \"maximaal 3 maanden\")",
    note: "At most three months; ages 12 to 18 (exclusive); the sources give no extension.",
};

pub(crate) const INSTEMMINGSVERKLARING: DurationRule = DurationRule {
    measure: Measure::Instemmingsverklaring,
    variant: None,
    first_term_min: None,
    first_term_max: Some(Term::Weeks(4)),
    term_from: TermFrom::Start,
    extension: Extension::NotAllowed,
    ends_at_majority: false,
    age: None,
    source: "PB Instemmingsverklaring 49B07 Duur",
    note: "Valid for at most four weeks; a new statement is a new order.",
};

pub(crate) const COORDINATIE_GESLOTEN_JEUGDZORG: DurationRule = open(
    Measure::CoordinatieGeslotenJeugdzorg,
    "HR 48C09",
    "No term limit in the sources.",
);

pub(crate) const JEUGD_GGZ_DIAGNOSTIEK: DurationRule = open(
    Measure::JeugdGgzDiagnostiek,
    "HR 54004",
    "No term limit in the sources: a one-off assessment (\"eenmalige onderzoek\").",
);

pub(crate) const PREVENTIEVE_JEUGDBESCHERMING: DurationRule = open(
    Measure::PreventieveJeugdbescherming,
    "HR 49B05",
    "No term limit in the sources.",
);

pub(crate) const WACHTLIJST_JR: DurationRule = open(
    Measure::WachtlijstJr,
    "PB Wachtlijsttarief JR 48B97 Duur",
    "No term limit in the sources (\"geeft geen maximale duur\").",
);

pub(crate) const WACHTLIJST_VOOGDIJ: DurationRule = open(
    Measure::WachtlijstVoogdij,
    "PB Wachtlijsttarief Voogdij 48B98 Duur",
    "No term limit in the sources (\"geeft geen maximale duur\").",
);

pub(crate) const WACHTLIJST_OTS: DurationRule = open(
    Measure::WachtlijstOts,
    "PB Wachtlijsttarief OTS 48B99 Duur",
    "No term limit in the sources (\"geeft geen maximale duur\").",
);

/// Every rule, in `Measure` declaration order, then the variants.
pub(crate) static ALL: &[&DurationRule] = &[
    &OTS,
    &VOTS,
    &VOOGDIJ,
    &VOVO,
    &LET_OTS,
    &LET_VOOGDIJ,
    &LET_GTO,
    &LET,
    &JEUGDRECLASSERING,
    &JEUGDRECLASSERING_VRIJWILLIG,
    &JR_ELEKTRONISCH_TOEZICHT,
    &GBM_ADVIES,
    &GBM_BEGELEIDING,
    &ITB_CRIEM,
    &ITB_HARDE_KERN,
    &SAMENLOOP,
    &STP,
    &INTENSIEF_GEZINSGERICHT,
    &CONSULTATIE,
    &ACD_JB,
    &KANSRIJK,
    &FORZA,
    &INSTEMMINGSVERKLARING,
    &COORDINATIE_GESLOTEN_JEUGDZORG,
    &JEUGD_GGZ_DIAGNOSTIEK,
    &PREVENTIEVE_JEUGDBESCHERMING,
    &WACHTLIJST_JR,
    &WACHTLIJST_VOOGDIJ,
    &WACHTLIJST_OTS,
    &KANSRIJK_KORT,
    &KANSRIJK_BEGELEIDING,
];

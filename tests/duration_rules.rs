//! Every duration, extension and age rule of issue 4, tested at and just past its limit. Each
//! test names its source: BW 1 / Sr / RJJ (Burgerlijk Wetboek book 1, Wetboek van Strafrecht,
//! Reglement justitiële jeugdinrichtingen), PB = Gelderland product book 2026 (paragraph
//! "Duur"), HR = Holland Rijnland kernbedingen.

use chrono::NaiveDate;
use jbjr::{
    AgeAt, Consent, DurationRule, Error, Extension, Measure, Order, Term, check_age,
    check_age_rule, check_samenloop, check_stp, kansrijk_consent,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn rule_of(e: Result<impl std::fmt::Debug, Error>) -> &'static str {
    match e {
        Err(Error::DurationRule { rule, .. }) => rule,
        other => panic!("expected Error::DurationRule, got {other:?}"),
    }
}

/// Asserts that the first term `start..=last` is accepted and one day longer is refused.
fn max_first_term(m: Measure, start: NaiveDate, last: NaiveDate) {
    let o = Order::new(m, start, last).unwrap_or_else(|e| panic!("{m}: {e}"));
    assert_eq!(o.end(), last);
    let past = last.succ_opt().unwrap();
    assert_eq!(
        rule_of(Order::new(m, start, past)),
        "the first term is longer than the maximum",
        "{m}"
    );
}

/// Asserts that extending `order` to `last` is accepted and one day further is refused (and
/// leaves the order unchanged).
fn max_extension(order: Order, last: NaiveDate) -> Order {
    let mut too_far = order;
    let err = too_far.extend(last.succ_opt().unwrap());
    assert_eq!(rule_of(err), "the extension is longer than allowed");
    assert_eq!(
        too_far, order,
        "a failed extension leaves the order unchanged"
    );
    let mut ok = order;
    ok.extend(last).unwrap();
    assert_eq!(ok.end(), last);
    assert_eq!(ok.extensions(), order.extensions() + 1);
    ok
}

fn no_more_extensions(order: Order) {
    let mut o = order;
    let err = o.extend(order.end().succ_opt().unwrap());
    assert!(
        matches!(
            rule_of(err),
            "no further extension is allowed" | "the measure cannot be extended"
        ),
        "{}",
        order.measure()
    );
    assert_eq!(o, order);
}

// --- JB: civil measures ----------------------------------------------------------------------

#[test]
fn ots_first_term_at_most_one_year_bw_1_258() {
    max_first_term(Measure::Ots, d(2026, 3, 15), d(2027, 3, 14));
    // PB 48B10 "Duur": "voor maximaal één jaar uitgesproken".
    assert_eq!(
        DurationRule::of(Measure::Ots).first_term_max,
        Some(Term::Months(12))
    );
}

#[test]
fn ots_extended_each_time_by_at_most_one_year_bw_1_260() {
    let mut ots = Order::new(Measure::Ots, d(2026, 3, 15), d(2026, 9, 14)).unwrap();
    for year in 2027..2036 {
        ots = max_extension(ots, d(year, 9, 14));
    }
    assert_eq!(ots.extensions(), 9); // "steeds", no limit on the number
    assert_eq!(DurationRule::of(Measure::Ots).extension.max_count(), None);
}

#[test]
fn vots_time_does_not_count_towards_the_ots_first_year_bw_1_258() {
    let vots = Order::new(Measure::Vots, d(2026, 1, 1), d(2026, 3, 31)).unwrap();
    let ots = Order::ots_after_vots(&vots, d(2027, 3, 31)).unwrap();
    assert_eq!((ots.start(), ots.end()), (d(2026, 4, 1), d(2027, 3, 31)));
    assert_eq!(
        rule_of(Order::ots_after_vots(&vots, d(2027, 4, 1))),
        "the first term is longer than the maximum"
    );
    let ots_order = Order::new(Measure::Ots, d(2026, 1, 1), d(2026, 2, 1)).unwrap();
    assert!(matches!(
        Order::ots_after_vots(&ots_order, d(2026, 6, 1)),
        Err(Error::WrongMeasure {
            expected: Measure::Vots,
            actual: Measure::Ots,
            ..
        })
    ));
}

#[test]
fn holland_rijnland_ots_codes_first_year_48a04_later_48a05() {
    // HR kernbedingen 1 (48A04, "korter dan één jaar") and 2 (48A05, "langer dan één jaar").
    let mut ots = Order::new(Measure::Ots, d(2026, 3, 15), d(2026, 12, 31)).unwrap();
    ots.extend(d(2027, 12, 31)).unwrap();
    let code = |date| ots.holland_rijnland_ots_code(date).unwrap().to_string();
    assert_eq!(code(d(2026, 3, 15)), "48A04");
    assert_eq!(code(d(2027, 3, 14)), "48A04");
    assert_eq!(code(d(2027, 3, 15)), "48A05");
    assert_eq!(code(d(2027, 12, 31)), "48A05");
    assert!(matches!(
        ots.holland_rijnland_ots_code(d(2028, 1, 1)),
        Err(Error::DateOutsideOrder { .. })
    ));
    assert!(matches!(
        ots.holland_rijnland_ots_code(d(2026, 3, 14)),
        Err(Error::DateOutsideOrder { .. })
    ));
    let vots = Order::new(Measure::Vots, d(2026, 1, 1), d(2026, 3, 31)).unwrap();
    assert!(matches!(
        vots.holland_rijnland_ots_code(d(2026, 2, 1)),
        Err(Error::WrongMeasure { .. })
    ));
}

#[test]
fn vots_at_most_three_months_no_extension_bw_1_257() {
    max_first_term(Measure::Vots, d(2026, 1, 31), d(2026, 4, 30));
    max_first_term(Measure::Vots, d(2026, 11, 30), d(2027, 2, 28)); // short month
    no_more_extensions(Order::new(Measure::Vots, d(2026, 1, 1), d(2026, 2, 1)).unwrap());
}

#[test]
fn vovo_lapses_three_months_after_the_decision_bw_1_241_lid_4() {
    // "vervalt na verloop van drie maanden na de dag van de beschikking": decision 15 January,
    // the three months run from 16 January to 15 April.
    max_first_term(Measure::VoVo, d(2026, 1, 15), d(2026, 4, 15));
    let vovo = Order::new(Measure::VoVo, d(2026, 1, 15), d(2026, 4, 15)).unwrap();
    no_more_extensions(vovo);
    // Unless a custody request was filed before then.
    let mut late = vovo;
    assert_eq!(
        rule_of(late.continue_vovo(d(2026, 4, 16), d(2026, 12, 31))),
        "the custody request was filed after the VoVo lapsed"
    );
    assert_eq!(late, vovo);
    let mut in_time = vovo;
    in_time
        .continue_vovo(d(2026, 4, 15), d(2026, 12, 31))
        .unwrap();
    assert_eq!((in_time.end(), in_time.extensions()), (d(2026, 12, 31), 0));
}

#[test]
fn civil_measures_end_before_the_18th_birthday_bw_1_233() {
    let born = d(2010, 6, 15); // 18 on 2028-06-15
    for m in [Measure::Ots, Measure::Vots, Measure::Voogdij, Measure::VoVo] {
        let start = d(2028, 4, 1);
        let ok = Order::new(m, start, d(2028, 6, 14)).unwrap();
        ok.with_birth_date(born).unwrap();
        let past = Order::new(m, start, d(2028, 6, 15)).unwrap();
        match past.with_birth_date(born) {
            Err(Error::DurationRule {
                source_ref, limit, ..
            }) => {
                assert_eq!(source_ref, "BW 1:233");
                assert!(limit.contains("2028-06-14"), "{limit}");
            }
            other => panic!("{m}: {other:?}"),
        }
    }
    // Extensions are checked too.
    let mut ots = Order::new(Measure::Ots, d(2027, 7, 1), d(2028, 1, 31))
        .unwrap()
        .with_birth_date(born)
        .unwrap();
    let before = ots;
    assert!(ots.extend(d(2028, 6, 15)).is_err());
    assert_eq!(ots, before);
    ots.extend(d(2028, 6, 14)).unwrap();
    // Youth probation may run past 18 (PB Jeugdreclassering, Doelgroep).
    let jr = Order::new(Measure::Jeugdreclassering, d(2028, 1, 1), d(2029, 12, 31)).unwrap();
    jr.with_birth_date(born).unwrap();
}

/// The source an `Error::DurationRule` cites.
fn source_of(e: Result<impl std::fmt::Debug, Error>) -> &'static str {
    match e {
        Err(Error::DurationRule { source_ref, .. }) => source_ref,
        other => panic!("expected Error::DurationRule, got {other:?}"),
    }
}

#[test]
fn a_length_limit_cites_its_own_source_not_majority_bw_1_233() {
    // VOTS at most three months (BW 1:257 lid 2): a term of three months and a day.
    let vots = Order::new(Measure::Vots, d(2026, 1, 1), d(2026, 4, 1));
    assert_eq!(source_of(vots), "BW 1:257 lid 2");
    // OTS first term at most one year (BW 1:258), extension at most one year (BW 1:260).
    let ots = Order::new(Measure::Ots, d(2026, 1, 1), d(2027, 1, 1));
    let ots_source = "BW 1:258, 1:260 lid 1; PB OTS 48B10 Duur; HR 48A04/48A05";
    assert_eq!(source_of(ots), ots_source);
    let mut ots = Order::new(Measure::Ots, d(2026, 1, 1), d(2026, 12, 31)).unwrap();
    assert_eq!(source_of(ots.extend(d(2028, 1, 1))), ots_source);
    // VoVo lapses after three months (BW 1:241 lid 4) and cannot be extended.
    let mut vovo = Order::new(Measure::VoVo, d(2026, 1, 15), d(2026, 4, 15)).unwrap();
    let vovo_source = "BW 1:241 lid 4; PB VoVo 48B07 Duur";
    assert_eq!(source_of(vovo.extend(d(2026, 5, 1))), vovo_source);
    assert_eq!(
        source_of(vovo.continue_vovo(d(2026, 4, 16), d(2026, 9, 30))),
        vovo_source
    );
    for m in [Measure::Ots, Measure::Vots, Measure::VoVo, Measure::LetOts] {
        let rule = DurationRule::of(m);
        assert!(rule.source.ends_with("; BW 1:233"), "{m}: {}", rule.source);
        assert!(!rule.term_source().contains("1:233"), "{m}");
    }
    // The 18th birthday itself is BW 1:233 alone.
    let ots = Order::new(Measure::Ots, d(2026, 1, 1), d(2026, 12, 31)).unwrap();
    assert_eq!(source_of(ots.with_birth_date(d(2008, 12, 30))), "BW 1:233");
}

#[test]
fn voogdij_has_no_term_limit_but_ends_at_18() {
    // PB Voogdij "Duur": "kan duren tot de jeugdige 18 jaar is".
    let r = DurationRule::of(Measure::Voogdij);
    assert_eq!((r.first_term_max, r.ends_at_majority), (None, true));
    let v = Order::new(Measure::Voogdij, d(2010, 6, 15), d(2028, 6, 14)).unwrap();
    v.with_birth_date(d(2010, 6, 15)).unwrap();
}

// --- JR: youth probation ---------------------------------------------------------------------

#[test]
fn jeugdreclassering_six_months_to_two_years_pb_47b10() {
    let m = Measure::Jeugdreclassering;
    max_first_term(m, d(2026, 1, 1), d(2027, 12, 31));
    Order::new(m, d(2026, 1, 1), d(2026, 6, 30)).unwrap();
    assert_eq!(
        rule_of(Order::new(m, d(2026, 1, 1), d(2026, 6, 29))),
        "the first term is shorter than the minimum"
    );
    // "verlenging met 1 jaar is mogelijk": one extension of at most one year.
    let o = Order::new(m, d(2026, 1, 1), d(2027, 12, 31)).unwrap();
    let o = max_extension(o, d(2028, 12, 31));
    no_more_extensions(o);
}

#[test]
fn jeugdreclassering_vrijwillig_six_months_once_six_more_pb_47b10() {
    let m = Measure::JeugdreclasseringVrijwillig;
    max_first_term(m, d(2026, 1, 1), d(2026, 6, 30));
    let o = Order::new(m, d(2026, 1, 1), d(2026, 6, 30)).unwrap();
    let o = max_extension(o, d(2026, 12, 31));
    no_more_extensions(o);
}

#[test]
fn itb_criem_and_stp_three_months_once_three_more_pb_47b13_47b16() {
    for m in [Measure::ItbCriem, Measure::Stp] {
        max_first_term(m, d(2026, 1, 1), d(2026, 3, 31));
        let o = Order::new(m, d(2026, 1, 1), d(2026, 3, 31)).unwrap();
        let o = max_extension(o, d(2026, 6, 30));
        no_more_extensions(o);
    }
}

#[test]
fn itb_harde_kern_at_most_six_months_pb_47b14() {
    max_first_term(Measure::ItbHardeKern, d(2026, 1, 1), d(2026, 6, 30));
    no_more_extensions(Order::new(Measure::ItbHardeKern, d(2026, 1, 1), d(2026, 6, 30)).unwrap());
}

#[test]
fn gbm_begeleiding_six_to_twelve_months_sr_77w_lid_9() {
    let m = Measure::GbmBegeleiding;
    max_first_term(m, d(2026, 1, 1), d(2026, 12, 31));
    Order::new(m, d(2026, 1, 1), d(2026, 6, 30)).unwrap();
    assert_eq!(
        rule_of(Order::new(m, d(2026, 1, 1), d(2026, 6, 29))),
        "the first term is shorter than the minimum"
    );
}

#[test]
fn gbm_extended_once_by_at_most_the_first_term_sr_77wd() {
    let m = Measure::GbmBegeleiding;
    // First term 9 months: the extension is at most 9 months.
    let o = Order::new(m, d(2026, 1, 1), d(2026, 9, 30)).unwrap();
    let o = max_extension(o, d(2027, 6, 30));
    no_more_extensions(o);
    // First term 12 months: at most 12 more.
    let o = Order::new(m, d(2026, 1, 1), d(2026, 12, 31)).unwrap();
    max_extension(o, d(2027, 12, 31));
    // First term of 200 days (not whole months): at most 200 more days.
    let o = Order::new(m, d(2026, 1, 1), d(2026, 7, 19)).unwrap();
    assert_eq!(Term::spanning(o.start(), o.end()).unwrap(), Term::Days(200));
    max_extension(o, d(2027, 2, 4));
    assert_eq!(
        DurationRule::of(m).extension,
        Extension::AtMostFirstTerm { times: 1 }
    );
}

#[test]
fn gbm_advies_six_weeks_pb_47b11() {
    max_first_term(Measure::GbmAdvies, d(2026, 1, 1), d(2026, 2, 11));
    no_more_extensions(Order::new(Measure::GbmAdvies, d(2026, 1, 1), d(2026, 2, 11)).unwrap());
}

// --- other services --------------------------------------------------------------------------

#[test]
fn instemmingsverklaring_valid_four_weeks_pb_49b07() {
    max_first_term(
        Measure::Instemmingsverklaring,
        d(2026, 1, 1),
        d(2026, 1, 28),
    );
}

#[test]
fn let_gto_three_months_pb_48b15() {
    max_first_term(Measure::LetGto, d(2026, 1, 1), d(2026, 3, 31));
}

#[test]
fn forza_at_most_three_months_ages_12_to_18_pb_49b03() {
    max_first_term(Measure::Forza, d(2026, 1, 1), d(2026, 3, 31));
    let born = d(2010, 5, 1);
    assert_eq!(check_age(Measure::Forza, born, d(2022, 5, 1)).unwrap(), 12);
    assert!(check_age(Measure::Forza, born, d(2022, 4, 30)).is_err());
    assert_eq!(check_age(Measure::Forza, born, d(2028, 4, 30)).unwrap(), 17);
    assert!(check_age(Measure::Forza, born, d(2028, 5, 1)).is_err());
    // Order::with_birth_date checks it at the start.
    let o = Order::new(Measure::Forza, d(2028, 5, 1), d(2028, 6, 1)).unwrap();
    assert!(matches!(
        o.with_birth_date(born),
        Err(Error::NotEligible { .. })
    ));
}

#[test]
fn kansrijk_begeleiding_six_months_once_six_more_pb_49b99() {
    let rule = DurationRule::kansrijk_begeleiding();
    let o = Order::with_rule(rule, d(2026, 1, 1), d(2026, 6, 30)).unwrap();
    assert!(Order::with_rule(rule, d(2026, 1, 1), d(2026, 7, 1)).is_err());
    let o = max_extension(o, d(2026, 12, 31));
    no_more_extensions(o);
}

#[test]
fn kansrijk_ages_10_to_18_inclusive_and_acd_11_to_22_pb_49b99() {
    let born = d(2010, 5, 1);
    for rule in [
        DurationRule::kansrijk_kort(),
        DurationRule::kansrijk_begeleiding(),
    ] {
        assert_eq!(check_age_rule(rule, born, d(2020, 5, 1)).unwrap(), 10);
        assert!(check_age_rule(rule, born, d(2020, 4, 30)).is_err());
        assert_eq!(check_age_rule(rule, born, d(2029, 4, 30)).unwrap(), 18);
        assert!(check_age_rule(rule, born, d(2029, 5, 1)).is_err());
    }
    // ACD JR KansRIJK, "Betrokken jongere (11 t/m 22 jaar)".
    assert_eq!(
        check_age(Measure::KansRijk, born, d(2021, 5, 1)).unwrap(),
        11
    );
    assert!(check_age(Measure::KansRijk, born, d(2021, 4, 30)).is_err());
    assert_eq!(
        check_age(Measure::KansRijk, born, d(2033, 4, 30)).unwrap(),
        22
    );
    assert!(check_age(Measure::KansRijk, born, d(2033, 5, 1)).is_err());
}

#[test]
fn kansrijk_consent_by_age_pb_49b99() {
    let born = d(2010, 5, 1);
    assert_eq!(
        kansrijk_consent(born, d(2022, 4, 30)).unwrap(),
        Consent::Parents
    );
    assert_eq!(
        kansrijk_consent(born, d(2022, 5, 1)).unwrap(),
        Consent::YouthAndParents
    );
    assert_eq!(
        kansrijk_consent(born, d(2026, 4, 30)).unwrap(),
        Consent::YouthAndParents
    );
    assert_eq!(
        kansrijk_consent(born, d(2026, 5, 1)).unwrap(),
        Consent::Youth
    );
    assert!(kansrijk_consent(born, d(2010, 4, 30)).is_err());
}

// --- criminal-law ages ---------------------------------------------------------------------

#[test]
fn youth_probation_from_12_adolescentenstrafrecht_up_to_23_sr_77c() {
    let born = d(2005, 3, 10);
    for m in [
        Measure::Jeugdreclassering,
        Measure::ItbHardeKern,
        Measure::GbmBegeleiding,
        Measure::GbmAdvies,
    ] {
        assert_eq!(DurationRule::of(m).age.unwrap().at, AgeAt::Offence);
        assert_eq!(check_age(m, born, d(2017, 3, 10)).unwrap(), 12, "{m}");
        assert!(check_age(m, born, d(2017, 3, 9)).is_err(), "{m}");
        // 22 on the day before the 23rd birthday; not 23.
        assert_eq!(check_age(m, born, d(2028, 3, 9)).unwrap(), 22, "{m}");
        assert!(check_age(m, born, d(2028, 3, 10)).is_err(), "{m}");
    }
    // HR 47A04: ITB CRIEM "12 tot en met 23 jaar".
    assert_eq!(
        check_age(Measure::ItbCriem, born, d(2029, 3, 9)).unwrap(),
        23
    );
    assert!(check_age(Measure::ItbCriem, born, d(2029, 3, 10)).is_err());
}

#[test]
fn samenloop_ages_12_to_23_and_only_alongside_an_ots_pb_47b15() {
    let born = d(2010, 1, 1);
    assert!(check_age(Measure::Samenloop, born, d(2022, 1, 1)).is_ok());
    assert!(check_age(Measure::Samenloop, born, d(2021, 12, 31)).is_err());
    assert!(check_age(Measure::Samenloop, born, d(2032, 12, 31)).is_ok());
    assert!(check_age(Measure::Samenloop, born, d(2033, 1, 1)).is_err());
    let ots = Order::new(Measure::Ots, d(2026, 1, 1), d(2026, 12, 31)).unwrap();
    let s = |a, b| Order::new(Measure::Samenloop, a, b).unwrap();
    check_samenloop(&s(d(2026, 1, 1), d(2026, 12, 31)), &ots).unwrap();
    assert!(matches!(
        check_samenloop(&s(d(2025, 12, 31), d(2026, 6, 1)), &ots),
        Err(Error::NotEligible { .. })
    ));
    assert!(check_samenloop(&s(d(2026, 1, 1), d(2027, 1, 1)), &ots).is_err());
    let jr = Order::new(Measure::Jeugdreclassering, d(2026, 1, 1), d(2026, 12, 31)).unwrap();
    assert!(matches!(
        check_samenloop(&s(d(2026, 1, 1), d(2026, 2, 1)), &jr),
        Err(Error::WrongMeasure { .. })
    ));
    // A LET OTS is an OTS carried out by the national expertise team; a VOTS is not an OTS.
    let let_ots = Order::new(Measure::LetOts, d(2026, 1, 1), d(2026, 12, 31)).unwrap();
    check_samenloop(&s(d(2026, 1, 1), d(2026, 2, 1)), &let_ots).unwrap();
    let vots = Order::new(Measure::Vots, d(2026, 1, 1), d(2026, 3, 31)).unwrap();
    assert!(matches!(
        check_samenloop(&s(d(2026, 1, 1), d(2026, 2, 1)), &vots),
        Err(Error::WrongMeasure { .. })
    ));
}

#[test]
fn stp_eligibility_rjj_art_4() {
    let born = d(2008, 1, 1);
    // Sentence of 360 days (2026-01-01 to 2026-12-26): two thirds = 240 days served.
    let (from, to) = (d(2026, 1, 1), d(2026, 12, 26));
    check_stp(born, from, to, d(2026, 8, 29)).unwrap(); // 240 served, 120 days left
    let short = check_stp(born, from, to, d(2026, 8, 28)); // 239 served
    assert!(matches!(short, Err(Error::NotEligible { rule, .. }) if rule.contains("two thirds")));
    // At least three months left: 2026-09-27 + 3 months ends 2026-12-26.
    check_stp(born, from, to, d(2026, 9, 27)).unwrap();
    let late = check_stp(born, from, to, d(2026, 9, 28));
    assert!(matches!(late, Err(Error::NotEligible { rule, .. }) if rule.contains("three months")));
    // Ages 12 to 23 (PB 47B16 Doelgroep): 23 on 2031-01-01.
    let (f, t) = (d(2028, 1, 1), d(2031, 12, 31));
    check_stp(born, f, t, d(2030, 12, 31)).unwrap();
    let old = check_stp(born, f, t, d(2031, 1, 1));
    assert!(
        matches!(old, Err(Error::NotEligible { measure: Measure::Stp, rule, .. }) if rule.contains("age"))
    );
    assert!(check_stp(born, to, from, d(2026, 9, 1)).is_err());
}

// --- open-ended products -----------------------------------------------------------------------

#[test]
fn open_ended_products_have_no_term_limit() {
    for m in [
        Measure::Consultatie,
        Measure::AcdJb,
        Measure::KansRijk,
        Measure::IntensiefGezinsgericht,
        Measure::WachtlijstJr,
        Measure::WachtlijstVoogdij,
        Measure::WachtlijstOts,
        Measure::CoordinatieGeslotenJeugdzorg,
        Measure::JeugdGgzDiagnostiek,
        Measure::PreventieveJeugdbescherming,
        Measure::JeugdreclasseringElektronischToezicht,
        Measure::Samenloop,
        Measure::Let,
    ] {
        let r = DurationRule::of(m);
        assert_eq!((r.first_term_min, r.first_term_max), (None, None), "{m}");
        assert!(
            r.note
                .to_lowercase()
                .contains("no term limit in the sources"),
            "{m}"
        );
        let mut o = Order::new(m, d(2000, 1, 1), d(2099, 12, 31)).unwrap();
        o.extend(d(2199, 12, 31)).unwrap();
        o.extend(d(2299, 12, 31)).unwrap();
    }
}

#[test]
fn errors_name_measure_rule_source_limit_and_dates() {
    let err = Order::new(Measure::ItbHardeKern, d(2026, 1, 1), d(2026, 7, 1)).unwrap_err();
    let text = err.to_string();
    for part in [
        "ITB Harde Kern",
        "longer than the maximum",
        "PB ITB Harde Kern",
        "2026-01-01",
        "2026-07-01",
        "6 months",
        "2026-06-30",
    ] {
        assert!(text.contains(part), "{text} lacks {part}");
    }
}

#[test]
fn order_is_small_and_copy() {
    fn is_copy<T: Copy>() {}
    is_copy::<Order>();
    is_copy::<DurationRule>();
    assert!(
        std::mem::size_of::<Order>() <= 32,
        "{}",
        std::mem::size_of::<Order>()
    );
}

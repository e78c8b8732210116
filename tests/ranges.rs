//! The input ranges of `jbjr::money` ("Ranges"): every quantity is bounded where it enters,
//! values outside are refused with `Error::OutOfRange` naming the value, the quantity and the
//! limit, and inside the ranges every result is exact to the cent (issue 13, "Wrong money").

use crate::common;

use jbjr::cost::{annual_cost, hourly_tariff, let_norm_hours, monthly_tariff, traject_tariff};
use jbjr::money::{AMOUNT, FRACTION, HOURLY_RATE, HOURS, Range};
use jbjr::{Decimal, Error, Measure, NormHours, NormPeriod, Product, Provider, Unit};
use proptest::prelude::*;
use std::str::FromStr;

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn out_of_range(result: Result<impl std::fmt::Debug, Error>, what: &str, limit: Range) {
    match result {
        Err(Error::OutOfRange {
            what: w, limit: l, ..
        }) if w == what && l == limit => {}
        other => panic!("expected OutOfRange for {what} with {limit}, got {other:?}"),
    }
}

// --- the cost model ---------------------------------------------------------------------------

/// Issue 13: `checked_mul` rounded 2.0099999999999999999999999999 × 0.5 to 28 digits
/// (1.005) before the cents rounding, giving 1.01 where the exact 1.00499… gives 1.00. Norm
/// hours have at most four decimals, so the input is refused instead.
#[test]
fn the_double_rounding_of_issue_13_is_refused() {
    let hours = dec("2.0099999999999999999999999999");
    let rate = dec("0.5");
    out_of_range(annual_cost(hours, rate), "norm hours", HOURS);
    out_of_range(
        monthly_tariff(hours, rate, Decimal::ZERO),
        "norm hours per year",
        HOURS,
    );
    out_of_range(
        traject_tariff(hours, rate, Decimal::ZERO),
        "norm hours per traject",
        HOURS,
    );
    out_of_range(let_norm_hours(hours), "base norm hours", HOURS);
}

#[test]
fn cost_functions_accept_their_ranges_and_refuse_beyond() {
    let (h, r, s) = (HOURS.max, HOURLY_RATE.max, FRACTION.max);
    // At every upper bound at once: exact (hours × rate × 2, to the cent).
    // 99999.9999 × 99999.999999 = 9999999989.9000000001, × 2 = 19999999979.8000000002
    assert_eq!(traject_tariff(h, r, s).unwrap(), dec("19999999979.80"));
    assert_eq!(annual_cost(h, r).unwrap(), dec("9999999989.90"));
    // ÷ 12 = 1666666664.98333…
    assert_eq!(monthly_tariff(h, r, s).unwrap(), dec("1666666664.98"));
    assert_eq!(hourly_tariff(r, s).unwrap(), dec("200000.00"));

    let above = |range: Range| range.max + Decimal::new(1, range.decimals);
    out_of_range(annual_cost(above(HOURS), r), "norm hours", HOURS);
    out_of_range(
        annual_cost(h, above(HOURLY_RATE)),
        "hourly rate",
        HOURLY_RATE,
    );
    out_of_range(monthly_tariff(h, r, above(FRACTION)), "surcharge", FRACTION);
    out_of_range(hourly_tariff(r, above(FRACTION)), "surcharge", FRACTION);
    // One decimal too many, however small the value.
    out_of_range(annual_cost(dec("0.00001"), r), "norm hours", HOURS);
    out_of_range(
        annual_cost(h, dec("146.2470588")),
        "hourly rate",
        HOURLY_RATE,
    );
    out_of_range(
        traject_tariff(h, r, dec("0.00000001")),
        "surcharge",
        FRACTION,
    );
    // Trailing zeros do not count as decimals.
    assert_eq!(
        annual_cost(dec("102.000000000000000000000"), dec("146.2500000")).unwrap(),
        dec("14917.50")
    );
    // Below zero stays a NegativeInput.
    assert!(matches!(
        annual_cost(Decimal::NEGATIVE_ONE, r),
        Err(Error::NegativeInput { .. })
    ));
}

#[test]
fn the_message_names_the_value_the_quantity_and_the_limit() {
    let err = annual_cost(dec("2.0099999999999999999999999999"), Decimal::ONE).unwrap_err();
    assert_eq!(
        err.to_string(),
        "norm hours 2.0099999999999999999999999999 is out of range: 0 to 99999.9999 hours, at \
         most 4 decimals (see jbjr::money, Ranges)"
    );
    let err = annual_cost(Decimal::ONE, dec("100000")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "hourly rate 100000 is out of range: 0 to 99999.999999 euros per hour, at most 6 \
         decimals (see jbjr::money, Ranges)"
    );
}

/// A value of `range` from an integer mantissa and a scale, clamped into the range.
fn in_range(range: Range) -> impl Strategy<Value = Decimal> {
    let max_units = range.max.mantissa() as u128 * 10u128.pow(range.decimals - range.max.scale());
    prop_oneof![
        // Anywhere, at any scale up to the range's.
        (0..=max_units, 0..=range.decimals).prop_map(move |(units, scale)| {
            Decimal::from_i128_with_scale(
                (units / 10u128.pow(range.decimals - scale)) as i128,
                scale,
            )
        }),
        // Near the top.
        (0..1000u128).prop_map(move |k| Decimal::from_i128_with_scale(
            (max_units - k) as i128,
            range.decimals
        )),
    ]
}

/// `mantissa × 10^-scale` of a normalized decimal, as integers.
fn parts(d: Decimal) -> (i128, u32) {
    let d = d.normalize();
    (d.mantissa(), d.scale())
}

/// `n ÷ (divisor × 10^(scale − 2))` in cents, rounded half away from zero (n ≥ 0): the exact
/// cents of `n × 10^-scale ÷ divisor`, computed without `Decimal`.
fn exact_cents(n: i128, scale: u32, divisor: i128) -> Decimal {
    let (n, d) = if scale >= 2 {
        (n, divisor * 10i128.pow(scale - 2))
    } else {
        (n * 10i128.pow(2 - scale), divisor)
    };
    let q = n / d + i128::from(2 * (n % d) >= d);
    Decimal::from_i128_with_scale(q, 2)
}

proptest! {
    #![proptest_config(common::persisted("proptest-regressions/ranges.txt"))]

    /// Inside the ranges every cost result equals the exact value rounded once: the oracle
    /// multiplies the integer mantissas and divides with remainder, without `Decimal`.
    #[test]
    fn cost_results_are_the_exact_value_rounded_once(
        h in in_range(HOURS), r in in_range(HOURLY_RATE), s in in_range(FRACTION)
    ) {
        let (hm, hs) = parts(h);
        let (rm, rs) = parts(r);
        let (sm, ss) = parts(s);
        // 1 + s = (10^ss + sm) × 10^-ss
        let fm = 10i128.pow(ss) + sm;
        prop_assert_eq!(annual_cost(h, r)?, exact_cents(hm * rm, hs + rs, 1));
        prop_assert_eq!(traject_tariff(h, r, s)?, exact_cents(hm * rm * fm, hs + rs + ss, 1));
        prop_assert_eq!(monthly_tariff(h, r, s)?, exact_cents(hm * rm * fm, hs + rs + ss, 12));
        prop_assert_eq!(hourly_tariff(r, s)?, exact_cents(rm * fm, rs + ss, 1));
    }

    /// The proof of `jbjr::money` ("Why the results are exact"): inside the ranges
    /// `hours × rate × (1 + surcharge)` is a `Decimal` exactly, so even `Decimal`'s own
    /// `checked_mul`, which rounds when a product does not fit, does not round.
    #[test]
    fn products_inside_the_ranges_fit_28_digits(
        h in in_range(HOURS), r in in_range(HOURLY_RATE), s in in_range(FRACTION)
    ) {
        let (h, r, f) = (h.normalize(), r.normalize(), (Decimal::ONE + s).normalize());
        let product = h.checked_mul(r).and_then(|x| x.checked_mul(f)).unwrap();
        let exact = h.mantissa() * r.mantissa() * f.mantissa();
        let scale = h.scale() + r.scale() + f.scale();
        prop_assert!(exact < 2 * 10i128.pow(27), "mantissa {exact}");
        prop_assert!(scale <= 17);
        // The same value, digit for digit.
        let (pm, ps) = (product.mantissa(), product.scale());
        prop_assert!(ps <= scale);
        prop_assert_eq!(pm * 10i128.pow(scale - ps), exact);
    }
}

// --- constructors and files -------------------------------------------------------------------

fn ots() -> Product {
    Product::new("48B10".parse().unwrap(), Measure::Ots, "OTS", Unit::Month)
}

/// Issue 13: a tariff near `Decimal::MAX` was accepted, and a 12-month pro-rata quote of it
/// lost its cents. Tariffs are at most € 999,999,999.99.
#[test]
fn tariffs_beyond_the_amount_range_are_refused() {
    assert!(ots().with_tariff(Provider::JbGld, AMOUNT.max).is_ok());
    for amount in [
        dec("1000000000"),
        dec("1000000000.00"),
        Decimal::MAX,
        Decimal::from_i128_with_scale((1 << 96) - 1, 2),
    ] {
        out_of_range(ots().with_tariff(Provider::JbGld, amount), "tariff", AMOUNT);
    }
}

#[test]
fn norm_hours_beyond_the_hours_range_are_refused() {
    assert_eq!(
        NormHours::new(HOURS.max, NormPeriod::Month)
            .unwrap()
            .hours(),
        HOURS.max
    );
    for hours in [
        dec("2.0099999999999999999999999999"),
        dec("100000"),
        dec("0.00001"),
    ] {
        out_of_range(NormHours::new(hours, NormPeriod::Year), "norm hours", HOURS);
    }
    // A norm whose hours per year leave the range loads, and the cost model refuses it.
    let monthly = NormHours::new(dec("10000"), NormPeriod::Month).unwrap();
    let per_year = monthly.per_year().unwrap().unwrap();
    out_of_range(
        monthly_tariff(per_year, dec("146.25"), Decimal::ZERO),
        "norm hours per year",
        HOURS,
    );
}

#[cfg(feature = "serde")]
mod files {
    use super::*;
    use jbjr::{BillingRule, Catalogue};

    const FILE: &str = r#"{
      "format_version": 2,
      "region": "Test",
      "year": 2027,
      "providers": [
        { "short_name": "JbGld", "full_name": "Jeugdbescherming Gelderland", "hourly_rate": "146.25" }
      ],
      "products": [
        { "code": "48B10", "measure": "Ots", "name": "OTS", "unit": "month",
          "norm_hours": { "hours": "102", "per": "year" },
          "tariffs": { "JbGld": "1259.29" } }
      ]
    }"#;

    fn load(text: &str) -> Result<Catalogue, String> {
        serde_json::from_str::<Catalogue>(text).map_err(|e| e.to_string())
    }

    /// Issue 13: "File data reaches this (norm hours with 28 decimals load)".
    #[test]
    fn norm_hours_with_28_decimals_do_not_load() {
        assert!(load(FILE).is_ok());
        let err = load(&FILE.replace("\"102\"", "\"2.0099999999999999999999999999\"")).unwrap_err();
        assert!(err.contains("product 48B10, field `norm_hours`"), "{err}");
        assert!(err.contains("out of range"), "{err}");
    }

    #[test]
    fn tariffs_beyond_the_range_do_not_load() {
        let err = load(&FILE.replace("\"1259.29\"", "\"1000000000.00\"")).unwrap_err();
        assert!(err.contains("product 48B10, field `tariffs`"), "{err}");
        assert!(err.contains("out of range"), "{err}");
    }

    /// A scenario's budget (`count × months × tariff`) is exact or an `Overflow`: before,
    /// `Decimal`'s multiplication dropped the cents of a product this large.
    #[test]
    fn scenario_budgets_are_exact_or_an_overflow() {
        use jbjr::billing::{HOLLAND_RIJNLAND_TARGETS, ScenarioEntry};
        let book = load(&FILE.replace("\"1259.29\"", "\"999999999.99\"")).unwrap();
        let entry = |baseline, months_each| ScenarioEntry {
            measure: Measure::Ots,
            code: "48B10".parse().unwrap(),
            provider: Provider::JbGld,
            baseline,
            months_each,
        };
        let ots = &HOLLAND_RIJNLAND_TARGETS[0];
        let years = ots.scenario(&book, &[entry(1_000_000, 12)]).unwrap();
        assert_eq!(years[0].baseline_budget, dec("11999999999880000.00"));
        assert!(matches!(
            ots.scenario(&book, &[entry(u32::MAX, u32::MAX)]),
            Err(Error::Overflow { .. })
        ));
    }

    /// The largest tariff there is, quoted for a year with every rule: exact to the cent.
    #[test]
    fn the_largest_tariff_quotes_exactly() {
        let book = load(&FILE.replace("\"1259.29\"", "\"999999999.99\"")).unwrap();
        let ots = "48B10".parse().unwrap();
        let d = |m, day| chrono::NaiveDate::from_ymd_opt(2027, m, day).unwrap();
        for rule in [
            BillingRule::SapGi,
            BillingRule::ProRataDaily,
            BillingRule::EveryTouchedMonth,
        ] {
            let q = book
                .quote_with(ots, Provider::JbGld, d(1, 1), d(12, 31), rule)
                .unwrap();
            assert_eq!(q.total(), dec("11999999999.88"), "{rule}");
        }
        // 15 of 31 days of January: 999999999.99 × 15 ÷ 31 = 483870967.737… → .74
        let q = book
            .quote_with(
                ots,
                Provider::JbGld,
                d(1, 17),
                d(1, 31),
                BillingRule::ProRataDaily,
            )
            .unwrap();
        assert_eq!(q.total(), dec("483870967.74"));
    }
}

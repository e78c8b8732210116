use jbjr::{Catalogue, Decimal, ProductCode, Provider};
#[inline(never)]
#[unsafe(no_mangle)]
pub fn zz_look(book: &Catalogue, code: ProductCode, p: Provider) -> Option<Decimal> {
    match book.tariff(code, p) {
        Ok(t) => Some(t.amount()),
        Err(_) => None,
    }
}
fn main() {
    let b = Catalogue::gelderland_2026();
    let c: ProductCode = "48B10".parse().unwrap();
    println!(
        "{:?}",
        zz_look(
            std::hint::black_box(b),
            std::hint::black_box(c),
            std::hint::black_box(Provider::JbGld)
        )
    );
}

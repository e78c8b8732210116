//! The provenance table in the docs (`docs/provenance.md`) is rendered from
//! `jbjr::catalogue::provenance::GELDERLAND_2026`; this test fails when they drift apart.
//! Run with `JBJR_BLESS=1` to rewrite the file after changing the data.

fn render() -> String {
    let mut out = String::from(
        "| Location | Code | GI | Printed | Chosen | Reason |\n|---|---|---|---|---|---|\n",
    );
    for d in jbjr::catalogue::provenance::GELDERLAND_2026 {
        let code = d.code.map(|c| c.to_string()).unwrap_or_else(|| "—".into());
        let gi = d
            .provider
            .map(|p| p.to_string())
            .unwrap_or_else(|| "—".into());
        let cell = |s: &str| s.replace('|', "\\|");
        out.push_str(&format!(
            "| {} | {} | {} | `{}` | `{}` | {} |\n",
            cell(d.location),
            code,
            gi,
            cell(d.printed),
            cell(d.chosen),
            cell(d.reason)
        ));
    }
    out
}

#[test]
fn provenance_markdown_matches_data() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/provenance.md");
    let rendered = render();
    if std::env::var_os("JBJR_BLESS").is_some() {
        std::fs::write(path, &rendered).unwrap();
    }
    let on_disk = std::fs::read_to_string(path).unwrap();
    assert_eq!(
        on_disk, rendered,
        "docs/provenance.md is stale: rerun with JBJR_BLESS=1"
    );
}

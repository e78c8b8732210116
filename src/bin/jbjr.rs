//! The `jbjr` command (feature `cli`): see [`jbjr::cli`].

fn main() -> std::process::ExitCode {
    jbjr::cli::main()
}

//! The `taawon` binary. All the work is in the library, so tests can start the same application.

#[tokio::main]
async fn main() -> std::process::ExitCode {
    server::cli::run().await
}

//! The `taawon` binary. All the work is in the library, so tests can start the same application.

/// mimalloc instead of the system allocator: a page served from the cache allocates a few
/// dozen small buffers, and glibc's malloc took a tenth of the CPU under load
/// (`scripts/bench.sh`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    server::cli::run().await
}

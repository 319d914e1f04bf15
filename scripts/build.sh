#!/usr/bin/env bash
#! Builds the site: the WASM islands client (wasm-bindgen, no cargo-leptos), CSS and public assets
#! into $LEPTOS_SITE_ROOT, and the `taawon` server binary.
#! Usage: scripts/build.sh [--release | --bench]   (debug server by default; the client is always
#! optimised; --bench builds the server with cargo's bench profile, together with the search and
#! media benchmarks so that one feature set serves both, as scripts/bench.sh wants)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
source "$here/scripts/env.sh"
profile=dev
extra=()
case "${1:-}" in
  --release) profile=release ;;
  # The bench profile inherits release and also writes to target/release.
  --bench) profile=bench; extra=(--bench search --bench media) ;;
esac
cd "$here"

echo "[build] WASM client (islands), styles and public assets"
cargo build -q -p app --lib --target wasm32-unknown-unknown --no-default-features --features hydrate --profile wasm-release
"$here/scripts/site.sh" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/wasm-release/app.wasm" "$LEPTOS_SITE_ROOT"

echo "[build] server ($profile)"
cargo build -q -p server --bin taawon "${extra[@]}" --profile "$profile"

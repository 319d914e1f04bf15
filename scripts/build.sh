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

echo "[build] WASM client (islands)"
cargo build -q -p app --lib --target wasm32-unknown-unknown --no-default-features --features hydrate --profile wasm-release
pkg="$LEPTOS_SITE_ROOT/pkg"
mkdir -p "$pkg"
wasm-bindgen --target web --remove-name-section --no-typescript --out-dir "$pkg" --out-name taawon \
  "$CARGO_TARGET_DIR/wasm32-unknown-unknown/wasm-release/app.wasm"

echo "[build] styles and public assets"
cp style/main.css "$pkg/taawon.css"
cp -r public/. "$LEPTOS_SITE_ROOT/"
for f in "$pkg/taawon.js" "$pkg/taawon_bg.wasm" "$pkg/taawon.css"; do gzip -9 -k -f "$f"; done
echo "[build] client weight (gzip): $(du -cb "$pkg"/*.gz | tail -n1 | cut -f1) bytes ($(for f in "$pkg"/*.gz; do printf '%s=%s ' "$(basename "$f" .gz)" "$(stat -c %s "$f")"; done))"

echo "[build] server ($profile)"
cargo build -q -p server --bin taawon "${extra[@]}" --profile "$profile"

#!/usr/bin/env bash
#! The run command: installs what is missing, builds, and serves Taawon at http://127.0.0.1:3000
#! on embedded defaults (SQLite in data/, demo data on first run).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/setup.sh"
"$here/scripts/build.sh" --release
source "$here/scripts/env.sh"
cd "$here"
echo "[run] Taawon on ${TAAWON_PUBLIC_URL:-http://127.0.0.1:3000} (Ctrl-C to stop)"
exec "$CARGO_TARGET_DIR/release/taawon" serve --demo-data

#!/usr/bin/env bash
#! Lays out the site from a built WASM client: scripts/site.sh <app.wasm> <site root>
#! The client's files are named for their content (taawon-<hash>.js, _bg.wasm, .css), so the
#! server lets browsers keep them for a year; `pkg/output-name` tells it the current name.
#! `pkg/taawon.css` stays too, for the error pages rendered outside the app. Used by
#! scripts/build.sh and deploy/Dockerfile.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
wasm="$1"
site="$2"
pkg="$site/pkg"
name="taawon-$(cat "$wasm" "$here/style/main.css" | sha256sum | cut -c1-12)"
rm -rf "$pkg"
mkdir -p "$pkg"
wasm-bindgen --target web --remove-name-section --no-typescript --out-dir "$pkg" --out-name "$name" "$wasm"
cp "$here/style/main.css" "$pkg/$name.css"
cp "$here/style/main.css" "$pkg/taawon.css"
echo "$name" >"$pkg/output-name"
cp -r "$here/public/." "$site/"
for f in "$pkg/$name.js" "$pkg/${name}_bg.wasm" "$pkg/$name.css" "$pkg/taawon.css"; do gzip -9 -k -f "$f"; done
echo "[site] client $name, weight (gzip): $(du -cb "$pkg/$name"*.gz | tail -n1 | cut -f1) bytes ($(for f in "$pkg/$name"*.gz; do printf '%s=%s ' "$(basename "$f" .gz)" "$(stat -c %s "$f")"; done))"

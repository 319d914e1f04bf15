#!/usr/bin/env bash
#! Lays out the site from a built WASM client: scripts/site.sh <app.wasm> <site root>
#! The client's files are named for their content (taawon-<hash>.js, _bg.wasm, .css), so the
#! server lets browsers keep them for a year; `pkg/output-name` tells it the current name.
#! `pkg/taawon.css` stays too, for the error pages rendered outside the app. Each of them is kept
#! gzipped and brotli-compressed beside it (the server sends what the browser accepts). The home
#! screen icons of the web manifest are drawn from public/favicon.svg (rsvg-convert). Used by
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
# Home screen icons: plain ones with the SVG's own rounded corners; on the brand's green for the
# maskable one (the mark sits well inside its safe zone) and for iOS, which shows no transparency.
icons="$site/icons"
mkdir -p "$icons"
svg="$here/public/favicon.svg"
rsvg-convert -w 192 -h 192 "$svg" -o "$icons/icon-192.png"
rsvg-convert -w 512 -h 512 "$svg" -o "$icons/icon-512.png"
rsvg-convert -w 512 -h 512 -b '#0f5132' "$svg" -o "$icons/maskable-512.png"
rsvg-convert -w 180 -h 180 -b '#0f5132' "$svg" -o "$icons/apple-touch-icon.png"
for f in "$pkg/$name.js" "$pkg/${name}_bg.wasm" "$pkg/$name.css" "$pkg/taawon.css"; do
  gzip -9 -k -f "$f"
  brotli -q 11 -k -f "$f"
done
weight() { # suffix → "total (file=bytes …)"
  printf '%s bytes (' "$(du -cb "$pkg/$name"*."$1" | tail -n1 | cut -f1)"
  for f in "$pkg/$name"*."$1"; do printf '%s=%s ' "$(basename "$f" ".$1")" "$(stat -c %s "$f")"; done
  printf ')'
}
echo "[site] client $name, weight: gzip $(weight gz), brotli $(weight br)"

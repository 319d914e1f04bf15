#!/usr/bin/env bash
#! Product page benchmark: requests per second and p99 latency of a product page served by
#! Taawon (release build, SQLite, the demo marketplace; every request reads the database and
#! renders), against nginx (Debian package) serving the identical HTML as a static file, on the
#! same machine with the same load (wrk). Prints the ratio (the issue asks for >= 25 %) and the
#! first-visit weight of the page (HTML + CSS + JS + WASM, gzip; photos excluded; <= 150 KB).
#! Usage: scripts/bench-product-page.sh [seconds per run, default 20] [connections, default 32]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
duration="${1:-20}"
connections="${2:-32}"

need=()
command -v nginx >/dev/null 2>&1 || need+=(nginx)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
if [ ${#need[@]} -gt 0 ]; then
  echo "[bench] installing ${need[*]} (Debian packages)"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi

"$here/scripts/setup.sh"
"$here/scripts/build.sh" --release
source "$here/scripts/env.sh"

work="$(mktemp -d)"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
app_port="$(free_port)"
nginx_port="$(free_port)"
cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "[bench] seeding the demo marketplace and starting Taawon on :$app_port"
TAAWON_DATA_DIR="$work/data" TAAWON_LISTEN="127.0.0.1:$app_port" TAAWON_PUBLIC_URL="http://127.0.0.1:$app_port" \
  TAAWON_LOG_FORMAT=json RUST_LOG=warn "$CARGO_TARGET_DIR/release/taawon" serve --demo-data >"$work/server.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$app_port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
slug="$(curl -fs "http://127.0.0.1:$app_port/sitemap.xml" | grep -o '/p/[^<?]*' | awk 'NR == 1')"  # awk reads to the end: no SIGPIPE under pipefail
[ -n "$slug" ] || { echo "no product in the sitemap"; cat "$work/server.log"; exit 1; }
url="http://127.0.0.1:$app_port$slug"
echo "[bench] product page: $slug"

mkdir -p "$work/www"
curl -fs -H 'Accept-Language: fr' "$url" >"$work/www/product.html"
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    location / { try_files /product.html =404; }
  }
}
CONF
nginx -c "$work/nginx.conf"
sleep 0.5

run() { # url → "rps p99_ms"
  local out rps p99
  out="$(wrk -t2 -c"$connections" -d"${duration}s" --latency -H 'Accept-Language: fr' "$1")"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  echo "$rps $p99"
}
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); print v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); print v } else { sub(/s$/, "", v); print v * 1000 } }'; }

echo "[bench] warming up"
wrk -t2 -c8 -d3s "$url" >/dev/null
echo "[bench] Taawon: ${duration}s, $connections connections"
read -r app_rps app_p99 <<<"$(run "$url")"
echo "[bench] nginx (same HTML, static): ${duration}s, $connections connections"
read -r nginx_rps nginx_p99 <<<"$(run "http://127.0.0.1:$nginx_port/")"

pkg="$LEPTOS_SITE_ROOT/pkg"
html_gz="$(gzip -9 -c "$work/www/product.html" | wc -c)"
css_gz="$(stat -c %s "$pkg/taawon.css.gz")"
js_gz="$(stat -c %s "$pkg/taawon.js.gz")"
wasm_gz="$(stat -c %s "$pkg/taawon_bg.wasm.gz")"
total=$((html_gz + css_gz + js_gz + wasm_gz))

echo
echo "product page $slug"
printf '  Taawon  %10.0f req/s   p99 %8.2f ms\n' "$app_rps" "$(to_ms "$app_p99")"
printf '  nginx   %10.0f req/s   p99 %8.2f ms\n' "$nginx_rps" "$(to_ms "$nginx_p99")"
awk -v a="$app_rps" -v n="$nginx_rps" 'BEGIN { printf "  ratio   %10.1f %% of nginx (target >= 25 %%)\n", 100 * a / n }'
echo "first-visit weight (gzip, photos excluded): $total bytes = $((total / 1024)) KiB (target <= 150 KB)"
echo "  html $html_gz · css $css_gz · js $js_gz · wasm $wasm_gz"

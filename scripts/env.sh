#!/usr/bin/env bash
#! Shared settings for the scripts: toolchain and a build folder outside the clone (so a fresh
#! clone builds warm). Source it; do not run it.
export RUSTUP_TOOLCHAIN=debian
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/taawon/target}"
export LEPTOS_SITE_ROOT="${LEPTOS_SITE_ROOT:-$CARGO_TARGET_DIR/site}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# The Python of the test peers (scripts/peers/, installed by scripts/setup.sh --peers).
export TAAWON_PEERS_PYTHON="${TAAWON_PEERS_PYTHON:-${TAAWON_PEERS_VENV:-$HOME/.cache/taawon/peers}/bin/python}"
mkdir -p "$CARGO_TARGET_DIR"

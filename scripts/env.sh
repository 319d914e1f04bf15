#!/usr/bin/env bash
#! Shared settings for the scripts: toolchain and a build folder outside the clone (so a fresh
#! clone builds warm). Source it; do not run it.
export RUSTUP_TOOLCHAIN=debian
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/taawon/target}"
export LEPTOS_SITE_ROOT="${LEPTOS_SITE_ROOT:-$CARGO_TARGET_DIR/site}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
mkdir -p "$CARGO_TARGET_DIR"

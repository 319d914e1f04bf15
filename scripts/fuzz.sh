#!/usr/bin/env bash
#! Fuzzes the register and product CSV readers, the search query pipeline and the spreadsheet-safe
#! export cell (domain/fuzz) with libFuzzer and AddressSanitizer, FUZZ_RUNS inputs each (default 100,000: 10-25 s) with a
#! fixed FUZZ_SEED (default 1), from the seeds in domain/fuzz/seeds: the same code meets the
#! same inputs on every run, so CI never goes red by chance; set FUZZ_SEED=0 (random) and a large
#! FUZZ_RUNS to search further. New inputs go to a temporary corpus; a crash fails the run and leaves its
#! input in domain/fuzz/artifacts/<target>/ (replay: cargo +nightly fuzz run --fuzz-dir domain/fuzz
#! <target> <file>).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
source "$here/scripts/env.sh"
cd "$here"
runs="${FUZZ_RUNS:-100000}"
seed="${FUZZ_SEED:-1}"
targets=(register_csv product_csv search_query spreadsheet_cell)
# Sanitizers need the nightly toolchain; its own target directory keeps it apart from the rest.
export RUSTUP_TOOLCHAIN=nightly
fuzz_target_dir="$CARGO_TARGET_DIR/fuzz"
cargo fuzz build -O --fuzz-dir domain/fuzz --target-dir "$fuzz_target_dir"
status=0
for target in "${targets[@]}"; do
  corpus="$(mktemp -d)"
  echo "fuzzing $target: $runs inputs, seed $seed"
  if ! cargo fuzz run -O --fuzz-dir domain/fuzz --target-dir "$fuzz_target_dir" "$target" \
      "$corpus" "domain/fuzz/seeds/$target" -- -runs="$runs" -seed="$seed" -rss_limit_mb=2048 \
      -print_final_stats=1 >"$corpus.log" 2>&1; then
    echo "FAILED: $target"; tail -n 40 "$corpus.log"; status=1
  else
    grep -E '^(stat::number_of_executed_units|stat::new_units_added)' "$corpus.log" | sed "s/^/  $target /"
  fi
  rm -rf "$corpus" "$corpus.log"
done
exit $status

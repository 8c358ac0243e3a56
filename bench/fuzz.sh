#!/usr/bin/env bash
# Runs the fuzzing properties of tests/Landau.Site.Tests/Security/FuzzTests.cs with many more
# iterations than CI, and goes on past each failure it finds (LANDAU_FUZZ_IGNORE) so that one run
# lists every distinct bug: its signature, its seed and its reduced input.
#
#   bench/fuzz.sh                                 # 20,000 pages per round, every property
#   bench/fuzz.sh --iterations 200000 --rounds 20
#   bench/fuzz.sh --property parse --seed 0N0XIzNsQ0O2   # replay a printed seed first
#   bench/fuzz.sh --ignore "LS2011 at a column outside its line;..."   # look past known bugs from the start
set -euo pipefail

iterations=20000
rounds=10
seed=""
ignore=""
configuration=Release
properties=()

while [[ $# -gt 0 ]]; do
  case "$1" in
    --iterations) iterations="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --ignore) ignore="$2"; shift 2 ;;
    --property) properties+=("$2"); shift 2 ;;
    --configuration) configuration="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "fuzz.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ ${#properties[@]} -eq 0 ]] && properties=(parse build cost)

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/tests/Landau.Site.Tests"
work="$root/bench/.work/fuzz"
mkdir -p "$work"

method_of() {
  case "$1" in
    parse) echo "Parsing_a_generated_page_never_throws_and_every_diagnostic_points_into_the_file" ;;
    build) echo "Building_the_golden_site_with_generated_pages_never_throws_and_their_text_stays_text" ;;
    cost) echo "Parsing_cost_grows_linearly_when_a_generated_body_is_repeated" ;;
    *) echo "fuzz.sh: unknown property $1 (parse, build or cost)" >&2; exit 2 ;;
  esac
}

echo "Building the tests ($configuration)…"
dotnet build "$project" -c "$configuration" -v quiet -nologo > "$work/build.log" 2>&1 || { tail -20 "$work/build.log"; exit 1; }

# The tests read LANDAU_FUZZ_ITERATIONS as the parse property's count; build tries 1/20 of it, cost 1/5.
echo "Iterations per round: parse $iterations, build $((iterations / 20)), cost $((iterations / 5)); at most $rounds rounds per property."
summary=()
for property in "${properties[@]}"; do
  method="$(method_of "$property")"
  known="$ignore"
  for round in $(seq 1 "$rounds"); do
    log="$work/$property-$round.log"
    set +e
    LANDAU_FUZZ_ITERATIONS="$iterations" LANDAU_FUZZ_SEED="$seed" LANDAU_FUZZ_IGNORE="$known" \
      dotnet test "$project" -c "$configuration" --no-build --filter-method "*$method" --output detailed > "$log" 2>&1
    status=$?
    set -e
    if [[ $status -eq 0 ]]; then
      echo "[$property] round $round: nothing new ($(grep -m1 -o 'Passed [0-9,]* iterations' "$log" || echo passed))."
      break
    fi

    signature="$(grep -m1 -o 'FUZZ-SIGNATURE: .*' "$log" | sed 's/^FUZZ-SIGNATURE: //' || true)"
    if [[ -z "$signature" ]]; then
      echo "[$property] round $round: failed without a signature (see $log):"
      tail -30 "$log"
      summary+=("$property: failed without a signature, see $log")
      break
    fi

    seedLine="$(grep -m1 -o 'Set seed: "[^"]*"' "$log" || true)"
    echo
    echo "[$property] round $round: $signature  ($seedLine)"
    # The reduced case: from "==== Reduced" to the first stack frame.
    awk '/==== Reduced/{on=1} on && /^ +at /{exit} on' "$log" | sed 's/^  /    /'
    summary+=("$property: $signature  ($seedLine)")
    known="${known:+$known;}$signature"
    seed=""  # a replayed seed applies to the first round only
  done
done

echo
echo "Found ${#summary[@]} distinct failure(s):"
for line in "${summary[@]}"; do echo "  - $line"; done
echo "Logs: $work"

#!/usr/bin/env bash
# Builds the benchmark corpus at each size with Hugo and with landau-site, alternating, and prints
# the medians of wall time, CPU time (user + sys) and peak memory (max RSS) from /usr/bin/time -v,
# with the ratio landau/Hugo. See bench/README.md.
#
#   bench/run.sh [--sizes "1000 10000 50000"] [--runs 5] [--landau PATH_TO_LANDAU_SITE] [--seed 1]
set -euo pipefail

sizes="1000 10000 50000"
runs=5
landau=""
seed=1
while [[ $# -gt 0 ]]; do
    case "$1" in
        --sizes) sizes="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --landau) landau="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
    esac
done

fail() { echo "run.sh: error: $*" >&2; exit 1; }
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || fail "--runs must be a positive number, not '$runs'"
for size in $sizes; do [[ "$size" =~ ^[1-9][0-9]*$ ]] || fail "--sizes must be positive numbers, not '$size'"; done
[[ -x /usr/bin/time ]] || fail "/usr/bin/time is missing (Debian package 'time')"
command -v hugo >/dev/null || fail "hugo is missing (Debian package 'hugo')"

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
work="$bench/.work"
bin="$bench/.bin"
mkdir -p "$work" "$bin"

if [[ -z "$landau" ]]; then
    echo "Publishing landau-site (Release) to $bin/landau ..." >&2
    dotnet publish "$root/src/Landau.Site.Cli" -c Release -o "$bin/landau" --nologo -v quiet >&2 || fail "dotnet publish of landau-site failed"
    landau="$bin/landau/landau-site"
fi
[[ -x "$landau" ]] || fail "$landau is not an executable landau-site"
echo "Publishing the corpus generator (Release) to $bin/corpus ..." >&2
dotnet publish "$root/bench/Landau.Site.Corpus" -c Release -o "$bin/corpus" --nologo -v quiet >&2 || fail "dotnet publish of the corpus generator failed"
corpus="$bin/corpus/landau-corpus"

results="$work/results.tsv"
printf 'size\tbuild\ttool\trun\twall_s\tcpu_s\tmax_rss_kb\thtml_files\n' > "$results"

# measure LABEL SIZE BUILD TOOL RUN OUT -- COMMAND...: runs COMMAND under /usr/bin/time -v, fails loudly, records one line.
measure() {
    local size="$1" build="$2" tool="$3" run="$4" out="$5"; shift 6
    local timing="$work/time.txt" log="$work/last-build.log"
    if ! /usr/bin/time -v -o "$timing" "$@" > "$log" 2>&1; then
        echo "---- $tool failed ($build, $size pages, run $run): $* ----" >&2
        tail -n 40 "$log" >&2
        fail "$tool build failed; see above and $log"
    fi
    local wall cpu rss files
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$timing")
    cpu=$(awk -F': ' '/User time \(seconds\)/ { u = $2 } /System time \(seconds\)/ { s = $2 } END { print u + s }' "$timing")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$timing")
    files=$(find "$out" -name '*.html' | wc -l)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$build" "$tool" "$run" "$wall" "$cpu" "$rss" "$files" >> "$results"
    printf '  %-7s %-8s run %s: wall %6.2f s  cpu %6.2f s  max rss %5d MB  (%s HTML files)\n' "$tool" "$build" "$run" "$wall" "$cpu" "$((rss / 1024))" "$files" >&2
}

hugo_build() {
    local source="$1" out="$2"
    # A full build every time: no output, no resources cache from the run before.
    rm -rf "$out" "$source/resources" "$work/hugo-cache"
    measure "$size" full hugo "$run" "$out" -- hugo --quiet -s "$source" -d "$out" --cacheDir "$work/hugo-cache"
}

landau_build() {
    local source="$1" out="$2"
    rm -rf "$out"
    measure "$size" full landau "$run" "$out" -- "$landau" build --source "$source" --output "$out"
    # The same build again into the same output, nothing changed.
    measure "$size" no-change landau "$run" "$out" -- "$landau" build --source "$source" --output "$out"
}

for size in $sizes; do
    echo "== $size pages: generating both corpora (seed $seed) ..." >&2
    "$corpus" --repo "$root" --pages "$size" --seed "$seed" --format landau --out "$work/$size/landau" --force >&2 || fail "corpus generation failed"
    "$corpus" --repo "$root" --pages "$size" --seed "$seed" --format hugo --out "$work/$size/hugo" --force >&2 || fail "corpus generation failed"
    for ((run = 1; run <= runs; run++)); do
        # Alternate which tool goes first, so neither always meets a warmer disk cache.
        if ((run % 2 == 1)); then
            hugo_build "$work/$size/hugo" "$work/$size/hugo-out"
            landau_build "$work/$size/landau" "$work/$size/landau-out"
        else
            landau_build "$work/$size/landau" "$work/$size/landau-out"
            hugo_build "$work/$size/hugo" "$work/$size/hugo-out"
        fi
    done
done

echo "== the real site (this repository), landau only ..." >&2
size=real
for ((run = 1; run <= runs; run++)); do
    rm -rf "$work/real-out"
    measure real full landau "$run" "$work/real-out" -- "$landau" build --source "$root" --output "$work/real-out"
done

# The table: medians per size, build and tool, and the ratio landau/Hugo.
awk -F'\t' -v runs="$runs" '
    function median(key,    n, i, j, t, a) {
        n = split(values[key], a, " ")
        for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    function cell(v) { return v == "" ? "–" : v }
    function ratio(l, h) { return (l == "" || h == "" || h + 0 == 0) ? "–" : sprintf("%.2f", l / h) }
    NR == 1 { next }
    {
        row = $1 SUBSEP $2
        if (!(row in seen)) { seen[row] = 1; order[++rows] = row }
        for (m = 5; m <= 8; m++) values[row SUBSEP $3 SUBSEP m] = values[row SUBSEP $3 SUBSEP m] " " $m
    }
    END {
        printf "| pages | build | Hugo wall (s) | landau wall (s) | landau/Hugo | Hugo CPU (s) | landau CPU (s) | landau/Hugo | Hugo max RSS (MB) | landau max RSS (MB) | landau/Hugo | HTML files Hugo / landau |\n"
        printf "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        for (r = 1; r <= rows; r++) {
            split(order[r], k, SUBSEP)
            for (m = 5; m <= 8; m++) {
                h[m] = (order[r] SUBSEP "hugo" SUBSEP m) in values ? median(order[r] SUBSEP "hugo" SUBSEP m) : ""
                l[m] = (order[r] SUBSEP "landau" SUBSEP m) in values ? median(order[r] SUBSEP "landau" SUBSEP m) : ""
            }
            hr = h[7] == "" ? "" : sprintf("%.0f", h[7] / 1024); lr = l[7] == "" ? "" : sprintf("%.0f", l[7] / 1024)
            printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s / %s |\n", k[1], k[2],
                cell(h[5] == "" ? "" : sprintf("%.2f", h[5])), sprintf("%.2f", l[5]), ratio(l[5], h[5]),
                cell(h[6] == "" ? "" : sprintf("%.2f", h[6])), sprintf("%.2f", l[6]), ratio(l[6], h[6]),
                cell(hr), lr, ratio(l[7], h[7]), cell(h[8]), l[8]
        }
        printf "\nMedians of %d run(s) each; CPU = user + sys; from /usr/bin/time -v. Raw runs: bench/.work/results.tsv\n", runs
    }' "$results"

#!/usr/bin/env bash
# The preview's rebuild time (issue 7): a copy of the real site under `landau-site serve`, 20 edits
# of one German article 1.5 s apart, and the median of the server's own "Rebuilt in N ms" lines.
#
#   bench/preview-rebuild.sh [PATH_TO_LANDAU_SITE]   (default: bench/.bin/landau/landau-site, from run.sh)
set -u
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin=${1:-$root/bench/.bin/landau/landau-site}
work="$root/bench/.work/preview"
rm -rf "$work" && mkdir -p "$work" && cp -r "$root"/{site.yml,content,layouts,i18n} "$work/"
"$bin" serve --source "$work" --port 18500 --timings > "$work.log" 2>/dev/null &
pid=$!
for _ in $(seq 1 300); do grep -q "^Preview:" "$work.log" && break; sleep 0.2; done
sleep 1
article="$work/content/de/wegweiser/sprache/integrationskurs.md"
for i in $(seq 1 20); do echo "Ein Satz Nummer $i." >> "$article"; sleep 1.5; done
kill "$pid"; wait "$pid" 2>/dev/null
grep -E "^(Built|Rebuilt)" "$work.log"
grep -oE "^Rebuilt in [0-9]+ ms" "$work.log" | awk '{print $3}' | sort -n |
  awk '{a[NR]=$1} END {printf "edits: %d, median: %s ms, min: %s, max: %s\n", NR, (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), a[1], a[NR]}'

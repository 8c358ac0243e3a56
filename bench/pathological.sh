#!/usr/bin/env bash
# Pathological pages from the hostile-input round: each is one page added to a copy of the golden
# fixture site and checked with `landau-site check`; prints seconds (wall, whole process), peak memory
# and the first diagnostic. Usage: bench/pathological.sh [path/to/landau-site] (default: a Release
# build published to bench/.bin/landau-site). Compare two builds side by side, e.g. the commit
# before issue 14 and now.
set -euo pipefail
cd "$(dirname "$0")/.."
tool=${1:-}
if [ -z "$tool" ]; then
  dotnet publish src/Landau.Site.Cli -c Release -o bench/.bin/landau-site >/dev/null
  tool=bench/.bin/landau-site/landau-site
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r tests/Landau.Site.Tests/Fixtures/golden-site "$work/site"
page="$work/site/content/de/themen/patho.md"

# name | python expression for the body (after the front matter)
cases=(
  "120 KB of identical headings|'## Gleich\n\n' * 11000"
  "200 KB of unclosed link openers [a](|'[a](' * 50000"
  "390 KB table, 100,000 columns|'|' + 'a|' * 100000 + '\n|' + '-|' * 100000 + '\n'"
  "60 KB of unmatched emphasis *a|'*a ' * 20000"
  "3,000 footnotes|''.join(f'Text[^{i}]\n\n' for i in range(3000)) + ''.join(f'[^{i}]: Fuß {i}\n\n' for i in range(3000))"
  "200 nested quotes|'> ' * 200 + 'x\n'"
  "800 KB of links, 199 per paragraph|('[a](' * 199 + '\n\n') * 1000"
)

printf '| case | size | seconds | peak MB | result |\n|---|---|---|---|---|\n'
for entry in "${cases[@]}"; do
  name=${entry%%|*}
  expr=${entry#*|}
  python3 -c "import sys; sys.stdout.write('---\ntitle: Patho\n---\n' + ($expr))" > "$page"
  size=$(( $(stat -c %s "$page") / 1024 ))
  out=$( { /usr/bin/time -f 'TIME %e %M' timeout 600 "$tool" check --source "$work/site" 2>&1 || true; } )
  read -r seconds kb < <(printf '%s\n' "$out" | awk '/^TIME/ {print $2, $3}')
  result=$(printf '%s\n' "$out" | grep -m1 -oE '(error|warning) LS[0-9]+[^.]*' || printf '%s\n' "$out" | grep -m1 -E '^Checked' | cut -c1-60)
  printf '| %s | %s KB | %s | %s | %s |\n' "$name" "$size" "${seconds:-timeout}" "$(( ${kb:-0} / 1024 ))" "$result"
done

#!/usr/bin/env bash
# Builds the real site with the generator of two commits and compares the outputs byte for byte:
# the proof that a refactoring changed nothing. Usage: bench/compare-builds.sh [BASE [HEAD]]
# (defaults: HEAD~1 and the working tree). Both builds read the *same* sources (this working
# tree's site.yml, content/, layouts/, i18n/), so only the generator differs. Exit 0 when identical.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
base=${1:-HEAD~1}
head=${2:-}
work=$(mktemp -d)
trap 'git -C "$repo" worktree remove --force "$work/base" >/dev/null 2>&1 || true; [ -n "$head" ] && git -C "$repo" worktree remove --force "$work/head" >/dev/null 2>&1; rm -rf "$work"' EXIT

build() { # $1: the generator's checkout, $2: output folder
  dotnet publish "$1/src/Landau.Site.Cli" -c Release -o "$work/bin-$(basename "$2")" >/dev/null
  "$work/bin-$(basename "$2")/landau-site" build --source "$repo" --output "$2" | tail -1
}

git worktree add --detach -q "$work/base" "$base"
if [ -n "$head" ]; then git worktree add --detach -q "$work/head" "$head"; head_tree="$work/head"; else head_tree="$repo"; fi
echo "base: $(git -C "$work/base" log --oneline -1)"; build "$work/base" "$work/out-base"
echo "head: ${head:-working tree}"; build "$head_tree" "$work/out-head"
if diff -r "$work/out-base" "$work/out-head" > "$work/diff.txt"; then
  echo "identical: $(find "$work/out-head" -type f | wc -l) files"
else
  echo "different:"; grep -E '^(Only in|Files|diff)' "$work/diff.txt" | sed "s|$work/||g" | head -50
  exit 1
fi

#!/usr/bin/env bash
# Scores `govgraph extract` on the shared minutes corpus (for developers; the test suite never
# needs it). Usage: scripts/score-minutes.sh [CORPUS_DIR] [--verbose]
# CORPUS_DIR defaults to ../shared/corpus beside the repository (holding minutes/*.txt and
# gold/*.json); the scorer is CORPUS_DIR/../tools/score-minutes.mjs.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$here/../shared/corpus}"
verbose="${2:-}"
if [[ "$corpus" == "--verbose" ]]; then verbose="--verbose"; corpus="$here/../shared/corpus"; fi
scorer="$corpus/../tools/score-minutes.mjs"
[[ -d "$corpus/gold" && -f "$scorer" ]] || { echo "no corpus at $corpus (need gold/, minutes/ and ../tools/score-minutes.mjs)" >&2; exit 2; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
status=0
for gold in "$corpus"/gold/*.json; do
  name="$(basename "$gold" .json)"
  text="$corpus/minutes/$name.txt"
  [[ -f "$text" ]] || { echo "$name: no $text" >&2; status=1; continue; }
  (cd "$here" && pnpm --silent govgraph extract "$text" --json) > "$out/$name.json"
  echo "== $name"
  node "$scorer" "$gold" "$out/$name.json" $verbose
done
exit $status

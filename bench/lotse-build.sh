#!/usr/bin/env bash
# Builds a folder of Markdown (e.g. the synthetic corpus of ../shared/bench/gen_corpus.py) with Lotse and
# the repository's default theme: lotse-build.sh SRC OUT [extra lotse options]
# Used by run-bench.sh as the LOTSE_CMD of ../shared/bench/run_peers.sh.
set -euo pipefail
SRC="$(realpath "$1")"; OUT="$2"; shift 2
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DLL="${LOTSE_DLL:-$REPO/generator/Lotse/bin/Release/net10.0/lotse.dll}"
ROOT="$(mktemp -d /tmp/lotse-bench-root.XXXXXX)"
trap 'rm -rf "$ROOT"' EXIT
ln -s "$SRC" "$ROOT/content"
ln -s "$REPO/themes" "$ROOT/themes"
ln -s "$REPO/node_modules" "$ROOT/node_modules"
printf 'title: Benchmark\nlanguage: de\ntheme: default\nsearch: %s\n' "${LOTSE_SEARCH:-true}" > "$ROOT/lotse.yml"
# LOTSE_LEAN=true: pages only (no Gesamtausgaben, no offline downloads, no precompressed .gz/.br copies), the work
# Hugo's tiny layouts do: Hugo writes each page once and compresses nothing.
[[ "${LOTSE_LEAN:-false}" == true ]] && printf 'print: false\noffline: false\nprecompress: false\n' >> "$ROOT/lotse.yml"
exec dotnet "$DLL" build "$ROOT" -o "$OUT" "$@"

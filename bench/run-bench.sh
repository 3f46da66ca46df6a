#!/usr/bin/env bash
# Whole-build benchmark: Lotse side by side with Hugo (and, where installed, MkDocs and docfx) on the
# synthetic German corpus of ../shared/bench, in one run with alternating builds (run_peers.sh).
#   bash bench/run-bench.sh 1000 [TOOL ...]      e.g. bash bench/run-bench.sh 10000 hugo lotse-nosearch
# Tools added here: "lotse" (default theme with everything: search index, Gesamtausgaben, offline ZIP and
# single-file FAQ), "lotse-nosearch" (the same without the search index) and "lotse-lean" (pages only: no
# search index, no Gesamtausgaben, no offline downloads, no .gz/.br copies — the work Hugo's tiny layouts do).
# Results: bench/results/ (summary-N.tsv).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${SHARED_BENCH:-$REPO/../shared/bench}"
WORK=/tmp/lotse-peer-bench
N="${1:?usage: run-bench.sh N [TOOL ...]}"; shift
TOOLS=("$@"); [[ ${#TOOLS[@]} -eq 0 ]] && TOOLS=(hugo lotse lotse-nosearch lotse-lean)

dotnet build -c Release "$REPO/generator/Lotse" -v q -nologo >/dev/null
rm -rf "$WORK" && cp -r "$SHARED" "$WORK"
command -v hugo >/dev/null || bash "$WORK/setup_peers.sh"

# run_peers.sh adds EXTRA_TOOLS to the tools it is given: name Lotse's variants there only, the peers as arguments.
PEERS=(); EXTRA=()
for t in "${TOOLS[@]}"; do [[ "$t" == lotse* ]] && EXTRA+=("$t") || PEERS+=("$t"); done
export EXTRA_TOOLS="${EXTRA[*]}"
export LOTSE_CMD="bash $REPO/bench/lotse-build.sh {src} {out}"
export LOTSE_INDEX="assets/search/manifest.js"
export LOTSE_NOSEARCH_CMD="env LOTSE_SEARCH=false bash $REPO/bench/lotse-build.sh {src} {out}"
export LOTSE_LEAN_CMD="env LOTSE_SEARCH=false LOTSE_LEAN=true bash $REPO/bench/lotse-build.sh {src} {out}"
# "hugo-pagefind": Hugo plus a Pagefind index over its output (the peer for a site with search; ../shared/bench/
# hugo-pagefind.sh), with pagefind 1.6.0 from PAGEFIND_NODE_MODULES (npm install pagefind@1.6.0 in any folder).
# "lotse-before": the full build with another build of Lotse (LOTSE_BEFORE_DLL), e.g. of an earlier commit.
ln -sfn "${PAGEFIND_NODE_MODULES:-$REPO/bench/search/node_modules}" "$WORK/node_modules"
export HUGO_PAGEFIND_CMD="bash $WORK/hugo-pagefind.sh $N {out}" HUGO_PAGEFIND_INDEX="pagefind/pagefind-entry.json"
[[ -n "${LOTSE_BEFORE_DLL:-}" ]] && export LOTSE_BEFORE_CMD="env LOTSE_DLL=$LOTSE_BEFORE_DLL bash $REPO/bench/lotse-build.sh {src} {out}" \
  LOTSE_BEFORE_INDEX="assets/search/manifest.js"
export RESULTS_DIR="$REPO/bench/results"
mkdir -p "$RESULTS_DIR"
bash "$WORK/run_peers.sh" "$N" "${PEERS[@]}"

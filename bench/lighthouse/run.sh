#!/usr/bin/env bash
# bench/lighthouse/run.sh — Lighthouse (mobile profile, simulated throttling) on the built repository site,
# served by Debian's nginx with the documented deployment configuration (deploy/nginx: .br/.gz, headers, caching).
#
#   bash bench/lighthouse/run.sh [--runs N] [--no-build] [--keep] [--serve] [PAGE ...]
#
# Builds the site (Release) into a temporary folder, serves it on a free port of 127.0.0.1, runs Lighthouse
# (accessibility + performance) N times per page (default 3; pages in turn, so the machine's load spreads over
# all of them), prints two tables of the medians (score, CLS, LCP, TBT, FCP, transferred bytes, each run's
# performance score): one with Lighthouse's defaults (CPU slowdown 4×) and one, from the same loads, with the CPU
# slowdown calibrated to this machine's benchmark index (audit.mjs; on a busy machine 4× slows an already slow CPU
# four times more), then stops its nginx (by its own process id) and deletes the folder (--keep: keep the
# reports and say where). Exit status 1 when a page misses the target in the default table: accessibility 100,
# performance >= 95, CLS 0 (medians).
# PAGE: a path below the site root (default: the home page, a Leitfaden page, the search page, empty and with ?q=).
# --no-build: serve the existing site/ instead of building. --serve: only serve (until Ctrl-C), run no Lighthouse.
# Needs: nginx (apt-get install nginx-light libnginx-mod-http-brotli-static), chromium, node and Lighthouse 12
#   (npm install --prefix /tmp/lh lighthouse@12.8.2; then LIGHTHOUSE=/tmp/lh/node_modules/.bin/lighthouse).
# Env: LIGHTHOUSE (default: lighthouse on the PATH), CHROME_PATH (default /usr/bin/chromium), NGINX (default /usr/sbin/nginx).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LH="${LIGHTHOUSE:-$(command -v lighthouse || true)}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
NGINX="${NGINX:-/usr/sbin/nginx}"
BROTLI=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so

runs=3 build=1 keep=0 serve_only=0 pages=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift ;;
    --no-build) build=0 ;;
    --keep) keep=1 ;;
    --serve) serve_only=1 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) pages+=("$1") ;;
  esac
  shift
done
[ ${#pages[@]} -gt 0 ] || pages=("" "leitfaden/reifegradmodell/" "suche/" "suche/?q=Antrag")
[ -n "$LH" ] && [ -x "$LH" ] || { echo "Lighthouse not found: set LIGHTHOUSE=/path/to/node_modules/.bin/lighthouse" >&2; exit 2; }
[ -x "$CHROME_PATH" ] || { echo "$CHROME_PATH missing: apt-get install chromium" >&2; exit 2; }
[ -x "$NGINX" ] || { echo "$NGINX missing: apt-get install nginx-light libnginx-mod-http-brotli-static" >&2; exit 2; }

work="$(mktemp -d /tmp/lotse-lighthouse-XXXXXX)"
chmod 755 "$work"
nginx_pid=""
cleanup() {
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
  if [ "$keep" = 1 ]; then echo "reports kept in $work/reports"; rm -rf "$work/site" "$work/profile"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# 1. The site.
if [ "$build" = 1 ]; then
  echo "building the site (Release) ..."
  (cd "$REPO" && dotnet run --project generator/Lotse -c Release -- build -o "$work/site" >"$work/build.log" 2>&1) \
    || { cat "$work/build.log" >&2; exit 1; }
  tail -n 1 "$work/build.log"
else
  [ -f "$REPO/site/index.html" ] || { echo "no site/ to serve: build first or leave out --no-build" >&2; exit 2; }
  cp -r "$REPO/site" "$work/site"
fi
chmod -R a+rX "$work/site"

# 2. nginx with the documented configuration, only listen and root changed (as tests/Lotse.BrowserTests/Deployment does).
port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
mkdir -p "$work/nginx/snippets" "$work/nginx/conf.d"
cp "$REPO/deploy/nginx/lotse-headers.conf" "$work/nginx/snippets/"
sed -e "s|listen 8080;|listen 127.0.0.1:$port;|" -e "s|root /var/www/lotse;|root $work/site;|" \
  "$REPO/deploy/nginx/lotse.conf" >"$work/nginx/conf.d/lotse.conf"
user_line="" brotli_line=""
[ "$(id -u)" = 0 ] && user_line="user nobody nogroup;"
[ -f "$BROTLI" ] && brotli_line="load_module $BROTLI;"
[ -n "$brotli_line" ] || sed -i 's/^\s*brotli_static on;//' "$work/nginx/conf.d/lotse.conf"
cat >"$work/nginx/nginx.conf" <<EOF
daemon off;
$user_line
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
$brotli_line
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    include conf.d/*.conf;
}
EOF
"$NGINX" -p "$work/nginx/" -c "$work/nginx/nginx.conf" -t >/dev/null 2>&1 || { "$NGINX" -p "$work/nginx/" -c "$work/nginx/nginx.conf" -t; exit 1; }
"$NGINX" -p "$work/nginx/" -c "$work/nginx/nginx.conf" &
nginx_pid=$!
base="http://127.0.0.1:$port/"
for _ in $(seq 1 100); do
  curl -fsS -o /dev/null "$base" 2>/dev/null && break
  sleep 0.1
done
curl -fsS -o /dev/null "$base" || { echo "nginx did not start:"; cat "$work/nginx/error.log"; exit 1; } >&2
echo "serving $work/site at $base with deploy/nginx/lotse.conf"
if [ "$serve_only" = 1 ]; then wait "$nginx_pid"; exit 0; fi

# 3. Lighthouse: every page once per round, $runs rounds, each load with a fresh profile (a cold cache), gathered
#    once (-G) and audited twice from the same load (audit.mjs): with the default CPU slowdown 4× and calibrated.
mkdir -p "$work/reports"
flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$work/profile"
echo "lighthouse $("$LH" --version), mobile, simulated throttling, $runs runs per page"
gathered=()
for round in $(seq 1 "$runs"); do
  for i in "${!pages[@]}"; do
    rm -rf "$work/profile"
    out="$work/reports/page$i-run$round"
    if "$LH" "$base${pages[$i]}" --quiet --only-categories=accessibility,performance -G="$out" \
        --chrome-flags="$flags" --max-wait-for-load=45000; then gathered+=("$out")
    else echo "lighthouse failed on /${pages[$i]} (run $round)" >&2; fi
  done
done
[ ${#gathered[@]} -gt 0 ] || { echo "no page was gathered" >&2; exit 1; }
node "$REPO/bench/lighthouse/audit.mjs" "$(cd "$(dirname "$(readlink -f "$LH")")/.." && pwd)" "${gathered[@]}"

# 4. The tables (medians) and the targets (exit status: the default table's).
node "$REPO/bench/lighthouse/table.mjs" "$work/reports" "${pages[@]}"

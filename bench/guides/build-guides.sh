#!/usr/bin/env bash
# Builds public German guides written for other generators with Lotse, with zero edits to their Markdown (issue 20).
# Each repository is taken at a pinned commit; Lotse's settings are written next to it (a site folder whose content/
# links to their docs), never into their files. Reports per guide: exit code, diagnostics, pages, titles, and
# sitecheck's axe violations, broken links and third-party requests.
#
#   bench/guides/build-guides.sh [NAME...]            # all guides, or some: commonsbooking it-bibliotheken haenno …
#
# Environment:
#   LOTSE_GUIDES_MIRROR  a folder with bare mirrors as OWNER+NAME/repo (offline machines); else git clone from GitHub
#   LOTSE_GUIDES_WORK    where the guides are unpacked and built (default /tmp/lotse-guides)
#   LOTSE                the lotse command (default: dotnet run of generator/Lotse, Release)
#   SITECHECK_ARGS       more options for sitecheck (e.g. --max-pages 25)
#   SITECHECK            sitecheck.mjs (default ../shared/tools/sitecheck/sitecheck.mjs next to the checkout); empty: skip
set -uo pipefail
repo_root=$(cd "$(dirname "$0")/../.." && pwd)
work=${LOTSE_GUIDES_WORK:-/tmp/lotse-guides}
mirror=${LOTSE_GUIDES_MIRROR:-}
lotse=${LOTSE:-"dotnet run --project $repo_root/generator/Lotse -c Release --"}
sitecheck=${SITECHECK-$repo_root/../shared/tools/sitecheck/sitecheck.mjs}   # needs its npm ci (README there)

# name | owner/repository | commit | generator | config or docs folder | extra lotse.yml lines (\n-separated)
guides=(
  "haenno|haenno/dokumentation|0b54907180d3b5f78b8666c219cb411e9c38ff6f|mkdocs|mkdocs.yml|"
  "commonsbooking|wielebenwir/commonsbooking|66ad9093e2782e54baf21c43227ee9f3eaf2831a|vitepress|docs|title: CommonsBooking\ndiagnostics:\n  LOT0704: warning   # their screenshots have no alt text (a real gap, reported)\n  LOT0402: warning   # one real broken anchor: hooks-and-filters.md links a heading that has another explicit id"
  "it-bibliotheken|pro4bib/handbuch-it-in-bibliotheken|623ce1280282a17729e99fe25357c760b2cfe34b|quarto|.|title: Handbuch IT in Bibliotheken\nanchors_across_pages: true\nbibliography: references.bib   # _quarto.yml's\ndiagnostics:\n  LOT0704: warning   # two cc-by badges without alt text (real)\n  LOT0402: warning   # anchors no heading has (real: #betrieb, #rfdi, …)\n  LOT0401: warning   # two links to the first edition (v1.0.0/), excluded below: they lead nowhere in this build\nexclude: [v1.0.0/, templates/]   # quarto render publishes neither: the first edition's HTML (their Makefile copies it beside the site) and templates"
  "open-data-handbuch|berlinonline/open-data-handbuch|0207a231662ebb2da9ee3f6841b8ed9d75ab0dbb|jekyll|.|title: Open Data Handbuch\ndiagnostics:\n  LOT0402: warning   # real: #nutzerprofil, #struktur-der-rückgabeformate, #rss-format name no heading (it is #profil, #rss-format-index)"
  "wollmux|WollMux/WollMuxHandbuch|05af9362a6a05a618dcb86c87cf38fb2a329ad3f|gitbook|markdown|title: WollMux Handbuch\ndiagnostics:\n  LOT0401: warning   # real: links left from the MediaWiki it came from (Konfigurationsdatei_wollmux.conf#…, :Category:…), anchors written without '#', typos (okumentkommandos_…), Komfortfunktionen.md and 18.2/MailMerge/MSOffice.md that SUMMARY.md names but do not exist\n  LOT0402: warning   # real: anchors of headings that were renamed (#das-kommando-insertvalue, the heading is now the whole WM(CMD …) call)\n  LOT0704: warning   # real: raw <img> screenshots without alt text"
  "gruene-social|netzbegruenung/handbuch.gruene.social|aaab291095ea35a661e384f53c64aa16b024c836|docsify|docs|title: Handbuch gruene.social\nlinks_from_root: true   # docsify: relative links count from the docs root\ndiagnostics:\n  LOT0401: warning   # real: two typos (mastodon/activcitypub.md; apps-clients.md, which is in mastodon/)"
  "jugend-hackathons|Jugendhackt/Handbuch-Jugend-Hackathons|e1917718f84bb795db9198f878b8597fc7cb0883|jekyll|.|title: Handbuch Jugend-Hackathons"
  "freifunk-hamburg|rainersax/FreifunkHamburgHandbuch|318d9f4ac0a4cd5bd87665f778455c506e01d4ac|leanpub|.|title: Freifunk Hamburg Handbuch\ndiagnostics:\n  LOT0704: warning   # real: screenshots with a title but without alt text (![](x.png \"Titel\"))\n  LOT0401: warning   # the .mobi previews the README links are not in the mirror (left out when fetched)"
  "gesetze|bundestag/gesetze|77abca2ceea3b7b89ea70afb13b5dd55415eb124|markdown|.|title: Gesetze"
  "agile-verwaltung|technologiestiftung/leitfaden-agile-verwaltung|1df15bc1e3e21046896c1f3b8e0c66a1a832bd57|docusaurus|docusaurus.config.js|"
  "dorfpflege|levino/docs-dorfpflege-roessing|5ecbcaeedddf0151c56f9af6951f43be5cc1c7e3|docusaurus|docusaurus.config.ts|"
  "rz-barrierefreiheit|RZ-BY/Leitfaden-Barrierefreiheit|5ead3b5ab21c1c50bfd4632d32764e0817c17d3b|github|docs|title: Leitfaden Barrierefreiheit"
)

# Unpacks OWNER/NAME at COMMIT into DIR: from the mirror (blobs the mirror lacks are left out and named), or a clone.
fetch() {
  local slug=$1 commit=$2 dir=$3 git_dir
  rm -rf "$dir" && mkdir -p "$dir"
  if [ -n "$mirror" ] && [ -d "$mirror/${slug/\//+}/repo" ]; then
    git_dir="$mirror/${slug/\//+}/repo"
  else
    git_dir="$work/clones/${slug/\//+}.git"
    [ -d "$git_dir" ] || git clone --quiet --bare "https://github.com/$slug.git" "$git_dir" || return 1
  fi
  local missing=()
  # -z: paths as they are (git quotes umlauts and control characters otherwise: "images/schritt-f\303\274r.png").
  while IFS=$'\t' read -r -d '' meta path; do
    set -- $meta
    [ "$2" = blob ] && ! git -C "$git_dir" cat-file -e "$3" 2>/dev/null && missing+=("$path")
  done < <(git -C "$git_dir" ls-tree -r -z "$commit")
  if [ ${#missing[@]} -eq 0 ]; then git -C "$git_dir" archive "$commit" | tar -x -C "$dir"; return; fi
  echo "  (not in the mirror, left out: ${missing[*]})"
  # git archive stops at a missing blob: then file by file.
  while IFS=$'\t' read -r -d '' meta path; do
    set -- $meta
    [ "$2" = blob ] && git -C "$git_dir" cat-file -e "$3" 2>/dev/null || continue
    mkdir -p "$dir/$(dirname "$path")" && git -C "$git_dir" cat-file blob "$3" >"$dir/$path"
  done < <(git -C "$git_dir" ls-tree -r -z "$commit")
}

selected=("$@")
summary=()
for entry in "${guides[@]}"; do
  IFS='|' read -r name slug commit kind source extra <<<"$entry"
  if [ ${#selected[@]} -gt 0 ] && [[ ! " ${selected[*]} " =~ " $name " ]]; then continue; fi
  echo "== $name ($kind, $slug @ ${commit:0:12})"
  src="$work/$name/repo" site="$work/$name/site" out="$work/$name/out"
  fetch "$slug" "$commit" "$src" || { summary+=("$name: fetch failed"); continue; }
  rm -rf "$site" "$out" && mkdir -p "$site"
  if [ "$kind" = mkdocs ]; then
    # lotse init --from links content/ to docs_dir and takes over site_name and nav (nav.yml goes to _data of the docs).
    cp "$src/$source" "$site/mkdocs.yml"; ln -s "$src/docs" "$site/docs"
    (cd "$site" && $lotse init --from mkdocs.yml) || { summary+=("$name: init failed"); continue; }
  elif [ "$kind" = docusaurus ]; then
    # lotse init --from reads title, tagline, defaultLocale, the docs' path and routeBasePath, and a written sidebar.
    $lotse init "$site" --from "$src/$source" || { summary+=("$name: init failed"); continue; }
  else
    ln -s "$src/$source" "$site/content"
    printf 'language: de\nlinks: files\n' > "$site/lotse.yml"
  fi
  [ -n "$extra" ] && printf '%b\n' "$extra" >> "$site/lotse.yml"
  log="$work/$name/build.log"
  $lotse build "$site" -o "$out" >"$log" 2>&1
  rc=$?
  errors=$(grep -c ': error LOT' "$log"); warnings=$(grep -c ': warning LOT' "$log")
  pages=$(find "$out" -name index.html 2>/dev/null | wc -l)
  echo "  exit $rc, $errors errors, $warnings warnings, $pages pages (log: $log)"
  grep -o 'LOT[0-9]*' "$log" | sort | uniq -c | sed 's/^/   /'
  grep -E ': (error|warning) LOT' "$log" | cut -c1-220 | head -40 | sed 's/^/  /'
  if [ -d "$out" ]; then
    echo "  titles:"; find "$out" -name index.html | sort | head -15 | while read -r f; do
      printf '    %s: %s\n' "${f#$out/}" "$(grep -o '<title>[^<]*' "$f" | head -1 | sed 's/<title>//')"; done
    if [ -n "$sitecheck" ] && [ -f "$sitecheck" ]; then
      node "$sitecheck" "$out" ${SITECHECK_ARGS:-} --json "$work/$name/sitecheck.json" --details grouped >"$work/$name/sitecheck.log" 2>&1
      last=$(tail -1 "$work/$name/sitecheck.log"); echo "  sitecheck: $last"
    fi
  fi
  summary+=("$name: exit $rc, $errors errors, $warnings warnings, $pages pages; ${last:-no sitecheck}")
  last=""
done
echo; echo "== summary"; printf '%s\n' "${summary[@]}"

'use strict'
// Lotse's search against Pagefind on Lotse's own site, side by side, in Debian's Chromium (never downloaded):
// quality over the evaluation set (tests/Lotse.BrowserTests/SearchEvaluation/queries.tsv: top-3 and mean reciprocal
// rank), cold start (a fresh browser context opens the search with ?q= until the first results are on the page; the
// median of RUNS), and the bytes of the index and of the scripts a search needs.
// Pagefind indexes the same pages Lotse indexes (the pages of Lotse's search store; its <main>, German from lang="de").
// Usage (after `npm ci` in bench/search and a build of the site):
//   node bench/search/vs-pagefind.js [site folder] ; RUNS=7 to change the number of cold starts.
//   LOTSE_BEFORE_SITE=<another build of the site> adds its cold starts as a column "Lotse before" (e.g. the site built
//   by the previous commit), measured in the same run: the cold starts of all pages take turns, query by query.
const fs = require('fs')
const os = require('os')
const path = require('path')
const http = require('http')
const zlib = require('zlib')
const vm = require('vm')
const { execFileSync } = require('child_process')
const { chromium } = require('playwright-core')

const repo = path.resolve(__dirname, '..', '..')
const site = path.resolve(process.argv[2] || path.join(repo, 'site'))
const RUNS = Number(process.env.RUNS || 5)
const COLD_QUERIES = ['Nutzerkonto', 'Wer zahlt den Betrieb von EfA-Diensten', 'Barrierefreiheit']

const queries = fs.readFileSync(path.join(repo, 'tests/Lotse.BrowserTests/SearchEvaluation/queries.tsv'), 'utf8')
  .split('\n').filter(l => l.trim() && !l.startsWith('#')).map(l => {
    const [kind, query, expected] = l.split('\t')
    return { kind, query, expected: expected.split('|').map(e => e.trim()) }
  })

// The pages Lotse's search indexes, from its store (read with the site's own lunr-lotse.js).
function lotsePages () {
  const pages = new Set()
  const window = {}
  window.window = window
  const context = vm.createContext(window)
  for (const file of ['assets/vendor/lunr/lunr.min.js', 'assets/vendor/lunr-languages/lunr.stemmer.support.js',
    'assets/vendor/lunr-languages/lunr.de.js', 'assets/js/lunr-lotse.js', 'assets/search/manifest.js']) {
    vm.runInContext(fs.readFileSync(path.join(site, file), 'utf8'), context)
  }
  window.LotseSearch = { addShard: (id, d) => Object.values(window.lunr.lotse.loadStore(d.store)).forEach(s => pages.add(s.u.replace(/#.*$/, ''))) }
  for (const shard of window.LotseSearchManifest.shards) vm.runInContext(fs.readFileSync(path.join(site, shard.file), 'utf8'), context)
  return pages
}

function copyDir (from, to) {
  fs.mkdirSync(to, { recursive: true })
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const a = path.join(from, entry.name)
    const b = path.join(to, entry.name)
    if (entry.isDirectory()) copyDir(a, b); else fs.copyFileSync(a, b)
  }
}

function walk (dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(p, out); else out.push(p)
  }
  return out
}

function bytes (files) {
  let raw = 0
  let gzip = 0
  for (const f of files) {
    const data = fs.readFileSync(f)
    raw += data.length
    gzip += zlib.gzipSync(data, { level: 9 }).length
  }
  return { raw, gzip, files: files.length }
}

const median = xs => { const s = xs.slice().sort((a, b) => a - b); return s[Math.floor(s.length / 2)] }

function rankOf (urls, expected) {
  return urls.findIndex(u => expected.some(e => u.startsWith(e))) + 1
}

function score (ranked) {
  let top3 = 0
  let rr = 0
  ranked.forEach((urls, i) => {
    const rank = rankOf(urls, queries[i].expected)
    if (rank >= 1 && rank <= 3) top3++
    if (rank >= 1) rr += 1 / rank
  })
  return { top3: top3 / queries.length, mrr: rr / queries.length }
}

function serve (root) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' }
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(req.url.split('?')[0])
    let file = path.join(root, url)
    if (!file.startsWith(root)) { res.writeHead(403); return res.end() }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html')
    if (!fs.existsSync(file)) { res.writeHead(404); return res.end() }
    const data = fs.readFileSync(file)
    const type = types[path.extname(file)] || 'application/octet-stream'
    // Both served as a plain static server with gzip does: text compressed, Pagefind's pre-compressed files as they are.
    if (/text|javascript|json/.test(type) && /gzip/.test(req.headers['accept-encoding'] || '')) {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store' })
      return res.end(zlib.gzipSync(data, { level: 6 }))
    }
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' })
    res.end(data)
  })
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)))
}

// As a search page does: search, then load the first results' data to show them.
const PAGEFIND_SCRIPT = `const pagefind = await import('./pagefind/pagefind.js')
await pagefind.options({})
window.pagefindSearch = async (q, n) => {
  const search = await pagefind.search(q)
  const data = await Promise.all(search.results.slice(0, n).map(r => r.data()))
  return data.map(d => d.url)
}
const q = new URL(location.href).searchParams.get('q')
if (q) {
  const urls = await window.pagefindSearch(q, 10)
  const list = document.querySelector('[data-lotse-search-results]')
  urls.forEach(u => { const li = document.createElement('li'); li.textContent = u; list.appendChild(li) })
  performance.mark('pagefind-first-results')
}
window.pagefindReady = true
`

async function main () {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-vs-pagefind-'))
  const pf = path.join(work, 'pagefind-site')
  copyDir(site, pf)
  const indexed = lotsePages()
  for (const file of walk(pf).filter(f => f.endsWith('.html'))) {
    const rel = path.relative(pf, file).split(path.sep).join('/')
    if (!indexed.has(rel)) fs.unlinkSync(file)
  }
  const pagefindBin = path.join(__dirname, 'node_modules/.bin/pagefind')
  const started = Date.now()
  execFileSync(pagefindBin, ['--site', pf, '--root-selector', 'main', '--output-subdir', 'pagefind'], { stdio: 'pipe' })
  const pagefindBuildMs = Date.now() - started
  // Pagefind's search in Lotse's own search page (same HTML, styles and site scripts), its search scripts replaced.
  const searchPage = fs.readFileSync(path.join(site, 'suche/index.html'), 'utf8')
    .replace(/<script src="[^"]*(lunr|search\/manifest|js\/search)[^"]*"[^>]*><\/script>\n?/g, '')
    .replace('</body>', '<script type="module" src="../pagefind-bench.js"></script>\n</body>')
  fs.mkdirSync(path.join(pf, 'suche'), { recursive: true })
  fs.writeFileSync(path.join(pf, 'suche/index.html'), searchPage)
  fs.writeFileSync(path.join(pf, 'pagefind-bench.js'), PAGEFIND_SCRIPT)

  const lotseServer = await serve(site)
  const pfServer = await serve(pf)
  const lotseUrl = `http://127.0.0.1:${lotseServer.address().port}/`
  const pfUrl = `http://127.0.0.1:${pfServer.address().port}/`
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })

  // Quality
  let page = await (await browser.newContext()).newPage()
  // The index loads once there is a query: the page is opened with one.
  await page.goto(lotseUrl + 'suche/index.html?q=Nutzerkonto')
  await page.waitForFunction(() => window.LotseSearch && window.LotseSearch.allLoaded())
  const lotseRanked = await page.evaluate(qs => {
    const input = document.querySelector('#suche-eingabe')
    const root = document.querySelector('script[src$="assets/js/search.js"]').src.replace(/assets\/js\/search\.js$/, '')
    return qs.map(q => {
      input.value = q
      input.form.requestSubmit()
      return Array.from(document.querySelectorAll('[data-lotse-search-results] > li > a.search-result-link')).map(a => a.href.slice(root.length))
    })
  }, queries.map(q => q.query))
  // Searching and rendering a broad query's list (50 pages with snippets and sections), median of 21: the whole submit,
  // and the search page's own split into searching and rendering the list (LotseSearch.lastTiming).
  const renderMs = await page.evaluate(() => {
    const input = document.querySelector('#suche-eingabe')
    const times = []
    const search = []
    const render = []
    for (let i = 0; i < 21; i++) {
      input.value = i % 2 ? 'Kommune' : 'Verwaltung'
      const t = performance.now()
      input.form.requestSubmit()
      times.push(performance.now() - t)
      search.push(window.LotseSearch.lastTiming.search)
      render.push(window.LotseSearch.lastTiming.render)
    }
    const mid = xs => xs.sort((a, b) => a - b)[10]
    return { ms: mid(times), search: mid(search), render: mid(render), shown: document.querySelectorAll('[data-lotse-search-results] > li').length }
  })
  page = await (await browser.newContext()).newPage()
  await page.goto(pfUrl + 'suche/index.html')
  await page.waitForFunction(() => window.pagefindReady)
  const pfRanked = []
  for (const q of queries) {
    const urls = await page.evaluate(q => window.pagefindSearch(q, 10), q.query)
    pfRanked.push(urls.map(u => u.replace(/^\//, '')))
  }

  // Cold start: a new context (empty cache) opens the search page with ?q=; the time from the start of navigation to the
  // search page's performance mark set when the first results are in the list (both pages set one). What the page
  // requested on the way is recorded (HTTP only; file:// has no network), to count the bytes a query downloads. The pages
  // take turns (each query opened in every one of them before the next), so that a change of the machine's load meets all.
  const before = process.env.LOTSE_BEFORE_SITE ? path.resolve(process.env.LOTSE_BEFORE_SITE) : null
  const beforeServer = before ? await serve(before) : null
  const coldPages = [
    { name: 'lotse', url: lotseUrl + 'suche/index.html', mark: 'lotse-search-first-results', requested: [] },
    { name: 'lotseFile', url: 'file://' + path.join(site, 'suche/index.html'), mark: 'lotse-search-first-results' },
    { name: 'pagefind', url: pfUrl + 'suche/index.html', mark: 'pagefind-first-results', requested: [] }
  ]
  if (before) {
    coldPages.push({ name: 'before', url: `http://127.0.0.1:${beforeServer.address().port}/suche/index.html`, mark: 'lotse-search-first-results' })
    coldPages.push({ name: 'beforeFile', url: 'file://' + path.join(before, 'suche/index.html'), mark: 'lotse-search-first-results' })
  }
  coldPages.forEach(c => { c.times = [] })
  let turn = 0
  for (let run = 0; run < RUNS; run++) {
    for (const q of COLD_QUERIES) {
      // Each turn starts with another page (the first of a turn measured slower in both runs of 2026-12-06).
      const start = turn++ % coldPages.length
      for (const c of coldPages.slice(start).concat(coldPages.slice(0, start))) {
        const context = await browser.newContext()
        const p = await context.newPage()
        const urls = []
        p.on('request', r => urls.push(r.url()))
        await p.goto(c.url + '?q=' + encodeURIComponent(q), { waitUntil: 'commit' })
        await p.waitForFunction(m => performance.getEntriesByName(m).length > 0, c.mark, { timeout: 30000, polling: 10 })
        c.times.push(await p.evaluate(m => performance.getEntriesByName(m)[0].startTime, c.mark))
        if (c.requested && run === 0) c.requested.push(urls)
        await context.close()
      }
    }
  }
  const coldOf = name => coldPages.find(c => c.name === name)
  const lotseRequests = coldOf('lotse').requested
  const pfRequests = coldOf('pagefind').requested
  const lotseCold = median(coldOf('lotse').times)
  const lotseColdFile = median(coldOf('lotseFile').times)
  const pfCold = median(coldOf('pagefind').times)
  if (beforeServer) beforeServer.close()
  // An empty search page (no ?q=): what it downloads of the index.
  const emptyContext = await browser.newContext()
  const emptyPage = await emptyContext.newPage()
  const emptyRequests = []
  emptyPage.on('request', r => emptyRequests.push(r.url()))
  await emptyPage.goto(lotseUrl + 'suche/index.html', { waitUntil: 'networkidle' })
  await emptyContext.close()
  await browser.close()
  lotseServer.close()
  pfServer.close()

  const lotseIndex = bytes(walk(path.join(site, 'assets/search')).filter(f => f.endsWith('.js')))
  // Bytes a query downloads: the files the cold starts requested (mean over the queries), as on disk and as served (the
  // server gzips text; Pagefind's own files are compressed already and sent as they are).
  const served = f => /\.(js|json|html|css)$/.test(f) ? zlib.gzipSync(fs.readFileSync(f), { level: 6 }).length : fs.statSync(f).size
  const downloaded = (lists, base, root, isIndex) => {
    let raw = 0
    let wire = 0
    let files = 0
    for (const urls of lists) {
      for (const u of new Set(urls)) {
        if (!u.startsWith(base)) continue
        const rel = decodeURIComponent(u.slice(base.length).split('?')[0])
        if (!isIndex(rel)) continue
        const f = path.join(root, rel)
        if (!fs.existsSync(f) || fs.statSync(f).isDirectory()) continue
        raw += fs.statSync(f).size
        wire += served(f)
        files++
      }
    }
    return { raw: raw / lists.length, wire: wire / lists.length, files: files / lists.length }
  }
  const lotseQuery = downloaded(lotseRequests, lotseUrl, site, rel => rel.startsWith('assets/search/'))
  const pfQuery = downloaded(pfRequests, pfUrl, pf, rel => /^pagefind\/(index|fragment|filter)\/|pagefind-entry\.json|\.pf_meta$/.test(rel))
  const emptyIndexRequests = emptyRequests.filter(u => u.includes('assets/search/index-')).length
  // The scripts the search page loads: one file since lunr.js, lunr.de and lunr-lotse.js are bundled into search.js.
  const bundled = fs.readFileSync(path.join(site, 'assets/js/search.js'), 'utf8').includes('/* assets/vendor/lunr/lunr.min.js */')
  const lotseScripts = bytes((bundled ? ['assets/js/search.js'] : ['assets/vendor/lunr/lunr.min.js', 'assets/vendor/lunr-languages/lunr.stemmer.support.js',
    'assets/vendor/lunr-languages/lunr.de.js', 'assets/js/lunr-lotse.js', 'assets/js/search.js']).map(f => path.join(site, f)))
  const pfFiles = walk(path.join(pf, 'pagefind'))
  const pfIsScript = f => /pagefind(-entry)?\.js$|\.pagefind$|wasm/.test(path.basename(f)) && !/ui|highlight|modular|component/.test(path.basename(f))
  const pfIndex = bytes(pfFiles.filter(f => /\/(index|fragment|filter)\/|pagefind-entry\.json|\.pf_meta$/.test(f)))
  const pfScripts = bytes(pfFiles.filter(f => !/\/(index|fragment|filter)\/|pagefind-entry\.json|\.pf_meta$/.test(f) && pfIsScript(f)))
  const lotse = score(lotseRanked)
  const pagefind = score(pfRanked)
  const pct = x => (100 * x).toFixed(1) + ' %'
  const kb = x => (x / 1024).toFixed(0) + ' KB'
  const rows = [
    ['', 'Lotse', 'Pagefind 1.4.0'],
    [`top-3 (${queries.length} queries)`, pct(lotse.top3), pct(pagefind.top3)],
    ['mean reciprocal rank', lotse.mrr.toFixed(3), pagefind.mrr.toFixed(3)],
    [`cold start, first results, HTTP (median of ${RUNS * COLD_QUERIES.length})`, lotseCold.toFixed(0) + ' ms', pfCold.toFixed(0) + ' ms'],
    ['cold start, first results, file://', lotseColdFile.toFixed(0) + ' ms', 'does not work'],
    ...(before ? [
      ['cold start, first results, HTTP: Lotse before', median(coldOf('before').times).toFixed(0) + ' ms', ''],
      ['cold start, first results, file://: Lotse before', median(coldOf('beforeFile').times).toFixed(0) + ' ms', '']
    ] : []),
    ['cold start: Lotse faster than Pagefind (HTTP) in', `${coldOf('lotse').times.filter((t, i) => t < coldOf('pagefind').times[i]).length} of ${coldOf('lotse').times.length} turns`, ''],
    ['index bytes on disk, all (files)', `${kb(lotseIndex.raw)} (${lotseIndex.files})`, `${kb(pfIndex.raw)} (${pfIndex.files})`],
    ['index bytes gzip -9, all', kb(lotseIndex.gzip), kb(pfIndex.gzip)],
    ['index downloaded for one query, on disk (files)', `${kb(lotseQuery.raw)} (${lotseQuery.files.toFixed(0)})`, `${kb(pfQuery.raw)} (${pfQuery.files.toFixed(1)})`],
    ['index downloaded for one query, as served', kb(lotseQuery.wire), kb(pfQuery.wire)],
    ['index requests of the empty search page', String(emptyIndexRequests), ''],
    ['search scripts on disk / gzip', `${kb(lotseScripts.raw)} / ${kb(lotseScripts.gzip)}`, `${kb(pfScripts.raw)} / ${kb(pfScripts.gzip)}`],
    ['index + scripts gzip', kb(lotseIndex.gzip + lotseScripts.gzip), kb(pfIndex.gzip + pfScripts.gzip)],
    [`submit: search + render ${renderMs.shown} results (median)`, renderMs.ms.toFixed(1) + ' ms', ''],
    [`  of which search / render the list`, `${renderMs.search.toFixed(1)} / ${renderMs.render.toFixed(1)} ms`, ''],
    ['index build', 'part of lotse build', pagefindBuildMs + ' ms']
  ]
  const width = rows.map(r => r[0].length).reduce((a, b) => Math.max(a, b))
  rows.forEach(r => console.log(r[0].padEnd(width) + ' | ' + r[1].padEnd(20) + ' | ' + r[2]))
  fs.rmSync(work, { recursive: true, force: true })
}

main().catch(e => { console.error(e); process.exit(1) })

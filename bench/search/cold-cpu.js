'use strict'
// What a cold `suche/?q=` costs the page, measured so that a busy machine does not hide it: the main thread's CPU time
// (thread time of the renderer's tasks in a Chromium trace, category devtools.timeline) up to the performance mark
// `lotse-search-first-results`, the critical request chain (how many requests in sequence before the first results,
// from each request's initiator), and the render of a broad query's list (50 results; LotseSearch.lastTiming.render,
// median of many submits). Several builds side by side, in turns, in one run.
// Usage: node bench/search/cold-cpu.js <site> [<other site> …]   (RUNS=5 cold starts per site and scheme)
const fs = require('fs')
const os = require('os')
const path = require('path')
const http = require('http')
const zlib = require('zlib')
const { chromium } = require('playwright-core')

const sites = process.argv.slice(2).map(s => path.resolve(s))
const RUNS = Number(process.env.RUNS || 5)
const RENDERS = Number(process.env.RENDERS || 41)
const QUERY = 'Nutzerkonto'

function serve (root) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' }
  const server = http.createServer((req, res) => {
    let file = path.join(root, decodeURIComponent(req.url.split('?')[0]))
    if (!file.startsWith(root)) { res.writeHead(403); return res.end() }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html')
    if (!fs.existsSync(file)) { res.writeHead(404); return res.end() }
    const data = fs.readFileSync(file)
    const type = types[path.extname(file)] || 'application/octet-stream'
    if (/text|javascript/.test(type) && /gzip/.test(req.headers['accept-encoding'] || '')) {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store' })
      return res.end(zlib.gzipSync(data, { level: 6 }))
    }
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' })
    res.end(data)
  })
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)))
}

const median = xs => { const s = xs.slice().sort((a, b) => a - b); return s[Math.floor(s.length / 2)] }

// One cold start: a fresh context, traced; returns the main thread's CPU up to the mark and the request chain.
async function coldStart (browser, url) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  const requests = new Map()
  cdp.on('Network.requestWillBeSent', e => {
    const init = e.initiator || {}
    let parent = init.url || null
    if (!parent && init.stack) {
      for (let s = init.stack; s && !parent; s = s.parent) parent = (s.callFrames.find(f => f.url) || {}).url || null
    }
    if (!requests.has(e.request.url)) requests.set(e.request.url, { parent: e.type === 'Document' ? null : (parent || 'document') })
  })
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'disabled-by-default-devtools.timeline'] })
  await page.goto(url + '?q=' + encodeURIComponent(QUERY), { waitUntil: 'commit' })
  await page.waitForFunction(() => performance.getEntriesByName('lotse-search-first-results').length > 0, null, { timeout: 60000, polling: 20 })
  const [wall, firstRender, firstShown] = await page.evaluate(() => [performance.getEntriesByName('lotse-search-first-results')[0].startTime,
    window.LotseSearch.lastTiming.render, window.LotseSearch.lastTiming.shown])
  const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents
  await context.close()
  const mark = trace.find(e => e.name === 'lotse-search-first-results')
  const main = trace.find(e => e.name === 'thread_name' && e.args.name === 'CrRendererMain' && e.pid === mark.pid)
  let cpu = 0
  for (const e of trace) {
    if (e.pid === mark.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask' && e.ts < mark.ts && e.tdur) cpu += e.tdur
  }
  // Depth of each request: 1 for the document, its initiator's depth + 1 for the others.
  const depth = u => {
    let d = 1
    for (let r = requests.get(u); r && r.parent && r.parent !== 'document' && d < 20; r = requests.get(r.parent)) d++
    return requests.get(u) && requests.get(u).parent === 'document' ? d + 1 : d
  }
  const shards = [...requests.keys()].filter(u => /assets\/search\/index-/.test(u))
  if (process.env.BREAKDOWN) {
    // Thread time by kind of work (the direct children of the tasks; scripts by file), to see where it goes.
    const by = {}
    const tasks = trace.filter(e => e.pid === mark.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask' && e.ts < mark.ts)
    for (const e of trace) {
      if (e.pid !== mark.pid || e.tid !== main.tid || e.ph !== 'X' || e.name === 'RunTask' || !e.tdur || e.ts >= mark.ts) continue
      const parent = tasks.find(t => t.ts <= e.ts && e.ts + e.dur <= t.ts + t.dur)
      if (!parent) continue
      const nested = trace.some(o => o !== e && o.pid === e.pid && o.tid === e.tid && o.ph === 'X' && o.name !== 'RunTask' && o.ts <= e.ts && e.ts + e.dur <= o.ts + o.dur && o.dur > e.dur && o.ts >= parent.ts)
      if (nested) continue
      const d = e.args && e.args.data
      const key = e.name + (d && d.url ? ' ' + d.url.replace(/^.*\//, '') : '') + (d && d.functionName ? ' ' + d.functionName : '')
      by[key] = (by[key] || 0) + e.tdur / 1000
    }
    for (const e of trace) {
      if (e.pid === mark.pid && e.tid === main.tid && e.ph === 'X' && /^(EvaluateScript|FunctionCall|TimerFire|v8.compile|Layout|ParseHTML)$/.test(e.name) && e.ts < mark.ts && e.tdur > 500) {
        const d = (e.args && (e.args.data || e.args.beginData)) || {}
        console.log('   ' + ((e.ts - tasks[0].ts) / 1000).toFixed(0).padStart(5) + ' ms  ' + (e.tdur / 1000).toFixed(1).padStart(6) + ' ' + e.name + ' ' + (d.url || '').replace(/^.*\//, '') + ' ' + (d.functionName || ''))
      }
    }
    console.log(Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => v.toFixed(1).padStart(7) + ' ' + k).join('\n'))
  }
  return { cpu: cpu / 1000, wall, firstRender, firstShown, requests: requests.size, chain: Math.max(...shards.map(depth), ...[...requests.keys()].filter(u => /\.js$/.test(u)).map(depth)) }
}

async function renderTimes (browser, url) {
  const page = await (await browser.newContext()).newPage()
  await page.goto(url + '?q=Nutzerkonto')
  await page.waitForFunction(() => window.LotseSearch && window.LotseSearch.allLoaded())
  const times = await page.evaluate(n => {
    const input = document.querySelector('#suche-eingabe')
    const out = []
    for (let i = 0; i < n; i++) {
      input.value = i % 2 ? 'Kommune' : 'Verwaltung'
      input.form.requestSubmit()
      out.push([window.LotseSearch.lastTiming.render, window.LotseSearch.lastTiming.shown])
    }
    return out
  }, RENDERS)
  await page.context().close()
  return times
}

async function main () {
  const servers = await Promise.all(sites.map(serve))
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
  const pages = []
  sites.forEach((site, i) => {
    pages.push({ name: `${path.basename(site)} HTTP`, url: `http://127.0.0.1:${servers[i].address().port}/suche/index.html`, r: [] })
    pages.push({ name: `${path.basename(site)} file`, url: 'file://' + path.join(site, 'suche/index.html'), r: [] })
  })
  for (let run = 0; run < RUNS; run++) {
    const start = run % pages.length
    for (const p of pages.slice(start).concat(pages.slice(0, start))) p.r.push(await coldStart(browser, p.url))
  }
  const renders = sites.map(() => [])
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < sites.length; i++) renders[i].push(...await renderTimes(browser, pages[2 * i].url))
  }
  await browser.close()
  servers.forEach(s => s.close())
  console.log(`load average ${os.loadavg().map(x => x.toFixed(1)).join(' ')}; ${RUNS} cold starts each, query "${QUERY}"`)
  for (const p of pages) {
    console.log(`${p.name.padEnd(28)} main-thread CPU to first results: median ${median(p.r.map(r => r.cpu)).toFixed(0)} ms` +
      ` (${p.r.map(r => r.cpu.toFixed(0)).join(' ')}); wall ${median(p.r.map(r => r.wall)).toFixed(0)} ms; requests ${p.r[0].requests}, chain ${p.r[0].chain}; first render ${median(p.r.map(r => r.firstRender)).toFixed(1)} ms (${p.r[0].firstShown} results)`)
  }
  sites.forEach((s, i) => {
    console.log(`${path.basename(s).padEnd(28)} render of ${renders[i][0][1]} results: median ${median(renders[i].map(r => r[0])).toFixed(2)} ms of ${renders[i].length}`)
  })
}

main().catch(e => { console.error(e); process.exit(1) })

'use strict'
// Runs the evaluation set (tests/Lotse.BrowserTests/SearchEvaluation/queries.tsv) against a built site's search in node:
// the site's own lunr.js, lunr.de and lunr-lotse.js, its manifest and shards, as the search page runs them.
// Usage: node bench/search/eval-node.js [site folder] [--misses] [--ranks]. A quick check while working; the test of record is
// SearchEvaluationTests in Chromium.
const fs = require('fs')
const path = require('path')
const vm = require('vm')
const repo = path.resolve(__dirname, '..', '..')
const site = path.resolve(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : path.join(repo, 'site'))
const showMisses = process.argv.includes('--misses')
// --ranks: every query's rank and first ten pages (to compare two builds: the same ranks for all queries).
const showRanks = process.argv.includes('--ranks')

const window = {}
window.window = window
const context = vm.createContext(window)
for (const file of ['assets/vendor/lunr/lunr.min.js', 'assets/vendor/lunr-languages/lunr.stemmer.support.js',
  'assets/vendor/lunr-languages/lunr.de.js', 'assets/js/lunr-lotse.js', 'assets/search/manifest.js']) {
  vm.runInContext(fs.readFileSync(path.join(site, file), 'utf8'), context, { filename: file })
}
const lunr = window.lunr
const manifest = window.LotseSearchManifest
const shards = []
window.LotseSearch = { addShard: (id, data) => shards.push(Object.assign(lunr.lotse.loadShard(data), { id })) }
for (const shard of manifest.shards) {
  vm.runInContext(fs.readFileSync(path.join(site, shard.file), 'utf8'), context, { filename: shard.file })
}

const queries = fs.readFileSync(path.join(repo, 'tests/Lotse.BrowserTests/SearchEvaluation/queries.tsv'), 'utf8')
  .split('\n').filter(l => l.trim() && !l.startsWith('#')).map(l => {
    const [kind, query, expected] = l.split('\t')
    return { kind, query, expected: expected.split('|').map(e => e.trim()) }
  })

let top3 = 0
let rr = 0
const started = process.hrtime.bigint()
for (const q of queries) {
  const pages = lunr.lotse.groupByPage(lunr.lotse.searchShards(shards, q.query, manifest.synonyms)).map(g => g.url)
  const rank = pages.findIndex(u => q.expected.some(e => u.startsWith(e))) + 1
  if (rank >= 1 && rank <= 3) top3++
  if (rank >= 1) rr += 1 / rank
  if (showRanks) {
    console.log(`${rank}\t${q.query}\t${pages.slice(0, 10).join(' ')}`)
  }
  if (showMisses && rank !== 1) {
    console.log(`${rank === 0 ? 'MISS' : '#' + rank}\t${q.kind}\t${q.query}\n\t-> ${pages.slice(0, 4).join('  ')}`)
  }
}
const ms = Number(process.hrtime.bigint() - started) / 1e6
console.log(`queries ${queries.length}  top-3 ${(100 * top3 / queries.length).toFixed(1)} %  MRR ${(rr / queries.length).toFixed(3)}  (${(ms / queries.length).toFixed(2)} ms per query)`)

'use strict'
// Runs the manifest and shard scripts Lotse wrote the way a browser runs classic scripts (one shared
// global "window"), loads every shard with lunr.lotse.loadShard and runs the request's queries.
const fs = require('fs')
const vm = require('vm')
const loadLunr = require('./load-lunr')
const request = require('./read-request')()
const { lunr, warnings } = loadLunr(request)

const shards = []
const window = { LotseSearch: { addShard: (id, data) => shards.push({ id, data }) } }
const context = vm.createContext({ window })
vm.runInContext(fs.readFileSync(request.manifest, 'utf8'), context, { filename: request.manifest })
const manifest = window.LotseSearchManifest
manifest.shards.forEach(shard =>
  vm.runInContext(fs.readFileSync(request.siteRoot + '/' + shard.file, 'utf8'), context, { filename: shard.file }))
const loadWarningsBefore = warnings.length
const indexes = shards.map(s => Object.assign(lunr.lotse.loadShard(s.data), { id: s.id }))

process.stdout.write(JSON.stringify({
  manifest,
  shardIds: shards.map(s => s.id),
  loadWarnings: warnings.slice(loadWarningsBefore),
  results: request.queries.map(q => indexes.flatMap(s =>
    lunr.lotse.search(s.index, q, manifest.synonyms).map(r => ({ shard: s.id, ref: r.ref, score: r.score, url: s.store[r.ref].u }))))
}))

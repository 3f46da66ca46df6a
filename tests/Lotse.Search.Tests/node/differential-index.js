'use strict'
// Builds an index of the request's documents with lunr.js itself (same fields and pipeline as Lotse),
// loads the index Lotse wrote with lunr.Index.load, runs the same queries on both and prints the
// results, the two serialized indexes and every warning lunr printed.
const fs = require('fs')
const loadLunr = require('./load-lunr')
const request = require('./read-request')()
const { lunr, warnings } = loadLunr(request)

const built = lunr(function () {
  lunr.lotse.configureBuilder(this, { lexicon: request.lexicon, synonyms: request.synonyms })
  this.ref('id')
  request.docs.forEach(doc => this.add(doc))
})
const buildWarnings = warnings.splice(0)

const lotseJson = JSON.parse(fs.readFileSync(request.lotseIndex, 'utf8'))
const loaded = lunr.Index.load(lotseJson)
const loadWarnings = warnings.splice(0)

const run = index => request.queries.map(q =>
  lunr.lotse.search(index, q, request.synonymsForQueries).map(r => ({ ref: r.ref, score: r.score })))

process.stdout.write(JSON.stringify({
  lunrIndex: JSON.parse(JSON.stringify(built)),
  lunrResults: run(built),
  lotseResults: run(loaded),
  buildWarnings,
  loadWarnings
}))

'use strict'
// Loads the same index written twice, as lunr JSON (by real lunr.js: lunr.Index.load) and in Lotse's compact form
// (lunr.lotse.loadIndex, format 3), and prints what differs: the vocabulary, which documents hold each term, each
// term's weight in a document (the compact form keeps lunr's field weights summed, on a log scale: within half a step,
// 0.63 %), and the results of Lotse's scorer on both (the same documents, scores within the same 0.63 %).
const fs = require('fs')
const loadLunr = require('./load-lunr')
const request = require('./read-request')()
const { lunr, warnings } = loadLunr(request)

const TOLERANCE = Math.exp(1 / 160) - 1 + 1e-9
const fromJson = lunr.Index.load(JSON.parse(fs.readFileSync(request.lunrIndex, 'utf8')))
const fromCompact = lunr.lotse.loadIndex(JSON.parse(fs.readFileSync(request.compactIndex, 'utf8')))
const differences = []
const near = (a, b) => Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b))

// lunr's weights of a term per document: its field vectors' values, summed over the fields.
const lunrWeights = term => {
  const posting = fromJson.invertedIndex[term]
  const out = {}
  fromJson.fields.forEach(field => Object.keys(posting[field]).forEach(ref => {
    const elements = fromJson.fieldVectors[field + '/' + ref].elements
    for (let i = 0; i < elements.length; i += 2) {
      if (elements[i] === posting._index) out[ref] = (out[ref] || 0) + elements[i + 1]
    }
  }))
  return out
}
if (JSON.stringify(fromJson.pipeline.toJSON()) !== JSON.stringify(fromCompact.pipeline.toJSON())) differences.push('pipeline')
const jsonTerms = Object.keys(fromJson.invertedIndex).sort()
if (JSON.stringify(jsonTerms) !== JSON.stringify(fromCompact.lotseTerms)) differences.push(`terms: ${jsonTerms.length} vs ${fromCompact.lotseTerms.length}`)
let weights = 0
jsonTerms.forEach(term => {
  const a = lunrWeights(term)
  const b = fromCompact.lotseWeights(term)
  if (Object.keys(a).sort().join(' ') !== Object.keys(b).sort().join(' ')) {
    differences.push(`documents of ${term}: ${Object.keys(a).sort()} vs ${Object.keys(b).sort()}`)
    return
  }
  Object.keys(a).forEach(ref => {
    weights++
    if (!near(a[ref], b[ref])) differences.push(`weight of ${term} in ${ref}: ${a[ref]} vs ${b[ref]}`)
  })
})
const results = index => request.queries.map(q => lunr.lotse.search(index, q, []).map(r => [r.ref, r.score]))
const json = results(fromJson)
const compact = results(fromCompact)
json.forEach((list, i) => {
  const a = Object.fromEntries(list)
  const b = Object.fromEntries(compact[i])
  if (Object.keys(a).sort().join(' ') !== Object.keys(b).sort().join(' ')) differences.push(`results of ${request.queries[i]}`)
  else Object.keys(a).forEach(ref => { if (!near(a[ref], b[ref])) differences.push(`score of ${ref} for ${request.queries[i]}: ${a[ref]} vs ${b[ref]}`) })
})
process.stdout.write(JSON.stringify({ differences: differences.slice(0, 20), differenceCount: differences.length,
  json: json.map(l => l.map(r => r[0]).sort()), compact: compact.map(l => l.map(r => r[0]).sort()), terms: jsonTerms.length, weights, warnings }))

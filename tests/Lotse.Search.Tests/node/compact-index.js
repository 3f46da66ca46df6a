'use strict'
// Loads the same index written twice, as lunr JSON (lunr.Index.load) and in Lotse's compact form
// (lunr.lotse.loadIndex), and prints what differs between the two lunr.Index objects, and the results of lunr's own
// index.search and of Lotse's scorer on both.
const fs = require('fs')
const loadLunr = require('./load-lunr')
const request = require('./read-request')()
const { lunr, warnings } = loadLunr(request)

const fromJson = lunr.Index.load(JSON.parse(fs.readFileSync(request.lunrIndex, 'utf8')))
const fromCompact = lunr.lotse.loadIndex(JSON.parse(fs.readFileSync(request.compactIndex, 'utf8')))
const differences = []
const termsOf = (index, key) => {
  const vector = index.fieldVectors[key]
  const byTerm = {}
  if (!vector) return byTerm
  const termOf = {}
  Object.keys(index.invertedIndex).forEach(t => { termOf[index.invertedIndex[t]._index] = t })
  for (let i = 0; i < vector.elements.length; i += 2) byTerm[termOf[vector.elements[i]]] = vector.elements[i + 1]
  return byTerm
}
if (JSON.stringify(fromJson.fields) !== JSON.stringify(fromCompact.fields)) differences.push('fields')
if (JSON.stringify(fromJson.pipeline.toJSON()) !== JSON.stringify(fromCompact.pipeline.toJSON())) differences.push('pipeline')
const jsonTerms = Object.keys(fromJson.invertedIndex).sort()
const compactTerms = Object.keys(fromCompact.invertedIndex).sort()
if (JSON.stringify(jsonTerms) !== JSON.stringify(compactTerms)) differences.push(`terms: ${jsonTerms.length} vs ${compactTerms.length}`)
jsonTerms.forEach(term => fromJson.fields.forEach(field => {
  const a = Object.keys(fromJson.invertedIndex[term][field]).sort().join(' ')
  const b = Object.keys((fromCompact.invertedIndex[term] || {})[field] || {}).sort().join(' ')
  if (a !== b) differences.push(`posting ${term}/${field}: ${a} vs ${b}`)
}))
const keys = new Set(Object.keys(fromJson.fieldVectors).filter(k => fromJson.fieldVectors[k].elements.length > 0))
const compactKeys = new Set(Object.keys(fromCompact.fieldVectors))
if (keys.size !== compactKeys.size) differences.push(`field vectors: ${keys.size} vs ${compactKeys.size}`)
keys.forEach(key => {
  const a = JSON.stringify(Object.entries(termsOf(fromJson, key)).sort())
  const b = JSON.stringify(Object.entries(termsOf(fromCompact, key)).sort())
  if (a !== b) differences.push(`vector ${key}`)
})
const results = index => request.queries.map(q => ({
  lunr: index.search(q.replace(/[:*~^+-]/g, ' ')).map(r => [r.ref, Math.round(r.score * 1e6)]),
  lotse: lunr.lotse.search(index, q, []).map(r => [r.ref, Math.round(r.score * 1e6)])
}))
process.stdout.write(JSON.stringify({ differences: differences.slice(0, 20), differenceCount: differences.length,
  json: results(fromJson), compact: results(fromCompact), terms: jsonTerms.length, warnings }))

'use strict'
// Builds the same documents with lunr.js (Lotse's fields and pipeline) several times and prints the
// build times and the size of JSON.stringify(index).
const fs = require('fs')
const path = require('path')
const request = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
const lunr = require(path.resolve(request.lunr))
require(path.resolve(request.stemmerSupport))(lunr)
require(path.resolve(request.german))(lunr)
require(path.resolve(request.lotse))(lunr)

const times = []
const buildTimes = []
let bytes = -1
let error = null
for (let run = 0; run < request.runs; run++) {
  const start = process.hrtime.bigint()
  const index = lunr(function () {
    lunr.lotse.configureBuilder(this, { lexicon: request.lexicon, synonyms: request.synonyms })
    this.ref('id')
    request.docs.forEach(doc => this.add(doc))
  })
  buildTimes.push(Number(process.hrtime.bigint() - start) / 1e6)
  try {
    bytes = Buffer.byteLength(JSON.stringify(index), 'utf8')
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  } catch (e) {
    error = String(e) // e.g. RangeError: Invalid string length (index JSON over V8's string limit)
  }
}
process.stdout.write(JSON.stringify({ times, buildTimes, bytes, error, node: process.version }))

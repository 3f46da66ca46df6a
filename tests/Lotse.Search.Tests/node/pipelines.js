'use strict'
// Runs lunr.js's tokenizer and pipelines on the request's words and texts and prints the tokens.
const loadLunr = require('./load-lunr')
const request = require('./read-request')()
const { lunr, warnings } = loadLunr(request)

const german = new lunr.Pipeline()
german.add(lunr.de.trimmer, lunr.de.stopWordFilter, lunr.de.stemmer)

const builder = new lunr.Builder()
lunr.lotse.configureBuilder(builder, { lexicon: request.lexicon, synonyms: request.synonyms })

const strings = tokens => tokens.map(t => t.toString())
const run = (pipeline, text) => strings(pipeline.run(lunr.tokenizer(text)))

process.stdout.write(JSON.stringify({
  tokenizer: request.texts.map(t => strings(lunr.tokenizer(t))),
  german: request.words.map(w => run(german, w)),
  indexing: request.words.map(w => run(builder.pipeline, w)),
  search: request.words.map(w => run(builder.searchPipeline, w)),
  indexingTexts: request.texts.map(t => run(builder.pipeline, t)),
  prefixForms: request.words.map(w => lunr.lotse.prefixForm(w.toLowerCase())),
  logs: request.numbers.map(x => Math.log(x)),
  warnings
}))

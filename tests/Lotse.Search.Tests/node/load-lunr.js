'use strict'
// Loads lunr, lunr-languages and lunr-lotse.js from the paths the C# test passes (the files the
// site ships), and records everything lunr writes through console.warn.
const path = require('path')

module.exports = function loadLunr (request) {
  const warnings = []
  const originalWarn = console.warn
  console.warn = function () { warnings.push(Array.from(arguments).map(String).join(' ')) }
  const lunr = require(path.resolve(request.lunr))
  require(path.resolve(request.stemmerSupport))(lunr)
  require(path.resolve(request.german))(lunr)
  require(path.resolve(request.lotse))(lunr)
  return { lunr, warnings, restore: () => { console.warn = originalWarn } }
}

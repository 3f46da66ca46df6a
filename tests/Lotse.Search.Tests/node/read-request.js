'use strict'
const fs = require('fs')
module.exports = function readRequest () {
  return JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
}

/* Single-file FAQ search (inlined by the build after lunr.js, lunr.stemmer.support.js, lunr.de.js,
   lunr-lotse.js, the search manifest and the FAQ shard). Results appear while typing; their number
   is announced in a polite live region; arrow keys move between the field and the results, Escape
   clears the field. Without JavaScript the search stays hidden and the file is a plain list. */
;(function (window, document) {
  'use strict'
  var lunr = window.lunr
  var manifest = window.LotseSearchManifest
  var root = document.querySelector('[data-faq-search]')
  if (!root || !lunr || !lunr.lotse || !manifest) {
    return
  }
  var input = root.querySelector('input[name="q"]')
  var form = input.form
  var status = root.querySelector('[data-faq-status]')
  var list = root.querySelector('[data-faq-results]')
  var shards = []
  var timer = null
  var MAX_RESULTS = 30

  var api = window.LotseSearch = window.LotseSearch || {}
  api.addShard = function (id, data) {
    var shard = lunr.lotse.loadShard(data)
    shard.id = id
    shards.push(shard)
  }
  ;(window.LotseSearchPending || []).forEach(function (entry) { api.addShard(entry[0], entry[1]) })
  window.LotseSearchPending = []
  root.hidden = false

  function snippet (text) {
    var words = String(text || '').split(/\s+/).slice(0, 28)
    return words.join(' ') + (words.length === 28 ? ' …' : '')
  }

  function run () {
    var text = input.value.trim()
    list.textContent = ''
    if (!text) {
      status.textContent = ''
      list.hidden = true
      return
    }
    // The site search's query handling and scoring (lunr-lotse.js): umlaut spellings, stop and question words,
    // gender forms, compounds, the glossary's and synonyme.yml's groups.
    var results = lunr.lotse.searchShards(shards, text, manifest.synonyms).map(function (r) {
      return { ref: r.ref, score: r.score, doc: r.shard.store[r.ref] }
    })
    results.slice(0, MAX_RESULTS).forEach(function (result) {
      var item = document.createElement('li')
      var link = document.createElement('a')
      link.href = result.doc.u
      link.textContent = result.doc.t
      item.appendChild(link)
      var text = document.createElement('p')
      text.textContent = snippet(result.doc.x)
      item.appendChild(text)
      list.appendChild(item)
    })
    list.hidden = results.length === 0
    status.textContent = results.length === 0
      ? 'Keine Treffer. Versuchen Sie ein anderes Wort oder blättern Sie in den Themen.'
      : results.length + (results.length === 1 ? ' Treffer' : ' Treffer') +
        (results.length > MAX_RESULTS ? ', die ersten ' + MAX_RESULTS + ' werden gezeigt' : '')
  }

  function links () { return Array.prototype.slice.call(list.querySelectorAll('a')) }

  input.addEventListener('input', function () {
    window.clearTimeout(timer)
    timer = window.setTimeout(run, 150)
  })
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && links().length > 0) {
      event.preventDefault()
      links()[0].focus()
    } else if (event.key === 'Escape') {
      input.value = ''
      run()
    }
  })
  form.addEventListener('submit', function (event) {
    event.preventDefault()
    window.clearTimeout(timer)
    run()
  })
  list.addEventListener('keydown', function (event) {
    var all = links()
    var at = all.indexOf(document.activeElement)
    if (at < 0) {
      return
    }
    if (event.key === 'ArrowDown' && at + 1 < all.length) {
      event.preventDefault()
      all[at + 1].focus()
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      if (at === 0) {
        input.focus()
      } else {
        all[at - 1].focus()
      }
    } else if (event.key === 'Escape') {
      event.preventDefault()
      input.focus()
    }
  })
  list.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a')
    if (!link) {
      return
    }
    var target = document.getElementById(link.getAttribute('href').slice(1))
    if (target) {
      window.setTimeout(function () {
        target.setAttribute('tabindex', '-1')
        target.focus()
      }, 0)
    }
  })
})(window, document)

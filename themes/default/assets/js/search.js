/*!
 * Lotse search page. Classic script (no modules, no fetch, no workers: all three fail from file://).
 * Needs, loaded before it: lunr.min.js, lunr.stemmer.support.js, lunr.de.js, lunr-lotse.js and
 * assets/search/manifest.js. Loads the index shards listed in the manifest as <script> elements,
 * FAQ first, the others once someone searches (or picks their area).
 * Markup: an element with [data-lotse-search] containing the form with input[name=q], and optional
 * [data-lotse-search-status], [data-lotse-search-results], [data-lotse-search-filter],
 * [data-lotse-search-roles] and [data-lotse-search-az] (the A–Z list shown while there is no query).
 */
;(function (window, document) {
  'use strict'

  var root = document.querySelector('[data-lotse-search]')
  var lunr = window.lunr
  var manifest = window.LotseSearchManifest
  if (!root) {
    return
  }
  var statusEl = root.querySelector('[data-lotse-search-status]')
  if (!lunr || !lunr.lotse || !manifest) {
    if (statusEl) {
      statusEl.textContent = 'Die Suche konnte nicht geladen werden. Nutzen Sie das Verzeichnis von A bis Z.'
    }
    return
  }

  var input = root.querySelector('input[name="q"]')
  var form = input && input.form
  var resultsEl = root.querySelector('[data-lotse-search-results]')
  var filterEl = root.querySelector('[data-lotse-search-filter]')
  var rolesEl = root.querySelector('[data-lotse-search-roles]')
  var azEl = document.querySelector('[data-lotse-search-az]')
  var MAX_RESULTS = 50
  var SNIPPET_WORDS = 32

  /* The site root, from this script's own address (…/assets/js/search.js). */
  var scriptSrc = (document.currentScript && document.currentScript.src) || ''
  var siteRoot = scriptSrc.replace(/assets\/js\/search\.js(?:[?#].*)?$/, '')

  var shards = {}        // id -> { label, index, store }
  var requested = {}     // id -> true once its script element exists
  var failed = {}
  var queue = []
  var loadingId = null
  var area = ''
  var role = ''
  var lastQuery = null
  var statusTimer = null

  var api = window.LotseSearch = window.LotseSearch || {}
  api.addShard = function (id, data) {
    shards[id] = { label: data.label, index: lunr.Index.load(data.index), store: data.store }
    addRoles(data.store)
    if (loadingId === id) {
      loadingId = null
      loadNext()
    }
    // Do not pull the list from under someone moving through it; the next query shows all shards.
    if (!resultsEl || !resultsEl.contains(document.activeElement)) {
      render()
    }
  }
  ;(window.LotseSearchPending || []).forEach(function (entry) { api.addShard(entry[0], entry[1]) })
  window.LotseSearchPending = []

  function manifestShard (id) {
    for (var i = 0; i < manifest.shards.length; i++) {
      if (manifest.shards[i].id === id) {
        return manifest.shards[i]
      }
    }
    return null
  }

  function request (id, first) {
    if (shards[id] || requested[id] || failed[id] || !manifestShard(id)) {
      return
    }
    var at = queue.indexOf(id)
    if (at >= 0) {
      queue.splice(at, 1)
    }
    if (first) {
      queue.unshift(id)
    } else {
      queue.push(id)
    }
    loadNext()
  }

  function loadNext () {
    if (loadingId !== null || queue.length === 0) {
      return
    }
    var id = queue.shift()
    var shard = manifestShard(id)
    loadingId = id
    requested[id] = true
    var script = document.createElement('script')
    script.src = siteRoot + shard.file
    script.async = true
    script.onerror = function () {
      failed[id] = true
      if (loadingId === id) {
        loadingId = null
      }
      render()
      loadNext()
    }
    document.head.appendChild(script)
  }

  function loadAll () {
    manifest.shards.forEach(function (shard) { request(shard.id, false) })
  }

  function buildFilter () {
    if (!filterEl || manifest.shards.length < 2) {
      return
    }
    var options = [{ id: '', label: 'Alle Bereiche' }].concat(manifest.shards.map(function (s) { return { id: s.id, label: s.label } }))
    options.forEach(function (option, i) {
      var label = document.createElement('label')
      var radio = document.createElement('input')
      radio.type = 'radio'
      radio.name = 'bereich'
      radio.value = option.id
      radio.checked = i === 0
      radio.addEventListener('change', function () {
        area = radio.value
        if (area) {
          request(area, true)
        }
        render()
      })
      label.appendChild(radio)
      label.appendChild(document.createTextNode(' ' + option.label))
      filterEl.appendChild(label)
    })
    filterEl.hidden = false
  }

  var knownRoles = {}
  function addRoles (store) {
    if (!rolesEl) {
      return
    }
    var select = rolesEl.querySelector('select')
    Object.keys(store).forEach(function (ref) {
      (store[ref].r || []).forEach(function (r) {
        if (knownRoles[r]) {
          return
        }
        knownRoles[r] = true
        var option = document.createElement('option')
        option.value = r
        option.textContent = r
        select.appendChild(option)
        rolesEl.hidden = false
      })
    })
  }
  if (rolesEl) {
    rolesEl.querySelector('select').addEventListener('change', function (event) {
      role = event.target.value
      render()
    })
  }

  function search (text) {
    var results = []
    Object.keys(shards).forEach(function (id) {
      if (area && id !== area) {
        return
      }
      var shard = shards[id]
      lunr.lotse.search(shard.index, text, manifest.synonyms).forEach(function (result) {
        var doc = shard.store[result.ref]
        if (!doc || (role && (doc.r || []).indexOf(role) < 0)) {
          return
        }
        results.push({ ref: result.ref, score: result.score, doc: doc, label: shard.label, shard: shard,
          terms: Object.keys(result.matchData.metadata) })
      })
    })
    results.sort(function (a, b) { return b.score - a.score || (a.doc.u < b.doc.u ? -1 : a.doc.u > b.doc.u ? 1 : 0) })
    return results
  }

  /* Which words of a text to mark: those whose search terms matched, whose key belongs to a matched
     glossary group, or (compounds) that end with a matched term of four letters or more. */
  function marker (result) {
    var matched = {}
    var heads = []
    var groupKeys = {}
    result.terms.forEach(function (term) {
      matched[term] = true
      if (term.length >= 4) {
        heads.push(term)
      }
    })
    manifest.synonyms.forEach(function (group) {
      if (matched[group.token]) {
        group.members.forEach(function (member) { member.forEach(function (key) { groupKeys[key] = true }) })
      }
    })
    var pipeline = result.shard.index.pipeline
    return function (word) {
      var lower = lunr.de.trimmer(word.toLowerCase())
      if (!lower) {
        return false
      }
      var terms = pipeline.runString(lower)
      for (var i = 0; i < terms.length; i++) {
        if (matched[terms[i]] || groupKeys[terms[i]]) {
          return true
        }
      }
      var folded = lunr.lotse.prefixForm(lower)
      for (var h = 0; h < heads.length; h++) {
        var at = folded.indexOf(heads[h])
        if (at > 0) {
          return true
        }
      }
      return false
    }
  }

  function snippet (text, isMarked) {
    var parts = text.split(/(\s+)/)
    var words = []
    for (var i = 0; i < parts.length; i += 2) {
      words.push({ text: parts[i], space: parts[i + 1] || '', mark: parts[i] ? isMarked(parts[i]) : false })
    }
    var first = 0
    for (var w = 0; w < words.length; w++) {
      if (words[w].mark) {
        first = w
        break
      }
    }
    var start = Math.max(0, first - 8)
    var end = Math.min(words.length, start + SNIPPET_WORDS)
    var p = document.createElement('p')
    p.className = 'search-result-snippet'
    if (start > 0) {
      p.appendChild(document.createTextNode('… '))
    }
    for (var k = start; k < end; k++) {
      if (words[k].mark) {
        var mark = document.createElement('mark')
        mark.textContent = words[k].text
        p.appendChild(mark)
      } else {
        p.appendChild(document.createTextNode(words[k].text))
      }
      if (k < end - 1) {
        p.appendChild(document.createTextNode(words[k].space))
      }
    }
    if (end < words.length) {
      p.appendChild(document.createTextNode(' …'))
    }
    return p
  }

  function resultItem (result) {
    var isMarked = marker(result)
    var li = document.createElement('li')
    li.className = 'search-result'
    var link = document.createElement('a')
    link.className = 'search-result-link'
    link.href = siteRoot + result.doc.u
    var title = document.createElement('span')
    title.className = 'search-result-title'
    title.textContent = result.doc.t
    link.appendChild(title)
    if (result.doc.s) {
      var section = document.createElement('span')
      section.className = 'search-result-section'
      section.textContent = result.doc.s
      link.appendChild(section)
    }
    li.appendChild(link)
    if (result.doc.x) {
      li.appendChild(snippet(result.doc.x, isMarked))
    }
    var badge = document.createElement('span')
    badge.className = 'search-result-area'
    badge.textContent = result.label
    li.appendChild(badge)
    return li
  }

  function announce (text) {
    if (!statusEl) {
      return
    }
    window.clearTimeout(statusTimer)
    // A short pause, so that screen readers announce the count once typing stops.
    statusTimer = window.setTimeout(function () { statusEl.textContent = text }, 400)
  }

  function render () {
    if (!input || !resultsEl) {
      return
    }
    var text = input.value.trim()
    resultsEl.textContent = ''
    if (azEl) {
      azEl.hidden = text.length > 0
    }
    if (text.length === 0) {
      announce('')
      return
    }
    var results = search(text)
    results.slice(0, MAX_RESULTS).forEach(function (result) { resultsEl.appendChild(resultItem(result)) })
    var pending = manifest.shards.filter(function (s) {
      return !shards[s.id] && !failed[s.id] && (!area || s.id === area)
    }).length
    var message = results.length === 0 ? 'Keine Treffer' : results.length === 1 ? '1 Treffer' : results.length + ' Treffer'
    if (results.length > MAX_RESULTS) {
      message += ', die ersten ' + MAX_RESULTS + ' werden gezeigt'
    }
    if (pending > 0) {
      message += ' (weitere Bereiche werden geladen)'
    }
    announce(message)
  }

  function onQueryChange () {
    var text = input.value.trim()
    if (text === lastQuery) {
      return
    }
    lastQuery = text
    if (text.length > 0) {
      loadAll()
    }
    try {
      var url = new URL(window.location.href)
      if (text) {
        url.searchParams.set('q', text)
      } else {
        url.searchParams.delete('q')
      }
      window.history.replaceState(null, '', url.toString())
    } catch (e) {
      // file:// pages may refuse history changes; the search works without them.
    }
    render()
  }

  function resultLinks () {
    return resultsEl ? Array.prototype.slice.call(resultsEl.querySelectorAll('.search-result-link')) : []
  }

  if (input) {
    var typingTimer = null
    input.addEventListener('input', function () {
      window.clearTimeout(typingTimer)
      typingTimer = window.setTimeout(onQueryChange, 120)
    })
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        var links = resultLinks()
        if (links.length > 0) {
          event.preventDefault()
          links[0].focus()
        }
      } else if (event.key === 'Escape' && input.value !== '') {
        event.preventDefault()
        input.value = ''
        onQueryChange()
      }
    })
  }
  if (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      window.clearTimeout(typingTimer)
      onQueryChange()
      var links = resultLinks()
      if (links.length > 0) {
        links[0].focus()
      }
    })
  }
  if (resultsEl) {
    resultsEl.addEventListener('keydown', function (event) {
      var links = resultLinks()
      var at = links.indexOf(document.activeElement)
      if (at < 0) {
        return
      }
      if (event.key === 'ArrowDown' && at < links.length - 1) {
        event.preventDefault()
        links[at + 1].focus()
      } else if (event.key === 'ArrowUp') {
        event.preventDefault()
        if (at > 0) {
          links[at - 1].focus()
        } else {
          input.focus()
        }
      } else if (event.key === 'Escape') {
        event.preventDefault()
        input.focus()
      }
    })
  }

  buildFilter()
  // The FAQ shard is the small one: load it first, right away.
  request(manifest.shards.length > 0 ? manifest.shards[0].id : '', true)
  var initial = ''
  try {
    initial = new URL(window.location.href).searchParams.get('q') || ''
  } catch (e) {
    initial = ''
  }
  if (input && initial) {
    input.value = initial
  }
  if (input) {
    onQueryChange()
  }
}(window, document))

/*!
 * Lotse search page. Classic script (no modules, no fetch, no workers: all three fail from file://).
 * Needs, loaded before it: lunr.min.js, lunr.stemmer.support.js, lunr.de.js and lunr-lotse.js; and
 * assets/search/manifest.js, before or after it (the page loads it async; it calls LotseSearch.manifestLoaded).
 * Loads the index shards listed in the manifest as <script> elements, all at once (the FAQ's first, so that it
 * usually answers first), only once there is a query (typed or ?q=): the empty page downloads no index. Their scores
 * share one scale (term statistics of the whole site), so results that arrive later merge exactly. One result per
 * page, its best sections under it. Performance marks: lotse-search-shard-{id}, lotse-search-first-results.
 * Markup: an element with [data-lotse-search] containing the form with input[name=q], and optional
 * [data-lotse-search-status], [data-lotse-search-results], [data-lotse-search-filter],
 * [data-lotse-search-roles], [data-lotse-search-heading] (focused after a submitted search) and
 * [data-lotse-search-az] (the A–Z list shown while there is no query).
 */
;(function (window, document) {
  'use strict'

  var root = document.querySelector('[data-lotse-search]')
  var lunr = window.lunr
  if (!root) {
    return
  }
  var statusEl = root.querySelector('[data-lotse-search-status]')
  function unavailable () {
    document.documentElement.removeAttribute('data-lotse-search-query')
    if (statusEl) {
      statusEl.textContent = 'Die Suche konnte nicht geladen werden. Nutzen Sie das Verzeichnis von A bis Z.'
    }
  }
  if (!lunr || !lunr.lotse) {
    unavailable()
    return
  }
  /* The site root, from this script's own address (…/assets/js/search.js), taken while it runs: start() may run later,
     from the manifest's script. */
  var scriptSrc = (document.currentScript && document.currentScript.src) || ''
  var siteRoot = scriptSrc.replace(/assets\/js\/search\.js(?:[?#].*)?$/, '')
  var api = window.LotseSearch = window.LotseSearch || {}
  // The manifest is loaded async (it requests the shards as soon as it is there, without waiting for the page's styles
  // and scripts): the search starts with it, before or after this script.
  if (window.LotseSearchManifest) {
    start(window.LotseSearchManifest)
  } else {
    api.manifestLoaded = function () {
      api.manifestLoaded = null
      start(window.LotseSearchManifest)
    }
    window.addEventListener('load', function () {
      if (!window.LotseSearchManifest) {
        unavailable()
      }
    })
  }

  function start (manifest) {

    var input = root.querySelector('input[name="q"]')
    var form = input && input.form
    var resultsEl = root.querySelector('[data-lotse-search-results]')
    var filterEl = root.querySelector('[data-lotse-search-filter]')
    var rolesEl = root.querySelector('[data-lotse-search-roles]')
    var azEl = document.querySelector('[data-lotse-search-az]')
    var headingEl = root.querySelector('[data-lotse-search-heading]')
    var MAX_RESULTS = 50
    var LETTERS = /^\p{L}+$/u
    var MAX_SECTIONS = 3
    var SNIPPET_WORDS = 32


    var shards = {}        // id -> { id, label, index, store }
    var requested = {}     // id -> true once its script element exists
    var failed = {}
    var area = ''
    var role = ''
    var lastQuery = null
    var statusTimer = null

    var now = function () { return window.performance ? performance.now() : Date.now() }
    api.addShard = function (id, data) {
      var shard = shards[id] = lunr.lotse.loadShard(data)
      shard.id = id
      addRoles(shard.store)
      if (window.performance && performance.mark) {
        performance.mark('lotse-search-shard-' + id)
      }
      // The first shard's results at once; shards that arrive together afterwards are shown in one go.
      if (!rendered) {
        renderForShards()
      } else if (!renderTimer) {
        renderTimer = window.setTimeout(renderForShards, 0)
      }
    }
    var rendered = false
    var renderTimer = null
    function renderForShards () {
      renderTimer = null
      // Do not pull the list from under someone moving through it; the next query shows all shards.
      if (!resultsEl || !resultsEl.contains(document.activeElement)) {
        render()
      }
    }
    api.shardFailed = function (id) {
      failed[id] = true
      render()
    }
    /* For tests and benchmarks: whether every shard has loaded (or failed). */
    api.allLoaded = function () {
      return manifest.shards.every(function (s) { return shards[s.id] || failed[s.id] })
    }

    function manifestShard (id) {
      for (var i = 0; i < manifest.shards.length; i++) {
        if (manifest.shards[i].id === id) {
          return manifest.shards[i]
        }
      }
      return null
    }

    /* Adds the shard's script; the browser fetches all of them at once. The manifest may have requested them already,
       early in the page (<script data-lotse-load-shards>). */
    function request (id) {
      var shard = manifestShard(id)
      if (manifest.failed && manifest.failed[id]) {
        failed[id] = true
      }
      if (manifest.requested && manifest.requested[id]) {
        requested[id] = true
      }
      if (!shard || shards[id] || requested[id] || failed[id]) {
        return
      }
      requested[id] = true
      var script = document.createElement('script')
      script.src = siteRoot + shard.file
      script.async = true
      script.onerror = function () {
        failed[id] = true
        render()
      }
      document.head.appendChild(script)
    }

    function loadAll () {
      manifest.shards.forEach(function (shard) { request(shard.id) })
    }

    // The area filter and the role choice narrow results: shown only while there is a query (render), so that
    // the empty page (the A–Z list) does not move when the script has built them (no layout shift).
    var filterBuilt = false
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
          if (area && lastQuery) {
            request(area)
          }
          render()
        })
        label.appendChild(radio)
        label.appendChild(document.createTextNode(' ' + option.label))
        filterEl.appendChild(label)
      })
      filterBuilt = true
    }

    // The manifest names every role of the site (manifest.roles), so the role choice is there with the area filter,
    // in the same render, not only when a shard with roles arrives: its late arrival above the results moved them down
    // (layout shift). Roles of shards are still added, for a manifest written without the list.
    var knownRoles = {}
    function addRole (r) {
      if (!rolesEl || knownRoles[r]) {
        return
      }
      knownRoles[r] = true
      var option = document.createElement('option')
      option.value = r
      option.textContent = r
      rolesEl.querySelector('select').appendChild(option)
      rolesEl.hidden = !(input && input.value.trim())
    }
    function addRoles (store) {
      Object.keys(store).forEach(function (ref) {
        (store[ref].r || []).forEach(addRole)
      })
    }
    ;(manifest.roles || []).forEach(addRole)
    if (rolesEl) {
      rolesEl.querySelector('select').addEventListener('change', function (event) {
        role = event.target.value
        render()
      })
    }

    /* The pages that answer the query, best first: [{ url, score, best, page, sections }] (lunr.lotse.groupByPage). */
    function search (text) {
      var list = []
      manifest.shards.forEach(function (s) {
        if (shards[s.id] && (!area || s.id === area)) {
          list.push(shards[s.id])
        }
      })
      var results = lunr.lotse.searchShards(list, text, manifest.synonyms).filter(function (result) {
        var doc = result.shard.store[result.ref]
        return doc && (!role || (doc.r || []).indexOf(role) >= 0)
      })
      return lunr.lotse.groupByPage(results)
    }

    /* What a word of a snippet is before any query: lower-case and trimmed, folded (umlauts and transcriptions), whether
       it is letters only, and (once a query needs them) the terms the index pipeline makes of it. Kept per word for the
       page's life: a list of 50 results has about a thousand distinct words, and most come back in the next list. */
    var words = {}
    function wordInfo (word) {
      var info = words[word]
      if (info === undefined) {
        var lower = lunr.de.trimmer(word.toLowerCase())
        info = words[word] = { lower: lower, folded: lower ? lunr.lotse.prefixForm(lower) : '', letters: LETTERS.test(lower), terms: null }
      }
      return info
    }
    function termsOf (info, pipeline) {
      if (info.terms === null) {
        info.terms = pipeline.runString(info.lower).map(String)
      }
      return info.terms
    }
    /* A document's snippet text as words with the spaces after them, split once. */
    var snippetWords = {}
    function wordsOf (key, text) {
      var list = snippetWords[key]
      if (list === undefined) {
        var parts = text.split(/(\s+)/)
        list = snippetWords[key] = []
        for (var i = 0; i < parts.length; i += 2) {
          list.push({ text: parts[i], space: parts[i + 1] || '', info: parts[i] ? wordInfo(parts[i]) : null })
        }
      }
      return list
    }

    /* Which words of a text to mark: those whose search terms matched, whose key belongs to a matched
       glossary group, or (compounds) that contain a matched term of four letters or more. Decisions are kept per
       word for the whole list; a word is stemmed only once for the page (wordInfo). */
    function marker (pages) {
      var matched = {}
      var heads = []
      var groupKeys = {}
      pages.forEach(function (group) {
        group.results.forEach(function (result) {
          result.terms.forEach(function (term) {
            if (!matched[term]) {
              matched[term] = true
              if (term.length >= 4 && !/^syn\d+$/.test(term)) {
                heads.push(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
              }
            }
          })
        })
      })
      manifest.synonyms.forEach(function (group) {
        if (matched[group.token]) {
          group.members.forEach(function (member) { member.forEach(function (key) { groupKeys[key] = true }) })
        }
      })
      var pipeline = null
      for (var id in shards) {
        pipeline = shards[id].index.pipeline
        break
      }
      // One pattern for the compound check: a matched term inside the word, after its first letter.
      var inside = heads.length > 0 ? new RegExp('.(?:' + heads.join('|') + ')') : null
      // A word of letters only becomes a term that starts as the word does once umlauts and transcriptions are folded
      // (its stem, or the base of a gender form): only a word that starts as a matched term or glossary key does is
      // stemmed.
      var starts = {}
      Object.keys(matched).concat(Object.keys(groupKeys)).forEach(function (t) { starts[t.slice(0, 2)] = true })
      var seen = {}
      return function (info) {
        var lower = info.lower
        if (!lower || !pipeline) {
          return false
        }
        var result = seen[lower]
        if (result !== undefined) {
          return result
        }
        result = false
        var folded = info.folded
        if (starts[folded.slice(0, 2)] === true || starts[folded.slice(0, 1)] === true || !info.letters) {
          var terms = termsOf(info, pipeline)
          for (var i = 0; i < terms.length && !result; i++) {
            result = matched[terms[i]] === true || groupKeys[terms[i]] === true
          }
        }
        if (!result && inside !== null) {
          result = inside.test(folded)
        }
        seen[lower] = result
        return result
      }
    }

    function snippet (key, text, isMarked) {
      var words = wordsOf(key, text)
      var marks = []
      var first = -1
      for (var w = 0; w < words.length; w++) {
        marks.push(words[w].info !== null && isMarked(words[w].info))
        if (first < 0 && marks[w]) {
          first = w
        }
      }
      var start = Math.max(0, first - 8)
      var end = Math.min(words.length, start + SNIPPET_WORDS)
      var p = document.createElement('p')
      p.className = 'search-result-snippet'
      // Unmarked words are joined into one text node (a list of 50 results stays a few hundred nodes).
      var plain = start > 0 ? '… ' : ''
      for (var k = start; k < end; k++) {
        if (marks[k]) {
          if (plain) {
            p.appendChild(document.createTextNode(plain))
            plain = ''
          }
          var mark = document.createElement('mark')
          mark.textContent = words[k].text
          p.appendChild(mark)
        } else {
          plain += words[k].text
        }
        if (k < end - 1) {
          plain += words[k].space
        }
      }
      if (end < words.length) {
        plain += ' …'
      }
      if (plain) {
        p.appendChild(document.createTextNode(plain))
      }
      return p
    }

    function link (href, className, text) {
      var a = document.createElement('a')
      a.className = className
      a.href = siteRoot + href
      var span = document.createElement('span')
      span.className = className === 'search-result-link' ? 'search-result-title' : 'search-result-section-title'
      span.textContent = text
      a.appendChild(span)
      return a
    }

    /* One page: its title (linked to the page, or to its best section when only sections matched and there is one),
       a snippet of its best match, and its best sections. */
    function resultItem (group, isMarked) {
      var best = group.best
      var doc = best.shard.store[best.ref]
      var li = document.createElement('li')
      li.className = 'search-result'
      var onlySection = !group.page && group.sections.length === 1
      li.appendChild(link(onlySection ? doc.u : group.url, 'search-result-link', doc.t))
      if (onlySection && doc.s) {
        var section = document.createElement('span')
        section.className = 'search-result-section'
        section.textContent = doc.s
        li.firstChild.appendChild(section)
      }
      if (doc.x) {
        li.appendChild(snippet(best.shard.id + ' ' + best.ref, doc.x, isMarked))
      }
      var sections = onlySection ? [] : group.sections.slice(0, MAX_SECTIONS)
      if (sections.length > 0) {
        var ul = document.createElement('ul')
        ul.className = 'search-result-sections'
        ul.setAttribute('aria-label', 'Passende Abschnitte')
        sections.forEach(function (result) {
          var sectionDoc = result.shard.store[result.ref]
          var item = document.createElement('li')
          item.appendChild(link(sectionDoc.u, 'search-result-link search-result-sublink', sectionDoc.s || sectionDoc.t))
          item.firstChild.firstChild.className = 'search-result-section-title'
          ul.appendChild(item)
        })
        li.appendChild(ul)
      }
      var badge = document.createElement('span')
      badge.className = 'search-result-area'
      badge.textContent = best.shard.label
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
      resultsEl.classList.remove('is-loading')
      if (azEl) {
        azEl.hidden = text.length > 0
      }
      // Set by the manifest when the page is opened with a query, so that the A–Z list is not laid out before this.
      document.documentElement.removeAttribute('data-lotse-search-query')
      if (filterEl && filterBuilt) {
        filterEl.hidden = text.length === 0
      }
      if (rolesEl && Object.keys(knownRoles).length > 0) {
        rolesEl.hidden = text.length === 0
      }
      if (text.length === 0) {
        if (headingEl) {
          headingEl.hidden = true
        }
        announce('')
        return
      }
      var pending = manifest.shards.filter(function (s) {
        return !shards[s.id] && !failed[s.id] && (!area || s.id === area)
      }).length
      if (pending > 0 && !manifest.shards.some(function (s) { return shards[s.id] && (!area || s.id === area) })) {
        // Nothing to search yet: the first shard that arrives renders at once. Until then the list keeps a screen's
        // height (search.css), so what follows it does not come up into view and jump down again (layout shift).
        if (headingEl) {
          headingEl.hidden = true
        }
        resultsEl.classList.add('is-loading')
        announce('Die Suche wird geladen …')
        return
      }
      rendered = true
      var started = now()
      var pages = search(text)
      var searched = now()
      var shown = pages.slice(0, MAX_RESULTS)
      shown.forEach(function (group) {
        group.results = [group.best].concat(group.sections.slice(0, MAX_SECTIONS))
      })
      var isMarked = marker(shown)
      var fragment = document.createDocumentFragment()
      shown.forEach(function (group) { fragment.appendChild(resultItem(group, isMarked)) })
      resultsEl.appendChild(fragment)
      // For benchmarks: how long the last query took to search and to render its list (ms).
      var renderedAt = now()
      api.lastTiming = { search: searched - started, render: renderedAt - searched, shown: shown.length }
      if (window.performance && performance.measure) {
        try {
          performance.measure('lotse-search-render', { start: searched, end: renderedAt })
        } catch (e) {
          // Browsers without measure options: the timing above is enough.
        }
      }
      if (window.performance && performance.mark && !firstResults) {
        firstResults = true
        performance.mark('lotse-search-first-results')
      }
      var count = pages.length === 0 ? 'Keine Treffer' : pages.length + ' Treffer' // one per page
      if (headingEl) {
        headingEl.hidden = false
        headingEl.textContent = count + ' für „' + text + '“'
        if (focusPending) {
          focusPending = false
          headingEl.focus()
        }
        // The heading shows the count; the status below stays for screen readers only, so the count is not shown twice.
        if (statusEl) {
          statusEl.classList.add('visually-hidden')
        }
      }
      var message = count
      if (pages.length > MAX_RESULTS) {
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
      if (text) {
        loadAll()
      }
      render()
      // The address follows the query after the list is shown (history.replaceState can take longer than the render
      // on a busy machine, and Chromium throttles many calls in a row); one update for a run of queries.
      window.clearTimeout(addressTimer)
      addressTimer = window.setTimeout(function () { updateAddress(text) }, 200)
    }

    var addressTimer = null
    function updateAddress (text) {
      try {
        var url = new URL(window.location.href)
        if (text) {
          url.searchParams.set('q', text)
        } else {
          url.searchParams.delete('q')
        }
        if (url.toString() !== window.location.href) {
          window.history.replaceState(null, '', url.toString())
        }
      } catch (e) {
        // file:// pages may refuse history changes; the search works without them.
      }
    }

    /* After a submitted search (here or from the header form), focus goes to the results heading: the next Tab is the
       first result, and a screen reader reads the count. */
    var focusPending = false
    var firstResults = false
    function focusHeading () {
      if (headingEl && !headingEl.hidden) {
        headingEl.focus()
      } else if (headingEl && input.value.trim()) {
        // The index is still loading: the heading gets focus when the first results are shown.
        focusPending = true
      }
    }

    function resultLinks () {
      return resultsEl ? Array.prototype.slice.call(resultsEl.querySelectorAll('.search-result-link')) : []
    }

    if (input) {
      var typingTimer = null
      input.addEventListener('input', function () {
        // The index is loaded once something is typed (the empty page downloads none of it).
        if (input.value.trim()) {
          loadAll()
        }
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
        focusHeading()
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
    // Shards that arrived before this script (the manifest requests them early in the page), then the rest.
    ;(window.LotseSearchPending || []).forEach(function (entry) { api.addShard(entry[0], entry[1]) })
    window.LotseSearchPending = []
    var initial = ''
    try {
      initial = new URL(window.location.href).searchParams.get('q') || ''
    } catch (e) {
      initial = ''
    }
    if (input && initial.trim()) {
      input.value = initial
      // All shards at once, the FAQ's (the small one) first, unless the manifest has requested them already.
      loadAll()
    }
    if (input) {
      onQueryChange()
      if (initial) {
        focusHeading()
      }
    }
  }
}(window, document))

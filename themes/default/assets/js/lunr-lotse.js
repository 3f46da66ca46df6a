/*!
 * Lotse search pipeline for lunr 2.3.9 with lunr-languages' German (lunr.de).
 * The same functions, with the same labels, run in C# (generator/Lotse.Search) when the site is built;
 * the differential tests in tests/Lotse.Search.Tests check that both give the same tokens.
 * Load after lunr.js, lunr.stemmer.support.js and lunr.de.js. Classic script, no modules.
 */
;(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory()
  } else {
    factory()(root.lunr)
  }
}(this, function () {
  'use strict'

  return function (lunr) {
    if (typeof lunr === 'undefined' || typeof lunr.de === 'undefined') {
      throw new Error('lunr-lotse.js needs lunr, lunr.stemmer.support.js and lunr.de.js loaded first.')
    }
    if (lunr.lotse) {
      return lunr.lotse
    }

    var lotse = lunr.lotse = {}

    var asString = function (token) { return typeof token === 'string' ? token : token.toString() }
    var trim = function (s) { return lunr.de.trimmer(s) }
    var stem = function (s) { return lunr.de.stemmer(s) }

    /* Installs a function under its label without lunr's "overwriting" warning when it is replaced
       (the table-driven functions below are made per index). */
    var install = function (fn, label) {
      fn.label = label
      lunr.Pipeline.registeredFunctions[label] = fn
      return fn
    }

    /* ae/oe/ue folded like the umlauts the stemmer already folds (Behörde, Behoerde, Behorde). */
    lotse.fold = function (s) {
      return s.indexOf('e') < 0 ? s : s.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u')
    }

    /* A partly typed word as it must look to be a prefix of indexed terms. */
    lotse.prefixForm = function (lowerCaseWord) {
      return lotse.fold(lowerCaseWord.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss'))
    }

    /* The key of a trimmed, lower-case word: stemmed and folded (synonym matching). */
    lotse.key = function (word) {
      return lotse.fold(stem(word))
    }

    /* "lotse-parts": drops emptied tokens; "2021/24" is kept whole and as "2021" and "24". */
    lotse.parts = function (token) {
      var s = asString(token)
      if (s.length === 0) {
        return undefined
      }
      if (s.indexOf('/') < 0) {
        return token
      }
      var out = [token]
      var pieces = s.split('/')
      for (var i = 0; i < pieces.length; i++) {
        var part = trim(pieces[i])
        if (part.length > 0) {
          out.push(typeof token === 'string' ? part : token.clone(function () { return part }))
        }
      }
      return out
    }

    /* "lotse-gender", after the trimmer: "bürger:innen", "bürger*innen", "nutzer_innen", "kolleg/in" become the base
       word; "bürgerinnen", "sachbearbeiterin" keep their form and add the base word. */
    var GENDER_SIGNS = ':*_/\u00b7'
    var LETTERS = /^\p{L}+$/u
    lotse.MINIMUM_GENDER_BASE_LENGTH = 4
    /* The base word before a gender sign and "in"/"innen" at the end ("bürger:innen" → "bürger"), else null. */
    lotse.genderSigned = function (s) {
      var ending = s.slice(-5) === 'innen' ? 5 : s.slice(-2) === 'in' ? 2 : 0
      var signAt = s.length - ending - 1
      return ending > 0 && signAt >= lotse.MINIMUM_GENDER_BASE_LENGTH && GENDER_SIGNS.indexOf(s.charAt(signAt)) >= 0
        ? s.slice(0, signAt) : null
    }
    /* "bürgerinnen" → "bürger", "sachbearbeiterin" → "sachbearbeiter", else null. */
    lotse.genderBase = function (s) {
      var ending = s.slice(-7) === 'erinnen' ? 5 : s.slice(-4) === 'erin' ? 2 : 0
      if (ending === 0 || s.length - ending < lotse.MINIMUM_GENDER_BASE_LENGTH + 2 || !LETTERS.test(s)) {
        return null
      }
      return s.slice(0, s.length - ending)
    }
    lotse.gender = function (token) {
      var s = asString(token)
      var clone = function (text) { return typeof token === 'string' ? text : token.clone(function () { return text }) }
      var signed = lotse.genderSigned(s)
      if (signed !== null) {
        return clone(signed)
      }
      var base = lotse.genderBase(s)
      return base === null ? token : [token, clone(base)]
    }

    /* "lotse-fold", after the stemmer. */
    lotse.foldToken = function (token) {
      return typeof token === 'string' ? lotse.fold(token) : token.update(lotse.fold)
    }

    var VERB_PREFIXES = {}
    ;('ver zer ent emp miss auf aus ein vor über unter durch wider wieder zurück bei nach mit her hin weg los ' +
      'ab an be ge er un ur zu um').split(' ').forEach(function (p) { VERB_PREFIXES[p] = true })
    var INFLECTION_ENDINGS = ['s', 'es', 'n', 'en', 'e', 'er', 'ern', 'ns']
    var GERMAN_LOWER = /^[a-zäöüß]+$/
    lotse.MINIMUM_HEAD_LENGTH = 4
    lotse.MINIMUM_MODIFIER_LENGTH = 3

    /* "lotse-compound" (indexing only): a compound is indexed with each head the lexicon knows. */
    lotse.compoundSplitter = function (lexicon) {
      var known = Object.create(null)
      var longestHead = 0
      for (var i = 0; i < lexicon.length; i++) {
        known[lexicon[i]] = true
        longestHead = Math.max(longestHead, lexicon[i].length + 3) /* + the longest inflection ending */
      }
      var isKnownHead = function (head) {
        if (!GERMAN_LOWER.test(head)) {
          return false
        }
        if (known[head] === true) {
          return true
        }
        for (var e = 0; e < INFLECTION_ENDINGS.length; e++) {
          var ending = INFLECTION_ENDINGS[e]
          if (head.length - ending.length >= lotse.MINIMUM_HEAD_LENGTH &&
              head.slice(-ending.length) === ending &&
              known[head.slice(0, head.length - ending.length)] === true) {
            return true
          }
        }
        return false
      }
      var splitter = function (token) {
        var s = asString(token)
        var out = [token]
        /* Only the last letters can be a head the lexicon knows: a long token costs no more than a short one. */
        for (var split = Math.max(lotse.MINIMUM_MODIFIER_LENGTH, s.length - longestHead); split <= s.length - lotse.MINIMUM_HEAD_LENGTH; split++) {
          if (VERB_PREFIXES[s.slice(0, split)] === true) {
            continue
          }
          var head = s.slice(split)
          if (isKnownHead(head)) {
            out.push(typeof token === 'string' ? head : token.clone(function () { return head }))
          }
        }
        return out
      }
      return install(splitter, 'lotse-compound')
    }

    /* "lotse-synonyms" (indexing only): where a member of a glossary group ends, the group's token
       is indexed too. groups: [{ token: "syn0", members: [["kfz"], ["kraftfahrzeug"]] }]. */
    lotse.synonymTagger = function (groups) {
      var byLastKey = Object.create(null)
      groups.forEach(function (group) {
        group.members.forEach(function (member) {
          if (member.length === 0) {
            return
          }
          var last = member[member.length - 1]
          ;(byLastKey[last] = byLastKey[last] || []).push({ token: group.token, member: member })
        })
      })
      var keyedTokens = null
      var keys = []
      var tagger = function (token, index, tokens) {
        if (tokens !== keyedTokens) {
          keys = tokens.map(function (t) { return lotse.key(asString(t)) })
          keyedTokens = tokens
        }
        var out = [token]
        var candidates = byLastKey[keys[index]]
        if (!candidates) {
          return out
        }
        var emitted = null
        for (var c = 0; c < candidates.length; c++) {
          var candidate = candidates[c]
          if (candidate.token === emitted || !endsAt(candidate.member, index)) {
            continue
          }
          out.push(typeof token === 'string' ? candidate.token : token.clone(function () { return candidate.token }))
          emitted = candidate.token
        }
        return out
      }
      var endsAt = function (member, index) {
        var start = index - member.length + 1
        if (start < 0) {
          return false
        }
        for (var i = 0; i < member.length; i++) {
          if (keys[start + i] !== member[i]) {
            return false
          }
        }
        return true
      }
      return install(tagger, 'lotse-synonyms')
    }

    /* Numbers in Lotse's compact code (generator/Lotse.Search/CompactCode.cs): base 32, the last digit of a number from
       the first 32 characters of the alphabet, the others from the last 32. */
    var CODE = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_'
    var DIGIT = new Int8Array(128).fill(-1)
    for (var d = 0; d < CODE.length; d++) {
      DIGIT[CODE.charCodeAt(d)] = d
    }
    /* Reads numbers of the text from position at: next() gives the next one; at() where it is. */
    lotse.decoder = function (text, at) {
      var i = at || 0
      return {
        next: function () {
          var value = 0
          while (true) {
            var digit = DIGIT[text.charCodeAt(i++)]
            if (digit < 0 || digit === undefined) {
              throw new Error('Not a number of the compact code at ' + (i - 1))
            }
            if (digit < 32) {
              return value * 32 + digit
            }
            value = value * 32 + digit - 32
          }
        },
        at: function () { return i },
        skip: function (n) { i += n },
        /* Passes over n numbers without reading their values (each ends with a digit of the first 32). */
        skipNumbers: function (n) {
          while (n > 0) {
            var digit = DIGIT[text.charCodeAt(i++)]
            if (digit < 0 || digit === undefined) {
              throw new Error('Not a number of the compact code at ' + (i - 1))
            }
            if (digit < 32) {
              n--
            }
          }
        }
      }
    }

    /* A weight (in thousandths) is written as round(ln(weight) × WEIGHT_STEPS) (CompactIndexSerializer.WeightCode). */
    var WEIGHT_STEPS = 80

    /* The refs of documents by position (base 36, as SearchRefs.cs writes them). */
    var refNames = []
    var refOf = function (position) {
      return refNames[position] || (refNames[position] = position.toString(36))
    }

    /* A shard's index as Lotse writes it (generator/Lotse.Search/CompactIndexSerializer.cs, version 3: front-coded sorted
       vocabulary, per term the documents and the term's summed field weights), or lunr JSON, loaded as a lunr.Index.
       Version 3 loads as { pipeline, lotseTerms, lotseIds, lotseWeights(term) }: the vocabulary is read at once, the
       postings of a term (and where they start) when a query asks for it. */
    lotse.loadIndex = function (data) {
      if (data.v !== 3) {
        return lunr.Index.load(data)
      }
      var terms = []
      var ids = Object.create(null)
      var code = lotse.decoder(data.terms)
      var previous = ''
      while (code.at() < data.terms.length) {
        var shared = code.next()
        var rest = code.next()
        var start = code.at()
        var term = previous.slice(0, shared) + data.terms.slice(start, start + rest)
        code.skip(rest)
        ids[term] = terms.length
        terms.push(term)
        previous = term
      }
      var postings = data.postings
      // Where each term's postings start, found when a query first asks for a term at or after it (a shard that arrives
      // while the first results are shown is not walked through before it is searched).
      var offsets = new Int32Array(terms.length)
      var walked = 0
      var walk = lotse.decoder(postings)
      var offsetOf = function (id) {
        while (walked <= id) {
          offsets[walked++] = walk.at()
          walk.skipNumbers(walk.next() * 2)
        }
        return offsets[id]
      }
      var cache = Object.create(null)
      return {
        pipeline: lunr.Pipeline.load(data.pipeline),
        lotseTerms: terms,
        lotseIds: ids,
        /* Per document ref, the term's weight (summed over the fields). */
        lotseWeights: function (term) {
          var id = ids[term]
          if (id === undefined) {
            return {}
          }
          var known = cache[term]
          if (known) {
            return known
          }
          var out = {}
          var read = lotse.decoder(postings, offsetOf(id))
          var doc = 0
          for (var n = read.next(); n > 0; n--) {
            doc += read.next()
            out[refOf(doc)] = Math.exp(read.next() / WEIGHT_STEPS) / 1000
          }
          cache[term] = out
          return out
        }
      }
    }

    /* A shard's result store as Lotse writes it (SearchIndexWriter.WriteStore: one array per document,
       [title, url, snippet, section, faq, roles]) as { ref: { t, u, x, s, f, r } }; an object store stays as it is. */
    lotse.loadStore = function (store) {
      if (!Array.isArray(store)) {
        return store
      }
      var out = Object.create(null)
      var title = ''
      var page = ''
      for (var i = 0; i < store.length; i++) {
        var e = store[i]
        var url = e[1]
        if (url.charAt(0) === '#') {
          url = page + url
        } else {
          var whole = url.charAt(0) === '!'
          if (whole) {
            url = url.slice(1)
          }
          var hash = url.indexOf('#')
          page = hash < 0 ? url : url.slice(0, hash)
          if (!whole && page.charAt(page.length - 1) === '/') {
            page += 'index.html'
            url = hash < 0 ? page : page + url.slice(hash)
          }
        }
        if (e[0] !== 0) {
          title = e[0]
        }
        var doc = { t: title, u: url }
        if (e[2]) {
          doc.x = e[2]
        }
        if (e[3]) {
          doc.s = e[3]
        }
        if (e[4]) {
          doc.f = 1
        }
        if (e[5]) {
          doc.r = e[5]
        }
        out[refOf(i)] = doc
      }
      return out
    }

    /* A shard script's data ({ label, index, store }) ready to search: { label, index, store }. */
    lotse.loadShard = function (data) {
      return { label: data.label, index: lotse.loadIndex(data.index), store: lotse.loadStore(data.store) }
    }

    lunr.Pipeline.registerFunction(lotse.gender, 'lotse-gender')
    lunr.Pipeline.registerFunction(lotse.parts, 'lotse-parts')
    lunr.Pipeline.registerFunction(lotse.foldToken, 'lotse-fold')

    /* Sets a lunr.Builder up exactly as Lotse's C# builder: fields with boosts and both pipelines.
       options: { synonyms: [groups], lexicon: [words] }. Used by the tests; the site loads built indexes. */
    lotse.FIELDS = [
      ['question', 15], ['title', 10], ['tags', 5], ['description', 4], ['summary', 4], ['headings', 3], ['roles', 2],
      ['body', 1]
    ]
    lotse.configureBuilder = function (builder, options) {
      options = options || {}
      builder.pipeline.reset()
      builder.searchPipeline.reset()
      builder.pipeline.add(lunr.de.trimmer, lotse.gender, lotse.parts, lunr.de.stopWordFilter)
      if (options.synonyms && options.synonyms.length > 0) {
        builder.pipeline.add(lotse.synonymTagger(options.synonyms))
      }
      if (options.lexicon && options.lexicon.length > 0) {
        builder.pipeline.add(lotse.compoundSplitter(options.lexicon))
      }
      builder.pipeline.add(lunr.de.stemmer, lotse.foldToken)
      builder.searchPipeline.add(lunr.de.trimmer, lotse.gender, lotse.parts, lunr.de.stemmer, lotse.foldToken)
      lotse.FIELDS.forEach(function (field) { builder.field(field[0], { boost: field[1] }) })
    }

    /* The words of a query: lower-cased, split like lunr's tokenizer, trimmed, empty ones dropped. */
    lotse.queryWords = function (text) {
      return lunr.tokenizer(String(text || '')).map(function (t) { return trim(t.toString()) })
        .filter(function (w) { return w.length > 0 })
    }

    lotse.MINIMUM_FUZZY_LENGTH = 5
    lotse.MINIMUM_PREFIX_LENGTH = 2

    /* ---------------------------------------------------------------------------------------------------------
       Query understanding. A query becomes words with weights: transcribed umlauts are read as umlauts before the
       stop words are removed ("fuer" is "für"), question words and the verbs of a question weigh nothing, and a
       query of nothing else is matched as a phrase. */

    /* A stop word also when written with transcribed umlauts or ss: "fuer" (für), "ueber" (über), "dass" (daß). */
    lotse.isStopWord = function (word) {
      if (lunr.de.stopWordFilter(word) === undefined) {
        return true
      }
      if (!/ae|oe|ue|ss/.test(word)) {
        return false
      }
      var forms = [word]
      ;[['ae', 'ä'], ['oe', 'ö'], ['ue', 'ü'], ['ss', 'ß']].forEach(function (pair) {
        forms = forms.concat(forms.map(function (f) { return f.split(pair[0]).join(pair[1]) }))
      })
      for (var i = 1; i < forms.length; i++) {
        if (lunr.de.stopWordFilter(forms[i]) === undefined) {
          return true
        }
      }
      return false
    }

    /* Words that ask rather than say: they weigh nothing for ranking (they are kept for a phrase). */
    var QUESTION_WORDS = {}
    ;('wer wen wem wessen was wie wann wo woher wohin warum weshalb wieso weswegen wozu womit wofür woran worauf ' +
      'worüber worum wodurch wobei welche welcher welches welchem welchen gibt gib geht darf dürfen müssen können ' +
      'brauche braucht brauchen mache macht machen tun tut finde findet bekomme bekommt erfahre erfahren ' +
      'bitte eigentlich genau überhaupt denn mal kurz erklärt erklärung bedeutet bedeutung heißt meint ' +
      'meine meiner unsere unserer unsrer wir ich').split(' ').forEach(function (w) {
      QUESTION_WORDS[lotse.prefixForm(w)] = true
    })
    lotse.isQuestionWord = function (word) {
      return QUESTION_WORDS[lotse.prefixForm(word)] === true
    }

    /* The text as phrase matching sees it: lower case, umlauts and transcriptions folded, words separated by one space. */
    lotse.phraseForm = function (text) {
      var words = lotse.queryWords(text)
      return words.length === 0 ? '' : ' ' + words.map(lotse.prefixForm).join(' ') + ' '
    }

    /* Everything the scorer needs of a typed query (shards, synonyms: the manifest's groups). */
    lotse.analyze = function (text, synonyms) {
      var words = lotse.queryWords(text)
      var content = []
      words.forEach(function (word, position) {
        if (!lotse.isStopWord(word) && !lotse.isQuestionWord(word)) {
          content.push({ word: word, position: position })
        }
      })
      var groups = lotse.synonymMatches(words, synonyms || [])
      return {
        words: words,
        content: content,
        synonyms: groups,
        phrase: content.length === 0 && words.length > 0 ? lotse.phraseForm(text) : ''
      }
    }

    /* The glossary groups whose member occurs in the words, with the positions it covers. A member is matched in the
       words without stop words, a phrase member (stop words only, "Wer wir sind") in all of them. */
    lotse.synonymMatches = function (words, synonyms) {
      var content = []
      var all = []
      words.forEach(function (w, position) {
        var signed = lotse.genderSigned(w)
        ;[].concat(lotse.parts(signed === null ? w : signed) || []).forEach(function (p) {
          var key = { key: lotse.key(p), position: position }
          all.push(key)
          if (!lotse.isStopWord(p)) {
            content.push(key)
          }
        })
      })
      var found = []
      synonyms.forEach(function (group) {
        var positions = null
        group.members.forEach(function (member) {
          [content, all].forEach(function (keys) {
            for (var start = 0; positions === null && start + member.length <= keys.length; start++) {
              var hit = true
              for (var i = 0; i < member.length && hit; i++) {
                hit = keys[start + i].key === member[i]
              }
              if (hit) {
                positions = keys.slice(start, start + member.length).map(function (k) { return k.position })
              }
            }
          })
        })
        if (positions !== null) {
          found.push({ token: group.token, positions: positions })
        }
      })
      return found
    }

    /* Kept for callers of the lunr.js-based API: the tokens of the matched groups. */
    lotse.synonymTokens = function (words, synonyms) {
      return lotse.synonymMatches(words, synonyms).map(function (m) { return m.token })
    }

    /* ---------------------------------------------------------------------------------------------------------
       Scoring. The shards are lunr 2.3.9 indexes whose field vectors hold BM25 weights computed with the statistics of
       the whole site, so a weight means the same in every shard. Each query word is looked up as its exact term (through
       the index's search pipeline), as a prefix, with one typo, as its parts when it is a compound the index does not
       know, and through the synonym groups it belongs to; a document gets, per word, its best variant (not the sum of
       all, as lunr's vector space would), and the words' scores are summed and multiplied by the share of the words it
       matched, squared. Scores do not depend on which shards are loaded, so merging is exact. */

    var VARIANT = { exact: 10, synonym: 6, parts: 7, prefix: 2, fuzzy: 1.5, cut: 0.75 }
    /* A phrase in a heading (phraseSearch's 10) weighs about as much as a word in a title. */
    var PHRASE_WEIGHT = 40
    lotse.VARIANT_BOOSTS = VARIANT

    var vectorValue = function (vector, termIndex) {
      var elements = vector.elements
      var lo = 0
      var hi = elements.length / 2 - 1
      while (lo <= hi) {
        var mid = (lo + hi) >> 1
        var at = elements[mid * 2]
        if (at === termIndex) {
          return elements[mid * 2 + 1]
        }
        if (at < termIndex) {
          lo = mid + 1
        } else {
          hi = mid - 1
        }
      }
      return 0
    }

    /* Per document ref, the summed field weights of a term in a shard. */
    var termWeights = function (index, term) {
      if (index.lotseWeights) {
        return index.lotseWeights(term)
      }
      var posting = index.invertedIndex[term]
      var out = {}
      if (!posting) {
        return out
      }
      var termIndex = posting._index
      for (var f = 0; f < index.fields.length; f++) {
        var field = index.fields[f]
        var refs = posting[field]
        for (var ref in refs) {
          var vector = index.fieldVectors[field + '/' + ref]
          if (vector) {
            out[ref] = (out[ref] || 0) + vectorValue(vector, termIndex)
          }
        }
      }
      return out
    }

    lotse.hasTerm = function (index, term) {
      return index.lotseIds ? index.lotseIds[term] !== undefined : Boolean(index.invertedIndex[term])
    }

    var sortedTerms = function (index) {
      return index.lotseTerms || (index.lotseTerms = Object.keys(index.invertedIndex).sort())
    }

    /* The terms that start with the prefix: a range of the sorted vocabulary. */
    lotse.prefixTerms = function (index, prefix) {
      var terms = sortedTerms(index)
      var lo = 0
      var hi = terms.length
      while (lo < hi) {
        var mid = (lo + hi) >> 1
        if (terms[mid] < prefix) {
          lo = mid + 1
        } else {
          hi = mid
        }
      }
      var out = []
      for (var i = lo; i < terms.length && terms[i].lastIndexOf(prefix, 0) === 0; i++) {
        out.push(terms[i])
      }
      return out
    }

    /* Whether b is a (one insertion, deletion, substitution or swap of neighbours) away from a, or a itself; compared
       character by character, without making strings (a query compares its words with much of the vocabulary). */
    var withinOneEdit = function (a, b) {
      var la = a.length
      var lb = b.length
      if (la - lb > 1 || lb - la > 1) {
        return false
      }
      var i = 0
      while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) {
        i++
      }
      if (i === la && i === lb) {
        return true
      }
      var j
      if (la === lb) {
        for (j = i + 1; j < la && a.charCodeAt(j) === b.charCodeAt(j); j++) {
          // the rest after one substitution at i
        }
        if (j === la) {
          return true
        }
        if (a.charCodeAt(i) !== b.charCodeAt(i + 1) || a.charCodeAt(i + 1) !== b.charCodeAt(i)) {
          return false
        }
        for (j = i + 2; j < la; j++) {
          if (a.charCodeAt(j) !== b.charCodeAt(j)) {
            return false
          }
        }
        return true
      }
      var longer = la > lb ? a : b
      var shorter = la > lb ? b : a
      for (j = i; j < shorter.length; j++) {
        if (longer.charCodeAt(j + 1) !== shorter.charCodeAt(j)) {
          return false
        }
      }
      return true
    }

    /* The sorted vocabulary by length (terms of one length in their sorted order), made when a query first needs it. */
    var termsByLength = function (index) {
      if (index.lotseTermsByLength) {
        return index.lotseTermsByLength
      }
      var terms = sortedTerms(index)
      var byLength = []
      for (var i = 0; i < terms.length; i++) {
        (byLength[terms[i].length] || (byLength[terms[i].length] = [])).push(terms[i])
      }
      index.lotseTermsByLength = byLength
      return byLength
    }

    /* The terms one edit away from the term (what lunr's fuzzy match with edit distance 1 finds): only terms of its
       length or one letter more or less can be; in sorted order. */
    lotse.fuzzyTerms = function (index, term) {
      var byLength = termsByLength(index)
      var out = []
      for (var length = term.length - 1; length <= term.length + 1; length++) {
        var terms = byLength[length] || []
        for (var i = 0; i < terms.length; i++) {
          if (withinOneEdit(term, terms[i])) {
            out.push(terms[i])
          }
        }
      }
      return out.sort()
    }

    var searchTerms = function (index, word) {
      return index.pipeline.runString(word).map(asString).filter(function (t) { return t.length > 0 })
    }

    /* The split of a compound the index does not know into two words it knows ("bauantragsverfahren" →
       "bauantrag", "verfahren"), longest head first; null when there is none. */
    lotse.decompound = function (word, knows) {
      var form = lotse.prefixForm(word)
      if (form.length < lotse.MINIMUM_MODIFIER_LENGTH + lotse.MINIMUM_HEAD_LENGTH || !GERMAN_LOWER.test(form)) {
        return null
      }
      for (var split = lotse.MINIMUM_MODIFIER_LENGTH; split <= form.length - lotse.MINIMUM_HEAD_LENGTH; split++) {
        var head = form.slice(split)
        var modifier = form.slice(0, split)
        if (!knows(head)) {
          continue
        }
        var modifiers = [modifier]
        if (/(s|n)$/.test(modifier) && modifier.length > lotse.MINIMUM_MODIFIER_LENGTH) {
          modifiers.push(modifier.slice(0, -1)) // Fugen-s, Fugen-n: "antrags" → "antrag"
        }
        if (/es$|en$/.test(modifier) && modifier.length > lotse.MINIMUM_MODIFIER_LENGTH + 1) {
          modifiers.push(modifier.slice(0, -2))
        }
        for (var m = 0; m < modifiers.length; m++) {
          if (!VERB_PREFIXES[modifiers[m]] && knows(modifiers[m])) {
            return [modifiers[m], head]
          }
        }
      }
      return null
    }

    /* The typed query scored against shards: [{ shard, ref, score, terms }] (terms: the index terms it matched),
       best first. shards: [{ index (a loaded lunr.Index), store, ... }]. */
    lotse.searchShards = function (shards, text, synonyms) {
      var query = lotse.analyze(text, synonyms)
      if (query.words.length === 0) {
        return []
      }
      if (query.phrase && query.synonyms.length === 0) {
        return lotse.phraseSearch(shards, query.phrase)
      }
      var known = function (word) {
        for (var i = 0; i < shards.length; i++) {
          var terms = searchTerms(shards[i].index, word)
          if (terms.length > 0 && terms.every(function (t) { return lotse.hasTerm(shards[i].index, t) })) {
            return true
          }
        }
        return false
      }
      // Word slots: each content word, plus a slot for a synonym group that matched only stop words.
      var slots = query.content.map(function (c) { return { word: c.word, position: c.position, synonyms: [] } })
      query.synonyms.forEach(function (match) {
        var attached = false
        slots.forEach(function (slot) {
          if (match.positions.indexOf(slot.position) >= 0) {
            slot.synonyms.push(match.token)
            attached = true
          }
        })
        if (!attached) {
          slots.push({ word: null, position: -1, synonyms: [match.token] })
        }
      })
      slots.forEach(function (slot) {
        slot.parts = slot.word && !known(slot.word) ? lotse.decompound(slot.word, known) : null
      })
      // A query of stop words that names a glossary group ("Wer wir sind"): the group and the words as a phrase.
      var phraseSlot = query.phrase ? slots.push({ word: null, position: -1, synonyms: [] }) - 1 : -1
      var results = []
      shards.forEach(function (shard) {
        var index = shard.index
        var docs = {}
        var weight = function (variants, term, boost, slot) {
          var weights = termWeights(index, term)
          for (var ref in weights) {
            var doc = docs[ref] || (docs[ref] = { slots: [], terms: {} })
            var value = weights[ref] * boost
            if (value > (doc.slots[slot] || 0)) {
              doc.slots[slot] = value
            }
            doc.terms[term] = true
          }
        }
        slots.forEach(function (slot, s) {
          if (slot.word) {
            var word = slot.word
            var prefix = lotse.prefixForm(word)
            searchTerms(index, word).forEach(function (term) {
              weight(null, term, VARIANT.exact, s)
              if (word.length >= lotse.MINIMUM_FUZZY_LENGTH) {
                lotse.fuzzyTerms(index, term).forEach(function (t) {
                  if (t !== term) {
                    weight(null, t, VARIANT.fuzzy, s)
                  }
                })
              }
            })
            if (prefix.length >= lotse.MINIMUM_PREFIX_LENGTH) {
              lotse.prefixTerms(index, prefix).forEach(function (t) {
                weight(null, t, VARIANT.prefix, s)
              })
            }
            if (word.length >= lotse.MINIMUM_FUZZY_LENGTH) {
              // The index holds stems, so a typo in an ending ("Verwaltnug") is one edit away from a shortened word
              // rather than from its stem: try the word without its last one to three letters.
              for (var cut = 1; cut <= 3 && prefix.length - cut >= lotse.MINIMUM_FUZZY_LENGTH; cut++) {
                lotse.fuzzyTerms(index, prefix.slice(0, prefix.length - cut)).forEach(function (t) {
                  weight(null, t, VARIANT.cut, s)
                })
              }
            }
            if (slot.parts) {
              // Both parts must be there: the slot gets the weaker part's weight.
              var first = {}
              searchTerms(index, slot.parts[0]).forEach(function (term) {
                var w = termWeights(index, term)
                for (var ref in w) {
                  first[ref] = Math.max(first[ref] || 0, w[ref])
                }
              })
              searchTerms(index, slot.parts[1]).forEach(function (term) {
                var w = termWeights(index, term)
                for (var ref in w) {
                  if (first[ref]) {
                    var doc = docs[ref] || (docs[ref] = { slots: [], terms: {} })
                    var value = Math.min(first[ref], w[ref]) * VARIANT.parts
                    if (value > (doc.slots[s] || 0)) {
                      doc.slots[s] = value
                    }
                    doc.terms[term] = true
                    searchTerms(index, slot.parts[0]).forEach(function (t) { doc.terms[t] = true })
                  }
                }
              })
            }
          }
          slot.synonyms.forEach(function (token) {
            weight(null, token, VARIANT.synonym, s)
          })
        })
        if (phraseSlot >= 0) {
          lotse.phraseSearch([shard], query.phrase).forEach(function (result) {
            var doc = docs[result.ref] || (docs[result.ref] = { slots: [], terms: {} })
            doc.slots[phraseSlot] = result.score * PHRASE_WEIGHT
          })
        }
        for (var ref in docs) {
          var doc = docs[ref]
          var sum = 0
          var matched = 0
          for (var s = 0; s < slots.length; s++) {
            if (doc.slots[s] > 0) {
              sum += doc.slots[s]
              matched++
            }
          }
          var share = matched / slots.length
          results.push({ shard: shard, ref: ref, score: sum * share * share, terms: Object.keys(doc.terms) })
        }
      })
      return results.sort(lotse.compareResults)
    }

    lotse.compareResults = function (a, b) {
      var ua = a.shard.store ? a.shard.store[a.ref].u : a.ref
      var ub = b.shard.store ? b.shard.store[b.ref].u : b.ref
      return b.score - a.score || (ua < ub ? -1 : ua > ub ? 1 : 0)
    }

    /* A query of stop words and question words only ("Was ist das?"): its words as a phrase in the question, title,
       section heading and text of the store. */
    lotse.phraseSearch = function (shards, phrase) {
      var results = []
      shards.forEach(function (shard) {
        Object.keys(shard.store || {}).forEach(function (ref) {
          var doc = shard.store[ref]
          var score = 0
          if (lotse.phraseForm(doc.s || doc.t).indexOf(phrase) >= 0) {
            score = 10
          } else if (lotse.phraseForm(doc.t).indexOf(phrase) >= 0) {
            score = 5
          } else if (doc.x && lotse.phraseForm(doc.x).indexOf(phrase) >= 0) {
            score = 1
          }
          if (score > 0) {
            results.push({ shard: shard, ref: ref, score: score, terms: [] })
          }
        })
      })
      return results.sort(lotse.compareResults)
    }

    /* Results of one page together: [{ url (without #), score, page (its own result or null), sections: [results] }],
       best first. A page ranks by its best document, plus a tenth of its second best. */
    lotse.groupByPage = function (results) {
      var pages = {}
      var order = []
      results.forEach(function (result) {
        var url = result.shard.store[result.ref].u
        var hash = url.indexOf('#')
        var page = hash < 0 ? url : url.slice(0, hash)
        var group = pages[page]
        if (!group) {
          group = pages[page] = { url: page, best: result, page: null, sections: [], scores: [] }
          order.push(group)
        }
        group.scores.push(result.score)
        if (hash < 0 && !result.shard.store[result.ref].s) {
          group.page = result
        } else if (hash < 0) {
          group.page = group.page || result
        } else {
          group.sections.push(result)
        }
      })
      order.forEach(function (group) {
        group.score = group.scores[0] + (group.scores.length > 1 ? group.scores[1] / 10 : 0)
      })
      return order.sort(function (a, b) { return b.score - a.score || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0) })
    }

    /* Runs a typed query against one loaded index, in the shape of lunr's results (ref, score, matchData). */
    lotse.search = function (index, text, synonyms) {
      return lotse.searchShards([{ index: index, store: null }], text, synonyms).map(function (r) {
        var metadata = {}
        r.terms.forEach(function (t) { metadata[t] = {} })
        return { ref: r.ref, score: r.score, matchData: { metadata: metadata } }
      })
    }

    return lotse
  }
}))

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
      for (var i = 0; i < lexicon.length; i++) {
        known[lexicon[i]] = true
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
        for (var split = lotse.MINIMUM_MODIFIER_LENGTH; split <= s.length - lotse.MINIMUM_HEAD_LENGTH; split++) {
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
       is indexed too. groups: [{ token: "syn0", members: [["bundid"], ["nutzerkont", "bund"]] }]. */
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

    lunr.Pipeline.registerFunction(lotse.parts, 'lotse-parts')
    lunr.Pipeline.registerFunction(lotse.foldToken, 'lotse-fold')

    /* Sets a lunr.Builder up exactly as Lotse's C# builder: fields with boosts and both pipelines.
       options: { synonyms: [groups], lexicon: [words] }. Used by the tests; the site loads built indexes. */
    lotse.FIELDS = [
      ['question', 15], ['title', 10], ['tags', 5], ['headings', 3], ['roles', 2], ['body', 1]
    ]
    lotse.configureBuilder = function (builder, options) {
      options = options || {}
      builder.pipeline.reset()
      builder.searchPipeline.reset()
      builder.pipeline.add(lunr.de.trimmer, lotse.parts, lunr.de.stopWordFilter)
      if (options.synonyms && options.synonyms.length > 0) {
        builder.pipeline.add(lotse.synonymTagger(options.synonyms))
      }
      if (options.lexicon && options.lexicon.length > 0) {
        builder.pipeline.add(lotse.compoundSplitter(options.lexicon))
      }
      builder.pipeline.add(lunr.de.stemmer, lotse.foldToken)
      builder.searchPipeline.add(lunr.de.trimmer, lotse.parts, lunr.de.stemmer, lotse.foldToken)
      lotse.FIELDS.forEach(function (field) { builder.field(field[0], { boost: field[1] }) })
    }

    /* The words of a query: lower-cased, split like lunr's tokenizer, trimmed, empty ones dropped. */
    lotse.queryWords = function (text) {
      return lunr.tokenizer(String(text || '')).map(function (t) { return trim(t.toString()) })
        .filter(function (w) { return w.length > 0 })
    }

    lotse.MINIMUM_FUZZY_LENGTH = 5
    lotse.MINIMUM_PREFIX_LENGTH = 2

    /* Adds Lotse's clauses for a typed query to a lunr.Query: each word as a term (through the search
       pipeline), as a prefix while typing, with one edit of typo tolerance from five letters, and
       the tokens of glossary groups the query mentions. */
    lotse.addClauses = function (query, text, synonyms) {
      var words = lotse.queryWords(text)
      var content = words.filter(function (w) { return lunr.de.stopWordFilter(w) !== undefined })
      if (content.length === 0) {
        content = words
      }
      content.forEach(function (word) {
        query.term(word, { boost: 10 })
        var prefix = lotse.prefixForm(word)
        if (prefix.length >= lotse.MINIMUM_PREFIX_LENGTH) {
          query.term(prefix, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 })
        }
        if (word.length >= lotse.MINIMUM_FUZZY_LENGTH) {
          query.term(word, { editDistance: 1, boost: 1 })
          // The index holds stems, so a typo in an ending ("Verwaltnug") is one edit away from a
          // shortened word rather than from its stem: try the word without its last one to three letters.
          for (var cut = 1; cut <= 3 && prefix.length - cut >= lotse.MINIMUM_FUZZY_LENGTH; cut++) {
            query.term(prefix.slice(0, prefix.length - cut), { usePipeline: false, editDistance: 1, boost: 0.5 })
          }
        }
      })
      lotse.synonymTokens(words, synonyms || []).forEach(function (token) {
        query.term(token, { usePipeline: false, boost: 5 })
      })
      return query
    }

    /* Tokens of the glossary groups whose member occurs in the words (in order, by key). */
    lotse.synonymTokens = function (words, synonyms) {
      var keys = []
      words.forEach(function (w) {
        [].concat(lotse.parts(w) || []).forEach(function (p) {
          if (lunr.de.stopWordFilter(p) !== undefined) {
            keys.push(lotse.key(p))
          }
        })
      })
      var found = []
      synonyms.forEach(function (group) {
        var hit = group.members.some(function (member) {
          for (var start = 0; start + member.length <= keys.length; start++) {
            var all = true
            for (var i = 0; i < member.length && all; i++) {
              all = keys[start + i] === member[i]
            }
            if (all) {
              return true
            }
          }
          return false
        })
        if (hit) {
          found.push(group.token)
        }
      })
      return found
    }

    /* Runs a typed query against a loaded index. */
    lotse.search = function (index, text, synonyms) {
      if (lotse.queryWords(text).length === 0) {
        return []
      }
      return index.query(function (query) { lotse.addClauses(query, text, synonyms) })
    }

    return lotse
  }
}))

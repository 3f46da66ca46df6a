/* Loads every shard as a classic script (works from file://) and times Lotse queries in the browser. */
;(function () {
  'use strict'
  var shards = []
  window.LotseSearch = { addShard: function (id, data) { shards.push({ id: id, index: lunr.lotse.loadShard(data).index }) } }
  var manifest = window.LotseSearchManifest
  var left = manifest.shards.length
  manifest.shards.forEach(function (shard) {
    var script = document.createElement('script')
    script.src = shard.file
    script.onload = script.onerror = function () { if (--left === 0) { run() } }
    document.head.appendChild(script)
  })
  function run () {
    var queries = ['Behoerde', 'Konto', 'Antrag', 'DeutschlandID', '§ 9 OZG', '2021/24', 'Barierefreiheit',
      'Verwaltnug', 'Reifeg', 'Nutzerkonto Bund', 'Gebühren', 'Onlinezugangsgesetz', 'EfA', 'Datenschutz',
      'Kommune', 'Bezahldienst', 'Schnittstelle', 'Leistung', 'Fristen', 'Postfach']
    var times = []
    var counts = {}
    for (var round = 0; round < 5; round++) {
      queries.forEach(function (q) {
        var start = performance.now()
        var n = 0
        shards.forEach(function (s) { n += lunr.lotse.search(s.index, q, manifest.synonyms).length })
        times.push(performance.now() - start)
        counts[q] = n
      })
    }
    times.sort(function (a, b) { return a - b })
    document.getElementById('out').textContent = JSON.stringify({
      shards: shards.length,
      queries: times.length,
      medianMs: times[Math.floor(times.length / 2)],
      p90Ms: times[Math.floor(times.length * 0.9)],
      maxMs: times[times.length - 1],
      counts: counts
    })
  }
}())

/* Lotse default theme: offline support. Classic script, loaded in <head>; every page works without it.
   - registers the service worker (sw.js at the site root) when the site is served over http(s),
     never from file:// (where no worker can run);
   - tells the reader in a polite live region when the browser goes offline, and which version
     ("Stand") they are reading;
   - in a copy opened from disk, replaces the link to the ZIP (which is not part of the ZIP). */
(function () {
  'use strict';
  var script = document.currentScript;
  var root = script && script.src ? script.src.replace(/assets\/js\/offline\.js(?:[?#].*)?$/, '') : '';
  var served = location.protocol === 'http:' || location.protocol === 'https:';

  if (served && root && 'serviceWorker' in navigator) {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register(root + 'sw.js', { scope: root }).catch(function () { /* the site works without */ });
    });
  }

  function init() {
    var status = document.querySelector('[data-offline-status]');
    if (!served) {
      var archive = document.querySelector('[data-offline-archive]');
      if (archive) archive.textContent = 'Sie lesen die Offline-Fassung dieser Website.';
    }
    if (!status) return;
    var stand = status.getAttribute('data-stand');
    function show(online) {
      if (online) {
        status.textContent = status.textContent ? 'Sie sind wieder online.' : '';
        window.setTimeout(function () { if (navigator.onLine) status.textContent = ''; }, 5000);
      } else {
        status.textContent = 'Sie sind offline. Sie lesen die gespeicherte Fassung' + (stand ? ' mit Stand ' + stand : '') +
          '. Seiten, die Sie noch nicht geöffnet haben, sind vielleicht nicht verfügbar.';
      }
    }
    window.addEventListener('offline', function () { show(false); });
    window.addEventListener('online', function () { show(true); });
    if (served && navigator.onLine === false) show(false);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();

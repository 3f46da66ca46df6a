/* Lotse default theme: offline support. Classic script, loaded in <head> with defer; every page works without it.
   - registers the service worker (sw.js at the site root) when the site is served over http(s),
     never from file:// (where no worker can run);
   - tells the reader in a polite live region when the browser goes offline, and which version
     ("Stand") they are reading;
   - in a copy opened from disk, says so next to the link to the ZIP (which is not part of the ZIP) and
     replaces that link unless it goes to the online address. */
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

  /* Opened from disk, this is the unzipped copy, and the ZIP is not part of itself. A link to the online
     address (the site has a baseUrl) stays, with a note; a link to the missing file becomes a note that
     this copy is the download. */
  function markArchiveLinks() {
    var links = document.querySelectorAll('a[data-offline-archive-link]');
    for (var i = 0; i < links.length; i++) {
      var link = links[i];
      var online = /^https?:\/\//i.test(link.getAttribute('href') || '');
      var note = document.createElement('span');
      note.className = 'offline-downloads__here';
      if (online) {
        link.removeAttribute('download');
        note.textContent = ' (von der Website; Sie lesen gerade die Offline-Fassung)';
        link.parentNode.insertBefore(note, link.nextSibling);
      } else {
        note.textContent = link.textContent + ' (Sie lesen gerade diese Offline-Fassung)';
        link.parentNode.replaceChild(note, link);
      }
    }
  }

  function init() {
    var status = document.querySelector('[data-offline-status]');
    if (!served) markArchiveLinks();
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

/* Lotse service worker, written by the build to the site root (generator/Lotse/Modules/WriteServiceWorker.cs).
   After one visit over http(s) the site stays usable offline: at install it stores the start page, the
   FAQ, the search and the assets; every page visited later is stored too. Pages come from the network
   first (so readers online always get the current version) and from the cache when offline; assets
   come from the cache first. A new build has a new VERSION, so a new worker with a new cache replaces
   the old one. Only requests to this site (same origin, inside the worker's scope) are touched; other
   hosts are never cached. */
'use strict';

var VERSION = '6579a7fe52c05e5b';
var PRECACHE = [
  "index.html",
];
var SCOPE = self.registration.scope;
var PREFIX = 'lotse:' + SCOPE + ':';
var CACHE = PREFIX + VERSION;

function inScope(url) {
  return url.origin === self.location.origin && url.href.indexOf(SCOPE) === 0;
}

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(PRECACHE.map(function (path) { return new URL(path, SCOPE).href; }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) { return key.indexOf(PREFIX) === 0 && key !== CACHE; })
      .map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});

function fromCache(request) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(request, { ignoreSearch: true }).then(function (hit) {
      if (hit) return hit;
      var url = new URL(request.url);
      if (url.pathname.slice(-1) === '/') return cache.match(url.origin + url.pathname + 'index.html');
      return undefined;
    });
  });
}

function store(request, response) {
  if (response && response.ok && response.type === 'basic') {
    var copy = response.clone();
    caches.open(CACHE).then(function (cache) { return cache.put(request, copy); });
  }
  return response;
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') return;
  var url = new URL(request.url);
  if (!inScope(url)) return; // other hosts and other sites on this host: not ours
  if (url.pathname.slice(-4) === '.zip') return; // the download is large and not needed offline

  var isPage = request.mode === 'navigate' || /\.html$|\/$/.test(url.pathname);
  if (isPage) {
    event.respondWith(fetch(request).then(function (response) { return store(request, response); })
      .catch(function () {
        return fromCache(request).then(function (hit) { return hit || Response.error(); });
      }));
  } else {
    event.respondWith(fromCache(request).then(function (hit) {
      return hit || fetch(request).then(function (response) { return store(request, response); });
    }));
  }
});

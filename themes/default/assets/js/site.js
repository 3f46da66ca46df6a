/* Lotse default theme: small enhancements only. Every page works without this file.
   - marks <html> with .js (loaded in <head>, so the collapsed navigation does not flash);
   - mobile navigation: a disclosure button (aria-expanded, aria-controls); Escape closes it
     and gives the focus back to the button;
   - opens all <details> for printing and closes them again afterwards. */
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js');

  function initNavigation() {
    var toggle = document.querySelector('[data-nav-toggle]');
    if (!toggle) return;
    var nav = document.getElementById(toggle.getAttribute('aria-controls'));
    if (!nav) return;
    var wide = window.matchMedia('(min-width: 64em)');

    function isOpen() { return toggle.getAttribute('aria-expanded') === 'true'; }
    function setOpen(open) {
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      nav.classList.toggle('is-open', open);
    }

    toggle.hidden = false;
    setOpen(false);
    toggle.addEventListener('click', function () {
      var open = !isOpen();
      setOpen(open);
      if (open) {
        var first = nav.querySelector('[aria-current="page"]') || nav.querySelector('a');
        if (first) first.scrollIntoView({ block: 'nearest' });
      }
    });
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' || !isOpen() || wide.matches) return;
      setOpen(false);
      toggle.focus();
    });
    var onChange = function () { if (wide.matches) setOpen(false); };
    if (wide.addEventListener) wide.addEventListener('change', onChange);
    else if (wide.addListener) wide.addListener(onChange);
  }

  function initPrint() {
    var opened = [];
    window.addEventListener('beforeprint', function () {
      opened = [];
      var all = document.querySelectorAll('details:not([open])');
      for (var i = 0; i < all.length; i++) { all[i].open = true; opened.push(all[i]); }
    });
    window.addEventListener('afterprint', function () {
      for (var i = 0; i < opened.length; i++) opened[i].open = false;
      opened = [];
    });
  }

  /* Wide tables: wrap them in a scroll region; it becomes a labelled, focusable region only while it
     actually overflows, so keyboard users can scroll it and nobody gets a useless tab stop. */
  function initTables() {
    var tables = document.querySelectorAll('main table');
    if (!tables.length) return;
    var regions = [];
    for (var i = 0; i < tables.length; i++) {
      var table = tables[i];
      if (table.parentNode.classList && table.parentNode.classList.contains('table-scroll')) continue;
      var wrap = document.createElement('div');
      wrap.className = 'table-scroll';
      table.parentNode.insertBefore(wrap, table);
      wrap.appendChild(table);
      var caption = table.querySelector('caption');
      var first = table.querySelector('th');
      var name = caption ? caption.textContent : (first ? 'Tabelle: ' + first.textContent : 'Tabelle');
      wrap.setAttribute('data-label', name.replace(/\s+/g, ' ').trim() + ' (seitlich scrollbar)');
      regions.push(wrap);
    }
    function update() {
      for (var j = 0; j < regions.length; j++) {
        var r = regions[j];
        if (r.scrollWidth > r.clientWidth + 1) {
          r.setAttribute('tabindex', '0');
          r.setAttribute('role', 'region');
          r.setAttribute('aria-label', r.getAttribute('data-label'));
        } else {
          r.removeAttribute('tabindex');
          r.removeAttribute('role');
          r.removeAttribute('aria-label');
        }
      }
    }
    var pending = false;
    window.addEventListener('resize', function () {
      if (pending) return;
      pending = true;
      window.requestAnimationFrame(function () { pending = false; update(); });
    });
    update();
  }

  function init() {
    initNavigation();
    initTables();
    initPrint();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();

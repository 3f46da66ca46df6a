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

  function init() {
    initNavigation();
    initPrint();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();

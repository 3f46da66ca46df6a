/* Lotse checklists: role choice, ticks, count and progress, reset, export (Markdown, CSV) and print.
   A classic script without inline code (works under Content-Security-Policy default-src 'self' and
   from file://). The state stays in this browser's localStorage; nothing is sent anywhere:
   - lotse.rolle                 the chosen role id (also in the URL as ?rolle=…; the URL wins);
   - lotse.checkliste.<id>       the ticked item ids of checklist <id> (a JSON array).
   Without this script the page shows every item and links to one static page per role. */
(function () {
  'use strict';

  var ROLE_KEY = 'lotse.rolle';
  var TICKS_PREFIX = 'lotse.checkliste.';
  var PARAM = 'rolle';

  var choices = document.querySelectorAll('[data-role-choice]');
  if (choices.length === 0) return;

  var checklists = toArray(document.querySelectorAll('[data-checklist]'));
  var overviews = toArray(document.querySelectorAll('[data-checklist-overview]'));
  var roleNames = readRoleNames();
  var currentRole = '';

  function toArray(list) { return Array.prototype.slice.call(list); }

  function read(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }

  function write(key, value) {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch (e) { /* storage disabled: the page still works, it just forgets */ }
  }

  function labelOf(input) {
    var label = input.id ? document.querySelector('label[for="' + input.id + '"]') : null;
    return label ? label.textContent.replace(/\s+/g, ' ').trim() : '';
  }

  function readRoleNames() {
    var names = {};
    toArray(choices[0].querySelectorAll('input[type="radio"]')).forEach(function (radio) {
      if (radio.value) names[radio.value] = labelOf(radio);
    });
    return names;
  }

  function isRole(value) { return Object.prototype.hasOwnProperty.call(roleNames, value); }

  function roleName(role) { return role ? roleNames[role] : 'Alle Rollen'; }

  function today() {
    try { return new Date().toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' }); }
    catch (e) { return new Date().toISOString().slice(0, 10); }
  }

  /* ---------- Role ---------- */

  function initialRole() {
    var fromUrl = null;
    try { fromUrl = new URLSearchParams(window.location.search).get(PARAM); } catch (e) { fromUrl = null; }
    if (fromUrl !== null && (fromUrl === '' || isRole(fromUrl))) return fromUrl;
    var stored = read(ROLE_KEY);
    return stored && isRole(stored) ? stored : '';
  }

  function reflectInUrl(role) {
    try {
      var url = new URL(window.location.href);
      if (role) url.searchParams.set(PARAM, role);
      else url.searchParams.delete(PARAM);
      if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url.href);
    } catch (e) { /* some browsers refuse history changes for file:// pages */ }
  }

  function applyRole(role, remember) {
    currentRole = role;
    toArray(document.querySelectorAll('[data-role-choice] input[type="radio"]')).forEach(function (radio) {
      radio.checked = radio.value === role;
    });
    checklists.forEach(filterChecklist);
    overviews.forEach(filterOverview);
    if (remember) {
      write(ROLE_KEY, role || null);
      reflectInUrl(role);
    }
  }

  function hasRole(element, role) {
    return !role || (' ' + (element.getAttribute('data-rollen') || '') + ' ').indexOf(' ' + role + ' ') >= 0;
  }

  /* ---------- One checklist ---------- */

  function itemsOf(section) { return toArray(section.querySelectorAll('[data-item]')); }

  function boxOf(item) { return item.querySelector('input[type="checkbox"]'); }

  function visibleItems(section) { return itemsOf(section).filter(function (item) { return !item.hidden; }); }

  function filterChecklist(section) {
    itemsOf(section).forEach(function (item) { item.hidden = !hasRole(item, currentRole); });
    toArray(section.querySelectorAll('.checklist-group')).forEach(function (group) {
      group.hidden = toArray(group.querySelectorAll('[data-item]')).every(function (item) { return item.hidden; });
    });
    updateStatus(section);
  }

  function updateStatus(section) {
    var visible = visibleItems(section);
    var done = visible.filter(function (item) { return boxOf(item).checked; }).length;
    var count = section.querySelector('[data-count]');
    var progress = section.querySelector('[data-progress]');
    var empty = section.querySelector('[data-empty]');
    if (count) count.textContent = done + ' von ' + visible.length + ' erledigt';
    if (progress) {
      progress.max = Math.max(visible.length, 1);
      progress.value = done;
      progress.hidden = visible.length === 0;
    }
    if (empty) {
      empty.hidden = visible.length > 0;
      empty.textContent = 'In dieser Checkliste gibt es keine Aufgaben für die Rolle ' + roleName(currentRole) + '.';
    }
    var info = section.querySelector('[data-print-info]');
    if (info) {
      info.textContent = 'Rolle: ' + roleName(currentRole) + ' · Datum: ' + today() + ' · ' + done + ' von ' + visible.length + ' erledigt';
      info.hidden = false;
    }
  }

  function storageKey(section) { return TICKS_PREFIX + section.getAttribute('data-checklist'); }

  function storedTicks(section) {
    try {
      var value = JSON.parse(read(storageKey(section)) || '[]');
      return Array.isArray(value) ? value.map(String) : [];
    } catch (e) { return []; }
  }

  function restoreTicks(section) {
    var ticked = storedTicks(section);
    itemsOf(section).forEach(function (item) {
      boxOf(item).checked = ticked.indexOf(item.getAttribute('data-item')) >= 0;
    });
  }

  function saveTicks(section) {
    var onPage = {};
    var ticked = [];
    itemsOf(section).forEach(function (item) {
      var id = item.getAttribute('data-item');
      onPage[id] = true;
      if (boxOf(item).checked) ticked.push(id);
    });
    /* Keep ticks of items that are not on this page (for example while an editor moves them). */
    storedTicks(section).forEach(function (id) {
      if (!onPage[id] && ticked.indexOf(id) < 0) ticked.push(id);
    });
    write(storageKey(section), ticked.length > 0 ? JSON.stringify(ticked) : null);
  }

  function reset(section) {
    var title = section.querySelector('.checklist-title');
    var question = 'Alle Haken der Checkliste „' + (title ? title.textContent.trim() : '') + '“ zurücksetzen?';
    if (!window.confirm(question)) return;
    itemsOf(section).forEach(function (item) { boxOf(item).checked = false; });
    write(storageKey(section), null);
    updateStatus(section);
  }

  /* ---------- Export ---------- */

  function textOf(item) {
    var label = item.querySelector('label');
    return label ? label.textContent.replace(/\s+/g, ' ').trim() : '';
  }

  function rolesOf(item) {
    var roles = item.querySelector('.checklist-item-roles');
    return roles ? roles.textContent.replace(/^\s*Rollen:\s*/, '').trim() : '';
  }

  function groupsOf(section) {
    return toArray(section.querySelectorAll('.checklist-group')).filter(function (group) { return !group.hidden; }).map(function (group) {
      var heading = group.querySelector('.checklist-group-title');
      return {
        heading: heading ? heading.textContent.trim() : '',
        items: toArray(group.querySelectorAll('[data-item]')).filter(function (item) { return !item.hidden; })
      };
    });
  }

  function fileName(section, extension) {
    return section.getAttribute('data-checklist') + (currentRole ? '-' + currentRole : '') + '.' + extension;
  }

  function asMarkdown(section) {
    var title = section.querySelector('.checklist-title');
    var visible = visibleItems(section);
    var done = visible.filter(function (item) { return boxOf(item).checked; }).length;
    var lines = ['# ' + (title ? title.textContent.trim() : ''), '',
      'Rolle: ' + roleName(currentRole) + '  ', 'Datum: ' + today() + '  ', done + ' von ' + visible.length + ' erledigt', ''];
    groupsOf(section).forEach(function (group) {
      lines.push('## ' + group.heading, '');
      group.items.forEach(function (item) {
        lines.push('- [' + (boxOf(item).checked ? 'x' : ' ') + '] ' + textOf(item) + ' (Rollen: ' + rolesOf(item) + ')');
      });
      lines.push('');
    });
    return lines.join('\n');
  }

  function csvField(value) {
    var text = String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text; /* no formulas in spreadsheets */
    return '"' + text.replace(/"/g, '""') + '"';
  }

  function asCsv(section) {
    var title = section.querySelector('.checklist-title');
    var rows = [['Checkliste', 'Dimension', 'Aufgabe', 'Rollen', 'Erledigt', 'ID']];
    groupsOf(section).forEach(function (group) {
      group.items.forEach(function (item) {
        rows.push([title ? title.textContent.trim() : '', group.heading, textOf(item), rolesOf(item),
          boxOf(item).checked ? 'ja' : 'nein', item.getAttribute('data-item')]);
      });
    });
    /* Semicolons and a byte order mark: German spreadsheet programs open this directly. */
    return '\uFEFF' + rows.map(function (row) { return row.map(csvField).join(';'); }).join('\r\n') + '\r\n';
  }

  function download(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    window.setTimeout(function () {
      URL.revokeObjectURL(url);
      link.parentNode.removeChild(link);
    }, 1000);
  }

  /* ---------- Overview ---------- */

  function filterOverview(overview) {
    toArray(overview.querySelectorAll('[data-rolle]')).forEach(function (cell) {
      cell.hidden = !!currentRole && cell.getAttribute('data-rolle') !== currentRole;
    });
    var rows = toArray(overview.querySelectorAll('tbody tr'));
    var shown = 0;
    var tasks = 0;
    rows.forEach(function (row) {
      row.hidden = !hasRole(row, currentRole);
      if (row.hidden) return;
      shown++;
      var cell = currentRole ? row.querySelector('[data-rolle="' + currentRole + '"]') : row.lastElementChild;
      tasks += cell ? parseInt(cell.textContent, 10) || 0 : 0;
    });
    var status = overview.querySelector('[data-overview-status]');
    if (status) {
      status.hidden = false;
      status.textContent = (currentRole ? 'Rolle ' + roleName(currentRole) + ': ' : 'Alle Rollen: ') +
        shown + (shown === 1 ? ' Checkliste' : ' Checklisten') + ' mit ' + tasks + (tasks === 1 ? ' Aufgabe.' : ' Aufgaben.');
    }
  }

  /* ---------- Start ---------- */

  function init() {
    toArray(choices).forEach(function (choice) {
      choice.hidden = false;
      choice.addEventListener('change', function (event) {
        if (event.target && event.target.type === 'radio') applyRole(event.target.value, true);
      });
    });
    checklists.forEach(function (section) {
      toArray(section.querySelectorAll('[data-role-pages]')).forEach(function (links) { links.hidden = true; });
      toArray(section.querySelectorAll('[data-status], [data-actions]')).forEach(function (part) { part.hidden = false; });
      restoreTicks(section);
      section.addEventListener('change', function (event) {
        if (!event.target || event.target.type !== 'checkbox') return;
        saveTicks(section);
        updateStatus(section);
      });
      section.addEventListener('click', function (event) {
        var button = event.target && event.target.closest ? event.target.closest('button[data-action]') : null;
        if (!button) return;
        var action = button.getAttribute('data-action');
        if (action === 'reset') reset(section);
        else if (action === 'markdown') download(fileName(section, 'md'), 'text/markdown;charset=utf-8', asMarkdown(section));
        else if (action === 'csv') download(fileName(section, 'csv'), 'text/csv;charset=utf-8', asCsv(section));
        else if (action === 'print') window.print();
      });
    });
    window.addEventListener('storage', function (event) {
      if (event.key === ROLE_KEY) applyRole(event.newValue && isRole(event.newValue) ? event.newValue : '', false);
      else if (event.key && event.key.indexOf(TICKS_PREFIX) === 0) {
        checklists.forEach(function (section) {
          if (storageKey(section) === event.key) { restoreTicks(section); updateStatus(section); }
        });
      }
    });
    window.addEventListener('beforeprint', function () { checklists.forEach(updateStatus); });
    applyRole(initialRole(), true);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();

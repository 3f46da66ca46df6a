/* Lotse checklists: one role choice for the site, ticks, progress per page and per checklist, export
   (Markdown, CSV) and print of the whole page, and handing progress over as a file or a link.
   A classic script without inline code (works under Content-Security-Policy default-src 'self' and
   from file://). The state stays in this browser's localStorage; nothing is sent anywhere:
   - lotse.rolle                 the chosen role id (also in the URL as ?rolle=…; the URL wins);
   - lotse.checkliste.<id>       the ticked item ids of checklist <id> (a JSON array).
   The checklist pages, the role pages, the overview and "Mein Fortschritt" read and write the same keys,
   so a tick made on one of them shows on all of them. A share link carries the role and the ticks in the
   URL fragment (#fortschritt=…), which browsers never send to a server.
   Without this script the pages show every item, the roles as text and links to one static page per role. */
(function () {
  'use strict';

  var ROLE_KEY = 'lotse.rolle';
  var TICKS_PREFIX = 'lotse.checkliste.';
  var PARAM = 'rolle';
  var FRAGMENT = 'fortschritt=';
  var FORMAT = 'lotse-checklisten-fortschritt';

  var panel = document.querySelector('[data-checklist-panel]');
  /* A document that joins several pages (the print edition) has one panel per page: the first one serves
     the whole document, the others would repeat the chooser (and share its radio group). */
  Array.prototype.slice.call(document.querySelectorAll('[data-checklist-panel]'), 1).forEach(function (extra) {
    extra.parentNode.removeChild(extra);
  });
  var checklists = toArray(document.querySelectorAll('[data-checklist]'));
  var overviews = toArray(document.querySelectorAll('[data-checklist-overview]'));
  var fixedElement = document.querySelector('[data-fixed-role]');
  var fixedRole = fixedElement ? fixedElement.getAttribute('data-fixed-role') : null;
  if (!panel && overviews.length === 0) return;

  var roleNames = readRoleNames();
  var currentRole = '';
  var chooserOpen = false;

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

  function storedKeys() {
    var keys = [];
    try {
      for (var i = 0; i < window.localStorage.length; i++) {
        var key = window.localStorage.key(i);
        if (key && key.indexOf(TICKS_PREFIX) === 0) keys.push(key);
      }
    } catch (e) { /* no storage */ }
    return keys;
  }

  function clean(text) { return (text || '').replace(/\s+/g, ' ').trim(); }

  function labelOf(input) {
    var label = input.id ? document.querySelector('label[for="' + input.id + '"]') : null;
    return label ? clean(label.textContent) : '';
  }

  function readRoleNames() {
    var names = {};
    toArray(document.querySelectorAll('[data-role-choice] input[type="radio"]')).forEach(function (radio) {
      if (radio.value) names[radio.value] = labelOf(radio);
    });
    toArray(document.querySelectorAll('[data-role-name-of]')).forEach(function (element) {
      names[element.getAttribute('data-role-name-of')] = clean(element.textContent);
    });
    return names;
  }

  function isRole(value) { return Object.prototype.hasOwnProperty.call(roleNames, value); }

  function roleName(role) { return role ? roleNames[role] || role : 'Alle Rollen'; }

  function today() {
    try { return new Date().toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' }); }
    catch (e) { return new Date().toISOString().slice(0, 10); }
  }

  function plural(count, one, many) { return count + ' ' + (count === 1 ? one : many); }

  /* ---------- Role ---------- */

  function initialRole() {
    var fromUrl = null;
    try { fromUrl = new URLSearchParams(window.location.search).get(PARAM); } catch (e) { fromUrl = null; }
    if (fromUrl !== null && (fromUrl === '' || isRole(fromUrl))) return fromUrl;
    var stored = read(ROLE_KEY);
    return stored && isRole(stored) ? stored : '';
  }

  function reflectInUrl(role) {
    if (fixedRole !== null) return;
    try {
      var url = new URL(window.location.href);
      if (role) url.searchParams.set(PARAM, role);
      else url.searchParams.delete(PARAM);
      if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url.href);
    } catch (e) { /* some browsers refuse history changes for file:// pages */ }
  }

  /* The role that filters this page: a role page always shows its own role. */
  function filterRole() { return fixedRole !== null ? fixedRole : currentRole; }

  function applyRole(role, remember) {
    currentRole = role;
    toArray(document.querySelectorAll('[data-role-choice] input[type="radio"]')).forEach(function (radio) {
      radio.checked = radio.value === role;
    });
    if (remember) {
      write(ROLE_KEY, role || null);
      reflectInUrl(role);
    }
    showChooser();
    refresh();
  }

  function hasRole(element, role) {
    return !role || (' ' + (element.getAttribute('data-rollen') || '') + ' ').indexOf(' ' + role + ' ') >= 0;
  }

  /* The chooser is compact once a role is chosen ("Meine Rolle: … Rolle ändern") and opens on demand. */
  function showChooser() {
    toArray(document.querySelectorAll('.checklist-chooser')).forEach(function (chooser) {
      var current = chooser.querySelector('[data-role-current]');
      var choice = chooser.querySelector('[data-role-choice]');
      if (!choice) return;
      if (!current) { choice.hidden = false; return; }
      var compact = !!currentRole && !chooserOpen;
      choice.hidden = compact;
      current.hidden = !currentRole;
      var name = current.querySelector('[data-role-name]');
      if (name) name.textContent = roleName(currentRole);
      var button = current.querySelector('[data-action="change-role"]');
      if (button) {
        button.hidden = !compact;
        button.setAttribute('aria-expanded', compact ? 'false' : 'true');
      }
    });
  }

  function openChooser(button) {
    chooserOpen = true;
    showChooser();
    var chooser = button.closest('.checklist-chooser');
    var radio = chooser && (chooser.querySelector('[data-role-choice] input:checked') || chooser.querySelector('[data-role-choice] input'));
    if (radio) radio.focus();
  }

  function closeChooserWhenLeft(event) {
    var choice = event.currentTarget;
    var next = event.relatedTarget;
    if (next && choice.contains(next)) return;
    if (!currentRole) return;
    chooserOpen = false;
    showChooser();
  }

  /* ---------- Ticks ---------- */

  function itemsOf(scope) { return toArray(scope.querySelectorAll('[data-item]')); }

  function boxOf(item) { return item.querySelector('input[type="checkbox"]'); }

  function shown(item) { return hasRole(item, filterRole()); }

  function storageKey(section) { return TICKS_PREFIX + section.getAttribute('data-checklist'); }

  function ticksOf(checklistId) {
    try {
      var value = JSON.parse(read(TICKS_PREFIX + checklistId) || '[]');
      return Array.isArray(value) ? value.map(String) : [];
    } catch (e) { return []; }
  }

  function restoreTicks(section) {
    var ticked = ticksOf(section.getAttribute('data-checklist'));
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
    /* Keep ticks of items that are not on this page: a role page or a moved item. */
    ticksOf(section.getAttribute('data-checklist')).forEach(function (id) {
      if (!onPage[id] && ticked.indexOf(id) < 0) ticked.push(id);
    });
    write(storageKey(section), ticked.length > 0 ? JSON.stringify(ticked) : null);
  }

  /* ---------- Status ---------- */

  function stats(section) {
    var visible = itemsOf(section).filter(shown);
    return { total: visible.length, done: visible.filter(function (item) { return boxOf(item).checked; }).length };
  }

  function updateSection(section) {
    itemsOf(section).forEach(function (item) { item.hidden = !shown(item); });
    toArray(section.querySelectorAll('.checklist-group')).forEach(function (group) {
      group.hidden = itemsOf(group).every(function (item) { return item.hidden; });
    });
    var s = stats(section);
    section.hidden = s.total === 0;
    var count = section.querySelector('[data-count]');
    if (count) {
      count.hidden = false;
      count.textContent = s.done + ' von ' + s.total + ' erledigt';
    }
    return s;
  }

  function refresh() {
    var done = 0;
    var total = 0;
    checklists.forEach(function (section) {
      var s = updateSection(section);
      done += s.done;
      total += s.total;
      if (panel) {
        var entry = panel.querySelector('[data-summary-for="' + section.getAttribute('data-checklist') + '"]');
        if (entry) {
          entry.hidden = s.total === 0;
          var count = entry.querySelector('[data-summary-count]');
          if (count) count.textContent = s.done + ' von ' + s.total + ' erledigt';
        }
      }
    });
    if (panel) updatePanel(done, total);
    overviews.forEach(filterOverview);
    toArray(document.querySelectorAll('[data-role-progress]')).forEach(updateRoleProgress);
  }

  function updatePanel(done, total) {
    var scope = panel.getAttribute('data-scope') || 'auf dieser Seite';
    var status = panel.querySelector('[data-status]');
    var count = panel.querySelector('[data-page-count]');
    var progress = panel.querySelector('[data-page-progress]');
    var actions = panel.querySelector('[data-actions]');
    var empty = panel.querySelector('[data-empty-note]');
    var info = panel.querySelector('[data-print-info]');
    if (status) status.hidden = total === 0;
    if (actions) actions.hidden = total === 0;
    if (count) count.textContent = done + ' von ' + plural(total, 'Aufgabe', 'Aufgaben') + ' ' + scope + ' erledigt';
    if (progress) {
      progress.max = Math.max(total, 1);
      progress.value = done;
    }
    if (empty) {
      empty.hidden = total > 0;
      var text = empty.querySelector('[data-empty-text]');
      var role = filterRole();
      var lists = toArray(empty.querySelectorAll('[data-elsewhere]'));
      var list = null;
      lists.forEach(function (ul) {
        ul.hidden = ul.getAttribute('data-elsewhere') !== role;
        if (!ul.hidden) list = ul;
      });
      if (text) {
        text.textContent = 'Für die Rolle ' + roleName(role) + ' gibt es ' + scope + ' keine Aufgaben.' +
          (list && list.querySelector('li') ? ' Ihre Aufgaben finden Sie hier:' : '');
      }
    }
    if (info) {
      info.textContent = 'Rolle: ' + roleName(filterRole()) + ' · Datum: ' + today() + ' · ' + done + ' von ' + total + ' erledigt';
      info.hidden = total === 0;
    }
  }

  function reset() {
    var visible = [];
    checklists.forEach(function (section) {
      itemsOf(section).forEach(function (item) { if (shown(item) && boxOf(item).checked) visible.push(item); });
    });
    if (!window.confirm('Die Haken der Rolle ' + roleName(filterRole()) + ' auf dieser Seite zurücksetzen? Betroffen: ' + plural(visible.length, 'Aufgabe', 'Aufgaben') + '.')) return;
    visible.forEach(function (item) { boxOf(item).checked = false; });
    checklists.forEach(saveTicks);
    refresh();
  }

  /* ---------- Export ---------- */

  function textOf(item) {
    var label = item.querySelector('label');
    return label ? clean(label.textContent) : '';
  }

  function rolesOf(item) {
    var roles = item.querySelector('.checklist-item-roles');
    if (!roles) return '';
    var copy = roles.cloneNode(true);
    toArray(copy.querySelectorAll('.checklist-item-due')).forEach(function (due) { due.parentNode.removeChild(due); });
    return clean(copy.textContent).replace(/^Rollen:\s*/, '').replace(/\s*·\s*$/, '');
  }

  function dueOf(item) { return item.getAttribute('data-frist') || ''; }

  function linkOf(item) {
    var link = item.querySelector('[data-item-link]');
    return link ? link.href : '';
  }

  function titleOf(section) {
    var title = section.querySelector('.checklist-title');
    return title ? clean(title.textContent) : '';
  }

  function groupsOf(section) {
    return toArray(section.querySelectorAll('.checklist-group')).map(function (group) {
      var heading = group.querySelector('.checklist-group-title');
      return { heading: heading ? clean(heading.textContent) : '', items: itemsOf(group).filter(shown) };
    }).filter(function (group) { return group.items.length > 0; });
  }

  function visibleSections() { return checklists.filter(function (section) { return stats(section).total > 0; }); }

  function pageTitle() {
    var h1 = document.querySelector('h1');
    return h1 ? clean(h1.textContent) : clean(document.title);
  }

  function fileName(extension) {
    var base = panel.getAttribute('data-export-name');
    if (!base) {
      var parts = window.location.pathname.split('/').filter(function (p) { return p && !/\.html?$/.test(p); });
      base = parts.length > 0 ? decodeURIComponent(parts[parts.length - 1]) : 'checkliste';
    }
    var role = filterRole();
    return base + (role && base.indexOf(role) < 0 ? '-' + role : '') + '.' + extension;
  }

  function asMarkdown() {
    var done = 0;
    var total = 0;
    var body = [];
    visibleSections().forEach(function (section) {
      var s = stats(section);
      done += s.done;
      total += s.total;
      body.push('## ' + titleOf(section) + ' (' + s.done + ' von ' + s.total + ' erledigt)', '');
      groupsOf(section).forEach(function (group) {
        body.push('### ' + group.heading, '');
        group.items.forEach(function (item) {
          var extra = 'Rollen: ' + rolesOf(item) + (dueOf(item) ? '; Frist: ' + dueOf(item) : '');
          var link = linkOf(item);
          body.push('- [' + (boxOf(item).checked ? 'x' : ' ') + '] ' + textOf(item) + ' (' + extra + ')' + (link ? ' – ' + link : ''));
        });
        body.push('');
      });
    });
    return ['# ' + pageTitle(), '', 'Rolle: ' + roleName(filterRole()) + '  ', 'Datum: ' + today() + '  ',
      done + ' von ' + total + ' erledigt', ''].concat(body).join('\n');
  }

  function csvField(value) {
    var text = String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text; /* no formulas in spreadsheets */
    return '"' + text.replace(/"/g, '""') + '"';
  }

  function asCsv() {
    var rows = [['Checkliste', 'Dimension', 'Aufgabe', 'Rollen', 'Erledigt', 'ID', 'Frist', 'Mehr dazu']];
    visibleSections().forEach(function (section) {
      groupsOf(section).forEach(function (group) {
        group.items.forEach(function (item) {
          rows.push([titleOf(section), group.heading, textOf(item), rolesOf(item),
            boxOf(item).checked ? 'ja' : 'nein', item.getAttribute('data-item'), dueOf(item), linkOf(item)]);
        });
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
      if (link.parentNode) link.parentNode.removeChild(link);
    }, 1000);
  }

  /* ---------- Overview ---------- */

  function filterOverview(overview) {
    toArray(overview.querySelectorAll('[data-rolle]')).forEach(function (cell) {
      cell.hidden = !!currentRole && cell.getAttribute('data-rolle') !== currentRole;
    });
    var rows = toArray(overview.querySelectorAll('tbody tr'));
    var count = 0;
    var tasks = 0;
    rows.forEach(function (row) {
      row.hidden = !hasRole(row, currentRole);
      if (row.hidden) return;
      count++;
      var cell = currentRole ? row.querySelector('[data-rolle="' + currentRole + '"]') : row.lastElementChild;
      tasks += cell ? parseInt(cell.textContent, 10) || 0 : 0;
    });
    var status = overview.querySelector('[data-overview-status]');
    if (status) {
      status.hidden = false;
      status.textContent = (currentRole ? 'Rolle ' + roleName(currentRole) + ': ' : 'Alle Rollen: ') +
        plural(count, 'Checkliste', 'Checklisten') + ' mit ' + plural(tasks, 'Aufgabe.', 'Aufgaben.');
    }
  }

  /* "x von y erledigt" for a role, from the stored ticks (data-items: "checklist/item …"). */
  function updateRoleProgress(element) {
    var keys = (element.getAttribute('data-items') || '').split(' ').filter(Boolean);
    var cache = {};
    var done = keys.filter(function (key) {
      var slash = key.indexOf('/');
      var checklist = key.slice(0, slash);
      if (!cache[checklist]) cache[checklist] = ticksOf(checklist);
      return cache[checklist].indexOf(key.slice(slash + 1)) >= 0;
    }).length;
    if (element.parentNode) element.parentNode.hidden = false;
    element.textContent = done + ' von ' + keys.length + ' erledigt';
  }

  /* ---------- Handing progress over (file and link) ---------- */

  function allTicks() {
    var ticks = {};
    storedKeys().forEach(function (key) {
      var ids = ticksOf(key.slice(TICKS_PREFIX.length));
      if (ids.length > 0) ticks[key.slice(TICKS_PREFIX.length)] = ids;
    });
    return ticks;
  }

  function countTicks(ticks) {
    return Object.keys(ticks).reduce(function (sum, key) { return sum + ticks[key].length; }, 0);
  }

  function progressData() {
    return { format: FORMAT, version: 1, erstellt: new Date().toISOString(), rolle: currentRole, haken: allTicks() };
  }

  /* Checks a parsed value; returns { role, ticks } or an error message in German. */
  function validate(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value) || value.format !== FORMAT)
      return { error: 'keine Fortschrittsdatei der Checklisten (das Feld „format“ fehlt oder ist falsch).' };
    if (value.version !== 1) return { error: 'in einer Version, die diese Seite nicht kennt.' };
    var ticks = value.haken;
    if (!ticks || typeof ticks !== 'object' || Array.isArray(ticks)) return { error: 'unvollständig: das Feld „haken“ fehlt.' };
    var known = {};
    checklists.forEach(function (section) { known[section.getAttribute('data-checklist')] = true; });
    var clean = {};
    var matches = 0;
    var keys = Object.keys(ticks);
    for (var i = 0; i < keys.length; i++) {
      var list = ticks[keys[i]];
      if (!Array.isArray(list) || list.some(function (id) { return typeof id !== 'string' || id.length === 0 || id.length > 200; }) ||
          !/^[A-Za-z0-9_.:-]{1,200}$/.test(keys[i]))
        return { error: 'beschädigt: Die Haken der Checkliste „' + keys[i].slice(0, 60) + '“ sind keine Liste von Aufgaben.' };
      if (known[keys[i]]) matches++;
      clean[keys[i]] = list;
    }
    if (keys.length > 0 && matches === 0) return { error: 'von einer anderen Website: Keine ihrer Checklisten gibt es hier.' };
    var role = typeof value.rolle === 'string' && (value.rolle === '' || isRole(value.rolle)) ? value.rolle : null;
    return { role: role, ticks: clean };
  }

  function replaceProgress(data, source) {
    var count = countTicks(data.ticks);
    var question = 'Fortschritt ' + source + ' übernehmen? ' + plural(count, 'Haken', 'Haken') +
      (data.role !== null ? ', Rolle ' + roleName(data.role) : '') + '. Ihre bisherigen Haken in diesem Browser werden ersetzt.';
    if (!window.confirm(question)) return false;
    storedKeys().forEach(function (key) { write(key, null); });
    Object.keys(data.ticks).forEach(function (id) {
      if (data.ticks[id].length > 0) write(TICKS_PREFIX + id, JSON.stringify(data.ticks[id]));
    });
    checklists.forEach(restoreTicks);
    applyRole(data.role !== null ? data.role : currentRole, true);
    return true;
  }

  function say(text, problem) {
    var message = document.querySelector('[data-handover-message]');
    if (!message) return;
    message.hidden = false;
    message.textContent = text;
    message.classList.toggle('checklist-message--problem', !!problem);
  }

  function encode(data) {
    var json = JSON.stringify({ v: 1, r: data.rolle, h: data.haken });
    var bytes = unescape(encodeURIComponent(json));
    return window.btoa(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function decode(code) {
    var base64 = code.replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4) base64 += '=';
    var compact = JSON.parse(decodeURIComponent(escape(window.atob(base64))));
    return { format: FORMAT, version: compact.v, rolle: compact.r, haken: compact.h };
  }

  function shareLink() {
    var base = window.location.href.split('#')[0].replace(/[?&]rolle=[^&#]*/, '').replace(/\?$/, '');
    return base + '#' + FRAGMENT + encode(progressData());
  }

  function importFile(input) {
    var file = input.files && input.files[0];
    if (!file) return;
    if (file.size > 512 * 1024) {
      say('Die Datei „' + file.name + '“ ist zu groß für eine Fortschrittsdatei. Es wurde nichts geändert.', true);
      input.value = '';
      return;
    }
    var reader = new FileReader();
    reader.onload = function () {
      var data;
      try { data = validate(JSON.parse(String(reader.result))); }
      catch (e) { data = { error: 'kein lesbares JSON. Wählen Sie eine Datei, die Sie mit „Fortschritt als Datei speichern“ erstellt haben.' }; }
      input.value = '';
      if (data.error) { say('Die Datei „' + file.name + '“ ist ' + data.error + ' Es wurde nichts geändert.', true); return; }
      if (replaceProgress(data, 'aus der Datei „' + file.name + '“')) say('Fortschritt aus der Datei „' + file.name + '“ übernommen: ' + plural(countTicks(data.ticks), 'Haken', 'Haken') + '.', false);
      else say('Nichts geändert: Sie haben das Übernehmen abgebrochen.', false);
    };
    reader.onerror = function () { say('Die Datei „' + file.name + '“ konnte nicht gelesen werden. Es wurde nichts geändert.', true); };
    reader.readAsText(file);
  }

  function clearFragment() {
    try { window.history.replaceState(window.history.state, '', window.location.href.split('#')[0]); }
    catch (e) { window.location.hash = ''; }
  }

  function openSharedProgress() {
    var hash = window.location.hash.replace(/^#/, '');
    if (hash.indexOf(FRAGMENT) !== 0) return;
    var data;
    try { data = validate(decode(hash.slice(FRAGMENT.length))); }
    catch (e) { data = { error: 'beschädigt oder unvollständig.' }; }
    clearFragment();
    if (data.error) { say('Der Link zum Fortschritt ist ' + data.error + ' Es wurde nichts geändert.', true); return; }
    if (replaceProgress(data, 'aus dem geteilten Link')) say('Fortschritt aus dem geteilten Link übernommen: ' + plural(countTicks(data.ticks), 'Haken', 'Haken') + '.', false);
    else say('Nichts geändert: Sie haben das Übernehmen des Links abgebrochen.', false);
  }

  function initHandover() {
    var handover = document.querySelector('[data-handover]');
    if (!handover) return;
    handover.hidden = false;
    var input = handover.querySelector('[data-handover-file]');
    if (input) input.addEventListener('change', function () { importFile(input); });
    handover.addEventListener('click', function (event) {
      var button = event.target && event.target.closest ? event.target.closest('button[data-handover-action]') : null;
      if (!button) return;
      var action = button.getAttribute('data-handover-action');
      if (action === 'save') {
        var data = progressData();
        download('fortschritt' + (currentRole ? '-' + currentRole : '') + '.json', 'application/json;charset=utf-8', JSON.stringify(data, null, 2) + '\n');
        say('Datei gespeichert: ' + plural(countTicks(data.haken), 'Haken', 'Haken') + '. Geben Sie sie weiter und laden Sie sie dort mit „Datei laden“.', false);
      } else if (action === 'link') {
        var field = handover.querySelector('[data-handover-link]');
        var wrap = handover.querySelector('[data-handover-link-wrap]');
        if (!field) return;
        field.value = shareLink();
        if (wrap) wrap.hidden = false;
        field.focus();
        field.select();
        say('Link erstellt. Er enthält Ihre Rolle und Ihre Haken und wird nicht an einen Server gesendet. Kopieren Sie ihn mit Strg+C.', false);
      }
    });
  }

  /* ---------- Start ---------- */

  function init() {
    toArray(document.querySelectorAll('[data-role-choice]')).forEach(function (choice) {
      choice.addEventListener('change', function (event) {
        if (!event.target || event.target.type !== 'radio') return;
        chooserOpen = true; /* stays open while the reader moves through the roles; compact once left */
        applyRole(event.target.value, true);
      });
      if (choice.closest('.checklist-chooser') && choice.closest('.checklist-chooser').querySelector('[data-role-current]'))
        choice.addEventListener('focusout', closeChooserWhenLeft);
    });
    toArray(document.querySelectorAll('[data-role-pages]')).forEach(function (links) { links.hidden = true; });
    checklists.forEach(function (section) {
      restoreTicks(section);
      section.addEventListener('change', function (event) {
        if (!event.target || event.target.type !== 'checkbox') return;
        saveTicks(section);
        refresh();
      });
    });
    document.addEventListener('click', function (event) {
      var button = event.target && event.target.closest ? event.target.closest('button[data-action]') : null;
      if (!button) return;
      var action = button.getAttribute('data-action');
      if (action === 'change-role') openChooser(button);
      else if (action === 'reset') reset();
      else if (action === 'markdown') download(fileName('md'), 'text/markdown;charset=utf-8', asMarkdown());
      else if (action === 'csv') download(fileName('csv'), 'text/csv;charset=utf-8', asCsv());
      else if (action === 'print') window.print();
    });
    window.addEventListener('storage', function (event) {
      if (event.key === ROLE_KEY) applyRole(event.newValue && isRole(event.newValue) ? event.newValue : '', false);
      else if (event.key === null || event.key.indexOf(TICKS_PREFIX) === 0) {
        checklists.forEach(restoreTicks);
        refresh();
      }
    });
    window.addEventListener('beforeprint', refresh);
    initHandover();
    applyRole(initialRole(), true);
    openSharedProgress();
    window.addEventListener('hashchange', openSharedProgress);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();

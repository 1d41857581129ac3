// Markers, popups, filters, legend, layer control and the basemap, all made
// in the browser from DATA (records embedded once).  Owned by
// geo.page.map.FacilityLayer; geo.page.explorer.Explorer builds its panel on the
// API this script leaves on the map (map.facilities).
var cfg = DATA.config;
var F = DATA.facilities;
var count = F.lat.length;  // positions are never packed
var STATUS = cfg.statuses, KIND = cfg.kinds;
var lang = 'ru';
var api = {loaded: false};  // filled at the end; the cluster reports progress into it

// Landmarks for screen readers: the map is the page's main content, under a heading; a skip link
// (the first Tab stop) leads past the map's controls and markers to the search.
var mainBox = map.getContainer();
mainBox.setAttribute('role', 'main');
var heading = document.createElement('h1');
heading.className = 'sr-only';
mainBox.insertBefore(heading, mainBox.firstChild);
var skip = document.createElement('a');
skip.className = 'skip-link';
skip.href = '#';
skip.addEventListener('click', function (e) {
  e.preventDefault();
  var box = document.querySelector('.ex-search');
  var panel = document.querySelector('.explorer');
  if (panel) panel.classList.remove('folded');
  if (box) box.focus();
});
// The skip link stands in a navigation landmark of its own: everything on the page is in a landmark.
var skipNav = document.createElement('nav');
skipNav.appendChild(skip);
document.body.insertBefore(skipNav, document.body.firstChild);

// Text columns of a large page come deflated (geo.page.map.PACK_FROM): they are inflated by the
// browser while the first clusters are drawn, which need none of them.  Whatever needs text (cards,
// search, table, exports, links to a project) waits for whenText.
function inflate(b64) {
  return fetch('data:application/octet-stream;base64,' + b64).then(function (r) {
    return new Response(r.body.pipeThrough(new DecompressionStream('deflate'))).json();
  });
}
// Quotes are the bulk of the text and only a card shows them: they stay deflated until one opens.
var LAZY = {quote: true}, lazyJobs = [];
function unpack(table) {
  var jobs = [];
  Object.keys(table || {}).forEach(function (name) {
    var c = table[name];
    if (c && c.deflated && LAZY[name]) {
      table[name] = null;
      lazyJobs.push(function () { return inflate(c.deflated).then(function (v) { table[name] = v; }); });
    } else if (c && c.deflated) {
      table[name] = null;
      jobs.push(inflate(c.deflated).then(function (v) { table[name] = v; }));
    } else if (c && c.values && c.values.deflated) {
      var packed = c.values.deflated;
      c.values = [];
      jobs.push(inflate(packed).then(function (v) { c.values = v; }));
    }
  });
  return jobs;
}
function packed(table) {
  return Object.keys(table || {}).some(function (k) { var c = table[k]; return c && (c.deflated || (c.values && c.values.deflated)); });
}
// Inflating 100,000 records' text takes the main thread for a while: it starts once the clusters are drawn.
var textReady = !packed(DATA.facilities) && !packed(DATA.history);
var textDone = null;
var whenTextPromise = new Promise(function (resolve) { textDone = resolve; });
if (textReady) textDone();
var unpacking = false;
function startUnpacking() {
  if (textReady || unpacking) return;
  unpacking = true;
  Promise.all(unpack(DATA.facilities).concat(unpack(DATA.history))).then(function () { textReady = true; textDone(); });
}
// Asked for before the clusters are drawn (the search getting ready, a link to a project), the text
// still waits for them: the first view comes first.
function whenText(f) {
  if (textReady) { f(); return; }
  whenTextPromise.then(f);
  if (api.loaded) setTimeout(startUnpacking, 0);
}
function allReady() { return textReady && !lazyJobs.length; }
// Everything, quotes too: for a card or an export.
var quotesPromise = null;
function whenAll(f) {
  whenText(function () {
    if (!lazyJobs.length) { f(); return; }
    quotesPromise = quotesPromise || Promise.all(lazyJobs.map(function (job) { return job(); })).then(function () { lazyJobs = []; });
    quotesPromise.then(f);
  });
}

// A column is a plain list, or {values, codes} when its values repeat.
function col(name, i) {
  var c = F[name];
  if (c == null) return null;
  return c.codes ? c.values[c.codes[i]] : c[i];
}

function esc(value) {
  return String(value == null ? '' : value).replace(/[&<>"']/g, function (ch) {
    return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[ch];
  });
}

// The label in the page's language (Russian when a text lacks that language).
function t(labels) {
  return esc(labels[lang] || labels.ru);
}
function tl(key) { return t(cfg.labels[key]); }

// The word after a count of n, in the page's language: 1 проект, 3 проекта, 36 проектов.
var pluralRules = {};
function counted(key, n) {
  var code = cfg.counted[key][lang] ? lang : 'ru';
  var forms = cfg.counted[key][code];
  var rules = pluralRules[code] = pluralRules[code] || new Intl.PluralRules(code);
  return esc(forms[rules.select(n)] || forms.many || forms.other);
}

function num(x) {
  var parts = (Math.round(x * 100) / 100).toString().split('.');
  parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return parts.join(lang === 'en' ? '.' : ',');
}

function money(x) {
  var u = cfg.units[lang] || cfg.units.ru;
  if (x >= 1e9) return num(x / 1e9) + ' ' + u.bn;
  if (x >= 1e6) return num(x / 1e6) + ' ' + u.mn;
  return num(x) + ' ₸';
}

function distance(m) {
  var u = cfg.units[lang] || cfg.units.ru;
  return m >= 1000 ? '±' + num(m / 1000) + ' ' + u.km : '±' + num(m) + ' ' + u.m;
}

// An article's date as people read it: 22.12.2025, 12.2025, 2025 (English keeps 2025-12-22).
function fmtDate(value) {
  if (!value) return '';
  var p = String(value).split('-');
  return esc(lang === 'en' ? value : p.reverse().join('.'));
}

// The reports of projects followed over several articles (newest first), by project row.
var H = DATA.history;
var historyOf = {};
if (H) {
  for (var h = 0; h < H.of.length; h++) (historyOf[H.of[h]] = historyOf[H.of[h]] || []).push(h);
}
function hcol(name, k) {
  var c = H && H[name];
  if (c == null) return null;
  return c.codes ? c.values[c.codes[k]] : c[k];
}

// «funding_kzt=over; cost_kzt=about» as {funding_kzt: 'over', ...}
function qualifiers(text) {
  var out = {};
  String(text || '').split('; ').forEach(function (pair) {
    var k = pair.indexOf('=');
    if (k > 0) out[pair.slice(0, k)] = pair.slice(k + 1);
  });
  return out;
}
// A figure as the article put it: «более 1 млрд ₸», «1 млрд ₸ астам».
function bounded(text, bound) {
  var b = bound && cfg.bounds[bound];
  return b ? esc(b[lang] || b.ru).replace('{}', text) : text;
}
function works(value) {
  return String(value || '').split('+').filter(function (w) { return cfg.works[w]; })
    .map(function (w) { return t(cfg.works[w]); }).join(', ');
}
// «Строительство — по данным на 22.12.2025»
function statusAsOf(status, date) {
  return t(STATUS[status]) + ' — ' + (date ? tl('as_of').replace('{date}', fmtDate(date)) : tl('no_date'));
}

// The mark of a project past the date its latest source promised: an hourglass (SVG: no font lacks it).
function lateIcon(cls) {
  return '<span class="late-badge' + (cls ? ' ' + cls : '') + '" aria-hidden="true"><svg viewBox="0 0 12 12" width="10" height="10">' +
    '<path d="M3 1.5h6M3 10.5h6M3.5 1.5c0 3 4.5 3 4.5 4.5S3.5 7.5 3.5 10.5M8.5 1.5c0 3-4.5 3-4.5 4.5s4.5 1.5 4.5 4.5" ' +
    'fill="none" stroke="#b00020" stroke-width="1.4"/></svg></span>';
}

// A status's second cue, so that it never rests on colour alone: hollow, a dot, solid, pause, check, cross.
var GLYPHS = {
  dot: '<circle cx="12" cy="13" r="3.6" fill="{c}"/>',
  pause: '<path d="M9.2 8.5h2.2v9H9.2zM12.6 8.5h2.2v9h-2.2z" fill="#fff"/>',
  check: '<path d="M7.6 12.8l3.1 3.1 5.7-6.6" fill="none" stroke="#fff" stroke-width="2.4"/>',
  cross: '<path d="M8.8 9.6l6.4 6.4M15.2 9.6l-6.4 6.4" fill="none" stroke="#fff" stroke-width="2.4"/>'
};
// A kind's symbol drawn in a status's colour and glyph (or in grey, for the kind alone).
function shape(kind, status, size) {
  var st = STATUS[status], path = cfg.shapes[KIND[kind].shape], n = size || 22;
  var color = st ? st.color : '#666', glyph = st ? st.glyph : 'solid';
  var hollow = glyph === 'hollow' || glyph === 'dot';
  return '<svg viewBox="0 0 24 24" width="' + n + '" height="' + n + '" aria-hidden="true"><path d="' + path + '" fill="' +
    (hollow ? '#fff' : color) + '" stroke="' + (hollow ? color : '#fff') + '" stroke-width="' + (hollow ? 3 : 1.6) + '"/>' +
    (GLYPHS[glyph] || '').replace('{c}', color) + '</svg>';
}
// The status's mark in the legend, the filters and the summary: a circle with its glyph.
function statusMark(status) {
  return '<span class="status-mark">' + shape('polyclinic', status, 14) + '</span>';
}

// One icon object for each kind and status: thousands of markers share them.
var icons = {};
function icon(kind, status, late) {
  var key = kind + '|' + status + '|' + (late ? 1 : 0);
  if (!icons[key]) {
    icons[key] = L.divIcon({
      className: 'fac-icon fac-' + status + (late ? ' fac-late' : ''),
      // A project past the date its latest source promised carries a small hourglass badge.
      html: shape(kind, status) + (late ? lateIcon() : ''),
      iconSize: [22, 22], iconAnchor: [11, 11], popupAnchor: [0, -9], tooltipAnchor: [10, 0]
    });
  }
  return icons[key];
}

// The language a record's text is written in, for its lang attribute: screen readers read it in that language.
function textLang(text) {
  return /[әғқңөұүһі]/i.test(text) ? 'kk' : /[а-яё]/i.test(text) ? 'ru' : 'en';
}
function inLang(text, tag, cls) {
  if (!text) return '';
  var code = textLang(String(text));
  return '<' + tag + (cls ? ' class="' + cls + '"' : '') + (code !== lang ? ' lang="' + code + '"' : '') + '>' + esc(text) + '</' + tag + '>';
}
// A promised date in the page's language («IV квартал 2026» → «Q4 2026»), or as written when the build has no words for it.
function period(text, year) {
  if (text == null || text === '') return year == null ? '' : esc(year);
  var e = DATA.periods[text + '|' + (year == null ? '' : year)];
  return e ? esc(e[lang] || e.ru) : inLang(text, 'span');
}
// A project's name in the page's language where the records give one (name_en), else as the source wrote it.
function nameOf(i) {
  return lang === 'en' && col('name_en', i) ? col('name_en', i) : col('name', i);
}
// The place the point stands for, in the page's language.
function pointName(i) {
  var entry = DATA.places[col('place_id', i)];
  return entry && col('precision', i) !== 'exact' ? entry.name[lang] || entry.name.ru : col('place_name', i);
}
// Where a project is, in the page's language: the record's own words in Russian and Kazakh
// (as the article wrote them), the gazetteer's names in English.
function placeOf(i) {
  var entry = DATA.places[col('place_id', i)];
  if (lang === 'ru' || !entry || col('precision', i) === 'exact') return col('place', i) || '';
  var region = col('region', i), precision = col('precision', i);
  var name = entry.name[lang] || entry.name.ru;
  return precision === 'region' || precision === 'country' || !region ? name : name + ', ' + regionName(region, true);
}

function row(key, html) {
  return html ? '<tr><th>' + tl(key) + '</th><td>' + html + '</td></tr>' : '';
}

function regionName(pcode, plain) {
  var r = DATA.regionNames[pcode];
  return r ? (plain ? r[lang] || r.ru : t(r)) : '';
}

// Where a field the latest report leaves unsaid came from: «из сообщения от 01.03.2025».
function carriedFrom(i) {
  var out = {};
  String(col('carried', i) || '').split('; ').forEach(function (pair) {
    var k = pair.indexOf('@');
    if (k < 0) return;
    var id = pair.slice(k + 1), date = '';
    (historyOf[i] || []).forEach(function (r) { if (hcol('id', r) === id) date = hcol('report_date', r); });
    out[pair.slice(0, k)] = date ? fmtDate(date) : tl('no_date');
  });
  return out;
}

function figure(name, value, bound, unit) {
  if (value == null) return '';
  var text = unit === '₸' ? money(value) : num(value) + (unit ? ' ' + unit : '');
  return bounded(text, bound);
}

function sourceLine(source, url, published, brief) {
  var src = DATA.sources[source] || {};
  var note = lang === 'en' && src.note_en ? src.note_en : src.note;
  return inLang(src.outlet || source, 'span') + ', ' + (published ? fmtDate(published) : tl('no_date')) +
    (/^https?:\/\//i.test(url || '') ? ' — <a href="' + esc(url) + '" target="_blank" rel="noopener noreferrer">' + tl('article') + '</a>' : '') +
    (note && !brief ? '<div class="muted source-note">' + tl('source_note') + ': ' + esc(note) + '</div>' : '');
}

// The project's reports, newest first; a value that changed shows what it was.
function historyHtml(i) {
  var rows = historyOf[i];
  if (!rows || rows.length < 2) return '';
  var changedCell = function (r, name, html) {
    var changed = H.changed[r];
    if (!changed || !Object.prototype.hasOwnProperty.call(changed, name) || !html) return html;
    var before = changed[name];
    var was = name === 'status' ? t(STATUS[before] || {ru: before}) :
      name === 'progress_pct' ? num(before) + '%' :
      typeof before === 'number' ? figure(name, before, null, /_kzt$/.test(name) ? '₸' : '') : esc(before);
    return '<mark class="changed">' + html + '</mark> <span class="muted was">(' + tl('was') + ': ' + was + ')</span>';
  };
  return '<div class="history"><b>' + tl('history') + '</b>' + rows.map(function (r) {
    var q = qualifiers(hcol('qualifiers', r)), status = hcol('status', r), p = hcol('progress_pct', r);
    var cells = [
      changedCell(r, 'status', t(STATUS[status])),
      changedCell(r, 'progress_pct', p == null ? '' : num(p) + '%'),
      changedCell(r, 'due', hcol('due', r) ? tl('due') + ': ' + period(hcol('due', r), hcol('due_year', r)) : ''),
      changedCell(r, 'cost_kzt', hcol('cost_kzt', r) == null ? '' : tl('cost') + ': ' + figure('cost_kzt', hcol('cost_kzt', r), q.cost_kzt, '₸')),
      changedCell(r, 'funding_kzt', hcol('funding_kzt', r) == null ? '' : tl('funding') + ': ' + figure('funding_kzt', hcol('funding_kzt', r), q.funding_kzt, '₸')),
      changedCell(r, 'place', inLang(hcol('place', r), 'span'))
    ].filter(Boolean);
    return '<div class="report"><div class="report-date">' + (hcol('report_date', r) ? fmtDate(hcol('report_date', r)) : tl('no_date')) +
      '</div><div>' + cells.join(' · ') + '</div><div class="muted">' +
      sourceLine(hcol('source', r), hcol('source_url', r), hcol('report_date', r), true) + '</div></div>';
  }).join('') + '</div>';
}

function popupHtml(i) {
  var kind = col('kind', i), status = col('status', i), work = col('work', i);
  var precision = col('precision', i), radius = col('radius_m', i), source = col('source', i);
  var url = col('source_url', i), published = col('published', i) || (DATA.sources[source] || {}).published;
  var q = qualifiers(col('qualifiers', i)), from = carriedFrom(i);
  var fig = function (name, unit) {
    var html = figure(name, col(name, i), q[name], unit);
    return html && from[name] ? html + ' <span class="muted">(' + tl('carried_from').replace('{date}', from[name]) + ')</span>' : html;
  };
  var late = col('deadline_passed', i);
  var funding = fig('funding_kzt', '₸');
  if (funding && col('funding_for', i)) funding += '<div class="muted">' + tl('funding_for') + ': ' + inLang(col('funding_for', i), 'span') + '</div>';
  var due = period(col('due', i), col('due_year', i));
  if (due && from.due) due += ' <span class="muted">(' + tl('carried_from').replace('{date}', from.due) + ')</span>';
  var progress = col('progress_pct', i);
  var approx = t(cfg.precisions[precision]) + (radius ? ', ' + distance(radius) : '') +
    '<div class="muted">' + tl('stands_for') + ': ' + inLang(pointName(i), 'span') + '</div>';
  var unmatched = col('place_unmatched', i);
  if (unmatched) approx += '<div class="muted">' + tl('unmatched') + ': ' + inLang(unmatched, 'span') + '</div>';
  var district = col('district', i) && districtNames[col('district', i)];
  var hidden = hiddenBy(i);
  return '<div class="fac-popup">' +
    (hidden.length ? '<div class="hidden-note" role="note">' + tl('shown_anyway') + ': ' + hidden.join('; ') + '</div>' : '') +
    inLang(nameOf(i), 'h2') +
    (col('name_en', i) ? inLang(nameOf(i) === col('name', i) ? col('name_en', i) : col('name', i), 'div', 'name-en') : '') +
    '<div class="badge" style="background:' + STATUS[status].color + ';color:' + STATUS[status].ink + '">' + statusAsOf(status, col('status_as_of', i)) + '</div>' +
    (late ? '<div class="deadline" role="note">' + lateIcon('inline') + tl('deadline_passed') + '<div class="muted">' +
      // A function, so that a «$&» in the record's text is not read as a replacement pattern.
      tl('deadline_detail').replace('{due}', function () { return period(col('due', i), col('due_year', i)); })
        .replace('{date}', fmtDate(DATA.asOf)) + '</div></div>' : '') +
    '<table>' +
    row('kind', t(KIND[kind])) +
    row('work', works(work)) +
    row('place', inLang(placeOf(i), 'span')) +
    row('precision', approx) +
    row('district', district ? t(district) : '') +
    row('region', regionName(col('region', i))) +
    row('cost', fig('cost_kzt', '₸')) +
    row('funding', funding) +
    row('cofinancing', fig('cofinancing_kzt', '₸')) +
    row('beds', fig('beds')) +
    row('visits', fig('visits_per_shift')) +
    row('floors', fig('floors')) +
    row('area', fig('area_m2', (cfg.units[lang] || cfg.units.ru).sqm)) +
    row('progress', progress == null ? '' : '<span class="bar"><span style="width:' + Math.max(0, Math.min(100, progress)) + '%"></span></span> ' + num(progress) + '%') +
    row('start', period(col('start', i), null)) +
    row('due', due) +
    '</table><div class="source"><b>' + tl('source') + ':</b> ' + sourceLine(source, url, published) +
    (col('quote', i) ? inLang('«' + col('quote', i) + '»', 'blockquote') : '') +
    '<div class="muted">' + esc(source) + ' · id ' + esc(col('id', i)) +
    (col('project', i) && col('project', i) !== col('id', i) ? ' · ' + esc(col('project', i)) : '') + '</div></div>' +
    historyHtml(i) + '</div>';
}

var loaded = false;
// A cluster is a named button: «15 проектов, Алматы» (its count and the place of one of its projects).
function clusterLabel(c) {
  var child = c;
  while (child._childClusters && child._childClusters.length) child = child._childClusters[0];
  var first = child._markers && child._markers[0];
  var n = c.getChildCount();
  return num(n) + ' ' + counted('projects', n).replace(/&amp;/g, '&') + (first ? ', ' + pointName(first.facility) : '');
}
var LabelledIcon = L.DivIcon.extend({
  createIcon: function (old) {
    var el = L.DivIcon.prototype.createIcon.call(this, old);
    el.setAttribute('aria-label', this.options.label);
    return el;
  }
});
var cluster = L.markerClusterGroup({
  // Markers go in by chunks of up to a second with short breaks: 100,000 are drawn in one or two
  // (0.3 s sooner than in chunks of 0.2 s, each of which the browser also paints), and the page
  // answers between them.
  chunkedLoading: true, chunkInterval: 1000, chunkDelay: 10, maxClusterRadius: 45, spiderfyDistanceMultiplier: 1.4,
  showCoverageOnHover: false,
  chunkProgress: function (done, total) {
    loaded = done === total;
    api.loaded = loaded;
    if (loaded) setTimeout(startUnpacking, 50);
  },
  iconCreateFunction: function (c) {
    var n = c.getChildCount(), size = n < 10 ? 'small' : n < 100 ? 'medium' : 'large';
    return new LabelledIcon({
      html: '<div><span aria-hidden="true">' + n + '</span></div>', className: 'marker-cluster marker-cluster-' + size,
      iconSize: new L.Point(40, 40), label: clusterLabel(c)
    });
  }
});
// markercluster listens to every marker for drags and moves (six small objects a marker); the
// markers here are never dragged nor moved, and 100,000 of them go in about a fifth sooner without.
cluster._childMarkerEventHandlers = {};
function labelMarker(m) {
  var i = m.facility, late = col('deadline_passed', i) ? ' — ' + cfg.labels.deadline_passed[lang] : '';
  if (m._icon) m._icon.setAttribute('aria-label', (nameOf(i) || '') + ' — ' + (STATUS[col('status', i)][lang] || '') + late);
}
// A marker is a named button: «Поликлиника № 16 — Строительство / ремонт», named when drawn.
var FacilityMarker = L.Marker.extend({
  _initIcon: function () {
    L.Marker.prototype._initIcon.call(this);
    labelMarker(this);
  }
});
// Markers carry only their index: popups and tooltips are made when needed,
// one at a time, so 100,000 markers cost no more than their positions.
var markers = new Array(count);
for (var i = 0; i < count; i++) {
  var m = new FacilityMarker([F.lat[i], F.lon[i]], {icon: icon(col('kind', i), col('status', i), col('deadline_passed', i))});
  m.facility = i;
  markers[i] = m;
}
// A project followed over many reports makes a long card: it scrolls inside the popup, below the panels.
var POPUP_HEIGHT = Math.max(220, Math.round(window.innerHeight * 0.62));
var popup = L.popup({
  maxWidth: 340, minWidth: 240, maxHeight: POPUP_HEIGHT,
  autoPanPaddingTopLeft: window.innerWidth < 700 ? [10, 110] : [20, 20], autoPanPaddingBottomRight: [20, 40]
});
// Before a card opens, its auto-pan keeps clear of the table and the panel as they are now.
map.on('popupopen', function (e) {
  if (e.popup !== popup) return;
  var c = covered();
  popup.options.autoPanPaddingBottomRight = [20, Math.max(40, c.bottomRight[1] + 20)];
});
var tooltip = L.tooltip({direction: 'right', offset: [10, 0]});
var popupOwner = null;
function openMarker(m) {
  if (!allReady()) { whenAll(function () { openMarker(m); }); return; }
  if (popupOwner && popupOwner !== m) popupOwner.unbindPopup();
  popupOwner = m;
  popup.setContent(popupHtml(m.facility));
  m.bindPopup(popup).openPopup();
}
// Keyboard: a card that opens takes the focus (its title), Escape closes it, and the focus goes back
// to what opened it.
var opener = null;
map.on('popupopen', function (e) {
  var el = e.popup.getElement();
  if (!el) return;
  if (document.activeElement && document.activeElement !== document.body && !el.contains(document.activeElement)) opener = document.activeElement;
  var title = el.querySelector('h2') || el.querySelector('.leaflet-popup-close-button');
  el.setAttribute('role', 'dialog');
  if (title) {
    title.setAttribute('tabindex', '-1');
    if (title.tagName === 'H2') { title.id = title.id || 'card-title'; el.setAttribute('aria-labelledby', title.id); }
    setTimeout(function () { title.focus({preventScroll: true}); }, 0);
  }
});
map.on('popupclose', function () {
  var back = opener;
  opener = null;
  if (back && document.body.contains(back)) setTimeout(function () { back.focus({preventScroll: true}); }, 0);
});
document.addEventListener('keydown', function (e) {
  if (e.key !== 'Escape' || !document.querySelector('.leaflet-popup')) return;
  if (popup.isOpen()) e.preventDefault();  // a project's card: the key is spent on it
  map.closePopup();
});
// Enter or Space on a cluster zooms to it, or spreads it where it cannot part.
cluster.on('clusterkeypress', function (e) {
  var key = e.originalEvent && e.originalEvent.key;
  if (key !== 'Enter' && key !== ' ') return;
  e.originalEvent.preventDefault();
  var c = e.layer, bottom = c;
  while (bottom._childClusters.length === 1) bottom = bottom._childClusters[0];
  if (bottom._zoom === map.getMaxZoom() && bottom._childCount === c._childCount) c.spiderfy();
  else c.zoomToBounds();
});
// A statement about the whole country has no place on the map: the point of
// "Казахстан" lies in one region, and a marker there would read as that
// region's.  Such projects and notes are listed by the «Вся страна» control.
function countrywide(i) { return col('precision', i) === 'country'; }
// What covers the map's edges (the explorer's panel and table): {topLeft: [x, y], bottomRight: [x, y]} in pixels.
var covered = function () { return {topLeft: [0, 0], bottomRight: [0, 0]}; };
// The zoom that shows a position as precisely as it is known: a city-level
// point (±10 km) shows its city, a street-level one its street; never closer.
function focusBounds(i) {
  var r = Math.max(col('radius_m', i) || 300, 150);
  return markers[i].getLatLng().toBounds(r * 2.4);
}
// Open the card of facility i at its position; a marker inside a large cluster keeps its cluster and the card opens at the point.
function openAt(i) {
  var m = markers[i], parent = cluster.getVisibleParent(m);
  if (parent === m) { openMarker(m); return; }
  if (parent && parent.getChildCount && parent.getChildCount() <= 12) {
    parent.spiderfy();
    // Spiderfying places the markers at once; its animation only moves them out.
    if (cluster.getVisibleParent(m) === m && m._icon) { openMarker(m); return; }
  }
  if (popupOwner) popupOwner.unbindPopup();
  popupOwner = m;
  popup.setLatLng(m.getLatLng()).setContent(popupHtml(i)).openOn(map);
}
// A project that the filters hide is still shown when a link or a search asks for it, and its card says why.
var revealed = null;
function reveal(i) {
  if (revealed != null && revealed !== i && !passes(revealed)) cluster.removeLayer(markers[revealed]);
  revealed = passes(i) ? null : i;
  if (revealed != null && !countrywide(i)) cluster.addLayer(markers[i]);
}
function hiddenBy(i) {
  var out = [];
  if (!shown.status[col('status', i)]) out.push(tl('status') + ': ' + t(STATUS[col('status', i)]));
  if (!shown.kind[col('kind', i)]) out.push(tl('kind') + ': ' + t(KIND[col('kind', i)]));
  if (filters.region && col('region', i) !== filters.region) out.push(tl('region') + ': ' + regionName(filters.region));
  if (filters.late && !col('deadline_passed', i)) out.push(tl('deadline_passed'));
  var due = col('due_year', i);
  if (filters.year && (filters.year === 'none' ? due != null : due !== +filters.year)) out.push(tl('due') + ': ' + esc(filters.year === 'none' ? '—' : filters.year));
  if (filters.until != null && (due == null || due > filters.until)) out.push(tl('due') + ' ≤ ' + esc(filters.until));
  return out;
}
// The card fits between the top of the map and what covers its bottom (the table), so it never pushes its marker under it.
function fitPopup() {
  var c = covered();
  var room = map.getSize().y - c.bottomRight[1] - popup.options.autoPanPaddingTopLeft[1] - 60;
  popup.options.maxHeight = Math.max(150, Math.min(POPUP_HEIGHT, room));
  return c;
}
// Show facility i: at a zoom that suits its precision, clear of the panels, its card open.
function openFacility(i, options) {
  if (!allReady()) { whenAll(function () { openFacility(i, options); }); return; }
  reveal(i);
  if (countrywide(i)) {
    if (popupOwner) popupOwner.unbindPopup();
    popupOwner = markers[i];
    popup.setLatLng(map.getCenter()).setContent(popupHtml(i)).openOn(map);
    return;
  }
  var c = fitPopup();
  if (!(options && options.keepView)) {
    map.fitBounds(focusBounds(i), {paddingTopLeft: c.topLeft, paddingBottomRight: c.bottomRight, maxZoom: 16, animate: false});
  }
  openAt(i);
}
cluster.on('click', function (e) { fitPopup(); openMarker(e.layer); });
cluster.on('keypress', function (e) {
  if (e.originalEvent.key === 'Enter' || e.originalEvent.key === ' ') { fitPopup(); openMarker(e.layer); }
});
cluster.on('mouseover', function (e) {
  tooltip.setContent(inLang(nameOf(e.layer.facility), 'span')).setLatLng(e.layer.getLatLng());
  map.openTooltip(tooltip);
});
cluster.on('mouseout', function () { map.closeTooltip(tooltip); });

// The circle that shows how approximate the open facility's position is.
var uncertainty = null;
map.on('popupopen', function (e) {
  var m = e.popup === popup ? popupOwner : e.popup._source;
  if (!m || m.facility == null || countrywide(m.facility)) return;
  var r = col('radius_m', m.facility);
  if (uncertainty) map.removeLayer(uncertainty);
  uncertainty = null;
  if (r && r <= 50000) {
    uncertainty = L.circle(m.getLatLng(), {radius: r, color: '#444', weight: 1, dashArray: '4 4', fillOpacity: 0.06, interactive: false}).addTo(map);
  }
});
map.on('popupclose', function (e) {
  if (uncertainty) { map.removeLayer(uncertainty); uncertainty = null; }
  // Opening one card closes the one before: only a card closed for good hides its project again.
  var r = revealed;
  if (e.popup === popup && r != null) {
    setTimeout(function () {
      if (revealed !== r || popup.isOpen()) return;
      if (!passes(r) && !countrywide(r)) cluster.removeLayer(markers[r]);
      revealed = null;
    }, 0);
  }
});

// Filters.  Statuses and kinds are overlays of the layer control (empty
// groups that stand for them); region, due year and "opening by" come from
// the explorer panel.  Everything on the page follows refresh().
var shown = {status: {}, kind: {}};
var facets = {status: {}, kind: {}};
var filters = {region: '', year: '', until: null, late: false};
var statusCount = {}, kindCount = {};
for (var j = 0; j < count; j++) {
  statusCount[col('status', j)] = (statusCount[col('status', j)] || 0) + 1;
  kindCount[col('kind', j)] = (kindCount[col('kind', j)] || 0) + 1;
}
Object.keys(STATUS).forEach(function (s) {
  if (!statusCount[s]) return;
  var g = L.layerGroup(); g.facet = ['status', s]; facets.status[s] = g; shown.status[s] = true; g.addTo(map);
});
Object.keys(KIND).forEach(function (k) {
  if (!kindCount[k]) return;
  var g = L.layerGroup(); g.facet = ['kind', k]; facets.kind[k] = g; shown.kind[k] = true; g.addTo(map);
});

function passes(i) {
  if (!shown.status[col('status', i)] || !shown.kind[col('kind', i)]) return false;
  if (filters.region && col('region', i) !== filters.region) return false;
  if (filters.late && !col('deadline_passed', i)) return false;
  var due = col('due_year', i);
  if (filters.year === 'none' ? due != null : filters.year && due !== +filters.year) return false;
  if (filters.until != null && (due == null || due > filters.until)) return false;
  return true;
}

var listeners = [];
var visible = [];
var clusterOn = false, waiting = [];
var regionCounts = {}, districtCounts = {};
function refresh() {
  visible = [];
  regionCounts = {};
  districtCounts = {};
  var layers = [];
  for (var i = 0; i < count; i++) {
    if (!passes(i)) continue;
    visible.push(i);
    if (!countrywide(i)) layers.push(markers[i]);
    var r = col('region', i), d = col('district', i);
    regionCounts[r] = (regionCounts[r] || 0) + 1;
    if (d) districtCounts[d] = (districtCounts[d] || 0) + 1;
  }
  if (revealed != null && !passes(revealed) && !countrywide(revealed)) layers.push(markers[revealed]);
  if (clusterOn) {
    cluster.clearLayers();
    cluster.addLayers(layers);
  } else {
    waiting = layers;  // added when the cluster goes on the map (markercluster off the map is slow to fill)
  }
  paintRegions();
  listeners.forEach(function (f) { f(visible); });
}
map.on('overlayadd overlayremove', function (e) {
  if (!e.layer.facet) return;
  shown[e.layer.facet[0]][e.layer.facet[1]] = e.type === 'overlayadd';
  refresh();
});

// Basemap drawn from shipped data, so the map reads well with no tiles.
map.createPane('regions').style.zIndex = 350;
map.createPane('districts').style.zIndex = 360;
map.createPane('labels').style.zIndex = 450;
map.getPane('labels').style.pointerEvents = 'none';

var notesByRegion = {}, notesByPlace = {};
DATA.notes.forEach(function (group) {
  (notesByRegion[group.region] = notesByRegion[group.region] || []).push(group);
  notesByPlace[group.place] = group;
});
function notesHtml(groups) {
  return groups.map(function (g) {
    return '<div class="note-place"><b>' + (g.names ? t(g.names) : esc(g.name)) + '</b> <span class="muted">(' + t(cfg.precisions[g.precision]) + ')</span></div>' +
      g.items.map(function (n) {
        var src = DATA.sources[n.source] || {};
        // The statement in the page's language where the notes give it, else as the source wrote it.
        var text = lang === 'en' && n.text_en ? n.text_en : lang === 'kk' && n.text_kk ? n.text_kk : n.text;
        return '<p>' + inLang(text, 'span') + '<br><span class="muted">' + sourceLine(n.source, src.url, src.published) + '</span></p>';
      }).join('');
  }).join('');
}

// Region shading by the number of projects shown: breaks grow with the data.
function breaks() {
  var max = 0;
  Object.keys(regionCounts).forEach(function (k) { max = Math.max(max, regionCounts[k]); });
  var steps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000];
  var out = [1];
  var want = Math.max(1, max / 16);
  steps.forEach(function (s) { if (s > out[out.length - 1] && s >= want * Math.pow(2, out.length - 1) && s <= max) out.push(s); });
  return out.slice(0, 5);
}
var SHADES = ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'];
var regionBreaks = [1];
function shade(n) {
  if (!n) return '#f4f1ea';
  var k = 0;
  while (k + 1 < regionBreaks.length && n >= regionBreaks[k + 1]) k++;
  return SHADES[k];
}
function regionTooltip(feature) {
  var n = regionCounts[feature.properties.pcode] || 0;
  return '<b>' + regionName(feature.properties.pcode) + '</b><br>' + num(n) + ' ' + counted('projects', n);
}
var regionLayer = L.geoJSON(DATA.regions, {
  pane: 'regions',
  style: {color: '#5b6770', weight: 1, fillColor: '#f4f1ea', fillOpacity: 0.45},
  onEachFeature: function (feature, layer) {
    layer.bindTooltip(function () { return regionTooltip(feature); }, {sticky: true});
    layer.bindPopup(function () {
      var notes = notesByRegion[feature.properties.pcode];
      return '<div class="fac-popup">' + regionTooltip(feature) + (notes ? '<hr>' + notesHtml(notes) : '') + '</div>';
    }, {maxWidth: 340});
  }
}).addTo(map);
// Shapes are no Tab stops: a keyboard reaches regions and districts through the summary and the search.
function noTabStop(layer) {
  var el = layer.getElement && layer.getElement();
  if (el) { el.setAttribute('tabindex', '-1'); el.setAttribute('aria-hidden', 'true'); }
}
regionLayer.eachLayer(noTabStop);
// Zoomed into a city, the shading of its region would tint the whole screen.
function regionOpacity() { return map.getZoom() >= 9 ? 0.12 : 0.45; }
map.on('zoomend', function () {
  regionLayer.setStyle({fillOpacity: regionOpacity()});
  if (legendDiv) legendDiv.querySelector('.choropleth').innerHTML = choroplethLegend();
});
function paintRegions() {
  regionBreaks = breaks();
  regionLayer.eachLayer(function (l) {
    l.setStyle({fillColor: shade(regionCounts[l.feature.properties.pcode]), fillOpacity: regionOpacity()});
  });
  if (legendDiv) legendDiv.querySelector('.choropleth').innerHTML = choroplethLegend();
}
function choroplethLegend() {
  return '<div class="legend-title">' + tl('per_region') + '</div>' + regionBreaks.map(function (b, k) {
    var next = regionBreaks[k + 1];
    // Drawn as the map draws it: the same shade at the same opacity over the map's background.
    return '<span class="shade"><i style="background:' + SHADES[k] + ';opacity:' + regionOpacity() + '"></i>' + num(b) + (next ? (next - 1 > b ? '–' + num(next - 1) : '') : '+') + '</span>';
  }).join('');
}
L.geoJSON(DATA.country, {pane: 'regions', interactive: false, style: {color: '#333', weight: 2.2, fill: false}}).addTo(map);

var districtNames = {};
DATA.districts.features.forEach(function (f) {
  districtNames[f.properties.id] = {ru: f.properties.name, kk: f.properties.name_kk || f.properties.name, en: f.properties.name_en};
});
function districtTooltip(feature) {
  var id = feature.properties.id, n = districtCounts[id] || 0;
  return '<b>' + t(districtNames[id]) + '</b><br>' + num(n) + ' ' + counted('projects', n) +
    '<br><span class="muted">' + tl('district_approx') + '</span>';
}
// A district is its centre, never an outline: no package ships real district boundaries.
var districtLayer = L.geoJSON(DATA.districts, {
  pane: 'districts',
  pointToLayer: function (feature, latlng) {
    return L.circleMarker(latlng, {pane: 'districts', radius: 7, color: '#6a4c93', weight: 1.5, dashArray: '3 2', fillColor: '#fff', fillOpacity: 0.8});
  },
  onEachFeature: function (feature, layer) {
    // A label with the district's name and count, shown from city zoom on (see .district-labels).
    layer.bindTooltip(function () { return districtLabel(feature); }, {permanent: true, direction: 'right', offset: [6, 0], className: 'district-label'});
    layer.bindPopup(function () {
      var notes = notesByPlace[feature.properties.id];
      return '<div class="fac-popup">' + districtTooltip(feature) + (notes ? '<hr>' + notesHtml([notes]) : '') + '</div>';
    }, {maxWidth: 340});
  }
}).addTo(map);
function districtLabel(feature) {
  return t(districtNames[feature.properties.id]) + ' · ' + num(districtCounts[feature.properties.id] || 0);
}
districtLayer.eachLayer(noTabStop);
listeners.push(function () {
  districtLayer.eachLayer(function (l) { l.setTooltipContent(districtLabel(l.feature)); });
});
function showDistrictLabels() { map.getContainer().classList.toggle('district-labels', map.getZoom() >= 10); }
map.on('zoomend', showDistrictLabels);
showDistrictLabels();

function cityIcon(names) {
  return L.divIcon({className: 'city-label', html: '<span>' + t(names) + '</span>', iconSize: null, iconAnchor: [-4, 8]});
}
var cityMarkers = DATA.cities.map(function (c) {
  return L.marker([c[1], c[2]], {pane: 'labels', interactive: false, keyboard: false, icon: cityIcon(c[0])});
});
var cities = L.layerGroup(cityMarkers).addTo(map);

var countryNotes = DATA.notes.filter(function (g) { return g.precision === 'country'; });
var notesLayer = L.layerGroup(DATA.notes.filter(function (g) { return g.precision !== 'country'; }).map(function (g) {
  var m = L.marker([g.lat, g.lon], {
    // 24 px (a target a finger can hit), up and to the left of the point: a cluster or marker there stays free.
    icon: L.divIcon({className: 'note-icon', html: 'i', iconSize: [24, 24], iconAnchor: [36, 30]}),
    title: g.names ? g.names.ru : g.name, alt: ''
  }).bindPopup(function () { return '<div class="fac-popup"><h2>' + tl('notes') + '</h2>' + notesHtml([g]) + '</div>'; }, {maxWidth: 340})
    .bindTooltip(function () { return tl('notes') + ': ' + (g.names ? t(g.names) : esc(g.name)); });
  m.group = g;
  return m;
})).addTo(map);

// «Вся страна»: the countrywide notes and projects shown, in a list that opens from under the layer control.
var countryBox = L.control({position: 'topright'});
var countryDiv = null;
function countryProjects() { return visible.filter(countrywide); }
function countryButton() {
  var n = countryNotes.reduce(function (a, g) { return a + g.items.length; }, 0) + countryProjects().length;
  return n ? '<button type="button" class="country-open"><span class="note-icon inline">i</span>' + tl('whole_country') + ' · ' + num(n) + '</button>' : '';
}
function countryHtml() {
  var list = countryProjects().map(function (i) {
    return '<li><a href="#" data-i="' + i + '">' + inLang(nameOf(i), 'span') + '</a> <span class="muted">' + statusAsOf(col('status', i), col('status_as_of', i)) + '</span></li>';
  }).join('');
  return '<div class="fac-popup"><h2>' + tl('whole_country') + '</h2>' + (list ? '<ul class="country-list">' + list + '</ul>' : '') +
    (countryNotes.length ? notesHtml(countryNotes) : '') + '</div>';
}
countryBox.onAdd = function () {
  countryDiv = L.DomUtil.create('div', 'country-box');
  countryDiv.innerHTML = countryButton();
  L.DomEvent.disableClickPropagation(countryDiv);
  countryDiv.addEventListener('click', function (e) {
    if (!e.target.closest('.country-open')) return;
    L.popup({maxWidth: 340}).setLatLng(map.getCenter()).setContent(countryHtml()).openOn(map);
  });
  return countryDiv;
};
map.on('popupopen', function (e) {
  var el = e.popup.getElement();
  if (!el) return;
  el.addEventListener('click', function (ev) {
    var a = ev.target.closest('.country-list a[data-i]');
    if (a) { ev.preventDefault(); openFacility(+a.getAttribute('data-i')); }
  });
});
listeners.push(function () { if (countryDiv) countryDiv.innerHTML = countryButton(); });

// Tiles need a network; say so once, instead of leaving a blank grey map.
var offlineNote = null;
tiles.on('tileerror', function () {
  if (offlineNote) return;
  // Under the layers (above the legend on a phone, where the panel's bar takes the top); the panel's
  // corner lies above it, so it never takes the taps of the panel's buttons; it can be closed.
  offlineNote = L.control({position: small ? 'bottomright' : 'topright'});
  offlineNote.onAdd = function () {
    var d = L.DomUtil.create('div', 'offline-note');
    d.setAttribute('role', 'status');
    d.innerHTML = offlineHtml();
    L.DomEvent.disableClickPropagation(d);
    d.addEventListener('click', function (e) { if (e.target.closest('.offline-close')) map.removeControl(offlineNote); });
    return d;
  };
  offlineNote.addTo(map);
});

function offlineHtml() {
  return '<span>' + tl('offline') + '</span> <button type="button" class="offline-close" aria-label="' + tl('close') + '">×</button>';
}
var small = window.innerWidth < 700;
// On a laptop screen the expanded layer list would cover the map; it opens on hover or tap.
var compact = small || window.innerHeight < 900;
var layerControl = null;
function buildLayerControl() {
  if (layerControl) map.removeControl(layerControl);
  var baseLayers = {}, overlays = {};
  baseLayers[tl('osm')] = tiles;
  baseLayers[tl('no_tiles')] = noTiles;
  Object.keys(facets.status).forEach(function (s) {
    overlays[statusMark(s) + t(STATUS[s]) + ' (' + statusCount[s] + ')'] = facets.status[s];
  });
  Object.keys(facets.kind).forEach(function (k) {
    overlays[shape(k, null) + t(KIND[k]) + ' (' + kindCount[k] + ')'] = facets.kind[k];
  });
  overlays[tl('regions')] = regionLayer;
  overlays[tl('districts')] = districtLayer;
  overlays[tl('cities')] = cities;
  overlays[tl('notes') + ' (' + DATA.notes.length + ')'] = notesLayer;
  layerControl = L.control.layers(baseLayers, overlays, {collapsed: compact, position: 'topright'}).addTo(map);
}
var noTiles = L.layerGroup();

var legend = L.control({position: 'bottomright'});
var legendDiv = null;
var userFolded = small;
// «Карта построена из facilities.csv, 02.12.2026 01:40»: which file and moment the page shows.
function builtFrom() {
  var at = String(DATA.built.at || '').split(' ');
  var when = fmtDate(at[0]) + (at[1] ? ' ' + esc(at[1]) : '');
  return tl('built_from').replace('{file}', function () { return esc(DATA.built.file); }).replace('{at}', function () { return when; });
}
function legendHtml() {
  var html = '<button type="button" class="legend-toggle">' + tl('legend') + '</button><div class="legend-body">' +
    '<div class="legend-title">' + tl('status') + '</div>';
  Object.keys(STATUS).forEach(function (s) {
    html += '<div>' + statusMark(s) + t(STATUS[s]) + '</div>';
  });
  html += '<div class="legend-title">' + tl('kind') + '</div><div class="kinds">';
  Object.keys(KIND).forEach(function (k) {
    if (kindCount[k]) html += '<div>' + shape(k, null) + t(KIND[k]) + '</div>';
  });
  html += '</div><div class="choropleth">' + choroplethLegend() + '</div>' +
    '<div class="legend-late">' + lateIcon('inline') + tl('deadline_passed') +
    ' <span class="muted">(' + tl('map_date') + ': ' + fmtDate(DATA.asOf) + ')</span></div>' +
    '<div class="legend-note">' + tl('precision_note') + '</div>' +
    (DATA.built && DATA.built.file ? '<div class="legend-note built">' + builtFrom() + '</div>' : '') +
    '<div><span class="note-icon inline">i</span>' + tl('notes') + '</div></div>';
  return html;
}
legend.onAdd = function () {
  legendDiv = L.DomUtil.create('div', 'legend' + (userFolded ? ' folded' : ''));
  legendDiv.innerHTML = legendHtml();
  L.DomEvent.disableClickPropagation(legendDiv);
  L.DomEvent.disableScrollPropagation(legendDiv);
  legendDiv.addEventListener('click', function (e) {
    if (!e.target.closest('.legend-toggle')) return;
    legendDiv.classList.toggle('folded');
    userFolded = legendDiv.classList.contains('folded');
  });
  return legendDiv;
};
// An open popup must never sit under the legend: fold it while one is open.
map.on('popupopen', function () { legendDiv.classList.add('folded'); });
map.on('popupclose', function () { legendDiv.classList.toggle('folded', userFolded); });

// Leaflet's own controls in the page's language: zoom buttons, layer list, scale, credits, close buttons.
var scale = L.control.scale({imperial: false});
scale._updateMetric = function (maxMeters) {
  var meters = this._getRoundNum(maxMeters), u = cfg.units[lang] || cfg.units.ru;
  this._updateScale(this._mScale, meters < 1000 ? meters + ' ' + u.m : meters / 1000 + ' ' + u.km, meters / maxMeters);
};
scale.addTo(map);
var osmCredit = '';
// What a printed page says besides the map: its title, the date of its data, what it was built from.
var printHead = L.control({position: 'topleft'});
var printDiv = null;
printHead.onAdd = function () {
  printDiv = L.DomUtil.create('div', 'print-head');
  printDiv.setAttribute('aria-hidden', 'true');  // the page's own title says it on screen
  return printDiv;
};
printHead.addTo(map);
function printText() {
  return '<b>' + tl('page_title') + '</b><br>' + tl('map_date') + ': ' + fmtDate(DATA.asOf) +
    (DATA.built && DATA.built.file ? ' · ' + builtFrom() : '') + '<br>' + tl('print_sources');
}
function controlTexts() {
  if (printDiv) printDiv.innerHTML = printText();
  document.title = tl('page_title').replace(/&amp;/g, '&');
  heading.textContent = cfg.labels.page_title[lang];
  skip.textContent = cfg.labels.skip_to_search[lang];
  skipNav.setAttribute('aria-label', cfg.labels.skip_to_search[lang]);
  var z = map.zoomControl;
  if (z) {
    [[z._zoomInButton, 'zoom_in'], [z._zoomOutButton, 'zoom_out']].forEach(function (b) {
      b[0].title = cfg.labels[b[1]][lang];
      b[0].setAttribute('aria-label', cfg.labels[b[1]][lang]);
    });
  }
  var toggle = layerControl && layerControl.getContainer().querySelector('.leaflet-control-layers-toggle');
  if (toggle) { toggle.title = cfg.labels.layers[lang]; toggle.setAttribute('aria-label', cfg.labels.layers[lang]); }
  scale._update();
  if (map.attributionControl) {
    var credit = '<a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">' + tl('osm_credit') + '</a>';
    if (osmCredit) map.attributionControl.removeAttribution(osmCredit);
    if (tiles.options.attribution) { map.attributionControl.removeAttribution(tiles.options.attribution); tiles.options.attribution = ''; }
    map.attributionControl.addAttribution(credit);
    osmCredit = credit;
  }
}
map.on('popupopen', function (e) {
  var close = e.popup.getElement() && e.popup.getElement().querySelector('.leaflet-popup-close-button');
  if (close) { close.title = cfg.labels.close[lang]; close.setAttribute('aria-label', cfg.labels.close[lang]); }
});

function own(object, key) { return key != null && Object.prototype.hasOwnProperty.call(object, key); }
function setLang(code) {
  if (!own(cfg.languages, code)) return;
  lang = code;
  document.documentElement.lang = code;
  buildLayerControl();
  legendDiv.innerHTML = legendHtml();
  cityMarkers.forEach(function (m, k) { m.setIcon(cityIcon(DATA.cities[k][0])); });
  notesLayer.eachLayer(function (m) {
    if (m.group && m.group.names && m.getElement()) m.getElement().title = m.group.names[lang] || m.group.name;
  });
  controlTexts();
  if (offlineNote && offlineNote.getContainer()) offlineNote.getContainer().innerHTML = offlineHtml();
  if (popupOwner && popup.isOpen()) popup.setContent(popupHtml(popupOwner.facility));
  listeners.forEach(function (f) { f(visible); });
}

buildLayerControl();
controlTexts();
legend.addTo(map);
countryBox.addTo(map);
refresh();  // the counts and the panel's lists; the markers wait in the cluster until it is on the map
// The cluster goes on the map once the page's scripts have run (the panel, the first view): it draws
// its markers once, at the zoom the first view settles on, not again after it.
setTimeout(function () {
  map.addLayer(cluster);
  clusterOn = true;
  cluster.addLayers(waiting);
  waiting = [];
}, 0);

// Once the text is in: the markers drawn so far get their names, and the panel draws what it waited for.
whenText(function () {
  markers.forEach(function (m) { if (m._icon) labelMarker(m); });
  listeners.forEach(function (f) { f(visible); });
});

Object.assign(api, {
  map: map, cluster: cluster, markers: markers, count: count, col: col, esc: esc, t: t, tl: tl,
  money: money, num: num, fmtDate: fmtDate, lateIcon: lateIcon, historyOf: historyOf, hcol: hcol, qualifiers: qualifiers, statusAsOf: statusAsOf, counted: counted, cfg: cfg, own: own, data: DATA, loaded: loaded || api.loaded, shown: shown, facets: facets,
  filters: filters, refresh: refresh, open: openFacility, setLang: setLang, regionName: regionName, passes: passes,
  name: nameOf, placeName: placeOf, inLang: inLang, period: period, statusMark: statusMark,
  districtName: function (id) { var d = districtNames[id]; return d ? d[lang] || d.ru : ''; },
  whenText: whenText, whenAll: whenAll, textReady: function () { return textReady; },
  allReady: allReady,
  foldLegend: function () { userFolded = true; if (legendDiv) legendDiv.classList.add('folded'); },
  setCovered: function (f) { covered = f; }, covered: function () { return covered(); }, regionLayer: regionLayer,
  opened: function () { return popup.isOpen() && popupOwner ? popupOwner.facility : null; },
  lang: function () { return lang; },
  visible: function () { return visible; },
  onChange: function (f) { listeners.push(f); },
  // The first view: every project placed inside the part of the map the panel and the legend leave free.
  fit: function () {
    // The box of every placed project, from the coordinates themselves (100,000 markers need no asking).
    var south = 90, north = -90, west = 180, east = -180;
    for (var i = 0; i < count; i++) {
      var la = F.lat[i], lo = F.lon[i];
      if (countrywide(i) || la == null || lo == null) continue;
      if (la < south) south = la;
      if (la > north) north = la;
      if (lo < west) west = lo;
      if (lo > east) east = lo;
    }
    if (south > north) return;
    var c = covered(), size = map.getSize(), box = map.getContainer().getBoundingClientRect();
    var topLeft = [Math.max(24, c.topLeft[0]), Math.max(24, c.topLeft[1])], bottomRight = [24, Math.max(24, c.bottomRight[1])];
    var legendBox = legendDiv && legendDiv.getBoundingClientRect();
    if (legendBox && legendBox.width && !legendDiv.classList.contains('folded')) {
      // The legend stands in the bottom right corner: keep the points left of it.
      bottomRight[0] = Math.max(bottomRight[0], Math.min(size.x / 2, box.right - legendBox.left + 12));
    } else if (legendBox) {
      bottomRight[1] = Math.max(bottomRight[1], box.bottom - legendBox.top + 8);
    }
    // Not animated: a zoom still running would end after a link's view is set, and undo it.
    map.fitBounds(L.latLngBounds([south, west], [north, east]),
      {paddingTopLeft: topLeft, paddingBottomRight: bottomRight, maxZoom: 13, animate: false});
  }
});
map.facilities = api;
window.facilityMap = api;
// The first view is set by the explorer once its panel is drawn (api.fit), unless the address holds one.

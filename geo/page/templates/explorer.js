// The explorer panel: search, filters, summary, table, timeline, export,
// language and a link to the current view.  Owned by geo.page.explorer.Explorer;
// works on the API that the facility layer left on the map.
var api = map.facilities;
var col = api.col, esc = api.esc, t = api.t, tl = api.tl, cfg = api.cfg;
var T = EXPLORER.labels;
function x(key) { return t(T[key]); }

// Search.  The records' own words are indexed here, on first use; what the
// browser cannot know comes from the build (geo/page/search.py): the stems of
// those words (Snowball's Russian stemmer, Kazakh endings), the endings a
// query word may carry, other names of places (old names, Latin forms), the
// names of regions, districts and kinds, and abbreviations.
var S = api.data.search;
var STEMS = S.stems, ENDINGS = S.endings, ALT = S.alternations, ABBR = S.abbreviations;
var STOP = {};
S.stop.forEach(function (w) { STOP[w] = true; });
// Folding as geo.page.search.words: «Қарағанды», «КАРАГАНДЫ» and «караганды» are one word.
var FOLD = {'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и', 'ё': 'е', 'й': 'и'};
var LATIN = {'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ж': 'zh', 'з': 'z', 'и': 'i', 'к': 'k', 'л': 'l', 'м': 'm',
  'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u', 'ф': 'f', 'х': 'h', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh',
  'щ': 'shch', 'ы': 'y', 'э': 'e', 'ю': 'yu', 'я': 'ya'};
function words(s) {
  // «№» would become «No» under NFKD: it only separates words, as any other sign.
  return String(s == null ? '' : s).replace(/№/g, ' ').normalize('NFKD').toLowerCase().replace(/[\u0300-\u036f]/g, '')
    .replace(/[әғқңөұүһіёй]/g, function (c) { return FOLD[c]; }).replace(/[ъь]/g, '')
    .split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
function fold(s) { return words(s).join(' '); }
// «парасат» for «Парасат»: Latin queries find Cyrillic names.
function latin(w) {
  return /[а-я]/.test(w) ? w.replace(/[а-я]/g, function (c) { return LATIN[c] || c; }) : null;
}

// How much a word found in each field counts: the name most, then the place, then other names.
var NAME = 3, PLACE = 2, OTHER = 1;
// The index is built a slice at a time once the page is idle (1 s of work at
// 100,000 records); a search before it is done finishes it at once.
var index = null, building = null;
function indexSlice(limit) {
  var b = building || (building = {next: 0, post: Object.create(null), names: new Array(api.count), cache: new Map()});
  var post = b.post;
  var add = function (w, i, weight) {
    var p = post[w] || (post[w] = []);
    var n = p.length;
    if (n && p[n - 2] === i) { if (p[n - 1] < weight) p[n - 1] = weight; return; }
    p.push(i, weight);
  };
  var addText = function (text, i, weight, cache) {
    var ws = cache && cache.has(text) ? cache.get(text) : null;
    if (!ws) {
      ws = [];
      words(text).forEach(function (w) { ws.push(w); var l = latin(w); if (l && l !== w) ws.push(l); });
      if (cache) cache.set(text, ws);
    }
    for (var k = 0; k < ws.length; k++) add(ws[k], i, weight);
  };
  var stop = Math.min(api.count, b.next + limit);
  for (var i = b.next; i < stop; i++) {
    addText(col('name', i), i, NAME);
    addText(col('name_en', i), i, NAME);
    addText(col('place', i), i, PLACE, b.cache);
    addText(col('place_name', i), i, PLACE, b.cache);
    b.names[i] = [fold(col('name', i)), fold(col('name_en', i))];
  }
  b.next = stop;
  if (stop < api.count) return false;
  // Words that stand for a group of projects: a region, a district, a kind, a place's other names.
  var groups = Object.create(null);  // word → [[field, key, weight], ...]
  var addGroup = function (text, field, key, weight) {
    words(text).forEach(function (w) {
      [w, latin(w)].forEach(function (v) {
        if (!v) return;
        var g = groups[v] || (groups[v] = []);
        if (!g.some(function (e) { return e[0] === field && e[1] === key; })) g.push([field, key, weight]);
      });
    });
  };
  Object.keys(S.regions).forEach(function (r) { addGroup(S.regions[r], 'region', r, OTHER); });
  Object.keys(S.kinds).forEach(function (k) { addGroup(S.kinds[k], 'kind', k, OTHER); });
  Object.keys(api.data.places).forEach(function (p) {
    var e = api.data.places[p];
    addGroup([e.name.ru, e.name.kk, e.name.en, e.names].join(' '), 'place_id', p, PLACE);
  });
  api.data.districts.features.forEach(function (f) {
    var d = f.properties;
    addGroup([d.name, d.name_kk, d.name_en].join(' '), 'district', d.id, PLACE);
  });
  index = {post: post, words: Object.keys(post), groups: groups, groupWords: Object.keys(groups), names: b.names};
  building = null;
  return true;
}
function buildIndex() { indexSlice(Infinity); }
function indexWhenIdle() {
  if (index || indexSlice(5000)) return;
  setTimeout(indexWhenIdle, 30);
}
api.whenText(function () { setTimeout(indexWhenIdle, 200); });

// The stems a query word may have: without one of the endings, and with Kazakh's voiced final consonant unvoiced.
function queryStems(q) {
  var out = [];
  ENDINGS.forEach(function (e) {
    if (q.length - e.length < 4 || q.slice(-e.length) !== e) return;
    var s = q.slice(0, -e.length);
    out.push(s);
    if (ALT[s.slice(-1)]) out.push(s.slice(0, -1) + ALT[s.slice(-1)]);
  });
  return out;
}
// True when a and b differ by one letter added, dropped, changed or two letters swapped.
function oneEdit(a, b) {
  var la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  var i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (i === la && i === lb) return true;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
// How well index word w answers query word q: 4 the same word, 3 its beginning, 2 the same stem, 1 one typo, 0 not at all.
function quality(q, stemsOfQ, w) {
  if (w === q) return 4;
  if (/^\d+$/.test(q)) return 0;  // «16» is not «160»
  if (w.lastIndexOf(q, 0) === 0) return 3;
  var ws = STEMS[w];
  for (var k = 0; k < stemsOfQ.length; k++) {
    if (w.lastIndexOf(stemsOfQ[k], 0) === 0 || ws === stemsOfQ[k]) return 2;
  }
  if (ws && ws.length >= 4 && q.lastIndexOf(ws, 0) === 0 && ENDINGS.indexOf(q.slice(ws.length)) >= 0) return 2;
  if (q.length >= 5 && w.length >= q.length - 1 && (oneEdit(q, w) || (w.length > q.length && oneEdit(q, w.slice(0, q.length))))) return 1;
  return 0;
}
// The score of each project for one query word (0: not found).
function scoreWord(q) {
  var score = new Float32Array(api.count);
  var stemsOfQ = queryStems(q);
  index.words.forEach(function (w) {
    var m = quality(q, stemsOfQ, w);
    if (!m) return;
    var p = index.post[w];
    for (var k = 0; k < p.length; k += 2) score[p[k]] = Math.max(score[p[k]], m * p[k + 1]);
  });
  var hits = {region: {}, kind: {}, place_id: {}, district: {}}, any = false;
  index.groupWords.forEach(function (w) {
    var m = quality(q, stemsOfQ, w);
    if (!m) return;
    index.groups[w].forEach(function (g) { hits[g[0]][g[1]] = Math.max(hits[g[0]][g[1]] || 0, m * g[2]); any = true; });
  });
  // An abbreviation: the kinds it names, and the names that spell it out word by word.
  var abbr = Object.prototype.hasOwnProperty.call(ABBR, q) ? ABBR[q] : null;
  if (abbr) {
    abbr.kinds.forEach(function (k) { hits.kind[k] = Math.max(hits.kind[k] || 0, 4 * OTHER); any = true; });
    abbr.words.forEach(function (phrase) {
      var all = scoreAll(words(phrase));
      if (all) for (var i = 0; i < all.length; i++) if (all[i]) score[i] = Math.max(score[i], 4 * NAME);
    });
  }
  if (any) {
    ['region', 'kind', 'place_id', 'district'].forEach(function (field) {
      if (!Object.keys(hits[field]).length) return;
      var h = hits[field];
      for (var i = 0; i < api.count; i++) {
        var v = h[col(field, i)];
        if (v && v > score[i]) score[i] = v;
      }
    });
  }
  return score;
}
// The scores of projects that have every one of ``ws`` (0: a word is missing), or null for no words.
function scoreAll(ws) {
  var total = null;
  ws.forEach(function (w) {
    var s = scoreWord(w);
    total = total ? total.map(function (v, i) { return v && s[i] ? v + s[i] : 0; }) : s;
  });
  return total;
}
// The words of a query: «№ 16», «№16», «N16», «No 16» are all «16»; words such as «в», «мен» are dropped.
function queryWords(query) {
  var ws = words(query), out = [];
  for (var k = 0; k < ws.length; k++) {
    var w = ws[k];
    if (/^(n|no|nr)$/.test(w) && /^\d/.test(ws[k + 1] || '')) continue;
    var m = /^(?:n|no|nr)(\d+)$/.exec(w);
    if (m) w = m[1];
    if (!STOP[w] && out.indexOf(w) < 0) out.push(w);
  }
  return out;
}
// Every project that has all the query's words, best first: {all: [...], shown: [...], hidden: [...]}.
function search(query) {
  var qs = queryWords(query);
  if (!api.textReady()) return {all: [], shown: [], hidden: []};  // showResults runs again when the text is in
  if (!qs.length || (qs.length === 1 && qs[0].length < 2 && !/^\d+$/.test(qs[0]))) return {all: [], shown: [], hidden: []};
  if (!index) buildIndex();
  var total = scoreAll(qs);
  var whole = qs.join(' '), found = [];
  for (var i = 0; i < api.count; i++) {
    if (!total[i]) continue;
    var n = index.names[i];
    // A name that is the query, or begins with it, comes first.
    var bonus = n[0] === whole || n[1] === whole ? 100 : n[0].lastIndexOf(whole, 0) === 0 || n[1].lastIndexOf(whole, 0) === 0 ? 30 : 0;
    found.push([total[i] + bonus, i]);
  }
  found.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
  var all = found.map(function (f) { return f[1]; });
  var visible = {};
  api.visible().forEach(function (i) { visible[i] = true; });
  return {
    all: all,
    shown: all.filter(function (i) { return visible[i]; }),
    hidden: all.filter(function (i) { return !visible[i]; })
  };
}

// The panel.
var panel = L.control({position: 'topleft'});
var root = null;
var sortBy = {key: 'cost_kzt', dir: -1};
panel.onAdd = function () {
  root = L.DomUtil.create('div', 'explorer' + (window.innerWidth < 700 ? ' folded' : ''));
  L.DomEvent.disableClickPropagation(root);
  L.DomEvent.disableScrollPropagation(root);
  return root;
};
panel.addTo(map);

// How many projects are past the date their latest source promised (on the map's date).
var LATE = 0;
for (var l = 0; l < api.count; l++) if (col('deadline_passed', l)) LATE++;

function years() {
  var seen = {};
  for (var i = 0; i < api.count; i++) { var y = col('due_year', i); if (y != null) seen[y] = true; }
  return Object.keys(seen).map(Number).sort();
}
var YEARS = years();

function regionOptions() {
  var names = Object.keys(api.data.regionNames).map(function (p) { return [p, api.regionName(p)]; });
  names.sort(function (a, b) { return a[1].localeCompare(b[1]); });
  return '<option value="">' + x('all_regions') + '</option>' + names.map(function (n) {
    return '<option value="' + esc(n[0]) + '"' + (api.filters.region === n[0] ? ' selected' : '') + '>' + n[1] + '</option>';
  }).join('');
}

function render() {
  var f = api.filters;
  var langButtons = Object.keys(cfg.languages).map(function (code) {
    // Each language's name is written in that language, and marked so.
    return '<button type="button" data-lang="' + code + '" lang="' + code + '" aria-pressed="' + (api.lang() === code) + '" class="' +
      (api.lang() === code ? 'on' : '') + '">' + esc(cfg.languages[code]) + '</button>';
  }).join('');
  var statusBoxes = Object.keys(api.facets.status).map(function (s) {
    return '<label><input type="checkbox" data-facet="status" value="' + s + '"' + (api.shown.status[s] ? ' checked' : '') + '>' +
      api.statusMark(s) + t(cfg.statuses[s]) + '</label>';
  }).join('');
  var kindBoxes = Object.keys(api.facets.kind).map(function (k) {
    return '<label><input type="checkbox" data-facet="kind" value="' + k + '"' + (api.shown.kind[k] ? ' checked' : '') + '>' + t(cfg.kinds[k]) + '</label>';
  }).join('');
  var yearOptions = '<option value="">' + x('any_year') + '</option>' + YEARS.map(function (y) {
    return '<option value="' + y + '"' + (String(f.year) === String(y) ? ' selected' : '') + '>' + y + '</option>';
  }).join('') + '<option value="none"' + (f.year === 'none' ? ' selected' : '') + '>' + x('no_year') + '</option>';
  var lo = YEARS.length ? YEARS[0] : 0, hi = YEARS.length ? YEARS[YEARS.length - 1] : 0;
  var until = f.until == null ? hi + 1 : f.until;
  root.innerHTML =
    '<div class="ex-head"><button type="button" class="ex-toggle">' + x('title') + '</button>' +
    '<span class="langs" role="group" aria-label="' + x('language') + '">' + langButtons + '</span></div>' +
    '<div class="ex-body">' +
    '<input type="search" class="ex-search" placeholder="' + x('search') + '" aria-label="' + x('search') + '" autocomplete="off">' +
    '<div class="ex-found" role="status" aria-live="polite"></div><ol class="ex-results"></ol>' +
    '<a class="full-map" target="_blank" rel="noopener" href="' + esc(fullMapAddress()) + '">' + tl('full_map') + '</a>' +
    '<details class="ex-filters"' + (filtersOpen ? ' open' : '') + '><summary>' + x('filters') + '</summary>' +
    '<div class="ex-group"><b>' + tl('status') + '</b>' + statusBoxes + '</div>' +
    '<div class="ex-group"><b>' + tl('kind') + '</b>' + kindBoxes + '</div>' +
    '<label class="ex-line">' + tl('region') + ' <select class="ex-region">' + regionOptions() + '</select></label>' +
    (LATE ? '<label class="ex-line ex-late"><input type="checkbox" class="ex-late-only"' + (f.late ? ' checked' : '') + '> ' +
      api.lateIcon('inline') + x('late_only') + ' (' + api.num(LATE) + ')</label>' : '') +
    '<label class="ex-line">' + x('due_year') + ' <select class="ex-year">' + yearOptions + '</select></label>' +
    (YEARS.length ? '<label class="ex-line ex-timeline">' + x('opening_by') + ' <b class="ex-until">' +
      (f.until == null ? x('any_year') : f.until) + '</b><input type="range" class="ex-range" min="' + lo + '" max="' + (hi + 1) +
      '" step="1" value="' + until + '" aria-label="' + x('opening_by') + '"></label>' : '') +
    '<button type="button" class="ex-reset">' + x('reset') + '</button>' +
    '</details>' +
    '<div class="ex-summary" role="status" aria-live="polite" aria-atomic="false"></div>' +
    '<div class="ex-actions"><button type="button" class="ex-table-toggle">' + x('table') + '</button>' +
    '<button type="button" class="ex-csv">' + x('csv_projects') + '</button>' +
    '<button type="button" class="ex-csv-reports">' + x('csv_reports') + '</button><button type="button" class="ex-geojson">GeoJSON</button>' +
    '<button type="button" class="ex-link">' + x('copy_link') + '</button></div>' +
    '</div>';
  summarise();
}

function summarise() {
  var box = root.querySelector('.ex-summary');
  if (!box) return;
  var shown = api.visible();
  var byStatus = {}, byRegion = {}, total = 0, costed = 0, late = 0, reports = 0;
  shown.forEach(function (i) {
    var s = col('status', i), r = col('region', i) || '', c = col('cost_kzt', i), d = col('deadline_passed', i) ? 1 : 0;
    var a = byStatus[s] = byStatus[s] || {n: 0, cost: 0};
    var b = byRegion[r] = byRegion[r] || {n: 0, cost: 0, late: 0};
    a.n++; b.n++; b.late += d; late += d; reports += col('reports', i) || 1;
    // Each project counts once, with its latest stated cost.
    if (c != null) { a.cost += c; b.cost += c; total += c; costed++; }
  });
  var cost = function (v) { return v ? api.money(v) : '–'; };
  var where = function (r) { return r ? api.regionName(r) : tl('whole_country'); };
  var html = '<div class="ex-total"><b class="ex-count">' + api.num(shown.length) + '</b> ' + api.counted('projects', shown.length) +
    (reports > shown.length ? ' <span class="muted">(' + x('reports_count').replace('{n}', api.num(reports)) + ')</span>' : '') +
    ' · ' + x('stated_cost') + ': <b>' + cost(total) + '</b>' +
    ' <span class="muted">(' + x('cost_known').replace('{n}', api.num(costed)) + ')</span></div>' +
    '<div class="ex-late-count">' + api.lateIcon('inline') +
    x('late_count').replace('{n}', '<b>' + api.num(late) + '</b>').replace('{date}', api.fmtDate(api.data.asOf)) + '</div>' +
    '<table class="ex-by-status"><tr><th>' + tl('status') + '</th><th>#</th><th>' + tl('cost') + '</th></tr>' +
    Object.keys(cfg.statuses).filter(function (s) { return byStatus[s]; }).map(function (s) {
      return '<tr data-status="' + s + '"><td>' + api.statusMark(s) + t(cfg.statuses[s]) +
        '</td><td>' + api.num(byStatus[s].n) + '</td><td>' + cost(byStatus[s].cost) + '</td></tr>';
    }).join('') + '</table>' +
    '<table class="ex-by-region"><tr><th>' + tl('region') + '</th><th>#</th><th title="' + x('late_short') + '">' + api.lateIcon('inline') + '<span class="sr-only">' + x('late_short') + '</span></th><th>' + tl('cost') + '</th></tr>' +
    Object.keys(byRegion).sort(function (a, b) { return byRegion[b].n - byRegion[a].n; }).slice(0, 8).map(function (r) {
      return '<tr data-region="' + esc(r) + '"><td>' + where(r) + '</td><td>' + api.num(byRegion[r].n) + '</td><td>' +
        (byRegion[r].late ? api.num(byRegion[r].late) : '') + '</td><td>' + cost(byRegion[r].cost) + '</td></tr>';
    }).join('') + '</table>';
  box.innerHTML = html;
  if (tableBox.style.display !== 'none') renderTable();
}

// Table of the projects shown, beside the map.
var tableBox = L.DomUtil.create('div', 'ex-table', map.getContainer());
tableBox.style.display = 'none';
L.DomEvent.disableClickPropagation(tableBox);
L.DomEvent.disableScrollPropagation(tableBox);
var TABLE_ROWS = 300;
var COLUMNS = [['name', 'name'], ['status', 'status'], ['region', 'region'], ['cost_kzt', 'cost'], ['due_year', 'due'],
  ['deadline_passed', 'deadline_passed'], ['progress_pct', 'progress']];
function renderTable() {
  if (!api.textReady()) { api.whenText(renderTable); return; }
  var rows = api.visible().slice();
  var key = sortBy.key, dir = sortBy.dir;
  // Regions sort by their names in the page's language, promised dates by the day their period ends.
  var value = key === 'region' ? function (i) { return col('region', i) ? api.regionName(col('region', i), true) : null; } :
    key === 'due_year' ? function (i) { return col('due_end', i) || (col('due_year', i) != null ? col('due_year', i) + '-12-31' : null); } :
    key === 'name' ? api.name : function (i) { return col(key, i); };
  rows.sort(function (a, b) {
    var va = value(a), vb = value(b);
    if (va == null && vb == null) return a - b;
    if (va == null) return 1;
    if (vb == null) return -1;
    return (typeof va === 'number' ? va - vb : String(va).localeCompare(String(vb))) * dir || a - b;
  });
  var head = COLUMNS.map(function (c) {
    var sorted = sortBy.key === c[0], mark = sorted ? (sortBy.dir > 0 ? ' ▲' : ' ▼') : '';
    var label = c[0] === 'deadline_passed' ? api.lateIcon('inline') + x('late_short') : tl(c[1]);
    var aria = sorted ? ' aria-sort="' + (sortBy.dir > 0 ? 'ascending' : 'descending') + '"' : '';
    return '<th scope="col"' + aria + '><button type="button" data-sort="' + c[0] + '">' + label + '<span aria-hidden="true">' + mark + '</span></button></th>';
  }).join('');
  var body = rows.slice(0, TABLE_ROWS).map(function (i) {
    var c = col('cost_kzt', i), p = col('progress_pct', i);
    var asOf = col('status_as_of', i);
    return '<tr data-i="' + i + '" tabindex="0"><td>' + api.inLang(api.name(i), 'span') + '</td><td>' + t(cfg.statuses[col('status', i)]) +
      '<div class="muted">' + (asOf ? api.fmtDate(asOf) : tl('no_date')) + '</div>' +
      '</td><td>' + (col('region', i) ? api.regionName(col('region', i)) : tl('whole_country')) + '</td><td>' + (c == null ? '' : api.money(c)) + '</td><td>' +
      api.period(col('due', i), col('due_year', i)) + '</td><td>' + (col('deadline_passed', i) ? api.lateIcon('inline') + x('yes') : '') + '</td><td>' +
      (p == null ? '' : api.num(p) + '%') + '</td></tr>';
  }).join('');
  tableBox.innerHTML = '<div class="ex-table-head"><b>' + x('table') + '</b> ' +
    (rows.length > TABLE_ROWS ? x('first_rows').replace('{n}', TABLE_ROWS).replace('{total}', rows.length) : rows.length) +
    '<button type="button" class="ex-table-close" aria-label="×">×</button></div>' +
    '<div class="ex-table-scroll"><table><thead><tr>' + head + '</tr></thead><tbody>' + body + '</tbody></table></div>';
}
tableBox.addEventListener('click', function (e) {
  var sort = e.target.closest('[data-sort]');
  if (sort) {
    var key = sort.getAttribute('data-sort');
    sortBy = {key: key, dir: sortBy.key === key ? -sortBy.dir : (key === 'name' || key === 'region' ? 1 : -1)};
    renderTable();
    return;
  }
  if (e.target.closest('.ex-table-close')) { tableBox.style.display = 'none'; return; }
  var tr = e.target.closest('tr[data-i]');
  if (tr) show(+tr.getAttribute('data-i'));
});
tableBox.addEventListener('keydown', function (e) {
  var tr = e.target.closest('tr[data-i]');
  if (tr && e.key === 'Enter') show(+tr.getAttribute('data-i'));
});

// Export what is shown: CSV for spreadsheets (one row per project, or every
// report), GeoJSON for QGIS, with OC4IDS codes and, in the GeoJSON, the
// project's sources as OC4IDS documents.
var EXPORT = EXPLORER.exportColumns, PROJECT = EXPLORER.projectColumns;
function oc4ids(out, status, work) {
  var s = cfg.statuses[status] || {};
  out.oc4ids_projectStatus = s.oc4ids || '';
  // OC4IDS has no code for a halted project: it stays "implementation", and the note says why.
  out.oc4ids_statusNote = s.oc4ids_note || '';
  var first = String(work || '').split('+')[0];
  out.oc4ids_projectType = (cfg.works[first] || {}).oc4ids || '';
  out.oc4ids_sector = 'health';
  return out;
}
// The column list with the names of the region and district (in the page's language) after their codes.
function withNames(names) {
  var out = [];
  names.forEach(function (n) { out.push(n); if (n === 'region' || n === 'district') out.push(n + '_name'); });
  return out;
}
function named(out) {
  out.region_name = out.region ? api.regionName(out.region, true) : '';
  out.district_name = out.district ? api.districtName(out.district) : '';
  return out;
}
function exportRows() {
  return api.visible().map(function (i) {
    var out = {};
    EXPORT.concat(PROJECT).forEach(function (c) { out[c] = col(c, i); });
    // The page names a project only where it differs from its report's id.
    out.project = out.project || out.id;
    out.deadline_passed = !!out.deadline_passed;
    out.reports = out.reports || 1;
    out.lat = api.data.facilities.lat[i];
    out.lon = api.data.facilities.lon[i];
    return oc4ids(named(out), col('status', i), col('work', i));
  });
}
// Every report of the projects shown, oldest first: a project of one report is its own row.
function reportRows() {
  var out = [];
  api.visible().forEach(function (i) {
    var rows = api.historyOf[i];
    if (!rows) {
      var one = {project: col('project', i) || col('id', i), report_date: col('status_as_of', i)};
      EXPORT.forEach(function (c) { one[c] = col(c, i); });
      out.push(oc4ids(named(one), col('status', i), col('work', i)));
      return;
    }
    rows.slice().reverse().forEach(function (r) {
      var rep = {project: col('project', i), report_date: api.hcol('report_date', r)};
      EXPORT.forEach(function (c) { rep[c] = api.hcol(c, r); });
      out.push(oc4ids(named(rep), rep.status, rep.work));
    });
  });
  return out;
}
// The articles a project was followed in, as OC4IDS documents.
function documents(i) {
  var seen = {}, docs = [];
  var add = function (source, url, date) {
    if (!source || seen[source]) return;
    seen[source] = true;
    var src = api.data.sources[source] || {};
    var doc = {id: source, title: src.outlet || source, url: url || src.url || undefined, language: src.language || undefined};
    // OC4IDS wants a full date; an article dated only by its year or month says so in the description.
    if (/^\d{4}-\d{2}-\d{2}$/.test(date || '')) doc.datePublished = date + 'T00:00:00Z';
    doc.description = 'News report' + (date ? ', ' + date : ', date not stated') + (src.note_en ? '. ' + src.note_en : '');
    docs.push(doc);
  };
  var rows = api.historyOf[i];
  if (rows) rows.forEach(function (r) { add(api.hcol('source', r), api.hcol('source_url', r), api.hcol('report_date', r)); });
  else add(col('source', i), col('source_url', i), col('status_as_of', i));
  return docs;
}
function download(name, type, text) {
  var a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], {type: type}));
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
}
function csvField(v) {
  var s = v == null ? '' : String(v);
  // A leading = + - @, tab or CR would run as a formula in a spreadsheet (OWASP CSV injection):
  // only a value that is a plain number keeps its sign, «-2+3+cmd|...» does not.
  if (typeof v !== 'number' && /^[=+\-@\t\r]/.test(s) && !/^[+-]?\d+([.,]\d+)?$/.test(s)) s = "'" + s;
  return '"' + s.replace(/"/g, '""') + '"';
}
function toCsv(names, rows) {
  var lines = [names.join(',')].concat(rows.map(function (r) { return names.map(function (n) { return csvField(r[n]); }).join(','); }));
  // The BOM makes Excel read the file as UTF-8.
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
var OC4IDS = ['oc4ids_projectStatus', 'oc4ids_statusNote', 'oc4ids_projectType', 'oc4ids_sector'];
function exportCsv() {
  if (!api.allReady()) { api.whenAll(exportCsv); return; }
  var names = ['project'].concat(withNames(EXPORT), PROJECT.slice(1), ['lat', 'lon'], OC4IDS);
  download('projects-filtered.csv', 'text/csv;charset=utf-8', toCsv(names, exportRows()));
}
function exportReportsCsv() {
  if (!api.allReady()) { api.whenAll(exportReportsCsv); return; }
  var names = ['project', 'report_date'].concat(withNames(EXPORT), OC4IDS);
  download('reports-filtered.csv', 'text/csv;charset=utf-8', toCsv(names, reportRows()));
}
function exportGeojson() {
  if (!api.allReady()) { api.whenAll(exportGeojson); return; }
  var shown = api.visible();
  var features = exportRows().map(function (r, k) {
    var props = Object.assign({}, r);
    delete props.lat; delete props.lon;
    props.documents = documents(shown[k]);
    return {type: 'Feature', properties: props, geometry: {type: 'Point', coordinates: [r.lon, r.lat]}};
  });
  download('projects-filtered.geojson', 'application/geo+json', JSON.stringify({type: 'FeatureCollection', features: features}));
}

// The page this embedded one comes from, at the same view, without «embed».
function fullMapAddress() {
  var p = new URLSearchParams(location.hash.slice(1));
  p.delete('embed');
  return location.pathname.split('/').pop() + '#' + p.toString();
}
// The view, filters, language and open project live in the address (#…), so a link shows what you see.
function projectKey(i) { return col('project', i) || col('id', i); }
var byKey = null;
function projectRow(key) {
  if (!byKey) {
    byKey = new Map();
    for (var i = 0; i < api.count; i++) byKey.set(projectKey(i), i);
  }
  return byKey.has(key) ? byKey.get(key) : null;
}
var applying = false, embedded = false;
function writeHash() {
  if (applying) return;
  var c = map.getCenter(), f = api.filters, p = new URLSearchParams();
  p.set('map', map.getZoom() + '/' + c.lat.toFixed(4) + '/' + c.lng.toFixed(4));
  var off = function (type) { return Object.keys(api.shown[type]).filter(function (k) { return !api.shown[type][k]; }); };
  if (off('status').length) p.set('hide_status', off('status').join(','));
  if (off('kind').length) p.set('hide_kind', off('kind').join(','));
  if (f.region) p.set('region', f.region);
  if (f.year) p.set('year', f.year);
  if (f.until != null) p.set('until', f.until);
  if (f.late) p.set('late', '1');
  if (api.lang() !== 'ru') p.set('lang', api.lang());
  if (embedded) p.set('embed', '1');
  var open = api.opened();
  if (open != null) p.set('p', projectKey(open));
  var hash = '#' + p.toString();
  if (location.hash !== hash) history.replaceState(null, '', hash);
}
// Apply the address: filters first, then language, view and open project.  Everything is
// checked against the page's own keys and ranges: a hand-edited or hostile link
// («#lang=__proto__», «#map=5/1e308/1e308») is ignored where it is wrong, never trusted.
function readHash() {
  var own = api.own, p = new URLSearchParams(location.hash.slice(1));
  applying = true;
  // Only a change of filters redraws the markers (100,000 of them take a quarter of a second).
  var before = JSON.stringify([api.filters, api.shown]);
  ['status', 'kind'].forEach(function (type) {
    var hide = (p.get('hide_' + type) || '').split(',');
    Object.keys(api.facets[type]).forEach(function (k) {
      var off = hide.indexOf(k) >= 0;
      if (off === !api.shown[type][k]) return;
      api.shown[type][k] = !off;
      if (off) map.removeLayer(api.facets[type][k]); else map.addLayer(api.facets[type][k]);
    });
  });
  var f = api.filters;
  f.region = own(api.data.regionNames, p.get('region')) ? p.get('region') : '';
  var year = p.get('year');
  f.year = year === 'none' || (year && YEARS.indexOf(+year) >= 0) ? year : '';
  var until = p.get('until') === null ? NaN : +p.get('until');
  f.until = YEARS.length && until >= YEARS[0] && until <= YEARS[YEARS.length - 1] ? Math.round(until) : null;
  f.late = p.get('late') === '1' && LATE > 0;
  // «#embed=1»: the compact page for an <iframe> in an article.
  embedded = p.get('embed') === '1';
  document.body.classList.toggle('embed', embedded);
  if (embedded) { root.classList.add('folded'); api.foldLegend(); }
  var code = own(cfg.languages, p.get('lang')) ? p.get('lang') : 'ru';
  if (code !== api.lang()) api.setLang(code);
  if (JSON.stringify([api.filters, api.shown]) !== before) api.refresh();
  var view = (p.get('map') || '').split('/').map(Number);
  var hasView = view.length === 3 && view[0] >= 0 && view[0] <= 17 && Math.abs(view[1]) <= 90 && Math.abs(view[2]) <= 180;
  if (hasView) map.setView([view[1], view[2]], Math.round(view[0]), {animate: false});
  var key = p.get('p');
  applying = false;
  if (key !== null) {
    // The project is found by its key, which is text: once the text is in.
    api.whenText(function () {
      var open = projectRow(key);
      if (open != null) api.open(open, {keepView: hasView});
    });
  } else if (api.opened() != null) map.closePopup();
  return hasView || key !== null;
}
window.addEventListener('hashchange', function () { readHash(); render(); writeHash(); });

// Choosing a region shows the whole region, clear of the panel and the table.
function fitRegion(pcode) {
  var layer = null;
  api.regionLayer.eachLayer(function (l) { if (l.feature.properties.pcode === pcode) layer = l; });
  if (!layer) return;
  var c = api.covered();
  map.fitBounds(layer.getBounds(), {paddingTopLeft: [c.topLeft[0] + 10, 10], paddingBottomRight: [10, c.bottomRight[1] + 10], animate: false});
}
// Every filter back to showing everything.
function resetFilters() {
  ['status', 'kind'].forEach(function (type) {
    Object.keys(api.facets[type]).forEach(function (k) {
      if (!api.shown[type][k]) { api.shown[type][k] = true; map.addLayer(api.facets[type][k]); }
    });
  });
  Object.assign(api.filters, {region: '', year: '', until: null, late: false});
  api.refresh();
}

// Opening a project keeps it clear of the panel and the table; on a phone the panel folds away first.
api.setCovered(function () {
  var out = {topLeft: [0, 0], bottomRight: [0, 0]};
  if (root && !root.classList.contains('folded') && window.innerWidth >= 700) out.topLeft = [root.offsetWidth + 20, 0];
  // On a phone the folded panel is a bar across the top.
  else if (root) out.topLeft = [0, root.getBoundingClientRect().bottom - map.getContainer().getBoundingClientRect().top + 10];
  if (tableBox.style.display !== 'none') out.bottomRight = [0, tableBox.offsetHeight + 30];
  return out;
});
function show(i) {
  if (window.innerWidth < 700) root.classList.add('folded');
  api.open(i);
}

// The search's answer: the best projects shown, how many more there are, and those the filters hide.
var RESULTS = 12, showHidden = false;
function resultItem(hidden) {
  return function (i) {
    return '<li data-i="' + i + '" tabindex="0"' + (hidden ? ' class="hidden-result"' : '') + '>' + api.inLang(api.name(i), 'b') + '<br>' +
      api.inLang(api.placeName(i), 'span', 'muted') + (hidden ? ' <span class="tag">' + x('hidden_tag') + '</span>' : '') + '</li>';
  };
}
function showResults() {
  var box = root.querySelector('.ex-search'), list = root.querySelector('.ex-results'), info = root.querySelector('.ex-found');
  if (!box || !list) return;
  if (!api.textReady()) { api.whenText(showResults); return; }
  var found = search(box.value), asked = queryWords(box.value).length > 0;
  var items = found.shown.slice(0, RESULTS).map(resultItem(false));
  if (showHidden) items = items.concat(found.hidden.slice(0, RESULTS).map(resultItem(true)));
  list.innerHTML = items.join('');
  var lines = [];
  if (asked && !found.all.length) lines.push(x('nothing'));
  else if (found.shown.length > RESULTS) lines.push(x('n_of').replace('{n}', RESULTS).replace('{total}', api.num(found.shown.length)));
  if (found.hidden.length) {
    lines.push('<button type="button" class="ex-show-hidden" aria-expanded="' + showHidden + '">' +
      x('hidden_count').replace('{n}', api.num(found.hidden.length)) + ' — ' + x(showHidden ? 'hide_them' : 'show_them') + '</button>');
  }
  info.innerHTML = lines.join(' ');
}

// Wiring.
root.addEventListener('click', function (e) {
  var el = e.target;
  if (el.closest('.ex-toggle')) { root.classList.toggle('folded'); return; }
  if (el.dataset.lang) { api.setLang(el.dataset.lang); return; }
  if (el.closest('.ex-table-toggle')) {
    tableBox.style.display = tableBox.style.display === 'none' ? 'block' : 'none';
    if (tableBox.style.display === 'block') renderTable();
    return;
  }
  if (el.closest('.ex-csv')) { exportCsv(); return; }
  if (el.closest('.ex-csv-reports')) { exportReportsCsv(); return; }
  if (el.closest('.ex-geojson')) { exportGeojson(); return; }
  if (el.closest('.ex-link')) {
    writeHash();
    if (navigator.clipboard) navigator.clipboard.writeText(location.href).catch(function () {});
    el.textContent = x('link_copied');
    return;
  }
  if (el.closest('.ex-show-hidden')) { showHidden = !showHidden; showResults(); return; }
  var hit = el.closest('.ex-results li[data-i]');
  if (hit) { show(+hit.getAttribute('data-i')); return; }
  if (el.closest('.ex-reset')) { resetFilters(); return; }
  var regionRow = el.closest('tr[data-region]');
  if (regionRow) {
    api.filters.region = regionRow.getAttribute('data-region'); api.refresh(); render();
    fitRegion(api.filters.region);
  }
});
root.addEventListener('change', function (e) {
  var el = e.target;
  if (el.dataset.facet) {
    var group = api.facets[el.dataset.facet][el.value];
    if (el.checked) map.addLayer(group); else map.removeLayer(group);  // the layer control follows
  } else if (el.classList.contains('ex-region')) {
    api.filters.region = el.value; api.refresh();
    fitRegion(el.value);
  } else if (el.classList.contains('ex-year')) {
    api.filters.year = el.value; api.refresh();
  } else if (el.classList.contains('ex-late-only')) {
    api.filters.late = el.checked; api.refresh();
  }
});
root.addEventListener('input', function (e) {
  var el = e.target;
  if (el.classList.contains('ex-range')) {
    var v = +el.value;
    api.filters.until = v > YEARS[YEARS.length - 1] ? null : v;
    root.querySelector('.ex-until').textContent = api.filters.until == null ? x('any_year') : v;
    api.refresh();
  } else if (el.classList.contains('ex-search')) {
    showHidden = false;
    showResults();
  }
});
root.addEventListener('keydown', function (e) {
  if (e.key !== 'Enter') return;
  if (e.target.classList.contains('ex-search')) {
    var first = root.querySelector('.ex-results li[data-i]');
    if (first) show(+first.getAttribute('data-i'));
  } else if (e.target.closest('.ex-results li[data-i]')) {
    show(+e.target.closest('li').getAttribute('data-i'));
  }
});

// On a laptop screen the filter list starts folded; the summary stays in view.
var filtersOpen = window.innerHeight >= 900;
var rendering = false;
api.onChange(function () {
  // Checkboxes and selects follow the layer control and the language.
  if (rendering) return;
  rendering = true;
  var query = root.querySelector('.ex-search');
  var text = query ? query.value : '';
  filtersOpen = root.querySelector('.ex-filters') ? root.querySelector('.ex-filters').open : filtersOpen;
  render();
  root.querySelector('.ex-search').value = text;
  if (text) showResults();
  rendering = false;
  writeHash();
});
map.on('moveend', writeHash);

render();
if (!readHash()) api.fit();  // the first view, now that the panel is drawn: clear of it and of the legend
writeHash();
map.on('popupopen popupclose', function () { setTimeout(writeHash, 0); });
window.facilityExplorer = {search: search, words: words, queryWords: queryWords, labels: T, indexed: function () { return !!index; }, renderTable: renderTable, fold: fold, exportRows: exportRows, reportRows: reportRows, documents: documents};

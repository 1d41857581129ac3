// Markers, popups, filters, legend, layer control and the basemap, all made
// in the browser from DATA (records embedded once).  Owned by
// geo.page.FacilityLayer; geo.explorer.Explorer builds its panel on the
// API this script leaves on the map (map.facilities).
var cfg = DATA.config;
var F = DATA.facilities;
var count = F.id.length;
var STATUS = cfg.statuses, KIND = cfg.kinds;
var lang = 'ru';
var api = {loaded: false};  // filled at the end; the cluster reports progress into it

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

function shape(kind, fill) {
  return '<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true"><path d="' +
    cfg.shapes[KIND[kind].shape] + '" fill="' + fill + '" stroke="#fff" stroke-width="1.6"/></svg>';
}

// One icon object for each kind and status: thousands of markers share them.
var icons = {};
function icon(kind, status) {
  var key = kind + '|' + status;
  if (!icons[key]) {
    icons[key] = L.divIcon({
      className: 'fac-icon fac-' + status,
      html: shape(kind, STATUS[status].color),
      iconSize: [22, 22], iconAnchor: [11, 11], popupAnchor: [0, -9], tooltipAnchor: [10, 0]
    });
  }
  return icons[key];
}

function row(key, html) {
  return html ? '<tr><th>' + tl(key) + '</th><td>' + html + '</td></tr>' : '';
}

function regionName(pcode) {
  var r = DATA.regionNames[pcode];
  return r ? t(r) : '';
}

function popupHtml(i) {
  var kind = col('kind', i), status = col('status', i), work = col('work', i);
  var precision = col('precision', i), radius = col('radius_m', i), source = col('source', i);
  var src = DATA.sources[source] || {};
  var url = col('source_url', i), published = col('published', i) || src.published;
  var fig = function (name, unit) {
    var v = col(name, i);
    return v == null ? '' : (unit === '₸' ? money(v) : num(v) + (unit ? ' ' + unit : ''));
  };
  var progress = col('progress_pct', i);
  var approx = t(cfg.precisions[precision]) + (radius ? ', ' + distance(radius) : '') +
    '<div class="muted">' + tl('stands_for') + ': ' + esc(col('place_name', i)) + '</div>';
  var unmatched = col('place_unmatched', i);
  if (unmatched) approx += '<div class="muted">' + tl('unmatched') + ': ' + esc(unmatched) + '</div>';
  var district = col('district', i) && districtNames[col('district', i)];
  return '<div class="fac-popup">' +
    '<h3>' + esc(col('name', i)) + '</h3>' +
    (col('name_en', i) ? '<div class="name-en">' + esc(col('name_en', i)) + '</div>' : '') +
    '<div class="badge" style="background:' + STATUS[status].color + '">' + t(STATUS[status]) + '</div>' +
    '<table>' +
    row('kind', t(KIND[kind])) +
    row('work', work ? t(cfg.works[work]) : '') +
    row('place', esc(col('place', i))) +
    row('precision', approx) +
    row('district', district ? t(district) : '') +
    row('region', regionName(col('region', i))) +
    row('cost', fig('cost_kzt', '₸')) +
    row('funding', fig('funding_kzt', '₸')) +
    row('cofinancing', fig('cofinancing_kzt', '₸')) +
    row('beds', fig('beds')) +
    row('visits', fig('visits_per_shift')) +
    row('floors', fig('floors')) +
    row('area', fig('area_m2', (cfg.units[lang] || cfg.units.ru).sqm)) +
    row('progress', progress == null ? '' : '<span class="bar"><span style="width:' + Math.max(0, Math.min(100, progress)) + '%"></span></span> ' + num(progress) + '%') +
    row('start', esc(col('start', i))) +
    row('due', esc(col('due', i))) +
    '</table><div class="source"><b>' + tl('source') + ':</b> ' + esc(src.outlet || source) +
    ', ' + (published ? esc(published) : tl('no_date')) +
    (/^https?:\/\//i.test(url || '') ? ' — <a href="' + esc(url) + '" target="_blank" rel="noopener noreferrer">' + tl('article') + '</a>' : '') +
    (col('quote', i) ? '<blockquote>«' + esc(col('quote', i)) + '»</blockquote>' : '') +
    '<div class="muted">' + esc(source) + ' · id ' + esc(col('id', i)) + '</div></div></div>';
}

var loaded = false;
var cluster = L.markerClusterGroup({
  chunkedLoading: true, maxClusterRadius: 45, spiderfyDistanceMultiplier: 1.4,
  showCoverageOnHover: false,
  chunkProgress: function (done, total) { loaded = done === total; api.loaded = loaded; }
});
// Markers carry only their index: popups and tooltips are made when needed,
// one at a time, so 100,000 markers cost no more than their positions.
var markers = new Array(count);
for (var i = 0; i < count; i++) {
  var m = L.marker([F.lat[i], F.lon[i]], {icon: icon(col('kind', i), col('status', i))});
  m.facility = i;
  markers[i] = m;
}
var popup = L.popup({maxWidth: 340, minWidth: 240, autoPanPadding: [20, 20]});
var tooltip = L.tooltip({direction: 'right', offset: [10, 0]});
var popupOwner = null;
function openMarker(m) {
  if (popupOwner && popupOwner !== m) popupOwner.unbindPopup();
  popupOwner = m;
  popup.setContent(popupHtml(m.facility));
  m.bindPopup(popup).openPopup();
}
// Show facility i: out of its cluster, popup open.
function openFacility(i) {
  cluster.zoomToShowLayer(markers[i], function () { openMarker(markers[i]); });
}
cluster.on('click', function (e) { openMarker(e.layer); });
cluster.on('keypress', function (e) {
  if (e.originalEvent.key === 'Enter' || e.originalEvent.key === ' ') openMarker(e.layer);
});
cluster.on('mouseover', function (e) {
  tooltip.setContent(esc(col('name', e.layer.facility))).setLatLng(e.layer.getLatLng());
  map.openTooltip(tooltip);
});
cluster.on('mouseout', function () { map.closeTooltip(tooltip); });

// The circle that shows how approximate the open facility's position is.
var uncertainty = null;
map.on('popupopen', function (e) {
  var m = e.popup._source;
  if (!m || m.facility == null) return;
  var r = col('radius_m', m.facility);
  if (r && r <= 50000) {
    uncertainty = L.circle(m.getLatLng(), {radius: r, color: '#444', weight: 1, dashArray: '4 4', fillOpacity: 0.06, interactive: false}).addTo(map);
  }
});
map.on('popupclose', function () { if (uncertainty) { map.removeLayer(uncertainty); uncertainty = null; } });

// Filters.  Statuses and kinds are overlays of the layer control (empty
// groups that stand for them); region, due year and "opening by" come from
// the explorer panel.  Everything on the page follows refresh().
var shown = {status: {}, kind: {}};
var facets = {status: {}, kind: {}};
var filters = {region: '', year: '', until: null};
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
  var due = col('due_year', i);
  if (filters.year === 'none' ? due != null : filters.year && due !== +filters.year) return false;
  if (filters.until != null && (due == null || due > filters.until)) return false;
  return true;
}

var listeners = [];
var visible = [];
var regionCounts = {}, districtCounts = {};
function refresh() {
  visible = [];
  regionCounts = {};
  districtCounts = {};
  var layers = [];
  for (var i = 0; i < count; i++) {
    if (!passes(i)) continue;
    visible.push(i);
    layers.push(markers[i]);
    var r = col('region', i), d = col('district', i);
    regionCounts[r] = (regionCounts[r] || 0) + 1;
    if (d) districtCounts[d] = (districtCounts[d] || 0) + 1;
  }
  cluster.clearLayers();
  cluster.addLayers(layers);
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
    return '<div class="note-place"><b>' + esc(g.name) + '</b> <span class="muted">(' + t(cfg.precisions[g.precision]) + ')</span></div>' +
      g.items.map(function (n) {
        var src = DATA.sources[n.source] || {};
        var text = lang === 'en' && n.text_en ? n.text_en : n.text;
        return '<p>' + esc(text) +
          '<br><span class="muted">' + esc(src.outlet || n.source) + (src.published ? ', ' + esc(src.published) : '') +
          (/^https?:\/\//i.test(src.url || '') ? ' — <a href="' + esc(src.url) + '" target="_blank" rel="noopener noreferrer">' + tl('article') + '</a>' : '') +
          '</span></p>';
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
// Zoomed into a city, the shading of its region would tint the whole screen.
function regionOpacity() { return map.getZoom() >= 9 ? 0.12 : 0.45; }
map.on('zoomend', function () { regionLayer.setStyle({fillOpacity: regionOpacity()}); });
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
    return '<span class="shade"><i style="background:' + SHADES[k] + '"></i>' + num(b) + (next ? (next - 1 > b ? '–' + num(next - 1) : '') : '+') + '</span>';
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
listeners.push(function () {
  districtLayer.eachLayer(function (l) { l.setTooltipContent(districtLabel(l.feature)); });
});
function showDistrictLabels() { map.getContainer().classList.toggle('district-labels', map.getZoom() >= 10); }
map.on('zoomend', showDistrictLabels);
showDistrictLabels();

var cities = L.layerGroup(DATA.cities.map(function (c) {
  return L.marker([c[1], c[2]], {
    pane: 'labels', interactive: false, keyboard: false,
    icon: L.divIcon({className: 'city-label', html: '<span>' + esc(c[0]) + '</span>', iconSize: null, iconAnchor: [-4, 8]})
  });
})).addTo(map);

var notesLayer = L.layerGroup(DATA.notes.map(function (g) {
  return L.marker([g.lat, g.lon], {
    icon: L.divIcon({className: 'note-icon', html: 'i', iconSize: [18, 18], iconAnchor: [9, 9]}),
    title: g.name
  }).bindPopup(function () { return '<div class="fac-popup"><h3>' + tl('notes') + '</h3>' + notesHtml([g]) + '</div>'; }, {maxWidth: 340})
    .bindTooltip(function () { return tl('notes') + ': ' + esc(g.name); });
})).addTo(map);

// Tiles need a network; say so once, instead of leaving a blank grey map.
var offlineNote = null;
tiles.on('tileerror', function () {
  if (offlineNote) return;
  offlineNote = L.control({position: small ? 'bottomleft' : 'topright'});
  offlineNote.onAdd = function () {
    var d = L.DomUtil.create('div', 'offline-note');
    d.innerHTML = tl('offline');
    return d;
  };
  offlineNote.addTo(map);
});

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
    overlays['<span class="swatch" style="background:' + STATUS[s].color + '"></span>' + t(STATUS[s]) + ' (' + statusCount[s] + ')'] = facets.status[s];
  });
  Object.keys(facets.kind).forEach(function (k) {
    overlays[shape(k, '#666') + t(KIND[k]) + ' (' + kindCount[k] + ')'] = facets.kind[k];
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
function legendHtml() {
  var html = '<button type="button" class="legend-toggle">' + tl('legend') + '</button><div class="legend-body">' +
    '<div class="legend-title">' + tl('status') + '</div>';
  Object.keys(STATUS).forEach(function (s) {
    html += '<div><span class="swatch" style="background:' + STATUS[s].color + '"></span>' + t(STATUS[s]) + '</div>';
  });
  html += '<div class="legend-title">' + tl('kind') + '</div><div class="kinds">';
  Object.keys(KIND).forEach(function (k) {
    if (kindCount[k]) html += '<div>' + shape(k, '#666') + t(KIND[k]) + '</div>';
  });
  html += '</div><div class="choropleth">' + choroplethLegend() + '</div>' +
    '<div class="legend-note">' + tl('precision_note') + '</div>' +
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

function own(object, key) { return key != null && Object.prototype.hasOwnProperty.call(object, key); }
function setLang(code) {
  if (!own(cfg.languages, code)) return;
  lang = code;
  document.documentElement.lang = code;
  buildLayerControl();
  legendDiv.innerHTML = legendHtml();
  if (offlineNote) offlineNote.getContainer().innerHTML = tl('offline');
  if (popupOwner && popup.isOpen()) popup.setContent(popupHtml(popupOwner.facility));
  listeners.forEach(function (f) { f(visible); });
}

buildLayerControl();
legend.addTo(map);
map.addLayer(cluster);
refresh();

Object.assign(api, {
  map: map, cluster: cluster, markers: markers, count: count, col: col, esc: esc, t: t, tl: tl,
  money: money, num: num, counted: counted, cfg: cfg, own: own, data: DATA, loaded: loaded || api.loaded, shown: shown, facets: facets,
  filters: filters, refresh: refresh, open: openFacility, setLang: setLang, regionName: regionName,
  lang: function () { return lang; },
  visible: function () { return visible; },
  onChange: function (f) { listeners.push(f); },
  fit: function () {
    if (count) map.fitBounds(L.latLngBounds(markers.map(function (m) { return m.getLatLng(); })), {padding: [24, 24], maxZoom: 13});
  }
});
map.facilities = api;
window.facilityMap = api;
api.fit();

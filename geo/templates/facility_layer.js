// Markers, popups, legend and layer control, all made in the browser from
// DATA (records embedded once).  Owned by geo.page.FacilityLayer.
var cfg = DATA.config;
var F = DATA.facilities;
var count = F.id.length;
var STATUS = cfg.statuses, KIND = cfg.kinds;

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

function both(labels) {
  return labels.ru === labels.en ? esc(labels.ru) : esc(labels.ru) + ' <span class="en">/ ' + esc(labels.en) + '</span>';
}

function num(x) {
  var parts = (Math.round(x * 100) / 100).toString().split('.');
  parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return parts.join(',');
}

function money(x) {
  if (x >= 1e9) return num(x / 1e9) + ' млрд ₸';
  if (x >= 1e6) return num(x / 1e6) + ' млн ₸';
  return num(x) + ' ₸';
}

function distance(m) {
  return m >= 1000 ? '±' + num(m / 1000) + ' км / km' : '±' + num(m) + ' м / m';
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

function row(label, html) {
  return html ? '<tr><th>' + both(label) + '</th><td>' + html + '</td></tr>' : '';
}

function popupHtml(i) {
  var L_ = cfg.labels, kind = col('kind', i), status = col('status', i), work = col('work', i);
  var precision = col('precision', i), radius = col('radius_m', i), source = col('source', i);
  var src = DATA.sources[source] || {};
  var url = col('source_url', i), published = col('published', i) || src.published;
  var fig = function (name, unit) {
    var v = col(name, i);
    return v == null ? '' : (unit === '₸' ? money(v) : num(v) + (unit ? ' ' + unit : ''));
  };
  var progress = col('progress_pct', i);
  var where = esc(col('place', i));
  var approx = both(cfg.precisions[precision]) + (radius ? ', ' + distance(radius) : '') +
    '<div class="muted">' + both(L_.stands_for) + ': ' + esc(col('place_name', i)) + '</div>';
  var unmatched = col('place_unmatched', i);
  if (unmatched) approx += '<div class="muted">' + both(L_.unmatched) + ': ' + esc(unmatched) + '</div>';
  var region = DATA.regionNames[col('region', i)];
  var html = '<div class="fac-popup">' +
    '<h3>' + esc(col('name', i)) + '</h3>' +
    (col('name_en', i) ? '<div class="name-en">' + esc(col('name_en', i)) + '</div>' : '') +
    '<div class="badge" style="background:' + STATUS[status].color + '">' + both(STATUS[status]) + '</div>' +
    '<table>' +
    row(L_.kind, both(KIND[kind])) +
    row(L_.work, work ? both(cfg.works[work]) : '') +
    row(L_.place, where) +
    row(L_.precision, approx) +
    row(L_.region, region ? both(region) : '') +
    row(L_.cost, fig('cost_kzt', '₸')) +
    row(L_.funding, fig('funding_kzt', '₸')) +
    row(L_.cofinancing, fig('cofinancing_kzt', '₸')) +
    row(L_.beds, fig('beds')) +
    row(L_.visits, fig('visits_per_shift')) +
    row(L_.floors, fig('floors')) +
    row(L_.area, fig('area_m2', 'м²')) +
    row(L_.progress, progress == null ? '' : '<span class="bar"><span style="width:' + Math.max(0, Math.min(100, progress)) + '%"></span></span> ' + num(progress) + '%') +
    row(L_.start, esc(col('start', i))) +
    row(L_.due, esc(col('due', i))) +
    '</table><div class="source"><b>' + both(L_.source) + ':</b> ' + esc(src.outlet || source) +
    ', ' + (published ? esc(published) : both(L_.no_date)) +
    (/^https?:\/\//i.test(url || '') ? ' — <a href="' + esc(url) + '" target="_blank" rel="noopener noreferrer">' + both(L_.article) + '</a>' : '') +
    (col('quote', i) ? '<blockquote>«' + esc(col('quote', i)) + '»</blockquote>' : '') +
    '<div class="muted">' + esc(source) + ' · id ' + esc(col('id', i)) + '</div></div></div>';
  return html;
}

var loaded = false;
var cluster = L.markerClusterGroup({
  chunkedLoading: true, maxClusterRadius: 45, spiderfyDistanceMultiplier: 1.4,
  showCoverageOnHover: false,
  chunkProgress: function (done, total) { loaded = done === total; if (window.facilityMap) window.facilityMap.loaded = loaded; }
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
function openFacility(m) {
  if (popupOwner && popupOwner !== m) popupOwner.unbindPopup();
  popupOwner = m;
  popup.setContent(popupHtml(m.facility));
  m.bindPopup(popup).openPopup();
}
cluster.on('click', function (e) { openFacility(e.layer); });
cluster.on('keypress', function (e) {
  if (e.originalEvent.key === 'Enter' || e.originalEvent.key === ' ') openFacility(e.layer);
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

// Which statuses and kinds are shown: the layer control's overlays are
// empty groups that stand for them.
var shown = {status: {}, kind: {}};
var overlays = {};
function facet(type, code, label) {
  var group = L.layerGroup();
  group.facet = [type, code];
  shown[type][code] = true;
  overlays[label] = group;
  group.addTo(map);
}
var statusCount = {}, kindCount = {};
for (var j = 0; j < count; j++) {
  statusCount[col('status', j)] = (statusCount[col('status', j)] || 0) + 1;
  kindCount[col('kind', j)] = (kindCount[col('kind', j)] || 0) + 1;
}
Object.keys(STATUS).forEach(function (s) {
  if (statusCount[s]) facet('status', s, '<span class="swatch" style="background:' + STATUS[s].color + '"></span>' + both(STATUS[s]) + ' (' + statusCount[s] + ')');
});
Object.keys(KIND).forEach(function (k) {
  if (kindCount[k]) facet('kind', k, shape(k, '#666') + both(KIND[k]) + ' (' + kindCount[k] + ')');
});

var regionCounts = {};
function refresh() {
  var visible = [];
  regionCounts = {};
  for (var i = 0; i < count; i++) {
    if (shown.status[col('status', i)] && shown.kind[col('kind', i)]) {
      visible.push(markers[i]);
      var r = col('region', i);
      regionCounts[r] = (regionCounts[r] || 0) + 1;
    }
  }
  cluster.clearLayers();
  cluster.addLayers(visible);
  if (regionLayer) regionLayer.eachLayer(function (l) { l.setTooltipContent(regionTooltip(l.feature)); });
}
map.on('overlayadd overlayremove', function (e) {
  if (!e.layer.facet) return;
  shown[e.layer.facet[0]][e.layer.facet[1]] = e.type === 'overlayadd';
  refresh();
});

// Basemap drawn from shipped data, so the map reads well with no tiles.
map.createPane('regions').style.zIndex = 350;
map.createPane('labels').style.zIndex = 450;
map.getPane('labels').style.pointerEvents = 'none';
function regionTooltip(feature) {
  var n = regionCounts[feature.properties.pcode] || 0;
  return '<b>' + both(DATA.regionNames[feature.properties.pcode]) + '</b><br>' + n + ' ' + both(cfg.labels.projects);
}
var notesByRegion = {};
DATA.notes.forEach(function (group) {
  (notesByRegion[group.region] = notesByRegion[group.region] || []).push(group);
});
function notesHtml(groups) {
  return groups.map(function (g) {
    return '<div class="note-place"><b>' + esc(g.name) + '</b> <span class="muted">(' + both(cfg.precisions[g.precision]) + ')</span></div>' +
      g.items.map(function (n) {
        var src = DATA.sources[n.source] || {};
        return '<p>' + esc(n.text) + (n.text_en ? '<br><span class="en">' + esc(n.text_en) + '</span>' : '') +
          '<br><span class="muted">' + esc(src.outlet || n.source) + (src.published ? ', ' + esc(src.published) : '') +
          (/^https?:\/\//i.test(src.url || '') ? ' — <a href="' + esc(src.url) + '" target="_blank" rel="noopener noreferrer">' + both(cfg.labels.article) + '</a>' : '') +
          '</span></p>';
      }).join('');
  }).join('');
}
var regionLayer = L.geoJSON(DATA.regions, {
  pane: 'regions',
  style: {color: '#5b6770', weight: 1, fillColor: '#f4f1ea', fillOpacity: 0.35},
  onEachFeature: function (feature, layer) {
    layer.bindTooltip(function () { return regionTooltip(feature); }, {sticky: true});
    layer.bindPopup(function () {
      var notes = notesByRegion[feature.properties.pcode];
      return '<div class="fac-popup">' + regionTooltip(feature) + (notes ? '<hr>' + notesHtml(notes) : '') + '</div>';
    }, {maxWidth: 340});
  }
}).addTo(map);
L.geoJSON(DATA.country, {pane: 'regions', interactive: false, style: {color: '#333', weight: 2.2, fill: false}}).addTo(map);
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
  }).bindPopup('<div class="fac-popup"><h3>' + both(cfg.labels.notes) + '</h3>' + notesHtml([g]) + '</div>', {maxWidth: 340})
    .bindTooltip(both(cfg.labels.notes) + ': ' + esc(g.name));
})).addTo(map);

// Tiles need a network; say so once, instead of leaving a blank grey map.
var offlineNote = null;
tiles.on('tileerror', function () {
  if (offlineNote) return;
  offlineNote = L.control({position: 'bottomright'});
  offlineNote.onAdd = function () {
    var d = L.DomUtil.create('div', 'offline-note');
    d.innerHTML = both(cfg.labels.offline);
    return d;
  };
  offlineNote.addTo(map);
});

var baseLayers = {};
baseLayers[both(cfg.labels.osm)] = tiles;
baseLayers[both(cfg.labels.no_tiles)] = L.layerGroup();
overlays[both(cfg.labels.regions)] = regionLayer;
overlays[both(cfg.labels.cities)] = cities;
overlays[both(cfg.labels.notes) + ' (' + DATA.notes.length + ')'] = notesLayer;
var small = window.innerWidth < 700;
// On a laptop screen the expanded layer list would cover the map; it opens on hover or tap.
var compact = small || window.innerHeight < 900;
L.control.layers(baseLayers, overlays, {collapsed: compact, position: 'topright'}).addTo(map);

var legend = L.control({position: 'bottomleft'});
legend.onAdd = function () {
  var d = L.DomUtil.create('div', 'legend' + (small ? ' folded' : ''));
  var html = '<button type="button" class="legend-toggle">' + both(cfg.labels.legend) + '</button><div class="legend-body">' +
    '<div class="legend-title">' + both(cfg.labels.status) + '</div>';
  Object.keys(STATUS).forEach(function (s) {
    html += '<div><span class="swatch" style="background:' + STATUS[s].color + '"></span>' + both(STATUS[s]) + '</div>';
  });
  html += '<div class="legend-title">' + both(cfg.labels.kind) + '</div><div class="kinds">';
  Object.keys(KIND).forEach(function (k) {
    if (kindCount[k]) html += '<div>' + shape(k, '#666') + esc(KIND[k].ru) + ' <span class="en">/ ' + esc(KIND[k].en) + '</span></div>';
  });
  html += '</div>';
  html += '<div class="legend-note">' + both(cfg.labels.precision_note) + '</div>' +
    '<div><span class="note-icon inline">i</span>' + both(cfg.labels.notes) + '</div></div>';
  d.innerHTML = html;
  L.DomEvent.disableClickPropagation(d);
  L.DomEvent.disableScrollPropagation(d);
  d.querySelector('.legend-toggle').addEventListener('click', function () {
    d.classList.toggle('folded');
    userFolded = d.classList.contains('folded');
  });
  return d;
};
legend.addTo(map);
// An open popup must never sit under the legend: fold it while one is open.
var userFolded = small;
map.on('popupopen', function () { legend.getContainer().classList.add('folded'); });
map.on('popupclose', function () { legend.getContainer().classList.toggle('folded', userFolded); });

map.addLayer(cluster);
refresh();
if (count) {
  map.fitBounds(L.latLngBounds(markers.map(function (m) { return m.getLatLng(); })), {padding: [24, 24], maxZoom: 13});
}
window.facilityMap = {map: map, cluster: cluster, markers: markers, refresh: refresh, shown: shown, loaded: loaded, open: openFacility};

// The supervision map: grids shaded by the chosen measure (five classes, or the three coverage states),
// located records as points, a popup per grid with its value and a link to its timeline. The grids' shapes,
// their values and the points are three requests, joined here by grid id.
(function () {
  'use strict';
  var element = document.getElementById('supervisionMap');
  if (!element || !window.L) { return; }
  var SHADES = ['#f1f5fb', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];
  var COVERAGE = ['#dc3545', '#ffc107', '#198754'];
  var map = L.map(element, {scrollWheelZoom: false, attributionControl: Boolean(element.dataset.tileUrl)});
  if (element.dataset.tileUrl) {
    L.tileLayer(element.dataset.tileUrl, {maxZoom: 19}).addTo(map);
  }
  function text(value) { var span = document.createElement('span'); span.textContent = value; return span.innerHTML; }

  function json(url) {
    return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (response) {
        if (!response.ok) { throw new Error(url + ': ' + response.status); }
        return response.json();
      });
  }

  // The geometry is cached by the browser (revalidated by its entity tag); the values are small and always fresh.
  Promise.all([json(element.dataset.geometryUrl), json(element.dataset.valuesUrl)])
    .then(function (answers) {
      var features = answers[0].features, values = answers[1];
      var coverage = element.dataset.coverage === 'true', measure = element.dataset.measure;
      function valueOf(feature) { var v = values[feature.properties.id]; return v === undefined ? null : v; }
      var known = features.map(valueOf).filter(function (v) { return v !== null; });
      var max = known.length ? Math.max.apply(null, known) : 0;
      var coverageLabels = (element.dataset.coverageLabels || '').split('|');
      function colour(value) {
        if (value === null) { return '#ffffff'; }
        if (coverage) { return COVERAGE[Math.round(value)]; }
        if (max <= 0) { return SHADES[0]; }
        return SHADES[Math.max(0, Math.min(4, Math.ceil(value / max * 5) - 1))];
      }
      var layer = L.geoJSON(features, {
        style: function (f) {
          return {color: '#0b3d91', weight: 1, fillColor: colour(valueOf(f)), fillOpacity: 0.75};
        },
        onEachFeature: function (f, featureLayer) {
          var p = f.properties, v = valueOf(f);
          var value = v === null ? element.dataset.noValue : (coverage ? coverageLabels[Math.round(v)] : v);
          featureLayer.bindPopup('<strong>' + text(p.name) + '</strong><br>' + text(p.community || '') + '<br>'
            + text(measure) + ': <strong>' + text(String(value)) + '</strong><br><a href="'
            + text(element.dataset.timelineUrl + p.id + '/timeline') + '">' + text(element.dataset.openTimeline) + '</a>');
        }
      }).addTo(map);
      // The view must be set before the points: Leaflet cannot place a circle marker on a map without one.
      if (layer.getLayers().length) { map.fitBounds(layer.getBounds(), {padding: [12, 12]}); }
      else { map.setView([43.85, 125.35], 11); }
      var legend = document.getElementById('mapLegend');
      var parts = [];
      if (coverage) {
        COVERAGE.forEach(function (c, i) { parts.push('<span class="gw-swatch" data-colour="' + c + '"></span> ' + text(coverageLabels[i])); });
      } else {
        SHADES.forEach(function (c, i) {
          var low = Math.round(max * i / 5 * 10) / 10, high = Math.round(max * (i + 1) / 5 * 10) / 10;
          parts.push('<span class="gw-swatch" data-colour="' + c + '"></span> ' + low + '–' + high);
        });
      }
      legend.innerHTML = text(measure) + ': ' + parts.join(' &nbsp; ');
      Array.prototype.forEach.call(legend.querySelectorAll('[data-colour]'), function (s) {
        s.style.backgroundColor = s.dataset.colour;
      });
      element.dataset.drawn = String(features.length);
      return element.dataset.pointsUrl ? json(element.dataset.pointsUrl) : [];
    })
    .then(function (points) {
      points.forEach(function (p) {
        L.circleMarker([p.lat, p.lon], {radius: 4, color: '#d63384', weight: 1, fillOpacity: 0.9})
          .bindPopup('<a href="' + text(p.path) + '">' + text(p.label) + '</a>').addTo(map);
      });
      element.dataset.points = String(points.length);
    });
})();

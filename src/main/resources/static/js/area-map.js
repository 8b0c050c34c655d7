// Draws an area's boundary (GeoJSON in data-geojson) with Leaflet. Without a tile server
// (data-tile-url empty) the polygon sits on a plain background; either way the view fits it.
(function () {
  'use strict';
  var element = document.getElementById('areaMap');
  if (!element || !window.L) { return; }
  var boundary;
  try {
    boundary = JSON.parse(element.dataset.geojson);
  } catch (e) {
    return;
  }
  var tileUrl = element.dataset.tileUrl;
  var map = L.map(element, { scrollWheelZoom: false, attributionControl: Boolean(tileUrl) });
  if (tileUrl) {
    L.tileLayer(tileUrl, { maxZoom: 19, attribution: element.dataset.attribution || '' }).addTo(map);
  }
  var layer = L.geoJSON(boundary, {
    style: { color: '#0b3d91', weight: 2, fillColor: '#3d6fc4', fillOpacity: 0.2 }
  }).addTo(map);
  map.fitBounds(layer.getBounds(), { padding: [16, 16] });
  element.dataset.drawn = 'true';
})();

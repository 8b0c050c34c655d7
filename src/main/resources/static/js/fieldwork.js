// Logging forms: "use my location" takes the phone's position, keeps it in the hidden lat/lon fields and
// picks the grid under it (asked from the server, which knows the grid boundaries of the user's scope).
(function () {
  'use strict';
  function say(status, key, arg) {
    var text = status.dataset[key] || '';
    status.textContent = text.replace('{0}', arg || '');
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-locate]');
    if (!button) { return; }
    var picker = button.closest('[data-grid-picker]');
    var status = picker.querySelector('[data-locate-status]');
    var select = picker.querySelector('select');
    if (!navigator.geolocation) { say(status, 'msgDenied'); return; }
    say(status, 'msgBusy');
    button.disabled = true;
    navigator.geolocation.getCurrentPosition(function (position) {
      var lat = position.coords.latitude.toFixed(6);
      var lon = position.coords.longitude.toFixed(6);
      picker.querySelector('[data-lat]').value = lat;
      picker.querySelector('[data-lon]').value = lon;
      fetch(picker.dataset.gridAt + '?lat=' + lat + '&lon=' + lon, {credentials: 'same-origin'})
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (grid) {
          button.disabled = false;
          if (grid && select.querySelector('option[value="' + grid.id + '"]')) {
            select.value = String(grid.id);
            select.dispatchEvent(new Event('change', {bubbles: true}));
            say(status, 'msgFound', grid.label);
          } else {
            say(status, 'msgNone');
          }
        })
        .catch(function () { button.disabled = false; say(status, 'msgNone'); });
    }, function () {
      button.disabled = false;
      say(status, 'msgDenied');
    }, {enableHighAccuracy: true, timeout: 15000, maximumAge: 60000});
  });
})();

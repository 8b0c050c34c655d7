// Publicity form: when the grid changes (picked, or found by "use my location"), offer that grid's places.
(function () {
  'use strict';
  var form = document.querySelector('form[data-places-url]');
  if (!form) { return; }
  var grid = form.querySelector('select[name="gridId"]');
  var place = form.querySelector('select[name="placeId"]');
  if (!grid || !place) { return; }
  grid.addEventListener('change', function () {
    var first = place.options[0];
    var keep = place.value;
    while (place.options.length > 1) { place.remove(1); }
    if (!grid.value) { return; }
    fetch(form.dataset.placesUrl + '?gridId=' + encodeURIComponent(grid.value), {credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (places) {
        places.forEach(function (p) {
          var option = document.createElement('option');
          option.value = String(p.id);
          option.textContent = p.label;
          place.appendChild(option);
        });
        place.value = keep;
        if (place.value !== keep) { first.selected = true; }
      })
      .catch(function () { first.selected = true; });
  });
})();

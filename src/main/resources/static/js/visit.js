// Visit form: the place picker follows the grid and the kind of visit (asked from /visits/places), and a
// restored draft gets its place back once the places of its grid are loaded.
(function () {
  'use strict';
  var form = document.getElementById('visitForm');
  if (!form) { return; }
  var picker = form.querySelector('[data-place-picker]');
  var select = picker.querySelector('select');
  var hint = picker.querySelector('[data-place-hint]');
  var grid = form.querySelector('select[name="gridId"]');

  function kind() {
    var checked = form.querySelector('input[name="kind"]:checked');
    return checked ? checked.value : '';
  }

  function fill(places, wanted, byUser) {
    var keep = wanted != null ? String(wanted) : select.value;
    while (select.options.length > 1) { select.remove(1); }
    places.forEach(function (p) { select.add(new Option(p.label, String(p.value))); });
    var found = places.some(function (p) { return String(p.value) === keep; });
    select.value = found ? keep : '';
    // Only one place of the kind in the grid: it is the one (but "other" visits may name none).
    if (!found && byUser && places.length === 1 && kind() !== 'OTHER') { select.value = String(places[0].value); }
    hint.textContent = places.length === 0 ? hint.dataset.none
      : (kind() === 'OTHER' ? hint.dataset.hintOther : hint.dataset.hint);
  }

  function refresh(wanted, byUser) {
    if (!grid.value) { fill([], wanted, byUser); return; }
    var url = picker.dataset.url + '?gridId=' + encodeURIComponent(grid.value) + '&kind=' + encodeURIComponent(kind());
    fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (places) { fill(places, wanted, byUser); })
      .catch(function () { /* offline: keep the options shown */ });
  }

  grid.addEventListener('change', function () { refresh(null, true); });
  form.addEventListener('change', function (event) {
    if (event.target.name === 'kind') { refresh(null, true); }
  });

  var restore = form.querySelector('[data-draft-restore]');
  if (restore) {
    restore.addEventListener('click', function () {
      var wanted = null;
      try {
        var draft = JSON.parse(window.localStorage.getItem('gridwatch-draft:' + form.dataset.draft));
        draft.fields.forEach(function (f) { if (f[0] === 'placeId') { wanted = f[1]; } });
      } catch (e) { /* no draft readable: nothing to put back */ }
      refresh(wanted, false);
    });
  }
})();

// Hazard pages: the notice's print button, and the re-inspection form showing the new deadline only when it failed.
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) { window.print(); }
  });
  var form = document.querySelector('[data-verify-form]');
  if (!form) { return; }
  var reopenOnly = form.querySelector('[data-reopen-only]');
  function update() {
    var chosen = form.querySelector('[data-outcome]:checked');
    var hasError = reopenOnly.querySelector('.is-invalid');
    reopenOnly.hidden = !hasError && !(chosen && chosen.value === 'FAIL');
  }
  form.addEventListener('change', update);
  update();
})();

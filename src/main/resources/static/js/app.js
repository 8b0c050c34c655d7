// Gridwatch page behaviour. Kept small; no inline script anywhere (the CSP forbids it).
(function () {
  'use strict';
  // Forms that can be sent only once: disable their submit buttons once sent.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.dataset.sendOnce === undefined) { return; }
    if (form.dataset.sent) { event.preventDefault(); return; }
    form.dataset.sent = 'true';
  });
})();

// The patrol form: partner teams are offered only for a joint patrol, and ticking a team member ticks the team
// (unticking a team unticks its members). Without this script everything is shown and the server sorts it out.
(function () {
  'use strict';
  var form = document.querySelector('form[data-patrol-form]');
  if (!form) { return; }
  var partners = form.querySelector('[data-partners]');

  function sync() {
    var kind = form.querySelector('input[name="kind"]:checked');
    if (partners) { partners.classList.toggle('d-none', !(kind && kind.value === 'JOINT')); }
  }

  form.addEventListener('change', function (event) {
    var box = event.target;
    if (box.name === 'kind') {
      sync();
    } else if (box.matches('[data-member-box]') && box.checked) {
      box.closest('[data-partner-team]').querySelector('[data-team-box]').checked = true;
    } else if (box.matches('[data-team-box]') && !box.checked) {
      Array.prototype.forEach.call(box.closest('[data-partner-team]').querySelectorAll('[data-member-box]'),
        function (member) { member.checked = false; });
    }
  });
  // A restored draft sets the boxes without change events.
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-draft-restore]')) { window.setTimeout(sync, 0); }
  });
  sync();
})();

// Tip form: an anonymous source has no identity, so its fields are hidden and not sent. The sealed identity is
// never kept on the phone: drafts.js copies a form to the phone's storage as it is sent; right after it (same
// event, listener added later), the source's name and contact are taken out of that copy again.
(function () {
  'use strict';
  var SEALED = ['sourceName', 'sourceContact'];
  var form = document.querySelector('form[data-tip-form]');
  if (!form) { return; }
  var kind = form.querySelector('[name="sourceKind"]');
  var sealed = form.querySelector('[data-sealed-source]');

  function sync() {
    var anonymous = kind.value === 'ANONYMOUS';
    sealed.classList.toggle('d-none', anonymous);
    SEALED.forEach(function (name) {
      var input = form.querySelector('[name="' + name + '"]');
      if (input) { input.disabled = anonymous; }
    });
  }
  if (kind && sealed) {
    kind.addEventListener('change', sync);
    sync();
  }

  document.addEventListener('submit', function (event) {
    if (event.target !== form || !form.dataset.draft) { return; }
    try {
      var key = 'gridwatch-draft:' + form.dataset.draft;
      var raw = window.localStorage.getItem(key);
      if (!raw) { return; }
      var draft = JSON.parse(raw);
      draft.fields = (draft.fields || []).filter(function (f) { return SEALED.indexOf(f[0]) < 0; });
      window.localStorage.setItem(key, JSON.stringify(draft));
    } catch (e) {
      // no storage: nothing was kept
    }
  }, true);
})();

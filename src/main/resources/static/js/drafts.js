// Drafts for forms sent from poor signal. A form marked data-draft="name" is copied to the phone's storage
// when it is sent (files and the CSRF token excepted). The page a successful send leads to names the form's
// submission key (meta gridwatch-submitted), and the draft with that key is dropped. Any other time the same
// form opens while a draft is kept, a banner offers to restore it; the restored draft keeps its submission
// key, so sending it again can never create a second record.
(function () {
  'use strict';
  var PREFIX = 'gridwatch-draft:';
  var SKIPPED = ['_csrf', 'version'];
  var RESTORED_HIDDEN = ['submissionKey', 'lat', 'lon'];

  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  function keyOf(form) { return PREFIX + form.dataset.draft; }

  function capture(form) {
    var fields = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === 'file' || SKIPPED.indexOf(el.name) >= 0) { return; }
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) { return; }
      if (el.type === 'submit' || el.type === 'button') { return; }
      fields.push([el.name, el.value]);
    });
    return fields;
  }

  function restore(form, fields) {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === 'file' || SKIPPED.indexOf(el.name) >= 0) { return; }
      var values = fields.filter(function (f) { return f[0] === el.name; }).map(function (f) { return f[1]; });
      if (el.type === 'checkbox' || el.type === 'radio') {
        el.checked = values.indexOf(el.value) >= 0;
      } else if (el.tagName === 'SELECT' && el.multiple) {
        Array.prototype.forEach.call(el.options, function (o) { o.selected = values.indexOf(o.value) >= 0; });
      } else if (values.length > 0 && (el.type !== 'hidden' || RESTORED_HIDDEN.indexOf(el.name) >= 0)) {
        el.value = values[0];
      }
    });
  }

  function submissionKeyOf(fields) {
    var found = fields.filter(function (f) { return f[0] === 'submissionKey'; });
    return found.length ? found[0][1] : null;
  }

  var store = storage();
  if (!store) { return; }

  // A successful send: drop the draft it came from.
  var sent = document.querySelector('meta[name="gridwatch-submitted"]');
  if (sent) {
    for (var i = store.length - 1; i >= 0; i--) {
      var name = store.key(i);
      if (name && name.indexOf(PREFIX) === 0) {
        try {
          var kept = JSON.parse(store.getItem(name));
          if (submissionKeyOf(kept.fields) === sent.content) { store.removeItem(name); }
        } catch (e) { store.removeItem(name); }
      }
    }
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.dataset.draft) { return; }
    store.setItem(keyOf(form), JSON.stringify({savedAt: new Date().toISOString(), fields: capture(form)}));
  }, true);

  Array.prototype.forEach.call(document.querySelectorAll('form[data-draft]'), function (form) {
    var raw = store.getItem(keyOf(form));
    if (!raw) { return; }
    var draft;
    try { draft = JSON.parse(raw); } catch (e) { store.removeItem(keyOf(form)); return; }
    var current = form.querySelector('[name="submissionKey"]');
    // The server showed this very submission again (e.g. with field errors): it already holds the input.
    if (current && current.value === submissionKeyOf(draft.fields)) { return; }
    var banner = form.querySelector('[data-draft-banner]') || document.querySelector('[data-draft-banner]');
    if (!banner) { return; }
    var text = banner.querySelector('[data-draft-text]');
    text.textContent = text.dataset.template.replace('{0}',
      new Date(draft.savedAt).toLocaleString(document.documentElement.lang || undefined));
    banner.classList.remove('d-none');
    banner.querySelector('[data-draft-restore]').addEventListener('click', function () {
      restore(form, draft.fields);
      banner.classList.add('d-none');
    });
    banner.querySelector('[data-draft-discard]').addEventListener('click', function () {
      store.removeItem(keyOf(form));
      banner.classList.add('d-none');
    });
  });
})();

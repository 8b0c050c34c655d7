// Dispute pages: another party row on the intake form; the print button of the agreement.
(function () {
  'use strict';
  var MAX_PARTIES = 10;

  function renumber(row, index) {
    Array.prototype.forEach.call(row.querySelectorAll('[name],[id],[for],[aria-describedby]'), function (el) {
      ['name', 'id', 'for', 'aria-describedby'].forEach(function (attr) {
        var value = el.getAttribute(attr);
        if (value) {
          el.setAttribute(attr, value.replace(/parties\[\d+\]/g, 'parties[' + index + ']')
            .replace(/parties\d+/g, 'parties' + index));
        }
      });
    });
  }

  var add = document.querySelector('[data-add-party]');
  if (add) {
    add.addEventListener('click', function () {
      var rows = document.querySelectorAll('[data-party]');
      if (rows.length >= MAX_PARTIES) { add.disabled = true; return; }
      var last = rows[rows.length - 1];
      var row = last.cloneNode(true);
      renumber(row, rows.length);
      Array.prototype.forEach.call(row.querySelectorAll('input'), function (input) {
        input.value = '';
        input.classList.remove('is-invalid');
      });
      Array.prototype.forEach.call(row.querySelectorAll('.invalid-feedback'), function (el) { el.remove(); });
      var number = row.querySelector('[data-party-number]');
      if (number) { number.textContent = number.dataset.template.replace('{0}', rows.length + 1); }
      last.parentNode.insertBefore(row, last.nextSibling);
      row.querySelector('input').focus();
      if (rows.length + 1 >= MAX_PARTIES) { add.disabled = true; }
    });
  }

  var print = document.querySelector('[data-print]');
  if (print) {
    print.addEventListener('click', function () { window.print(); });
  }
})();

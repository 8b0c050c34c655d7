// The sheet of initial passwords: its print button.
(function () {
  var print = document.querySelector('[data-print]');
  if (print) {
    print.addEventListener('click', function () { window.print(); });
  }
})();

// Duty pages: on the assignment form, offer only the people who may hold the chosen role.
(function () {
  'use strict';
  var form = document.getElementById('assignForm');
  if (!form) { return; }
  var role = form.querySelector('select[name="role"]');
  var person = form.querySelector('select[name="personId"]');
  if (!role || !person) { return; }
  function narrow() {
    var groups = person.querySelectorAll('optgroup');
    groups.forEach(function (group) {
      var show = !role.value || group.dataset.tag === role.value;
      group.hidden = !show;
      group.disabled = !show;
    });
    var chosen = person.selectedOptions[0];
    if (chosen && chosen.parentElement.tagName === 'OPTGROUP' && chosen.parentElement.disabled) {
      person.value = '';
    }
  }
  role.addEventListener('change', narrow);
  narrow();
})();

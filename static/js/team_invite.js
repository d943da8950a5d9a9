// The members page: "Copy link" next to a new invitation link. Without JavaScript the
// button stays hidden and the link is selectable text in a read-only field.
(function () {
  "use strict";
  function reveal(root) {
    var buttons = (root || document).querySelectorAll("[data-copy-target][hidden]");
    for (var i = 0; i < buttons.length; i++) {
      if (navigator.clipboard) buttons[i].hidden = false;
    }
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-copy-target]");
    if (!button) return;
    var input = document.getElementById(button.dataset.copyTarget);
    var status = document.querySelector("[data-copy-status]");
    if (!input) return;
    input.select();
    navigator.clipboard.writeText(input.value).then(function () {
      if (status) status.textContent = "Copied. Paste it wherever you talk to them.";
    }, function () {
      if (status) status.textContent = "Could not copy: select the link and copy it yourself.";
    });
  });
  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches(".team-link-input")) event.target.select();
  });
  document.addEventListener("htmx:afterSettle", function (event) { reveal(event.target); });
  reveal(document);
})();

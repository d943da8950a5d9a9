// SMATRX: the little the server cannot do by itself. Loaded on every page, after htmx.
(function () {
  "use strict";

  // Every HTMX request carries the page's current CSRF token. <body hx-headers> holds the
  // token of the first page loaded; a boosted navigation (signing in, say) swaps the body's
  // content but not its attributes, so the token of the page now shown is read from <main>.
  document.addEventListener("htmx:configRequest", function (event) {
    var main = document.getElementById("main");
    var token = main && main.dataset.csrf;
    if (token) event.detail.headers["X-CSRFToken"] = token;
  });

  // An "achievementEarned" event (HX-Trigger from the server) becomes a toast in #toasts.
  // Text goes in through textContent, never as HTML.
  document.body.addEventListener("achievementEarned", function (event) {
    var detail = event.detail || {};
    var region = document.getElementById("toasts");
    if (!region || !Array.isArray(detail.achievements)) return;
    detail.achievements.forEach(function (item) {
      var toast = document.createElement("div");
      toast.className = "flash flash-success toast toast-achievement";
      var badge = document.createElement("img");
      badge.src = String(item.badge || "");
      badge.alt = "";
      badge.width = 40;
      badge.height = 40;
      var text = document.createElement("p");
      var strong = document.createElement("strong");
      strong.textContent = "Achievement unlocked: " + String(item.title || "");
      text.appendChild(strong);
      text.appendChild(document.createTextNode(" +" + Number(item.points || 0) + " points. "));
      if (detail.url) {
        var link = document.createElement("a");
        link.href = String(detail.url);
        link.textContent = "See your achievements";
        text.appendChild(link);
      }
      toast.appendChild(badge);
      toast.appendChild(text);
      region.appendChild(toast);
      if (window.htmx) window.htmx.process(toast);
    });
  });

  // A file over the server's limit is refused before it is sent (the server answers the
  // same on the form, 413, when JavaScript is off): the message goes next to the field.
  function oversized(input) {
    var max = Number(input.dataset.maxBytes || 0);
    var file = input.files && input.files[0];
    return max && file && file.size > max ? Math.round(max / 1048576) : 0;
  }
  function showSizeError(input, megabytes) {
    var id = input.id + "-size-error";
    var old = document.getElementById(id);
    if (old) old.remove();
    input.removeAttribute("aria-invalid");
    if (!megabytes) return;
    var error = document.createElement("p");
    error.id = id;
    error.className = "field-error";
    error.setAttribute("role", "alert");
    error.textContent = "This file is larger than " + megabytes + " MB, the most this server accepts. Choose a smaller file.";
    input.setAttribute("aria-invalid", "true");
    input.insertAdjacentElement("afterend", error);
  }
  document.addEventListener("change", function (event) {
    var input = event.target;
    if (input.matches && input.matches("input[type=file][data-max-bytes]")) {
      showSizeError(input, oversized(input));
    }
  });
  document.addEventListener("submit", function (event) {
    var inputs = event.target.querySelectorAll("input[type=file][data-max-bytes]");
    for (var i = 0; i < inputs.length; i++) {
      var megabytes = oversized(inputs[i]);
      if (megabytes) {
        event.preventDefault();
        event.stopPropagation(); // nor htmx (a boosted form) sends it
        showSizeError(inputs[i], megabytes);
        inputs[i].focus();
        return;
      }
    }
  }, true);
})();

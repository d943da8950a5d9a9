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
})();

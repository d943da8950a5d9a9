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

// Teams' members page: "Copy link" next to a new invitation link. Without JavaScript the
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

// ==== Polish: nav (the phone menu) ====
// The header's menu is a <details> (it opens and closes without JavaScript); this adds
// what a menu button should also do: Escape, a click or the focus elsewhere close it, and
// Escape puts the focus back on the button.
(function () {
  "use strict";
  function openMenu() { return document.querySelector(".nav-menu[open]"); }
  document.addEventListener("keydown", function (event) {
    var menu = event.key === "Escape" && openMenu();
    if (!menu || !menu.querySelector("summary").offsetParent) return; // wide screen: no menu
    menu.open = false;
    menu.querySelector("summary").focus();
  });
  document.addEventListener("click", function (event) {
    var menu = openMenu();
    if (menu && !menu.contains(event.target)) menu.open = false;
  });
  // Tabbing on past the last link leaves the menu: it closes behind the focus.
  document.addEventListener("focusin", function (event) {
    var menu = openMenu();
    if (menu && !menu.contains(event.target)) menu.open = false;
  });
  // Following a link from the open menu: the page kept for Back shows it closed.
  document.addEventListener("htmx:beforeHistorySave", function () {
    var menu = openMenu();
    if (menu) menu.open = false;
  });
})();

// ==== Polish: sk (toasts) ====
// Toasts (#toasts): each gets a close button, a faded one leaves the stack, and the stack
// keeps the newest three (older ones go first). Server toasts (_macros/toast.html) and the
// achievement toasts above arrive the same way, so one observer serves both.
(function () {
  "use strict";
  var MOST = 3;
  function dismiss(toast) {
    var region = toast.parentNode;
    if (!region) return;
    // Focus stays in reach: on the next toast, or back on the page.
    var hadFocus = toast.contains(document.activeElement);
    region.removeChild(toast);
    if (hadFocus) {
      var next = region.querySelector(".toast-close");
      if (next) next.focus();
      else if (document.getElementById("main")) document.getElementById("main").focus({ preventScroll: true });
    }
  }
  function equip(toast) {
    if (toast.querySelector(".toast-close")) return;
    var close = document.createElement("button");
    close.type = "button";
    close.className = "toast-close";
    close.setAttribute("aria-label", "Dismiss this message");
    close.textContent = "\u00d7";
    toast.appendChild(close);
  }
  function tidy(region) {
    var toasts = region.querySelectorAll(".toast");
    for (var i = 0; i < toasts.length; i++) {
      if (i < toasts.length - MOST) region.removeChild(toasts[i]);
      else equip(toasts[i]);
    }
  }
  // A boosted navigation swaps the body, #toasts with it: watch whichever one is there.
  var watched = null;
  var observer = new MutationObserver(function () { if (watched) tidy(watched); });
  function watch() {
    var region = document.getElementById("toasts");
    if (!region || region === watched) return;
    observer.disconnect();
    observer.observe(region, { childList: true });
    watched = region;
    tidy(region);
  }
  watch();
  document.addEventListener("htmx:afterSettle", watch);
  document.addEventListener("htmx:historyRestore", watch);
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".toast-close");
    if (button && button.closest(".toast")) dismiss(button.closest(".toast"));
  });
  // Escape inside a toast (say, on its link) dismisses it, as its close button does.
  document.addEventListener("keydown", function (event) {
    var toast = event.key === "Escape" && event.target.closest && event.target.closest("#toasts .toast");
    if (toast) dismiss(toast);
  });
  document.addEventListener("animationend", function (event) {
    var toast = event.target;
    if (event.animationName === "toast-out" && toast.classList && toast.classList.contains("toast") && toast.parentNode) {
      toast.parentNode.removeChild(toast);
    }
  });
})();

// Too many attempts (429, X-Rate-Limited): the message goes into the form that was sent,
// above its buttons, replacing an earlier one; a request from no form keeps the toast.
document.addEventListener("htmx:beforeSwap", function (event) {
  "use strict";
  var detail = event.detail;
  if (!detail.xhr || detail.xhr.status !== 429 || !detail.xhr.getResponseHeader("X-Rate-Limited")) return;
  var elt = detail.requestConfig && detail.requestConfig.elt;
  var form = elt && (elt.tagName === "FORM" ? elt : elt.closest && elt.closest("form"));
  if (!form) return;
  var parsed = new DOMParser().parseFromString(detail.xhr.responseText, "text/html");
  var text = parsed.querySelector("p");
  if (!text) return;
  detail.shouldSwap = false;
  var old = form.querySelector(".form-rate-limit");
  if (old) old.remove();
  var box = document.createElement("div");
  box.className = "form-errors form-rate-limit";
  box.setAttribute("role", "alert");
  var p = document.createElement("p");
  p.textContent = text.textContent;
  box.appendChild(p);
  var actions = form.querySelector(".form-actions");
  if (actions) actions.parentNode.insertBefore(box, actions);
  else form.insertBefore(box, form.firstChild);
});

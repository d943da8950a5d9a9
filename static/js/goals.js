// The goals board: drag and drop between columns, cards kept in their column and place,
// and the create/edit dialog. Every move is an HTMX request; without JavaScript the Move
// menu and the form pages do the same work.
(function () {
  "use strict";

  function listFor(status) {
    return document.querySelector('.goal-column[data-status="' + status + '"] .goal-list');
  }

  // Put a card in the column of its status, before the first card that sorts after it.
  function place(card) {
    var list = listFor(card.dataset.status);
    if (!list) return;
    var key = card.dataset.sortKey || "";
    var before = null;
    var cards = list.querySelectorAll(".goal-card");
    for (var i = 0; i < cards.length; i++) {
      if (cards[i] !== card && (cards[i].dataset.sortKey || "") > key) { before = cards[i]; break; }
    }
    if (card.parentElement !== list || card.nextElementSibling !== before) {
      list.insertBefore(card, before);
    }
  }

  // A card came back from the server (a move): put it where it belongs, keep focus on it.
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    if (target && target.id === "goal-dialog-body") {
      var dialog = document.getElementById("goal-dialog");
      if (dialog && !dialog.open && target.children.length) dialog.showModal();
      var first = target.querySelector("[autofocus], [aria-invalid=true]");
      if (first) first.focus();
    }
  });
  document.addEventListener("htmx:load", function (event) {
    var card = event.detail.elt;
    if (!card || !card.classList || !card.classList.contains("goal-card")) return;
    var hadFocus = document.activeElement === document.body || !document.activeElement;
    place(card);
    if (hadFocus) card.focus({ preventScroll: false });
  });

  // Close the dialog: after a save (goalSaved), from Cancel or the close button.
  document.body.addEventListener("goalSaved", function () {
    var dialog = document.getElementById("goal-dialog");
    if (dialog && dialog.open) dialog.close();
  });
  document.addEventListener("click", function (event) {
    var closer = event.target.closest && event.target.closest("[data-close-dialog]");
    var dialog = closer && closer.closest("dialog");
    if (dialog) { event.preventDefault(); dialog.close(); }
  });
  document.addEventListener("close", function (event) {
    if (event.target.id === "goal-dialog") {
      document.getElementById("goal-dialog-body").replaceChildren();
    }
  }, true);

  // The Move menu (a <details>) closes like a menu: on Escape, focus back on its button,
  // and on a click anywhere outside it. One menu open at a time.
  function closeMenus(except) {
    document.querySelectorAll("details.goal-move[open]").forEach(function (menu) {
      if (menu !== except) menu.removeAttribute("open");
    });
  }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var menu = event.target.closest && event.target.closest("details.goal-move[open]");
    if (!menu) { closeMenus(null); return; }
    event.preventDefault();
    menu.removeAttribute("open");
    menu.querySelector("summary").focus();
  });
  document.addEventListener("click", function (event) {
    var inside = event.target.closest && event.target.closest("details.goal-move");
    closeMenus(inside);
  });
  document.addEventListener("toggle", function (event) {
    if (event.target.matches && event.target.matches("details.goal-move[open]")) closeMenus(event.target);
  }, true);

  // Drag and drop.
  var dragged = null;
  document.addEventListener("dragstart", function (event) {
    var card = event.target.closest && event.target.closest(".goal-card");
    if (!card) return;
    dragged = card;
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", card.id);
    card.classList.add("is-dragging");
  });
  document.addEventListener("dragend", function () {
    if (dragged) dragged.classList.remove("is-dragging");
    dragged = null;
    document.querySelectorAll(".goal-column.is-drop-target").forEach(function (column) {
      column.classList.remove("is-drop-target");
    });
  });
  document.addEventListener("dragover", function (event) {
    var column = dragged && event.target.closest && event.target.closest(".goal-column");
    if (!column) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    column.classList.add("is-drop-target");
  });
  document.addEventListener("dragleave", function (event) {
    var column = event.target.closest && event.target.closest(".goal-column");
    if (column && !column.contains(event.relatedTarget)) column.classList.remove("is-drop-target");
  });
  document.addEventListener("drop", function (event) {
    var column = dragged && event.target.closest && event.target.closest(".goal-column");
    if (!column) return;
    event.preventDefault();
    column.classList.remove("is-drop-target");
    var card = dragged;
    var status = column.dataset.status;
    if (card.dataset.status === status) return;
    // Shown in the new column at once; the server's card replaces it in place.
    card.dataset.status = status;
    place(card);
    card.classList.add("is-saving");
    window.htmx.ajax("POST", card.dataset.moveUrl, {
      source: card,
      target: card,
      swap: "outerHTML",
      values: { status: status },
    });
  });
})();

// Admin users (its only script, kept here where this helper owns the JavaScript): a role
// change on one's own row asks first; declined, the select goes back to the stored role so
// it never shows a role the badge does not.
(function () {
  "use strict";
  document.addEventListener("htmx:confirm", function (event) {
    var form = event.detail.elt;
    if (!event.detail.question || !form.matches || !form.matches(".role-form")) return;
    event.preventDefault();
    if (window.confirm(event.detail.question)) event.detail.issueRequest(true);
    else form.reset();
  });
})();

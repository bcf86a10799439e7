/* SCORE Academy: the phone menu. Loaded in <head> (small, cached) so that the menu is folded before the
   header is drawn; without scripts the menu simply stays open. No inline code: the CSP refuses it. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  function toggle(button, open) {
    var menu = document.getElementById(button.getAttribute("aria-controls"));
    button.setAttribute("aria-expanded", open ? "true" : "false");
    if (menu) menu.classList.toggle("is-open", open);
  }
  document.addEventListener("DOMContentLoaded", function () {
    var buttons = document.querySelectorAll("[data-menu-toggle]");
    buttons.forEach(function (button) {
      button.addEventListener("click", function () {
        toggle(button, button.getAttribute("aria-expanded") !== "true");
      });
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") return;
      buttons.forEach(function (button) {
        if (button.getAttribute("aria-expanded") === "true") {
          toggle(button, false);
          button.focus();
        }
      });
    });
  });
})();

// Progressive enhancement only: every page reads and links without this file.
(function () {
  "use strict";
  var root = document.documentElement;

  function currentTheme() {
    if (root.dataset.theme) return root.dataset.theme;
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  var toggle = document.querySelector(".theme-toggle");
  if (toggle) {
    // A toggle button keeps one name ("Dark mode"); aria-pressed says whether it is on. Changing the
    // name as well would have screen readers announce "Light mode, pressed" while dark is on.
    var show = function () {
      toggle.setAttribute("aria-pressed", currentTheme() === "dark" ? "true" : "false");
    };
    toggle.hidden = false;
    show();
    toggle.addEventListener("click", function () {
      var next = currentTheme() === "dark" ? "light" : "dark";
      root.dataset.theme = next;
      try { localStorage.setItem("atlas-theme", next); } catch (e) { /* storage may be off; the choice lasts for this page */ }
      show();
    });
  }

  document.querySelectorAll(".copy-button[data-copy-target]").forEach(function (button) {
    var target = document.getElementById(button.getAttribute("data-copy-target"));
    if (!target || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(target.textContent).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = "Copy BibTeX"; }, 1500);
      });
    });
  });
})();

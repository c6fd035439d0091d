// Progressive enhancement only: every page reads and links without this file.
(function () {
  "use strict";
  var root = document.documentElement;

  // Three choices in turn: follow the system, light, dark. "system" stores nothing, so the CSS
  // media query decides, as it does on a page without this script.
  var modes = ["system", "light", "dark"];
  var toggle = document.querySelector(".theme-toggle");
  if (toggle) {
    var mode = modes.indexOf(root.dataset.theme) > 0 ? root.dataset.theme : "system";
    var show = function () {
      toggle.textContent = "Theme: " + mode;
      toggle.title = "Colour theme: system, light or dark; click for the next";
    };
    toggle.hidden = false;
    show();
    toggle.addEventListener("click", function () {
      mode = modes[(modes.indexOf(mode) + 1) % modes.length];
      try {
        if (mode === "system") localStorage.removeItem("atlas-theme"); else localStorage.setItem("atlas-theme", mode);
      } catch (e) { /* storage may be off; the choice lasts for this page */ }
      if (mode === "system") delete root.dataset.theme; else root.dataset.theme = mode;
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

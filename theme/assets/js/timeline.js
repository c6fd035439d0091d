// Progressive enhancement of the timeline: while a model is pointed at or focused, the
// arrows to and from it stand out. Without this file every arrow is simply drawn the same.
(function () {
  "use strict";
  document.querySelectorAll("svg.timeline").forEach(function (svg) {
    var arrows = svg.querySelectorAll(".tl-arrow");
    function trace(id) {
      svg.classList.toggle("tracing", id !== null);
      arrows.forEach(function (arrow) {
        arrow.classList.toggle("traced", id !== null && (arrow.dataset.from === id || arrow.dataset.to === id));
      });
    }
    svg.querySelectorAll(".tl-node").forEach(function (node) {
      var show = function () { trace(node.dataset.id); };
      var hide = function () { trace(null); };
      node.addEventListener("mouseenter", show);
      node.addEventListener("focus", show);
      node.addEventListener("mouseleave", hide);
      node.addEventListener("blur", hide);
    });
  });
})();

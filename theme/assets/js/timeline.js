// Progressive enhancement of the timeline: selecting a model (click, tap or Enter) traces what it
// builds on and what builds on it, all the way; selecting it again opens its page, and Escape clears.
// Without this file every node is simply a link to its model's page.
(function () {
  "use strict";
  document.querySelectorAll("figure.timeline-figure").forEach(function (figure) {
    // The wide drawing and the phone's vertical one (only one shows) trace together.
    var svgs = Array.prototype.slice.call(figure.querySelectorAll("svg.timeline"));
    var status = figure.querySelector(".timeline-status");
    if (!svgs.length || !status) return;
    var arrows = Array.prototype.slice.call(figure.querySelectorAll("svg.timeline .tl-arrow"));
    var nodes = Array.prototype.slice.call(figure.querySelectorAll("svg.timeline .tl-node"));
    var parents = {}, children = {};
    arrows.forEach(function (a) {
      (parents[a.dataset.to] = parents[a.dataset.to] || []).push(a.dataset.from);
      (children[a.dataset.from] = children[a.dataset.from] || []).push(a.dataset.to);
    });
    function reach(id, links) {
      var seen = {}, pending = [id], count = 0;
      while (pending.length) {
        (links[pending.pop()] || []).forEach(function (next) {
          if (!seen[next]) { seen[next] = true; count++; pending.push(next); }
        });
      }
      seen.count = count;
      return seen;
    }
    function nameOf(node) { return node.querySelector("text").textContent; }
    var idle = "Select a model to trace what it builds on and what builds on it; select it again to open its page.";
    var selected = null;
    function select(node) {
      selected = node ? node.dataset.id : null;
      var up = selected ? reach(selected, parents) : { count: 0 };
      var down = selected ? reach(selected, children) : { count: 0 };
      svgs.forEach(function (svg) { svg.classList.toggle("tracing", selected !== null); });
      arrows.forEach(function (a) {
        var from = a.dataset.from, to = a.dataset.to;
        a.classList.toggle("traced", selected !== null && (to === selected || up[to] === true || from === selected || down[from] === true));
      });
      nodes.forEach(function (n) {
        n.classList.toggle("selected", n.dataset.id === selected);
        n.classList.toggle("traced", up[n.dataset.id] === true || down[n.dataset.id] === true);
      });
      status.textContent = node
        ? nameOf(node) + ": builds on " + up.count + " model" + (up.count === 1 ? "" : "s") + " of the atlas; " + down.count + " build" + (down.count === 1 ? "s" : "") + " on it. Select it again to open its page; Escape clears."
        : idle;
    }
    status.hidden = false;
    status.textContent = idle;
    nodes.forEach(function (node) {
      node.addEventListener("click", function (event) {
        if (node.dataset.id === selected) return;
        event.preventDefault();
        select(node);
      });
    });
    figure.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && selected !== null) select(null);
    });
  });
})();

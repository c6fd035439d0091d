// Model tables (table[data-sortable]): each column header becomes a button that sorts the rows by
// that column; aria-sort on the header says the order. Progressive enhancement: without this file
// the table reads as built, newest first. A cell sorts by its data-sort value when it has one,
// else by its text; empty values go last in either direction.
(function () {
  "use strict";
  var collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

  function keyOf(cell, type) {
    var text = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
    if (text === "") return null;
    return type === "number" ? Number(text) : text;
  }

  function compare(a, b, type) {
    return type === "number" ? a - b : collator.compare(a, b);
  }

  document.querySelectorAll("table[data-sortable]").forEach(function (table) {
    var body = table.tBodies[0];
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    if (!body || body.rows.length < 2) return;
    var original = Array.prototype.slice.call(body.rows);

    function sort(column, descending) {
      var type = headers[column].getAttribute("data-sort-type");
      var keyed = original.map(function (row, index) {
        return { row: row, key: keyOf(row.cells[column], type), index: index };
      });
      keyed.sort(function (a, b) {
        if (a.key === null || b.key === null) return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
        var order = compare(a.key, b.key, type);
        return (descending ? -order : order) || a.index - b.index;
      });
      keyed.forEach(function (entry) { body.appendChild(entry.row); });
      headers.forEach(function (header, i) {
        if (i === column) header.setAttribute("aria-sort", descending ? "descending" : "ascending");
        else header.removeAttribute("aria-sort");
      });
    }

    headers.forEach(function (header, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      button.append.apply(button, Array.prototype.slice.call(header.childNodes));
      header.appendChild(button);
      button.addEventListener("click", function () {
        var state = header.getAttribute("aria-sort");
        // Numbers and dates open highest (newest) first, names A to Z; a second click turns the order round.
        var descending = state ? state === "ascending" : header.getAttribute("data-sort-type") !== "text";
        sort(column, descending);
      });
    });
  });
})();

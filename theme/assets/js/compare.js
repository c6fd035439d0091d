// Comparison page: sort by any column, filter rows, and show 2 to 4 models side by side when
// the URL names them (?models=clip,albef). Progressive enhancement: without this file the whole
// table, its sources and the "compare selected" form are still there.
(function () {
  "use strict";
  var table = document.getElementById("comparison");
  if (!table || !table.tHead || !table.tBodies.length) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var groupCells = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var headers = Array.prototype.slice.call(table.tHead.rows[table.tHead.rows.length - 1].cells);
  var labels = headers.map(function (th) { return th.textContent.replace(/\s+/g, " ").trim(); });
  var status = document.getElementById("table-status");
  var collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
  var MIN = 2, MAX = 4;

  function say(text) { if (status) status.textContent = text; }

  // Sorting: a button in each column header; missing values always go last.
  function cellValue(row, index, numeric) {
    var cell = row.cells[index];
    var raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
    if (raw === "") return null;
    return numeric ? parseFloat(raw) : raw;
  }

  function sortBy(index, direction) {
    var numeric = headers[index].getAttribute("data-type") === "number";
    rows.map(function (row, position) {
      return { row: row, value: cellValue(row, index, numeric), position: position };
    }).sort(function (a, b) {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.position - b.position;
        return a.value === null ? 1 : -1;
      }
      var order = numeric ? a.value - b.value : collator.compare(a.value, b.value);
      return order * direction || a.position - b.position;
    }).forEach(function (entry) { body.appendChild(entry.row); });
    headers.forEach(function (th, i) {
      if (i === index) th.setAttribute("aria-sort", direction > 0 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
    say("Sorted by " + labels[index] + ", " + (direction > 0 ? "ascending" : "descending") + ".");
  }

  headers.forEach(function (th, index) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener("click", function () {
      var current = th.getAttribute("aria-sort");
      var numeric = th.getAttribute("data-type") === "number";
      var direction = current === "ascending" ? -1 : current === "descending" ? 1 : numeric ? -1 : 1;
      sortBy(index, direction);
    });
  });

  // Filters: family, ViLT category, objective, years.
  var filters = document.getElementById("comparison-filters");
  function applyFilters() {
    var chosen = {};
    Array.prototype.forEach.call(filters.querySelectorAll("[data-filter]"), function (control) {
      chosen[control.getAttribute("data-filter")] = control.value;
    });
    var from = parseInt(chosen.from, 10) || 0, to = parseInt(chosen.to, 10) || 9999, shown = 0;
    rows.forEach(function (row) {
      var year = parseInt(row.getAttribute("data-year"), 10);
      var visible = (!chosen.family || row.getAttribute("data-family") === chosen.family)
        && (!chosen.category || row.getAttribute("data-category") === chosen.category)
        && (!chosen.objective || (" " + row.getAttribute("data-objectives") + " ").indexOf(" " + chosen.objective + " ") >= 0)
        && year >= from && year <= to;
      row.hidden = !visible;
      if (visible) shown++;
    });
    say("Showing " + shown + " of " + rows.length + " models.");
  }
  if (filters) {
    filters.hidden = false;
    filters.addEventListener("change", applyFilters);
    filters.addEventListener("submit", function (event) { event.preventDefault(); });
    filters.addEventListener("reset", function () { setTimeout(applyFilters, 0); });
  }

  // Choosing models: 2 to 4 checkboxes, then a shareable URL ?models=a,b,c.
  var form = document.getElementById("compare-form");
  var hint = document.getElementById("compare-hint");
  var boxes = Array.prototype.slice.call(table.querySelectorAll("input[name=models]"));
  function checked() { return boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; }); }
  function updateBoxes() {
    var count = checked().length;
    boxes.forEach(function (b) { b.disabled = !b.checked && count >= MAX; });
    if (hint) {
      hint.textContent = count === 0 ? "Tick " + MIN + " to " + MAX + " models in the first column to see them side by side."
        : count + " chosen" + (count < MIN ? "; tick at least " + MIN + "." : count >= MAX ? ", the most one view shows." : ".");
    }
  }
  boxes.forEach(function (b) { b.addEventListener("change", updateBoxes); });
  if (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var ids = checked();
      if (ids.length < MIN) {
        if (hint) hint.textContent = "Tick at least " + MIN + " models to compare them.";
        return;
      }
      window.location.href = form.getAttribute("action") + "?models=" + ids.map(encodeURIComponent).join(",");
    });
  }

  // Side by side: the chosen rows of the table, turned so that each model is a column.
  function requested() {
    var ids = [];
    new URLSearchParams(window.location.search).getAll("models").forEach(function (value) {
      value.split(",").forEach(function (id) {
        id = id.trim();
        if (id && ids.indexOf(id) < 0) ids.push(id);
      });
    });
    return ids;
  }

  function element(name, text, className) {
    var node = document.createElement(name);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  // A copy of a cell without its checkbox and without the marks of the whole column (best, bar,
  // view group): in the side-by-side view "best" means best of the chosen models.
  function copyCell(cell) {
    var copy = element("td", "", cell.className.replace(/\b(best|b\d+|g-[a-z]+)\b/g, "").trim());
    Array.prototype.forEach.call(cell.childNodes, function (child) {
      if (child.nodeName !== "INPUT" && !(child.classList && child.classList.contains("visually-hidden"))) copy.appendChild(child.cloneNode(true));
    });
    return copy;
  }

  // What a cell says, without its footnote marks and sources: two models differ when these differ.
  function said(cell) {
    var copy = cell.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll(".fn, .src, .visually-hidden, input"), function (n) { n.remove(); });
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  // Marks the best number among the chosen models, when at least two report one.
  function markBest(cells, copies, better) {
    var values = cells.map(function (cell) { return cell.hasAttribute("data-sort") ? parseFloat(cell.getAttribute("data-sort")) : NaN; });
    var numbers = values.filter(function (v) { return !isNaN(v); });
    if (numbers.length < 2) return;
    var best = better === "lower" ? Math.min.apply(null, numbers) : Math.max.apply(null, numbers);
    values.forEach(function (v, i) {
      if (v !== best) return;
      copies[i].classList.add("best");
      copies[i].appendChild(element("span", " (best of these)", "visually-hidden"));
    });
  }

  function sideBySide() {
    var ids = requested();
    var section = document.getElementById("side-by-side");
    var target = document.getElementById("side-by-side-body");
    if (!ids.length || !section || !target) return;
    var chosen = [], unknown = [];
    ids.forEach(function (id) {
      var row = rows.filter(function (r) { return r.getAttribute("data-id") === id; })[0];
      if (row) chosen.push(row); else unknown.push(id);
    });
    var notes = [];
    if (unknown.length) notes.push("Not in the atlas: " + unknown.join(", ") + ".");
    if (chosen.length > MAX) notes.push("Only the first " + MAX + " are shown.");
    chosen = chosen.slice(0, MAX);
    section.hidden = false;
    if (chosen.length < MIN) {
      notes.push("Choose " + MIN + " to " + MAX + " models to see them side by side.");
      target.appendChild(element("p", notes.join(" ")));
      return;
    }
    if (notes.length) target.appendChild(element("p", notes.join(" ")));
    var view = element("table", "", "side-by-side-table");
    var names = chosen.map(function (row) { return row.cells[0].textContent.trim(); });
    view.appendChild(element("caption", names.join(", ")));
    var head = view.createTHead().insertRow();
    head.appendChild(element("td"));
    chosen.forEach(function (row) {
      var th = copyCell(row.cells[0]);
      var heading = element("th");
      heading.scope = "col";
      while (th.firstChild) heading.appendChild(th.firstChild);
      head.appendChild(heading);
    });
    var column = 0;
    groupCells.forEach(function (group) {
      var span = group.colSpan, tbody = view.createTBody();
      if (span > 1) {
        var title = element("th", group.textContent.trim());
        title.scope = "rowgroup";
        title.colSpan = chosen.length + 1;
        tbody.insertRow().appendChild(title);
      }
      for (var index = column; index < column + span; index++) {
        if (index === 0) continue;
        var cells = chosen.map(function (row) { return row.cells[index]; });
        if (cells.every(function (cell) { return cell.textContent.trim() === ""; })) continue;
        var line = tbody.insertRow();
        var label = element("th", labels[index]);
        label.scope = "row";
        line.appendChild(label);
        var texts = cells.map(said);
        if (texts.some(function (t) { return t !== texts[0]; })) {
          line.className = "differs";
          label.appendChild(element("span", " (differs)", "visually-hidden"));
        }
        var copies = cells.map(copyCell);
        copies.forEach(function (copy) { line.appendChild(copy); });
        markBest(cells, copies, headers[index].getAttribute("data-better"));
      }
      column += span;
    });
    var scroll = element("div", "", "table-scroll");
    scroll.tabIndex = 0;
    scroll.setAttribute("role", "region");
    scroll.setAttribute("aria-label", "Side by side: " + names.join(", "));
    scroll.appendChild(view);
    target.appendChild(scroll);
    boxes.forEach(function (b) { b.checked = chosen.some(function (row) { return row.getAttribute("data-id") === b.value; }); });
    updateBoxes();
  }

  sideBySide();
})();

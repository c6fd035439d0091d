// Search page: fetches search-index.json (built with the site) under the base path and ranks
// pages by how well their name, aliases, tags, keywords and text match the query. Without this
// file the page lists every page of the atlas.
(function () {
  "use strict";
  var form = document.querySelector(".search-page-form");
  var input = document.getElementById("search-query");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var directory = document.getElementById("search-directory");
  if (!form || !input || !results) return;
  var base = document.body.getAttribute("data-base") || "/";
  var pages = null, pending = null, timer = 0;
  var MAX_RESULTS = 50;
  var MAIN_TYPES = { Model: 1, Concept: 1, Task: 1 };

  function fold(text) {
    return String(text || "").toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }

  function prepare(page) {
    return {
      page: page,
      title: fold(page.title),
      aliases: page.aliases.map(fold),
      tags: page.tags.map(function (t) { return fold(t).replace(/-/g, " "); }),
      keywords: fold(page.keywords.join(" | ")),
      summary: fold(page.summary),
      text: fold(page.text)
    };
  }

  function count(haystack, needle) {
    var n = 0, at = haystack.indexOf(needle);
    while (at >= 0 && n < 3) { n++; at = haystack.indexOf(needle, at + needle.length); }
    return n;
  }

  function best(list, token, exact, partial) {
    var score = 0;
    list.forEach(function (value) {
      score = Math.max(score, value === token ? exact : value.indexOf(token) >= 0 ? partial : 0);
    });
    return score;
  }

  // Every word of the query must match somewhere; a name or alias match counts most.
  function score(entry, tokens, phrase) {
    var total = 0;
    for (var i = 0; i < tokens.length; i++) {
      var t = tokens[i];
      var s = (entry.title === t ? 100 : entry.title.indexOf(t) === 0 ? 60 : entry.title.indexOf(t) >= 0 ? 40 : 0)
        + best(entry.aliases, t, 80, 30)
        + best(entry.tags, t, 30, 15)
        + (entry.keywords.indexOf(t) >= 0 ? 12 : 0)
        + (entry.summary.indexOf(t) >= 0 ? 8 : 0)
        + 3 * count(entry.text, t);
      if (s === 0) return 0;
      total += s;
    }
    if (tokens.length > 1 && (entry.title === phrase || entry.aliases.indexOf(phrase) >= 0)) total += 100;
    return MAIN_TYPES[entry.page.type] ? total : total * 0.6;
  }

  function show(query) {
    var phrase = fold(query).trim().replace(/\s+/g, " ");
    results.textContent = "";
    if (!phrase) {
      results.hidden = true;
      directory.hidden = false;
      status.textContent = "";
      return;
    }
    var tokens = phrase.split(" ");
    var found = pages.map(function (entry) { return { entry: entry, score: score(entry, tokens, phrase) }; })
      .filter(function (r) { return r.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.entry.page.title.localeCompare(b.entry.page.title); })
      .slice(0, MAX_RESULTS);
    found.forEach(function (r) {
      var page = r.entry.page, item = document.createElement("li"), link = document.createElement("a");
      link.href = base + page.url;
      link.textContent = page.title;
      var type = document.createElement("span");
      type.className = "muted";
      type.textContent = " · " + page.type;
      item.appendChild(link);
      item.appendChild(type);
      if (page.summary) {
        var summary = document.createElement("p");
        summary.textContent = page.summary;
        item.appendChild(summary);
      }
      results.appendChild(item);
    });
    results.hidden = found.length === 0;
    directory.hidden = found.length > 0;
    status.textContent = found.length === 0
      ? "No page matches \u201c" + query.trim() + "\u201d. Every page is listed below."
      : found.length + (found.length === 1 ? " page matches" : " pages match") + " \u201c" + query.trim() + "\u201d.";
  }

  function load() {
    if (pages) return Promise.resolve(pages);
    if (!pending) {
      pending = fetch(base + "search-index.json")
        .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
        .then(function (index) { pages = index.pages.map(prepare); return pages; });
    }
    return pending;
  }

  function run(query, remember) {
    load().then(function () {
      show(query);
      if (remember && window.history.replaceState) {
        window.history.replaceState(null, "", query.trim() ? "?q=" + encodeURIComponent(query.trim()) : window.location.pathname);
      }
    }, function () {
      status.textContent = "The search index could not be loaded; every page is listed below.";
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run(input.value, true);
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value, true); }, 150);
  });

  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  var header = document.getElementById("search-box");
  if (header) header.value = query;
  if (query) run(query, false);
})();

/* IsletWatch explorer: our own search index (search-index.js, written by site/search_index.py), the query language
   of query.js, filters as checkboxes with counts (behind a button on phones), result cards with the evidence
   sentence, and a table view (table.js). Everything from the index is inserted as text (textContent). */
(function () {
  "use strict";
  var app = document.getElementById("search-app");
  if (!app) return;
  var FILTERS = [["claims", "Claims"], ["outcome", "Outcome"], ["diabetes", "Diabetes type"], ["cells", "Cells"],
                 ["hype", "Hype words"], ["story", "Story"], ["outlet", "Outlet"], ["role", "Primary source or report"],
                 ["kind", "Kind of document"], ["source", "Found via"], ["year", "Year"]];
  var ROW_KEYS = { diabetes: "diabetes", outcome: "outcome", cells: "cells" };
  var PAGE = 20, TABLE_LIMIT = 400, SHOW_VALUES = 8, EXCERPT_WORDS = 30;
  var $ = function (s) { return app.querySelector(s); };
  var input = $("#q"), sortSel = $("#sort"), statusEl = $("#status"), list = $("#results"), more = $("#more");
  var box = $("#filters"), toggle = $("#filters-toggle"), tableArea = $("#table-area"), toolbar = $(".toolbar");
  var root = new URL(app.getAttribute("data-root") || "./", document.baseURI);
  var index = null, compiled = null, results = [], shown = 0, token = 0, timer = null, countEls = {};
  var selected = {}, view = "cards", table = null, lastQuery = null;

  if (location.protocol === "file:") {
    $("#nosearch").hidden = false;
    $(".search-form").hidden = true;
    $(".search-body").hidden = true;
    return;
  }
  toolbar.hidden = false;
  statusEl.textContent = "Loading the search index…";

  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  if (params.get("sort")) sortSel.value = params.get("sort");
  if (params.get("view") === "table") view = "table";
  FILTERS.forEach(function (f) { selected[f[0]] = new Set(params.getAll(f[0])); });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  /* About EXCERPT_WORDS words of a document's text around the first word of the query it holds. */
  function excerptText(text, words) {
    var parts = String(text || "").split(/\s+/), at = 0;
    var stems = words.map(function (w) { return IWQuery.tokens(w)[0] || ""; }).filter(Boolean);
    for (var i = 0; i < parts.length; i++) {
      var t = IWQuery.tokens(parts[i])[0] || "";
      if (t && stems.some(function (s) { return t.indexOf(s) === 0; })) { at = i; break; }
    }
    var from = Math.max(0, at - Math.floor(EXCERPT_WORDS / 3));
    return (from > 0 ? "… " : "") + parts.slice(from, from + EXCERPT_WORDS).join(" ") +
      (from + EXCERPT_WORDS < parts.length ? " …" : "");
  }

  function marked(text, words) {
    var out = document.createDocumentFragment();
    if (!words.length) { out.append(document.createTextNode(text)); return out; }
    var rx = new RegExp("(" + words.map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); })
      .join("|") + ")", "gi");
    text.split(rx).forEach(function (part, i) {
      out.append(i % 2 ? el("mark", "", part) : document.createTextNode(part));
    });
    return out;
  }

  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function humanDate(iso) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso || "");
    if (!m) return "undated";
    if (!m[2]) return m[1];
    return (m[3] ? Number(m[3]) + " " : "") + MONTHS[Number(m[2]) - 1] + " " + m[1];
  }

  function link(url) { return new URL(String(url).replace(/^\/+/, ""), root).href; }

  function rowsOf(m) {
    return (m.rows || []).filter(function (r) {
      return Object.keys(ROW_KEYS).every(function (key) {
        return !selected[key].size || selected[key].has(r[ROW_KEYS[key]] || "Not stated");
      });
    });
  }

  /* The claim that best answers the query: the most query words in its outcome, figures and evidence. */
  function best(rows, words) {
    var top = rows[0], topScore = -1;
    rows.forEach(function (r) {
      var hay = [r.diabetes, r.outcome, r.cells, r.product, r.evidence].join(" ").toLowerCase();
      var score = words.filter(function (w) { return hay.indexOf(w.toLowerCase()) >= 0; }).length;
      if (score > topScore) { top = r; topScore = score; }
    });
    return top;
  }

  function card(m, words) {
    var rows = rowsOf(m);
    var li = el("li", "result");
    var head = el("div", "result-head");
    var a = el("a", "result-title"); a.href = link(m.url); a.append(el("bdi", "", m.title || m.url));
    head.append(a);
    head.append(el("span", "badge " + (m.primary ? "primary" : "report"), m.kind || ""));
    if (m.hype) {  // a few words fit a phone's width; the document page lists them all
      var hype = m.hype.split(", ");
      head.append(el("span", "badge hype", "hype: " + hype.slice(0, 3).join(", ") + (hype.length > 3 ? " …" : "")));
    }
    li.append(head);
    var meta = el("div", "result-meta muted");
    meta.append(el("bdi", "", m.outlet || m.source || ""));
    meta.append(document.createTextNode(" · " + humanDate(m.date) + " · found " + humanDate(m.found) +
      " · " + (!m.claims ? "no claims" : m.claims + (m.claims === 1 ? " claim" : " claims"))));
    li.append(meta);
    if (rows.length) {
      var r = best(rows, words);
      var claim = el("div", "result-claim");
      var title = el("a", "claim-title", [r.diabetes || "Diabetes type not stated", r.outcome || "Outcome not stated",
        r.patients || "group size not stated"].join(" · "));
      title.href = link(r.url);
      claim.append(title);
      if (r.duration) claim.append(el("span", "result-figures", " · " + r.duration + " months (" + r.duration_role + ")"));
      if (r.confidence === "low") claim.append(document.createTextNode(" "), el("span", "badge doubt", "low confidence"));
      if (r.hedged) claim.append(document.createTextNode(" "), el("span", "badge hedged", "hedged"));
      li.append(claim);
      if (r.evidence) {
        var q = el("blockquote", "evidence");
        q.append(marked(r.evidence, words));
        li.append(q);
      }
      if (rows.length > 1) {
        var rest = el("a", "more-claims", "and " + (rows.length - 1) + " more claim" + (rows.length > 2 ? "s" : ""));
        rest.href = link(m.url) + "#claims-h";
        rest.setAttribute("aria-label", "and " + (rows.length - 1) + " more claims in “" + (m.title || "") + "”");
        li.append(rest);
      }
    } else if (m.text) {
      var p = el("p", "excerpt"); p.append(marked(excerptText(m.text, words), words)); li.append(p);
    }
    return li;
  }

  function buildFilters(all) {
    box.replaceChildren();
    FILTERS.forEach(function (f) {
      var key = f[0], values = Object.keys(all[key] || {});
      if (!values.length) return;
      if (key === "year") values.sort().reverse();
      else values.sort(function (a, b) { return (all[key][b] - all[key][a]) || a.localeCompare(b); });
      var fs = el("fieldset", "filter");
      fs.append(el("legend", "", f[1]));
      countEls[key] = {};
      values.forEach(function (v, i) {
        var label = el("label", "check");
        var cb = document.createElement("input");
        cb.type = "checkbox"; cb.name = key; cb.value = v; cb.checked = selected[key].has(v);
        cb.addEventListener("change", function () {
          if (cb.checked) selected[key].add(v); else selected[key].delete(v);
          run();
        });
        var count = el("span", "count", String(all[key][v]));
        countEls[key][v] = count;
        var name = el("bdi", "value", v);
        label.append(cb, name, count);
        if (i >= SHOW_VALUES && !selected[key].has(v)) label.hidden = true;
        fs.append(label);
      });
      if (values.length > SHOW_VALUES) {
        var all_ = el("button", "show-all", "Show all " + values.length);
        all_.type = "button";
        all_.setAttribute("aria-label", "Show all " + values.length + " values of " + f[1]);
        all_.addEventListener("click", function () {
          fs.querySelectorAll("label[hidden]").forEach(function (l) { l.hidden = false; });
          all_.remove();
        });
        fs.append(all_);
      }
      box.append(fs);
    });
  }

  function updateCounts(counts) {
    Object.keys(countEls).forEach(function (key) {
      Object.keys(countEls[key]).forEach(function (v) {
        var n = (counts[key] || {})[v] || 0;
        countEls[key][v].textContent = String(n);
        countEls[key][v].parentNode.classList.toggle("zero", n === 0 && !selected[key].has(v));
      });
    });
  }

  function state() {
    var url = new URLSearchParams();
    if (input.value.trim()) url.set("q", input.value.trim());
    if (sortSel.value !== "relevance") url.set("sort", sortSel.value);
    if (view === "table") url.set("view", "table");
    FILTERS.forEach(function (f) { selected[f[0]].forEach(function (v) { url.append(f[0], v); }); });
    var qs = url.toString();
    history.replaceState(null, "", location.pathname + (qs ? "?" + qs : ""));
  }

  function data(ordinal) { return index.meta(ordinal); }

  /* Results for the query and filters (search-index.js): every group of OR-alternatives must match, excluded terms
     must not; a word that no document holds finds nothing. */
  async function execute() {
    var text = input.value.trim();
    var parsed = IWQuery.parse(compiled, text);
    var found = await index.search(parsed, selected, sortSel.value);
    return { results: found.results, counts: found.counts, unknown: found.unknown, sort: found.sort,
             words: IWQuery.highlightWords(compiled, text), text: text };
  }

  async function run() {
    var mine = ++token;
    state();
    statusEl.textContent = "Searching…";
    var q = await execute();
    if (mine !== token) return;
    lastQuery = q; results = q.results; shown = 0;
    list.replaceChildren();
    updateCounts(q.counts);
    var n = results.length;
    if (view === "table") await showTable(mine); else await showMore(mine);
    if (mine !== token) return;
    var order = { found: ", newest found first", oldest: ", oldest first", newest: ", newest first" }[q.sort] ||
      ", best match first";
    if (n === 0) {
      statusEl.textContent = q.unknown.length ? "No document contains “" + q.unknown.join("”, “") + "”."
        : "No results. Remove a filter or try other words.";
    } else {
      statusEl.textContent = n + (n === 1 ? " document" : " documents") + (q.text ? " for “" + q.text + "”" : "") + order +
        (view === "table" && n > TABLE_LIMIT ? "; the table shows the claims of the first " + TABLE_LIMIT : "") + ".";
    }
  }

  async function showMore(mine) {
    var slice = results.slice(shown, shown + PAGE);
    var loaded = await Promise.all(slice.map(data));
    if (mine !== token) return;
    loaded.forEach(function (d) { list.append(card(d, lastQuery.words)); });
    shown += slice.length;
    more.hidden = shown >= results.length;
  }

  async function showTable(mine) {
    more.hidden = true;
    var loaded = await Promise.all(results.slice(0, TABLE_LIMIT).map(data));
    if (mine !== token) return;
    var rows = [];
    loaded.forEach(function (d) { rows = rows.concat(rowsOf(d)); });
    table.set(rows);
  }

  function setView(next) {
    view = next;
    app.querySelectorAll("input[name=view]").forEach(function (r) { r.checked = r.value === view; });
    list.hidden = view === "table";
    tableArea.hidden = view !== "table";
    app.classList.toggle("table-view", view === "table");
    run();
  }

  async function fetchJson(url) {
    var r = await fetch(url);
    if (!r.ok) throw new Error(url + ": HTTP " + r.status);
    return r.json();
  }

  async function fetchBytes(url) {
    var r = await fetch(url);
    if (!r.ok) throw new Error(url + ": HTTP " + r.status);
    return r.arrayBuffer();
  }

  async function start() {
    try {
      var terms = await fetchJson(new URL(app.getAttribute("data-terms"), document.baseURI).href);
      compiled = IWQuery.compile(terms);
      index = await IWIndex.open(root.href, fetchJson, fetchBytes, compiled);
      buildFilters(index.totals());
    } catch (err) {
      statusEl.textContent = "The search index could not be loaded. Rebuild the site with 'isletwatch site' and serve it with 'isletwatch serve'.";
      box.replaceChildren();
      return;
    }
    table = new IWTable.Table(tableArea, root);
    $(".search-form").addEventListener("submit", function (e) { e.preventDefault(); clearTimeout(timer); run(); });
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 250); });
    sortSel.addEventListener("change", run);
    more.addEventListener("click", function () { showMore(token); });
    app.querySelectorAll("input[name=view]").forEach(function (r) {
      r.addEventListener("change", function () { if (r.checked) setView(r.value); });
    });
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      box.classList.toggle("open", open);
    });
    setView(view);
  }
  start();
})();

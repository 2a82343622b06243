/* IsletWatch explorer: Pagefind's JS API over the sharded index, the query language of query.js, filters as
   checkboxes (behind a button on phones), result cards with the evidence sentence, and a table view (table.js).
   Everything from the index is inserted as text (textContent); excerpts keep only <mark>. */
(function () {
  "use strict";
  var app = document.getElementById("search-app");
  if (!app) return;
  var FILTERS = [["claims", "Claims"], ["outcome", "Outcome"], ["diabetes", "Diabetes type"], ["cells", "Cells"],
                 ["hype", "Hype words"], ["story", "Story"], ["outlet", "Outlet"], ["role", "Primary source or report"],
                 ["kind", "Kind of document"], ["source", "Found via"], ["year", "Year"]];
  var CLAIM_KEYS = { diabetes: "d", outcome: "o", cells: "c" };
  var ROW_KEYS = { diabetes: "diabetes", outcome: "outcome", cells: "cells" };
  var PAGE = 20, TABLE_LIMIT = 400, COMBO_LIMIT = 12, SHOW_VALUES = 8;
  var $ = function (s) { return app.querySelector(s); };
  var input = $("#q"), sortSel = $("#sort"), statusEl = $("#status"), list = $("#results"), more = $("#more");
  var box = $("#filters"), toggle = $("#filters-toggle"), tableArea = $("#table-area"), toolbar = $(".toolbar");
  var root = new URL(app.getAttribute("data-root") || "./", document.baseURI);
  var pagefind = null, compiled = null, results = [], shown = 0, token = 0, timer = null, countEls = {};
  var selected = {}, view = "cards", knownWords = {}, dataCache = {}, table = null, lastQuery = null;

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

  var HIDDEN = /\bzz(?:syn|id)[0-9a-z]*\b/gi;
  function excerpt(html) {
    // Parse into an inert document; keep text and <mark>, drop every other element and the index's own tokens.
    var doc = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
    var out = document.createDocumentFragment();
    doc.body.firstChild.childNodes.forEach(function (n) {
      var text = n.textContent.replace(HIDDEN, "");
      if (!text.trim() && n.nodeName === "MARK") return;
      if (n.nodeName === "MARK") out.append(el("mark", "", text));
      else out.append(document.createTextNode(text));
    });
    return out;
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

  function rowsOf(d) {
    var rows = [];
    try { rows = JSON.parse((d.meta || {}).rows || "[]"); } catch (e) { rows = []; }
    return rows.filter(function (r) {
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

  function card(d, words) {
    var m = d.meta || {}, rows = rowsOf(d);
    var li = el("li", "result");
    var head = el("div", "result-head");
    var a = el("a", "result-title"); a.href = link(d.url); a.append(el("bdi", "", m.title || d.url));
    head.append(a);
    head.append(el("span", "badge " + (m.primary ? "primary" : "report"), m.kind || ""));
    if (m.hype) head.append(el("span", "badge hype", "hype: " + m.hype));
    li.append(head);
    var meta = el("div", "result-meta muted");
    meta.append(el("bdi", "", m.outlet || m.source || ""));
    meta.append(document.createTextNode(" · " + humanDate(m.date) + " · found " + humanDate(m.found) +
      " · " + (m.claims === "0" ? "no claims" : m.claims + (m.claims === "1" ? " claim" : " claims"))));
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
        rest.href = link(d.url) + "#claims-h";
        rest.setAttribute("aria-label", "and " + (rows.length - 1) + " more claims in “" + (m.title || "") + "”");
        li.append(rest);
      }
    } else if (d.excerpt) {
      var p = el("p", "excerpt"); p.append(excerpt(d.excerpt)); li.append(p);
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

  /* Pagefind filters; the claim filters of two or three fields use the combined keys ("do", "doc"…), so they
     must hold for one and the same claim, as in `isletwatch search`. */
  function pagefindFilters() {
    var filters = {}, claimKeys = [];
    FILTERS.forEach(function (f) {
      if (!selected[f[0]].size) return;
      if (CLAIM_KEYS[f[0]]) claimKeys.push(f[0]);
      else filters[f[0]] = { any: Array.from(selected[f[0]]) };
    });
    if (claimKeys.length === 1) filters[claimKeys[0]] = { any: Array.from(selected[claimKeys[0]]) };
    if (claimKeys.length > 1) {
      var order = ["diabetes", "outcome", "cells"].filter(function (k) { return claimKeys.indexOf(k) >= 0; });
      var combos = [""];
      order.forEach(function (k) {
        var next = [];
        combos.forEach(function (p) { selected[k].forEach(function (v) { next.push(p ? p + "|" + v : v); }); });
        combos = next;
      });
      filters[order.map(function (k) { return CLAIM_KEYS[k]; }).join("")] = { any: combos };
    }
    return filters;
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

  function sortOption(browse) {
    var s = sortSel.value;
    if (s === "newest" || (browse && s === "relevance")) return { date: "desc" };
    if (s === "oldest") return { date: "asc" };
    if (s === "found") return { found: "desc" };
    return null;
  }

  /* True when some document holds the word (or a longer word starting with it, or a form of it a few letters
     shorter, as stemming makes). Pagefind, given a word no document holds, falls back to documents holding any
     shorter word the query starts with: "xylophone" would find every "x", "alert" every "a". */
  function norm(w) { return w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""); }
  async function known(word) {
    var w = norm(word);
    if (w in knownWords) return knownWords[w];
    var found = (await pagefind.search(word)).results.slice(0, 3), ok = false;
    for (var i = 0; i < found.length && !ok; i++) {
      var d = await data(found[i]), words = String(d.content || "").split(/\s+/);
      ok = (d.locations || []).some(function (at) {
        var m = norm(words[at] || "");
        return m === w || (m.length >= 3 && (m.indexOf(w) === 0 || (w.indexOf(m) === 0 && m.length >= w.length - 3)));
      });
    }
    knownWords[w] = ok;
    return ok;
  }

  function data(r) {
    if (!dataCache[r.id]) dataCache[r.id] = r.data();
    return dataCache[r.id];
  }

  /* Results for the query and filters: the union over OR-combinations, less excluded terms; a word that no
     document holds makes its combination find nothing (Pagefind alone would silently drop the word). */
  async function execute() {
    var text = input.value.trim();
    var parsed = IWQuery.parse(compiled, text);
    var opts = { filters: pagefindFilters() };
    var browse = parsed.groups.length === 0;
    var sort = sortOption(browse);
    if (sort) opts.sort = sort;
    var lists = [], unknown = [];
    if (browse) {
      lists.push(await pagefind.search(null, opts));
    } else {
      var combos = IWQuery.combinations(parsed, COMBO_LIMIT);
      for (var i = 0; i < combos.length; i++) {
        var words = IWQuery.words(combos[i]), ok = true;
        for (var j = 0; j < words.length; j++) {
          if (!(await known(words[j]))) { ok = false; unknown.push(words[j]); }
        }
        if (ok) lists.push(await pagefind.search(combos[i], opts));
      }
    }
    var seen = {}, merged = [];
    lists.forEach(function (s) {
      s.results.forEach(function (r) { if (!seen[r.id]) { seen[r.id] = r; merged.push(r); } });
    });
    if (lists.length > 1 && !sort) merged.sort(function (a, b) { return b.score - a.score; });
    for (var k = 0; k < parsed.excluded.length; k++) {
      var gone = await pagefind.search(parsed.excluded[k], { filters: opts.filters });
      var drop = {};
      gone.results.forEach(function (r) { drop[r.id] = true; });
      merged = merged.filter(function (r) { return !drop[r.id]; });
    }
    if (lists.length > 1 && sort) {  // several sorted lists: order the union by the same key
      var head = merged.slice(0, TABLE_LIMIT), metas = await Promise.all(head.map(data));
      var key = sort.found ? "found" : "date", dir = (sort.date || sort.found) === "asc" ? 1 : -1;
      var order = head.map(function (r, i) { return [r, String((metas[i].meta || {})[key] || "")]; });
      order.sort(function (a, b) { return (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) * dir; });
      merged = order.map(function (x) { return x[0]; }).concat(merged.slice(TABLE_LIMIT));
    }
    var idTokens = IWQuery.rewrite(compiled, text).match(/\bzzid[0-9a-z]+/g) || [];
    if (idTokens.length && merged.length) {  // the record an identifier names comes before those citing it
      var top = merged.slice(0, 50), tops = await Promise.all(top.map(data));
      var own = top.filter(function (r, i) {
        return idTokens.some(function (t) { return ((tops[i].meta || {}).ids || "").split(" ").indexOf(t) >= 0; });
      });
      merged = own.concat(merged.filter(function (r) { return own.indexOf(r) < 0; }));
    }
    return { results: merged, counts: lists.length ? lists[0].filters || {} : {}, unknown: unknown,
             words: IWQuery.highlightWords(compiled, text), sort: sort, text: text };
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
    var order = q.sort ? (q.sort.found ? ", newest found first" : q.sort.date === "asc" ? ", oldest first" : ", newest first")
      : ", best match first";
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

  async function start() {
    try {
      var base = new URL(app.getAttribute("data-terms"), document.baseURI);
      var terms = await (await fetch(base)).json();
      compiled = IWQuery.compile(terms);
      var shards = (await (await fetch(new URL(app.getAttribute("data-shards"), document.baseURI))).json()).shards;
      pagefind = await import(new URL(shards[0] + "pagefind.js", root).href);
      await pagefind.options({ excerptLength: 30 });
      for (var i = 1; i < shards.length; i++) await pagefind.mergeIndex(new URL(shards[i], root).href);
      await pagefind.init();
      buildFilters(await pagefind.filters());
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

/* IsletWatch claim explorer: Pagefind's JS API, filters as checkboxes, newest-first browsing.
   Everything from the index is inserted as text (textContent); excerpts keep only <mark>. */
(function () {
  "use strict";
  var app = document.getElementById("search-app");
  if (!app) return;
  var FILTERS = [["record", "Result"], ["outcome", "Outcome"], ["diabetes", "Diabetes type"], ["cells", "Cell type"],
                 ["kind", "Kind of source"], ["source", "Source"], ["year", "Year"]];
  var PAGE = 20;
  var input = app.querySelector("#q"), sortSel = app.querySelector("#sort"), statusEl = app.querySelector("#status");
  var list = app.querySelector("#results"), more = app.querySelector("#more"), box = app.querySelector(".filters");
  var root = new URL(app.getAttribute("data-root") || "./", document.baseURI);
  var bundle = new URL(app.getAttribute("data-bundle"), document.baseURI).href;
  var pagefind = null, results = [], shown = 0, token = 0, timer = null, countEls = {};
  var selected = {};

  if (location.protocol === "file:") {
    app.querySelector("#nosearch").hidden = false;
    app.querySelector(".search-form").hidden = true;
    app.querySelector(".search-body").hidden = true;
    return;
  }

  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  if (params.get("sort")) sortSel.value = params.get("sort");
  FILTERS.forEach(function (f) { selected[f[0]] = new Set(params.getAll(f[0])); });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function excerpt(html) {
    // Parse into an inert document; keep text and <mark>, drop every other element.
    var doc = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
    var out = document.createDocumentFragment();
    doc.body.firstChild.childNodes.forEach(function (n) {
      if (n.nodeName === "MARK") out.append(el("mark", "", n.textContent));
      else out.append(document.createTextNode(n.textContent));
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

  function card(d) {
    var m = d.meta || {};
    var li = el("li", "result " + (m.claims !== undefined ? "is-doc" : "is-claim"));
    var head = el("div", "result-head");
    var a = el("a", "result-title", m.title || d.url);
    a.href = new URL(String(d.url).replace(/^\/+/, ""), root).href;
    head.append(a);
    if (m.claims !== undefined) head.append(el("span", "badge doc", "document · " + m.claims + " claims"));
    if (m.hedged) head.append(el("span", "badge hedged", "hedged"));
    li.append(head);
    if (m.treatment) li.append(el("div", "claim-treatment", m.treatment));
    if (m.figures) li.append(el("div", "result-figures", m.figures));
    var meta = el("div", "result-meta");
    meta.append(el("span", "badge " + (m.primary ? "primary" : "report"), m.kind || ""));
    if (m.doc) meta.append(document.createTextNode(" " + m.doc + " · "));
    else meta.append(document.createTextNode(" "));
    meta.append(document.createTextNode((m.source || "") + " · " + humanDate(m.date)));
    if (m.group) {
      var g = el("a", "group-link", "compare " + m.sources + " sources");
      g.href = new URL(m.group, root).href;
      meta.append(document.createTextNode(" · "), g);
    }
    li.append(meta);
    if (d.excerpt) { var p = el("p", "excerpt"); p.append(excerpt(d.excerpt)); li.append(p); }
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
      values.forEach(function (v) {
        var label = el("label", "check");
        var cb = document.createElement("input");
        cb.type = "checkbox"; cb.name = key; cb.value = v; cb.checked = selected[key].has(v);
        cb.addEventListener("change", function () {
          if (cb.checked) selected[key].add(v); else selected[key].delete(v);
          run();
        });
        var count = el("span", "count", String(all[key][v]));
        countEls[key][v] = count;
        label.append(cb, el("span", "value", v), count);
        fs.append(label);
      });
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

  function query() {
    var filters = {}, url = new URLSearchParams();
    if (input.value.trim()) url.set("q", input.value.trim());
    if (sortSel.value !== "relevance") url.set("sort", sortSel.value);
    FILTERS.forEach(function (f) {
      if (selected[f[0]].size) {
        filters[f[0]] = { any: Array.from(selected[f[0]]) };
        selected[f[0]].forEach(function (v) { url.append(f[0], v); });
      }
    });
    var opts = { filters: filters };
    var term = input.value.trim() || null;
    if (sortSel.value === "newest" || (!term && sortSel.value === "relevance")) opts.sort = { date: "desc" };
    if (sortSel.value === "oldest") opts.sort = { date: "asc" };
    var qs = url.toString();
    history.replaceState(null, "", location.pathname + (qs ? "?" + qs : ""));
    return { term: term, opts: opts };
  }

  async function run() {
    var mine = ++token, q = query();
    statusEl.textContent = "Searching…";
    var search = await pagefind.search(q.term, q.opts);
    if (mine !== token || !search) return;
    results = search.results; shown = 0;
    list.replaceChildren();
    updateCounts(search.filters || {});
    var n = results.length;
    await showMore(mine);
    if (mine !== token) return;
    statusEl.textContent = n === 0 ? "No results. Remove a filter or try other words."
      : n + (n === 1 ? " result" : " results") + (q.term ? " for “" + q.term + "”" : "") +
        (q.opts.sort ? (q.opts.sort.date === "asc" ? ", oldest first" : ", newest first") : ", best match first");
  }

  async function showMore(mine) {
    var slice = results.slice(shown, shown + PAGE);
    var data = await Promise.all(slice.map(function (r) { return r.data(); }));
    if (mine !== token) return;
    data.forEach(function (d) { list.append(card(d)); });
    shown += slice.length;
    more.hidden = shown >= results.length;
  }

  async function start() {
    try {
      pagefind = await import(bundle);
      await pagefind.options({ excerptLength: 24 });
      await pagefind.init();
      buildFilters(await pagefind.filters());
    } catch (err) {
      statusEl.textContent = "The search index could not be loaded. Rebuild the site with 'isletwatch site' and serve it with 'isletwatch serve'.";
      box.replaceChildren();
      return;
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 200); });
    sortSel.addEventListener("change", run);
    more.addEventListener("click", function () { showMore(token); });
    run();
  }
  start();
})();

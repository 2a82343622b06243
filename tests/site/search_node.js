/* Runs the site's own search code (static/query.js, static/search-index.js) in Node against a built site, for the
   tests: node search_node.js <site dir> < queries.json  →  one JSON answer per query on stdout.
   A query is {q, filters: {key: [values]}, sort, limit}; an answer {results: [url, …] (the first `limit`), total,
   ms (the search itself, fetching included), counts, unknown, fetched: [file, …]}. */
"use strict";
const fs = require("fs");
const path = require("path");
const statics = path.join(__dirname, "..", "..", "site", "static");
require(path.join(statics, "query.js"));
require(path.join(statics, "search-index.js"));

const site = process.argv[2];
let fetched = [];
function read(url) {
  const file = path.join(site, url);
  fetched.push(url);
  return fs.readFileSync(file);
}
const fetchJson = async (url) => JSON.parse(read(url).toString("utf-8"));
const fetchBytes = async (url) => { const b = read(url); return b.buffer.slice(b.byteOffset, b.byteOffset + b.length); };

(async () => {
  const queries = JSON.parse(fs.readFileSync(0, "utf-8"));
  const compiled = IWQuery.compile(await fetchJson("search-terms.json"));
  const index = await IWIndex.open("", fetchJson, fetchBytes, compiled);
  const keys = ["claims", "outcome", "diabetes", "cells", "hype", "story", "outlet", "role", "kind", "source", "year"];
  const answers = [];
  for (const q of queries) {
    fetched = [];
    const selected = {};
    keys.forEach((k) => { selected[k] = new Set((q.filters || {})[k] || []); });
    const parsed = IWQuery.parse(compiled, q.q || "");
    const started = process.hrtime.bigint();
    const r = await index.search(parsed, selected, q.sort || "relevance");
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const shown = q.limit ? r.results.slice(0, q.limit) : r.results;
    const metas = await Promise.all(shown.map((o) => index.meta(o)));
    answers.push({ results: metas.map((m) => m.url), total: r.results.length, ms: ms, counts: r.counts,
                   unknown: r.unknown, parsed: parsed,
                   fetched: Array.from(new Set(fetched)), tokens: q.tokens ? IWQuery.tokens(q.tokens) : undefined });
  }
  process.stdout.write(JSON.stringify(answers));
})().catch((e) => { console.error(e && e.stack || e); process.exit(1); });

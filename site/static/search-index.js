/* IsletWatch search engine over the static index that site/search_index.py writes (see its docstring for the
   files). Fetches only what a query needs: per word one term shard per segment, per phrase one pair shard per
   segment and word pair, metadata chunks for the results shown. Ranking is BM25 (weights from the index, idf
   over the whole site) with the title counted more; the filter panel's counts are computed here.
   `IWIndex.open(root, fetchJson, fetchBytes, compiled)`; fetchers return promises (the browser passes fetch,
   the tests read files). */
(function (global) {
  "use strict";
  var PREFIX_MIN = 3, PREFIX_TERMS = 64, PREFIX_FACTOR = 0.7;
  var CLAIM_KEYS = { diabetes: "d", outcome: "o", cells: "c" }, COMBOS = ["do", "dc", "oc", "doc"];

  function varints(bytes, start, end, withWeights) {
    var ords = [], weights = [], i = start, prev = 0;
    while (i < end) {
      var v = 0, shift = 0, b;
      do { b = bytes[i++]; v += (b & 0x7f) * Math.pow(2, shift); shift += 7; } while (b & 0x80);
      prev += v;
      ords.push(prev);
      if (withWeights) weights.push(bytes[i++]);
    }
    return { ords: ords, weights: weights };
  }

  function readVarint(bytes, at) {
    var v = 0, shift = 0, b;
    do { b = bytes[at.i++]; v += (b & 0x7f) * Math.pow(2, shift); shift += 7; } while (b & 0x80);
    return v;
  }

  /* A shard file: {flag, terms: [{term, df, start, end}]} with the raw bytes. */
  function parseShard(buffer) {
    var bytes = new Uint8Array(buffer), at = { i: 4 }, decoder = new TextDecoder();
    if (bytes.length < 4 || String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]) !== "IWS1") {
      throw new Error("not a search shard");
    }
    var flag = readVarint(bytes, at), n = readVarint(bytes, at), terms = [];
    for (var k = 0; k < n; k++) {
      var len = readVarint(bytes, at), term = decoder.decode(bytes.subarray(at.i, at.i + len));
      at.i += len;
      var df = readVarint(bytes, at), size = readVarint(bytes, at);
      terms.push({ term: term, df: df, size: size });
    }
    var pos = at.i;
    terms.forEach(function (t) { t.start = pos; pos += t.size; t.end = pos; });
    return { weights: flag === 1, terms: terms, bytes: bytes };
  }

  /* A document's metadata with its table rows whole: a row leaves out what equals its document's (search_index). */
  function expand(m) {
    if (m.expanded) return m;
    var defaults = { gk: m.gk, story: m.title, story_url: "", primary: m.primary, role: m.role,
                     date: (m.date || "").slice(0, 10), outlet: m.outlet, doc: m.title };
    m.rows = (m.rows || []).map(function (r) { return Object.assign({}, defaults, r); });
    m.expanded = true;
    return m;
  }

  function b64bytes(s) {
    var bin = atob(s), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }

  function Index(root, fetchJson, fetchBytes, compiled, info, filterTables) {
    var self = this;
    this.root = root; this.fetchJson = fetchJson; this.fetchBytes = fetchBytes; this.c = compiled;
    this.info = info; this.k1 = info.k1 || 1.2; this.n = info.documents;
    this.segments = []; var base = 0;
    info.segments.forEach(function (s) {
      self.segments.push({ dir: s.dir, base: base, count: s.count, t: s.t, p: s.p });
      base += s.count;
    });
    this.live = new Uint8Array(this.n).fill(1);
    (info.dead || []).forEach(function (o) { self.live[o] = 0; });
    this.liveCount = info.live;
    this.shards = {}; this.metas = {}; this.sortKeys = null;
    // filters: key → value → ordinals (global, ascending); the combined claim keys come with loadCombos
    this.filters = {};
    this.addFilters(filterTables);
    this.combos = null;
  }

  /* Adds each segment's filter table ({key: {values: {value: base64 varints}, rest: value}}). */
  Index.prototype.addFilters = function (tables) {
    var self = this;
    tables.forEach(function (table, s) {
      var seg = self.segments[s];
      Object.keys(table).forEach(function (key) {
        var values = self.filters[key] = self.filters[key] || {}, entry = table[key], taken = null;
        if (entry.rest !== undefined) taken = new Uint8Array(seg.count);
        Object.keys(entry.values).forEach(function (value) {
          var bytes = b64bytes(entry.values[value]), ords = varints(bytes, 0, bytes.length, false).ords;
          var list = values[value] = values[value] || [];
          for (var i = 0; i < ords.length; i++) { list.push(ords[i] + seg.base); if (taken) taken[ords[i]] = 1; }
        });
        if (taken) {  // every document of the segment without another value of this key
          var rest = values[entry.rest] = values[entry.rest] || [];
          for (var o = 0; o < seg.count; o++) if (!taken[o]) rest.push(o + seg.base);
        }
      });
    });
  };

  /* The combined claim keys ("do", "doc" …), fetched the first time two claim filters are chosen together. */
  Index.prototype.loadCombos = function () {
    var self = this;
    if (!this.combos) {
      this.combos = Promise.all(this.segments.map(function (seg) { return self.fetchJson(self.url(seg, "combos.json")); }))
        .then(function (tables) { self.addFilters(tables); });
    }
    return this.combos;
  };

  Index.prototype.url = function (seg, rest) { return this.root + "search/" + seg.dir + "/" + rest; };

  Index.prototype.shard = function (seg, kind, key) {
    var url = this.url(seg, kind + "/" + IWQuery.bucket(key, seg[kind]).toString(16) + ".bin");
    if (!(url in this.shards)) {
      this.shards[url] = this.fetchBytes(url).then(function (buf) { return buf ? parseShard(buf) : null; });
    }
    return this.shards[url];
  };

  /* The postings of every term a query word matches, over all segments: [{term, df, exact, lists: [[seg, shard, t]]}]. */
  Index.prototype.expand = async function (word, kind, prefix) {
    var self = this, key = IWQuery.shardKey(this.c, word.split(" ")[0]);
    var shards = await Promise.all(this.segments.map(function (seg) { return self.shard(seg, kind, key); }));
    var found = {};
    shards.forEach(function (shard, s) {
      if (!shard) return;
      shard.terms.forEach(function (t) {
        if (t.term === word || (prefix && t.term.indexOf(word) === 0)) {
          var entry = found[t.term] = found[t.term] || { term: t.term, df: 0, exact: t.term === word, lists: [] };
          entry.df += t.df;
          entry.lists.push([self.segments[s], shard, t]);
        }
      });
    });
    var list = Object.keys(found).map(function (k) { return found[k]; });
    list.sort(function (a, b) { return (b.exact - a.exact) || (b.df - a.df); });
    return list.slice(0, PREFIX_TERMS);
  };

  Index.prototype.idf = function (df) {
    var n = Math.max(this.liveCount, df);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };

  /* Dense scores for one word (a Float32Array, 0 = absent), or null when no document holds it. */
  Index.prototype.wordScores = async function (token, prefix) {
    var terms = await this.expand(token, "t", prefix && token.length >= PREFIX_MIN && token.indexOf("zz") !== 0);
    if (!terms.length) return null;
    var scores = new Float32Array(this.n), self = this, any = false;
    terms.forEach(function (t) {
      var factor = self.idf(t.df) * self.k1 * (t.exact ? 1 : PREFIX_FACTOR) / 255 + 1e-6;
      t.lists.forEach(function (l) {
        var p = varints(l[1].bytes, l[2].start, l[2].end, true);
        for (var i = 0; i < p.ords.length; i++) {
          var o = p.ords[i] + l[0].base, s = (p.weights[i] + 1) * factor;
          if (s > scores[o]) scores[o] = s;
          any = true;
        }
      });
    });
    return any ? scores : null;
  };

  /* Documents holding the two words side by side (a Uint8Array), or null. */
  Index.prototype.pairSet = async function (a, b) {
    var terms = await this.expand(a + " " + b, "p", false);
    if (!terms.length) return null;
    var set = new Uint8Array(this.n);
    terms[0].lists.forEach(function (l) {
      varints(l[1].bytes, l[2].start, l[2].end, false).ords.forEach(function (o) { set[o + l[0].base] = 1; });
    });
    return set;
  };

  /* Scores of one term (a word, a hyphenated word or a phrase): every token, side by side; null if none. */
  Index.prototype.termScores = async function (term) {
    var toks = IWQuery.tokens(term);
    if (!toks.length) return { scores: null, missing: [] };
    if (toks.length === 1) {
      var one = await this.wordScores(toks[0], true);
      return { scores: one, missing: one ? [] : [term.replace(/"/g, "")] };
    }
    var self = this;
    var all = await Promise.all(toks.map(function (t) { return self.wordScores(t, false); }));
    var missing = toks.filter(function (t, i) { return !all[i]; });
    if (missing.length) return { scores: null, missing: missing };
    var pairs = await Promise.all(toks.slice(1).map(function (t, i) { return self.pairSet(toks[i], t); }));
    if (pairs.some(function (p) { return !p; })) return { scores: null, missing: [] };
    var out = new Float32Array(this.n);
    for (var o = 0; o < this.n; o++) {
      var s = 0, ok = true;
      for (var k = 0; k < all.length && ok; k++) { if (!all[k][o]) ok = false; else s += all[k][o]; }
      for (var j = 0; j < pairs.length && ok; j++) if (!pairs[j][o]) ok = false;
      if (ok) out[o] = s;
    }
    return { scores: out, missing: [] };
  };

  /* A Uint8Array of the documents the selected filters allow, leaving out the key `skip` (for its counts). */
  Index.prototype.filterMask = function (selected, skip) {
    var self = this, mask = new Uint8Array(this.live), claimKeys = [];
    function keep(key, values) {
      var allowed = new Uint8Array(self.n), table = self.filters[key] || {};
      values.forEach(function (v) { (table[v] || []).forEach(function (o) { allowed[o] = 1; }); });
      for (var o = 0; o < self.n; o++) if (!allowed[o]) mask[o] = 0;
    }
    Object.keys(selected).forEach(function (key) {
      if (key === skip || !selected[key].size) return;
      if (CLAIM_KEYS[key]) claimKeys.push(key); else keep(key, Array.from(selected[key]));
    });
    if (claimKeys.length === 1) keep(claimKeys[0], Array.from(selected[claimKeys[0]]));
    if (claimKeys.length > 1) {  // the same claim must have every selected field: the combined keys ("do", "doc")
      var order = ["diabetes", "outcome", "cells"].filter(function (k) { return claimKeys.indexOf(k) >= 0; });
      var combos = [""];
      order.forEach(function (k) {
        var next = [];
        combos.forEach(function (p) { selected[k].forEach(function (v) { next.push(p ? p + "|" + v : v); }); });
        combos = next;
      });
      keep(order.map(function (k) { return CLAIM_KEYS[k]; }).join(""), combos);
    }
    return mask;
  };

  Index.prototype.sortKeys_ = async function () {
    if (!this.sortKeys) {
      var self = this;
      this.sortKeys = Promise.all(this.segments.map(function (seg) { return self.fetchBytes(self.url(seg, "sort.bin")); }))
        .then(function (bufs) {
          var date = new Uint16Array(self.n), found = new Uint16Array(self.n);
          bufs.forEach(function (buf, s) {
            var seg = self.segments[s], view = new DataView(buf);
            for (var i = 0; i < seg.count; i++) {
              date[seg.base + i] = view.getUint16(2 * i, true);
              found[seg.base + i] = view.getUint16(2 * (seg.count + i), true);
            }
          });
          return { date: date, found: found };
        });
    }
    return this.sortKeys;
  };

  /* {results: [ordinal, …] in order, counts: {key: {value: n}}, unknown: [word, …]}. sort: "relevance",
     "newest", "oldest" or "found"; with no words, "relevance" means newest. */
  Index.prototype.search = async function (parsed, selected, sort) {
    var self = this, n = this.n, unknown = [];
    if (Object.keys(CLAIM_KEYS).filter(function (k) { return selected[k] && selected[k].size; }).length > 1) {
      await this.loadCombos();
    }
    var matched = null, scores = null;  // null: every document (no words)
    if (parsed.groups.length) {
      var groupScores = await Promise.all(parsed.groups.map(async function (alts) {
        var results = await Promise.all(alts.map(function (a) { return self.termScores(a); }));
        var best = null;
        results.forEach(function (r) {
          unknown = unknown.concat(r.missing);
          if (!r.scores) return;
          if (!best) { best = r.scores; return; }
          for (var o = 0; o < n; o++) if (r.scores[o] > best[o]) best[o] = r.scores[o];
        });
        return best;
      }));
      scores = new Float32Array(n);
      matched = new Uint8Array(n);
      if (groupScores.every(function (g) { return g; })) {
        for (var o = 0; o < n; o++) {
          var s = 0, ok = true;
          for (var g = 0; g < groupScores.length && ok; g++) { if (!groupScores[g][o]) ok = false; else s += groupScores[g][o]; }
          if (ok) { matched[o] = 1; scores[o] = s; }
        }
      }
    }
    if (parsed.excluded.length && (!matched || matched.some(function (x) { return x; }))) {
      var gone = await Promise.all(parsed.excluded.map(function (t) { return self.termScores(t); }));
      if (!matched) matched = new Uint8Array(n).fill(1);
      gone.forEach(function (r) {
        if (r.scores) for (var o = 0; o < n; o++) if (r.scores[o]) matched[o] = 0;
      });
    }
    var base = new Uint8Array(this.live);
    if (matched) for (var o2 = 0; o2 < n; o2++) base[o2] &= matched[o2];
    // counts per filter value: the documents the query and the other keys' filters allow
    var counts = {}, keys = Object.keys(this.filters);
    keys.forEach(function (key) {
      if (COMBOS.indexOf(key) >= 0) return;
      var mask = self.filterMask(selected, key), table = self.filters[key], out = counts[key] = {};
      Object.keys(table).forEach(function (v) {
        var c = 0, list = table[v];
        for (var i = 0; i < list.length; i++) if (base[list[i]] && mask[list[i]]) c++;
        out[v] = c;
      });
    });
    var mask = this.filterMask(selected, null), results = [];
    for (var o3 = 0; o3 < n; o3++) if (base[o3] && mask[o3]) results.push(o3);
    var by = sort === "newest" || sort === "oldest" || sort === "found" ? sort : scores ? "relevance" : "newest";
    if (by === "relevance") {
      results.sort(function (a, b) { return (scores[b] - scores[a]) || (a - b); });
    } else {
      var keysOf = await this.sortKeys_(), col = by === "found" ? keysOf.found : keysOf.date, dir = by === "oldest" ? 1 : -1;
      results.sort(function (a, b) { return ((col[a] - col[b]) * dir) || (a - b); });
    }
    return { results: results, counts: counts, unknown: unknown, sort: by };
  };

  /* The metadata of one result (title, outlet, dates, table rows …), fetched with its chunk. */
  Index.prototype.meta = function (ordinal) {
    var seg = null;
    for (var i = 0; i < this.segments.length; i++) {
      var s = this.segments[i];
      if (ordinal >= s.base && ordinal < s.base + s.count) { seg = s; break; }
    }
    var local = ordinal - seg.base, size = this.info.metaChunk, url = this.url(seg, "m/" + Math.floor(local / size) + ".json");
    if (!(url in this.metas)) this.metas[url] = this.fetchJson(url);
    return this.metas[url].then(function (chunk) { return expand(chunk[local % size]); });
  };

  /* Total documents per filter value, for building the panel. */
  Index.prototype.totals = function () {
    var self = this, out = {};
    Object.keys(this.filters).forEach(function (key) {
      out[key] = {};
      Object.keys(self.filters[key]).forEach(function (v) {
        out[key][v] = self.filters[key][v].filter(function (o) { return self.live[o]; }).length;
      });
    });
    return out;
  };

  async function open(root, fetchJson, fetchBytes, compiled) {
    var info = await fetchJson(root + "search/index.json");
    var tables = await Promise.all(info.segments.map(function (s) {
      return fetchJson(root + "search/" + s.dir + "/filters.json");
    }));
    return new Index(root, fetchJson, fetchBytes, compiled, info, tables);
  }

  global.IWIndex = { open: open, parseShard: parseShard };
})(typeof window !== "undefined" ? window : globalThis);

/* IsletWatch query language for the browser, the same as `isletwatch search`:
   all words must match; "exact phrases"; -excluded words; OR between alternatives; synonyms (T1D ↔ type 1
   diabetes, zimislecel ↔ VX-880) and identifiers (DOI, PMID, NCT, ChiCTR) rewritten to the tokens the index
   holds (site/search_terms.py writes both sides from one table, search-terms.json). Words are tokenized and
   stemmed exactly as site/search_index.py does (tests compare the two). Pure functions. */
(function (global) {
  "use strict";

  function escapeRx(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  function compile(table) {
    var groups = table.synonyms.map(function (group, i) {
      var alts = group.slice().sort(function (a, b) { return b.length - a.length; }).map(function (p) {
        return escapeRx(p).replace(/ /g, "[\\s\\-]+");
      });
      // a form is a whole word: not inside a word, and not the tail of a hyphenated one ("-T1D" is an exclusion)
      return { token: table.synonymPrefix + i,
               rx: new RegExp("(?<![\\w]|\\w-)(?:" + alts.join("|") + ")(?![\\w-])", "gi") };
    });
    var ids = table.ids.map(function (pair) {
      return { kind: pair[0], rx: new RegExp(pair[1], "gi") };
    });
    return { groups: groups, ids: ids, idPrefix: table.idPrefix, synonymPrefix: table.synonymPrefix };
  }

  function idToken(c, kind, value) {
    return c.idPrefix + kind + value.toLowerCase().replace(/[^0-9a-z]/g, "");
  }

  /* Identifiers and synonyms replaced by index tokens in a piece of text outside quotes (a "-" before one stays). */
  function rewritePlain(c, text) {
    var out = text;
    function sub(token) {
      return function (m) {
        var offset = arguments[arguments.length - 2], whole = arguments[arguments.length - 1];
        return (offset > 0 && whole.charAt(offset - 1) === "-" ? "" : " ") + token(m, arguments) + " ";
      };
    }
    c.ids.forEach(function (id) {
      out = out.replace(id.rx, sub(function (m, args) {
        var g1 = typeof args[1] === "string" ? args[1] : null;
        return idToken(c, id.kind, g1 || m);
      }));
    });
    c.groups.forEach(function (g) { out = out.replace(g.rx, sub(function () { return g.token; })); });
    return out;
  }

  /* The query with identifiers and synonyms replaced by index tokens; a quoted phrase is replaced only when it is
     one synonym or identifier as a whole ("type 1 diabetes"), else it stays words to be found side by side. */
  function rewrite(c, text) {
    var out = (text || "").split(/("[^"]*"?)/).map(function (part) {
      if (part.charAt(0) !== '"') return rewritePlain(c, part);
      var inner = part.replace(/"/g, "").trim(), swapped = rewritePlain(c, inner).trim();
      return /^\S+$/.test(swapped) && swapped !== inner ? " " + swapped + " " : part;
    }).join("");
    return out.replace(/\s+/g, " ").trim();
  }

  /* {groups: [[alt, …], …] (AND across, OR within), excluded: [term, …]}; a term is a word or a "phrase". */
  function parse(c, text) {
    var tokens = rewrite(c, text).match(/-?"[^"]*"?|\S+/g) || [];
    var groups = [], excluded = [], pendingOr = false;
    tokens.forEach(function (raw) {
      if (raw === "OR") { pendingOr = groups.length > 0; return; }
      var negated = raw.length > 1 && raw.charAt(0) === "-";
      var body = negated ? raw.slice(1) : raw;
      var phrase = body.charAt(0) === '"';
      var words = body.replace(/"/g, " ").replace(/\*+(\s|$)/g, "$1").trim();
      if (!words || !/[\p{L}\p{N}]/u.test(words)) { pendingOr = false; return; }
      var term = phrase && /\s/.test(words) ? '"' + words + '"' : words;
      if (negated) excluded.push(term);
      else if (pendingOr) groups[groups.length - 1].push(term);
      else groups.push([term]);
      pendingOr = false;
    });
    return { groups: groups, excluded: excluded };
  }

  /* Runs of letters and digits, NFKC-normalised and lower-cased: search_index.words. */
  function words(text) {
    return (String(text || "").normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) || []);
  }

  /* search_index.stem: studies → study, patients → patient; not -ss, -us, -is, short or non-letter words. */
  function stem(w) {
    if (Array.from(w).length <= 3 || !/^\p{L}+$/u.test(w) || w.indexOf("zz") === 0) return w;
    if (/ies$/.test(w) && Array.from(w).length > 4) return w.slice(0, -3) + "y";
    if (/s$/.test(w) && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
    return w;
  }

  function tokens(text) { return words(text).map(stem); }

  function fnv1a(text) {
    var bytes = new TextEncoder().encode(text), h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 0x01000193) >>> 0; }
    return h >>> 0;
  }

  /* search_index.shard_key: terms with the same first three letters share a shard; a synonym or identifier token
     is alone (matched whole). */
  function shardKey(c, term) {
    if (term.indexOf(c.idPrefix) === 0 || term.indexOf(c.synonymPrefix) === 0) return term;
    return Array.from(term).slice(0, 3).join("");
  }

  /* search_index.bucket: the file that holds a shard key, of `buckets` (a power of two). */
  function bucket(key, buckets) { return fnv1a(key) & (buckets - 1); }

  /* Words a reader typed (not index tokens), for highlighting evidence sentences. */
  function highlightWords(c, text) {
    var plain = (text || "").replace(/-?"[^"]*"?/g, function (m) { return m.charAt(0) === "-" ? " " : m; })
      .replace(/(^|\s)-\S+/g, " ");
    return (plain.match(/[\p{L}\p{N}][\p{L}\p{N}\-]*/gu) || []).filter(function (w) {
      return w.length > 2 && w !== "OR";
    });
  }

  global.IWQuery = { compile: compile, rewrite: rewrite, parse: parse, words: words, stem: stem, tokens: tokens,
                     shardKey: shardKey, bucket: bucket, fnv1a: fnv1a, highlightWords: highlightWords };
})(typeof window !== "undefined" ? window : globalThis);

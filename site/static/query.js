/* IsletWatch query language for the browser, the same as `isletwatch search` where Pagefind allows:
   all words must match; "exact phrases"; -excluded words; OR between alternatives; synonyms (T1D ↔ type 1
   diabetes, zimislecel ↔ VX-880) and identifiers (DOI, PMID, NCT, ChiCTR) rewritten to the tokens the index
   holds (site/search_terms.py writes both sides from one table, search-terms.json). Pure functions. */
(function (global) {
  "use strict";

  function escapeRx(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  function compile(table) {
    var groups = table.synonyms.map(function (group, i) {
      var alts = group.slice().sort(function (a, b) { return b.length - a.length; }).map(function (p) {
        return escapeRx(p).replace(/ /g, "[\\s\\-]+");
      });
      return { token: table.synonymPrefix + i, rx: new RegExp("(?<![\\w-])(?:" + alts.join("|") + ")(?![\\w-])", "gi") };
    });
    var ids = table.ids.map(function (pair) {
      return { kind: pair[0], rx: new RegExp(pair[1], "gi") };
    });
    return { groups: groups, ids: ids, idPrefix: table.idPrefix };
  }

  function idToken(c, kind, value) {
    return c.idPrefix + kind + value.toLowerCase().replace(/[^0-9a-z]/g, "");
  }

  /* The query with identifiers and synonyms replaced by index tokens. */
  function rewrite(c, text) {
    var out = text || "";
    c.ids.forEach(function (id) {
      out = out.replace(id.rx, function (m, g1) { return " " + idToken(c, id.kind, g1 || m) + " "; });
    });
    c.groups.forEach(function (g) { out = out.replace(g.rx, " " + g.token + " "); });
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

  /* Every AND-combination of the OR alternatives (at most `limit`), each a string Pagefind can search. */
  function combinations(parsed, limit) {
    var combos = [[]];
    parsed.groups.forEach(function (alts) {
      var next = [];
      combos.forEach(function (prefix) { alts.forEach(function (a) { next.push(prefix.concat([a])); }); });
      combos = next.slice(0, limit || 16);
    });
    return parsed.groups.length ? combos.map(function (c) { return c.join(" "); }) : [];
  }

  /* The single words of a term list, for the "every word must exist" check Pagefind does not make. */
  function words(term) {
    return term.replace(/"/g, " ").split(/\s+/).filter(function (w) { return /[\p{L}\p{N}]/u.test(w); });
  }

  /* Words a reader typed (not index tokens), for highlighting evidence sentences. */
  function highlightWords(c, text) {
    var plain = (text || "").replace(/-?"[^"]*"?/g, function (m) { return m.charAt(0) === "-" ? " " : m; });
    return (plain.match(/[\p{L}\p{N}][\p{L}\p{N}\-]*/gu) || []).filter(function (w) {
      return w.length > 2 && w !== "OR";
    });
  }

  global.IWQuery = { compile: compile, rewrite: rewrite, parse: parse, combinations: combinations, words: words,
                     highlightWords: highlightWords };
})(window);

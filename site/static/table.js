/* IsletWatch comparison table: one row per claim, grouped by story with the primary source first, sortable by
   any column, exported as CSV exactly as shown. Rows come from the search index (site/rows.py builds them);
   everything is inserted as text. */
(function (global) {
  "use strict";
  var COLUMNS = [["story", "Story"], ["role", "Role"], ["date", "Published"], ["outlet", "Outlet"],
                 ["doc", "Document"], ["diabetes", "Diabetes"], ["outcome", "Outcome"], ["patients", "Patients"],
                 ["duration", "Duration (months)"], ["duration_role", "Duration is"], ["cells", "Cells"],
                 ["product", "Product"], ["confidence", "Confidence"]];
  var SHOWN = COLUMNS.filter(function (c) { return c[0] !== "story"; });
  var EXPORT = COLUMNS.concat([["evidence", "Evidence"], ["link", "Link"]]);
  var NUMERIC = { duration: "days", patients: "n" };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  /* Story groups in order of first appearance; inside a group the primary sources first, then oldest first. */
  function grouped(rows) {
    var order = [], groups = {};
    rows.forEach(function (r) {
      if (!groups[r.gk]) { groups[r.gk] = []; order.push(r.gk); }
      groups[r.gk].push(r);
    });
    return order.map(function (gk) {
      var members = groups[gk].slice().sort(function (a, b) {
        return (b.primary - a.primary) || String(a.date).localeCompare(String(b.date)) || a.url.localeCompare(b.url);
      });
      return { key: gk, title: members[0].story, url: members[0].story_url, rows: members };
    });
  }

  function sortValue(row, key) {
    if (NUMERIC[key]) { var v = row[NUMERIC[key]]; return v === "" || v === undefined ? null : Number(v); }
    return String(row[key] || "").toLowerCase() || null;
  }

  function sorted(rows, key, dir) {
    return rows.slice().sort(function (a, b) {
      var x = sortValue(a, key), y = sortValue(b, key);
      if (x === null && y === null) return 0;
      if (x === null) return 1;  // blanks last whatever the direction
      if (y === null) return -1;
      return (x < y ? -1 : x > y ? 1 : 0) * dir;
    });
  }

  function Table(area, root) {
    this.area = area; this.root = root; this.rows = []; this.sortKey = null; this.sortDir = 1; this.shown = [];
  }

  Table.prototype.set = function (rows) { this.rows = rows; this.render(); };

  Table.prototype.render = function () {
    var self = this, area = this.area;
    area.replaceChildren();
    if (!this.rows.length) { area.append(el("p", "empty", "No claims in these results.")); this.shown = []; return; }
    var bar = el("div", "table-bar");
    var exp = el("button", "", "Download these " + this.rows.length + " rows as CSV");
    exp.type = "button"; exp.id = "export-csv";
    exp.addEventListener("click", function () { self.download(); });
    bar.append(exp);
    if (this.sortKey) {
      var regroup = el("button", "", "Group by story again");
      regroup.type = "button";
      regroup.addEventListener("click", function () { self.sortKey = null; self.render(); });
      bar.append(regroup);
    }
    area.append(bar);
    var table = el("table", "data compare-table stack");
    table.id = "claims-table";
    table.append(el("caption", "sr-only", this.sortKey ? "Claims sorted by a column" : "Claims grouped by story, primary source first"));
    var head = el("tr");
    SHOWN.forEach(function (col) {
      var th = el("th"); th.scope = "col";
      var b = el("button", "sort", col[1]); b.type = "button";
      if (self.sortKey === col[0]) th.setAttribute("aria-sort", self.sortDir > 0 ? "ascending" : "descending");
      b.addEventListener("click", function () {
        self.sortDir = self.sortKey === col[0] ? -self.sortDir : 1;
        self.sortKey = col[0];
        self.render();
        var again = self.area.querySelector("th[aria-sort] button");
        if (again) again.focus();
      });
      th.append(b); head.append(th);
    });
    var thead = el("thead"); thead.append(head); table.append(thead);
    var tbody = el("tbody");
    this.shown = [];
    if (this.sortKey) {
      sorted(this.rows, this.sortKey, this.sortDir).forEach(function (r) { tbody.append(self.row(r)); });
    } else {
      grouped(this.rows).forEach(function (g) {
        var tr = el("tr", "story-row"), th = el("th");
        th.scope = "colgroup"; th.colSpan = SHOWN.length;
        var name = el("bdi", "", g.title);
        if (g.url) { var a = el("a"); a.href = new URL(g.url, self.root).href; a.append(name); th.append(a); }
        else th.append(name);
        th.append(el("span", "muted", " · " + g.rows.length + (g.rows.length === 1 ? " claim" : " claims")));
        tr.append(th); tbody.append(tr);
        g.rows.forEach(function (r) { tbody.append(self.row(r)); });
      });
    }
    table.append(tbody);
    var wrap = el("div", "table-scroll"); wrap.append(table);
    area.append(wrap);
  };

  Table.prototype.row = function (r) {
    var self = this, tr = el("tr", r.primary ? "primary-row" : "");
    SHOWN.forEach(function (col) {
      var td = el("td"); td.setAttribute("data-label", col[1]);
      var value = r[col[0]] === undefined ? "" : String(r[col[0]]);
      if (col[0] === "doc") {
        var a = el("a"); a.href = new URL(String(r.url).replace(/^\/+/, ""), self.root).href;
        a.append(el("bdi", "", value)); td.append(a);
      } else if (col[0] === "outlet") {
        td.append(el("bdi", "", value));
      } else if (col[0] === "role") {
        td.append(el("span", "badge " + (r.primary ? "primary" : "report"), value));
      } else if (col[0] === "confidence" && value === "low") {
        td.append(el("span", "badge doubt", "low"));
      } else {
        td.textContent = value;
        if (col[0] === "duration" || col[0] === "patients") td.className = "num";
      }
      tr.append(td);
    });
    this.shown.push(r);
    return tr;
  };

  /* The rows exactly as shown (same order, same text) plus the evidence and a link, as CSV with a BOM. */
  Table.prototype.csv = function () {
    var self = this;
    function cell(v) {
      var s = v === undefined || v === null ? "" : String(v);
      if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
      return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    }
    var lines = [EXPORT.map(function (c) { return cell(c[1]); }).join(",")];
    this.shown.forEach(function (r) {
      lines.push(EXPORT.map(function (c) {
        if (c[0] === "link") return cell(new URL(String(r.url).replace(/^\/+/, ""), self.root).href);
        return cell(r[c[0]]);
      }).join(","));
    });
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  };

  Table.prototype.download = function () {
    var blob = new Blob([this.csv()], { type: "text/csv;charset=utf-8" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "isletwatch-claims.csv";
    document.body.append(a); a.click(); a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
  };

  global.IWTable = { Table: Table, COLUMNS: COLUMNS, SHOWN: SHOWN, EXPORT: EXPORT, grouped: grouped };
})(window);

/* zhibiao site: search, charts (uPlot, vendored) and tables drawn from the data each page carries. No network. */
(function () {
  "use strict";
  var STATUS = {
    actual: { label: "实际 actual", dash: null },
    estimate: { label: "预计 estimate", dash: [2, 4] },
    target: { label: "目标 target", dash: [8, 5] }
  };
  var STATUS_COLORS = { actual: "#1f5fa8", estimate: "#7a7a7a", target: "#d9480f" };
  var COLORS = ["#1f5fa8", "#d9480f", "#2b8a3e", "#862e9c", "#c2255c", "#0b7285", "#e67700", "#5c940d", "#495057", "#364fc7"];
  var FULL_YEAR = /^\d{4}$/;
  var MAX_ROWS = 2000;
  // fact rows in indicator data: [region_code, period, status, value, qualifier, text, doc_id, fact_id, published]
  var R = 0, PERIOD = 1, ST = 2, VAL = 3, QUAL = 4, TEXT = 5, DOC = 6, FACT = 7, PUB = 8;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var k in attrs || {}) node.setAttribute(k, attrs[k]);
    if (text != null) node.textContent = text;
    return node;
  }

  function scaleFor(unit, values) {
    var max = 0;
    values.forEach(function (v) { if (v != null && Math.abs(v) > max) max = Math.abs(v); });
    if (unit === "CNY") return max >= 1e8 ? [1e8, "亿元"] : max >= 1e4 ? [1e4, "万元"] : [1, "元"];
    if (unit === "person" || unit === "person_time") return max >= 1e4 ? [1e4, unit === "person" ? "万人" : "万人次"] : [1, unit === "person" ? "人" : "人次"];
    if (unit === "m2") return max >= 1e6 ? [1e6, "km²"] : [1, "m²"];
    if (unit === "kg") return max >= 1e7 ? [1e7, "万吨"] : max >= 1e3 ? [1e3, "吨"] : [1, "kg"];
    if (unit === "W") return max >= 1e7 ? [1e7, "万千瓦"] : [1e3, "kW"];
    if (unit === "Wh") return max >= 1e11 ? [1e11, "亿千瓦时"] : max >= 1e7 ? [1e7, "万千瓦时"] : [1e3, "kWh"];
    if (unit === "percent") return [1, "%"];
    if (unit === "percentage_point") return [1, "个百分点"];
    return [1, unit];
  }

  function fmt(v) {
    if (v == null) return "–";
    return Math.abs(v) >= 100 ? v.toLocaleString("en", { maximumFractionDigits: 1 }) : String(+v.toPrecision(4));
  }

  /* One chart. `series`: [{name, color, status, points: {year: {value, href}}}]; full-year points only. */
  function drawChart(target, unit, series) {
    var years = {};
    series.forEach(function (s) { Object.keys(s.points).forEach(function (y) { years[y] = true; }); });
    var xs = Object.keys(years).map(Number).sort(function (a, b) { return a - b; });
    if (!xs.length) return null;
    var all = [];
    series.forEach(function (s) { xs.forEach(function (y) { if (s.points[y]) all.push(s.points[y].value); }); });
    var scale = scaleFor(unit, all);
    var data = [xs], links = [];
    series.forEach(function (s) {
      data.push(xs.map(function (y) { return s.points[y] ? s.points[y].value / scale[0] : null; }));
      links.push(xs.map(function (y) { return s.points[y] ? s.points[y].href : null; }));
    });
    var focused = null;
    var opts = {
      width: Math.max(320, target.clientWidth || 720), height: 280,
      scales: { x: { time: false, range: [xs[0] - 0.5, xs[xs.length - 1] + 0.5] } },
      axes: [
        { values: function (u, vals) { return vals.map(function (v) { return Number.isInteger(v) ? String(v) : ""; }); },
          incrs: [1, 2, 5, 10, 20, 50] },
        { label: scale[1], size: 64, values: function (u, vals) { return vals.map(fmt); } }
      ],
      cursor: { focus: { prox: 24 } },
      focus: { alpha: 0.35 },
      series: [{ label: "year", value: function (u, v) { return v == null ? "" : String(v); } }].concat(series.map(function (s) {
        return {
          label: s.name + " · " + STATUS[s.status].label, stroke: s.color, width: 2, spanGaps: true,
          dash: STATUS[s.status].dash || undefined,
          points: { show: true, size: 7, stroke: s.color, fill: s.status === "actual" ? s.color : "#fff" },
          value: function (u, v) { return v == null ? "–" : fmt(v) + " " + scale[1]; }
        };
      })),
      hooks: { setSeries: [function (u, i, o) { if (o && o.focus != null) focused = o.focus ? i : null; }] }
    };
    var chart = new uPlot(opts, data, target);
    chart.over.style.cursor = "pointer";
    chart.over.addEventListener("click", function () {  // a point opens its fact: the sentence in its document
      var i = chart.cursor.idx;
      if (i == null) return;
      var s = focused;
      if (s == null) for (var k = 0; k < links.length && s == null; k++) if (links[k][i]) s = k + 1;
      if (s != null && links[s - 1][i]) location.href = links[s - 1][i];
    });
    return chart;
  }

  function factHref(root, docId, factId) { return root + "doc/" + docId + ".html#f-" + factId; }

  /* ---------------------------------------------------------------- index: one search box over every list */
  function index() {
    var box = document.getElementById("search"), count = document.getElementById("search-count");
    var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-q]"));
    rows.forEach(function (r) { r._q = r.getAttribute("data-q").toLowerCase(); });
    function apply() {
      var q = box.value.trim().toLowerCase(), shown = 0;
      rows.forEach(function (r) { var hit = !q || r._q.indexOf(q) >= 0; r.hidden = !hit; if (hit) shown++; });
      count.textContent = q ? shown + " matches" : "";
    }
    box.addEventListener("input", apply);
    if (location.hash.indexOf("#q=") === 0) box.value = decodeURIComponent(location.hash.slice(3));
    apply();
  }

  /* ---------------------------------------------------------------- indicator page */
  function indicator(data) {
    var counts = {}, yearCounts = {};
    data.groups.forEach(function (g) {
      g.facts.forEach(function (f) {
        counts[f[R]] = (counts[f[R]] || 0) + 1;
        if (f[PERIOD] && FULL_YEAR.test(f[PERIOD])) yearCounts[f[R]] = (yearCounts[f[R]] || 0) + 1;
      });
    });
    var codes = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); });
    var selected = fromHash();
    if (!selected.length) {
      selected = codes.filter(function (c) { return yearCounts[c]; })
        .sort(function (a, b) { return yearCounts[b] - yearCounts[a] || (a < b ? -1 : 1); }).slice(0, 5);
      if (!selected.length) selected = codes.slice(0, 5);
    }
    var list = document.getElementById("region-list"), filter = document.getElementById("region-filter");
    codes.forEach(function (code) {
      var label = el("label", { "data-q": (data.regions[code] + " " + code).toLowerCase() });
      var box = el("input", { type: "checkbox", value: code });
      box.checked = selected.indexOf(code) >= 0;
      box.addEventListener("change", function () {
        selected = Array.prototype.filter.call(list.querySelectorAll("input:checked"), function () { return true; })
          .map(function (b) { return b.value; });
        history.replaceState(null, "", "#r=" + selected.join(","));
        render();
      });
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + data.regions[code] + " (" + counts[code] + ")"));
      list.appendChild(label);
    });
    filter.addEventListener("input", function () {
      var q = filter.value.trim().toLowerCase();
      Array.prototype.forEach.call(list.children, function (l) { l.hidden = q && l.getAttribute("data-q").indexOf(q) < 0; });
    });
    function fromHash() {
      var m = /[#&]r=([^&]*)/.exec(location.hash);
      return m ? decodeURIComponent(m[1]).split(",").filter(function (c) { return c in counts; }) : [];
    }
    function render() {
      var charts = document.getElementById("charts");
      charts.textContent = "";
      var color = {};
      selected.forEach(function (c, i) { color[c] = COLORS[i % COLORS.length]; });
      data.groups.forEach(function (g) {
        var series = seriesOf(g.facts, selected, color, data.regions);
        var fig = el("figure", { "class": "chart-block" });
        fig.appendChild(el("figcaption", {}, g.measure + " · " + g.unit + " (" + g.facts.length + " facts)"));
        var box = el("div", { "class": "chart" });
        fig.appendChild(box);
        charts.appendChild(fig);
        if (!drawChart(box, g.unit, series)) {
          box.appendChild(el("p", { "class": "muted" }, "No full-year figures for the regions chosen; see the table."));
        }
      });
      table(selected);
    }
    function table(regions) {
      var rows = [];
      data.groups.forEach(function (g) {
        g.facts.forEach(function (f) { if (regions.indexOf(f[R]) >= 0) rows.push([g, f]); });
      });
      rows.sort(function (a, b) {
        var x = a[1], y = b[1];
        return regions.indexOf(x[R]) - regions.indexOf(y[R]) || cmp(y[PERIOD], x[PERIOD]) || cmp(x[ST], y[ST]);
      });
      document.getElementById("table-count").textContent = "(" + rows.length + " for the regions chosen" +
        (rows.length > MAX_ROWS ? "; the first " + MAX_ROWS + " shown" : "") + ")";
      var t = el("table", { "class": "list" }), head = el("tr");
      ["region", "period", "status", "measure", "as written", "value", "unit", "qualifier", "document published"]
        .forEach(function (h) { head.appendChild(el("th", {}, h)); });
      t.appendChild(el("thead")).appendChild(head);
      var body = t.appendChild(el("tbody"));
      rows.slice(0, MAX_ROWS).forEach(function (gf) {
        var g = gf[0], f = gf[1], tr = el("tr", { "class": "st-" + f[ST] });
        tr.appendChild(el("td", {}, data.regions[f[R]]));
        tr.appendChild(el("td", {}, f[PERIOD] || "—"));
        tr.appendChild(el("td", {}, STATUS[f[ST]] ? STATUS[f[ST]].label : f[ST]));
        tr.appendChild(el("td", {}, g.measure));
        var cell = el("td");
        cell.appendChild(el("a", { href: factHref("../", f[DOC], f[FACT]) }, f[TEXT]));
        tr.appendChild(cell);
        tr.appendChild(el("td", { "class": "n" }, fmt(f[VAL])));
        tr.appendChild(el("td", {}, g.unit));
        tr.appendChild(el("td", {}, f[QUAL]));
        tr.appendChild(el("td", {}, f[PUB] || ""));
        body.appendChild(tr);
      });
      var holder = document.getElementById("facts-table");
      holder.textContent = "";
      holder.appendChild(t);
    }
    render();
  }

  function cmp(a, b) { return a === b ? 0 : a == null ? 1 : b == null ? -1 : a < b ? -1 : 1; }

  /* One series per region and status, one point per full year: the first fact (the data come latest document first). */
  function seriesOf(facts, regions, color, names) {
    var byKey = {}, order = [];
    facts.forEach(function (f) {
      if (regions.indexOf(f[R]) < 0 || !f[PERIOD] || !FULL_YEAR.test(f[PERIOD])) return;
      var key = f[R] + "|" + f[ST];
      if (!byKey[key]) { byKey[key] = { name: names[f[R]], color: color[f[R]], status: f[ST], points: {}, region: f[R] }; order.push(key); }
      var s = byKey[key];
      if (!s.points[f[PERIOD]]) s.points[f[PERIOD]] = { value: f[VAL], href: factHref("../", f[DOC], f[FACT]) };
    });
    return order.map(function (k) { return byKey[k]; }).sort(function (a, b) {
      return regions.indexOf(a.region) - regions.indexOf(b.region) || cmp(a.status, b.status);
    });
  }

  /* ---------------------------------------------------------------- region page: one chart per headline indicator */
  function region(data) {
    data.headline.forEach(function (h, i) {
      var byStatus = {};
      h.points.forEach(function (p) {
        var s = byStatus[p.status] || (byStatus[p.status] = { name: h.name, color: STATUS_COLORS[p.status] || "#333", status: p.status, points: {} });
        s.points[p.period] = { value: p.value, href: "../doc/" + p.doc_id + ".html#f-" + p.fact_id };
      });
      var order = ["actual", "estimate", "target"].filter(function (s) { return byStatus[s]; });
      drawChart(document.getElementById("headline-" + i), h.unit, order.map(function (s) { return byStatus[s]; }));
    });
  }

  /* ---------------------------------------------------------------- document page: the fact named in the address */
  function doc() {
    var card = document.getElementById("fact-card");
    function show() {
      var id = decodeURIComponent(location.hash.slice(1));
      var mark = id ? document.getElementById(id) : null;
      if (!mark || !mark.classList.contains("f")) { card.hidden = true; return; }
      card.textContent = "";
      card.appendChild(el("strong", {}, "Fact "));
      card.appendChild(el("span", {}, mark.getAttribute("title")));
      card.appendChild(el("span", { "class": "muted" }, " — its sentence is highlighted below."));
      card.hidden = false;
      mark.scrollIntoView({ block: "center" });
    }
    window.addEventListener("hashchange", show);
    // after the browser's own jump to the anchor (which puts the fact under the card), centre it
    if (document.readyState === "complete") setTimeout(show, 0);
    else window.addEventListener("load", function () { setTimeout(show, 0); });
  }

  window.ZB = { index: index, indicator: indicator, region: region, doc: doc, drawChart: drawChart };
})();

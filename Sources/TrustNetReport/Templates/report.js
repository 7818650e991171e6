// TrustNet report: highlight a person's ties, show their measures, filter by relation, unit
// and term. Plain JavaScript, no network. Survey text is only ever set with textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("trustnet-data").textContent);
  var state = { term: data.current, relation: null, unit: "", selected: null };
  var relationFilter = document.getElementById("relation-filter");
  var unitFilter = document.getElementById("unit-filter");
  state.relation = relationFilter ? relationFilter.value : null;

  // Per term: the tie keys "source->target" of each relation, and the people by id.
  var tieIndex = data.terms.map(function (term) {
    var byKey = {};
    term.ties.forEach(function (t) {
      var key = t[0] + "->" + t[1];
      if (!byKey[key]) byKey[key] = { source: t[0], target: t[1] };
    });
    return byKey;
  });

  function titleOf(g) {
    var t = g.querySelector("title");
    return t ? t.textContent : "";
  }

  // Graphviz keeps backslashes doubled in node names; accept both spellings.
  function personId(term, name) {
    var people = data.terms[term].people;
    if (Object.prototype.hasOwnProperty.call(people, name)) return name;
    var single = name.replace(/\\\\/g, "\\");
    return Object.prototype.hasOwnProperty.call(people, single) ? single : null;
  }

  function edgeEnds(term, g) {
    var title = titleOf(g);
    var found = tieIndex[term][title] || tieIndex[term][title.replace(/\\\\/g, "\\")];
    return found || null;
  }

  function figures() { return Array.prototype.slice.call(document.querySelectorAll("figure.diagram")); }

  function visibleFigure() { return document.querySelector("figure.diagram.visible"); }

  function show() {
    var shown = null;
    figures().forEach(function (f) {
      var on = String(f.getAttribute("data-term")) === String(state.term) && f.getAttribute("data-relation") === state.relation;
      f.classList.toggle("visible", on);
      if (on) shown = f;
    });
    if (!shown) {
      // This term has no ties of the relation: show its first diagram.
      shown = figures().filter(function (f) { return String(f.getAttribute("data-term")) === String(state.term); })[0] || null;
      if (shown) shown.classList.add("visible");
    }
    Array.prototype.forEach.call(document.querySelectorAll(".term-button"), function (b) {
      b.classList.toggle("active", String(b.getAttribute("data-term")) === String(state.term));
    });
    applyUnit();
    if (state.selected !== null) select(state.selected); else clearPanel();
  }

  function applyUnit() {
    var f = visibleFigure();
    if (!f) return;
    var people = data.terms[state.term].people;
    Array.prototype.forEach.call(f.querySelectorAll("g.node"), function (g) {
      var id = personId(state.term, titleOf(g));
      var out = state.unit !== "" && (!id || people[id].unit !== state.unit);
      g.classList.toggle("unit-out", out);
    });
    Array.prototype.forEach.call(f.querySelectorAll("g.edge"), function (g) {
      var ends = edgeEnds(state.term, g);
      var inside = state.unit === "" || (ends && ((people[ends.source] || {}).unit === state.unit || (people[ends.target] || {}).unit === state.unit));
      g.classList.toggle("unit-out", !inside);
    });
  }

  // Highlights `id`'s ties in the visible diagram and keeps them highlighted (a click);
  // returns how many were highlighted.
  function select(id) {
    state.selected = id;
    return highlight(id);
  }

  // Highlights `id`'s ties in the visible diagram and shows their measures.
  function highlight(id) {
    var f = visibleFigure();
    if (!f) return 0;
    var svg = f.querySelector("svg");
    var count = 0;
    var neighbours = {};
    Array.prototype.forEach.call(f.querySelectorAll("g.edge"), function (g) {
      var ends = edgeEnds(state.term, g);
      var on = !!ends && (ends.source === id || ends.target === id);
      g.classList.toggle("tie-hl", on);
      if (on) {
        count += 1;
        neighbours[ends.source] = true;
        neighbours[ends.target] = true;
      }
    });
    Array.prototype.forEach.call(f.querySelectorAll("g.node"), function (g) {
      var nodeId = personId(state.term, titleOf(g));
      g.classList.toggle("node-sel", nodeId === id);
      g.classList.toggle("node-hl", !!nodeId && !!neighbours[nodeId]);
    });
    if (svg) svg.classList.add("focus");
    fillPanel(id, count);
    return count;
  }

  function clearSelection() {
    state.selected = null;
    figures().forEach(function (f) {
      var svg = f.querySelector("svg");
      if (svg) svg.classList.remove("focus");
      Array.prototype.forEach.call(f.querySelectorAll(".tie-hl, .node-sel, .node-hl"), function (g) {
        g.classList.remove("tie-hl", "node-sel", "node-hl");
      });
    });
    clearPanel();
  }

  function clearPanel() {
    document.getElementById("panel-name").textContent = "Choose a person";
    document.getElementById("panel-hint").textContent = "Click a circle in the diagram.";
    document.getElementById("panel-measures").textContent = "";
    document.getElementById("panel-reasons").textContent = "";
  }

  function fillPanel(id, tiesShown) {
    var p = data.terms[state.term].people[id];
    if (!p) { clearPanel(); return; }
    document.getElementById("panel-name").textContent = p.name;
    document.getElementById("panel-hint").textContent = data.terms[state.term].name + (state.relation ? " · " + state.relation + " ties" : "");
    var dl = document.getElementById("panel-measures");
    dl.textContent = "";
    var rows = [
      ["Unit", p.unit || "–"], ["Title", p.title || "–"], ["Formal leader", p.formal ? "yes" : "no"],
      ["In the coalition", p.coalition ? "yes" : "no"], ["Informal authority", p.authority.toFixed(2) + " (#" + p.rank + ")"],
      [data.terms[state.term].namedBy || "Named for advice by", String(p.adviceIn)], ["Trusted by", String(p.trustIn)], ["Units that name them", String(p.unitsReached)],
      ["Betweenness", p.betweenness.toFixed(1)], ["Ties shown", String(tiesShown)]
    ];
    rows.forEach(function (r) {
      var dt = document.createElement("dt");
      dt.textContent = r[0];
      var dd = document.createElement("dd");
      dd.textContent = r[1];
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    var ul = document.getElementById("panel-reasons");
    ul.textContent = "";
    p.reasons.forEach(function (text) {
      var li = document.createElement("li");
      li.textContent = text;
      ul.appendChild(li);
    });
  }

  function nodeFromEvent(event) {
    var el = event.target;
    while (el && el !== document) {
      if (el.classList && el.classList.contains("node")) return el;
      el = el.parentNode;
    }
    return null;
  }

  figures().forEach(function (f) {
    f.addEventListener("click", function (event) {
      var g = nodeFromEvent(event);
      var id = g ? personId(state.term, titleOf(g)) : null;
      if (id) {
        event.preventDefault();
        select(id);
      } else {
        clearSelection();
      }
    });
    // Hovering shows a person's ties until the pointer leaves, unless someone is clicked.
    f.addEventListener("mouseover", function (event) {
      var g = nodeFromEvent(event);
      var id = g ? personId(state.term, titleOf(g)) : null;
      if (id && state.selected === null) highlight(id);
    });
    f.addEventListener("mouseout", function (event) {
      var g = nodeFromEvent(event);
      if (g && state.selected === null && !(event.relatedTarget && g.contains(event.relatedTarget))) clearSelection();
    });
  });

  if (relationFilter) relationFilter.addEventListener("change", function () { state.relation = relationFilter.value; show(); });
  if (unitFilter) unitFilter.addEventListener("change", function () { state.unit = unitFilter.value; applyUnit(); });
  Array.prototype.forEach.call(document.querySelectorAll(".term-button"), function (b) {
    b.addEventListener("click", function () { state.term = Number(b.getAttribute("data-term")); show(); });
  });

  // Test hook: report.html#selftest=ID clicks that person on load and writes
  // data-selftest="ok:N:TERM:RELATION" (N = ties highlighted) on <body>;
  // #selftest=ID;term=T;relation=R;unit=U first switches term, relation and unit through the
  // page's controls (data-selftest-faded: people the unit filter dims).
  var match = /#selftest=([^;]+)(.*)$/.exec(window.location.hash);
  if (match) {
    var wanted = decodeURIComponent(match[1]);
    match[2].split(";").forEach(function (part) {
      var kv = part.split("=");
      if (kv[0] === "term") {
        var button = document.querySelector('.term-button[data-term="' + Number(kv[1]) + '"]');
        if (button) button.click();
      } else if (kv[0] === "relation" && relationFilter) {
        relationFilter.value = decodeURIComponent(kv[1]);
        relationFilter.dispatchEvent(new Event("change"));
      } else if (kv[0] === "unit" && unitFilter) {
        unitFilter.value = decodeURIComponent(kv[1]);
        unitFilter.dispatchEvent(new Event("change"));
      }
    });
    var f = visibleFigure();
    var target = null;
    if (f) {
      Array.prototype.forEach.call(f.querySelectorAll("g.node"), function (g) {
        if (personId(state.term, titleOf(g)) === wanted) target = g;
      });
    }
    if (target) {
      var shape = target.querySelector("ellipse, polygon, path") || target;
      shape.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, view: window }));
      var n = visibleFigure().querySelectorAll("g.edge.tie-hl").length;
      var shown = visibleFigure();
      // People dimmed by the unit filter, for the test.
      document.body.setAttribute("data-selftest-faded", String(shown.querySelectorAll("g.node.unit-out").length));
      document.body.setAttribute("data-selftest", "ok:" + n + ":" + shown.getAttribute("data-term") + ":" + shown.getAttribute("data-relation"));
    } else {
      document.body.setAttribute("data-selftest", "missing:" + wanted);
    }
  }
})();

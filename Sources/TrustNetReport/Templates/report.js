// TrustNet report: highlight a person's ties, show their measures, filter by relation, unit
// and term. Plain JavaScript, no network. Survey text is only ever set with textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("trustnet-data").textContent);
  var state = { term: data.current, relation: null, unit: "", selected: null };
  var relationFilter = document.getElementById("relation-filter");
  var unitFilter = document.getElementById("unit-filter");
  state.relation = relationFilter ? relationFilter.value : null;
  // A large network is drawn units first: its units' diagram ("units"), and the unit opened
  // ("unit"), drawn here from data.unitsFirst.
  var unitsFirst = data.unitsFirst || null;
  if (unitsFirst) state.relation = "units";

  // The sticky header's height, for the diagram's tools that stick below it (0 where the
  // header scrolls away with the page, on phones).
  var header = document.querySelector("header.page-header");
  function measureHeader() {
    var height = header && getComputedStyle(header).position === "sticky" ? header.offsetHeight : 0;
    document.documentElement.style.setProperty("--header-height", height + "px");
  }
  measureHeader();
  window.addEventListener("resize", measureHeader);

  // Per term: the tie keys "source->target" of each relation, and the people by id.
  var tieIndex = data.terms.map(function (term) {
    var byKey = {};
    term.ties.forEach(function (t) {
      var key = t[0] + "->" + t[1];
      if (!byKey[key]) byKey[key] = { source: t[0], target: t[1] };
    });
    return byKey;
  });

  // The node name of a node or tie; a person's name box ("name:ID") stands for the person.
  // Per term: each relation's tie weights by "source->target".
  var weightIndex = data.terms.map(function (term) {
    var byRelation = {};
    term.ties.forEach(function (t) {
      var key = t[0] + "->" + t[1];
      (byRelation[t[2]] = byRelation[t[2]] || {})[key] = Math.max(t[3], (byRelation[t[2]] || {})[key] || 0);
    });
    return byRelation;
  });

  function titleOf(g) {
    var t = g.querySelector("title");
    var text = t ? t.textContent : "";
    return g.classList.contains("name") && text.indexOf("name:") === 0 ? text.slice(5) : text;
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
    applyWeight();
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

  // Ties weaker than the slider's weight are hidden in the visible diagram.
  var weightSlider = document.getElementById("min-weight");
  var weightShown = document.getElementById("min-weight-value");
  function applyWeight() {
    var f = visibleFigure();
    if (!f || !weightSlider) return;
    var least = Number(weightSlider.value);
    var weights = weightIndex[state.term][f.getAttribute("data-relation")] || {};
    Array.prototype.forEach.call(f.querySelectorAll("g.edge"), function (g) {
      var title = titleOf(g);
      var w = weights[title] || weights[title.replace(/\\\\/g, "\\")] || 1;
      g.classList.toggle("weak", w < least);
    });
  }
  if (weightSlider) {
    var heaviest = 1;
    data.terms.forEach(function (term) { term.ties.forEach(function (t) { heaviest = Math.max(heaviest, Math.ceil(t[3])); }); });
    if (unitsFirst) unitsFirst.units.forEach(function (u) { for (var k = 2; k < u.t.length; k += unitsFirst.tieStride || 4) heaviest = Math.max(heaviest, Math.ceil(u.t[k])); });
    // Weights beyond 1 only: a survey of plain nominations has nothing to filter.
    if (heaviest > 1) {
      weightSlider.max = String(Math.min(heaviest, 100));
      document.getElementById("weight-control").hidden = false;
    }
    weightSlider.addEventListener("input", function () {
      weightShown.textContent = weightSlider.value;
      // Every diagram's legend states the threshold (the slider applies to each of them).
      Array.prototype.forEach.call(document.querySelectorAll("figure.diagram figcaption.weight-note"), function (note) {
        note.textContent = "Drawn: ties of weight " + weightSlider.value + " or more; weaker ties are hidden.";
        note.hidden = Number(weightSlider.value) <= 1;
      });
      applyWeight();
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
      // The units' table (too many units to draw): a row opens its unit.
      var row = unitsFirst && event.target.closest ? event.target.closest("tr[data-unit]") : null;
      if (row) {
        event.preventDefault();
        openUnit(row.getAttribute("data-unit"));
        return;
      }
      var g = nodeFromEvent(event);
      var id = g ? personId(state.term, titleOf(g)) : null;
      if (unitsFirst && g && !id && titleOf(g).indexOf("unit:") === 0) {
        event.preventDefault();
        openUnit(titleOf(g).slice(5));
        return;
      }
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

  // Zoom and pan: the visible diagram's viewBox, changed by the buttons, the mouse wheel,
  // dragging and pinching. The first viewBox of each diagram is its whole drawing.
  function viewBox(svg) {
    if (!svg.getAttribute("data-full")) svg.setAttribute("data-full", svg.getAttribute("viewBox") || "");
    var v = (svg.getAttribute("viewBox") || "0 0 1 1").split(/[\s,]+/).map(Number);
    return { x: v[0], y: v[1], w: v[2], h: v[3] };
  }

  function fullBox(svg) {
    viewBox(svg);
    var v = svg.getAttribute("data-full").split(/[\s,]+/).map(Number);
    return { x: v[0], y: v[1], w: v[2], h: v[3] };
  }

  function setBox(svg, b) {
    var full = fullBox(svg);
    // Never wider than the whole drawing, never more than 20 times closer.
    var scale = Math.min(Math.max(b.w / full.w, 1 / 20), 1);
    var w = full.w * scale, h = full.h * scale;
    var x = Math.min(Math.max(b.x + (b.w - w) / 2, full.x - w / 2), full.x + full.w - w / 2);
    var y = Math.min(Math.max(b.y + (b.h - h) / 2, full.y - h / 2), full.y + full.h - h / 2);
    if (scale === 1) { x = full.x; y = full.y; }
    svg.setAttribute("viewBox", [x, y, w, h].map(function (n) { return n.toFixed(2); }).join(" "));
  }

  // The point of the drawing under client coordinates (cx, cy).
  function svgPoint(svg, cx, cy) {
    var b = viewBox(svg), r = svg.getBoundingClientRect();
    if (!r.width || !r.height) return { x: b.x + b.w / 2, y: b.y + b.h / 2 };
    return { x: b.x + (cx - r.left) / r.width * b.w, y: b.y + (cy - r.top) / r.height * b.h };
  }

  // Zooms by `factor` (above 1: closer) keeping the drawing's point `p` where it is.
  function zoom(svg, factor, p) {
    var b = viewBox(svg);
    if (!p) p = { x: b.x + b.w / 2, y: b.y + b.h / 2 };
    setBox(svg, { x: p.x - (p.x - b.x) / factor, y: p.y - (p.y - b.y) / factor, w: b.w / factor, h: b.h / factor });
  }

  function visibleSVG() {
    var f = visibleFigure();
    return f ? f.querySelector("svg") : null;
  }

  function onClick(id, action) {
    var el = document.getElementById(id);
    if (el) el.addEventListener("click", function () { var svg = visibleSVG(); if (svg) action(svg); });
  }
  onClick("zoom-in", function (svg) { zoom(svg, 1.5); });
  onClick("zoom-out", function (svg) { zoom(svg, 1 / 1.5); });
  onClick("zoom-fit", function (svg) { setBox(svg, fullBox(svg)); });

  var dragged = false;
  figures().forEach(attachZoom);
  function attachZoom(f) {
    var svg = f.querySelector("svg");
    if (!svg || svg.getAttribute("data-zoom")) return;
    svg.setAttribute("data-zoom", "1");
    svg.addEventListener("wheel", function (event) {
      event.preventDefault();
      zoom(svg, event.deltaY < 0 ? 1.25 : 1 / 1.25, svgPoint(svg, event.clientX, event.clientY));
    }, { passive: false });
    // Pointers down on the drawing: one drags it, two pinch it.
    var pointers = {};
    var last = null;
    function spread() {
      var ids = Object.keys(pointers);
      if (ids.length < 2) return null;
      var a = pointers[ids[0]], b = pointers[ids[1]];
      return { d: Math.hypot(a.x - b.x, a.y - b.y), x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
    svg.addEventListener("pointerdown", function (event) {
      pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
      last = spread() || { x: event.clientX, y: event.clientY, moved: 0 };
      dragged = false;
    });
    svg.addEventListener("pointermove", function (event) {
      if (!pointers[event.pointerId] || !last) return;
      pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
      var pinch = spread();
      if (pinch && last.d) {
        zoom(svg, pinch.d / last.d, svgPoint(svg, pinch.x, pinch.y));
        last = pinch;
        dragged = true;
        return;
      }
      var dx = event.clientX - last.x, dy = event.clientY - last.y;
      last.moved = (last.moved || 0) + Math.abs(dx) + Math.abs(dy);
      if (last.moved < 4) return;
      dragged = true;
      svg.classList.add("panning");
      if (svg.setPointerCapture && !svg.hasPointerCapture(event.pointerId)) svg.setPointerCapture(event.pointerId);
      var b = viewBox(svg), r = svg.getBoundingClientRect();
      setBox(svg, { x: b.x - dx / r.width * b.w, y: b.y - dy / r.height * b.h, w: b.w, h: b.h });
      last.x = event.clientX;
      last.y = event.clientY;
    });
    function up(event) {
      delete pointers[event.pointerId];
      last = null;
      svg.classList.remove("panning");
    }
    svg.addEventListener("pointerup", up);
    svg.addEventListener("pointercancel", up);
    // A drag ends in a click: it neither selects nor clears.
    if (!f.getAttribute("data-drag")) {
      f.setAttribute("data-drag", "1");
      f.addEventListener("click", function (event) {
        if (dragged) { event.stopImmediatePropagation(); dragged = false; }
      }, true);
    }
  }

  // Units first: a unit's diagram, drawn from its positions, circles, ties and name boxes
  // (laid out and named by TrustNet through Graphviz when the report was written); its people
  // join the term's people so the panel, highlighting, search and zoom work as for any diagram.
  var unitDrill = document.getElementById("unit-drill");
  var drillUp = document.getElementById("drill-up");
  var SVGNS = "http://www.w3.org/2000/svg";
  function svgElement(name, attributes) {
    var el = document.createElementNS(SVGNS, name);
    Object.keys(attributes).forEach(function (k) { el.setAttribute(k, String(attributes[k])); });
    return el;
  }
  function unitPerson(v, unitName) {
    var c = unitsFirst.people;
    var id = c.id[v];
    var people = data.terms[state.term].people;
    if (!Object.prototype.hasOwnProperty.call(people, id)) {
      people[id] = {
        name: c.name[v], unit: unitName, title: c.title[v] >= 0 ? c.titles[c.title[v]] : null, formal: (c.flags[v] & 1) === 1,
        coalition: (c.flags[v] & 2) === 2, authority: c.authority[v], rank: c.rank[v], adviceIn: c.adviceIn[v], trustIn: c.trustIn[v],
        unitsReached: c.unitsReached[v], betweenness: c.betweenness[v], reasons: []
      };
    }
    return id;
  }
  function openUnit(name) {
    var u = null;
    (unitsFirst ? unitsFirst.units : []).forEach(function (x) { if (x.name === name) u = x; });
    var figure = document.getElementById("unit-diagram");
    clearSelection();
    if (!u || !figure) {
      state.relation = "units";
      if (unitDrill) unitDrill.value = "";
      if (drillUp) drillUp.hidden = true;
      show();
      return;
    }
    var term = state.term;
    var ids = [], xs = [], ys = [], rs = [], k;
    for (k = 0; k < u.p.length; k += 4) {
      ids.push(unitPerson(u.p[k], u.name));
      xs.push(u.p[k + 1]); ys.push(u.p[k + 2]); rs.push(u.p[k + 3] / 10);
    }
    var svg = svgElement("svg", { width: u.w + "pt", height: u.h + "pt", viewBox: "0 0 " + u.w + " " + u.h });
    svg.appendChild(svgElement("rect", { x: 0, y: 0, width: u.w, height: u.h, fill: "#ffffff" }));
    var weights = (weightIndex[term].unit = weightIndex[term].unit || {});
    var edges = svgElement("g", { "class": "edges" });
    var stride = unitsFirst.tieStride || 4;
    for (k = 0; k < u.t.length; k += stride) {
      var a = u.t[k], b = u.t[k + 1], w = u.t[k + 2];
      var key = ids[a] + "->" + ids[b];
      tieIndex[term][key] = tieIndex[term][key] || { source: ids[a], target: ids[b] };
      weights[key] = Math.max(w, weights[key] || 0);
      var dx = xs[b] - xs[a], dy = ys[b] - ys[a], len = Math.hypot(dx, dy) || 1;
      var ux = dx / len, uy = dy / len;
      var x1 = xs[a] + ux * rs[a], y1 = ys[a] + uy * rs[a];
      var tipX = xs[b] - ux * rs[b], tipY = ys[b] - uy * rs[b];
      var baseX = tipX - ux * 5, baseY = tipY - uy * 5;
      var colour = u.colour + "55";
      var g = svgElement("g", { "class": "edge" });
      var title = svgElement("title", {});
      title.textContent = key;
      g.appendChild(title);
      g.appendChild(svgElement("path", {
        d: "M" + x1.toFixed(1) + "," + y1.toFixed(1) + "L" + baseX.toFixed(1) + "," + baseY.toFixed(1),
        fill: "none", stroke: colour, "stroke-width": Math.min(3, 0.4 + 0.45 * (Math.max(w, 1) - 1)).toFixed(2)
      }));
      g.appendChild(svgElement("polygon", {
        points: [tipX, tipY, baseX - uy * 2, baseY + ux * 2, baseX + uy * 2, baseY - ux * 2].map(function (n) { return n.toFixed(1); }).join(" "),
        fill: colour, stroke: colour
      }));
      edges.appendChild(g);
    }
    svg.appendChild(edges);
    ids.forEach(function (id, i) {
      var p = data.terms[term].people[id];
      var g = svgElement("g", { "class": "node" });
      var title = svgElement("title", {});
      title.textContent = id;
      g.appendChild(title);
      g.appendChild(svgElement("ellipse", {
        cx: xs[i], cy: ys[i], rx: rs[i], ry: rs[i], fill: u.colour,
        stroke: p.coalition ? "#000000" : "#444444", "stroke-width": p.coalition ? 2.5 : 0.6
      }));
      svg.appendChild(g);
    });
    for (k = 0; k < u.n.length; k += 5) {
      var id = ids[u.n[k]], label = data.terms[term].people[id].name;
      if (label.length > 40) label = label.slice(0, 39) + "\u2026";
      var bw = u.n[k + 3], bh = u.n[k + 4];
      var g2 = svgElement("g", { "class": "node name" });
      var t2 = svgElement("title", {});
      t2.textContent = "name:" + id;
      g2.appendChild(t2);
      g2.appendChild(svgElement("rect", { x: u.n[k + 1] - bw / 2, y: u.n[k + 2] - bh / 2, width: bw, height: bh, fill: "#FFFFFF", "fill-opacity": 0.72 }));
      var text = svgElement("text", {
        x: u.n[k + 1], y: u.n[k + 2] + 3, "text-anchor": "middle", "font-family": "Helvetica,Arial,sans-serif", "font-size": 9
      });
      text.textContent = label;
      g2.appendChild(text);
      svg.appendChild(g2);
    }
    figure.textContent = "";
    figure.appendChild(svg);
    var caption = document.createElement("figcaption");
    caption.className = "explain";
    caption.textContent = u.name + ": " + ids.length + " people, " + (u.t.length / stride) + " ties among them; sized by informal authority, coalition outlined black; names: its most sought-out (hover or click a circle for anyone).";
    figure.appendChild(caption);
    attachZoom(figure);
    state.relation = "unit";
    if (unitDrill) unitDrill.value = u.name;
    if (drillUp) drillUp.hidden = false;
    show();
  }
  if (unitDrill) unitDrill.addEventListener("change", function () { openUnit(unitDrill.value); });
  if (drillUp) drillUp.addEventListener("click", function () { openUnit(""); });

  // Find a person by name: the visible term's people whose name holds what is typed (an exact
  // name first); the first is selected and the diagram zooms to them.
  var search = document.getElementById("person-search");
  var names = document.getElementById("person-names");
  var searchResult = document.getElementById("search-result");
  function fillNames() {
    if (!names) return;
    names.textContent = "";
    var people = data.terms[state.term].people;
    Object.keys(people).map(function (id) { return people[id].name; }).sort().forEach(function (n) {
      var option = document.createElement("option");
      option.value = n;
      names.appendChild(option);
    });
  }
  // Units first: the unit of the first person (exact name first) whose name holds `wanted`.
  function unitOfName(wanted) {
    var c = unitsFirst.people, best = -1, exact = false, v;
    for (v = 0; v < c.name.length; v++) {
      var n = c.name[v].toLowerCase();
      if (n.indexOf(wanted) < 0) continue;
      if (n === wanted) { best = v; exact = true; break; }
      if (best < 0) best = v;
    }
    if (best < 0) return null;
    var found = null;
    unitsFirst.units.forEach(function (u) {
      for (var k = 0; k < u.p.length && !found; k += 4) if (u.p[k] === best) found = u.name;
    });
    return found;
  }
  function find(text) {
    var wanted = text.trim().toLowerCase();
    if (!wanted) return;
    if (unitsFirst) {
      var unit = unitOfName(wanted);
      if (unit && (state.relation !== "unit" || !unitDrill || unitDrill.value !== unit)) openUnit(unit);
    }
    var people = data.terms[state.term].people;
    var ids = Object.keys(people).filter(function (id) { return people[id].name.toLowerCase().indexOf(wanted) >= 0; });
    ids.sort(function (a, b) {
      var ea = people[a].name.toLowerCase() === wanted ? 0 : 1, eb = people[b].name.toLowerCase() === wanted ? 0 : 1;
      return ea - eb || (people[a].name < people[b].name ? -1 : people[a].name > people[b].name ? 1 : 0);
    });
    var f = visibleFigure();
    var node = null;
    if (ids.length && f) {
      Array.prototype.forEach.call(f.querySelectorAll("g.node"), function (g) {
        if (!g.classList.contains("name") && personId(state.term, titleOf(g)) === ids[0]) node = g;
      });
    }
    if (!ids.length || !node) {
      searchResult.textContent = "Nobody in " + data.terms[state.term].name + " is called \u201c" + text.trim() + "\u201d.";
      return;
    }
    select(ids[0]);
    var svg = f.querySelector("svg");
    var shape = node.querySelector("ellipse, polygon, path") || node;
    var r = shape.getBoundingClientRect();
    var centre = svgPoint(svg, r.left + r.width / 2, r.top + r.height / 2);
    var full = fullBox(svg);
    var w = Math.min(viewBox(svg).w, full.w / 3), h = w * full.h / full.w;
    setBox(svg, { x: centre.x - w / 2, y: centre.y - h / 2, w: w, h: h });
    searchResult.textContent = people[ids[0]].name + (ids.length > 1 ? " (and " + (ids.length - 1) + " more: type more of the name)" : "");
  }
  if (search) {
    fillNames();
    search.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); find(search.value); }
    });
    search.addEventListener("change", function () { find(search.value); });
    Array.prototype.forEach.call(document.querySelectorAll(".term-button"), function (b) {
      b.addEventListener("click", fillNames);
    });
  }

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
      } else if (kv[0] === "unit" && unitDrill) {
        openUnit(decodeURIComponent(kv[1]));
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
      document.body.setAttribute("data-selftest-faded", String(shown.querySelectorAll("g.node.unit-out:not(.name)").length));
      document.body.setAttribute("data-selftest", "ok:" + n + ":" + shown.getAttribute("data-term") + ":" + shown.getAttribute("data-relation"));
    } else {
      document.body.setAttribute("data-selftest", "missing:" + wanted);
    }
  }
})();

// TrustNet's web app: the coalition builder. Everything else works without script.
// Text from the server is set with textContent, never parsed as HTML.
"use strict";

(function () {
  const builder = document.getElementById("builder");
  if (!builder) return;
  const term = builder.dataset.term;
  const csrf = document.body.dataset.csrf;
  const reach = document.getElementById("reach");
  const units = document.getElementById("units");
  const risks = document.getElementById("risks");
  const status = document.getElementById("record-status");
  let asked = 0;

  function chosenIDs() {
    return Array.from(builder.querySelectorAll("button.person[aria-pressed='true']")).map((b) => b.dataset.id);
  }

  function percent(x) {
    const p = Math.round(x * 100);
    if (p === 0 && x > 0) return "<1%";
    if (p === 100 && x < 1) return ">99%";
    return p + "%";
  }

  async function update() {
    const mine = ++asked;
    const ids = chosenIDs().map(encodeURIComponent).join(",");
    const response = await fetch("/api/coalition/evaluate?term=" + encodeURIComponent(term) + "&ids=" + ids, { credentials: "same-origin" });
    if (mine !== asked) return; // a later click has asked again
    if (!response.ok) {
      reach.textContent = "could not be computed: " + (await response.text());
      return;
    }
    const e = await response.json();
    reach.textContent = e.reach.toFixed(3) + " (" + percent(e.within_1) + " within one step, " + percent(e.within_2) + " within two)";
    units.textContent = e.units_covered + " of " + e.units;
    risks.replaceChildren(...e.risks.map((r) => {
      const li = document.createElement("li");
      li.textContent = r.finding;
      return li;
    }));
    status.textContent = "";
  }

  builder.addEventListener("click", (event) => {
    const button = event.target.closest("button.person");
    if (!button) return;
    button.setAttribute("aria-pressed", button.getAttribute("aria-pressed") === "true" ? "false" : "true");
    update();
  });

  document.getElementById("record").addEventListener("click", async () => {
    const ids = chosenIDs();
    if (ids.length === 0) {
      status.textContent = "Choose at least one person first.";
      return;
    }
    const response = await fetch("/api/coalition/record", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify({ term: term, ids: ids }),
    });
    status.textContent = response.ok ? "Recorded " + ids.length + " people for " + term + "." : "Not recorded: " + (await response.text());
  });
})();

// The network page: the diagram inline (so people can be clicked), zoom and pan, the term
// slider, a person's measures and ties on a click, and a click on a school or unit drills in.
(function () {
  const view = document.getElementById("network-view");
  if (!view) return;
  const panel = document.getElementById("person-panel");
  let svg = null, box = null, full = null, drag = null;

  function setBox() { svg.setAttribute("viewBox", box.join(" ")); }

  function zoom(factor, cx, cy) {
    if (!svg) return;
    const w = box[2] * factor, h = box[3] * factor;
    if (w > full[2] * 4 || w < full[2] / 40) return;
    const fx = cx === undefined ? 0.5 : cx, fy = cy === undefined ? 0.5 : cy;
    box = [box[0] + (box[2] - w) * fx, box[1] + (box[3] - h) * fy, w, h];
    setBox();
  }

  function pan(dx, dy) {
    if (!svg) return;
    box = [box[0] + dx * box[2], box[1] + dy * box[3], box[2], box[3]];
    setBox();
  }

  function cell(tag, text) {
    const e = document.createElement(tag);
    e.textContent = text;
    return e;
  }

  async function showPerson(id, node) {
    svg.querySelectorAll("g.node.selected").forEach((g) => g.classList.remove("selected"));
    if (node) node.classList.add("selected");
    const q = "term=" + encodeURIComponent(view.dataset.term) + "&relation=" + encodeURIComponent(view.dataset.relation) +
      (view.dataset.minWeight ? "&min_weight=" + encodeURIComponent(view.dataset.minWeight) : "") + "&id=" + encodeURIComponent(id);
    const response = await fetch("/api/person?" + q, { credentials: "same-origin" });
    if (!response.ok) {
      panel.replaceChildren(cell("p", "Could not show this person: " + (await response.text())));
      return;
    }
    const p = await response.json();
    const heading = cell("h2", p.name);
    const where = cell("p", [p.id, p.unit, p.title].filter((x) => x).join(", "));
    const table = document.createElement("table");
    table.className = "measures";
    const body = document.createElement("tbody");
    for (const m of p.measures) {
      const tr = document.createElement("tr");
      const th = cell("th", m.name);
      th.scope = "row";
      tr.append(th, cell("td", m.value));
      body.append(tr);
    }
    table.append(body);
    const ties = document.createElement("ul");
    ties.className = "ties";
    for (const t of p.ties) ties.append(cell("li", t.line));
    panel.replaceChildren(heading, where, table, ties);
    const url = new URL(window.location.href);
    url.searchParams.set("person", id);
    history.replaceState(null, "", url);
  }

  function mark(ids) {
    const wanted = new Set(ids);
    svg.querySelectorAll("g.node").forEach((g) => {
      const title = g.querySelector("title");
      if (title && wanted.has(title.textContent)) g.classList.add("found");
    });
  }

  async function load() {
    const response = await fetch(view.dataset.src, { credentials: "same-origin" });
    if (!response.ok) return; // the <img> stays
    const parsed = new DOMParser().parseFromString(await response.text(), "image/svg+xml");
    const root = parsed.documentElement;
    if (root.nodeName !== "svg") return;
    svg = document.importNode(root, true);
    svg.querySelectorAll("script, foreignObject").forEach((e) => e.remove());
    const vb = (svg.getAttribute("viewBox") || "").split(/[ ,]+/).map(Number);
    full = vb.length === 4 && vb.every(isFinite) ? vb : [0, 0, parseFloat(svg.getAttribute("width")) || 800, parseFloat(svg.getAttribute("height")) || 600];
    box = full.slice();
    svg.removeAttribute("width");
    svg.removeAttribute("height");
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", view.getAttribute("aria-label"));
    setBox();
    const img = view.querySelector("img");
    if (img) img.replaceWith(svg);
    const found = (view.dataset.found || "").split("\n").filter((x) => x);
    if (found.length) mark(found);
    view.classList.add("interactive");
  }

  view.addEventListener("click", (event) => {
    if (!svg || drag && drag.moved) return;
    const node = event.target.closest("g.node");
    if (!node) return;
    event.preventDefault();
    const title = node.querySelector("title");
    if (!title) return;
    const name = title.textContent;
    if (name.startsWith("unit:")) {
      window.location.href = view.dataset.drill + encodeURIComponent(name.slice(5));
    } else if (!node.classList.contains("name")) {
      showPerson(name, node);
    }
  });

  view.querySelectorAll("button[data-zoom]").forEach((b) => b.addEventListener("click", (event) => {
    event.stopPropagation();
    const how = b.dataset.zoom;
    if (how === "in") zoom(0.8);
    else if (how === "out") zoom(1.25);
    else if (svg) { box = full.slice(); setBox(); }
  }));

  view.addEventListener("wheel", (event) => {
    if (!svg) return;
    event.preventDefault();
    const r = svg.getBoundingClientRect();
    zoom(event.deltaY < 0 ? 0.85 : 1 / 0.85, (event.clientX - r.left) / r.width, (event.clientY - r.top) / r.height);
  }, { passive: false });

  view.addEventListener("pointerdown", (event) => {
    if (!svg || event.target.closest("button")) return;
    drag = { x: event.clientX, y: event.clientY, moved: false };
  });
  view.addEventListener("pointermove", (event) => {
    if (!drag || !svg) return;
    const r = svg.getBoundingClientRect();
    const dx = (event.clientX - drag.x) / r.width, dy = (event.clientY - drag.y) / r.height;
    if (Math.abs(event.clientX - drag.x) + Math.abs(event.clientY - drag.y) > 4) drag.moved = true;
    if (drag.moved) {
      pan(-dx, -dy);
      drag.x = event.clientX;
      drag.y = event.clientY;
    }
  });
  window.addEventListener("pointerup", () => { setTimeout(() => { drag = null; }, 0); });

  view.addEventListener("keydown", (event) => {
    const moves = { ArrowLeft: [-0.1, 0], ArrowRight: [0.1, 0], ArrowUp: [0, -0.1], ArrowDown: [0, 0.1] };
    if (moves[event.key]) { pan(...moves[event.key]); event.preventDefault(); }
    else if (event.key === "+" || event.key === "=") { zoom(0.8); event.preventDefault(); }
    else if (event.key === "-") { zoom(1.25); event.preventDefault(); }
  });

  // The term slider: moving it shows that term on the same layout.
  const slider = document.getElementById("term-slider");
  if (slider) {
    const select = document.getElementById("term-slider-select");
    const shown = document.getElementById("term-shown");
    slider.addEventListener("input", () => {
      select.selectedIndex = Number(slider.value);
      shown.textContent = select.value;
      slider.setAttribute("aria-valuetext", select.value);
    });
    slider.addEventListener("change", () => {
      select.selectedIndex = Number(slider.value);
      document.getElementById("term-slider-form").submit();
    });
  }

  load();
})();

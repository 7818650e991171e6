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

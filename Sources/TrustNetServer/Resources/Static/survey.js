// The answering page's type-ahead and saving as one goes. Without this script the page is a
// plain form: every colleague a checkbox, submitted by the button.
(function () {
  "use strict";
  var form = document.getElementById("survey");
  if (!form) return;
  form.classList.add("js");
  var status = document.getElementById("save-status");

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function answers(draft) {
    var body = {};
    form.querySelectorAll("fieldset.question").forEach(function (set) {
      var index = set.dataset.index, chosen = [];
      set.querySelectorAll("input[type=checkbox]:checked").forEach(function (box) {
        var choice = { id: box.value };
        var weight = form.elements["w." + index + "." + box.value];
        if (weight && weight.value) choice.weight = parseInt(weight.value, 10);
        set.querySelectorAll("select[name^='d." + index + "." + CSS.escape(box.value) + ".']").forEach(function (d) {
          if (d.value) choice[d.name.slice(d.name.lastIndexOf(".") + 1)] = parseInt(d.value, 10);
        });
        chosen.push(choice);
      });
      body[set.dataset.relation] = chosen;
    });
    body.draft = draft;
    return body;
  }

  var timer = null;
  function save() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      status.textContent = "Saving…";
      fetch(form.dataset.answers, {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(answers(true)), credentials: "omit"
      }).then(function (r) {
        return r.json().then(function (j) {
          status.textContent = r.ok ? "Saved. Press Submit when you are done." : (j.error || "Not saved.");
        });
      }).catch(function () { status.textContent = "Not saved: the connection failed. Your choices are still here; try Submit."; });
    }, 400);
  }

  form.querySelectorAll("fieldset.question").forEach(function (set) {
    var items = Array.prototype.slice.call(set.querySelectorAll("li.colleague"));
    items.forEach(function (li) {
      li.dataset.folded = fold(li.dataset.search);
      if (li.querySelector("input[type=checkbox]").checked) li.classList.add("shown");
    });
    var limit = set.dataset.limit ? parseInt(set.dataset.limit, 10) : 0;
    var finder = document.createElement("div");
    finder.className = "finder";
    var id = "find-" + set.dataset.index;
    finder.innerHTML = '<label class="hint" for="' + id + '">Type part of a name or unit, then pick the colleague.</label>' +
      '<input type="search" autocomplete="off" id="' + id + '"><ul role="listbox"></ul>';
    set.insertBefore(finder, set.querySelector("ul.colleagues"));
    var input = finder.querySelector("input"), list = finder.querySelector("ul");

    function chosenCount() { return set.querySelectorAll("input[type=checkbox]:checked").length; }
    function pick(li) {
      var box = li.querySelector("input[type=checkbox]");
      if (!box.checked && limit && chosenCount() >= limit) {
        status.textContent = "You can name up to " + limit + " colleagues here.";
        return;
      }
      box.checked = true;
      li.classList.add("shown");
      input.value = "";
      list.innerHTML = "";
      save();
      input.focus();
    }
    function suggest() {
      list.innerHTML = "";
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      if (!words.length) return;
      var found = items.filter(function (li) {
        return !li.querySelector("input[type=checkbox]").checked && words.every(function (w) { return li.dataset.folded.indexOf(w) >= 0; });
      }).slice(0, 8);
      found.forEach(function (li) {
        var item = document.createElement("li"), button = document.createElement("button");
        button.type = "button";
        button.className = "suggestion";
        button.textContent = li.querySelector(".name").textContent + " · " + li.querySelector(".unit").textContent;
        button.addEventListener("click", function () { pick(li); });
        item.appendChild(button);
        list.appendChild(item);
      });
    }
    input.addEventListener("input", suggest);
    input.addEventListener("keydown", function (e) {
      if (e.key !== "Enter") return;
      e.preventDefault();
      var first = list.querySelector("button");
      if (first) first.click();
    });
    set.addEventListener("change", function () {
      if (limit && chosenCount() > limit) status.textContent = "You can name up to " + limit + " colleagues here.";
      save();
    });
  });
})();

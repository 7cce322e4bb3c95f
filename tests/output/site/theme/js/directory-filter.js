/* maillage — the directory's filter box (progressive enhancement).
   Without JavaScript the box stays hidden and the kind pages (/repertoire/type/…/) filter.
   With it, typing a name, a city or a tag, or choosing a kind, hides the other entries of
   /repertoire/ and the groups left empty; a status line says how many are shown. */
(function () {
  "use strict";

  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function start() {
    var form = document.querySelector("[data-directory-filter]");
    var list = document.querySelector("[data-directory-list]");
    if (!form || !list) {
      return;
    }
    var input = form.querySelector("[data-filter-text-input]");
    var kind = form.querySelector("[data-filter-kind]");
    var status = form.querySelector("[data-filter-status]");
    var cards = Array.prototype.slice.call(list.querySelectorAll("[data-filter-text]"));
    var total = cards.length;

    function apply() {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var wanted = kind.value;
      var shown = 0;
      cards.forEach(function (card) {
        var text = fold(card.getAttribute("data-filter-text"));
        var visible = (!wanted || card.getAttribute("data-kind") === wanted) &&
          words.every(function (word) { return text.indexOf(word) !== -1; });
        card.closest("li").hidden = !visible;
        if (visible) {
          shown += 1;
        }
      });
      Array.prototype.forEach.call(list.querySelectorAll("section"), function (section) {
        section.hidden = !section.querySelector("li:not([hidden]) [data-filter-text]");
      });
      var sentence = shown === 0 ? form.getAttribute("data-status-none") :
        form.getAttribute(shown === 1 ? "data-status-one" : "data-status-many");
      status.textContent = shown === total ? "" :
        sentence.replace("{shown}", shown).replace("{total}", total);
    }

    form.addEventListener("submit", function (event) { event.preventDefault(); });
    input.addEventListener("input", apply);
    kind.addEventListener("change", apply);
    form.hidden = false;
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

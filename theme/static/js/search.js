/* The search page (/recherche/, /en/search/): Pagefind's JavaScript API and the site's own list.

   Each result shows its title, its type, its date (an event's own date), its place and, for an
   event, « À venir » or « Passé »: the Pagefind metadata written by article.html and
   events/event.html (type, date, place, start, when). Whether an event is past was decided when
   the site was built (SOURCE_DATE_EPOCH; the daily rebuild keeps it fresh): that mark is the one
   shown, here as on the event's page.

   Order: when an event is among the first results, upcoming events come first, soonest first,
   then everything else in Pagefind's order. "Upcoming events only" (checked by default) leaves
   out past events (Pagefind filter when:past), never the other types. No sub-results: one line
   per page, with the excerpt of its description.

   Without JavaScript, or when the index is missing, the page keeps its fallback text. */
(function () {
  "use strict";
  var PAGE = 10;

  function start() {
    var box = document.getElementById("recherche");
    var model = document.getElementById("recherche-modele");
    var texts = document.getElementById("recherche-textes");
    if (!box || !model || !texts || !("content" in model)) return;
    import(box.getAttribute("data-bundle")).then(function (pagefind) {
      return pagefind.options({ excerptLength: 24 }).then(function () { return build(box, model, texts, pagefind); });
    }).catch(function () { /* no index (make serve): the fallback text stays */ });
  }

  function text(texts, name, values) {
    var found = texts.content.querySelector('[data-text="' + name + '"]');
    var value = found ? found.textContent : "";
    Object.keys(values || {}).forEach(function (key) { value = value.split("[" + key + "]").join(values[key]); });
    return value;
  }

  function build(box, model, texts, pagefind) {
    box.textContent = "";
    box.appendChild(model.content.cloneNode(true));
    var form = box.querySelector(".search-form");
    var input = form.querySelector("input[name=q]");
    var upcoming = form.querySelector("input[name=upcoming]");
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
    var message = box.querySelector(".search-message");
    var list = box.querySelector(".search-results");
    var more = box.querySelector(".search-more");
    var results = [];
    var shown = 0;
    var asked = 0;

    pagefind.filters().then(function (filters) {
      selects.forEach(function (select) {
        var values = filters[select.getAttribute("data-filter")] || {};
        Object.keys(values).sort(function (a, b) { return a.localeCompare(b); }).forEach(function (value) {
          var option = document.createElement("option");
          option.value = value;
          option.textContent = value;
          select.appendChild(option);
        });
        if (!Object.keys(values).length) select.closest("label").hidden = true;
      });
    });

    function chosenFilters() {
      var filters = {};
      selects.forEach(function (select) { if (select.value) filters[select.getAttribute("data-filter")] = select.value; });
      if (upcoming.checked) filters.not = { when: "past" };
      return filters;
    }

    function run() {
      var query = input.value.trim();
      var mine = ++asked;
      var address = new URL(window.location.href);
      if (query) address.searchParams.set("q", query); else address.searchParams.delete("q");
      window.history.replaceState(null, "", address);
      list.textContent = "";
      more.hidden = true;
      if (!query) { message.textContent = ""; return; }
      message.textContent = text(texts, "searching");
      pagefind.search(query, { filters: chosenFilters() }).then(function (search) {
        return Promise.all(search.results.map(function (result) { return result.data(); }));
      }).then(function (found) {
        if (mine !== asked) return;  // a later search has started
        results = ordered(found);
        shown = 0;
        var count = results.length;
        var said = count === 0 ? text(texts, "none", { QUERY: query })
          : count === 1 ? text(texts, "one", { QUERY: query })
          : text(texts, "many", { COUNT: String(count), QUERY: query });
        if (upcoming.checked) said += " " + text(texts, "past-hidden");
        message.textContent = said;
        showMore();
      });
    }

    function showMore() {
      results.slice(shown, shown + PAGE).forEach(function (data) { list.appendChild(item(data, texts)); });
      shown = Math.min(results.length, shown + PAGE);
      more.hidden = shown >= results.length;
    }

    form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
    var timer = null;
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 250); });
    form.addEventListener("change", function (event) { if (event.target !== input) run(); });
    more.addEventListener("click", showMore);

    var query = new URLSearchParams(window.location.search).get("q");
    if (query) { input.value = query; run(); }
  }

  /* Upcoming events first (soonest first) when an event is among the first five results;
     the rest keeps Pagefind's order. */
  function ordered(found) {
    var upcoming = found.filter(function (data) { return data.meta.start && data.filters.when && data.filters.when.indexOf("upcoming") >= 0; });
    var eventFirst = found.slice(0, 5).some(function (data) { return data.meta.start; });
    if (!eventFirst || !upcoming.length) return found;
    upcoming.sort(function (a, b) { return Date.parse(a.meta.start) - Date.parse(b.meta.start); });
    return upcoming.concat(found.filter(function (data) { return upcoming.indexOf(data) < 0; }));
  }

  function item(data, texts) {
    var meta = data.meta || {};
    var li = document.createElement("li");
    li.className = "search-result";
    var title = document.createElement("a");
    title.className = "search-result-title";
    title.href = data.url;
    title.textContent = meta.title || data.url;
    var heading = document.createElement("p");
    heading.appendChild(title);
    li.appendChild(heading);
    var facts = document.createElement("p");
    facts.className = "search-result-facts";
    [meta.type, meta.date, meta.place].forEach(function (value) {
      if (!value) return;
      var span = document.createElement("span");
      span.textContent = value;
      facts.appendChild(span);
    });
    if (meta.when) {
      var past = data.filters.when && data.filters.when.indexOf("past") >= 0;
      var mark = document.createElement("span");
      mark.className = "search-mark " + (past ? "is-past" : "is-upcoming");
      mark.textContent = past ? text(texts, "past") : text(texts, "upcoming");
      facts.appendChild(mark);
      if (past) li.classList.add("is-past");
    }
    li.appendChild(facts);
    var quoted = withoutSynonyms(data.excerpt || "", meta.synonyms);
    if (quoted.split(/\s+/).length < 6 && meta.summary) quoted = escaped(meta.summary);
    if (quoted) {
      var excerpt = document.createElement("p");
      excerpt.className = "search-result-excerpt";
      excerpt.innerHTML = quoted;  // Pagefind's excerpt: the page's text, escaped, with <mark>
      li.appendChild(excerpt);
    }
    return li;
  }

  /* The synonyms indexed at the end of a page (hub_search.synonyms) are for finding it, not for
     reading: the words of the excerpt from where they start are dropped. */
  function withoutSynonyms(excerpt, synonyms) {
    if (!synonyms) return excerpt;
    var words = {};
    synonyms.split(" ").forEach(function (word) { words[word.toLowerCase()] = true; });
    var tokens = excerpt.split(" ");
    var plain = function (token) { return token.replace(/<[^>]*>/g, "").replace(/[.,;:!?]+$/, "").toLowerCase(); };
    var end = tokens.length;
    while (end > 0 && (words[plain(tokens[end - 1])] || plain(tokens[end - 1]) === "")) end--;
    var begin = 0;
    while (begin < end && words[plain(tokens[begin])]) begin++;
    return tokens.slice(begin, end).join(" ").replace(/<mark>([^<]*)$/, "$1");
  }

  function escaped(value) {
    var span = document.createElement("span");
    span.textContent = value;
    return span.innerHTML;
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();

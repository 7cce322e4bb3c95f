/* maillage — "Près de moi": sort a list of cards by distance (progressive enhancement).
   Without JavaScript the controls stay hidden and the page keeps its order.
   The reader's position is asked of the browser and used here only: nothing is sent anywhere,
   no request is made. The cities to choose from are in the page (<select>).
   Cards: <li data-near-me-item data-lat data-lon>; they move into [data-near-me-results] in
   order of distance (those without a place last, in their order), and back on "reset".
   The live status line says what happened; focus stays where the reader is. */
(function () {
  "use strict";

  var EARTH_KM = 6371.0088;

  function radians(degrees) {
    return degrees * Math.PI / 180;
  }

  function distanceKm(lat1, lon1, lat2, lon2) {
    var a = Math.pow(Math.sin(radians(lat2 - lat1) / 2), 2) +
      Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.pow(Math.sin(radians(lon2 - lon1) / 2), 2);
    return 2 * EARTH_KM * Math.asin(Math.sqrt(a));
  }

  function start() {
    var box = document.querySelector("[data-near-me]");
    var results = document.querySelector("[data-near-me-results]");
    if (!box || !results) {
      return;
    }
    var target = results.querySelector("ul");
    var locate = box.querySelector("[data-near-me-locate]");
    var choice = box.querySelector("[data-near-me-place]");
    var reset = box.querySelector("[data-near-me-reset]");
    var status = box.querySelector("[data-near-me-status]");
    var items = Array.prototype.slice.call(document.querySelectorAll("[data-near-me-item]"))
      .filter(function (item) { return !results.contains(item); })
      .map(function (item, index) {
        var lat = parseFloat(item.getAttribute("data-lat"));
        var lon = parseFloat(item.getAttribute("data-lon"));
        return { element: item, parent: item.parentNode, index: index, lat: lat, lon: lon, located: !isNaN(lat) && !isNaN(lon) };
      });
    if (!items.length) {
      return;
    }
    var sections = [];
    items.forEach(function (item) {
      var section = item.parent.closest("section");
      while (section && sections.indexOf(section) === -1) {
        sections.push(section);
        section = section.parentNode.closest("section");
      }
    });
    var sorted = false;

    function say(text) {
      status.textContent = text;
    }

    function label(item, text) {
      var line = item.element.querySelector("[data-near-me-distance]");
      if (!line) {
        line = document.createElement("p");
        line.className = "distance";
        line.setAttribute("data-near-me-distance", "");
        item.element.appendChild(line);
      }
      line.textContent = text;
    }

    function sortFrom(lat, lon, sentence) {
      items.forEach(function (item) {
        item.km = item.located ? distanceKm(lat, lon, item.lat, item.lon) : Infinity;
      });
      var order = items.slice().sort(function (a, b) {
        return a.km === b.km ? a.index - b.index : a.km - b.km;
      });
      order.forEach(function (item) {
        var text = !item.located ? box.getAttribute("data-no-place") :
          item.km < 1 ? box.getAttribute("data-distance-near") : box.getAttribute("data-distance").replace("{km}", Math.round(item.km));
        label(item, text);
        target.appendChild(item.element);
      });
      sections.forEach(function (section) {
        if (!section.querySelector("[data-near-me-item]")) {
          section.hidden = true;
        }
      });
      results.hidden = false;
      reset.hidden = false;
      sorted = true;
      say(sentence);
    }

    function restore() {
      if (!sorted) {
        return;
      }
      var hadFocus = document.activeElement === reset;
      items.forEach(function (item) {
        var line = item.element.querySelector("[data-near-me-distance]");
        if (line) {
          line.parentNode.removeChild(line);
        }
        item.parent.appendChild(item.element);
      });
      sections.forEach(function (section) {
        section.hidden = !section.querySelector("li:not([hidden])");
      });
      results.hidden = true;
      reset.hidden = true;
      choice.value = "";
      sorted = false;
      say(box.getAttribute("data-status-back"));
      if (hadFocus) {
        (locate.hidden ? choice : locate).focus();
      }
    }

    if (navigator.geolocation) {
      locate.addEventListener("click", function () {
        say(box.getAttribute("data-status-waiting"));
        navigator.geolocation.getCurrentPosition(function (position) {
          choice.value = "";
          sortFrom(position.coords.latitude, position.coords.longitude, box.getAttribute("data-status-position"));
        }, function () {
          say(box.getAttribute("data-status-denied"));
          choice.focus();
        }, { maximumAge: 600000, timeout: 15000 });
      });
    } else {
      locate.hidden = true;
    }
    choice.addEventListener("change", function () {
      if (!choice.value) {
        restore();
        return;
      }
      var parts = choice.value.split(",");
      var name = choice.options[choice.selectedIndex].text;
      sortFrom(parseFloat(parts[0]), parseFloat(parts[1]), box.getAttribute("data-status-place").replace("{place}", name));
    });
    reset.addEventListener("click", restore);
    box.hidden = false;
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

/* dotterel dataset page: the map of the selected events, drawn with the vendored Leaflet and
   Leaflet.markercluster over the shipped Natural Earth outlines (/basemap.json). No tiles, nothing
   from another host; no inline script or style (the CSP forbids them): sizes are set through the
   DOM, text only through textContent.

   The places come from the map box's data-map attribute (JSON built by
   dotterel.server.overview.map_places). Each place is a marker sized by its events or its
   fatalities (the "Size by" radios), labelled with its name; overlapping places merge into a
   cluster showing the sum of their events. Clicking a country filters the page to it; a place's
   popup links to its country's filter and to its events (the first ten, then "and N more" to the
   page filtered to the place). */
(function () {
  "use strict";

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = String(text); }
    return node;
  }

  function radius(value) {
    // area grows with the value, capped so that one large figure (225 killed) does not hide the map
    return Math.round(Math.min(8 + 3 * Math.sqrt(value), 36));
  }

  function placeIcon(place, sizeBy) {
    var value = sizeBy === "fatalities" ? place.fatalities : place.events;
    var size = 2 * radius(value);
    var div = el("div", "place-dot size-" + sizeBy);
    div.appendChild(el("span", "place-count", value));
    return L.divIcon({ html: div, className: "place-icon", iconSize: [size, size] });
  }

  function popup(place, hrefs) {
    var box = el("div", "place-popup");
    box.appendChild(el("strong", null, place.name + (place.country ? ", " + place.country : "")));
    box.appendChild(el("div", null, place.events + " event" + (place.events === 1 ? "" : "s") + ", " +
                                     place.fatalities + " killed"));
    if (place.filter_href) {
      var only = el("a", "filter-link", "only " + place.country);
      only.href = place.filter_href;
      box.appendChild(only);
    }
    var list = el("ul", "place-events");
    var shown = 10;
    place.event_ids.slice(0, shown).forEach(function (id) {
      var li = el("li");
      var a = el("a", null, id);
      a.href = hrefs[id] || "#";
      li.appendChild(a);
      list.appendChild(li);
    });
    box.appendChild(list);
    var rest = place.event_ids.length - shown;
    if (rest > 0) {
      // the list is cut at ten: say how many are left out, and link the place's own list when it has an id
      var more = el(place.place_href ? "a" : "span", "place-more", "and " + rest + " more");
      if (place.place_href) { more.href = place.place_href; }
      box.appendChild(more);
    }
    return box;
  }

  function start() {
    var box = document.getElementById("leaflet-map");
    if (!box || !box.hasAttribute("data-map") || typeof L === "undefined") { return; }
    var data = JSON.parse(box.getAttribute("data-map"));
    var filters = new URLSearchParams(location.search);
    filters.delete("offset");
    // Equirectangular (EPSG:4326): the whole world fits without Mercator's stretched poles.
    var map = L.map(box, { crs: L.CRS.EPSG4326, minZoom: 0, maxZoom: 12, worldCopyJump: false,
                           attributionControl: true, zoomSnap: 0.5 });
    map.attributionControl.setPrefix("Leaflet");
    map.attributionControl.addAttribution("Natural Earth");
    box.dotterelMap = map;  // for the browser tests: the map object behind the page

    fetch(box.getAttribute("data-basemap")).then(function (r) { return r.json(); }).then(function (countries) {
      var layer = L.layerGroup();
      countries.forEach(function (c) {
        var poly = L.polygon(c.rings, { className: "country", weight: 0.6, fillOpacity: 1, interactive: c.iso3 !== "-99" });
        if (c.iso3 !== "-99") {
          poly.bindTooltip(el("span", null, c.name), { sticky: true, className: "country-tip" });
          poly.on("click", function () {
            filters.set("country", c.iso3);
            location.search = filters.toString();
          });
        }
        poly.on("add", function () {
          var path = poly.getElement();
          if (path) { path.setAttribute("data-country", c.iso3); }
        });
        layer.addLayer(poly);
      });
      layer.addTo(map);
      layer.eachLayer(function (p) { p.bringToBack(); });
      box.setAttribute("data-basemap-loaded", String(countries.length));
    });

    var sizeBy = "events";
    var clusters = L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 40,
      iconCreateFunction: function (cluster) {
        var total = 0;
        cluster.getAllChildMarkers().forEach(function (m) {
          total += sizeBy === "fatalities" ? m.dotterelPlace.fatalities : m.dotterelPlace.events;
        });
        var div = el("div", "cluster-dot size-" + sizeBy);
        div.appendChild(el("span", "cluster-count", total));
        var size = 2 * radius(total) + 6;
        return L.divIcon({ html: div, className: "cluster-icon", iconSize: [size, size] });
      }
    });
    var markers = data.places.map(function (place) {
      var marker = L.marker([place.lat, place.lon], { icon: placeIcon(place, sizeBy), title: place.name,
                                                    riseOnHover: true, keyboard: true });
      marker.dotterelPlace = place;
      marker.bindTooltip(el("span", null, place.name), { permanent: true, direction: "right", offset: [radius(place.events), 0],
                                       className: "place-label" });
      marker.bindPopup(function () { return popup(place, data.event_hrefs); });
      return marker;
    });
    // The view is set before the clusters are added and without animation, so the first clustering is
    // done at the final zoom (a zoom animation still running when the reader zooms again confuses it).
    if (markers.length) {
      map.fitBounds(L.latLngBounds(markers.map(function (m) { return m.getLatLng(); })).pad(0.5),
                    { maxZoom: 6, animate: false });
    } else {
      map.setView([20, 10], 1, { animate: false });
    }
    clusters.addLayers(markers);
    clusters.addTo(map);

    document.querySelectorAll('#map-controls input[name="map-size"]').forEach(function (input) {
      input.addEventListener("change", function () {
        sizeBy = input.value;
        markers.forEach(function (m) { m.setIcon(placeIcon(m.dotterelPlace, sizeBy)); });
        clusters.refreshClusters();
        box.setAttribute("data-size-by", sizeBy);
      });
    });
    box.setAttribute("data-size-by", sizeBy);
    box.setAttribute("data-places", String(markers.length));
  }

  document.addEventListener("DOMContentLoaded", start);
})();

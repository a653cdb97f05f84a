/* dotterel viewer: show an event's record when its words or its list entry are clicked,
   and save the coding result as JSON. No inline scripts (the pages' CSP forbids them);
   text is only ever moved as DOM nodes or textContent, never parsed as HTML. */
(function () {
  "use strict";

  function ids(el) {
    return (el.getAttribute("data-event") || "").split(/\s+/).filter(Boolean);
  }

  function showEvents(eventIds) {
    var pane = document.getElementById("event-detail");
    if (!pane) { return; }
    while (pane.firstChild) { pane.removeChild(pane.firstChild); }
    eventIds.forEach(function (id) {
      var tpl = document.getElementById("detail-" + id);
      if (tpl && tpl.content) { pane.appendChild(tpl.content.cloneNode(true)); }
    });
    pane.setAttribute("data-event", eventIds.join(" "));
    var wanted = {};
    eventIds.forEach(function (id) { wanted[id] = true; });
    document.querySelectorAll("#article mark.hl").forEach(function (mark) {
      var on = ids(mark).some(function (id) { return wanted[id]; });
      mark.classList.toggle("active", on);
    });
    document.querySelectorAll("#events li.event").forEach(function (li) {
      li.classList.toggle("selected", !!wanted[li.getAttribute("data-event")]);
    });
  }

  document.addEventListener("click", function (ev) {
    var target = ev.target;
    if (!(target instanceof Element)) { return; }
    if (target.closest("a, button, summary, input, select, textarea")) { return; }
    var mark = target.closest("#article mark.hl[data-event]");
    if (mark) { showEvents(ids(mark)); return; }
    var li = target.closest("#events li.event[data-event]");
    if (li) {
      showEvents(ids(li));
      var pane = document.getElementById("event-detail");
      if (pane && window.matchMedia && window.matchMedia("(max-width: 60rem)").matches) {
        pane.scrollIntoView({ behavior: "smooth", block: "start" });
      }
    }
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter" && ev.key !== " ") { return; }
    var target = ev.target;
    if (target instanceof Element && target.matches("#events li.event[data-event]")) {
      ev.preventDefault();
      showEvents(ids(target));
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var save = document.getElementById("save-json");
    var source = document.getElementById("result-json");
    if (save && source) {
      save.addEventListener("click", function () {
        var blob = new Blob([source.textContent], { type: "application/json" });
        var url = URL.createObjectURL(blob);
        var link = document.createElement("a");
        link.href = url;
        link.download = save.getAttribute("data-filename") || "dotterel.json";
        document.body.appendChild(link);
        link.click();
        document.body.removeChild(link);
        setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
      });
    }
    if (location.hash && location.hash.indexOf("#ev-") === 0) {
      showEvents([decodeURIComponent(location.hash.slice(4))]);
    }
  });
})();

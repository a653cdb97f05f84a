/* dotterel dataset page: what each download holds, and why the other events are left out.

   The page is rendered with each format's note counted on the events it charts (the first few
   thousand of a large selection). This script asks GET /api/v1/export/left-out (the note's
   data-left-out-url) for the whole selection, writes the exact numbers into the note, lists the
   reasons with their counts and, under "which events", the events left out for each reason,
   linked to their pages. The reasons are the exporters' own. When a file is downloaded, the note
   says what the file holds. No inline script or style (the CSP forbids them); text only through
   textContent. */
(function () {
  "use strict";

  var SHOWN_PER_REASON = 25;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = String(text); }
    return node;
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function eventHref(id) { return "/events/" + encodeURIComponent(id); }

  function fill(note, data) {
    var left = data.total - data.held;
    note.setAttribute("data-events", data.held);
    note.setAttribute("data-total", data.total);
    note.querySelector(".held").textContent = data.held + " of " + plural(data.total, "event");
    var empty = note.querySelector(".empty-file");
    if (data.total > 0 && data.held === 0) {
      if (!empty) {
        empty = el("strong", "empty-file");
        note.querySelector(".held").after(" ", empty);
      }
      empty.textContent = "(the file holds no event, only its header)";
    } else if (empty) {
      empty.remove();
    }
    note.querySelector(".left-out-head").textContent = left ? "; left out:" : "";
    var list = note.querySelector("ul.left-out");
    list.replaceChildren();
    data.left_out.forEach(function (r) {
      var li = el("li", null, r.events + " " + r.reason);
      li.setAttribute("data-reason", r.reason);
      li.setAttribute("data-count", r.events);
      if (r.cases.length) {
        li.append(" ", el("span", "meta", "(" + r.cases.map(function (c) { return c.case + " " + c.events; }).join(", ") + ")"));
      }
      list.appendChild(li);
    });
    var old = note.querySelector("details.left-out-events");
    if (old) { old.remove(); }
    if (left) {
      var details = el("details", "left-out-events");
      details.appendChild(el("summary", null, "which events are left out, and why"));
      var reasons = el("ul");
      data.left_out.forEach(function (r) {
        var li = el("li", "reason-events");
        li.setAttribute("data-reason", r.reason);
        li.appendChild(el("strong", null, r.reason + ": "));
        r.event_ids.slice(0, SHOWN_PER_REASON).forEach(function (id) {
          var a = el("a", "left-out-event", id);
          a.href = eventHref(id);
          a.setAttribute("data-event", id);
          li.appendChild(a);
        });
        if (r.event_ids.length > SHOWN_PER_REASON) {
          li.appendChild(el("span", "meta", "and " + (r.event_ids.length - SHOWN_PER_REASON) + " more"));
        }
        reasons.appendChild(li);
      });
      details.appendChild(reasons);
      list.after(details);
    }
    note.setAttribute("data-checked", "selection");
  }

  function start() {
    var notes = document.querySelectorAll("#downloads li.download[data-left-out-url]");
    Array.prototype.forEach.call(notes, function (note) {
      var status = note.querySelector(".download-status");
      var link = note.querySelector("a[id^='download-']");
      var known = null;
      fetch(note.getAttribute("data-left-out-url"), { headers: { "Accept": "application/json" } })
        .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
        .then(function (data) { known = data; fill(note, data); })
        .catch(function (err) {
          note.setAttribute("data-checked", "failed");
          status.textContent = "Could not count the whole selection (" + err.message + "); the numbers above are the page's.";
        });
      if (link) {
        link.addEventListener("click", function () {
          var held = known ? known.held : parseInt(note.getAttribute("data-events"), 10);
          var total = known ? known.total : parseInt(note.getAttribute("data-total"), 10);
          var text = "Downloading: the file holds " + held + " of " + plural(total, "event");
          if (total > held) { text += "; the " + (total - held) + " others are left out for the reasons above"; }
          status.textContent = text + ".";
          note.setAttribute("data-downloaded", "true");
        });
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());

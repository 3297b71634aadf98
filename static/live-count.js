// Progressive enhancement for the signature count, on the campaign page and the embed:
// every 10 seconds while the page is visible, fetch count.json (through the browser's
// HTTP cache: the server marks it cacheable) and update the figure, the progress bar and
// the percentage. The markup carries the facts: [data-live-count] is the figure (its value
// is the count.json URL, data-goal the goal), inside a [data-live-scope] holding
// [data-live-progress], [data-live-percent] and [data-live-noun]. Whether screen readers
// hear the change is the markup's choice (aria-live on the embed only).
// Without this script the page shows the count as it was when loaded.
(function () {
  "use strict";
  if (!window.fetch || !document.querySelector) { return; }
  var INTERVAL_MS = 10000;

  // The page's language (<html lang>) formats the figure and picks the noun's plural form
  // from the noun's data-noun-<category> attributes (views::campaign::count_noun).
  var lang = document.documentElement.getAttribute("lang") || "en-GB";

  function format(n) {
    try { return n.toLocaleString(lang); } catch (e) { return String(n); }
  }

  function nounFor(noun, count) {
    var form = null;
    try { form = noun.getAttribute("data-noun-" + new Intl.PluralRules(lang).select(count)); } catch (e) { form = null; }
    if (form !== null) { return form; }
    if (noun.hasAttribute("data-noun-other") || noun.hasAttribute("data-noun-one")) { return noun.textContent; }
    return count === 1 ? "signature" : "signatures";
  }

  function watch(figure) {
    var url = figure.getAttribute("data-live-count");
    var goal = Math.max(1, parseInt(figure.getAttribute("data-goal"), 10) || 1);
    var scope = (figure.closest && figure.closest("[data-live-scope]")) || document;
    var bar = scope.querySelector("[data-live-progress]");
    var percent = scope.querySelector("[data-live-percent]");
    var noun = scope.querySelector("[data-live-noun]");
    var shown = null;
    var inFlight = false;

    function show(count) {
      if (count === shown) { return; }
      shown = count;
      var pct = Math.min(100, Math.floor(count * 100 / goal));
      var text = format(count);
      if (figure.textContent !== text) { figure.textContent = text; }
      if (noun) { noun.textContent = nounFor(noun, count); }
      if (percent) { percent.textContent = String(pct); }
      if (bar) { bar.value = Math.min(count, goal); bar.textContent = pct + "%"; }
    }

    function poll() {
      if (inFlight || document.hidden) { return; }
      inFlight = true;
      fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (body) {
          if (body && typeof body.signature_count === "number") { show(body.signature_count); }
        })
        .catch(function () { /* keep the last figure; try again next time */ })
        .then(function () { inFlight = false; });
    }

    setInterval(poll, INTERVAL_MS);
    document.addEventListener("visibilitychange", function () {
      if (!document.hidden) { poll(); }
    });
  }

  var figures = document.querySelectorAll("[data-live-count]");
  for (var i = 0; i < figures.length; i++) { watch(figures[i]); }
})();

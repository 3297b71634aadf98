// Progressive enhancement for the letter editor. While the writer types, the meter and the
// preview follow the text: a moment after typing pauses, the form goes to the server's
// meter (POST /campaigns/{slug}/meter), which answers with its own figure and the preview
// as the page renders it; nothing is stored. A saved draft also autosaves a few seconds
// after typing stops, with a visible "saved" state.
// Without this script the Save button does the same job.
(function () {
  "use strict";
  var form = document.querySelector("form[data-meter]");
  if (!form || !window.fetch || !window.URLSearchParams) { return; }
  var meterUrl = form.getAttribute("data-meter");
  var saveUrl = form.getAttribute("data-autosave");
  var status = document.getElementById("save-status");
  var METER_DELAY_MS = 300;
  var SAVE_DELAY_MS = 2000;

  // Only on a change: rewriting the live region with the same words on every keystroke
  // makes screen readers announce "Unsaved changes" again and again while the writer types.
  function say(text) { if (status && status.textContent !== text) { status.textContent = text; } }

  // The words come from the page, in its language (data-said-* on the status line); the
  // English here is only the fallback. {time} and {reason} mark where a value goes.
  function words(name, fallback) {
    var said = status && status.getAttribute("data-said-" + name);
    return said || fallback;
  }
  function notSaved(reason) { return words("not-saved", "Not saved: {reason}").replace("{reason}", reason); }

  function fields(action) {
    var params = new URLSearchParams();
    var data = new FormData(form);
    data.forEach(function (value, key) {
      if (key !== "action" && typeof value === "string") { params.append(key, value); }
    });
    if (action) { params.append("action", action); }
    return params;
  }

  function post(url, params) {
    return fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: params.toString(),
      credentials: "same-origin"
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    });
  }

  function showMeter(result) {
    var own = document.getElementById("own-percent");
    var meter = document.getElementById("personal");
    var words = document.getElementById("meter-words");
    if (own) { own.textContent = result.own_percent + "%"; }
    if (meter) { meter.value = result.own_percent; meter.textContent = result.own_percent + "%"; }
    if (words) { words.textContent = result.meter_words; }
  }

  // The server renders the preview exactly as the page does; swap the section for it.
  function showPreview(html) {
    var old = document.getElementById("preview");
    if (!old || typeof html !== "string") { return; }
    var template = document.createElement("template");
    template.innerHTML = html;
    var fresh = template.content.firstElementChild;
    if (fresh && fresh.id === "preview") { old.replaceWith(fresh); }
  }

  // The meter: the latest answer wins, however the requests overtake each other.
  var meterTimer = null;
  var asked = 0;
  var shown = 0;

  function measure() {
    var mine = ++asked;
    post(meterUrl, fields(null)).then(function (result) {
      if (!result.ok || mine < shown) { return; }
      shown = mine;
      showMeter(result.body);
      showPreview(result.body.preview);
    }).catch(function () { /* the meter waits for the next keystroke or the Save button */ });
  }

  function scheduleMeter() {
    if (meterTimer) { clearTimeout(meterTimer); }
    meterTimer = setTimeout(measure, METER_DELAY_MS);
  }

  // Autosave, for a letter that has been saved once (it has a private address).
  var saveTimer = null;
  var inFlight = false;
  var again = false;

  function save() {
    if (inFlight) { again = true; return; }
    inFlight = true;
    say(words("saving", "Saving…"));
    post(saveUrl, fields("save")).then(function (result) {
      if (result.ok && result.body.saved) {
        var at = new Date(result.body.saved_at);
        var time = at.toLocaleTimeString(document.documentElement.lang || [], { hour: "2-digit", minute: "2-digit" });
        say(words("saved", "Saved at {time}").replace("{time}", time));
        form.setAttribute("data-saved", result.body.saved_at);
      } else if (result.body && result.body.errors) {
        var first = Object.keys(result.body.errors)[0];
        say(notSaved(result.body.errors[first]));
      } else {
        say(notSaved((result.body && result.body.message) || words("use-button", "please use the Save button")));
      }
    }).catch(function () {
      say(notSaved(words("offline", "check your connection, then press Save draft")));
    }).then(function () {
      inFlight = false;
      if (again) { again = false; scheduleSave(); }
    });
  }

  function scheduleSave() {
    if (saveTimer) { clearTimeout(saveTimer); }
    say(words("unsaved", "Unsaved changes"));
    saveTimer = setTimeout(save, SAVE_DELAY_MS);
  }

  function changed() {
    scheduleMeter();
    if (saveUrl) { scheduleSave(); }
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
})();

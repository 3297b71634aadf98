// Progressive enhancement for the letter editor: autosave a few seconds after typing stops,
// with a visible "saved" state, and keep the personalisation meter up to date.
// Without this script the Save button does the same job.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch || !window.URLSearchParams) { return; }
  var url = form.getAttribute("data-autosave");
  var status = document.getElementById("save-status");
  var timer = null;
  var inFlight = false;
  var again = false;
  var DELAY_MS = 2000;

  // Only on a change: rewriting the live region with the same words on every keystroke
  // makes screen readers announce "Unsaved changes" again and again while the writer types.
  function say(text) { if (status && status.textContent !== text) { status.textContent = text; } }

  function fields() {
    var params = new URLSearchParams();
    var data = new FormData(form);
    data.forEach(function (value, key) {
      if (key !== "action" && typeof value === "string") { params.append(key, value); }
    });
    params.append("action", "save");
    return params;
  }

  function showMeter(result) {
    var own = document.getElementById("own-percent");
    var meter = document.getElementById("personal");
    var words = document.getElementById("meter-words");
    if (own) { own.textContent = result.own_percent + "%"; }
    if (meter) { meter.value = result.own_percent; meter.textContent = result.own_percent + "%"; }
    if (words) { words.textContent = result.meter_words; }
  }

  function save() {
    if (inFlight) { again = true; return; }
    inFlight = true;
    say("Saving…");
    fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: fields().toString(),
      credentials: "same-origin"
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      if (result.ok && result.body.saved) {
        var at = new Date(result.body.saved_at);
        say("Saved at " + at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }));
        form.setAttribute("data-saved", result.body.saved_at);
        showMeter(result.body);
      } else if (result.body && result.body.errors) {
        var first = Object.keys(result.body.errors)[0];
        say("Not saved: " + result.body.errors[first]);
      } else {
        say("Not saved: " + ((result.body && result.body.message) || "please use the Save button"));
      }
    }).catch(function () {
      say("Not saved: check your connection, then press Save draft");
    }).then(function () {
      inFlight = false;
      if (again) { again = false; schedule(); }
    });
  }

  function schedule() {
    if (timer) { clearTimeout(timer); }
    say("Unsaved changes");
    timer = setTimeout(save, DELAY_MS);
  }

  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
})();

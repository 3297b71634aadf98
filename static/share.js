// Progressive enhancement for share links: reveals "Copy link" (and the organiser's
// "Copy code") when the Clipboard API is there, and "Share…" when the Web Share API is.
// Both start hidden, so without JavaScript only the plain share links show.
// Buttons: [data-copy] copies its value, [data-copy-from] the value of the element with
// that id; [data-web-share] opens the system share sheet with data-title, data-text and
// data-url. Each reports in the .share-status of its [data-share] container, in the page's
// language when the button carries the words (data-said-copied, -done, -failed).
(function () {
  "use strict";
  if (!document.querySelectorAll) { return; }
  var RESET_MS = 4000;

  function statusFor(button) {
    var box = button.closest && button.closest("[data-share]");
    return box ? box.querySelector(".share-status") : null;
  }

  function say(button, text) {
    var status = statusFor(button);
    if (status) { status.textContent = text; }
  }

  function words(button, name, english) {
    return button.getAttribute("data-said-" + name) || english;
  }

  function each(selector, fn) {
    var found = document.querySelectorAll(selector);
    for (var i = 0; i < found.length; i++) { fn(found[i]); }
  }

  if (navigator.clipboard && navigator.clipboard.writeText && window.isSecureContext !== false) {
    each("[data-copy], [data-copy-from]", function (button) {
      var label = button.textContent;
      var timer = null;
      button.hidden = false;
      button.addEventListener("click", function () {
        var text = button.getAttribute("data-copy");
        var from = button.getAttribute("data-copy-from");
        if (from) {
          var source = document.getElementById(from);
          text = source ? source.value : "";
        }
        navigator.clipboard.writeText(text || "").then(function () {
          button.textContent = words(button, "copied", "Copied");
          button.setAttribute("data-copied", "");
          say(button, words(button, "done", from ? "Code copied to the clipboard" : "Link copied to the clipboard"));
          if (timer) { clearTimeout(timer); }
          timer = setTimeout(function () {
            button.textContent = label;
            button.removeAttribute("data-copied");
            say(button, "");
          }, RESET_MS);
        }, function () {
          say(button, words(button, "failed", "Could not copy: select the text and copy it yourself"));
        });
      });
    });
  }

  if (navigator.share) {
    each("[data-web-share]", function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var data = {
          title: button.getAttribute("data-title") || document.title,
          text: button.getAttribute("data-text") || "",
          url: button.getAttribute("data-url") || location.href
        };
        navigator.share(data).catch(function (error) {
          if (!error || error.name !== "AbortError") { say(button, words(button, "failed", "Could not open sharing")); }
        });
      });
    });
  }
})();

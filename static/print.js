// The printable letter's Print button: hidden in the page until this script can make it
// work, and never printed (print.css).
(function () {
  "use strict";
  var button = document.querySelector(".print-button");
  if (!button || typeof window.print !== "function") { return; }
  button.addEventListener("click", function () { window.print(); });
  button.hidden = false;
})();

// The check page: once a list's answer is complete (no longer polled), the focus moves to it, so a keyboard or
// screen-reader user lands on the results. Without this script the form posts and the page reloads as usual.
(function () {
  document.addEventListener("htmx:afterSettle", function () {
    var results = document.getElementById("results");
    if (results && !results.hasAttribute("hx-get")) {
      results.focus();
    }
  });
})();

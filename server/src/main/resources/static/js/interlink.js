// htmx requests carry the CSRF token of the page, as forms do.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A list that refreshes itself (data-pause-while-focused) waits while the keyboard focus is inside it: replacing it
// would drop a keyboard user's place back to the top of the page. It refreshes at the next tick after focus leaves.
// (An hx-trigger filter would say the same, but htmx evaluates filters with Function(), which the CSP forbids.)
document.addEventListener("htmx:beforeRequest", function (event) {
  var list = event.detail.elt;
  if (list.hasAttribute("data-pause-while-focused") && list.contains(document.activeElement)) {
    event.preventDefault();
  }
});

// A country picker (templates/countries.html) adds the chosen country's code to the list in the input it names, once,
// and goes back to its prompt so the next country can be chosen.
document.addEventListener("change", function (event) {
  var picker = event.target;
  if (!picker.hasAttribute || !picker.hasAttribute("data-adds-to")) {
    return;
  }
  var input = document.getElementById(picker.getAttribute("data-adds-to"));
  if (input && picker.value) {
    var codes = input.value.split(/[,;\s]+/).filter(function (code) { return code !== ""; });
    if (codes.indexOf(picker.value) < 0) {
      codes.push(picker.value);
    }
    input.value = codes.join(", ");
  }
  picker.value = "";
});

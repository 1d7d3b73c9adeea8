// Border console: Enter checks at once (a scanner sends its lines then Enter); Shift+Enter adds a line by hand.
// After an answer the box is cleared and focused again, ready for the next traveller, unless the answer asks to keep
// what was scanned (a failing check digit, a refusal): the officer compares it with the document in hand.
document.addEventListener("DOMContentLoaded", function () {
  var query = document.getElementById("query");
  var form = document.getElementById("check-form");
  if (!query || !form) {
    return;
  }
  query.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) {
      var lines = query.value.split("\n").filter(function (l) { return l.trim().length > 0; });
      // An MRZ arrives as two or three lines: let the scanner finish before checking.
      var needed = lines.length > 0 && lines[0].trim().length === 30 ? 3 : 2; // TD1 has three lines of 30
      var partialMrz = /<</.test(query.value) && lines.length < needed;
      if (!partialMrz) {
        event.preventDefault();
        form.requestSubmit();
      }
    }
  });
  document.body.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "answer") {
      var answer = document.getElementById("answer");
      if (!answer || !answer.querySelector("[data-keep-query]")) {
        query.value = "";
      }
      query.focus();
    }
  });
});

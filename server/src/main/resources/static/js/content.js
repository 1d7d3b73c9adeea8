// The lookup form: shows the upload's progress (htmx reports it as htmx:xhr:progress) and moves the focus to the
// result once it arrives, so a keyboard or screen-reader user lands on it. Without this script the form posts as usual.
(function () {
  document.addEventListener("htmx:xhr:progress", function (event) {
    var bar = document.getElementById("upload-progress");
    if (bar && event.detail.lengthComputable) {
      bar.hidden = false;
      bar.value = Math.round((event.detail.loaded / event.detail.total) * 100);
    }
  });
  document.addEventListener("htmx:afterSettle", function () {
    var results = document.getElementById("results");
    var bar = document.getElementById("upload-progress");
    if (bar) {
      bar.hidden = true;
      bar.value = 0;
    }
    if (results) {
      results.focus();
    }
  });
})();

// The compose form: checks attachment count and sizes before uploading, and shows the server's refusal
// (e.g. 413 when a limit is passed) instead of failing silently.
(function () {
  function error(text) {
    var box = document.getElementById("upload-error");
    if (!box) { return; }
    box.textContent = text;
    box.classList.toggle("d-none", !text);
  }

  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!input || input.id !== "attachment") { return; }
    var form = document.getElementById("compose-form");
    var maxBytes = Number(form.dataset.maxBytes), maxFiles = Number(form.dataset.maxFiles);
    var problem = "";
    if (input.files.length > maxFiles) {
      problem = "At most " + maxFiles + " attachments per message.";
    }
    for (var i = 0; i < input.files.length; i++) {
      if (input.files[i].size > maxBytes) {
        problem = input.files[i].name + " is larger than 25 MB.";
      }
    }
    input.setCustomValidity(problem);
    error(problem);
  });

  document.addEventListener("htmx:responseError", function (event) {
    var xhr = event.detail.xhr;
    var text = "The message was not sent (" + xhr.status + ").";
    try {
      var problem = JSON.parse(xhr.responseText);
      if (problem.detail) { text = "The message was not sent: " + problem.detail; }
    } catch (e) { /* not JSON */ }
    error(text);
  });
})();

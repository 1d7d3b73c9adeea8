// Removal orders: the time left before each deadline, counting down each second (the server renders the same words,
// so the page reads right without this script), and every UTC time also in the reader's own time zone.
(function () {
  function words(ms) {
    var late = ms < 0;
    var total = Math.floor(Math.abs(ms) / 1000);
    var h = Math.floor(total / 3600), m = Math.floor((total % 3600) / 60), s = total % 60;
    var amount = (h > 0 ? h + " h " : "") + (h > 0 || m > 0 ? m + " min " : "") + s + " s";
    return late ? "overdue by " + amount : amount + " left";
  }

  function tick() {
    document.querySelectorAll("[data-deadline]").forEach(function (el) {
      var ms = Date.parse(el.getAttribute("data-deadline")) - Date.now();
      el.textContent = words(ms);
      el.classList.toggle("text-danger", ms < 0);
    });
  }

  function localTimes() {
    document.querySelectorAll("time.local-time[datetime]").forEach(function (el) {
      var at = new Date(el.getAttribute("datetime"));
      if (isNaN(at.getTime())) {
        return;
      }
      el.textContent = "(your time: " + at.toLocaleString(undefined, {
        year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
        timeZoneName: "short"
      }) + ")";
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    localTimes();
    if (document.querySelector("[data-deadline]")) {
      tick();
      setInterval(tick, 1000);
    }
  });
})();

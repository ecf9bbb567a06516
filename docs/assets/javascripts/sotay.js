/* Site behaviour added by the handbook (export actions). */
(function () {
  "use strict";

  // Clipboard API where the page is a secure context (https, localhost, file://);
  // plain http on an office intranet is not, so fall back to a hidden textarea.
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand("copy");
      document.body.removeChild(area);
      ok ? resolve() : reject(new Error("copy refused"));
    });
  }

  function flash(button, text) {
    var label = button.textContent;
    button.textContent = text;
    setTimeout(function () { button.textContent = label; }, 2000);
  }

  document.addEventListener("click", function (event) {
    var copy = event.target.closest(".sotay-copy");
    if (copy) {
      var bar = copy.closest(".sotay-actions");
      copyText(bar.getAttribute("data-sotay-copy")).then(
        function () { flash(copy, "Đã sao chép"); },
        function () { flash(copy, "Không sao chép được"); });
    }
    if (event.target.closest(".sotay-print")) {
      window.print();
    }
  });
})();

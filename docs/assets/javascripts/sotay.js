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

  // Save text as a file built in the page: a Blob behind a temporary <a download>.
  // Chromium ignores the download attribute on links between file:// pages (the offline
  // copy) and opens the .md file as a page instead; a blob: URL made by the page itself
  // is always downloaded, offline or over http, and needs nothing from the network.
  function saveText(text, name, type) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.style.display = "none";
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
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
    // "Tải về Markdown": the Markdown is in the page (data-sotay-md); the link's own
    // href stays for browsers without script.
    var download = event.target.closest(".sotay-actions a[download$='.md']");
    if (download && window.Blob && window.URL && URL.createObjectURL) {
      var markdown = download.closest(".sotay-actions").getAttribute("data-sotay-md");
      if (markdown !== null) {
        event.preventDefault();
        saveText(markdown, download.getAttribute("download"), "text/markdown;charset=utf-8");
      }
    }
    if (event.target.closest("button.sotay-print")) {
      window.print();
    }
  });
})();

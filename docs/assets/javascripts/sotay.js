/* Site behaviour added by the handbook (export actions, search highlights). */
(function () {
  "use strict";

  // Must agree with lunr.vi.min.js's fold: no marks, đ -> d.
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }

  /* Material marks a search's words on the page a result opens (?h=...) as they were typed, so
     "phe binh" marks nothing on a page that writes "phê bình". Mark the words whose unmarked
     form is a term typed without marks; Material has marked the rest. */
  function highlightUnmarked() {
    var query = new URLSearchParams(location.search).get("h");
    var article = document.querySelector(".md-content article");
    if (!query || !article) return;
    var terms = query.toLowerCase().split(/\s+/).filter(function (t) { return t.length > 1 && fold(t) === t; });
    if (!terms.length) return;
    var walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentNode.closest("mark, script, style, .headerlink") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var text = node.nodeValue, out = [], last = 0, match, word = /[\p{L}\p{N}]+/gu;
      while ((match = word.exec(text))) {
        var w = match[0];
        if (w.toLowerCase() !== fold(w) && terms.indexOf(fold(w)) >= 0) {
          out.push(document.createTextNode(text.slice(last, match.index)));
          var mark = document.createElement("mark");
          mark.setAttribute("data-md-highlight", "");
          mark.textContent = w;
          out.push(mark);
          last = match.index + w.length;
        }
      }
      if (!out.length) return;
      out.push(document.createTextNode(text.slice(last)));
      var parent = node.parentNode;
      out.forEach(function (piece) { parent.insertBefore(piece, node); });
      parent.removeChild(node);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", highlightUnmarked);
  else highlightUnmarked();

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

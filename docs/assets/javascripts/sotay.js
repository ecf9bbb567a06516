/* Site behaviour added by the handbook (export actions, search highlights). */
(function () {
  "use strict";

  /* The contents sidebar follows the page with a smooth scroll (Material's toc.follow, and the
     tabs' arrows) asked for in script, where CSS's scroll-behavior cannot reach it: a reader who
     asked the system for less motion gets the jump. */
  if (window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches) {
    [Element.prototype, window].forEach(function (target) {
      ["scrollTo", "scrollBy", "scroll"].forEach(function (name) {
        var own = target[name];
        if (typeof own !== "function") return;
        target[name] = function (options) {
          var args = Array.prototype.slice.call(arguments);
          if (options && typeof options === "object" && options.behavior === "smooth") {
            args[0] = Object.assign({}, options, { behavior: "auto" });
          }
          return own.apply(this, args);
        };
      });
    });
  }

  function onReady(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }

  // Must agree with lunr.vi.min.js's fold (no marks, đ and the Ð/ð typed for it -> d) and exact
  // (one tone placement, a final y after a consonant as i).
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐðÐ]/g, "d").toLowerCase();
  }

  var GLIDE = /([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])(?![\p{L}\p{M}])/gu;
  var FINAL_Y = /(^|[^\p{L}\p{M}])(qu|[bcdđghklmnprstvx]{1,3})y([\u0300-\u036f]*)(?![\p{L}\p{M}])/gu;
  function exact(text) {
    return text.toLowerCase().normalize("NFD").replace(GLIDE, "$1$3$2").replace(FINAL_Y, "$1$2i$3").normalize("NFC");
  }

  /* What may stand before a code: a group, not a lookbehind, which Safari before 16.4 (older
     iPhones) refuses; its match is left out of the mark. */
  var NOT_AFTER_WORD = "(^|[^\\p{L}\\p{N}])";

  // "hd12", "CT50": a kind and number typed together, as the search reads them.
  var GLUED = /^(\p{L}{2,5})(\d{1,4})$/u;

  /* Material marks a search's words on the page a result opens (?h=..., the words as the search
     read them where this rule can tell them: "dang vien" for "ddangr vieen", lunr.vi.min.js) as
     they are written in ?h=, so "phe binh" marks nothing on a page that writes "phê bình", "khoá"
     nothing where it writes "khóa", "hd12" nothing where it writes "12-HD". Mark the words whose
     unmarked form is a term without marks, or whose tone placement is the only difference, and
     the codes a glued term stands for; Material has marked the rest. */
  function highlightUnmarked() {
    var query = new URLSearchParams(location.search).get("h");
    var article = document.querySelector(".md-content article");
    if (!query || !article) return;
    var typed = query.toLowerCase().split(/\s+/).filter(function (t) { return t.length > 1; });
    var marked = typed.filter(function (t) { return fold(t) !== t; }).map(exact);
    // A reader who types marks means the unmarked words as typed: "chi ủy" is not "chỉ".
    var terms = marked.length ? [] : typed.filter(function (t) { return fold(t) === t && !GLUED.test(t); });
    var codes = typed.map(function (t) { return GLUED.exec(t); }).filter(Boolean).map(function (m) {
      return new RegExp(NOT_AFTER_WORD + "0*" + (+m[2]) + "\\s?-\\s?" + m[1] + "(?![\\p{L}\\p{N}])", "iu");
    });
    if (!terms.length && !marked.length && !codes.length) return;
    function wanted(w) {
      var lower = w.toLowerCase();
      if (lower !== fold(w) && terms.indexOf(fold(w)) >= 0) return true;
      // Another tone placement of a marked word; Material marks the word as typed itself.
      return marked.indexOf(exact(w)) >= 0 && typed.indexOf(lower) < 0;
    }
    markableText(article).forEach(function (node) {
      var text = node.nodeValue, out = [], last = 0, match;
      var word = /\d+\s?-\s?\p{L}+(?=\/)|[\p{L}\p{N}]+/gu;
      while ((match = word.exec(text))) {
        var w = match[0];
        var hit = /\d/.test(w) && /-/.test(w) ? codes.some(function (re) { return re.test(w); }) : wanted(w);
        if (!hit && /-/.test(w)) {
          word.lastIndex = match.index + w.search(/-/);  // not a code typed: read its words one by one
          w = w.slice(0, w.search(/\s?-/));
          hit = wanted(w);
        }
        if (hit) {
          out.push(document.createTextNode(text.slice(last, match.index)));
          var mark = newMark();
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

  /* Material marks the words of ?h= wherever they stand, inside words too: "chi uy" marked the
     "uy" of "quyết" and "quy chế" and the "chi" of "chia", "12" the start of "120 phút", "tu"
     that of "tuần". A mark with a letter or a digit right beside it is no word of the search. */
  var WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

  function unmarkInsideWords() {
    var article = document.querySelector(".md-content article");
    if (!article) return;
    var walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT), nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    var codes = typedCodes(), pieces = {};
    codes.forEach(function (code) { code.pieces.forEach(function (piece) { pieces[piece] = true; }); });
    nodes.forEach(function (node, i) {
      var mark = node.parentNode;
      if (mark.nodeName !== "MARK" || !mark.hasAttribute("data-md-highlight") || mark.childNodes.length !== 1) return;
      var before = i > 0 ? nodes[i - 1].nodeValue.slice(-1) : "";
      var after = i + 1 < nodes.length ? nodes[i + 1].nodeValue.charAt(0) : "";
      // A code's pieces are marked as the whole code below, not one by one: "12-HD/BTCTW" marked
      // the "HD/BTCTW" of every "42-HD/BTCTW" and the "12" of "01/12/2023".
      if (WORD_CHAR.test(before) || WORD_CHAR.test(after) || pieces[node.nodeValue.toLowerCase()]) mark.replaceWith(node);
    });
    article.normalize();
    if (codes.length) markCodes(article, codes);
  }

  // The document codes in ?h= ("12-HD/BTCTW", "05-ct/tw", "12/HD-BTCTW"): each as a pattern that finds it
  // however the page spaces it, and its pieces ("12", "hd", "btctw").
  function typedCodes() {
    var query = (new URLSearchParams(location.search).get("h") || "").replace(/[\u2010-\u2015\u2212]/g, "-"), out = [], match;
    var code = /(\d+)\s*[-\/]\s*([\p{L}]+)\s*[-\/]\s*([\p{L}.]+)/gu;  // "12/HD-BTCTW" as the search reads it
    while ((match = code.exec(query))) {
      var number = match[1].replace(/^0+(?=\d)/, ""), issuer = match[3].replace(/\.$/, "");
      out.push(codeMark(match[1], number, match[2], issuer, [match[2], issuer]));
    }
    return out.length ? out : codesOfWords(foldedWords(query));
  }

  function codeMark(written, number, kind, issuer, pieces) {
    var escape = function (text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); };
    return {
      pattern: new RegExp(NOT_AFTER_WORD + "0*" + number + "\\s?-\\s?" + escape(kind) + "\\s?/\\s?" + escape(issuer) + "(?![\\p{L}\\p{N}])", "giu"),
      pieces: [written, number].concat(pieces).map(function (piece) { return piece.toLowerCase(); })
    };
  }

  // A document's kind as its name writes it, and as its code does.
  var SPELLED_KINDS = [[["chi", "thi"], "ct"], [["huong", "dan"], "hd"], [["nghi", "quyet"], "nq"], [["quy", "dinh"], "qd"],
                       [["quyet", "dinh"], "qd"], [["ket", "luan"], "kl"], [["quy", "che"], "qc"], [["ke", "hoach"], "kh"]];

  /* A code searched for reaches the page in pieces: the search box passes the words as the search
     read them, "12-HD/BTCTW" as ?h=12+hd+btctw, and Material marked the "12" of "tháng 12" and
     the "HD/BTCTW" of every 42-HD/BTCTW. A code on the page whose number and kind are both among
     the words is the one searched for (only those of the issuer searched, when one is), marked
     whole, its pieces marked nowhere else. */
  function codesOfWords(words) {
    var article = document.querySelector(".md-content article");
    if (words.length < 2 || !article) return [];
    // "05" and "5" are one number; "chỉ thị 50" is the kind of 50-CT/TW written out.
    var numbers = words.map(function (w) { return w.replace(/^0+(?=\d)/, ""); }), kinds = words.slice();
    SPELLED_KINDS.forEach(function (k) { if (k[0].every(function (w) { return words.indexOf(w) >= 0; })) kinds.push(k[1]); });
    var found = {}, match, code = /(\d+)\s?-\s?(\p{L}+)\s?\/\s?(\p{L}+)/gu, text = article.textContent;
    while ((match = code.exec(text))) {
      var number = match[1].replace(/^0+(?=\d)/, ""), kind = fold(match[2]), issuer = fold(match[3]);
      if (numbers.indexOf(number) < 0 || kinds.indexOf(kind) < 0) continue;
      found[(number + " " + match[2] + " " + match[3]).toLowerCase()] = {
        mark: codeMark(match[1], number, match[2], match[3], [kind, match[2]].concat(words.indexOf(issuer) >= 0 ? [issuer, match[3]] : [])),
        issued: words.indexOf(issuer) >= 0
      };
    }
    var codes = Object.keys(found).map(function (key) { return found[key]; });
    var issued = codes.filter(function (c) { return c.issued; });
    return (issued.length ? issued : codes).map(function (c) { return c.mark; });
  }

  function markCodes(article, codes) {
    var nodes = markableText(article);
    for (var i = 0; i < nodes.length; i++) {  // the list grows: the text after a mark may hold a code again
      var node = nodes[i], first = null;
      codes.forEach(function (code) {
        code.pattern.lastIndex = 0;
        var match = code.pattern.exec(node.nodeValue);
        if (match && (!first || match.index < first.index)) first = match;
      });
      if (!first) continue;
      var hit = node.splitText(first.index + first[1].length), rest = hit.splitText(first[0].length - first[1].length), mark = newMark();
      hit.parentNode.insertBefore(mark, hit);
      mark.appendChild(hit);
      nodes.push(rest);
    }
  }

  // The article's text where words may be marked: not in a mark, a script or a heading's link.
  function markableText(article) {
    var walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentNode.closest("mark, script, style, .headerlink, .sotay-contents") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    return nodes;
  }

  // Two marks with nothing but spaces between them.
  function sideBySide(first, second) {
    var gap = first.nextSibling;
    return gap === second || (!!gap && gap.nodeType === Node.TEXT_NODE && !gap.nodeValue.trim() && gap.nextSibling === second);
  }

  /* Typed without marks, "dang vien" marked every "đang" and "đăng" of a page beside its "đảng
     viên", "chuyen de" every "để" beside "chuyên đề" (23 of 382 marks on the thematic-meeting
     guide). Where two words searched one after the other stand so on the page, their spellings
     are the ones meant: a word marked apart from such a pair, in another spelling of the same
     unmarked word, is no word of the search ("Ban" of "Ban Bí thư" for "bien ban"). A word with
     no such pair anywhere keeps all its spellings marked ("de" alone means any of them), and so
     does a spelling typed with its marks. */
  function unmarkLookalikes(root, query) {
    var typed = foldedWords(query), asTyped = query.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(function (t) {
      return fold(t) !== t;  // "ban" typed without marks is no more the "Ban" of "Ban Bí thư" than the "bản" of "biên bản"
    }).map(exact);
    if (typed.length < 2) return;
    var marks = Array.prototype.filter.call(root.querySelectorAll("mark"), function (m) { return !/[\d\/]/.test(m.textContent); });
    var meant = {}, paired = [];
    function learn(word) { (meant[fold(word)] = meant[fold(word)] || {})[exact(word)] = true; }
    function follows(before, after) {
      return typed.some(function (t, i) { return i && typed[i - 1] === fold(before) && t === fold(after); });
    }
    marks.forEach(function (mark, i) {
      var words = mark.textContent.trim().split(/\s+/), next = marks[i + 1];
      if (words.length > 1) words.forEach(learn);  // a phrase marked whole (Material's, for marked words)
      if (next && sideBySide(mark, next) && follows(words[words.length - 1], next.textContent.trim().split(/\s+/)[0])) {
        paired[i] = paired[i + 1] = true;
        learn(words[words.length - 1]);
        learn(next.textContent.trim().split(/\s+/)[0]);
      }
    });
    marks.forEach(function (mark, i) {
      var word = mark.textContent.trim(), spellings = meant[fold(word)];
      if (paired[i] || /\s/.test(word) || !spellings || spellings[exact(word)] || asTyped.indexOf(exact(word)) >= 0) return;
      mark.replaceWith(document.createTextNode(mark.textContent));
    });
    root.normalize();
  }

  function newMark() {
    var mark = document.createElement("mark");
    mark.setAttribute("data-md-highlight", "");
    return mark;
  }

  // A text's words, folded ("Họp trực tuyến" is "hop", "truc", "tuyen").
  function foldedWords(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  // The words searched (?h=), folded.
  function typedWords() {
    return foldedWords(new URLSearchParams(location.search).get("h") || "");
  }

  // Where a reader can be taken: shown on the screen (not a form's paper copy, an agenda's lines
  // for paper, a closed fold), below the title, outside the contents.
  function shown(element) {
    return element.getClientRects().length > 0 && !element.closest("h1, .sotay-contents");
  }

  // A place a result may open at: shown, and not the page's keywords or the lists at its foot,
  // which name the words searched for and are no place to read them (a guide searched by its own
  // title opened at its keywords, 17,000 px down a phone; "sinh hoat chi bo bao lau" at a source
  // titled "… tối thiểu là bao lâu?" in its list of sources).
  function landable(element) {
    return shown(element) && !element.closest(".sotay-keywords") && !atFoot(element);
  }

  // The lists at the page's foot (FOOT, below): the quotations, words of their own, are a place.
  function atFoot(element) {
    return FOOT.some(function (id) {
      if (id === "trich-dan") return false;
      var heading = document.getElementById(id);
      if (heading === element) return true;
      for (var next = heading && heading.nextElementSibling; next && next.tagName !== "H2"; next = next.nextElementSibling) {
        if (next.contains(element)) return true;
      }
      return false;
    });
  }

  var TOP = {};  // the page from its top
  var PHRASE_END = /[,;:.!?…()[\]]/;  // lunr.vi.min.js's: what ends a phrase

  /* Where a result opens: the place on its page the words searched were asked for.
     - A heading that is the words, no more, no fewer ("so tay dang vien dien tu": the section
       "Sổ tay đảng viên điện tử" of a guide titled for two notebooks).
     - The top, when the page's title holds every word: the page itself is the answer (a guide
       searched by its own title opened at its keyword line).
     - A heading all of whose words were searched, with two of them at least and a third of the
       words' weight (below): "mau nghi quyet chi bo" is the section "Mẫu nghị quyết", not an item
       that names a resolution in passing, every word in it, 10,000 px above; "mẫu biên bản sinh
       hoạt chi bộ" the section "Mẫu biên bản", not a sentence on another body's form.
     - A heading that holds every word ("mau ke hoach chuyen de" opened the thematic meeting's
       guide 3,400 px above its plan form).
     - The paragraph, item or cell that writes them side by side ("hop truc tuyen" opened at a
       "Trường hợp" far above the paragraph on meeting online); the innermost: an item whose
       sub-list holds them is not the place, the sub-item is.
     - Else the heading or block whose words weigh most, a heading twice (it opens its section),
       holding half the words and half their weight at least (a page found only by its
       keywords, "khac nhau giua huong dan 12 va 42", opened at its summary, with the section
       comparing the two guides 2,000 px down). A word weighs the log of the number of places on the
       page over the number that hold it, an idf: "số" is everywhere, and folded it is the "so" of
       "so sánh"; "sánh" is not. The log: a word that one place holds would otherwise outweigh
       all the others ("nhau" of "khac nhau giua …").
     None: the first mark that is a place. */
  function placeSearched() {
    var typed = typedWords().filter(function (t, i, all) { return all.indexOf(t) === i; });
    var article = document.querySelector(".md-content article");
    if (!typed.length || !article) return null;
    var holds = function (words) { return function (t) { return words.indexOf(t) >= 0; }; };
    var headings = Array.prototype.filter.call(article.querySelectorAll(":is(h2, h3, h4)"), landable);
    var headingWords = headings.map(function (h) { return foldedWords(h.textContent); });
    var exact = headings.find(function (h, i) { return typed.every(holds(headingWords[i])) && headingWords[i].every(holds(typed)); });
    if (exact) return exact;
    var title = article.querySelector("h1");
    if (title && typed.every(holds(foldedWords(title.textContent)))) return TOP;
    if (typed.length < 2) return null;
    var BLOCK = "p, li, td, dd";
    var blocks = Array.prototype.filter.call(article.querySelectorAll(":is(" + BLOCK + ")"), landable);
    // A heading that holds the words that ask is the page's answer to them ("… khi nào và bao lâu").
    var asks = asking(typed);
    if (headingWords.some(function (w) { return asks.length && asks.every(holds(w)); })) asks = [];
    var weights = weighed(typed, headingWords.concat(blocks.map(function (b) { return foldedWords(b.textContent); })), asks);
    var named = weightiest(headings, weights, 1 / 3, function (h, i) { return headingWords[i].every(holds(typed)); });
    if (named) return named;
    var whole = headings.find(function (h, i) { return typed.every(holds(headingWords[i])); });
    if (whole) return whole;
    var phrase = " " + typedWords().join(" ") + " ";
    // Side by side within a phrase: "kiểm điểm, đánh giá" writes no "điểm danh" (as the search ranks).
    var sideBySide = function (k) {
      return blocks[k].textContent.split(PHRASE_END).some(function (part) { return (" " + foldedWords(part).join(" ") + " ").indexOf(phrase) >= 0; });
    };
    var side = blocks.find(function (block, k) {
      return sideBySide(k) && !blocks.some(function (inner, m) { return m !== k && block.contains(inner) && sideBySide(m); });
    });
    var most = function (place, i) { return weights.held[i].length * 2 >= typed.length; };
    return side || weightiest(headings.concat(blocks), weights, 1 / 2, most, headings.length);
  }

  /* The words searched that ask, which an answer seldom holds: "hop chi bo may phut" opened at
     "làm mấy việc", 6,000 px below the "90 phút" asked for; "… bao nhieu phut" at a "bao" and a
     "nhiêu" of the year-end review. "mấy" asks before a unit (the search reorders the words it
     passes), "bao" with "nhiêu" or "lâu". They weigh a fifth, unless a heading holds them ("… khi
     nào và bao lâu"), and are still words searched. */
  var UNITS = ["phut", "lan", "gio", "tieng", "ngay", "thang", "nam", "buoi", "nguoi", "ky", "muc", "cau"];
  function asking(words) {
    var has = function (w) { return words.indexOf(w) >= 0; };
    var unit = words.some(function (t) { return UNITS.indexOf(t) >= 0; });
    return words.filter(function (t) {
      return t === "may" && unit || t === "bao" && (has("nhieu") || has("lau")) || (t === "nhieu" || t === "lau") && has("bao");
    });
  }

  // The words each place holds of those searched, and what they weigh there.
  function weighed(typed, words, asks) {
    var held = words.map(function (w) { return typed.filter(function (t) { return w.indexOf(t) >= 0; }); });
    var holding = {};
    asks = asks || [];
    held.forEach(function (ws) { ws.forEach(function (t) { holding[t] = (holding[t] || 0) + 1; }); });
    var weigh = function (ws) {
      return ws.reduce(function (sum, t) { return sum + Math.log(1 + words.length / holding[t]) * (asks.indexOf(t) >= 0 ? 0.2 : 1); }, 0);
    };
    return { words: words, held: held, weight: held.map(weigh), total: weigh(Object.keys(holding)) };
  }

  // Of the places that pass `test`, the one whose words weigh most (the first `headings` of them
  // count twice), holding two words and `share` of the weight at least; the first of equals, or
  // the innermost of a block and its sub-item.
  function weightiest(places, weights, share, test, headings) {
    var best = null, bestScore = 0;
    places.forEach(function (place, i) {
      if (!test(place, i) || weights.held[i].length < 2 || weights.weight[i] < weights.total * share) return;
      var score = weights.weight[i] * (i < (headings || 0) ? 2 : 1);
      if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && best && best.contains(place))) {
        best = place;
        bestScore = score;
      }
    });
    return best;
  }

  /* A result opens its page at the top; the words searched may be far down a long guidance page.
     Once the marks are in (Material's and ours), bring the place searched for into view (a heading
     to the top, a block's first mark to the middle), else the first mark that is a place, unless
     the address names a place of its own (#...) or the reader has scrolled already. A mark in what
     the screen hides (a form's paper copy) is no place: scrolled to, it left the page at its top. */
  function showFirstMark() {
    if (!new URLSearchParams(location.search).get("h") || location.hash || window.scrollY > 0) return;
    var place = placeSearched(), header = document.querySelector(".md-header");
    if (place === TOP) return;
    if (place && /^H[234]$/.test(place.tagName)) {
      var top = place.getBoundingClientRect().top + window.scrollY - (header ? header.offsetHeight : 0) - 8;
      window.scrollTo(0, Math.max(0, top));
      landFocus(place);
      return;
    }
    var first = Array.prototype.find.call((place || document).querySelectorAll(place ? "mark" : ".md-content article mark"), landable) || place;
    if (first) {
      first.scrollIntoView({ block: "center" });
      landFocus(first.closest("p, li, td, th, dd, blockquote, h2, h3, h4") || first);
    }
  }

  /* Where the page was opened at, the keyboard and a screen reader go on from too: the next Tab and
     the reading start there, not back at the page's top and its menu. */
  function landFocus(el) {
    if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "-1");
    el.focus({ preventScroll: true });
  }

  function onLoad() {
    highlightUnmarked();
    // Material marks the page's words when its own script has run: after this one, on load, and
    // on a busy machine later still. Each time it adds marks, those inside words are taken off.
    var article = document.querySelector(".md-content article"), observer = null;
    function tidy() {
      if (observer) observer.disconnect();  // our own changes are not Material's marks
      unmarkInsideWords();
      if (article) unmarkLookalikes(article, new URLSearchParams(location.search).get("h") || "");
      if (observer) observer.observe(article, { childList: true, subtree: true });
    }
    if (article && new URLSearchParams(location.search).get("h") && window.MutationObserver) {
      observer = new MutationObserver(function (records) {
        var marked = records.some(function (record) {
          return Array.prototype.some.call(record.addedNodes, function (node) { return node.nodeName === "MARK"; });
        });
        if (marked) tidy();
      });
      observer.observe(article, { childList: true, subtree: true });
    }
    window.addEventListener("load", function () {
      setTimeout(function () {
        tidy();
        showFirstMark();
      }, 50);
    });
  }

  onReady(onLoad);

  /* A long page's sections, listed under its summary where Material's own list is out of sight
     (a phone, a small window: it sits in the menu, under the page's name, behind a small icon
     few find). The guide to a regular meeting is ten screens long at 360 px, its forms six
     screens down. Built from the page's own headings, so each link is the heading's own anchor;
     a section's own headings (its steps, its forms) listed under it, as Material lists them: a
     secretary on a phone found the sections but not the forms inside them. */
  var CONTENTS_FROM = 5;
  // What every page ends with (sotay/render/sections.py's CLOSING; tests/test_script_names.py holds the two
  // together): listed, but no reason for a list.
  var FOOT = ["xem-them", "nguon", "van-ban-lam-can-cu", "van-ban-nhac-den", "trich-dan", "duoc-trich-dan-tai"];
  function listSections() {
    var article = document.querySelector(".md-content article");
    if (!article || article.querySelector(".sotay-contents")) return;
    // An outline's sections stand in its printed part (.sotay-doc): "IV. Câu hỏi thảo luận" was 4
    // to 23 screens down a phone with no way to it.
    var headings = Array.prototype.filter.call(article.querySelectorAll(":scope > h2[id], :scope > .sotay-doc > h2[id]"), function (h) {
      return h.textContent.trim();
    });
    var body = headings.filter(function (h) { return FOOT.indexOf(h.id) < 0; });
    if (body.length < CONTENTS_FROM) return;
    var box = document.createElement("details"), summary = document.createElement("summary"), list = document.createElement("ol");
    box.className = "sotay-contents";
    // Named as Material names its own list beside the text on a wide screen.
    summary.textContent = "Mục lục (" + headings.length + " mục)";
    var within = [list], outline = article.querySelectorAll(":scope > h2[id], :scope > h3[id], :scope > h4[id], " +
      ":scope > .sotay-doc > h2[id], :scope > .sotay-doc > h3[id], :scope > .sotay-doc > h4[id]");
    Array.prototype.forEach.call(outline, function (heading) {
      var level = Number(heading.tagName[1]) - 2, copy = heading.cloneNode(true);
      var item = document.createElement("li"), link = document.createElement("a");
      if (!copy.textContent.trim() || level >= within.length) return;  // a step below one not listed
      Array.prototype.forEach.call(copy.querySelectorAll(".headerlink"), function (e) { e.remove(); });
      link.href = "#" + heading.id;
      link.textContent = copy.textContent.trim();
      item.appendChild(link);
      within.length = level + 1;
      within[level].appendChild(item);
      within.push(item.appendChild(document.createElement("ol")));
    });
    Array.prototype.forEach.call(list.querySelectorAll("ol:empty"), function (e) { e.remove(); });
    // An outline's sections carry their own numbers ("I. Mục đích"): no second one ("1. I. Mục đích").
    // So do their points ("1. Hai văn bản…"): no bullet before them either.
    var OWN_NUMBER = /^(?:[IVXLC]+|\d+)[.)]\s/;
    [list].concat(Array.prototype.slice.call(list.querySelectorAll("ol"))).forEach(function (level) {
      if (Array.prototype.every.call(level.children, function (item) {
        return OWN_NUMBER.test(item.textContent.trim()) || FOOT.indexOf(item.firstChild.hash.slice(1)) >= 0;
      })) level.classList.add("sotay-numbered");
    });
    keepCodesWhole(list);
    box.appendChild(summary);
    box.appendChild(list);
    var after = article.querySelector(":scope > .admonition.abstract") || article.querySelector(":scope > h1");
    if (after) after.insertAdjacentElement("afterend", box);
  }
  onReady(listSections);

  /* A search result shows its title and first lines (sotay.css). Where the first match in its
     text lies further on, the text before it is cut to a few words, so the lines shown are the
     lines that matched ("… điều chỉnh theo Hướng dẫn 12-HD/BTCTW …"), not the page's opening. */
  var LEAD = 60, SHOWN = 160;

  /* A letter that starts the next word ("sinh hoat chuyen d") is left out of the search until a
     second one narrows it (lunr.vi.min.js); Material labelled every result "Thiếu: d". And a word
     labelled missing reads as typed. */
  function unlabelTyping(article) {
    var input = document.querySelector("input[data-md-component=search-query]");
    var label = article.querySelector(".md-search-result__terms");
    var typing = input && /\S\s+(\p{L})$/u.exec(input.value);
    if (!label) return;
    // A word labelled as the search read it ("nd" for "NĐ"), shown as the reader typed it.
    var typed = input ? input.value.split(/\s+/).filter(Boolean) : [];
    Array.prototype.forEach.call(label.querySelectorAll("del"), function (del) {
      var shown = del.textContent.toLowerCase();
      var as = typed.filter(function (w) { return fold(w) === shown && w.toLowerCase() !== shown; })[0];
      if (as) del.textContent = as;
    });
    if (typing) {
      Array.prototype.forEach.call(label.querySelectorAll("del"), function (del) {
        if (del.textContent.toLowerCase() === typing[1].toLowerCase()) del.remove();
      });
    }
    if (!label.querySelector("del")) return label.remove();
    // Under the title, not after the text: the result shows its first lines only (sotay.css), and
    // "Thiếu: huyen" on the pages that lack a word of a long query stood below them, unseen.
    var title = article.querySelector("h1, h2");
    if (title && title.nextElementSibling !== label) title.insertAdjacentElement("afterend", label);
  }

  /* What kind of page a result is, over its title (sotay.css shows it): "danh gia chat luong"
     listed a guide, two topic outlines and a directive, each looking like the others. The
     sections' names are sotay/render/sections.py's SECTIONS (tests/test_script_names.py). */
  var KINDS = { "huong-dan": "Hướng dẫn", "mo-hinh": "Mô hình sinh hoạt", "chuong-trinh": "Chương trình mẫu",
                "chuyen-de": "Thư viện chuyên đề", "van-ban": "Văn bản", "bien-tap": "Dành cho ban biên tập" };
  function labelKind(article) {
    var link = article.closest("a"), scope = window.__md_scope;
    // The page's own result has Material's page icon; the sections under it are parts of that page.
    if (!link || !scope || !article.querySelector(":scope > .md-search-result__icon")) return;
    var path = new URL(link.href, location.href).pathname, root = scope.pathname;
    var first = (path.indexOf(root) === 0 ? path.slice(root.length) : path).split("/")[0].replace(/\.html$/, "");
    if (KINDS[first]) article.setAttribute("data-sotay-kind", KINDS[first]);
  }

  /* Where a result's excerpt starts: at the longest run of words marked side by side ("phê bình"),
     the first such; one short word alone ("từ" for "tu") showed a line that did not say why the
     page answers "phe binh tu phe binh". */
  function bestRun(marks) {
    var best = marks[0], bestLength = 0, start = null, length = 0;
    marks.forEach(function (mark, i) {
      if (i && sideBySide(marks[i - 1], mark)) length += 1;
      else { start = mark; length = 1; }
      if (length > bestLength) { best = start; bestLength = length; }
    });
    return best;
  }

  var excerpts = 0;  // for the ids of the lines a result shows
  function excerpt(article) {
    if (article.hasAttribute("data-sotay-excerpt")) return;
    article.setAttribute("data-sotay-excerpt", "");
    labelKind(article);
    // Named by its kind and title: its words sit in an <article>, and Chromium named the link "",
    // so a screen reader said only "link" for each result.
    var named = article.closest("a"), heading = article.querySelector("h1, h2");
    if (named && heading) {
      var kind = article.getAttribute("data-sotay-kind");
      named.setAttribute("aria-label", (kind ? kind + ": " : "") + heading.textContent.trim());
    }
    unlabelTyping(article);
    // A result's tags are words of the result, not a landmark: a screen reader listed one unnamed
    // navigation region per result.
    Array.prototype.forEach.call(article.querySelectorAll("nav.md-tags"), function (tags) { tags.setAttribute("role", "none"); });
    // The title and the tags have their own marks, and the label of a word lacking is no text to cut;
    // the results themselves sit in the header's <nav>.
    var outside = function (node) { return !node.parentNode.closest("h1, .md-tags, .md-search-result__terms"); };
    var link = article.closest("a");
    if (link) unmarkLookalikes(article, new URL(link.href, location.href).searchParams.get("h") || "");
    var first = bestRun(Array.prototype.filter.call(article.querySelectorAll("mark"), outside));
    if (!first) return;
    first.setAttribute("data-sotay-start", "");  // where the excerpt is cut to (tests read it)
    // The lines shown, described to a screen reader as well: it read the link's name, the title,
    // and never the words that say why the page answers.
    var shownBlock = first.closest("p, li, td, dd");
    if (named && shownBlock && article.contains(shownBlock)) {
      shownBlock.id = shownBlock.id || "sotay-ket-qua-" + (++excerpts);
      named.setAttribute("aria-describedby", shownBlock.id);
    }
    var walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT), before = [], total = 0;
    while (walker.nextNode()) {
      var node = walker.currentNode;
      if (first.contains(node) || (first.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
      if (!outside(node)) continue;
      before.push(node);
      total += node.nodeValue.length;
    }
    if (total <= SHOWN) return;
    var excess = total - LEAD;
    before.forEach(function (node) {
      if (excess <= 0) return;
      var text = node.nodeValue;
      if (text.length <= excess) {
        excess -= text.length;
        node.nodeValue = "";
        // A mark cut away whole leaves no empty <mark> behind for a screen reader to name.
        if (node.parentNode.nodeName === "MARK" && !node.parentNode.textContent) node.parentNode.remove();
      } else {
        // The word the cut falls in goes whole, also the last one before the match ("… ác:").
        node.nodeValue = "… " + text.slice(excess).replace(/^\S*(?:\s+|$)/, "");
        excess = 0;
      }
    });
    // Blocks left empty before the match take no lines.
    Array.prototype.forEach.call(article.querySelectorAll("p, li, ul, ol, table, dl"), function (block) {
      if (!block.contains(first) && (block.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING)
          && !block.textContent.trim()) block.hidden = true;
    });
  }

  function watchResults() {
    var list = document.querySelector(".md-search-result__list");
    if (!list || !window.MutationObserver) return;
    new MutationObserver(function () {
      // Each result once: a list scrolled to its end was walked whole again at each result added.
      Array.prototype.forEach.call(list.querySelectorAll(".md-search-result__article:not([data-sotay-codes])"), function (article) {
        excerpt(article);
        keepCodesWhole(article);
        article.setAttribute("data-sotay-codes", "");
      });
    }).observe(list, { childList: true, subtree: true });
  }

  /* A document's code on one line outside the page's text too (sotay/render/nowrap.py keeps it so
     there): the phone's menu, the contents box and search results broke "Hướng dẫn 42-" from
     "HD/BTCTW". The code may lie across marks ("<mark>42</mark>-<mark>HD</mark>"): the span takes
     them in. Same codes as nowrap.py's _CODE. */
  var CODE_TEXT = new RegExp("(^|[^\\p{L}\\p{N}_/.-])(\\d{1,4}-[A-ZĐ][A-ZĐa-z]{0,5}/[A-ZĐƯ](?:[A-ZĐƯ]|\\.(?=[A-ZĐƯ])){0,9}" +
    "(?:-(?:19|20)\\d{2}(?:-[a-z]+)*)?|\\d{1,4}/(?:\\d{4}/)?[A-ZĐ]{1,6}-[A-ZĐ][A-ZĐa-z]{0,7})(?![\\p{L}\\p{N}_/])", "gu");
  var INLINE = /^(?:MARK|A|SPAN|EM|STRONG|B|I|U|S|DEL|INS|SUP|SUB|SMALL|ABBR|Q|CITE|TIME|BDI|BDO)$/;
  function keepCodesWhole(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, { acceptNode: function (node) {
      return node.parentNode.closest(".sotay-code, script, style, code, pre") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    } });
    // Text of one block reads on; another block's starts after a line break ("…42-HD/BTCTW" and a
    // heading "Hướng dẫn…" after it were read as "42-HD/BTCTWH").
    var nodes = [], starts = [], text = "", block = null;
    while (walker.nextNode()) {
      var here = walker.currentNode.parentNode;
      while (INLINE.test(here.nodeName) && here !== root) here = here.parentNode;
      if (block && here !== block) text += "\n";
      block = here;
      starts.push(text.length);
      nodes.push(walker.currentNode);
      text += walker.currentNode.nodeValue;
    }
    var found = [], m;
    CODE_TEXT.lastIndex = 0;
    // What stands before a code is matched, not looked behind at (older Safari refuses lookbehind).
    while ((m = CODE_TEXT.exec(text))) found.push([m.index + m[1].length, m.index + m[0].length]);
    var at = function (offset, last) {  // the text node and offset of a character of `text`
      var k = nodes.length - 1;
      while (k > 0 && (starts[k] > offset || (last && starts[k] === offset))) k--;
      return [nodes[k], offset - starts[k]];
    };
    // From the last code back: the text before a code keeps its nodes and offsets.
    for (var k = found.length - 1; k >= 0; k--) {
      var range = document.createRange(), from = at(found[k][0], false), to = at(found[k][1], true);
      range.setStart(from[0], from[1]);
      range.setEnd(to[0], to[1]);
      var span = document.createElement("span");
      span.className = "sotay-code";
      span.appendChild(range.extractContents());
      range.insertNode(span);
    }
    // A mark the span took whole leaves an empty one behind, which a screen reader would name.
    Array.prototype.forEach.call(root.querySelectorAll("mark:empty"), function (mark) { mark.remove(); });
  }
  onReady(function () {
    var menu = document.querySelector(".md-sidebar--primary");
    if (menu) keepCodesWhole(menu);
  });

  onReady(watchResults);

  /* One or two letters match only whole words (prefixes count from three), so Material says
     "nothing found" to a reader who is still typing: tell them to type on instead. */
  var TYPE_MORE = "Gõ thêm vài chữ để tìm";
  var GLUED_HINT = "Không tìm thấy trang nào phù hợp. Nếu đã gõ liền các chữ, hãy gõ cách ra: bien ban, không phải bienban.";

  function hintShortQueries() {
    var input = document.querySelector("input[data-md-component=search-query]");
    var meta = document.querySelector(".md-search-result__meta");
    if (meta) meta.setAttribute("role", "status");  // "64 trang phù hợp" is read out as it changes
    if (!input || !meta || !window.MutationObserver) return;
    new MutationObserver(function () {
      var typed = input.value.trim();
      if (!typed || document.querySelector(".md-search-result__item")) return;
      if (typed.length <= 2 && meta.textContent !== TYPE_MORE) meta.textContent = TYPE_MORE;
      // "bienban", "kiemdiem": syllables typed without their spaces match no word of any page (a
      // Vietnamese syllable has at most seven letters, "nghiêng", and one so long is rare).
      if (/(?:^|\s)\p{L}{7,}(?=\s|$)/u.test(typed) && meta.textContent !== GLUED_HINT) meta.textContent = GLUED_HINT;
    }).observe(meta, { childList: true, characterData: true, subtree: true });
  }

  onReady(hintShortQueries);

  /* Material searches on a key released in the box, so a document code pasted with the mouse or
     from a phone's clipboard bar, dictated, or picked from the browser's suggestions found nothing
     until the reader pressed a key. Every change of the box's text searches: it tells Material's
     own listener (it reads the box's value and ignores a value it has searched already). */
  function searchOnInput() {
    var input = document.querySelector("input[data-md-component=search-query]");
    if (!input) return;
    input.addEventListener("input", function () {
      input.dispatchEvent(new Event("keyup"));
    });
    // The box's × resets the form, which fires no input: the last results stayed under an empty box.
    if (input.form) input.form.addEventListener("reset", function () {
      setTimeout(function () { input.dispatchEvent(new Event("keyup")); }, 0);  // once the value is cleared
    });
  }

  onReady(searchOnInput);

  /* On a phone the search and the menu each cover the page: Back closes them, as Android's back
     gesture closes any such panel, instead of leaving the page the reader was on. Opening one
     pushes a history entry of its own; a link followed from it replaces that entry, so one Back
     from the next page returns here. */
  function backCloses(id, key, links) {
    var toggle = document.getElementById(id);
    if (!toggle || !window.history.pushState) return;
    var ours = function () { return history.state && history.state[key]; };
    var leaving = false;
    toggle.addEventListener("change", function () {
      if (toggle.checked) leaving = false;  // a link to this page ("#…") left the page in place
      if (toggle.checked && !ours()) { var state = {}; state[key] = true; history.pushState(state, ""); }
      else if (!toggle.checked && ours() && !leaving) history.back();
    });
    window.addEventListener("popstate", function () {
      if (toggle.checked && !ours()) toggle.click();  // as the reader's own close: Material follows the box
    });
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest(links);
      if (!link || !toggle.checked || !ours() || event.defaultPrevented || event.button || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      leaving = true;  // Material closes the panel on the click: no Back for that
      location.replace(link.href);
    }, true);
  }

  onReady(function () {
    backCloses("__search", "sotaySearch", ".md-search-result a[href]");
    backCloses("__drawer", "sotayDrawer", ".md-sidebar--primary a[href]");
  });

  /* Material puts each code block's copy button in a <nav>: a page with several blocks (the
     editors' guide) had as many unnamed navigation landmarks, listed to a screen reader beside
     the site's menus. The buttons stay; the bars are no landmarks. They are added after load. */
  function unlandmarkCodeBars() {
    var content = document.querySelector(".md-content");
    if (!content) return;
    var mark = function () {
      Array.prototype.forEach.call(content.querySelectorAll("nav.md-code__nav:not([role])"), function (bar) {
        bar.setAttribute("role", "none");
      });
    };
    mark();
    if (window.MutationObserver) new MutationObserver(mark).observe(content, { childList: true, subtree: true });
  }

  onReady(unlandmarkCodeBars);

  /* Material's menu and search buttons in the header are <label>s around an icon: no name for a
     screen reader ("image"), and out of reach of the keyboard, as is "Tìm trong Sổ tay" on the
     404 page. Name them, make them buttons, and let Enter or Space press them. */
  function nameButtons() {
    [[".md-header label[for=__drawer]", "Mở danh mục"], [".md-header__button[for=__search]", "Tìm kiếm"],
     [".md-search__icon[for=__search]", "Đóng tìm kiếm"], [".sotay-search-link", null]].forEach(function (pair) {
      Array.prototype.forEach.call(document.querySelectorAll(pair[0]), function (label) {
        pressable(label, pair[1], function () {
          if (label.htmlFor === "__drawer") focusMenu();
          if (label.htmlFor === "__search" && document.getElementById("__search").checked) focusSearchBox();
        });
      });
    });
    // The bar over a level of the phone's menu goes back to the level above (its arrow): a label
    // too, out of the keyboard's reach, which could go down into a section but never back.
    Array.prototype.forEach.call(document.querySelectorAll('.md-nav--primary label.md-nav__title[for^="__nav"]'), function (bar) {
      pressable(bar, "Quay lại, ra khỏi " + bar.textContent.trim(), focusMenu);
    });
    // A section's arrow in the menu opens its level (on a phone, the level slides in): a label
    // with an icon and no name, out of the keyboard's reach at the top level.
    Array.prototype.forEach.call(document.querySelectorAll('.md-nav--primary label.md-nav__link[for^="__nav"]'), function (arrow) {
      var title = document.querySelector('.md-nav--primary label.md-nav__title[for="' + arrow.htmlFor + '"]');
      if (!title || arrow.textContent.trim()) return;
      pressable(arrow, "Các trang trong mục " + title.textContent.trim(), function () {
        // Closed, the level has no link to go to: the focus stays on the arrow (it fell to the page).
        var toggle = document.getElementById(arrow.htmlFor);
        if (toggle && !toggle.checked) arrow.focus();
        else focusLevel(arrow, 0);
      });
    });
    // The page shown, in the phone's menu, opens its own sections: a label with tabindex -1, so
    // a page of fewer sections than the contents box needs (every agenda) had no way to them. Its
    // words are the button (a <label> may take no role); pressed, they press the label.
    Array.prototype.forEach.call(document.querySelectorAll('.md-nav--primary label.md-nav__link--active[for="__toc"]'), function (own) {
      own.tabIndex = -1;
      var words = own.querySelector(".md-ellipsis") || own;
      pressable(words, own.textContent.trim() + ": mục lục của trang này", function () { focusLevel(own, 0); });
      // Its level's bar goes back up to the page list, as every level's does.
      var bar = own.parentNode.querySelector('nav.md-nav--secondary > label.md-nav__title[for="__toc"]');
      if (bar) pressable(bar, "Quay lại, ra khỏi mục lục của trang này", function () { words.focus({ preventScroll: true }); });
    });
    sayExpanded();
    // On a wide screen the magnifier in the box opens the search as well as closing it: it was
    // named "Đóng tìm kiếm" while the search was closed.
    var search = document.getElementById("__search"), icon = document.querySelector(".md-search__icon[for=__search]");
    if (!search || !icon) return;
    var nameIcon = function () { icon.setAttribute("aria-label", search.checked ? "Đóng tìm kiếm" : "Tìm kiếm"); };
    search.addEventListener("change", nameIcon);
    nameIcon();
  }

  /* The menu and search buttons said nothing of whether they were open: each says so
     (aria-expanded), kept in step with its toggle however the toggle changed (a click, a key,
     Material's own script). */
  var EXPANDS = ".md-header label[for=__drawer], .md-header__button[for=__search], .md-search__icon[for=__search], " +
    '.md-nav--primary label.md-nav__link[role=button][for^="__nav"]';

  function sayExpanded() {
    Array.prototype.forEach.call(document.querySelectorAll(EXPANDS), function (button) {
      var toggle = document.getElementById(button.htmlFor);
      if (toggle) button.setAttribute("aria-expanded", String(toggle.checked));
    });
  }

  function watchExpanded() {
    sayExpanded();
    ["__drawer", "__search"].forEach(function (id) {
      var toggle = document.getElementById(id);
      if (toggle) toggle.addEventListener("change", sayExpanded);
    });
    ["click", "keyup", "focusin"].forEach(function (type) {
      document.addEventListener(type, function () { setTimeout(sayExpanded, 0); }, true);
    });
  }

  onReady(watchExpanded);

  /* The menu showed the current page in colour only: a screen reader heard one link among others. */
  function markCurrentPage() {
    // The page's own link: not its sections' (a hash), and whatever the query ("?h=" from a search).
    Array.prototype.forEach.call(document.querySelectorAll(".md-nav--primary a.md-nav__link[href]"), function (link) {
      if (!link.hash && link.pathname === location.pathname) link.setAttribute("aria-current", "page");
    });
  }

  onReady(markCurrentPage);

  /* A screen reader listing a page's tables heard twenty alike on the registry's index ("Số hiệu,
     Ban hành, Trích yếu, Tình trạng"): each is named by the headings above it ("Chỉ thị, Ban Bí
     thư"). And a fact's source, a link "[1]", is named "Nguồn 1". */
  function headingText(heading) {
    var copy = heading.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll(".headerlink"), function (link) { link.remove(); });
    return copy.textContent.trim();
  }

  /* A table named by the headings it stands under, from its own section up to the page's second level. */
  function nameByHeadings(table, from) {
    var names = [], level = 7, node = from;
    while (node && level > 2 && !node.matches("article, .md-content__inner")) {
      // Up out of a block the table stands in (a model meeting's agenda), when it holds no heading above.
      var prev = node.previousElementSibling;
      node = prev || node.parentElement;
      // The block before may be a heading, or hold one (a model meeting's agenda heads its own part).
      var heads = !prev ? [] : /^H[2-6]$/.test(prev.tagName) ? [prev]
        : Array.prototype.slice.call(prev.querySelectorAll("h2, h3, h4, h5, h6")).reverse();
      heads.forEach(function (head) {
        var found = +head.tagName[1];
        if (found < level) { names.unshift(headingText(head)); level = found; }
      });
    }
    if (names.length) table.setAttribute("aria-label", names.join(", "));
  }

  function nameTablesAndSources() {
    // An agenda's steps (its first column STT): a screen reader's list of tables read them unnamed.
    Array.prototype.forEach.call(document.querySelectorAll(".md-typeset .md-typeset__table table"), function (table) {
      var first = table.querySelector("thead th");
      if (first && first.textContent.trim() === "STT" && !table.hasAttribute("aria-label")) {
        nameByHeadings(table, table.closest(".md-typeset__scrollwrap") || table);
      }
    });
    Array.prototype.forEach.call(document.querySelectorAll(".md-typeset .sotay-registry table"), function (table) {
      nameByHeadings(table, table.closest(".sotay-registry"));
      /* Three links read "50-CT/TW" in a list of the page's links: each is named with its year too
         ("50-CT/TW, ban hành 23/7/2025"), from the row's second cell. */
      Array.prototype.forEach.call(table.querySelectorAll("tbody tr"), function (row) {
        var link = row.cells[0] && row.cells[0].querySelector("a"), when = row.cells[1] && row.cells[1].textContent.trim();
        if (link && when && when !== "—") link.setAttribute("aria-label", link.textContent.trim() + ", ban hành " + when);
      });
    });
    Array.prototype.forEach.call(document.querySelectorAll('.md-typeset a[href^="#nguon-"]'), function (link) {
      var number = /^\[(\d+)\]$/.exec(link.textContent.trim());
      if (number) link.setAttribute("aria-label", "Nguồn " + number[1]);
    });
  }

  onReady(nameTablesAndSources);

  /* Escape closed the search and left the focus nowhere: the next Tab started from the top of
     the page. It goes back to the button that opens the search (on a wide screen, the box's own). */
  document.addEventListener("keydown", function (event) {
    var toggle = document.getElementById("__search");
    if (event.key !== "Escape" || !toggle || !toggle.checked) return;
    setTimeout(function () {
      var active = document.activeElement;
      if (toggle.checked || (active && active !== document.body && !active.closest(".md-search"))) return;
      var buttons = document.querySelectorAll(".md-header__button[for=__search], .md-search__icon[for=__search]");
      var shown = Array.prototype.find.call(buttons, function (b) { return b.getClientRects().length > 0; });
      if (shown) shown.focus();
    }, 0);
  }, true);

  /* A label made a button: named (if `name`), in the Tab order, pressed by Enter or Space, then
     `then`. Material's own handler on the window clicks a focused label on Enter too: pressed
     twice, the menu opened and closed again, so the key goes no further. */
  function pressable(label, name, then) {
    if (name) label.setAttribute("aria-label", name);
    label.setAttribute("role", "button");
    label.tabIndex = 0;
    label.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      event.stopPropagation();
      label.click();
      then();
    });
  }

  // Opened from the keyboard, the search leaves the focus on the button that opened it.
  // The box takes no focus while the search still opens (its transition, a busy phone): tried
  // again for half a second, while the search stays open.
  function focusSearchBox(tries) {
    var input = document.querySelector("input[data-md-component=search-query]");
    if (!input) return;
    input.focus();
    tries = tries || 0;
    if (document.activeElement !== input && tries < 10) {
      setTimeout(function () {
        if (document.getElementById("__search").checked) focusSearchBox(tries + 1);
      }, 50);
    }
  }

  /* A level opened from the keyboard takes the focus on its first link once it has slid in (until
     then it cannot be focused, and the focus was lost with the arrow, covered by the level). */
  function focusLevel(arrow, tries) {
    // The level is the section's own menu, beside the arrow in the section's item.
    var item = arrow.closest(".md-nav__item");
    if (!focusFirstShown(item && item.querySelector(":scope > nav.md-nav")) && tries < 10) {
      setTimeout(function () { focusLevel(arrow, tries + 1); }, 50);
    }
  }

  // The first link in `scope` that is shown takes the focus; false if none could.
  function focusFirstShown(scope) {
    var links = scope ? scope.querySelectorAll("a[href]") : [];
    for (var i = 0; i < links.length; i++) {
      if (links[i].getClientRects().length && getComputedStyle(links[i]).visibility === "visible") {
        // Not scrolled to: a level still sliding in was scrolled into the menu's hidden overflow,
        // and the menu showed a blank panel until the next Tab.
        links[i].focus({ preventScroll: true });
        var wrap = links[i].closest(".md-sidebar__scrollwrap");
        if (wrap) wrap.scrollLeft = 0;
        if (document.activeElement === links[i]) return true;
      }
    }
    return false;
  }

  /* Opened from the keyboard, the phone's menu takes the focus (the next Tab went to the search
     button first); Escape closes it and gives the focus back to the menu button. */
  function focusMenu() {
    if (!document.getElementById("__drawer").checked) return;
    // The first link of the level shown: the levels above it are covered, and hidden (sotay.css);
    // the current page's own link is not displayed there (its table of contents' toggle is).
    focusFirstShown(document.querySelector(".md-sidebar--primary"));
  }

  document.addEventListener("keydown", function (event) {
    var drawer = document.getElementById("__drawer"), menu = document.querySelector(".md-sidebar--primary");
    if (event.key !== "Escape" || !drawer || !drawer.checked || !menu) return;
    // Opened with the mouse, the focus is still on the page under it: Escape closes it all the same.
    if (!menu.contains(document.activeElement) && !window.matchMedia(MENU_OFF_SCREEN).matches) return;
    drawer.click();
    var button = document.querySelector(".md-header label[for=__drawer]");
    if (button) button.focus();
  });

  // Tab past the menu's last link (or Shift+Tab before its first) went on into the page under
  // the open menu, where nothing the focus reached could be seen: leaving the menu closes it.
  // A link the focus reaches in the menu is scrolled whole into view: Chromium scrolls only one
  // that is out of view, and a link cut by the menu's foot (at 200 % zoom, a long library's list)
  // kept the focus half hidden. To its top: the list snaps to its items' tops (Material's
  // scroll-snap), and a "nearest" scroll snapped back.
  document.addEventListener("focusin", function (event) {
    var drawer = document.getElementById("__drawer"), menu = document.querySelector(".md-sidebar--primary");
    if (!drawer || !drawer.checked || !menu || !window.matchMedia(MENU_OFF_SCREEN).matches) return;
    if (!menu.contains(event.target)) return void drawer.click();
    var list = event.target.closest(".md-nav__list");
    if (!list) return;
    var link = event.target.getBoundingClientRect(), box = list.getBoundingClientRect();
    if (link.top < box.top || link.bottom > box.bottom) event.target.scrollIntoView({ block: "start" });
  });

  onReady(nameButtons);

  /* Tab from the search box closed the search (Material closes it on Tab and moves through the
     results with the arrow keys alone, which nothing on the page tells): a keyboard user tabbed
     past every result to the page. While results are shown, Tab and Shift+Tab move from the box
     through the results as the arrows do; past either end Material's own handling applies. Run
     before Material's listener (on window), so that it never sees these presses, nor Shift
     alone, on which Material sends the focus back to the box (it does so on every other key, so
     that typing goes there), and Shift+Tab went back from the box, not from the result. */
  document.addEventListener("keydown", function (event) {
    var toggle = document.getElementById("__search"), input = document.querySelector(".md-search__input");
    var list = document.querySelector(".md-search-result__list");
    if (!toggle || !toggle.checked || !input || !list) return;
    if (event.key === "Shift" && list.contains(document.activeElement)) {
      event.stopImmediatePropagation();
      return;
    }
    if (event.key !== "Tab" || event.altKey || event.ctrlKey || event.metaKey) return;
    var stops = [input].concat(Array.prototype.slice.call(
      list.querySelectorAll(":not(details) > [href], summary, details[open] [href]")));
    var at = stops.indexOf(document.activeElement), next = at + (event.shiftKey ? -1 : 1);
    if (at < 0 || next < 0 || next >= stops.length) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    stops[next].focus();
  }, true);

  /* Names Material leaves out, found by axe-core (tests/test_browser_accessibility.py): the search
     dialog has none, and a section with an index page (Hướng dẫn, Văn bản...) is labelled by the
     toggle beside its link, which holds only an icon, so every section's menu was an unnamed
     navigation region; each is named by its title, after its section's ("Văn bản › Hướng dẫn" is
     not the section Hướng dẫn). */
  function navTitle(nav) {
    var title = nav.querySelector(":scope > .md-nav__title");
    return title ? title.textContent.trim() : "";
  }

  function nameRegions() {
    var search = document.querySelector(".md-search[role=dialog]");
    if (search) search.setAttribute("aria-label", "Tìm kiếm");
    Array.prototype.forEach.call(document.querySelectorAll("nav.md-nav[aria-labelledby]"), function (nav) {
      var label = document.getElementById(nav.getAttribute("aria-labelledby"));
      if (!label || label.textContent.trim() || !navTitle(nav)) return;
      var names = [];
      for (var at = nav; at; at = at.parentElement.closest("nav.md-nav[data-md-level]")) {
        if (at.getAttribute("data-md-level") !== "0") names.unshift(navTitle(at));
      }
      nav.removeAttribute("aria-labelledby");
      nav.setAttribute("aria-label", names.filter(Boolean).join(" › "));
    });
    // The table of contents names each heading's menu by the heading ("Hướng dẫn" on the registry
    // index): named after the table of contents, it is not taken for the section of that name.
    Array.prototype.forEach.call(document.querySelectorAll(".md-nav--secondary nav.md-nav[aria-label]"), function (nav) {
      var parent = nav.parentElement.closest("nav.md-nav[aria-label]");
      if (parent) nav.setAttribute("aria-label", parent.getAttribute("aria-label") + " › " + nav.getAttribute("aria-label"));
    });
  }

  onReady(nameRegions);

  /* Below these widths Material slides the menu off the screen and hides the search, but leaves
     both in reach: Tab, and a screen reader's swipe on a phone, went through every link of the
     closed menu and the closed search before reaching the page. Closed there, they are inert (the
     listeners capture, so they run before Material's own). Wider screens show both; only the
     closed search's invisible results box is inert there. */
  var MENU_OFF_SCREEN = "(max-width: 76.234375em)", SEARCH_HIDDEN = "(max-width: 59.984375em)";

  function inertWhileClosed() {
    var parts = [[".md-sidebar--primary", "__drawer", MENU_OFF_SCREEN], [".md-search", "__search", SEARCH_HIDDEN],
                 [".md-search__output", "__search", "all"]];  // the empty results box under the search field
    parts = parts.map(function (part) {
      return { region: document.querySelector(part[0]), toggle: document.getElementById(part[1]), narrow: window.matchMedia(part[2]) };
    }).filter(function (part) { return part.region && part.toggle && "inert" in part.region; });
    function update() {
      parts.forEach(function (part) { part.region.inert = part.narrow.matches && !part.toggle.checked; });
    }
    document.addEventListener("change", update, true);
    // Material puts the cursor in the search field on the click of a search button, before the
    // toggle changes: a click on a toggle's label makes its part live at once (the change after
    // it settles the state).
    document.addEventListener("click", function (event) {
      var label = event.target.closest && event.target.closest("label[for]");
      parts.forEach(function (part) { if (label && label.htmlFor === part.toggle.id) part.region.inert = false; });
    }, true);
    // So does the key that opens the search ("/", which the home page tells of): below 960 px, at
    // 200 % zoom on an office PC, it opened an inert search whose field took no cursor.
    document.addEventListener("keydown", function (event) {
      if (event.key !== "/" || typing(event)) return;
      parts.forEach(function (part) { if (part.toggle.id === "__search") part.region.inert = false; });
    }, true);
    parts.forEach(function (part) { part.narrow.addEventListener("change", update); });
    update();
  }

  onReady(inertWhileClosed);

  function typing(event) {
    var target = event.target;
    return event.ctrlKey || event.metaKey || event.altKey || !target || !target.closest ||
      !!target.closest("input, textarea, select, [contenteditable]:not([contenteditable=false])");
  }

  /* Material's one-letter keys went to the next page ("n", "."), the previous one ("p", ","), or
     into the search ("s", "f") from anywhere on the page: a word said to speech input, or a key
     pressed by mistake, moved the reader away (WCAG 2.1.4). They are let through in a field only,
     where they are letters; "/" still opens the search, as the home page says. Captured on the
     document, they never reach Material's listener on the window. */
  var SINGLE_KEYS = ["n", "p", ",", ".", "s", "f"];
  document.addEventListener("keydown", function (event) {
    if (SINGLE_KEYS.indexOf(event.key) >= 0 && !typing(event)) event.stopPropagation();
  }, true);

  /* A wide table scrolls sideways in Material's wrapper (on a phone); the keyboard reaches it only
     if it can take focus. Material wraps tables when it mounts the page (document$), before this. */
  function focusableScrolls() {
    Array.prototype.forEach.call(document.querySelectorAll(".md-typeset__scrollwrap"), function (wrap) {
      if (wrap.scrollWidth > wrap.clientWidth && !wrap.querySelector("a, button, input, [tabindex]")) wrap.tabIndex = 0;
    });
  }

  if (window.document$) window.document$.subscribe(focusableScrolls);

  /* Material's header icons are pictures inside buttons that have names: a screen reader listed
     each as an unnamed image. The search region takes the name its button has. */
  Array.prototype.forEach.call(document.querySelectorAll(".md-header__button svg, .md-search__icon svg"), function (svg) {
    svg.setAttribute("aria-hidden", "true");
  });
  var searchRegion = document.querySelector(".md-search__inner[role=search]");
  if (searchRegion) searchRegion.setAttribute("aria-label", "Tìm kiếm");
  // On a section's index and a page out of the menu, Material's contents title labels an input
  // (#__toc) the page lacks: a label for nothing, which HTML's checkers refuse.
  if (!document.getElementById("__toc")) {
    Array.prototype.forEach.call(document.querySelectorAll("label[for=__toc]"), function (label) { label.removeAttribute("for"); });
  }

  // Clipboard API where the page is a secure context (https, localhost, file://);
  // plain http on an office intranet is not, so fall back to a hidden textarea, as also when
  // the browser refuses the API (a policy, a permission). With `html` (an outline's or an
  // agenda's, data-sotay-html), the clipboard holds it beside the text: Word and LibreOffice
  // paste it with its headings and an agenda's table, a plain editor pastes the text. Then the
  // copy command's own event goes first: the Clipboard API has Chromium parse the HTML in the
  // page, whose CSP (style-src 'self') logs a violation for each of its style attributes.
  function copyText(text, html) {
    var api = navigator.clipboard && window.isSecureContext;
    if (html || !api) {
      return copyByCommand(text, html).catch(function (e) {
        if (!api) throw e;
        return copyByApi(text, html);
      });
    }
    return copyByApi(text, html).catch(function () { return copyByCommand(text, html); });
  }

  function copyByApi(text, html) {
    try {
      return html && window.ClipboardItem && navigator.clipboard.write
        ? navigator.clipboard.write([new ClipboardItem({
          "text/plain": new Blob([text], { type: "text/plain" }),
          "text/html": new Blob([html], { type: "text/html" })
        })])
        : navigator.clipboard.writeText(text);
    } catch (e) {
      return Promise.reject(e);  // a browser whose ClipboardItem refuses these types at once
    }
  }

  function selectAll(area) {
    area.select();
    area.setSelectionRange(0, area.value.length);  // iOS selects nothing with select() alone
  }

  function copyByCommand(text, html) {
    // Selecting the text moves the focus into the textarea; removed, it left the focus nowhere and
    // the next Tab started again from the top of the page.
    var focused = document.activeElement;
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");  // no on-screen keyboard on a phone
    area.className = "sotay-copy-source";
    document.body.appendChild(area);
    selectAll(area);
    // The copy the command starts carries both kinds where the browser lets the page set them.
    function both(event) {
      if (!html || !event.clipboardData) return;
      event.clipboardData.setData("text/plain", text);
      event.clipboardData.setData("text/html", html);
      event.preventDefault();
    }
    document.addEventListener("copy", both, true);
    var ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (e) {
      // some browsers throw where others return false
    }
    document.removeEventListener("copy", both, true);
    document.body.removeChild(area);
    if (focused && focused.focus) focused.focus({ preventScroll: true });
    return ok ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  /* Where the browser lets the page copy nothing, the reader still gets the text: shown under
     the buttons, selected, to copy with Ctrl+C or the phone's own menu. */
  var OFFER_HINT = "Trình duyệt không cho trang tự chép. Nội dung đã được chọn sẵn dưới đây: " +
    "bấm Ctrl+C (trên điện thoại: giữ ngón tay rồi chọn Sao chép).";

  function offerText(bar, text) {
    var offer = bar.querySelector(".sotay-copy-offer");
    if (!offer) {
      offer = document.createElement("div");
      offer.className = "sotay-copy-offer";
      var hint = document.createElement("p");
      hint.id = "sotay-copy-hint";
      hint.textContent = OFFER_HINT;
      var area = document.createElement("textarea");
      area.setAttribute("readonly", "");
      area.setAttribute("aria-label", "Nội dung để sao chép");
      area.setAttribute("aria-describedby", hint.id);
      area.rows = 8;
      offer.appendChild(hint);
      offer.appendChild(area);
      bar.appendChild(offer);
    }
    var box = offer.querySelector("textarea");
    box.value = text;
    box.focus();
    selectAll(box);
    box.scrollTop = 0;  // selecting scrolled the box to the text's end
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

  /* What a button did, said to a screen reader too: a button's new text is not read out while the
     focus stays on it, a status region's is (it exists from the start, inside the main content). */
  function statusRegion() {
    var content = document.querySelector(".md-content");
    if (!content || !document.querySelector(".sotay-actions")) return;
    var status = document.createElement("p");
    status.className = "sotay-status";
    status.setAttribute("role", "status");
    content.appendChild(status);
  }

  onReady(statusRegion);

  /* Material's own "Đã sao chép" (a code example's copy button, the editors' pages) shows in its
     dialog, which is no live region: a screen reader said nothing. */
  onReady(function () {
    var dialog = document.querySelector(".md-dialog__inner");
    if (dialog) dialog.setAttribute("role", "status");
  });

  var COPY_SAYS = ["Đã sao chép", "Chưa chép được"];

  /* The label is kept from before the first flash: a second tap within the two seconds read the
     flash's own words as the label, and the button said "Đã sao chép" for good. */
  function flash(button, text) {
    var status = document.querySelector(".sotay-status");
    if (!button.hasAttribute("data-sotay-label")) button.setAttribute("data-sotay-label", button.textContent);
    button.textContent = text;
    if (status) status.textContent = text;
    clearTimeout(button.sotayFlash);
    button.sotayFlash = setTimeout(function () {
      button.textContent = button.getAttribute("data-sotay-label");
      button.removeAttribute("data-sotay-label");
      if (status) status.textContent = "";
    }, 2000);
  }

  /* An action bar's text as the build packed it (export/actions.py: its "%" and "&" as "%25" and
     "%26", which Markdown's writer cannot turn back into markup). */
  function unpacked(element, name) {
    var value = element.getAttribute(name);
    return value === null ? null : value.replace(/%2[56]/g, function (m) { return m === "%25" ? "%" : "&"; });
  }

  document.addEventListener("click", function (event) {
    var copy = event.target.closest(".sotay-copy");
    if (copy) {
      var bar = copy.closest(".sotay-actions");
      var text = unpacked(bar, "data-sotay-copy");
      copyText(text, unpacked(bar, "data-sotay-html")).then(
        function () { flash(copy, COPY_SAYS[0]); },
        function () {
          offerText(bar, text);
          flash(copy, COPY_SAYS[1]);
        });
    }
    // "Tải về Markdown": the Markdown is in the page (data-sotay-md); the link's own
    // href stays for browsers without script.
    var download = event.target.closest(".sotay-actions a[download$='.md']");
    if (download && window.Blob && window.URL && URL.createObjectURL) {
      var markdown = unpacked(download.closest(".sotay-actions"), "data-sotay-md");
      if (markdown !== null) {
        event.preventDefault();
        saveText(markdown, download.getAttribute("download"), "text/markdown;charset=utf-8");
      }
    }
    // "In" beside a part of a page (a model meeting's sample agenda, a form in a guide) prints that
    // part; the browser's own print (Ctrl+P) prints the whole page.
    if (event.target.closest("button.sotay-print")) {
      var bar = event.target.closest(".sotay-form-actions"), form = bar && bar.nextElementSibling;
      if (form && form.classList.contains("sotay-form")) {
        printWhole();
        // What prints is the form's paper copy after it (render/formpaper.py); the text block is
        // the screen's, hidden on paper.
        if (form.nextElementSibling && form.nextElementSibling.classList.contains("sotay-paper")) form.nextElementSibling.classList.add("sotay-print-this");
        document.documentElement.classList.add("sotay-print-form");
        partUntil = Date.now() + PART_WAIT;
      } else if (document.querySelector(".sotay-doc.sotay-part")) {
        document.documentElement.classList.add("sotay-print-part");
        partUntil = Date.now() + PART_WAIT;
      }
      window.print();
    }
    // The 404 page's "Tìm trong Sổ tay" opened the search but kept the focus, so a phone showed
    // no keyboard; the header's button hands it to the search field.
    if (event.target.closest(".sotay-search-link")) {
      setTimeout(function () {
        if (document.getElementById("__search").checked) focusSearchBox();
      }, 0);
    }
  });

  /* The part's class goes after its print, and before any print but the first within PART_WAIT
     of "In": where print() does nothing and no afterprint comes (some phones' browsers), a later
     Ctrl+P printed the sample agenda alone. A phone's browser starts the print a while after
     print() returns (a second was a guess no phone tested), and where print() does nothing, a
     print from the browser's menu soon after "In" is the one the reader pressed it for. */
  var partUntil = 0, PART_WAIT = 10000;
  function printWhole() {
    document.documentElement.classList.remove("sotay-print-part", "sotay-print-form");
    Array.prototype.forEach.call(document.querySelectorAll(".sotay-print-this"), function (e) { e.classList.remove("sotay-print-this"); });
  }
  window.addEventListener("afterprint", printWhole);
  window.addEventListener("beforeprint", function () {
    if (Date.now() > partUntil) printWhole();
    partUntil = 0;
  });

  /* "Tải về DOCX" and "Tải về Markdown" are links drawn as buttons beside the buttons "Sao chép"
     and "In": Space, which presses those, scrolled the page instead of downloading. */
  document.addEventListener("keydown", function (event) {
    var link = event.key === " " && event.target.closest && event.target.closest(".sotay-actions a.md-button");
    if (!link) return;
    event.preventDefault();
    link.click();
  });

  /* The site's name in the header goes home, as a reader expects: on a phone Material hides the
     logo, its only link, and home was two taps away through the menu. */
  function nameGoesHome() {
    var logo = document.querySelector(".md-header a.md-logo");
    var name = document.querySelector(".md-header__topic:first-child .md-ellipsis");
    if (!logo || !name || name.querySelector("a")) return;
    var link = document.createElement("a");
    link.href = logo.getAttribute("href");
    link.className = "sotay-home";
    // Out of the Tab order: the keyboard has the logo (a PC) and the trail's "Trang chủ" already.
    link.tabIndex = -1;
    link.textContent = name.textContent.trim();
    name.textContent = "";
    name.appendChild(link);
  }

  onReady(nameGoesHome);

  /* Each heading's "#" link was named "#" for a screen reader, 10 to 40 times a page, all alike:
     it is named for its heading. */
  function nameHeadingLinks() {
    Array.prototype.forEach.call(document.querySelectorAll(".md-content a.headerlink"), function (link) {
      var heading = link.parentNode.cloneNode(true);
      heading.removeChild(heading.querySelector("a.headerlink"));
      link.setAttribute("aria-label", "Liên kết tới mục " + heading.textContent.trim());
    });
  }

  onReady(nameHeadingLinks);

  /* Material draws the skip link from a page's table of contents; the 404 page has none, so a
     keyboard went through the header and the whole menu to reach its way back. */
  function skipToTitle() {
    var skip = document.querySelector('[data-md-component="skip"]');
    var title = document.querySelector(".md-content h1[id]");
    if (!skip || !title || skip.querySelector("a")) return;
    var link = document.createElement("a");
    link.className = "md-skip";
    link.href = "#" + title.id;
    link.textContent = "Đến nội dung chính";
    skip.appendChild(link);
  }

  onReady(skipToTitle);
})();

/*
 * iframe-worker (MIT, see LICENSE-iframe-worker.txt), rewritten readable and without inline
 * script: on file:// a browser refuses Web Workers, so a hidden iframe runs the worker script.
 * The original writes an inline <script> into the iframe to define the worker's globals; the
 * site's Content-Security-Policy (script-src 'self') refuses inline script, so those globals
 * come from iframe-worker-init.js, a file next to this one, run in the iframe's own realm.
 */
"use strict";
(() => {
  const init = new URL("iframe-worker-init.js", document.currentScript.src).href;
  const attribute = (value) => String(value).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

  class IFrameWorker extends EventTarget {
    constructor(url) {
      super();
      this.url = url;
      this.m = (event) => {
        if (event.source === this.w) {
          this.dispatchEvent(new MessageEvent("message", { data: event.data }));
          if (this.onmessage) this.onmessage(event);
        }
      };
      this.e = (message, filename, lineno, colno, error) => {
        if (filename === `${this.url}`) {
          const event = new ErrorEvent("error", { message, filename, lineno, colno, error });
          this.dispatchEvent(event);
          if (this.onerror) this.onerror(event);
        }
      };
      const iframe = document.createElement("iframe");
      iframe.hidden = true;
      document.body.appendChild((this.iframe = iframe));
      this.w.document.open();
      this.w.document.write(
        `<html><body><script src="${attribute(init)}" data-worker="${attribute(url)}"></script>` +
        `<script src="${attribute(`${url}?${Date.now()}`)}"></script></body></html>`);
      this.w.document.close();
      onmessage = this.m;
      onerror = this.e;
      this.r = new Promise((resolve, reject) => {
        this.w.onload = resolve;
        this.w.onerror = reject;
      });
    }

    terminate() {
      this.iframe.remove();
      onmessage = onerror = null;
    }

    postMessage(data) {
      this.r.catch().then(() => {
        this.w.dispatchEvent(new MessageEvent("message", structuredClone({ data })));
      });
    }

    get w() {
      return this.iframe.contentWindow;
    }
  }

  window.IFrameWorker = IFrameWorker;
  if (location.protocol === "file:") window.Worker = IFrameWorker;
})();

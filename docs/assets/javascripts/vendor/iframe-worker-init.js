/*
 * iframe-worker (MIT, see LICENSE-iframe-worker.txt): the globals a worker script expects,
 * defined inside the iframe that stands in for the worker. Defined here, in the iframe's own
 * realm, a message the worker posts carries the iframe as its source, as the shim expects.
 * The tag removes itself: Material's search worker takes the first script[src] for its own.
 */
"use strict";
(() => {
  const worker = document.currentScript.dataset.worker;
  document.currentScript.remove();
  window.postMessage = (data, origin) => parent.postMessage(data, origin || "*");
  window.importScripts = (...urls) => urls.reduce((done, url) => done.then(() => new Promise((resolve) => {
    const script = document.createElement("script");
    script.src = url;
    script.onload = resolve;
    document.body.appendChild(script);
  })), Promise.resolve());
  addEventListener("error", ({ error }) => {
    parent.dispatchEvent(new ErrorEvent("error", { filename: worker, error }));
  });
})();

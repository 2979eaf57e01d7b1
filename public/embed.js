/*
 * Dateline embed host script. Put it on the page that embeds a timeline:
 *
 *   <iframe data-dateline src="https://timelines.example.org/embed.html?story=ID" title="Timeline" style="width:100%;border:0"></iframe>
 *   <script src="https://timelines.example.org/embed.js" defer></script>
 *
 * It resizes each such iframe to its content, and re-dispatches the embed's selection as a DOM event
 * "dateline:select" on the iframe (detail: { storyId, eventId, url }) so the host can mirror it in its own
 * URL. `Dateline.select(iframe, eventId)` opens an event from the host. On load it asks each embed to repeat
 * its size and selection (dateline:sync), in case the embed spoke before this script was there. Messages
 * are accepted only from the iframe's own window and origin, and only in the exact shapes below; nothing
 * is evaluated.
 */
(function () {
  'use strict';
  var ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
  var MAX_HEIGHT = 20000;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-dateline]'));
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  function valid(data) {
    if (!data || typeof data !== 'object' || data.version !== 1 || typeof data.storyId !== 'string' || !ID.test(data.storyId)) return false;
    if (data.type === 'dateline:ready') return true;
    if (data.type === 'dateline:resize') return typeof data.height === 'number' && isFinite(data.height) && data.height >= 0;
    if (data.type === 'dateline:select') {
      var idOk = data.eventId === null || (typeof data.eventId === 'string' && ID.test(data.eventId));
      return idOk && typeof data.url === 'string' && /^https?:\/\//.test(data.url);
    }
    return false;
  }

  window.addEventListener('message', function (event) {
    var frame = frames().filter(function (f) { return f.contentWindow === event.source; })[0];
    if (!frame || event.origin !== originOf(frame) || !valid(event.data)) return;
    var data = event.data;
    if (data.type === 'dateline:resize') {
      frame.style.height = Math.min(MAX_HEIGHT, Math.ceil(data.height)) + 'px';
    } else if (data.type === 'dateline:select') {
      frame.dispatchEvent(new CustomEvent('dateline:select', { bubbles: true, detail: { storyId: data.storyId, eventId: data.eventId, url: data.url } }));
    } else if (data.type === 'dateline:ready') {
      frame.dispatchEvent(new CustomEvent('dateline:ready', { bubbles: true, detail: { storyId: data.storyId } }));
    }
  });

  // The embed may have loaded, and spoken, before this script did (it is deferred, the embed is fast):
  // ask every embed to say its size and selection again, now and whenever a frame (re)loads.
  // A frame that has not left its initial about:blank yet (it belongs to this page's origin) is skipped:
  // a message to it would only print a target-origin warning in the host's console, and its load event
  // syncs it once the embed is there.
  function arrived(frame) {
    try {
      var href = frame.contentWindow.location.href;
      return href !== 'about:blank' && frame.contentWindow.location.origin === originOf(frame);
    } catch (e) {
      return true; // another origin's document: the embed itself
    }
  }
  function sync(frame) {
    if (frame.contentWindow && arrived(frame)) frame.contentWindow.postMessage({ type: 'dateline:sync', version: 1 }, originOf(frame) || '*');
  }
  frames().forEach(function (frame) {
    sync(frame);
    frame.addEventListener('load', function () { sync(frame); });
  });

  window.Dateline = {
    /** Opens an event in an embedded timeline (null closes the details). */
    select: function (frame, eventId) {
      if (!frame || !frame.contentWindow || (eventId !== null && !ID.test(String(eventId)))) return false;
      frame.contentWindow.postMessage({ type: 'dateline:select', version: 1, eventId: eventId }, originOf(frame) || '*');
      return true;
    },
  };
})();

// nkhandouts serve: live updates. The server sends the snapshot's version over Server-Sent Events; when it is newer
// than the one on the page, the page fetches its own live part and swaps it in place, keeping the scroll position
// and keyboard focus, and the status line (a polite live region) says what changed. Served from /assets (the
// Content-Security-Policy allows no inline script).
(function () {
  'use strict';
  var live = document.getElementById('live');
  var status = document.getElementById('update-status');
  if (!live || !window.EventSource || !window.fetch) { return; }
  var version = Number(live.getAttribute('data-version'));
  var url = live.getAttribute('data-fragment');
  var busy = false;
  var pending = 0;

  function apply(html, newVersion) {
    var x = window.scrollX, y = window.scrollY;
    var focused = document.activeElement && document.activeElement.id ? document.activeElement.id : null;
    live.innerHTML = html;
    version = newVersion;
    live.setAttribute('data-version', String(newVersion));
    window.scrollTo(x, y);
    if (focused) {
      var el = document.getElementById(focused);
      if (el && el.focus) { el.focus({ preventScroll: true }); }
    }
    var summary = live.querySelector('[data-summary]');
    if (status && summary) { status.textContent = summary.getAttribute('data-summary'); }
  }

  function update(newVersion) {
    if (newVersion <= version) { return; }
    if (busy) { pending = Math.max(pending, newVersion); return; }
    busy = true;
    fetch(url, { cache: 'no-store', headers: { 'Accept': 'text/html' } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html !== null) { apply(html, newVersion); } })
      .catch(function () { if (status) { status.textContent = 'Lost contact with nkhandouts serve; is it still running?'; } })
      .then(function () {
        busy = false;
        if (pending > version) { var p = pending; pending = 0; update(p); }
      });
  }

  var events = new EventSource('/events');
  events.addEventListener('update', function (e) { update(Number(e.data)); });
})();

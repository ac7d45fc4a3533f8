// Installed in every benchmark page before the page's own scripts (Playwright init script),
// identically with and without the extension. Records long tasks and the moment Exit Guide's
// ring first shows. Watches <html>'s children only, never the whole tree, to stay cheap.
(() => {
  if (window.top !== window) return;
  const probe = { longTasks: [], ringShownAt: null };
  window.__benchProbe = probe;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  // The class alone (the ring's contract): reading computed style would force a style pass
  // in the extension's arm only.
  const shown = (ring) => ring.classList.contains('shown');
  // Mutation callbacks run right after the task (or animation-frame callback) that showed the
  // ring, so this is when it was shown; it is painted in that frame's rendering step.
  function noteShown() {
    if (probe.ringShownAt === null) probe.ringShownAt = performance.now();
  }
  function watchRing(host) {
    const ring = host.shadowRoot && host.shadowRoot.querySelector('[data-testid="exit-guide-highlight"]');
    if (!ring) return;
    if (shown(ring)) return noteShown();
    const observer = new MutationObserver(() => {
      if (!shown(ring)) return;
      noteShown();
      observer.disconnect();
    });
    observer.observe(ring, { attributes: true, attributeFilter: ['class'] });
  }
  const seen = new WeakSet();
  function scan(root) {
    for (const child of root.children) {
      if (child.dataset && child.dataset.exitGuide === 'ring' && !seen.has(child)) {
        seen.add(child);
        watchRing(child);
      }
    }
  }
  function watchHtml() {
    const html = document.documentElement;
    if (!html) return false;
    scan(html);
    new MutationObserver(() => scan(html)).observe(html, { childList: true });
    return true;
  }
  if (!watchHtml()) {
    const early = new MutationObserver(() => { if (watchHtml()) early.disconnect(); });
    early.observe(document, { childList: true });
  }
})();

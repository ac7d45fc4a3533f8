import type { FrameReport } from './frameBridge';

type Box = { left: number; right: number; top: number; bottom: number };

const sameDocument = (a: URL, b: URL) => a.origin === b.origin && a.pathname === b.pathname;

/**
 * Where a control ringed inside a child frame sits in this page: the frame reports its address
 * and the box in its own viewport; the iframe showing that address gives the offset.
 */
export function frameTargetBox(reports: Iterable<FrameReport>, doc: Document): Box | null {
  const base = doc.location?.href ?? 'about:blank';
  for (const report of reports) {
    if (!report.box) continue;
    const reported = new URL(report.href);
    for (const iframe of Array.from(doc.querySelectorAll('iframe[src]'))) {
      let src: URL;
      try {
        src = new URL(iframe.getAttribute('src') ?? '', base);
      } catch {
        continue;
      }
      if (!sameDocument(src, reported)) continue;
      const frame = iframe.getBoundingClientRect();
      const left = frame.left + iframe.clientLeft + report.box.left;
      const top = frame.top + iframe.clientTop + report.box.top;
      return { left, top, right: left + report.box.width, bottom: top + report.box.height };
    }
  }
  return null;
}

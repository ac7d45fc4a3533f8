// Variant `late`: client-side rendering. The page arrives as a skeleton (grey blocks, marked
// aria-busy) and its real content, header and target controls included, appears 3 to 8 s
// later, when static/variant-late.js puts it in and runs the page's scripts, like an app
// bundle that loads slowly. The delay is fixed per URL, so a run can be repeated.
import { fnv, scriptTag, shortHash, splitBody } from './markup.ts';

export const LATE_MIN_MS = 3000;
export const LATE_MAX_MS = 8000;

export function lateDelay(url: URL): number {
  return LATE_MIN_MS + (fnv(`${url.hostname}${url.pathname}`) % (LATE_MAX_MS - LATE_MIN_MS + 1));
}

const bar = (width: string, height: number) =>
  `<div style="width:${width};height:${height}px;margin:12px 0;border-radius:8px;background:linear-gradient(90deg,#eee,#f6f6f6,#eee)"></div>`;

function skeleton(): string {
  const blocks = [bar('100%', 56), bar('60%', 24), bar('90%', 180), bar('75%', 24), bar('85%', 120)].join('');
  return `<div class="skeleton--wrap--${shortHash('skeleton')}" aria-busy="true" aria-label="Loading" style="max-width:1200px;margin:16px auto;padding:0 16px">${blocks}</div>`;
}

export function latePage(html: string, url: URL): string {
  const parts = splitBody(html);
  if (!parts) return html;
  const loader = scriptTag('variant-late.js', { 'data-delay': String(lateDelay(url)) });
  return `${parts.before}\n${skeleton()}<template>${parts.content}</template>${loader}\n${parts.after}`;
}

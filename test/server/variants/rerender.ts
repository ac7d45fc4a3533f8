// Variant `rerender`: a framework that re-renders the page's regions as new nodes. Every
// 1.5 s static/variant-rerender.js replaces each region of the body (header, main, dialogs,
// the sign-in form in the frame: everything but scripts, templates and frames) with an
// identical copy: same markup, values, focus and scroll, and the page's listeners moved over,
// so the page keeps working while every control is a new element.
import { atHeadStart, scriptTag } from './markup.ts';

export const RERENDER_INTERVAL_MS = 1500;

export function rerenderPage(html: string): string {
  return atHeadStart(html, scriptTag('variant-rerender.js', { 'data-interval': String(RERENDER_INTERVAL_MS) }));
}

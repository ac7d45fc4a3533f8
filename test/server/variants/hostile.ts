// Variant `hostile`: a page that fights injected UI, as ad-blocker countermeasures and
// aggressive resets do. Global CSS resets every element (the "new CSS reset":
// `all: unset` on everything, links and buttons unset even against !important rules), a
// transparent overlay with the highest z-index and pointer-events: none covers the window,
// and static/variant-hostile.js removes any element with a non-standard tag that is added to
// <html> or <body> (so Exit Guide's panel and ring hosts are thrown out as they appear).
import { atBodyEnd, atHeadEnd, atHeadStart, scriptTag, shortHash } from './markup.ts';

export const HOSTILE_CSS = `<style>
*:where(:not(html, iframe, canvas, img, svg, video, audio):not(svg *, symbol *)) { all: unset; display: revert; }
a, button { all: unset !important; cursor: pointer !important; }
[hidden] { display: none !important; }
</style>`;

const OVERLAY = `<div class="overlay--watermark--${shortHash('watermark')}" aria-hidden="true" style="position:fixed;inset:0;z-index:2147483647;pointer-events:none;background:transparent"></div>`;

export function hostilePage(html: string): string {
  // The remover runs before anything else; the reset comes last in <head>, over the site's CSS.
  return atBodyEnd(atHeadEnd(atHeadStart(html, scriptTag('variant-hostile.js')), HOSTILE_CSS), OVERLAY);
}

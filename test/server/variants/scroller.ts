// Variant `scroller`: the page's content inside one fixed-height box with overflow: auto,
// as app layouts do: the window itself does not scroll, and the targets sit far down inside
// the box, below a tall promotion block. Bands above and below the box stay outside it, so
// a control can be inside the window yet hidden by the box's edge. Not in the sign-in frame.
import { splitBody, shortHash } from './markup.ts';

export const SCROLLER_TOP_PX = 80;
export const SCROLLER_BOTTOM_PX = 80;
export const SCROLLER_FILLER_PX = 1500;

const STYLE = '<style>html, body { height: 100%; } body { overflow: hidden; padding-bottom: 0 !important; margin: 0; }</style>';
const FILLER = `<div style="height:${SCROLLER_FILLER_PX}px;margin:16px auto;max-width:1200px;border-radius:12px;background:repeating-linear-gradient(180deg,#eef5ff 0 200px,#dbe9ff 200px 400px);display:flex;align-items:center;justify-content:center;font:700 28px/1.2 Arial,sans-serif;color:#2456a6">Recommended for you</div>`;

export function scrollerPage(html: string, url: URL): string {
  if (url.hostname.startsWith('passport.')) return html;
  const parts = splitBody(html);
  if (!parts) return html;
  const box = `<div class="layout--scroll--${shortHash('scroll-box')}" style="position:relative;box-sizing:border-box;height:calc(100vh - ${SCROLLER_TOP_PX + SCROLLER_BOTTOM_PX}px);margin:${SCROLLER_TOP_PX}px 0 ${SCROLLER_BOTTOM_PX}px;overflow:auto;border-top:1px solid #ccc;border-bottom:1px solid #ccc">`;
  const before = parts.before.replace(/<\/head>/i, `${STYLE}\n</head>`);
  return `${before}\n${box}${FILLER}${parts.content}</div>\n${parts.after}`;
}

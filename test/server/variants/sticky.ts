// Variant `sticky`: a 120 px header that stays at the top while the page scrolls, over a
// long promotion block, so every target starts below the fold. Ringing a control means
// scrolling it into view clear of the header. Not in the legacy sign-in frame (its page is
// a small box inside another page).
import { atBodyStart, shortHash } from './markup.ts';

export const STICKY_HEADER_PX = 120;
export const STICKY_FILLER_PX = 1400;

const HEADER = `<div class="sticky--bar--${shortHash('sticky-bar')}" style="position:sticky;top:0;z-index:900;height:${STICKY_HEADER_PX}px;box-sizing:border-box;display:flex;align-items:center;gap:24px;padding:0 32px;background:#fff;border-bottom:1px solid #eee;box-shadow:0 2px 10px rgba(0,0,0,.08);font:600 15px/1.3 Arial,sans-serif;color:#191919">
<span style="font-size:26px;color:#fd384f">AliExpress</span><span>11.11 Global Shopping Festival: up to 70% off, free delivery on orders over US $10</span></div>`;

const FILLER = `<div class="promo--wall--${shortHash('promo-wall')}" style="height:${STICKY_FILLER_PX}px;margin:16px auto;max-width:1200px;border-radius:12px;background:repeating-linear-gradient(180deg,#fff3e8 0 180px,#ffe3cc 180px 360px);display:flex;align-items:center;justify-content:center;font:700 28px/1.2 Arial,sans-serif;color:#c94b00">Deals of the day</div>`;

export function stickyPage(html: string, url: URL): string {
  if (url.hostname.startsWith('passport.')) return html;
  return atBodyStart(html, HEADER + FILLER);
}

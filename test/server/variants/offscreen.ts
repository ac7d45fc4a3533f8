// Variant `offscreen`: content laid out wider than the window, starting 140 px before its
// right edge, as a fixed-width desktop layout does in a narrow window: on the accounts pages,
// My AliExpress and the privacy centre the targets are partly or wholly off screen to the
// right until the page is scrolled sideways.
import { atHeadEnd } from './markup.ts';

export const OFFSCREEN_VISIBLE_PX = 140;

const STYLE = `<style>
#page.legacy-layout, #app.privacy--app--2Wq1vYc { margin-left: calc(100vw - ${OFFSCREEN_VISIBLE_PX}px) !important; width: 1100px; max-width: none; }
</style>`;

export function offscreenPage(html: string): string {
  return atHeadEnd(html, STYLE);
}

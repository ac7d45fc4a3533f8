// Variant `modal`: the deletion's dialogs as modals that claim the top of the page: the
// agree dialog and its backdrop at the highest z-index, and the final confirmation (the
// checkbox and "Delete account") moved from the page into a modal of its own, over a
// backdrop. Both are position: fixed, as the app's comet modals are.
import { atHeadEnd } from './markup.ts';

const STYLE = `<style>
.comet-modal-mask, .comet-modal { z-index: 2147483647 !important; }
.comet-modal { max-height: calc(100vh - 48px); overflow: auto; }
</style>`;

function confirmInModal(html: string): string {
  return html.replace(/(<template id="view-confirm">)([\s\S]*?)(<\/template>)/, (_, open: string, content: string, close: string) => {
    const titled = content.replace('<h1 class="privacy--title--3k1Tz0B">', '<h1 class="privacy--title--3k1Tz0B" id="confirm-title">');
    return `${open}<div class="comet-modal-mask"></div><div class="comet-modal" role="dialog" aria-modal="true" aria-labelledby="confirm-title">${titled}</div>${close}`;
  });
}

export function modalPage(html: string, url: URL): string {
  if (!url.hostname.startsWith('privacy.')) return html;
  return atHeadEnd(confirmInModal(html), STYLE);
}

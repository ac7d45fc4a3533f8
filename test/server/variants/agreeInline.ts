// Variant `agree-inline`: on privacy.aliexpress.com the "type agree" box is a card in the page,
// not a dialog (docs/sources.md, "Deletion (privacy centre)": whether the box is in a pop-up or
// on the page is said nowhere, handle both; test/fixtures/live/agree-inline*.html). The app's
// agree dialog template loses its role=dialog, aria-modal and mask (the mask element stays,
// hidden, for the app script that wires it) and becomes `div.request-delete--card--3Rz0Jkq`
// with the same input, Cancel and "Delete". static/variant-agree-inline.js moves what the app
// opens into the view, right under the red "Delete my account" (hidden while the card shows),
// so the input, its check of "agree" and "Delete" behave as before, on the page.
import { hashedName } from './hashed.ts';
import { atBodyEnd, atHeadEnd, editTemplate, scriptTag } from './markup.ts';

export const AGREE_CARD_CLASS = 'request-delete--card--3Rz0Jkq';

const STYLE = `<style>
.${AGREE_CARD_CLASS} { margin-top: 20px; border: 1px solid #eee; border-radius: 12px; padding: 24px; display: grid; gap: 12px; background: #fff; }
.${AGREE_CARD_CLASS} h2 { font-size: 18px; margin: 0; }
.${AGREE_CARD_CLASS} p { margin: 0; }
.request-delete--prompt--2pL7Vbn { font-weight: 600; }
.request-delete--input--3Vq0Hyc input { width: 100%; max-width: 360px; }
.${AGREE_CARD_CLASS} > div:last-child { display: flex; gap: 12px; }
</style>`;

function inline(content: string): string {
  return content
    // The mask stays in the markup for the app script, hidden and then removed by the variant's.
    .replace(/^(\s*<div\b[^>]*)(><\/div>)/, '$1 hidden$2')
    .replace(/<div\b[^>]*\srole="dialog"[^>]*>/, `<div class="${AGREE_CARD_CLASS}">`)
    .replace(/<p>/, '<p class="request-delete--prompt--2pL7Vbn">')
    .replace(/(<input\b[^>]*>)/, '<span class="comet-input-affix-wrapper request-delete--input--3Vq0Hyc">$1</span>');
}

export function agreeInlinePage(html: string, url: URL): string {
  if (!url.hostname.startsWith('privacy.')) return html;
  const page = editTemplate(html, ['dialog-agree', hashedName('dialog-agree')], inline);
  return page === html ? html : atBodyEnd(atHeadEnd(page, STYLE), scriptTag('variant-agree-inline.js'));
}

// Variant `modal-lookalike`: on privacy.aliexpress.com the final confirmation (the checkbox and
// "Delete account") is a comet modal, `div.comet-modal-mask` + `div.comet-modal[role=dialog]`
// WITHOUT aria-modal (a component library that leaves it out), and a promo bar fixed at the
// top of every view, outside the modal and under its mask (lower z-index), carries its own
// enabled "Delete account" button that only goes to the home page: a look-alike of the
// flow's last control (docs/sources.md, "Deletion (privacy centre)": the checkbox and the
// final "Delete account" from the how-tos; the modal and the look-alike are inferred;
// test/fixtures/live/modal-over-lookalike.html). static/variant-modal-lookalike.js gives the
// promo button its behaviour. Under `modal` too, the confirmation keeps that variant's modal
// and loses aria-modal.
import { hashedName } from './hashed.ts';
import { atBodyEnd, atBodyStart, atHeadEnd, editTemplate, scriptTag } from './markup.ts';

const STYLE = `<style>
body { padding-top: 44px; }
.privacy-promo--bar--2Hd5Mxe { position: fixed; top: 0; left: 0; right: 0; z-index: 70; display: flex; justify-content: space-between; align-items: center; gap: 16px; background: #fff3e8; padding: 6px 24px; font-size: 13px; box-shadow: 0 1px 4px rgba(0,0,0,.08); }
.privacy-promo--action--1Tz4Kcn { flex: none; height: 28px; padding: 0 14px; border: 1px solid #191919; border-radius: 14px; background: #fff; font: inherit; font-weight: 600; cursor: pointer; }
.privacy-confirm--mask--3Wd8Lrq { position: fixed; inset: 0; z-index: 80; background: rgba(0, 0, 0, 0.45); }
.privacy-confirm--wrap--1Jd6Pqs { position: fixed; inset: 0; z-index: 81; display: flex; align-items: center; justify-content: center; }
.privacy-confirm--modal--2Rk5Tvn { position: static; transform: none; width: 520px; max-width: calc(100% - 32px); max-height: calc(100vh - 48px); overflow: auto; background: #fff; border-radius: 12px; padding: 24px 28px; box-sizing: border-box; }
</style>`;

const PROMO = `<div class="privacy-promo--bar--2Hd5Mxe">
  <span>Leaving AliExpress? You can close your account and delete your data from the Privacy Center at any time.</span>
  <button class="comet-btn comet-btn-small privacy-promo--action--1Tz4Kcn" type="button"><span>Delete account</span></button>
</div>`;

function confirmInModal(content: string): string {
  // Already a modal (variant `modal`): it only loses aria-modal.
  if (/\srole="dialog"/.test(content)) return content.replace(/\saria-modal="true"/g, '');
  const titled = content.replace(/<h1\b([^>]*)>/, '<h1$1 id="confirm-title">');
  return `<div class="comet-modal-mask privacy-confirm--mask--3Wd8Lrq"></div><div class="comet-modal-wrap privacy-confirm--wrap--1Jd6Pqs" tabindex="-1"><div class="comet-modal privacy-confirm--modal--2Rk5Tvn" role="dialog" aria-labelledby="confirm-title">${titled}</div></div>`;
}

export function modalLookalikePage(html: string, url: URL): string {
  if (!url.hostname.startsWith('privacy.')) return html;
  const page = editTemplate(html, ['view-confirm', hashedName('view-confirm')], confirmInModal);
  return atBodyEnd(atBodyStart(atHeadEnd(page, STYLE), PROMO), scriptTag('variant-modal-lookalike.js'));
}

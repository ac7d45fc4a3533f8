// Variant `fixed`: targets inside position: fixed panels, as sticky action bars and floating
// side panels put them: the privacy centre's red "Delete my account" and its final actions
// in bars along the bottom, the legacy form's "Deactivate My Account" bar, and Edit Member
// Profile's heading with "Deactivate Account" in a panel floating at the top right, where
// Exit Guide's own panel opens.
import { atHeadEnd } from './markup.ts';

const BAR = 'position:fixed;left:0;right:0;bottom:0;z-index:70;box-sizing:border-box;display:flex;justify-content:flex-end;align-items:center;gap:12px;padding:16px 32px;background:#fff;box-shadow:0 -2px 14px rgba(0,0,0,.15)';

const STYLE = `<style>
.privacy--actions--1Fq5bXr, .deactivate-actions { ${BAR}; margin: 0; }
.profile-head { position: fixed; top: 150px; right: 24px; z-index: 70; width: 300px; box-sizing: border-box; display: flex; flex-direction: column; align-items: flex-start; gap: 8px; padding: 16px; background: #fff; border: 1px solid #e5e5e5; box-shadow: 0 4px 18px rgba(0,0,0,.18); }
</style>`;

function deleteButtonInBar(html: string): string {
  return html.replace(/<button\b[^>]*privacy--deleteBtn--2hVq0Rm[^>]*>[\s\S]*?<\/button>/, (button) =>
    `<div class="privacy--actionBar--3Hq8sWm" style="${BAR}">${button}</div>`);
}

export function fixedPage(html: string): string {
  return atHeadEnd(deleteButtonInBar(html), STYLE);
}

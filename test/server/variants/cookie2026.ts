// Variant `cookie-2026`: the cookie banner of 2026 (docs/sources.md, "Cookie banner":
// DuckDuckGo's autoconsent rule for AliExpress, rewritten 2026-07-08, tests on es. and
// nl.aliexpress.com; test/fixtures/live/cookie-banner-*.html). The fixture banner becomes
// `#gdpr-new-container`, fixed along the bottom of the window, with hashed button classes and
// three buttons, Personalize / Reject cookies / Accept cookies. Accept and Reject hide it and
// set the cookie `gdpr_new_consent` (name inferred), and the server leaves the banner out while
// that cookie is set. Personalize opens the detail modal `#voyager-gdpr-2025` (role=dialog,
// aria-modal=true, fixed, over a mask) with switches and "Save"; "Save" stores the choice the
// same way, the close button only closes the modal. static/variant-cookie-2026.js.
import { atBodyEnd, atHeadEnd, replaceElement, scriptTag, type VariantContext } from './markup.ts';

export const CONSENT_COOKIE = 'gdpr_new_consent';

/** The fixture banner (partials/cookie-banner.html), found by its role and label, which `hashed` keeps. */
const BANNER = /<div\b[^>]*\srole="region"[^>]*\saria-label="Cookie preferences"[^>]*>/;

const STYLE = `<style>
#gdpr-new-container { position: fixed; left: 0; right: 0; bottom: 0; z-index: 99999; background: #fff; box-shadow: 0 -2px 12px rgba(0, 0, 0, 0.12); padding: 16px 24px; display: flex; gap: 24px; align-items: center; justify-content: space-between; }
.gdpr-new--title--1Vb8Rmc { font-weight: 700; margin: 0 0 4px; }
.gdpr-new--desc--2Tz5Hnq { margin: 0; font-size: 13px; color: #444; max-width: 760px; }
.gdpr-new--btns--2sQ1Kx5 { display: flex; gap: 12px; justify-content: flex-end; flex: none; }
.gdpr-new--btn--3AaQ1q9 { height: 36px; padding: 0 18px; border: 1px solid #191919; border-radius: 18px; background: #fff; font: inherit; font-weight: 600; cursor: pointer; }
.gdpr-new--accept--1mH3Vbz { background: #191919; color: #fff; }
.voyager-gdpr--mask--1Nc4Ubx { position: fixed; inset: 0; background: rgba(0, 0, 0, 0.5); z-index: 100000; }
#voyager-gdpr-2025 { position: fixed; top: 10vh; left: 50%; width: 560px; max-width: calc(100% - 32px); transform: translateX(-50%); background: #fff; border-radius: 12px; z-index: 100001; padding: 24px; box-sizing: border-box; }
.voyager-gdpr--header--2Pq8Wds { display: flex; justify-content: space-between; align-items: center; }
.voyager-gdpr--title--3Xk1Ftm { margin: 0; }
.voyager-gdpr--close--1Gh6Yvr { border: 0; background: none; font-size: 24px; cursor: pointer; }
.voyager-gdpr--item--3Rb7Lqa { display: flex; justify-content: space-between; align-items: center; gap: 16px; border-bottom: 1px solid #eee; padding: 12px 0; }
.voyager-gdpr--item--3Rb7Lqa p { margin: 4px 0 0; font-size: 13px; color: #666; }
.voyager-gdpr--switch--1Tc2Ezk { flex: none; width: 40px; height: 22px; border-radius: 11px; border: 0; background: #ccc; position: relative; cursor: pointer; }
.voyager-gdpr--switch--1Tc2Ezk::after { content: ""; position: absolute; top: 3px; left: 3px; width: 16px; height: 16px; border-radius: 50%; background: #fff; transition: left .15s; }
.voyager-gdpr--switch--1Tc2Ezk[aria-checked="true"] { background: #191919; }
.voyager-gdpr--switch--1Tc2Ezk[aria-checked="true"]::after { left: 21px; }
.voyager-gdpr--switch--1Tc2Ezk:disabled { opacity: .5; cursor: not-allowed; }
.voyager-gdpr--footer--3Yd9Hup { display: flex; justify-content: flex-end; margin-top: 16px; }
.voyager-gdpr--save--2Fn5Kwe { height: 36px; padding: 0 22px; border: 0; border-radius: 18px; background: #191919; color: #fff; font: inherit; font-weight: 600; cursor: pointer; }
</style>`;

const BANNER_2026 = `<div id="gdpr-new-container">
  <div class="gdpr-new--content--3Lq7Xw2">
    <p class="gdpr-new--title--1Vb8Rmc">We use cookies</p>
    <p class="gdpr-new--desc--2Tz5Hnq">We use cookies and similar technologies to make the site work, to analyse traffic and to show you personalised ads. You can accept them, reject them or choose which ones you allow.</p>
  </div>
  <div class="gdpr-new--btns--2sQ1Kx5">
    <button class="gdpr-new--btn--3AaQ1q9 gdpr-new--setting--1Qp7Rkz" type="button">Personalize</button>
    <button class="gdpr-new--btn--3AaQ1q9 gdpr-new--reject--2Wc9Lhn" type="button">Reject cookies</button>
    <button class="gdpr-new--btn--3AaQ1q9 gdpr-new--accept--1mH3Vbz" type="button">Accept cookies</button>
  </div>
</div>`;

const switchItem = (title: string, text: string, checked: boolean, locked = false) => `
    <div class="voyager-gdpr--item--3Rb7Lqa">
      <div><b>${title}</b><p>${text}</p></div>
      <button class="voyager-gdpr--switch--1Tc2Ezk" type="button" role="switch" aria-checked="${checked}" aria-label="${title}"${locked ? ' disabled' : ''}></button>
    </div>`;

/** The detail modal, put in the page by "Personalize". */
const DETAIL = `<template><div class="voyager-gdpr--mask--1Nc4Ubx"></div>
<div id="voyager-gdpr-2025" role="dialog" aria-modal="true" aria-labelledby="voyager-gdpr-title">
  <div class="voyager-gdpr--header--2Pq8Wds">
    <h3 class="voyager-gdpr--title--3Xk1Ftm" id="voyager-gdpr-title">Cookie settings</h3>
    <button class="voyager-gdpr--close--1Gh6Yvr" type="button" aria-label="Close">×</button>
  </div>
  <div class="voyager-gdpr--body--2Mw3Jcn">${switchItem('Strictly necessary cookies', 'Needed for the site to work. Always on.', true, true)}${switchItem('Analytics cookies', 'Help us understand how the site is used.', false)}${switchItem('Marketing cookies', 'Used to show you personalised ads.', false)}
  </div>
  <div class="voyager-gdpr--footer--3Yd9Hup">
    <button class="voyager-gdpr--save--2Fn5Kwe" type="button">Save</button>
  </div>
</div></template>`;

export function cookie2026Page(html: string, _url: URL, ctx: VariantContext): string {
  let found = false;
  const consented = Boolean(ctx.cookies[CONSENT_COOKIE]);
  const page = replaceElement(html, BANNER, () => {
    found = true;
    return consented ? '' : BANNER_2026;
  });
  if (!found || consented) return page;
  return atBodyEnd(atHeadEnd(page, STYLE), `${DETAIL}${scriptTag('variant-cookie-2026.js')}`);
}

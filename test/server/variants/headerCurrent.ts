// Variant `header-current`: the header's account widget as the current site renders it
// (docs/sources.md, "Header: current (2022-2026)"; test/fixtures/live/current-header-*.html).
// The fixture header's account block becomes one hashed-class `div` trigger with an icon and
// two lines of text ("Welcome" / "Sign in / Register" signed out, "Hi, {name}" / "Account"
// signed in), with no menu in the DOM. static/variant-header-current.js renders the menu when
// the pointer enters the trigger (or it takes focus): a comet-v2 popover appended at the end of
// <body>, placed under the trigger, hidden with `display: none` 300 ms after the pointer left
// both. Signed out it holds a "Sign in" <button> (to where the old header's Sign in went, or to
// the sign-in modal of `login-modal`) and a "Register" <p tabindex="0">; signed in, links with
// an icon and a text span (My Orders first) and "Sign out", and no "My AliExpress": the
// account page is reached from the orders page's own navigation ("Overview").
import { BUYER } from '../fixtureData.ts';
import { atBodyEnd, atHeadEnd, scriptTag, type VariantContext } from './markup.ts';
import { attribute, findAccountBlock, isSignedIn, registerHref, replaceAccountBlock, signInHref } from './headerAccount.ts';

/** The trigger's attributes on the aliexpress.us captures (the de./pl. ones have only the classes). */
export const CURRENT_TRIGGER_CLASS = 'my-account--menuItem--1GDZChA';
export const CURRENT_TRIGGER_LABEL = 'You can register, sign in or view more information about your account.';

const svg = (body: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="#191919" stroke-width="1.6">${body}</svg>`)}`;
const USER_ICON = svg('<circle cx="12" cy="8" r="4"/><path d="M4 21c1-4.5 4.5-6.5 8-6.5s7 2 8 6.5"/>');
const ARROW_ICON = svg('<path d="M7 10l5 5 5-5"/>');
const MENU_ICONS: Record<string, string> = {
  orders: svg('<rect x="5" y="3" width="14" height="18" rx="2"/><path d="M9 8h6M9 12h6M9 16h4"/>'),
  payment: svg('<rect x="3" y="6" width="18" height="12" rx="2"/><path d="M3 10h18"/>'),
  wish: svg('<path d="M12 20s-7-4.5-7-10a4 4 0 017-2.6A4 4 0 0119 10c0 5.5-7 10-7 10z"/>'),
  coupons: svg('<path d="M3 8h18v3a2 2 0 000 4v3H3v-3a2 2 0 000-4z"/>'),
};

const STYLE = `<style>
.my-account--menuItem--1GDZChA { display: flex; align-items: center; gap: 6px; cursor: pointer; padding: 4px 6px; border-radius: 8px; white-space: nowrap; }
.my-account--menuItem--1GDZChA:focus-visible { outline: 2px solid #191919; }
.my-account--userIcon--3gqmaXd { width: 26px; height: 26px; }
.my-account--text--Cln0LOS { font-size: 13px; line-height: 1.25; }
.my-account--text--Cln0LOS b { display: flex; align-items: center; gap: 2px; }
.my-account--small--1z6YBac { display: block; font-size: 12px; color: #666; }
.my-account--arrow--1Wb6uZ1 { width: 14px; height: 14px; }
.comet-v2-popover { position: absolute; z-index: 1050; }
.comet-v2-popover-arrow { position: absolute; top: -6px; width: 12px; height: 12px; background: #fff; transform: rotate(45deg); }
.comet-v2-popover-body { position: relative; width: 270px; background: #fff; border-radius: 12px; box-shadow: 0 4px 18px rgba(0,0,0,.18); padding: 16px; }
.my-account--signin--RiPQVPB { display: block; width: 100%; height: 40px; border: 0; border-radius: 20px; background: #fd384f; color: #fff; font: inherit; font-weight: 700; cursor: pointer; }
.my-account--register--2QzbV1i { margin: 10px 0 0; text-align: center; font-weight: 600; cursor: pointer; }
.my-account--userInfo--3Fq7Lp2 { display: flex; align-items: center; gap: 10px; }
.my-account--avatar--1Hc8Ttz { width: 36px; height: 36px; }
.my-account--menu--1r2ZfRv { border-top: 1px solid #eee; margin-top: 12px; padding-top: 6px; }
.my-account--menuLink--2kd_uP0 { display: flex; align-items: center; gap: 8px; padding: 8px 0; }
.my-account--menuIcon--3yEw0Nv { width: 18px; height: 18px; }
.my-account--signout--3Nw6Rz1 { display: block; border-top: 1px solid #eee; margin-top: 6px; padding-top: 10px; color: #666; }
</style>`;

function trigger(signedIn: boolean): string {
  const [small, big] = signedIn ? [`Hi, ${BUYER.userName}`, 'Account'] : ['Welcome', 'Sign in / Register'];
  return `<div class="${CURRENT_TRIGGER_CLASS} my-account--newMenuItem--bSu9Hkj" tabindex="0" aria-label="${CURRENT_TRIGGER_LABEL}" aria-expanded="false" role="button">
        <img class="my-account--userIcon--3gqmaXd" src="${USER_ICON}" alt="">
        <div class="my-account--text--Cln0LOS"><span class="my-account--small--1z6YBac">${small}</span><b><span>${big}</span><img class="my-account--arrow--1Wb6uZ1" src="${ARROW_ICON}" alt=""></b></div>
      </div>`;
}

const menuLink = (href: string, icon: string, text: string) =>
  `<a class="my-account--menuLink--2kd_uP0" href="${href}"><img class="my-account--menuIcon--3yEw0Nv" src="${MENU_ICONS[icon]}" alt=""><span>${text}</span></a>`;

const MENU = `<div class="my-account--menu--1r2ZfRv">
              ${menuLink('//www.aliexpress.com/p/order/index.html', 'orders', 'My Orders')}
              ${menuLink('//www.aliexpress.com/p/payment/index.html', 'payment', 'Payment')}
              ${menuLink('//www.aliexpress.com/p/wish-manage/index.html', 'wish', 'Wish List')}
              ${menuLink('//www.aliexpress.com/p/my-coupons/index.html', 'coupons', 'My Coupons')}
            </div>`;

function menu(signedIn: boolean): string {
  const top = signedIn
    ? `<div class="my-account--userInfo--3Fq7Lp2"><img class="my-account--avatar--1Hc8Ttz" src="${USER_ICON}" alt=""><b class="my-account--name--2Vd9Kxe">Hi, ${BUYER.userName}</b></div>`
    : `<div class="my-account--signinWrap--1xJ8Wq3">
              <button class="my-account--signin--RiPQVPB">Sign in</button>
              <p class="my-account--register--2QzbV1i" tabindex="0">Register</p>
            </div>`;
  const bottom = signedIn ? '\n            <a class="my-account--signout--3Nw6Rz1" href="//login.aliexpress.com/xman/xlogout.htm">Sign out</a>' : '';
  return `<div class="my-account--accountWrap--2ZcUvDy" role="dialog">
            ${top}
            ${MENU}${bottom}
          </div>`;
}

/** The popover as the site appends it to <body> on the first hover (kept in a template until then). */
function popover(signedIn: boolean): string {
  return `<template><div class="comet-v2-popover-wrap" style="position: absolute; top: 0px; left: 0px; width: 100%;">
  <div>
    <div class="comet-v2-popover comet-v2-popover-show-arrow" data-popper-placement="bottom" style="position: absolute; inset: 0px auto auto 0px;">
      <div class="comet-v2-popover-arrow" data-popper-arrow=""></div>
      <div class="comet-v2-popover-body">
        <div class="comet-v2-popover-content">
          ${menu(signedIn)}
        </div>
      </div>
    </div>
  </div>
</div></template>`;
}

export function headerCurrentPage(html: string, _url: URL, ctx: VariantContext): string {
  if (!findAccountBlock(html)) return html;
  const signedIn = isSignedIn(ctx);
  const script = scriptTag('variant-header-current.js', {
    'data-sign-in': attribute(signInHref(ctx)),
    'data-register': attribute(registerHref(ctx)),
  });
  return atBodyEnd(atHeadEnd(replaceAccountBlock(html, trigger(signedIn)), STYLE), `${popover(signedIn)}${script}`);
}

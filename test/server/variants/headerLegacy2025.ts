// Variant `header-legacy-2025`: the legacy header as ja.aliexpress.com still served it on
// 2025-07-22 (header-ui 0.0.46; docs/sources.md, "Header: legacy (2016) and legacy 2025";
// test/fixtures/live/legacy-header-2025-*.html). The trigger is
// `span.user-account-port > a[data-role=myaliexpress-link][href="javascript:;"]` "Account";
// the flyout `[data-role=user-account-main]` (display: none until hovered) holds "Welcome back",
// the Join and Sign in links (href "javaScript:;": they open a dialog, not a page) AND the
// Sign Out link, all of them in every state, one block hidden by a <style> rule keyed on the
// header's `signed` / `unsigned` class; quick entries start with My Orders, and there is no
// "My AliExpress". static/variant-header-legacy-2025.js opens the flyout on hover and focus
// and sends Sign in where the old header's link went (or opens `login-modal`'s dialog).
import { BUYER } from '../fixtureData.ts';
import { hashedName } from './hashed.ts';
import { atBodyEnd, atHeadEnd, editStartTags, scriptTag, type VariantContext } from './markup.ts';
import { attribute, findAccountBlock, isSignedIn, registerHref, replaceAccountBlock, signInHref } from './headerAccount.ts';

const STYLE = `<style>
.ng-header.unsigned .account-signed { display: none; }
.ng-header.signed .account-unsigned { display: none; }
.ng-item.ng-account { position: relative; display: inline-block; }
.user-account-port a { display: inline-flex; align-items: center; gap: 4px; font-size: 13px; white-space: nowrap; }
.ng-icon-account::before { content: "\\1F464"; }
.user-account-main { position: absolute; right: 0; top: 100%; width: 260px; background: #fff; z-index: 99; padding: 14px 16px; border-radius: 8px; box-shadow: 0 4px 18px rgba(0,0,0,.18); }
.flyout-welcome-text { margin: 0 0 10px; font-weight: 700; }
.flyout-sign-wrap { display: flex; gap: 8px; }
.flyout-sign-wrap a { flex: 1; text-align: center; padding: 7px 0; border-radius: 16px; border: 1px solid #ccc; font-weight: 600; }
.flyout-sign-wrap .sign-btn { background: #fd384f; border-color: #fd384f; color: #fff; }
.flyout-signout-wrap a { color: #666; }
.flyout-quick-entry { list-style: none; margin: 12px 0 0; padding: 10px 0 0; border-top: 1px solid #eee; }
.flyout-quick-entry li a { display: block; padding: 5px 0; }
</style>`;

function block(signedIn: boolean): string {
  const name = signedIn ? `, ${BUYER.userName}` : '';
  return `<div class="ng-item ng-account" id="nav-user-account" data-role="user-account">
        <div class="user-account-info" data-role="user-account-top">
          <span class="user-account-port"><a rel="nofollow" data-role="myaliexpress-link" href="javascript:;"><i class="ng-icon ng-icon-account"></i><span class="account-name">Account</span></a></span>
        </div>
        <div class="user-account-main" data-role="user-account-main" style="display: none;">
          <div class="flyout-welcome-wrap">
            <p class="flyout-welcome-text">Welcome back<span class="flyout-user-name">${name}</span></p>
            <div class="account-unsigned flyout-sign-wrap">
              <a rel="nofollow" class="join-btn" data-role="join-link" href="javaScript:;">Join</a>
              <a rel="nofollow" class="sign-btn" data-role="sign-link" href="javaScript:;">Sign in</a>
            </div>
            <div class="account-signed flyout-signout-wrap">
              <a rel="nofollow" class="signout-btn" data-role="signout-btn" href="//login.aliexpress.com/xman/xlogout.htm">Sign Out</a>
            </div>
          </div>
          <ul class="flyout-quick-entry">
            <li><a rel="nofollow" href="//www.aliexpress.com/p/order/index.html"><i class="ng-icon ng-icon-order"></i>My Orders</a></li>
            <li><a rel="nofollow" href="//www.aliexpress.com/p/message/index.html"><i class="ng-icon ng-icon-message"></i>Message Center</a></li>
            <li><a rel="nofollow" href="//www.aliexpress.com/p/wish-manage/index.html"><i class="ng-icon ng-icon-wishlist"></i>Wish List</a></li>
            <li><a rel="nofollow" href="//www.aliexpress.com/p/my-coupons/index.html"><i class="ng-icon ng-icon-coupon"></i>My Coupons</a></li>
          </ul>
        </div>
      </div>`;
}

const HEADER = new RegExp(`<header\\b[^>]*\\sid="(?:header|${hashedName('header')})"[^>]*>`);

/** The header element carries the state class the <style> rules key on. */
function markHeader(html: string, signedIn: boolean): string {
  return html.replace(HEADER, (tag) => editStartTags(tag, (_, attributes) => {
    const state = `ng-header ${signedIn ? 'signed' : 'unsigned'}`;
    const classed = attributes.some(([name]) => name === 'class');
    return classed
      ? attributes.map(([name, value]) => [name, name === 'class' ? `${state} ${value}` : value])
      : [['class', state], ...attributes];
  }));
}

export function headerLegacy2025Page(html: string, _url: URL, ctx: VariantContext): string {
  if (!findAccountBlock(html)) return html;
  const signedIn = isSignedIn(ctx);
  const script = scriptTag('variant-header-legacy-2025.js', {
    'data-sign-in': attribute(signInHref(ctx)),
    'data-register': attribute(registerHref(ctx)),
  });
  return atBodyEnd(atHeadEnd(markHeader(replaceAccountBlock(html, block(signedIn)), signedIn), STYLE), script);
}

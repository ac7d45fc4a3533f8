// Variant `login-modal`: on the storefront (www, the language hosts, the regional sites'
// storefronts) "Sign in" opens the sign-in modal in the page instead of going to
// login.aliexpress.com (docs/sources.md, "Sign-in (login host, legacy frame, www modal)";
// test/fixtures/live/login-modal-*.html): `#batman-dialog-wrap`, fixed over the whole window,
// a mask and a centred box, no dialog role. Email step: a `cosmos-input` without id carrying
// the non-standard `label="Email or phone number"` and the same placeholder, and "Continue"
// (`button.cosmos-btn-primary.login-submit`), disabled until the field holds text and has lost
// focus. Password step: `input[type=password]` and "Sign in"; signing in sets the session as
// static/login.js does and reloads the page. static/variant-login-modal.js opens it from the old
// header's Sign in links (by their href), and offers `window.aeLoginDialog.open()` to the
// Sign in controls of `header-current` and `header-legacy-2025`, whose links lead nowhere.
import { LOCALIZED_HOST_ALIASES } from '../localeSite.ts';
import { atBodyEnd, atHeadEnd, scriptTag } from './markup.ts';

const WWW = 'www.aliexpress.com';
export const STOREFRONT_HOSTS = new Set([
  WWW, 'aliexpress.com',
  ...Object.entries(LOCALIZED_HOST_ALIASES).filter(([, site]) => site === WWW).map(([host]) => host),
]);

const STYLE = `<style>
#batman-dialog-wrap { position: fixed; top: 0; left: 0; width: 100%; height: 100%; z-index: 10000; }
.batman-dialog-mask { position: absolute; inset: 0; background: rgba(0, 0, 0, 0.6); }
.batman-dialog-box { position: relative; width: 440px; max-width: calc(100% - 32px); margin: 10vh auto 0; background: #fff; border-radius: 16px; padding: 32px; box-sizing: border-box; }
.batman-dialog-close { position: absolute; top: 12px; right: 16px; font-size: 24px; line-height: 1; cursor: pointer; color: #666; }
.fm-login-wrap { display: grid; gap: 12px; }
.login-title { font-size: 22px; text-align: center; margin: 0; }
.login-subtitle { text-align: center; color: #666; margin: 0; font-size: 13px; }
.cosmos-input-wrapper { display: flex; align-items: center; border: 1px solid #ccc; border-radius: 8px; }
.cosmos-input { flex: 1; height: 46px; border: 0; border-radius: 8px; padding: 0 14px; font: inherit; outline: none; }
.cosmos-input-wrapper:focus-within { border-color: #191919; }
.cosmos-input-suffix { padding: 0 12px; cursor: pointer; color: #999; }
.cosmos-btn { height: 44px; border: 1px solid #ccc; border-radius: 22px; background: #fff; font: inherit; font-weight: 700; cursor: pointer; }
.cosmos-btn-primary { background: #fd384f; border-color: #fd384f; color: #fff; }
.cosmos-btn-block { display: block; width: 100%; }
.cosmos-btn[disabled] { opacity: .45; cursor: not-allowed; }
.login-account-line { display: flex; justify-content: space-between; background: #f5f5f5; border-radius: 8px; padding: 8px 12px; }
.login-account-edit { color: #0066c0; cursor: pointer; }
.login-error { color: #e62e2e; font-size: 13px; margin: 0; }
.login-trouble, .login-forget { color: #0066c0; font-size: 13px; }
.third-party-login { display: flex; gap: 10px; justify-content: center; flex-wrap: wrap; }
.third-party-title { width: 100%; text-align: center; color: #999; margin: 0; font-size: 12px; }
.third-party-btn { width: 44px; padding: 0; }
.login-terms { color: #999; font-size: 12px; margin: 0; }
</style>`;

/** The modal with its email step; the password step replaces the box's form in place. */
const MODAL = `<template><div id="batman-dialog-wrap">
  <div class="batman-dialog-mask"></div>
  <div class="batman-dialog-box">
    <span class="batman-dialog-close">×</span>
    <div class="fm-login-wrap">
      <h3 class="login-title">Sign in / Register</h3>
      <p class="login-subtitle">Registered users can sign in to place orders and track deliveries.</p>
      <div class="fm-field">
        <span class="cosmos-input-wrapper"><input class="cosmos-input cosmos-input-large" type="text" label="Email or phone number" placeholder="Email or phone number" autocomplete="username" value=""></span>
      </div>
      <button class="cosmos-btn cosmos-btn-primary cosmos-btn-large cosmos-btn-block login-submit" type="button" disabled>Continue</button>
      <a class="login-trouble" href="//www.aliexpress.com/p/account-center/find-password.html">Trouble signing in?</a>
      <div class="third-party-login">
        <p class="third-party-title">Or continue with</p>
        <button class="cosmos-btn third-party-btn tp-google" type="button" aria-label="Continue with Google">G</button>
        <button class="cosmos-btn third-party-btn tp-facebook" type="button" aria-label="Continue with Facebook">f</button>
        <button class="cosmos-btn third-party-btn tp-apple" type="button" aria-label="Continue with Apple"></button>
      </div>
      <p class="login-terms">By continuing, you confirm that you are an adult and agree to the AliExpress Free Membership Agreement and Privacy Policy.</p>
    </div>
  </div>
</div></template>`;

const PASSWORD_STEP = `<template>
      <h3 class="login-title">Sign in</h3>
      <div class="login-account-line"><span class="login-account-email"></span><span class="login-account-edit" role="button" tabindex="0">Edit</span></div>
      <div class="fm-field">
        <span class="cosmos-input-wrapper cosmos-input-has-suffix"><input class="cosmos-input cosmos-input-large" type="password" label="Password" placeholder="Password" autocomplete="current-password" value=""><span class="cosmos-input-suffix cosmos-icon-eye-close" role="button" aria-label="Show password">&#128065;</span></span>
      </div>
      <p class="login-error" role="alert" hidden></p>
      <a class="login-forget" href="//www.aliexpress.com/p/account-center/find-password.html">Forgot password?</a>
      <button class="cosmos-btn cosmos-btn-primary cosmos-btn-large cosmos-btn-block login-submit" type="button">Sign in</button>
</template>`;

export function loginModalPage(html: string, url: URL): string {
  if (!STOREFRONT_HOSTS.has(url.hostname) || url.pathname.startsWith('/_____tmd_____/')) return html;
  return atBodyEnd(atHeadEnd(html, STYLE), `${MODAL}${PASSWORD_STEP}${scriptTag('variant-login-modal.js')}`);
}

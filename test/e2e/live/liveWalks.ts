import type { TargetRef, Walk } from '../walks';

/**
 * Both flows through the shapes the live site serves (fixture variants of
 * test/server/variants, sources in docs/sources.md): the current header whose menu exists
 * only on hover, the 2025 legacy header with both sign-in and sign-out links and no My
 * AliExpress, the sign-in modal on www, the 2026 cookie banner, the word view inline, the
 * email check in a passport frame, the final confirmation as a backdrop modal over a
 * lookalike "Delete account", and a settings view reached by pushState.
 */
const trigger: TargetRef = { css: 'header div[role="button"][aria-label*="account"]' };
const inModal = (css: string, text?: string): TargetRef => ({ css: `#batman-dialog-wrap ${css}`, text });
const codeFrame = 'iframe[src*="identity_verify.htm"]';

export const currentShapesDeletion: Walk = {
  name: 'delete through the current header, the www sign-in modal, the inline word view, the code frame and a modal over a lookalike',
  scene: { eg_variant: 'header-current,login-modal,cookie-2026,agree-inline,code-frame,modal-lookalike' },
  start: 'http://www.aliexpress.com/item/1005001234567890.html',
  points: [
    // The walker dismisses the panel's intro after the first point, which moves the pointer off
    // the menu: a person hovers the trigger after that, as here.
    { step: 'sign-in', ring: trigger },
    { step: 'sign-in', ring: trigger, act: { do: 'hover' } },
    { step: 'sign-in', ring: { css: '.comet-v2-popover button', text: 'Sign in' }, act: { do: 'click' } },
    // Enter moves on from the email, as Continue does once the field has lost focus.
    { step: 'sign-in', ring: inModal('input[placeholder="Email or phone number"]'), act: { do: 'type', text: 'priya@example.com\n' } },
    { step: 'sign-in', ring: inModal('input[type="password"]'), act: { do: 'type', text: 'correct horse' } },
    { step: 'sign-in', ring: inModal('button', 'Sign in'), act: { do: 'click' } },
    { step: 'open-account', ring: trigger, act: { do: 'hover' } },
    { step: 'open-account', ring: { css: '.comet-v2-popover a[href="//www.aliexpress.com/p/order/index.html"]' }, act: { do: 'click' } },
    { step: 'open-account', ring: { css: 'nav[aria-label="My account"] a[href="//www.aliexpress.com/p/account/index.html"]' }, act: { do: 'click' } },
    { step: 'account-settings', ring: { css: 'a[href*="/user/account_settings.htm"]' }, act: { do: 'click' } },
    { step: 'edit-profile', ring: { css: 'a', text: 'Edit Member Profile' }, act: { do: 'click' } },
    { step: 'deactivate-link', ring: { css: 'a', text: 'Deactivate Account' }, act: { do: 'click' } },
    { step: 'request-delete', ring: { css: 'button', text: 'Delete my account' }, act: { do: 'click' } },
    { step: 'type-agree', ring: { css: 'main input[placeholder="agree"]' }, act: { do: 'type', text: 'agree' } },
    { step: 'type-agree', ring: { css: 'main button', text: 'Delete' }, act: { do: 'click' } },
    { step: 'verify-email', ring: { frame: codeFrame, css: 'button', text: 'Get code' }, act: { do: 'click' } },
    // The six one-digit boxes are one field: the ring holds them all; typing starts in the first.
    {
      step: 'verify-email',
      ring: { frame: codeFrame, css: ':has(> input.verify-code-input[data-id="0"])' },
      act: { do: 'type', text: '123456', on: { frame: codeFrame, css: 'input.verify-code-input[data-id="0"]' } },
    },
    { step: 'verify-email', ring: { frame: codeFrame, css: 'button', text: 'Verify' }, act: { do: 'click' } },
    { step: 'delete', ring: { css: '[role="dialog"] input[type="checkbox"]' }, act: { do: 'click' } },
    { step: 'delete', ring: { css: '[role="dialog"] button', text: 'Delete account' }, act: { do: 'click' } },
    { step: 'done' },
  ],
};

export const legacyShapesDeactivation: Walk = {
  name: 'deactivate through the 2025 legacy header (both sign-in and sign-out links, no My AliExpress)',
  scene: { eg_era: 'legacy', eg_variant: 'header-legacy-2025,settings-spa' },
  start: 'http://www.aliexpress.com/item/1005001234567890.html',
  points: [
    { step: 'sign-in', ring: { css: '#nav-user-account' } },
    { step: 'sign-in', ring: { css: '#nav-user-account' }, act: { do: 'hover', on: { css: 'a[data-role="myaliexpress-link"]' } } },
    { step: 'sign-in', ring: { css: '.account-unsigned a[data-role="sign-link"]' }, act: { do: 'click' } },
    { step: 'sign-in', ring: { css: 'input[placeholder="Email or phone number"]' }, act: { do: 'type', text: 'priya@example.com' } },
    { step: 'sign-in', ring: { css: 'button', text: 'Continue' }, act: { do: 'click' } },
    { step: 'sign-in', ring: { css: 'input[type="password"]' }, act: { do: 'type', text: 'correct horse' } },
    { step: 'sign-in', ring: { css: 'button', text: 'Sign in' }, act: { do: 'click' } },
    { step: 'open-account', ring: { css: '#nav-user-account' }, act: { do: 'hover', on: { css: 'a[data-role="myaliexpress-link"]' } } },
    { step: 'open-account', ring: { css: '[data-role="user-account-main"] a[href="//www.aliexpress.com/p/order/index.html"]' }, act: { do: 'click' } },
    { step: 'open-account', ring: { css: 'nav[aria-label="My account"] a[href="//www.aliexpress.com/p/account/index.html"]' }, act: { do: 'click' } },
    { step: 'account-settings', ring: { css: 'a[href*="/user/account_settings.htm"]' }, act: { do: 'click' } },
    { step: 'edit-profile', ring: { css: 'a', text: 'Edit Member Profile' }, act: { do: 'click' } },
    { step: 'deactivate-link', ring: { css: 'a', text: 'Deactivate Account' }, act: { do: 'click' } },
    { step: 'confirm-identity', ring: { css: 'input[name="memberId"]' }, act: { do: 'type', text: 'cn1234567890abc' } },
    { step: 'confirm-identity', ring: { css: 'input[name="confirmWords"]' }, act: { do: 'type', text: 'Deactivate my account' } },
    { step: 'choose-reason', ring: { css: 'fieldset' }, act: { do: 'click', on: { css: 'label', text: 'I receive too many emails' } } },
    { step: 'deactivate', ring: { css: 'button', text: 'Deactivate My Account' }, act: { do: 'click' } },
    { step: 'done' },
  ],
};

export const settingsViewDeactivation: Walk = {
  name: 'deactivate from My AliExpress, whose settings open in-page at an address no flow knows (pushState)',
  scene: { eg_era: 'legacy', eg_session: '1', eg_variant: 'settings-spa' },
  start: 'http://home.aliexpress.com/index.htm',
  points: [
    { step: 'account-settings', ring: { css: 'aside a', text: 'Account Settings' }, act: { do: 'click' } },
    { step: 'edit-profile', ring: { css: '[role="button"]', text: 'Edit Member Profile' }, act: { do: 'click' } },
    { step: 'deactivate-link', ring: { css: 'a', text: 'Deactivate Account' }, act: { do: 'click' } },
    { step: 'confirm-identity', ring: { css: 'input[name="memberId"]' }, act: { do: 'type', text: 'cn1234567890abc' } },
  ],
};

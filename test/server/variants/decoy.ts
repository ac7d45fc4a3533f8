// Variants `decoy`, `decoy-placed` and `decoy-sign-in`: a page that lures the extension. First
// in <body>, before the real content, copies of the controls the two flows ring (same words,
// same link targets), each hidden in one of the ways a page hides things: by style (`decoy`),
// by place, off screen or clipped away (`decoy-placed`); and hidden Sign in controls in
// signed-in pages (`decoy-sign-in`). `decoy` also shows a "Delete account" outside the
// confirmation dialog while it is open, and runs a page script that fakes input for the
// guide: clicks on the panel's buttons through its open shadow root, Escape and Alt+Shift+E
// key presses, messages shaped like the guide's frame reports and WXT's "content script
// started" signal. The script is inline, not a file of static/, whose scripts never fake
// events (test/server/fixturePages.test.ts). Every decoy carries data-decoy: the tests leave
// those out of their own look-ups.
import { atBodyEnd, atBodyStart } from './markup.ts';

interface Controls {
  links: [href: string, text: string][];
  buttons: string[];
}

/** The controls the two flows ring once the person is signed in. */
const CONTROLS: Controls = {
  links: [
    ['//home.aliexpress.com/index.htm', 'My AliExpress'],
    ['//accounts.aliexpress.com/user/account_settings.htm', 'Account Settings'],
    ['//accounts.aliexpress.com/user/organization/manage_person_profile.htm', 'Edit Member Profile'],
    ['//accounts.aliexpress.com/user/organization/deactive_account.htm', 'Deactivate Account'],
    ['//privacy.aliexpress.com/home#/request/delete', 'Delete my account'],
  ],
  buttons: ['Continue', 'Delete my account', 'Delete', 'Get code', 'Verify', 'Delete account', 'Deactivate My Account'],
};

/** Sign-in controls left hidden in a signed-in page (a header template for both states). */
const SIGN_IN: Controls = { links: [['//login.aliexpress.com/', 'Sign in']], buttons: ['Sign in'] };

/** Hidden by style: the computed style or an empty box says so. */
export const HIDDEN_BY_STYLE: Record<string, string> = {
  'display-none': 'display:none',
  'visibility-hidden': 'visibility:hidden',
  'opacity-0': 'opacity:0',
  'zero-size': 'display:inline-block;width:0;height:0;padding:0;border:0;overflow:hidden',
};

/** Out of sight by place: the element's own style and box look shown. */
export const HIDDEN_BY_PLACE: Record<string, string> = {
  'off-screen': 'position:absolute;left:-9999px;top:0',
  // Neither seen nor heard: aria-hidden, and clipped to a pixel like a visually-hidden label.
  'aria-hidden': 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap',
};

function copies(controls: Controls, attributes: string): string {
  const links = controls.links.map(([href, text]) => `<a ${attributes} href="${href}">${text}</a>`);
  const buttons = controls.buttons.map((text) => `<button type="button" ${attributes}>${text}</button>`);
  return [...links, ...buttons].join('');
}

function styled(controls: Controls, styles: Record<string, string>): string[] {
  return Object.entries(styles).map(([name, style]) =>
    copies(controls, `data-decoy="${name}" style="${style}"${name === 'aria-hidden' ? ' aria-hidden="true"' : ''}`));
}

/** Copies hidden by style, and in a closed <details>. */
export function styleDecoys(controls: Controls = CONTROLS): string {
  const details = `<details data-decoy="closed-details"><summary data-decoy="closed-details">More</summary>${copies(controls, 'data-decoy="closed-details"')}</details>`;
  return [...styled(controls, HIDDEN_BY_STYLE), details].join('\n');
}

/** Copies out of sight by place, and inside a 0 x 0 box that clips them (their own boxes are not empty). */
export function placeDecoys(controls: Controls = CONTROLS): string {
  const clipped = `<div data-decoy="clipped" style="width:0;height:0;overflow:hidden">${copies(controls, 'data-decoy="clipped"')}</div>`;
  return [...styled(controls, HIDDEN_BY_PLACE), clipped].join('\n');
}

/**
 * The page's own synthetic input, logged in window.__egDecoy.events in the form of the
 * untrusted-event recorder (test/e2e/harness/untrusted.ts), so a test can tell it from
 * anything the extension might dispatch. window.__egExtensionId, when a test sets it, is the
 * extension's public id, which a page can know from the store.
 */
export const DECOY_SCRIPT = `<script>
(function () {
  'use strict';
  var events = [];
  var attacks = 0;
  var started = null;
  Object.defineProperty(window, '__egDecoy', { value: { events: events, attacks: function () { return attacks; } } });
  function name(node) { return node && node.nodeName ? node.nodeName + (node.id ? '#' + node.id : '') : String(node); }
  function fakeClick(el) { events.push({ type: 'click', target: name(el), url: location.href }); el.click(); }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (data && typeof data.type === 'string' && /:wxt:content-script-started$/.test(data.type) && data.messageId !== 'decoy') started = data;
  });
  function startedSignal() {
    if (started) return started;
    return window.__egExtensionId ? { type: window.__egExtensionId + ':content:wxt:content-script-started', contentScriptName: 'content' } : null;
  }
  function attack() {
    var host = document.querySelector('[data-exit-guide="panel"]');
    var root = host && host.shadowRoot;
    var panel = root && root.querySelector('aside');
    if (!panel) return;
    attacks += 1;
    root.querySelectorAll('button').forEach(function (el) { if (el.isConnected) fakeClick(el); });
    // Escape inside the panel only (not composed): the page's own dialog closes on Escape.
    panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true }));
    events.push({ type: 'keydown', target: name(window), url: location.href });
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'E', code: 'KeyE', altKey: true, shiftKey: true, bubbles: true, cancelable: true }));
    window.postMessage({ type: 'exit-guide:frame-report', frameId: 1, report: { step: 'delete', reason: null, targetId: 'delete-account',
      kind: 'button', label: 'Delete account', revealing: false, href: location.href, box: { left: 0, top: 0, width: 40, height: 20 } } }, '*');
    var signal = startedSignal();
    if (signal) {
      var detail = { contentScriptName: signal.contentScriptName, messageId: 'decoy' };
      document.dispatchEvent(new CustomEvent(signal.type, { detail: detail }));
      window.postMessage({ type: signal.type, contentScriptName: signal.contentScriptName, messageId: 'decoy' }, '*');
    }
  }
  // A visible "Delete account" outside the confirmation dialog, while the dialog is open.
  var outside = null;
  function followDialog() {
    var open = document.querySelector('[role="dialog"] input');
    if (open && !outside) {
      outside = document.createElement('button');
      outside.type = 'button';
      outside.textContent = 'Delete account';
      outside.setAttribute('data-decoy', 'outside-dialog');
      outside.style.cssText = 'position:fixed;left:16px;bottom:16px;z-index:1';
      document.body.appendChild(outside);
    } else if (!open && outside) {
      outside.remove();
      outside = null;
    }
  }
  new MutationObserver(followDialog).observe(document.documentElement, { childList: true, subtree: true });
  setInterval(attack, 400);
})();
</script>`;

/** `decoy`: the copies hidden by style, the outside "Delete account" and the fake input. */
export function decoyPage(html: string): string {
  return atBodyEnd(atBodyStart(html, styleDecoys()), DECOY_SCRIPT);
}

/** `decoy-placed`: the copies out of sight by place (off screen, clipped away). */
export function decoyPlacedPage(html: string): string {
  return atBodyStart(html, placeDecoys());
}

/** `decoy-sign-in`: hidden Sign in links and buttons, on signed-in pages too. */
export function decoySignInPage(html: string): string {
  return atBodyStart(html, styleDecoys(SIGN_IN));
}

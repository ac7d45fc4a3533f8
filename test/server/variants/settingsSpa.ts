// Variant `settings-spa`: My AliExpress (home.aliexpress.com) routes "Account Settings" in the
// page. The left menu's link points at the app's own route `/settings/profile` (an address the
// flows do not know); static/variant-settings-spa.js takes the click, swaps the main content for
// the settings view and calls history.pushState (back and forward swap again). The view lists
// "Edit Member Profile", "Change Email Address", "Change Password" and "Email Notifications"
// as `<div role="button" tabindex="0">` with no href: the script sends each to its accounts
// page with location.href (targets in the script, not in the markup). The server answers
// `/settings/profile` too (a reload, a direct visit) with the view already in place
// (test/server/routes.ts). Sources: docs/sources.md, "Deactivation (legacy)" (settings panel
// labels, Account Settings -> Edit Member Profile) and "Hosts and URLs" (Edit Member Profile's
// URL); the route and the view are inferred (test/fixtures/live/settings-pushstate*.html).
import { BUYER } from '../fixtureData.ts';
import { atBodyEnd, atHeadEnd, findElement, scriptTag } from './markup.ts';

export const SETTINGS_PATH = '/settings/profile';
// Under `hashed` the link starts with an icon.
const MENU_LINK = /(<a\b[^>]*\shref=")\/\/accounts\.aliexpress\.com\/user\/account_settings\.htm("[^>]*>(?:<svg\b[^>]*>[\s\S]*?<\/svg>)?Account Settings<\/a>)/;

const STYLE = `<style>
.settings--layout--2Wq8Xz1 { display: grid; grid-template-columns: 220px 1fr; gap: 16px; }
.settings--nav--3hT6Bqm, .settings--content--1Ky7Gvn { background: #fff; border: 1px solid #e5e5e5; padding: 16px; }
.settings--navTitle--2Rb5Mdk { font-size: 16px; margin: 0 0 8px; }
.settings--navItem--1Pc4Tsd { padding: 10px 12px; cursor: pointer; border-radius: 6px; }
.settings--navItem--1Pc4Tsd:hover, .settings--navItem--1Pc4Tsd:focus-visible { background: #fff3e8; color: #f60; }
.settings--heading--2Xn3Rfp { font-size: 16px; margin: 16px 0 8px; }
.settings--heading--2Xn3Rfp:first-child { margin-top: 0; }
.settings--summary--3Ee9Lwq { display: grid; grid-template-columns: 120px 1fr; gap: 6px 12px; margin: 0; }
.settings--summary--3Ee9Lwq dd { margin: 0; }
</style>`;

/** The settings view the app renders into <main> (held in a template until then). */
export const SETTINGS_VIEW = `<div class="settings--layout--2Wq8Xz1">
      <div class="settings--nav--3hT6Bqm">
        <h3 class="settings--navTitle--2Rb5Mdk">Account Settings</h3>
        <div class="settings--navList--3Qm1xWb">
          <div class="settings--navItem--1Pc4Tsd" role="button" tabindex="0">Edit Member Profile</div>
          <div class="settings--navItem--1Pc4Tsd" role="button" tabindex="0">Change Email Address</div>
          <div class="settings--navItem--1Pc4Tsd" role="button" tabindex="0">Change Password</div>
          <div class="settings--navItem--1Pc4Tsd" role="button" tabindex="0">Email Notifications</div>
        </div>
      </div>
      <div class="settings--content--1Ky7Gvn">
        <h2 class="settings--heading--2Xn3Rfp">My Personal Information</h2>
        <dl class="settings--summary--3Ee9Lwq">
          <dt>Name</dt><dd>${BUYER.fullName}</dd>
          <dt>Email</dt><dd>${BUYER.userEmail}</dd>
          <dt>Member ID</dt><dd>${BUYER.memberId}</dd>
        </dl>
        <h2 class="settings--heading--2Xn3Rfp">Security Information Settings</h2>
        <p>Keep your account safe: use a strong password and a current email address.</p>
      </div>
    </div>`;

export function settingsSpaPage(html: string, url: URL): string {
  if (!url.hostname.startsWith('home.') || !MENU_LINK.test(html)) return html;
  let page = html.replace(MENU_LINK, `$1//home.aliexpress.com${SETTINGS_PATH}$2`);
  if (url.pathname === SETTINGS_PATH) {
    // Served at the app's route: the view is in <main> already.
    const main = findElement(page, /<main\b[^>]*>/);
    if (main) {
      const open = page.slice(main.start).match(/^<main\b[^>]*>/)![0];
      page = `${page.slice(0, main.start)}${open}\n    ${SETTINGS_VIEW}\n  </main>${page.slice(main.end)}`;
    }
    page = page.replace(/<title>[^<]*<\/title>/, '<title>Account Settings</title>');
  }
  return atBodyEnd(atHeadEnd(page, STYLE), `<template>${SETTINGS_VIEW}</template>${scriptTag('variant-settings-spa.js')}`);
}

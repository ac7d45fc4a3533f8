import type { Flow, Step } from '@/engine/types';
import { deactivationSteps } from './deactivation';
import { deletionSteps } from './deletion';
import {
  accountMenuTrigger, ACCOUNTS_HOST, ALIEXPRESS, ANY_PAGE, captchaDialog, captchaWidget, COOKIE_OVERLAYS, LOGIN_HOST,
  MY_ALIEXPRESS_HOST, NOT_PRIVACY_HOST, PRIVACY_HOST, SHOP_HOST, signedOutTrigger, signInLink, signOutLink, SITE_MODALS,
} from './signals';
import type { Candidate, TargetSpec } from '@/engine/types';
import type { StepId } from './steps';

const blocked: Step<StepId> = {
  id: 'blocked',
  pages: [
    { reason: 'captcha', url: [{ host: ALIEXPRESS, path: /_____tmd_____\/punish/ }] },
    { reason: 'captcha', url: [ANY_PAGE], all: [{ anyOf: captchaWidget, showing: true }] },
    { reason: 'captcha', url: [{ host: LOGIN_HOST }, { host: PRIVACY_HOST }, { host: ACCOUNTS_HOST }], all: [{ anyOf: captchaDialog, showing: true }] },
    {
      reason: 'open-orders',
      url: [{ host: PRIVACY_HOST }],
      all: [{ anyOf: [{ textIncludes: 'openOrders', within: 'dialog', note: 'refusal pop-up (viatea.es, websparkpk.com)' }], showing: true }],
    },
    {
      reason: 'terminated',
      url: [{ host: LOGIN_HOST }],
      all: [{ anyOf: [{ textIncludes: 'accountTerminated', note: 'login error for closed accounts' }], showing: true }],
    },
  ],
  targets: [],
};

const done: Step<StepId> = {
  id: 'done',
  pages: [
    {
      // The confirmation view itself: its words, with no control of the request left on it
      // (the final warning says "will be deleted within 24 hours" too).
      reason: 'deleted',
      url: [{ host: PRIVACY_HOST }],
      all: [{ anyOf: [{ textIncludes: 'deleteRequested', note: 'confirmation after the final Delete account' }], showing: true }],
      none: [
        {
          anyOf: [
            { role: 'button', name: 'deleteAccount', within: 'dialog', note: 'the final confirmation is still open' },
            { role: 'button', name: 'deleteMyAccount', note: 'the request has not started' },
            { field: 'checkbox', note: 'the final confirmation\'s box' },
            { field: 'code', note: 'the email check' },
          ],
          showing: true,
        },
      ],
    },
    {
      reason: 'deactivated',
      url: [{ host: ACCOUNTS_HOST }],
      all: [{ anyOf: [{ textIncludes: 'accountDeactivated', note: 'legacy success page' }], showing: true }],
    },
  ],
  targets: [],
};

/** A code form that is not a login form: the passport frame's email check (docs/sources.md#email-code-check). */
const codeForm: Candidate[] = [{ field: 'code', note: 'a one-time code field or six one-digit boxes (passport identity_verify.htm)' }];
const passwordField: Candidate[] = [{ field: 'password', note: 'any password field' }];
const loginIdInDialog: Candidate[] = [
  { css: 'input[type="email"], input[autocomplete="username"]', within: 'modal', note: 'sign-in modal on www: the email field' },
  { field: 'text', mentions: 'loginId', within: 'modal', note: 'sign-in modal on www (#batman-dialog-wrap): email field named by placeholder or its label attribute' },
];
const loginButtonInDialog: Candidate[] = [
  { role: 'button', name: 'continue', within: 'modal', note: 'sign-in modal: Continue (disabled until the email field loses focus)' },
  { role: 'button', name: 'signIn', within: 'modal', note: 'sign-in modal: Sign in' },
];
const signInLinkTarget: TargetSpec = { id: 'sign-in-link', kind: 'link', candidates: signInLink, reveal: accountMenuTrigger, revealAbsent: true };

const signIn: Step<StepId> = {
  id: 'sign-in',
  pages: [
    {
      // Current login (email first, then password) and the legacy passport frame. A passport
      // frame that shows a code form and no login field is the email check, not sign-in.
      url: [{ host: LOGIN_HOST }, { host: ALIEXPRESS, path: /\/p\/ug-login-page\// }],
      none: [{ anyOf: codeForm, showing: true }],
    },
    { url: [{ host: LOGIN_HOST }], all: [{ anyOf: [...passwordField, { field: 'text', mentions: 'loginId', note: 'login id field' }], showing: true }] },
    {
      // The sign-in modal that shop pages open over themselves.
      url: [{ host: NOT_PRIVACY_HOST }],
      all: [{ anyOf: [...loginIdInDialog, { ...passwordField[0]!, within: 'modal' }], showing: true }, { anyOf: loginButtonInDialog }],
    },
    {
      // Shop pages keep Sign in in the header's account menu, hidden until hovered, or render
      // it only on hover. Legacy headers carry both Sign in and Sign out, shown by style:
      // what is hidden by fewer layers says the state. The current header says it on its trigger.
      reason: 'signed-out',
      url: [{ host: NOT_PRIVACY_HOST }],
      all: [{ anyOf: [...signInLink, ...signedOutTrigger], rival: signOutLink }],
      targets: [signInLinkTarget],
    },
    {
      // The privacy centre (an app with no sign-out link) shows its own.
      reason: 'signed-out',
      url: [{ host: PRIVACY_HOST }],
      all: [{ anyOf: signInLink, showing: true }],
      none: [{ anyOf: signOutLink, showing: true }],
      targets: [signInLinkTarget],
    },
  ],
  targets: [
    {
      id: 'login-id',
      kind: 'field',
      candidates: [
        { css: 'input[type="email"], input[autocomplete="username"], input[autocomplete="email"]', note: 'typed email field' },
        { field: 'text', mentions: 'loginId', note: 'text field labelled email, phone or member ID' },
        { css: '#fm-login-id', note: 'legacy passport form (2016-2020)' },
      ],
    },
    { id: 'continue', kind: 'button', optional: true, candidates: [{ role: 'button', name: 'continue', note: 'email-first login (2025)' }] },
    {
      id: 'password',
      kind: 'field',
      candidates: [{ field: 'password', note: 'any password field' }],
    },
    {
      id: 'sign-in-button',
      kind: 'button',
      candidates: [
        { role: 'button', name: 'signIn', note: 'the login form button' },
        { css: '#fm-login-submit, .fm-button.fm-submit', note: 'legacy passport form (2016-2020)' },
      ],
    },
  ],
  notices: [{ when: { anyOf: [{ textIncludes: 'wrongPassword', note: 'login error tip' }], showing: true }, say: 'wrong-password' }],
};

const accountLinks: Candidate[] = [
  { href: /\/\/(home|my)\.aliexpress\.[a-z]+(\/(index\.html?)?)?([?#]|$)/i, contains: ['home.aliexpress', 'my.aliexpress'], note: 'My AliExpress on the legacy home./my. host (how-to path), often inside the Account menu' },
  { role: 'link', name: 'myAliExpress', note: 'a link named My AliExpress / My Account' },
  { css: '[data-role="myaliexpress"]', note: 'legacy header 2016-2020' },
  { href: /\/p\/account\/index\.html/i, contains: ['/p/account/'], note: 'current design: the Account link to /p/account/' },
];
const myOrders: Candidate = {
  href: /\/p\/order\/index\.html/i,
  contains: ['/p/order/index'],
  note: 'menus with no My AliExpress (legacy header 2025, current header): My Orders is the way into the account pages',
};
const openAccountTarget = (candidates: Candidate[]): TargetSpec[] => [
  { id: 'my-aliexpress', kind: 'link', reveal: accountMenuTrigger, revealAbsent: true, candidates },
];

const openAccount: Step<StepId> = {
  id: 'open-account',
  pages: [
    { url: [{ host: ALIEXPRESS, path: /^\/(index\.html?)?$/ }] },
    // The orders page itself: onwards through the account menu, not back to My Orders.
    { url: [{ host: SHOP_HOST, path: /^\/p\/order\// }], all: [{ anyOf: accountMenuTrigger, showing: true }], targets: openAccountTarget(accountLinks) },
    // Every shop page (product, search, campaign) carries the account menu in its header.
    { url: [{ host: SHOP_HOST }], all: [{ anyOf: accountMenuTrigger, showing: true }] },
  ],
  targets: openAccountTarget([...accountLinks, myOrders]),
};

const accountSettings: Step<StepId> = {
  id: 'account-settings',
  pages: [{ url: [{ host: MY_ALIEXPRESS_HOST }, { host: ALIEXPRESS, path: /^\/p\/account\/index\.html/ }] }],
  targets: [
    {
      id: 'account-settings',
      kind: 'link',
      candidates: [
        { role: 'link', name: 'accountSettings', note: 'My AliExpress menu: Account Settings' },
        { href: /\/\/accounts\.aliexpress\.[a-z]+\/.*setting/i, contains: ['accounts.aliexpress'], note: 'a link into the accounts host settings (URL inferred)' },
      ],
    },
  ],
};

/** Addresses of the storefront's own pages (facts: /item/, /w/, /wholesale, /category/, /store/). */
const NOT_A_SHOP_PAGE = /^\/(?!$|index\.html?$|item\/|w\/|wholesale|category\/|store\/|_____tmd_____)/i;

/** A settings entry that is a button: not a shop page, so few buttons to name. */
const SETTINGS_CONTROLS = 'button, [role="button"], [role="link"], [role="menuitem"]';

const editProfileControl: Candidate[] = [
  { href: /manage_person_profile\.htm/i, contains: ['manage_person_profile'], note: 'Edit Member Profile, any language (profile-filler scripts 2020)' },
  { role: 'link', name: 'editMemberProfile', note: 'named link, or a button without href (settings views rendered in-page)' },
];

const editProfile: Step<StepId> = {
  id: 'edit-profile',
  pages: [
    // A settings view at any address (reached in-page), told by the control it shows; not the
    // storefront's own pages (home, products, search, categories, stores), which hold none.
    {
      url: [{ host: NOT_PRIVACY_HOST, path: NOT_A_SHOP_PAGE }],
      all: [{ anyOf: [editProfileControl[0]!, { role: 'button', name: 'editMemberProfile', among: SETTINGS_CONTROLS, note: 'settings entry as a button' }], showing: true }],
    },
    {
      url: [{ host: ACCOUNTS_HOST }],
      all: [
        {
          anyOf: [
            { href: /manage_person_profile\.htm/, contains: ['manage_person_profile'], note: 'settings panel link' },
            { role: 'link', name: 'editMemberProfile', note: 'settings panel entry that is a button, not a link' },
          ],
        },
      ],
    },
  ],
  targets: [{ id: 'edit-member-profile', kind: 'link', candidates: editProfileControl }],
};

const deactivateLink: Step<StepId> = {
  id: 'deactivate-link',
  pages: [{ url: [{ host: ACCOUNTS_HOST, path: /manage_person_profile\.htm/i }] }],
  targets: [
    {
      id: 'deactivate-account',
      kind: 'link',
      candidates: [
        { href: /deactive_account\.htm|\/\/privacy\.aliexpress\.[a-z]+\/.*request\/delete/i, contains: ['deactive_account', 'request/delete'], note: 'Deactivate Account (JustDeleteMe #431) or its newer target, the delete request' },
        { role: 'link', name: 'deactivateAccount', note: 'named link or button' },
      ],
    },
  ],
};

/** Detection order: blockers and success first, then later steps before earlier ones on shared hosts. */
export const aliexpressFlow: Flow<StepId> = {
  hosts: ALIEXPRESS,
  modals: SITE_MODALS,
  overlays: COOKIE_OVERLAYS,
  fallback: 'off-path',
  steps: [blocked, done, signIn, ...deletionSteps, ...deactivationSteps, deactivateLink, editProfile, accountSettings, openAccount],
};

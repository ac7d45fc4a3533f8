/**
 * The two flows as a person walks them on the fixture pages: at each point, the step the
 * panel must show, the control the ring must enclose, and what the person then does.
 * Shared by the Chromium and Firefox suites and by the demo, which screenshots each point.
 */
export interface TargetRef {
  /** CSS selector of the control as the test knows it (the extension never sees this). */
  css: string;
  /** Exact visible text, when the selector alone is ambiguous. */
  text?: string;
  /** Selector of the iframe that holds the control. */
  frame?: string;
}

export interface WalkPoint {
  step: string;
  /** The ringed control; absent where the step has none (done). */
  ring?: TargetRef;
  act?: { do: 'click' | 'hover' | 'type'; text?: string; on?: TargetRef };
  /** A name for the screenshot of this point. */
  shot?: string;
}

export interface Walk {
  name: string;
  /** Cookies of the fixture server that set the scene. */
  scene: Record<string, string>;
  start: string;
  points: WalkPoint[];
}

const menuToProfile: WalkPoint[] = [
  { step: 'open-account', ring: { css: '#nav-user-account' }, act: { do: 'hover', on: { css: '[data-role="user-account-top"]' } }, shot: 'open-account-menu' },
  { step: 'open-account', ring: { css: 'a', text: 'My AliExpress' }, act: { do: 'click' }, shot: 'open-account' },
  { step: 'account-settings', ring: { css: 'a', text: 'Account Settings' }, act: { do: 'click' }, shot: 'account-settings' },
  { step: 'edit-profile', ring: { css: 'a', text: 'Edit Member Profile' }, act: { do: 'click' }, shot: 'edit-profile' },
  { step: 'deactivate-link', ring: { css: 'a', text: 'Deactivate Account' }, act: { do: 'click' }, shot: 'deactivate-link' },
];

export const deletionWalk: Walk = {
  name: 'delete',
  scene: {},
  start: 'http://www.aliexpress.com/',
  points: [
    { step: 'sign-in', ring: { css: 'a[data-role="sign-link"]' }, act: { do: 'click' }, shot: 'sign-in-link' },
    { step: 'sign-in', ring: { css: 'input[placeholder="Email or phone number"]' }, act: { do: 'type', text: 'priya@example.com' }, shot: 'sign-in-email' },
    { step: 'sign-in', ring: { css: 'button', text: 'Continue' }, act: { do: 'click' } },
    { step: 'sign-in', ring: { css: 'input[type="password"]' }, act: { do: 'type', text: 'correct horse' } },
    { step: 'sign-in', ring: { css: 'button', text: 'Sign in' }, act: { do: 'click' }, shot: 'sign-in-button' },
    ...menuToProfile,
    { step: 'request-delete', ring: { css: 'button', text: 'Delete my account' }, act: { do: 'click' }, shot: 'request-delete' },
    { step: 'type-agree', ring: { css: '[role="dialog"] input' }, act: { do: 'type', text: 'agree' }, shot: 'type-agree' },
    { step: 'type-agree', ring: { css: '[role="dialog"] button', text: 'Delete' }, act: { do: 'click' }, shot: 'type-agree-delete' },
    { step: 'verify-email', ring: { css: 'button', text: 'Get code' }, act: { do: 'click' }, shot: 'verify-get-code' },
    { step: 'verify-email', ring: { css: '.batman-verify input' }, act: { do: 'type', text: '123456' } },
    { step: 'verify-email', ring: { css: 'button', text: 'Verify' }, act: { do: 'click' }, shot: 'verify-email' },
    { step: 'delete', ring: { css: 'input[type="checkbox"]' }, act: { do: 'click' } },
    { step: 'delete', ring: { css: 'button', text: 'Delete account' }, act: { do: 'click' }, shot: 'delete' },
    { step: 'done', shot: 'done-deleted' },
  ],
};

export const deactivationWalk: Walk = {
  name: 'deactivate',
  scene: { eg_era: 'legacy', eg_login: 'legacy' },
  start: 'http://www.aliexpress.com/',
  points: [
    { step: 'sign-in', ring: { css: 'a[data-role="sign-link"]' }, act: { do: 'click' } },
    { step: 'sign-in', ring: { frame: '#alibaba-login-box', css: '#fm-login-id' }, act: { do: 'type', text: 'cn1234567890abc' }, shot: 'sign-in-frame' },
    { step: 'sign-in', ring: { frame: '#alibaba-login-box', css: '#fm-login-password' }, act: { do: 'type', text: 'correct horse' } },
    { step: 'sign-in', ring: { frame: '#alibaba-login-box', css: '#fm-login-submit' }, act: { do: 'click' } },
    ...menuToProfile.map((point) => ({ ...point, shot: undefined })),
    { step: 'confirm-identity', ring: { css: 'input[name="memberId"]' }, act: { do: 'type', text: 'cn1234567890abc' }, shot: 'confirm-identity' },
    { step: 'confirm-identity', ring: { css: 'input[name="confirmWords"]' }, act: { do: 'type', text: 'Deactivate my account' }, shot: 'confirm-identity-words' },
    { step: 'choose-reason', ring: { css: 'fieldset' }, act: { do: 'click', on: { css: 'label', text: 'I receive too many emails' } }, shot: 'choose-reason' },
    { step: 'deactivate', ring: { css: 'button', text: 'Deactivate My Account' }, act: { do: 'click' }, shot: 'deactivate' },
    { step: 'done', shot: 'done-deactivated' },
  ],
};

/**
 * The same two walks with refs that survive a redesign: controls by tag or role and exact
 * visible text, fields by name, type or placeholder, the sign-in frame by its address, and
 * containers by what they hold (XPath, which Playwright takes as `xpath=`). No id, class or
 * data-role: the page variants of test/server/variants/ rename or drop them.
 */
const pressable = (text: string): TargetRef => ({ css: ':is(a, button, [role="button"], [role="link"])', text });
const signInFrame = 'iframe[src*="mini_login.htm"]';

/** The header's Account menu: the smallest element holding the Account link and My AliExpress. */
export const accountMenuByContent: TargetRef = {
  css: 'xpath=(//a[starts-with(normalize-space(.), "Account")]/ancestor::*[.//*[normalize-space(text()) = "My AliExpress"]])[last()]',
};
const accountLinkByText: TargetRef = { css: 'xpath=//a[starts-with(normalize-space(.), "Account")]' };

/** The nine reasons: the nearest element holding every radio button named reason. */
export const reasonsByContent: TargetRef = {
  css: 'xpath=(//input[@type="radio"][@name="reason"])[1]/ancestor::*[count(.//input[@type="radio"][@name="reason"]) = 9][1]',
};

const menuToProfileByRole: WalkPoint[] = [
  { step: 'open-account', ring: accountMenuByContent, act: { do: 'hover', on: accountLinkByText } },
  { step: 'open-account', ring: pressable('My AliExpress'), act: { do: 'click' } },
  { step: 'account-settings', ring: pressable('Account Settings'), act: { do: 'click' } },
  { step: 'edit-profile', ring: pressable('Edit Member Profile'), act: { do: 'click' } },
  { step: 'deactivate-link', ring: pressable('Deactivate Account'), act: { do: 'click' } },
];

export const deletionWalkByRole: Walk = {
  name: 'delete (refs by role and text)',
  scene: {},
  start: 'http://www.aliexpress.com/',
  points: [
    { step: 'sign-in', ring: pressable('Sign in'), act: { do: 'click' } },
    { step: 'sign-in', ring: { css: 'input[placeholder="Email or phone number"]' }, act: { do: 'type', text: 'priya@example.com' } },
    { step: 'sign-in', ring: pressable('Continue'), act: { do: 'click' } },
    { step: 'sign-in', ring: { css: 'input[type="password"]' }, act: { do: 'type', text: 'correct horse' } },
    { step: 'sign-in', ring: pressable('Sign in'), act: { do: 'click' } },
    ...menuToProfileByRole,
    { step: 'request-delete', ring: pressable('Delete my account'), act: { do: 'click' } },
    { step: 'type-agree', ring: { css: '[role="dialog"] input' }, act: { do: 'type', text: 'agree' } },
    { step: 'type-agree', ring: { css: '[role="dialog"] :is(button, [role="button"])', text: 'Delete' }, act: { do: 'click' } },
    { step: 'verify-email', ring: pressable('Get code'), act: { do: 'click' } },
    { step: 'verify-email', ring: { css: 'input[autocomplete="one-time-code"]' }, act: { do: 'type', text: '123456' } },
    { step: 'verify-email', ring: pressable('Verify'), act: { do: 'click' } },
    { step: 'delete', ring: { css: 'input[type="checkbox"]' }, act: { do: 'click' } },
    { step: 'delete', ring: pressable('Delete account'), act: { do: 'click' } },
    { step: 'done' },
  ],
};

export const deactivationWalkByRole: Walk = {
  name: 'deactivate (refs by role and text)',
  scene: { eg_era: 'legacy', eg_login: 'legacy' },
  start: 'http://www.aliexpress.com/',
  points: [
    { step: 'sign-in', ring: pressable('Sign in'), act: { do: 'click' } },
    { step: 'sign-in', ring: { frame: signInFrame, css: 'input[name="loginId"]' }, act: { do: 'type', text: 'cn1234567890abc' } },
    { step: 'sign-in', ring: { frame: signInFrame, css: 'input[name="password"]' }, act: { do: 'type', text: 'correct horse' } },
    { step: 'sign-in', ring: { frame: signInFrame, ...pressable('Sign In') }, act: { do: 'click' } },
    ...menuToProfileByRole,
    { step: 'confirm-identity', ring: { css: 'input[name="memberId"]' }, act: { do: 'type', text: 'cn1234567890abc' } },
    { step: 'confirm-identity', ring: { css: 'input[name="confirmWords"]' }, act: { do: 'type', text: 'Deactivate my account' } },
    { step: 'choose-reason', ring: reasonsByContent, act: { do: 'click', on: { css: 'label', text: 'I receive too many emails' } } },
    { step: 'deactivate', ring: pressable('Deactivate My Account'), act: { do: 'click' } },
    { step: 'done' },
  ],
};

/** A walk under the fixture server's page variants (cookie eg_variant, test/server/variants/). */
export function underVariants(flow: Walk, variants: string[]): Walk {
  return { ...flow, name: `${flow.name} [${variants.join(',')}]`, scene: { ...flow.scene, eg_variant: variants.join(',') } };
}

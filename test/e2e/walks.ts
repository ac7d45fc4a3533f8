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

import type { StepId } from './steps';
import { ALIEXPRESS, LOGIN_HOST } from './signals';

/**
 * The frames AliExpress really shows inside its pages, and what each can tell the page's
 * panel (docs/sources.md: sign-in, email-code check, captcha): the legacy sign-in box and the
 * email check on the login and passport hosts, the slider captcha's punish page. Any other
 * frame, even on an AliExpress subdomain, reports nothing.
 */
export const FRAME_SOURCES: readonly { host: RegExp; path?: RegExp; steps: readonly StepId[] }[] = [
  { host: LOGIN_HOST, steps: ['sign-in', 'verify-email', 'blocked'] },
  { host: ALIEXPRESS, path: /\/_____tmd_____\/punish/, steps: ['blocked'] },
];

/** What a frame's report may say it is blocked by. */
export const FRAME_BLOCKERS: readonly string[] = ['captcha'];

import type { Candidate, Step } from '@/engine/types';
import { LOGIN_HOST, PRIVACY_HOST } from './signals';
import type { StepId } from './steps';

/**
 * Deletion, 2021 on: privacy.aliexpress.com/home#/request/delete (JustDeleteMe sites.json),
 * a single-page app: every view below is told apart by what shows, not by a reload.
 */
const privacy = [{ host: PRIVACY_HOST }];

const deleteMyAccount: Candidate[] = [
  { role: 'button', name: 'deleteMyAccount', note: 'red Delete my account button (JustDeleteMe)' },
  { href: /#\/request\/delete\/?$/, contains: ['request/delete'], note: 'privacy centre home: the card that opens the delete request' },
  {
    textIncludes: 'deleteMyAccount',
    selector: 'a[href], button, [role="button"], [role="link"]',
    note: 'privacy centre home: a card (title and description) that is a button, not a link',
  },
];
/** Inline on the page or in a pop-up: no source says which (docs/sources.md#deletion-privacy-centre). */
const agreeField: Candidate[] = [
  { field: 'text', mentions: 'agreeWord', note: 'text box asking for the word agree, in a dialog or inline (JustDeleteMe)' },
  { field: 'text', mentions: 'confirmWord', within: 'dialog', note: 'a dialog asking for another word ("delete" on the Alibaba twin, JustDeleteMe)' },
];
const codeField: Candidate[] = [
  { field: 'code', mentions: 'codeWord', note: 'one-time code field (inputmode numeric, maxlength 6)' },
  { field: 'code', note: 'unlabelled one-time code field' },
  { css: '.batman-verify input', note: 'Alibaba verify widget (div.batman-verify > input)' },
];
const getCode: Candidate[] = [
  { role: 'button', name: 'getCode', note: 'Get code (third-party how-tos 2023-2025)' },
  { css: '.batman-verify-resend', note: 'Alibaba verify widget\'s send/resend button, any language (facts: DOM hints)' },
];
const deleteAccount: Candidate[] = [{ role: 'button', name: 'deleteAccount', note: 'final Delete account button' }];

const typeAgree: Step<StepId> = {
  id: 'type-agree',
  pages: [{ url: privacy, all: [{ anyOf: agreeField, showing: true }] }],
  targets: [
    { id: 'agree-field', kind: 'field', expect: 'agreeWord', candidates: agreeField },
    {
      id: 'delete-button',
      kind: 'button',
      candidates: [
        { role: 'button', name: 'deleteButton', within: 'dialog', note: 'Delete in the confirmation dialog' },
        { role: 'button', name: 'deleteButton', note: 'Delete beside the inline text box' },
        { primaryButton: true, within: 'dialog', note: 'the dialog\'s one danger button, any language' },
        { primaryButton: true, within: 'form', note: 'the inline view\'s danger button, any language' },
      ],
    },
  ],
};

const verifyEmail: Step<StepId> = {
  id: 'verify-email',
  pages: [
    { url: privacy, all: [{ anyOf: [...codeField, ...getCode], showing: true }] },
    // The email check in a frame on the passport host (identity_verify.htm): six one-digit boxes.
    { url: [{ host: LOGIN_HOST }], all: [{ anyOf: codeField, showing: true }], none: [{ anyOf: [{ field: 'password', note: 'a login form' }], showing: true }] },
  ],
  targets: [
    { id: 'get-code', kind: 'button', optional: true, candidates: getCode },
    { id: 'code-field', kind: 'field', candidates: codeField },
    {
      id: 'verify-button',
      kind: 'button',
      candidates: [
        { role: 'button', name: 'verify', note: 'Verify after the code' },
        { primaryButton: true, within: 'form', note: 'the form\'s primary button, any language' },
      ],
    },
  ],
  notices: [{ when: { anyOf: [{ textIncludes: 'wrongCode', note: 'error tip (.fm-error-tip)' }], showing: true }, say: 'wrong-code' }],
};

/** The final box: "Yes, I want to permanently close my AliExpress account and delete my data". */
const permanentBox: Candidate[] = [{ field: 'checkbox', mentions: 'permanentDelete', note: '"Yes, I want to permanently close..." (app, how-tos)' }];

/**
 * The final confirmation is told by its own shape, a Delete account in a dialog or beside the
 * permanent box, never by the words alone: a banner's "Delete account" elsewhere is no step.
 */
const finalDelete: Step<StepId> = {
  id: 'delete',
  pages: [
    { url: privacy, all: [{ anyOf: [{ ...deleteAccount[0]!, within: 'dialog' }], showing: true }], none: [{ anyOf: deleteMyAccount, showing: true }] },
    { url: privacy, all: [{ anyOf: deleteAccount, showing: true }, { anyOf: permanentBox }], none: [{ anyOf: deleteMyAccount, showing: true }] },
  ],
  targets: [
    {
      id: 'permanent-checkbox',
      kind: 'choice',
      optional: true,
      candidates: permanentBox,
    },
    { id: 'delete-account', kind: 'button', candidates: deleteAccount },
  ],
};

const requestDelete: Step<StepId> = {
  id: 'request-delete',
  pages: [
    { url: privacy, all: [{ anyOf: deleteMyAccount, showing: true }] },
    // The route itself, while the app is still rendering.
    { url: [{ host: PRIVACY_HOST, hash: /^#\/request\/delete\/?$/ }] },
  ],
  targets: [{ id: 'delete-my-account', kind: 'button', candidates: deleteMyAccount }],
};

export const deletionSteps = [typeAgree, verifyEmail, finalDelete, requestDelete];

import type { Step } from '@/engine/types';
import { ACCOUNTS_HOST } from './signals';
import type { StepId } from './steps';

/**
 * Legacy deactivation (about 2014-2020): accounts.aliexpress.com/user/organization/
 * deactive_account.htm (JustDeleteMe #431). One form: who you are, the typed words, a reason,
 * the orange button. The three steps share the page and follow from what is filled in.
 */
const form = [{ host: ACCOUNTS_HOST, path: /deactiv/i }];

const wrongWords = { when: { anyOf: [{ textIncludes: 'wrongWords', note: 'form error after submit' }], showing: true }, say: 'wrong-words' };
const reasonRequired = { when: { anyOf: [{ textIncludes: 'reasonRequired', note: 'form error after submit' }], showing: true }, say: 'reason-required' };

const confirmIdentity: Step<StepId> = {
  id: 'confirm-identity',
  pages: [{ url: form, all: [{ anyOf: [{ field: 'text', within: 'form', note: 'the form has text fields' }] }] }],
  targets: [
    {
      id: 'member-id',
      kind: 'field',
      candidates: [
        { field: 'text', mentions: 'memberIdOrEmail', note: 'field labelled member ID or email' },
        { field: 'text', nth: 0, within: 'form', note: 'structure: the first text field of the form' },
      ],
    },
    {
      id: 'deactivate-words',
      kind: 'field',
      expect: 'deactivateWords',
      candidates: [
        { field: 'text', mentions: 'deactivateWords', note: 'field whose instruction quotes the words' },
        { field: 'text', nth: 1, within: 'form', note: 'structure: the second text field of the form' },
      ],
    },
  ],
  notices: [wrongWords],
};

const chooseReason: Step<StepId> = {
  id: 'choose-reason',
  pages: [{ url: form, all: [{ anyOf: [{ radioGroup: true, note: 'the reasons' }] }] }],
  targets: [{ id: 'reason', kind: 'choice', candidates: [{ radioGroup: true, note: 'the nine reasons (how-to), as one group' }] }],
  notices: [reasonRequired],
};

const deactivate: Step<StepId> = {
  id: 'deactivate',
  pages: [{ url: form, all: [{ anyOf: [{ radioGroup: true, note: 'the reasons' }] }] }],
  targets: [
    {
      id: 'deactivate-button',
      kind: 'button',
      candidates: [
        { role: 'button', name: 'deactivateMyAccount', note: 'orange Deactivate My Account (how-to); Confirm (help page)' },
        { primaryButton: true, within: 'form', note: 'the form\'s submit button, any language' },
      ],
    },
  ],
};

export const deactivationSteps = [confirmIdentity, chooseReason, deactivate];

import { act, cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PanelRoot } from '@/components/PanelRoot';
import { PopupRoot } from '@/components/popup/PopupRoot';
import { WelcomeRoot } from '@/components/welcome/WelcomeRoot';
import { PATHS, STEP_IDS } from '@/flows/steps';
import { calloutText } from '@/guide/callout';
import { createViewStore, INITIAL_VIEW, type GuideView } from '@/guide/view';
import { catalogs, translator, type Messages } from '@/i18n';
import { extensionCatalogs } from '@/i18n/extensionPages';
import extensionEn, { type ExtensionPageMessages } from '@/i18n/extensionPages/en';
import en from '@/i18n/locales/en';
import { createProgressStore } from '@/store/progress';
import type { Progress } from '@/store/progressItem';

/**
 * A locale in which every message is ⟦its key⟧ (placeholders kept, so data still shows
 * inside the brackets). Rendered in it, any visible text outside brackets was written into
 * a component instead of coming from the messages.
 */
const FAKE = 'xx';
const wrapAll = (messages: Record<string, string>) =>
  Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, `⟦${key}${(text.match(/\{\w+\}/g) ?? []).join('')}⟧`]));
catalogs[FAKE] = wrapAll(en) as Messages;
extensionCatalogs[FAKE] = wrapAll(extensionEn) as ExtensionPageMessages;
afterAll(() => {
  delete catalogs[FAKE];
  delete extensionCatalogs[FAKE];
});
afterEach(cleanup);

const WORD = 'agree';
/** Data, not wording: the word to type, and each language's own name in the language menu. */
const DATA = new Set([WORD, ...Object.entries(extensionCatalogs).filter(([code]) => code !== FAKE).map(([, c]) => c['locale.name'])]);
const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext', 'aria-roledescription'];

const isWrapped = (text: string) => /^⟦[^⟦]*⟧$/su.test(text);
/** Numbers, punctuation and symbols (step numbers, ✓, ›) carry no wording. */
const isMarks = (text: string) => /^[\p{N}\p{P}\p{S}\s]*$/u.test(text);

function literalTexts(root: Element): string[] {
  const found: string[] = [];
  const check = (text: string | null, where: string) => {
    const trimmed = (text ?? '').trim();
    if (trimmed && !isWrapped(trimmed) && !isMarks(trimmed) && !DATA.has(trimmed)) found.push(`${where}: ${trimmed}`);
  };
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) check(node.nodeValue, `<${node.parentElement?.localName}>`);
  for (const element of root.querySelectorAll('*')) {
    for (const name of ATTRIBUTES) if (element.hasAttribute(name)) check(element.getAttribute(name), `[${name}]`);
  }
  return found;
}

function expectOnlyMessages(ui: ReactElement) {
  const { container } = render(ui);
  expect(literalTexts(container)).toEqual([]);
  cleanup();
}

function panel(view: Partial<GuideView>, progress: Partial<Progress & { cleared: boolean; wasReset: boolean }> = {}) {
  const progressStore = createProgressStore();
  progressStore.setState({ locale: FAKE, introSeen: true, ...progress });
  const viewStore = createViewStore();
  viewStore.setState({ ...INITIAL_VIEW, ...view });
  return <PanelRoot view={viewStore} progress={progressStore} languages={['en']} pageUrl={() => 'https://privacy.aliexpress.com/home'} makeReport={() => '{}'} />;
}

function popup(progress: Partial<Progress>) {
  const store = createProgressStore();
  store.setState({ locale: FAKE, ...progress });
  return <PopupRoot progress={store} languages={['en']} />;
}

const target = (kind: 'field' | 'choice' | 'button' | 'link', extra: Partial<NonNullable<GuideView['target']>> = {}) =>
  ({ id: 'x', kind, label: 'Delete my account', revealing: false, inFrame: false, ...extra });

describe('every visible string comes from the messages', () => {
  it('the check itself catches a literal string, in text and in attributes', () => {
    const { container } = render(<p title="Close">⟦ok⟧ <b>Hello</b> 3 ✓</p>);
    expect(literalTexts(container)).toEqual(['<b>: Hello', '[title]: Close']);
  });

  it.each([...new Set([...PATHS.delete, ...PATHS.deactivate])])('panel at %s: ringed, waiting and missing', (step) => {
    expectOnlyMessages(panel({ step, status: 'ringed', target: target('button') }));
    expectOnlyMessages(panel({ step, status: 'waiting' }));
    expectOnlyMessages(panel({ step, status: 'missing' }, { goal: 'delete' }));
  });

  it('panel: word to type, frames, reveal menus, choices, notices, intro, folded', () => {
    const notices = Object.keys(en).filter((key) => key.startsWith('notice.')).map((key) => key.slice('notice.'.length));
    for (const state of ['empty', 'match', 'mismatch'] as const) {
      expectOnlyMessages(panel({ step: 'type-agree', status: 'ringed', target: target('field'), word: { word: WORD, state } }));
    }
    expectOnlyMessages(panel({ step: 'sign-in', status: 'ringed', target: target('field', { inFrame: true }) }, { introSeen: false }));
    expectOnlyMessages(panel({ step: 'open-account', status: 'ringed', target: target('link', { revealing: true }) }));
    expectOnlyMessages(panel({ step: 'choose-reason', status: 'ringed', target: target('choice'), notices }, { goal: 'delete' }));
    expectOnlyMessages(panel({ step: 'delete', status: 'ringed', target: target('button') }, { collapsed: true }));
    expectOnlyMessages(panel({ step: 'off-path' }, { collapsed: true }));
    expectOnlyMessages(panel({ step: 'sign-in', status: 'waiting' }, { wasReset: true }));
  });

  it('panel: blocked, off the path, done', () => {
    for (const reason of ['captcha', 'open-orders', 'terminated']) expectOnlyMessages(panel({ step: 'blocked', reason }));
    for (const goal of ['delete', 'deactivate'] as const) expectOnlyMessages(panel({ step: 'off-path' }, { goal }));
    for (const reason of ['deleted', 'deactivated']) expectOnlyMessages(panel({ step: 'done', reason }));
    expectOnlyMessages(panel({ step: 'done', reason: 'deleted' }, { cleared: true }));
  });

  it('ring callouts', () => {
    const t = translator(FAKE);
    for (const kind of ['field', 'choice', 'button', 'link'] as const) {
      for (const revealing of [false, true]) {
        for (const word of [null, WORD]) expect(isWrapped(calloutText(t, target(kind, { revealing }), word))).toBe(true);
      }
    }
  });

  it('popup: not started, on the way at every step, done, switched off', () => {
    expectOnlyMessages(popup({}));
    for (const lastStep of STEP_IDS) expectOnlyMessages(popup({ lastStep }));
    expectOnlyMessages(popup({ active: false, lastStep: 'sign-in', goal: 'deactivate' }));
  });

  it('first-run page', () => {
    const store = createProgressStore();
    act(() => store.setState({ locale: FAKE }));
    expectOnlyMessages(<WelcomeRoot progress={store} languages={['en']} />);
  });
});

import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WelcomeRoot } from '@/components/welcome/WelcomeRoot';
import { extensionTranslator as translator } from '@/i18n/extensionPages';
import { catalogs, isRtl, type MessageKey } from '@/i18n';
import { createProgressStore } from '@/store/progress';

afterEach(cleanup);

function renderWelcome(locale: string | null, languages: readonly string[] = ['en']) {
  const store = createProgressStore();
  store.setState({ locale });
  render(<WelcomeRoot progress={store} languages={languages} />);
  return { store, root: () => screen.getByTestId('exit-guide-welcome') };
}

const section = (name: string) => screen.getByRole('region', { name });
const items = (element: HTMLElement) => within(element).getAllByRole('listitem').map((li) => li.textContent);

describe.each(Object.keys(catalogs))('first-run page in %s', (locale) => {
  const t = translator(locale);
  const all = (...keys: MessageKey[]) => keys.map((key) => t(key));

  it('says what Exit Guide does and never does, in this language and direction', () => {
    const { root } = renderWelcome(null, [locale]);
    expect(root().lang).toBe(locale);
    expect(root().dir).toBe(isRtl(locale) ? 'rtl' : 'ltr');
    expect(document.title).toBe(t('welcome.title'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(t('welcome.title'));
    expect(items(section(t('welcome.doesTitle')))).toEqual(all('welcome.does.panel', 'welcome.does.ring', 'welcome.does.follow'));
    expect(items(section(t('welcome.neverTitle')))).toEqual(all('welcome.never.press', 'welcome.never.send', 'welcome.never.store'));
  });

  it('lists what to settle before deleting, as boxes to tick', () => {
    renderWelcome(locale);
    const checklist = section(t('welcome.checklistTitle'));
    expect(items(checklist)).toEqual(all('welcome.check.orders', 'welcome.check.disputes', 'welcome.check.refunds', 'welcome.check.coins', 'welcome.check.history'));
    expect(within(checklist).getAllByRole('checkbox')).toHaveLength(5);
  });

  it('has the privacy section the popup links to, and a button-link to AliExpress', () => {
    renderWelcome(locale);
    const privacy = section(t('welcome.privacyTitle'));
    expect(privacy.id).toBe('privacy');
    expect(privacy.textContent).toContain(t('welcome.privacy.kept'));
    expect(privacy.textContent).toContain(t('welcome.privacy.permissions'));
    expect(screen.getByRole('link', { name: t('welcome.start') }).getAttribute('href')).toBe('https://www.aliexpress.com/');
  });
});

describe('first-run page', () => {
  it('follows the language chosen in the popup, even while open', () => {
    const { store, root } = renderWelcome(null, ['en-GB']);
    expect(root().lang).toBe('en');
    act(() => store.getState().setLocale('ar'));
    expect(root().lang).toBe('ar');
    expect(root().dir).toBe('rtl');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(translator('ar')('welcome.title'));
  });

  it('keeps nothing the person ticks', () => {
    const { store } = renderWelcome(null);
    const before = JSON.stringify(store.getState());
    fireEvent.click(screen.getAllByRole('checkbox')[0]!);
    expect(JSON.stringify(store.getState())).toBe(before);
  });
});

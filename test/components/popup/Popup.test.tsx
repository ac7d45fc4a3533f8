import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupRoot } from '@/components/popup/PopupRoot';
import { extensionCatalogs, extensionTranslator as translator } from '@/i18n/extensionPages';
import { catalogs, isRtl } from '@/i18n';
import { createProgressStore } from '@/store/progress';
import type { Progress } from '@/store/progressItem';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const LOCALES = Object.keys(catalogs);

function renderPopup(progress: Partial<Progress>, languages: readonly string[] = ['en-US']) {
  const store = createProgressStore();
  store.setState(progress);
  const view = render(<PopupRoot progress={store} languages={languages} />);
  return { store, root: () => screen.getByTestId('exit-guide-popup'), container: view.container };
}

const button = (name: string) => screen.getByRole('button', { name });
const queryButton = (name: string) => screen.queryByRole('button', { name });

describe.each(LOCALES)('popup in %s', (locale) => {
  const t = translator(locale);

  it('shows the step and progress in the language chosen, laid out in its direction', () => {
    const { root } = renderPopup({ locale, lastStep: 'edit-profile' });
    expect(root().lang).toBe(locale);
    expect(root().dir).toBe(isRtl(locale) ? 'rtl' : 'ltr');
    expect(document.documentElement.dir).toBe(isRtl(locale) ? 'rtl' : 'ltr');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(t('app.name'));
    expect(screen.getByTestId('popup-progress').textContent).toBe(t('panel.progress', { current: 4, total: 9 }));
    expect(screen.getByRole('heading', { name: t('step.edit-profile.title') })).toBeTruthy();
    expect(button(t('popup.resume'))).toBeTruthy();
    expect(button(t('popup.restart'))).toBeTruthy();
    expect(button(t('popup.openNext'))).toBeTruthy();
    // By id: French no-break spaces would not survive getByText's whitespace normalising.
    expect(document.getElementById('eg-goal-difference')!.textContent).toBe(t('popup.goalDifference'));
    expect(screen.getByRole('link', { name: t('popup.privacy') }).getAttribute('href')).toBe('chrome-extension://test-extension-id/welcome.html#privacy');
  });

  it('follows the browser language when nothing is chosen', () => {
    renderPopup({ locale: null }, [`${locale}-XX`, 'en']);
    expect(screen.getByRole('heading', { name: t('popup.notStarted') })).toBeTruthy();
    expect(button(t('popup.start'))).toBeTruthy();
    expect(queryButton(t('popup.restart'))).toBeNull();
    expect((screen.getByRole('combobox', { name: t('popup.language') }) as HTMLSelectElement).value).toBe('');
  });

  it('offers the goals with Delete recommended, and a change writes the store', () => {
    const { store, container } = renderPopup({ locale, goal: 'delete' });
    expect(screen.getByRole('group', { name: t('popup.goal') })).toBeTruthy();
    const radio = (goal: string) => container.querySelector<HTMLInputElement>(`input[type="radio"][value="${goal}"]`)!;
    expect(radio('delete').checked).toBe(true);
    expect(radio('delete').closest('label')!.textContent).toBe(t('goal.delete') + t('popup.recommended'));
    expect(radio('deactivate').closest('label')!.textContent).toBe(t('goal.deactivate'));
    fireEvent.click(radio('deactivate'));
    expect(store.getState().goal).toBe('deactivate');
  });

  it('says when it is done, and offers only Restart', () => {
    renderPopup({ locale, lastStep: 'done' });
    expect(screen.getByRole('heading', { name: t('done.title') })).toBeTruthy();
    expect(queryButton(t('popup.start'))).toBeNull();
    expect(queryButton(t('popup.resume'))).toBeNull();
    expect(queryButton(t('popup.openNext'))).toBeNull();
    expect(button(t('popup.restart'))).toBeTruthy();
  });

  it('names every language in itself and writes the choice to the store', () => {
    const { store } = renderPopup({ locale });
    const select = screen.getByRole('combobox', { name: t('popup.language') }) as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual([t('popup.browserLanguage'), ...LOCALES.map((code) => extensionCatalogs[code]!['locale.name'])]);
    const other = locale === 'hi' ? 'ar' : 'hi';
    fireEvent.change(select, { target: { value: other } });
    expect(store.getState().locale).toBe(other);
    fireEvent.change(select, { target: { value: '' } });
    expect(store.getState().locale).toBeNull();
  });
});

describe('popup actions', () => {
  it('Start switches the guide on, unfolds the panel and opens the page to go on from', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const { store } = renderPopup({ active: false, collapsed: true, lastStep: 'open-account' });
    expect(screen.getByText('The guide is switched off: AliExpress pages show no panel.')).toBeTruthy();
    await act(async () => fireEvent.click(button('Start')));
    expect(store.getState()).toMatchObject({ active: true, collapsed: false, lastStep: 'open-account' });
    expect(create).toHaveBeenCalledWith({ url: 'https://www.aliexpress.com/p/account/index.html' });
    expect(button('Resume')).toBeTruthy();
  });

  it('Start on a fresh install opens the sign-in page', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    renderPopup({});
    await act(async () => fireEvent.click(button('Start')));
    expect(create).toHaveBeenCalledWith({ url: 'https://login.aliexpress.com/' });
  });

  it('Resume unfolds a folded panel and keeps the progress, without another tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const { store } = renderPopup({ collapsed: true, lastStep: 'type-agree' });
    await act(async () => fireEvent.click(button('Resume')));
    expect(store.getState()).toMatchObject({ collapsed: false, lastStep: 'type-agree' });
    expect(create).not.toHaveBeenCalled();
  });

  it('Restart forgets the steps but keeps the goal and the language', () => {
    const { store } = renderPopup({ goal: 'deactivate', locale: 'en', lastStep: 'choose-reason', startedAt: 1, seen: { 'choose-reason': 1 }, collapsed: true });
    expect(screen.getByTestId('popup-progress').textContent).toBe('Step 7 of 8');
    fireEvent.click(button('Restart'));
    expect(store.getState()).toMatchObject({ goal: 'deactivate', locale: 'en', lastStep: null, seen: {}, startedAt: null, collapsed: false, active: true });
    expect(button('Start')).toBeTruthy();
  });

  it('"Open the next page" opens the page after the last step, for the goal, in a new tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const { store } = renderPopup({ lastStep: 'deactivate-link' });
    await act(async () => fireEvent.click(button('Open the next page')));
    expect(create).toHaveBeenLastCalledWith({ url: 'https://privacy.aliexpress.com/home#/request/delete' });
    act(() => store.getState().setGoal('deactivate'));
    await act(async () => fireEvent.click(button('Open the next page')));
    expect(create).toHaveBeenLastCalledWith({ url: 'https://accounts.aliexpress.com/user/organization/manage_person_profile.htm' });
  });

  it('opens the privacy section in a tab rather than inside the popup', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    renderPopup({});
    await act(async () => fireEvent.click(screen.getByRole('link', { name: 'Privacy: what Exit Guide keeps' })));
    expect(create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/welcome.html#privacy' });
  });

  it('follows a change written by another tab', async () => {
    const { store } = renderPopup({ lastStep: 'sign-in' });
    expect(screen.getByTestId('popup-progress').textContent).toBe('Step 1 of 9');
    act(() => store.setState({ lastStep: 'verify-email' }));
    expect(screen.getByTestId('popup-progress').textContent).toBe('Step 8 of 9');
  });
});

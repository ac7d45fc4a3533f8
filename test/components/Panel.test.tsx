import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TranslateProvider } from '@/components/i18n';
import { Panel } from '@/components/Panel';
import { translator } from '@/i18n';
import { INITIAL_VIEW, type GuideView } from '@/guide/view';
import { createProgressStore } from '@/store/progress';

afterEach(cleanup);

function renderPanel(view: Partial<GuideView>, progress: Record<string, unknown> = { introSeen: true }, makeReport?: () => string) {
  const store = createProgressStore();
  store.setState(progress);
  const ui = () => (
    <TranslateProvider value={translator('en')}>
      <Panel view={{ ...INITIAL_VIEW, ...view }} progress={store.getState()} pageUrl="http://privacy.aliexpress.com/home#/" locale="en" rtl={false} makeReport={makeReport} />
    </TranslateProvider>
  );
  const result = render(ui());
  return { store, rerender: () => result.rerender(ui()), panel: () => screen.getByTestId('exit-guide-panel') };
}

const ringed = (id: string, label: string, kind: 'button' | 'field' = 'button') =>
  ({ status: 'ringed', target: { id, kind, label, revealing: false, inFrame: false } }) as const;

describe('Panel', () => {
  it('names the current step in data-step and counts it on the path of the goal', () => {
    const { panel } = renderPanel({ step: 'request-delete', ...ringed('delete-my-account', 'Delete my account') });
    expect(panel().dataset.step).toBe('request-delete');
    expect(panel().textContent).toContain('Step 6 of 9');
    expect(screen.getByText('Press “Delete my account”')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Your steps' }).querySelector('[aria-current="step"]')?.textContent).toContain('Ask to delete the account');
  });

  it('follows the deactivation path when the page is the legacy form, and says it only hides the account', () => {
    const { panel } = renderPanel({ step: 'choose-reason', status: 'ringed', target: { id: 'reason', kind: 'choice', label: '', revealing: false, inFrame: false } });
    expect(panel().textContent).toContain('Step 7 of 8');
    expect(panel().textContent).toContain('only deactivates');
  });

  it('offers the word to type with a copy button and a live check', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPanel({ step: 'type-agree', ...ringed('agree-field', 'agree', 'field'), word: { word: 'agree', state: 'mismatch' } });
    expect(screen.getByRole('status').textContent).toContain('Does not match yet');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy' })));
    expect(writeText).toHaveBeenCalledWith('agree');
    expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy();
  });

  it('says what to look for, and offers the direct link, when the control is missing', () => {
    renderPanel({ step: 'request-delete', status: 'missing' });
    expect(screen.getByText('Exit Guide cannot find it on this page.')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Open the page directly' }) as HTMLAnchorElement;
    expect(link.href).toBe('http://privacy.aliexpress.com/home#/request/delete');
  });

  it('explains the open-orders refusal with a link to My Orders', () => {
    renderPanel({ step: 'blocked', reason: 'open-orders' });
    expect(screen.getByText(/will not delete an account while an order/)).toBeTruthy();
    expect((screen.getByRole('link', { name: 'Open My Orders' }) as HTMLAnchorElement).href).toBe('http://www.aliexpress.com/p/order/index.html');
  });

  it('shows the farewell check at the final step', () => {
    renderPanel({ step: 'delete', ...ringed('delete-account', 'Delete account') });
    expect(screen.getByRole('heading', { name: 'Before you say goodbye' })).toBeTruthy();
  });

  it('shows the farewell points once at the start, until the person starts', () => {
    const { store, rerender } = renderPanel({ step: 'sign-in' }, { introSeen: false });
    expect(screen.getByRole('heading', { name: 'Before you say goodbye' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'I understand, start' }));
    expect(store.getState().introSeen).toBe(true);
    rerender();
    expect(screen.queryByRole('heading', { name: 'Before you say goodbye' })).toBeNull();
  });

  it('congratulates when done and clears stored progress on request', async () => {
    const { store, rerender } = renderPanel({ step: 'done', reason: 'deleted' });
    expect(screen.getByRole('heading', { name: 'Your request is done' })).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Clear Exit Guide/ })));
    expect(store.getState().cleared).toBe(true);
    rerender();
    expect(screen.getByText(/Stored progress cleared/)).toBeTruthy();
  });

  it('off the path, points the way back and to the deletion page', () => {
    renderPanel({ step: 'off-path' });
    expect(screen.getByRole('link', { name: 'Open the deletion page' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open My AliExpress' })).toBeTruthy();
  });

  it('collapses to a tab that still carries the step, and Esc collapses too', () => {
    const { store, rerender, panel } = renderPanel({ step: 'verify-email', ...ringed('get-code', 'Get code') });
    fireEvent.keyDown(panel(), { key: 'Escape' });
    expect(store.getState().collapsed).toBe(true);
    rerender();
    expect(panel().dataset.step).toBe('verify-email');
    expect(screen.getByRole('button', { name: 'Exit Guide · step 8 of 9' })).toBeTruthy();
  });

  it('folds to its tab for a control that spans both sides, in the corner the placement names', () => {
    const { panel } = renderPanel({ step: 'sign-in', ...ringed('sign-in', 'Sign in'), placement: 'collapsed-top-start' });
    expect([...panel().classList]).toEqual(expect.arrayContaining(['collapsed', 'tab-top', 'side-start']));
    expect(screen.getByRole('button', { expanded: false })).toBeTruthy();
  });

  it('announces each step change through a polite live region, in the person\'s language', () => {
    const store = createProgressStore();
    store.setState({ introSeen: true });
    const ui = (step: GuideView['step'], locale: string) => (
      <TranslateProvider value={translator(locale)}>
        <Panel view={{ ...INITIAL_VIEW, step }} progress={store.getState()} pageUrl="http://privacy.aliexpress.com/home#/" locale={locale} rtl={false} />
      </TranslateProvider>
    );
    const { container, rerender } = render(ui('request-delete', 'en'));
    const live = () => container.querySelector('[aria-live="polite"]');
    expect(live()?.textContent).toBe(translator('en')('step.request-delete.title'));
    rerender(ui('type-agree', 'en'));
    expect(live()?.textContent).toBe(translator('en')('step.type-agree.title'));
    rerender(ui('verify-email', 'hi'));
    expect(live()?.textContent).toBe(translator('hi')('step.verify-email.title'));
    expect(live()?.textContent).not.toBe(translator('en')('step.verify-email.title'));
  });

  it('says once when stored progress could not be read and was reset', () => {
    renderPanel({ step: 'sign-in' }, { introSeen: true, wasReset: true });
    expect(screen.getByText(/could not read its saved progress/)).toBeTruthy();
  });

  it('says while it lasts that progress could not be saved', () => {
    renderPanel({ step: 'sign-in' }, { introSeen: true, notSaved: true });
    expect(screen.getByRole('status').textContent).toMatch(/could not save its progress/);
  });

  it('makes the debug report only when the person opens it, and copies it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const makeReport = vi.fn(() => 'Exit Guide report\nstep: request-delete');
    renderPanel({ step: 'request-delete' }, { introSeen: true }, makeReport);
    expect(makeReport).not.toHaveBeenCalled();
    const details = screen.getByText('Report what you see').closest('details')!;
    await act(async () => {
      details.open = true; // the person opens it; the browser fires "toggle"
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(makeReport).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('exit-guide-report').textContent).toContain('step: request-delete');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy the report' })));
    expect(writeText).toHaveBeenCalledWith('Exit Guide report\nstep: request-delete');
  });

  it('a page focusing the folded panel does not unfold it; the person\'s shortcut does', async () => {
    const { panel, store } = renderPanel({ step: 'request-delete', ...ringed('delete-my-account', 'Delete my account') }, { introSeen: true, collapsed: true });
    act(() => panel().focus());
    expect(store.getState().collapsed).toBe(true);
    const { intendPanelFocus } = await import('@/components/focusIntent');
    act(() => panel().blur());
    intendPanelFocus();
    act(() => panel().focus());
    expect(store.getState().collapsed).toBe(false);
  });

  it('puts back a panel link that a page script rewrote, at the person\'s press', () => {
    renderPanel({ step: 'request-delete', status: 'missing' });
    const link = screen.getByRole('link', { name: 'Open the page directly' }) as HTMLAnchorElement;
    link.setAttribute('href', 'https://aliexpress-support.example/delete');
    fireEvent.click(link);
    expect(link.getAttribute('href')).toBe('http://privacy.aliexpress.com/home#/request/delete');
  });
});

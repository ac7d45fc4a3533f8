import { createElement } from 'react';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanelRoot } from '@/components/PanelRoot';
import { isPanelShortcut, listenPanelShortcut } from '@/guide/keyboard';
import { createViewStore } from '@/guide/view';
import { createProgressStore } from '@/store/progress';

type Keys = Partial<Pick<KeyboardEventInit, 'key' | 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'isComposing'>>;
const SHORTCUT: Keys = { key: 'E', code: 'KeyE', altKey: true, shiftKey: true };

/** A key event as the person's keyboard makes it; happy-dom has no isTrusted, browsers set it. */
function keydown(keys: Keys, trusted = true): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...keys });
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  return event;
}

function press(target: EventTarget, keys: Keys, trusted = true): KeyboardEvent {
  const event = keydown(keys, trusted);
  target.dispatchEvent(event);
  return event;
}

describe('isPanelShortcut', () => {
  it('matches Alt+Shift+E by physical key, whatever letter the layout gives', () => {
    expect(isPanelShortcut(keydown(SHORTCUT))).toBe(true);
    expect(isPanelShortcut(keydown({ ...SHORTCUT, key: 'У' }))).toBe(true);
  });

  it('does not match with another modifier, a missing one, or another key', () => {
    for (const keys of [
      { ...SHORTCUT, ctrlKey: true }, { ...SHORTCUT, metaKey: true }, { ...SHORTCUT, altKey: false },
      { ...SHORTCUT, shiftKey: false }, { ...SHORTCUT, code: 'KeyF', key: 'F' }, { ...SHORTCUT, isComposing: true },
      { key: 'e', code: 'KeyE' }, { key: 'Escape', code: 'Escape' },
    ]) expect(isPanelShortcut(keydown(keys)), JSON.stringify(keys)).toBe(false);
  });

  it('ignores untrusted events: a page script cannot move focus with it', () => {
    expect(isPanelShortcut(keydown(SHORTCUT, false))).toBe(false);
  });
});

describe('listenPanelShortcut', () => {
  let controller: AbortController;
  let field: HTMLInputElement;
  let shadow: ShadowRoot;
  let panel: HTMLElement;

  beforeEach(() => {
    controller = new AbortController();
    field = document.createElement('input');
    const host = document.createElement('div');
    document.body.append(field, host);
    shadow = host.attachShadow({ mode: 'open' });
    panel = document.createElement('aside');
    panel.dataset.testid = 'exit-guide-panel';
    panel.tabIndex = -1;
    panel.innerHTML = '<button type="button">Hide</button>';
    shadow.append(panel);
    listenPanelShortcut(shadow, controller.signal);
    field.focus();
  });

  afterEach(() => {
    controller.abort();
    document.body.innerHTML = '';
  });

  it('moves focus to the panel on the shortcut and keeps the browser from acting on it', () => {
    const event = press(field, SHORTCUT);
    expect(event.defaultPrevented).toBe(true);
    expect(shadow.activeElement).toBe(panel);
  });

  it('leaves other keys and untrusted shortcuts alone: no focus move, no preventDefault', () => {
    for (const [keys, trusted] of [[{ key: 'a', code: 'KeyA' }, true], [{ ...SHORTCUT, ctrlKey: true }, true], [{ key: 'Escape', code: 'Escape' }, true], [SHORTCUT, false]] as const) {
      const event = press(field, keys, trusted);
      expect(event.defaultPrevented, JSON.stringify(keys)).toBe(false);
      expect(document.activeElement).toBe(field);
    }
  });

  it('does nothing while the guide is off (no panel)', () => {
    panel.remove();
    expect(press(field, SHORTCUT).defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(field);
  });

  it('Esc in the panel sends focus back to the field the person left, once', () => {
    press(field, SHORTCUT);
    const button = shadow.querySelector('button')!;
    button.focus();
    const escape = press(button, { key: 'Escape', code: 'Escape' });
    expect(escape.defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(field);
    panel.focus();
    press(panel, { key: 'Escape', code: 'Escape' });
    expect(shadow.activeElement).toBe(panel);
  });

  it('pressed again inside the panel, it keeps the page element to go back to', () => {
    press(field, SHORTCUT);
    const button = shadow.querySelector('button')!;
    button.focus();
    press(button, SHORTCUT);
    expect(shadow.activeElement).toBe(panel);
    press(panel, { key: 'Escape', code: 'Escape' });
    expect(document.activeElement).toBe(field);
  });

  it('an untrusted Esc does not move focus back', () => {
    press(field, SHORTCUT);
    press(panel, { key: 'Escape', code: 'Escape' }, false);
    expect(shadow.activeElement).toBe(panel);
  });

  it('Esc after focus went to another page element does not jump back to the old one', () => {
    press(field, SHORTCUT);
    const other = document.createElement('input');
    document.body.prepend(other);
    other.focus();
    panel.focus();
    press(panel, { key: 'Escape', code: 'Escape' });
    expect(shadow.activeElement).toBe(panel);
  });

  it('stops listening when the content script is invalidated', () => {
    controller.abort();
    expect(press(field, SHORTCUT).defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(field);
  });
});

describe('the shortcut on the real panel', () => {
  afterEach(() => {
    cleanup();
    document.body.innerHTML = '';
  });

  it('opens a folded panel and focuses it; Esc folds it and returns to the field', async () => {
    const controller = new AbortController();
    const field = document.createElement('input');
    const host = document.createElement('div');
    document.body.append(field, host);
    const shadow = host.attachShadow({ mode: 'open' });
    const container = document.createElement('div');
    shadow.append(container);
    const progress = createProgressStore();
    progress.setState({ introSeen: true, collapsed: true });
    const view = createViewStore();
    render(createElement(PanelRoot, { view, progress, languages: ['en'], pageUrl: () => 'http://www.aliexpress.com/' }), { container });
    listenPanelShortcut(shadow, controller.signal);
    const panel = () => shadow.querySelector<HTMLElement>('[data-testid="exit-guide-panel"]')!;
    expect(panel().classList.contains('collapsed')).toBe(true);
    expect(panel().getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+E');

    field.focus();
    await act(async () => void press(field, SHORTCUT));
    expect(panel().classList.contains('collapsed')).toBe(false);
    expect(shadow.activeElement).toBe(panel());

    await act(async () => void press(panel(), { key: 'Escape', code: 'Escape' }));
    expect(panel().classList.contains('collapsed')).toBe(true);
    expect(document.activeElement).toBe(field);
    controller.abort();
  });
});

describe('the shortcut pressed inside a frame (the legacy sign-in box)', () => {
  it('is passed on to the top frame, once, only for the person\'s own key', async () => {
    const { forwardPanelShortcut } = await import('@/guide/keyboard');
    const requests: number[] = [];
    const abort = new AbortController();
    forwardPanelShortcut(window, abort.signal, () => requests.push(1));
    const pressed = press(document.body, SHORTCUT);
    expect(requests).toHaveLength(1);
    expect(pressed.defaultPrevented).toBe(true);
    press(document.body, SHORTCUT, false);
    press(document.body, { key: 'e', code: 'KeyE' });
    expect(requests).toHaveLength(1);
    abort.abort();
    press(document.body, SHORTCUT);
    expect(requests).toHaveLength(1);
  });
});

describe('the frame gets the focus back', () => {
  const trusted = (type: string) => {
    const event = new Event(type);
    Object.defineProperty(event, 'isTrusted', { value: true });
    return event;
  };

  it('on the panel\'s Esc the field the person left in the frame is focused again, once; a press first forgets it', async () => {
    const { forwardPanelShortcut } = await import('@/guide/keyboard');
    document.body.innerHTML = '<input id="login"><button id="other">x</button>';
    const input = document.getElementById('login') as HTMLInputElement;
    const other = document.getElementById('other') as HTMLButtonElement;
    const abort = new AbortController();
    forwardPanelShortcut(window, abort.signal, () => {});
    input.focus();
    press(input, SHORTCUT);
    other.focus();
    window.dispatchEvent(trusted('focus'));
    expect(document.activeElement).toBe(input);
    other.focus();
    window.dispatchEvent(trusted('focus'));
    expect(document.activeElement).toBe(other);
    input.focus();
    press(input, SHORTCUT);
    window.dispatchEvent(trusted('pointerdown'));
    other.focus();
    window.dispatchEvent(trusted('focus'));
    expect(document.activeElement).toBe(other);
    abort.abort();
  });
});

import { createElement } from 'react';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanelRoot } from '@/components/PanelRoot';
import { ignoreUntrustedInput, INPUT_EVENTS } from '@/guide/trustedInput';
import { createViewStore } from '@/guide/view';
import { createProgressStore, type ProgressStore } from '@/store/progress';

/** happy-dom leaves isTrusted unset: a browser sets it true for the person's own input only. */
function dispatch(target: EventTarget, event: Event, trusted: boolean): Event {
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  target.dispatchEvent(event);
  return event;
}

const click = () => new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
const escape = () => new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true });

describe('ignoreUntrustedInput: the real panel in a shadow root, as mountPanel mounts it', () => {
  let controller: AbortController;
  let shadow: ShadowRoot;
  let progress: ProgressStore;
  const button = (name: string) => [...shadow.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;

  beforeEach(() => {
    controller = new AbortController();
    const host = document.createElement('div');
    document.body.append(host);
    shadow = host.attachShadow({ mode: 'open' });
    const container = document.createElement('div');
    shadow.append(container);
    ignoreUntrustedInput(shadow, controller.signal);
    progress = createProgressStore();
    const view = createViewStore();
    act(() => void view.setState({ step: 'request-delete' }));
    render(createElement(PanelRoot, { view, progress, languages: ['en'], pageUrl: () => 'http://privacy.aliexpress.com/home' }), { container });
  });

  afterEach(() => {
    controller.abort();
    cleanup();
    document.body.innerHTML = '';
  });

  it('a page script\'s clicks on the panel\'s buttons do nothing', () => {
    act(() => {
      dispatch(button('Hide the guide'), click(), false);
      dispatch(button('I understand, start'), click(), false);
    });
    expect(progress.getState()).toMatchObject({ collapsed: false, introSeen: false });
  });

  it('a page script\'s click has no default action in the panel (no link followed, no form sent)', () => {
    const event = dispatch(button('Hide the guide'), click(), false);
    expect(event.defaultPrevented).toBe(true);
    const real = dispatch(shadow.querySelector('aside')!, click(), true);
    expect(real.defaultPrevented).toBe(false);
  });

  it('a page script\'s Escape does not fold the panel', () => {
    act(() => void dispatch(shadow.querySelector('aside')!, escape(), false));
    expect(progress.getState().collapsed).toBe(false);
  });

  it('the person\'s own clicks and keys work as before', () => {
    act(() => void dispatch(button('I understand, start'), click(), true));
    expect(progress.getState().introSeen).toBe(true);
    act(() => void dispatch(shadow.querySelector('aside')!, escape(), true));
    expect(progress.getState().collapsed).toBe(true);
  });

  it('the page\'s own listeners outside the panel still see its events', () => {
    const seen: string[] = [];
    for (const type of INPUT_EVENTS) document.addEventListener(type, (event) => seen.push(event.type), { signal: controller.signal });
    const page = document.createElement('button');
    document.body.append(page);
    dispatch(page, click(), false);
    expect(seen).toEqual(['click']);
  });

  it('stops guarding when the content script is invalidated', () => {
    controller.abort();
    act(() => void dispatch(button('Hide the guide'), click(), false));
    expect(progress.getState().collapsed).toBe(true);
  });
});

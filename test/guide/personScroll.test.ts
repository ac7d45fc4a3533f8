import { afterEach, describe, expect, it } from 'vitest';
import { watchPersonScroll } from '@/guide/personScroll';

/** An event as the person's input makes it; happy-dom has no isTrusted, browsers set it. */
function fire(target: EventTarget, event: Event, trusted = true): void {
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  target.dispatchEvent(event);
}
const key = (k: string) => new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true });

const controller = new AbortController();
afterEach(() => document.body.replaceChildren());

describe('watchPersonScroll', () => {
  const moves = watchPersonScroll(window, controller.signal);

  it('counts the wheel, touch, a press and the scrolling keys', () => {
    const before = moves();
    fire(document.body, new WheelEvent('wheel', { bubbles: true }));
    fire(document.body, new Event('touchmove', { bubbles: true }));
    fire(document.body, new PointerEvent('pointerdown', { bubbles: true }));
    fire(document.body, key('PageDown'));
    fire(document.body, key(' '));
    expect(moves() - before).toBe(5);
  });

  it('not typing in a field, where arrows and space move the caret; Tab and PageDown still count', () => {
    const field = document.createElement('input');
    document.body.append(field);
    const before = moves();
    for (const k of ['c', ' ', 'ArrowDown', 'End']) fire(field, key(k));
    expect(moves()).toBe(before);
    fire(field, key('Tab'));
    fire(field, key('PageDown'));
    expect(moves() - before).toBe(2);
  });

  it('ignores what a page script fakes, and stops with its signal', () => {
    const before = moves();
    fire(document.body, new WheelEvent('wheel', { bubbles: true }), false);
    expect(moves()).toBe(before);
    controller.abort();
    fire(document.body, new WheelEvent('wheel', { bubbles: true }));
    expect(moves()).toBe(before);
  });
});

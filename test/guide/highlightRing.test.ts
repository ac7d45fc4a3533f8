import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHighlightRing } from '@/guide/highlightRing';

// happy-dom does no layout: the control's box, the hit test (a 120 px sticky header) and the
// scroll are stubbed. Scrolling the control into view puts it in the middle of the window.
function scene() {
  const header = document.createElement('header');
  const field = document.createElement('input');
  document.body.append(header, field);
  let top = 400;
  vi.spyOn(field, 'getBoundingClientRect').mockImplementation(() => new DOMRect(100, top, 300, 30));
  vi.spyOn(document, 'elementFromPoint').mockImplementation((_x, y) => (y < 120 ? header : field));
  const reveal = vi.fn(() => { top = 400; });
  field.scrollIntoView = reveal;
  const ring = createHighlightRing(document);
  return { field, ring, reveal, moveTo: (next: number) => { top = next; } };
}

function personScrolls(): void {
  const event = new WheelEvent('wheel', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  document.body.dispatchEvent(event);
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('HighlightRing: a ringed control the page moves under its header', () => {
  it('is brought back on the next reading, once', () => {
    const { field, ring, reveal, moveTo } = scene();
    ring.show(field, 'Type');
    expect(reveal).not.toHaveBeenCalled();
    moveTo(100);
    ring.show(field, 'Type');
    expect(reveal).toHaveBeenCalledTimes(1);
    // The page moves it again: the ring does not fight it.
    moveTo(100);
    ring.show(field, 'Type');
    expect(reveal).toHaveBeenCalledTimes(1);
    ring.destroy();
  });

  it('is left where the person scrolled it', () => {
    const { field, ring, reveal, moveTo } = scene();
    ring.show(field, 'Type');
    personScrolls();
    moveTo(100);
    ring.show(field, 'Type');
    expect(reveal).not.toHaveBeenCalled();
    ring.destroy();
  });

  it('a new control that lands with its top under the header is scrolled clear at once', () => {
    const { field, ring, reveal, moveTo } = scene();
    moveTo(112);
    ring.show(field, 'Type');
    expect(reveal).toHaveBeenCalledTimes(1);
    ring.destroy();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { isClipped, isComfortablyInView, isCovered, probePoints } from '@/guide/inView';

const rect = (top: number, height = 30, left = 100, width = 300) =>
  ({ top, bottom: top + height, left, right: left + width, width, height });

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('probePoints', () => {
  it('the middle, then both sides just inside the top and bottom edges', () => {
    expect(probePoints(rect(100))).toEqual([[250, 115], [160, 104], [340, 104], [160, 126], [340, 126]]);
  });

  it('keeps the edge points inside a thin control', () => {
    for (const [, y] of probePoints(rect(100, 4))) {
      expect(y).toBeGreaterThan(100);
      expect(y).toBeLessThan(104);
    }
  });
});

describe('isComfortablyInView', () => {
  const view = { innerHeight: 900, innerWidth: 1366 } as Window;
  it('wants room under a header at the top, and the control above the bottom edge', () => {
    expect(isComfortablyInView(rect(400), view)).toBe(true);
    expect(isComfortablyInView(rect(40), view)).toBe(false);
    expect(isComfortablyInView(rect(870), view)).toBe(false);
  });
});

// happy-dom does no layout: elementFromPoint is stubbed with a 120 px header over the top.
describe('isCovered', () => {
  function scene() {
    const header = document.createElement('header');
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.id = 'field';
    label.htmlFor = 'field';
    document.body.append(header, label, input);
    const atPoint = (hit: (y: number) => Element) => vi.spyOn(document, 'elementFromPoint').mockImplementation((_x, y) => hit(y));
    return { header, label, input, atPoint };
  }

  it('sees a sticky header over only the top strip of the control', () => {
    const { header, input, atPoint } = scene();
    atPoint((y) => (y < 120 ? header : input));
    // The middle (115) is under the header too, and so is a control whose top alone is.
    expect(isCovered(input, rect(100), document)).toBe(true);
    expect(isCovered(input, rect(112), document)).toBe(true);
    expect(isCovered(input, rect(130), document)).toBe(false);
  });

  it('counts the control\'s own label and its ancestors as showing it', () => {
    const { label, input, atPoint } = scene();
    atPoint(() => label);
    expect(isCovered(input, rect(300), document)).toBe(false);
    atPoint(() => document.body);
    expect(isCovered(input, rect(300), document)).toBe(false);
  });
});

// happy-dom does no layout: the scroll box's rect and client size are stubbed (740 px tall
// from 80). Its computed style keeps longhands only as written: no overflow shorthand here.
describe('isClipped', () => {
  function scene(style = 'overflow-x: auto; overflow-y: auto') {
    const box = document.createElement('div');
    box.setAttribute('style', style);
    const row = document.createElement('div');
    const field = document.createElement('input');
    row.append(field);
    box.append(row);
    document.body.append(box);
    vi.spyOn(box, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 80, 1366, 742));
    for (const [name, value] of Object.entries({ clientTop: 1, clientLeft: 0, clientHeight: 740, clientWidth: 1366 })) {
      Object.defineProperty(box, name, { value });
    }
    return field;
  }

  it('sees a control below its scroll box\'s bottom edge, though inside the window', () => {
    expect(isClipped(scene(), rect(824), document)).toBe(true);
  });

  it('and one half hidden by the top edge', () => {
    expect(isClipped(scene(), rect(70), document)).toBe(true);
  });

  it('not a control inside the box, nor flush with its edge', () => {
    const field = scene();
    expect(isClipped(field, rect(400), document)).toBe(false);
    expect(isClipped(field, rect(791.5), document)).toBe(false);
  });

  it('not a box that lets its content overflow, nor an inline one, whose overflow does not apply', () => {
    expect(isClipped(scene('overflow-x: visible; overflow-y: visible'), rect(824), document)).toBe(false);
    expect(isClipped(scene('overflow-x: hidden; overflow-y: hidden; display: inline'), rect(824), document)).toBe(false);
  });

  it('only along the axis the box clips', () => {
    expect(isClipped(scene('overflow-x: auto; overflow-y: visible'), rect(824), document)).toBe(false);
  });
});

import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import type { TargetRef } from '../walks';
import type { Box } from './geometry';
import type { Driver } from './walker';

const PANEL = 'pierce/[data-testid="exit-guide-panel"]';
const RING = 'pierce/[data-testid="exit-guide-highlight"]';

async function frameOf(page: Page, ref?: TargetRef): Promise<Frame | null> {
  if (!ref?.frame) return page.mainFrame();
  const holder = await page.$(ref.frame);
  return holder ? holder.contentFrame() : null;
}

const isShowing = (el: Element) => {
  const rect = el.getBoundingClientRect();
  return el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && rect.width > 0 && rect.height > 0;
};

async function visible(handles: ElementHandle[], text?: string): Promise<ElementHandle[]> {
  const kept: ElementHandle[] = [];
  for (const handle of handles) {
    const ok = await handle.evaluate(
      (el, wanted, showing) => new Function(`return (${showing})`)()(el) && (wanted === null || (el.textContent ?? '').trim() === wanted),
      text ?? null,
      isShowing.toString(),
    );
    if (ok) kept.push(handle);
  }
  return kept;
}

async function locate(page: Page, ref: TargetRef): Promise<ElementHandle | null> {
  const frame = await frameOf(page, ref);
  if (!frame) return null;
  return (await visible(await frame.$$(ref.css), ref.text))[0] ?? null;
}

async function boxes(handles: ElementHandle[]): Promise<Box[]> {
  const found: Box[] = [];
  for (const handle of await visible(handles)) {
    const box = await handle.boundingBox();
    if (box) found.push(box);
  }
  return found;
}

async function required(page: Page, ref: TargetRef): Promise<ElementHandle> {
  const handle = await locate(page, ref);
  if (!handle) throw new Error(`no visible ${JSON.stringify(ref)} on ${page.url()}`);
  return handle;
}

/** Reads race navigations (a handle from the page just left): they answer `fallback` and the poll retries. */
function settled<T>(read: () => Promise<T>, fallback: T): Promise<T> {
  return read().catch(() => fallback);
}

/** Puppeteer over WebDriver BiDi (Firefox): real input through BiDi input actions. */
export function puppeteerDriver(page: Page): Driver {
  return {
    goto: async (url) => void (await page.goto(url)),
    url: () => page.url(),
    panelStep: () =>
      settled(async () => {
        const panels = await page.$$(PANEL);
        return panels.length === 1 ? panels[0]!.evaluate((el) => el.getAttribute('data-step')) : null;
      }, null),
    panelBox: () => settled(async () => (await boxes(await page.$$(PANEL)))[0] ?? null, null),
    rings: (ref) =>
      settled(async () => {
        const frame = await frameOf(page, ref);
        return frame ? boxes(await frame.$$(RING)) : [];
      }, []),
    ringCount: () =>
      settled(async () => {
        let count = 0;
        for (const frame of page.frames()) count += (await boxes(await frame.$$(RING))).length;
        return count;
      }, -1),
    box: (ref) =>
      settled(async () => {
        const handle = await locate(page, ref);
        return handle ? handle.boundingBox() : null;
      }, null),
    viewport: async () => page.viewport(),
    hover: async (ref) => (await required(page, ref)).hover(),
    click: async (ref) => (await required(page, ref)).click(),
    async type(ref, text) {
      await (await required(page, ref)).click();
      await page.keyboard.type(text, { delay: 15 });
    },
    async pressPanelButton(text) {
      const button = (await visible(await page.$$(`pierce/[data-testid="exit-guide-panel"] button`), text))[0];
      if (!button) return false;
      await button.click();
      return true;
    },
  };
}

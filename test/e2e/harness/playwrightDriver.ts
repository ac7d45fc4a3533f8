import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { TargetRef } from '../walks';
import type { Box } from './geometry';
import type { Driver } from './walker';

const PANEL = '[data-testid="exit-guide-panel"]';
const RING = '[data-testid="exit-guide-highlight"]';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function scopeOf(page: Page, ref?: TargetRef): Page | FrameLocator {
  return ref?.frame ? page.frameLocator(ref.frame) : page;
}

/** The control as the test knows it: a selector, narrowed to its exact visible text. */
export function locate(page: Page, ref: TargetRef): Locator {
  let locator = scopeOf(page, ref).locator(ref.css);
  if (ref.text) locator = locator.filter({ hasText: new RegExp(`^\\s*${escape(ref.text)}\\s*$`) });
  return locator.filter({ visible: true }).first();
}

async function visibleBoxes(locator: Locator): Promise<Box[]> {
  const boxes: Box[] = [];
  for (const item of await locator.all()) {
    if (!(await item.isVisible())) continue;
    const box = await item.boundingBox();
    if (box) boxes.push(box);
  }
  return boxes;
}

/** Playwright (Chromium): locators pierce open shadow roots; input is real (CDP). */
export function playwrightDriver(page: Page): Driver {
  return {
    goto: async (url) => void (await page.goto(url)),
    url: () => page.url(),
    async panelStep() {
      const panel = page.locator(PANEL);
      if ((await panel.count()) !== 1) return null;
      return panel.getAttribute('data-step', { timeout: 1000 }).catch(() => null);
    },
    panelBox: async () => (await visibleBoxes(page.locator(PANEL)))[0] ?? null,
    rings: (ref) => visibleBoxes(scopeOf(page, ref).locator(RING)),
    async ringCount() {
      let count = 0;
      for (const frame of page.frames()) count += (await visibleBoxes(frame.locator(RING))).length;
      return count;
    },
    box: (ref) => locate(page, ref).boundingBox({ timeout: 1000 }).catch(() => null),
    viewport: async () => page.viewportSize(),
    hover: (ref) => locate(page, ref).hover(),
    click: (ref) => locate(page, ref).click(),
    async type(ref, text) {
      await locate(page, ref).click();
      await page.keyboard.type(text, { delay: 15 });
    },
    async pressPanelButton(text) {
      const button = page.locator(`${PANEL} button`, { hasText: text });
      if (!(await button.isVisible())) return false;
      await button.click();
      return true;
    },
  };
}

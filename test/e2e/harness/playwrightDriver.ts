import type { BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import type { TargetRef, Walk, WalkPoint } from '../walks';
import { expectNoRing, expectRing, expectStep } from './panel';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function scopeOf(page: Page, ref: TargetRef): Page | FrameLocator {
  return ref.frame ? page.frameLocator(ref.frame) : page;
}

/** The control as the test knows it: a selector, narrowed to its exact visible text. */
export function locate(page: Page, ref: TargetRef): Locator {
  let locator = scopeOf(page, ref).locator(ref.css);
  if (ref.text) locator = locator.filter({ hasText: new RegExp(`^\\s*${escape(ref.text)}\\s*$`) });
  return locator.filter({ visible: true }).first();
}

/** Sets the fixture server's scene cookies through a page visit (the demo routes). */
export async function setScene(page: Page, scene: Record<string, string>, next: string): Promise<void> {
  const set = `http://www.aliexpress.com/__demo/set?${new URLSearchParams({ ...scene, next })}`;
  await page.goto(`http://www.aliexpress.com/__demo/reset?${new URLSearchParams({ next: set })}`);
}

/** Presses the panel's own "I understand, start" under the farewell points, as a person would. */
export async function startGuide(page: Page): Promise<void> {
  const start = page.locator('[data-testid="exit-guide-panel"] button', { hasText: 'I understand, start' });
  if (await start.isVisible()) await start.click();
}

/** What a person does, through real input: the mouse and the keyboard. */
async function perform(page: Page, point: WalkPoint): Promise<void> {
  const act = point.act;
  if (!act) return;
  const target = locate(page, act.on ?? point.ring!);
  if (act.do === 'hover') await target.hover();
  else if (act.do === 'click') await target.click();
  else {
    await target.click();
    await page.keyboard.type(act.text ?? '', { delay: 15 });
  }
}

/**
 * Walks a flow as the person would, checking at each point that the panel shows the step and
 * that the ring encloses the control. `onPoint` runs after the checks (the demo screenshots).
 */
export async function walk(page: Page, flow: Walk, onPoint?: (point: WalkPoint, index: number) => Promise<void>): Promise<void> {
  await setScene(page, flow.scene, flow.start);
  for (const [index, point] of flow.points.entries()) {
    try {
      await expectStep(page, point.step);
      if (point.ring) await expectRing(page, locate(page, point.ring), scopeOf(page, point.ring));
      else await expectNoRing(page);
    } catch (error) {
      throw new Error(`${flow.name} walk, point ${index} (${point.step}): ${(error as Error).message}`);
    }
    if (index === 0) await startGuide(page);
    await onPoint?.(point, index);
    await perform(page, point);
  }
}

export async function newPage(context: BrowserContext, initScript?: string): Promise<Page> {
  if (initScript) await context.addInitScript(initScript);
  return context.newPage();
}

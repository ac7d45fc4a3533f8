import type { Page } from 'playwright-core';
import type { TargetRef } from '../walks';
import { playwrightDriver } from './playwrightDriver';
import * as walker from './walker';

/** Playwright shorthands over the shared walker checks, for tests that drive one page. */
export const expectStep = (page: Page, step: string, timeout?: number) => walker.expectStep(playwrightDriver(page), step, timeout);
export const expectRing = (page: Page, ref: TargetRef) => walker.expectRing(playwrightDriver(page), ref);
export const expectNoRing = (page: Page) => walker.expectNoRing(playwrightDriver(page));
export const setScene = (page: Page, scene: Record<string, string>, next: string) => walker.setScene(playwrightDriver(page), scene, next);

/** Text of the panel, for checks on what it says. */
export async function panelText(page: Page): Promise<string> {
  return (await page.locator('[data-testid="exit-guide-panel"]').textContent()) ?? '';
}

/** Untrusted events the page recorder saw, in every frame. */
export async function untrustedEvents(page: Page): Promise<unknown[]> {
  const all: unknown[] = [];
  for (const frame of page.frames()) {
    const events = await frame.evaluate(() => (window as unknown as { __egUntrusted?: unknown[] }).__egUntrusted ?? []).catch(() => []);
    all.push(...events);
  }
  return all;
}

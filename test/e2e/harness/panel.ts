import type { FrameLocator, Locator, Page } from 'playwright-core';

const PANEL = '[data-testid="exit-guide-panel"]';
const RING = '[data-testid="exit-guide-highlight"]';
/** The contract: the ring's box encloses the control's, at most this far outside each edge. */
export const RING_SLACK = 16;

async function poll<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout: number): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

export async function panelStep(page: Page): Promise<string | null> {
  const panel = page.locator(PANEL);
  if ((await panel.count()) !== 1) return null;
  return panel.getAttribute('data-step', { timeout: 1000 }).catch(() => null);
}

/** Waits for the panel to show a step; fails with the step it shows instead. */
export async function expectStep(page: Page, step: string, timeout = 12_000): Promise<void> {
  const seen = await poll(() => panelStep(page), (value) => value === step, timeout);
  if (seen !== step) throw new Error(`panel shows step "${seen}", expected "${step}" on ${page.url()}`);
}

export interface RingCheck {
  ok: boolean;
  why: string;
}

async function ringEncloses(scope: Page | FrameLocator, target: Locator, page: Page): Promise<RingCheck> {
  const rings = scope.locator(RING);
  const visible: Locator[] = [];
  for (const ring of await rings.all()) if (await ring.isVisible()) visible.push(ring);
  if (visible.length !== 1) return { ok: false, why: `${visible.length} visible rings` };
  const [ring, box] = [await visible[0]!.boundingBox(), await target.boundingBox()];
  if (!ring || !box) return { ok: false, why: `no box (ring ${JSON.stringify(ring)}, target ${JSON.stringify(box)})` };
  const outside = [box.x - ring.x, box.y - ring.y, ring.x + ring.width - (box.x + box.width), ring.y + ring.height - (box.y + box.height)];
  if (outside.some((gap) => gap < -0.5 || gap > RING_SLACK)) return { ok: false, why: `ring ${JSON.stringify(ring)} vs target ${JSON.stringify(box)}` };
  const viewport = page.viewportSize();
  if (viewport && (box.y < 0 || box.y + box.height > viewport.height || box.x < 0 || box.x + box.width > viewport.width)) {
    return { ok: false, why: `target out of view: ${JSON.stringify(box)}` };
  }
  return { ok: true, why: '' };
}

/** Waits for exactly one visible ring, in the target's frame, enclosing the target in view. */
export async function expectRing(page: Page, target: Locator, scope: Page | FrameLocator = page, timeout = 8000): Promise<void> {
  const check = await poll(() => ringEncloses(scope, target, page), (c) => c.ok, timeout);
  if (!check.ok) throw new Error(`ring does not enclose the target on ${page.url()}: ${check.why}`);
}

export async function expectNoRing(page: Page): Promise<void> {
  const count = await poll(
    async () => {
      let shown = 0;
      for (const frame of page.frames()) for (const ring of await frame.locator(RING).all()) if (await ring.isVisible()) shown += 1;
      return shown;
    },
    (n) => n === 0,
    4000,
  );
  if (count !== 0) throw new Error(`${count} visible rings on ${page.url()}, expected none`);
}

/** Text of the panel, for checks on what it says. */
export async function panelText(page: Page): Promise<string> {
  return (await page.locator(PANEL).textContent()) ?? '';
}

export async function untrustedEvents(page: Page): Promise<unknown[]> {
  const all: unknown[] = [];
  for (const frame of page.frames()) {
    const events = await frame.evaluate(() => (window as unknown as { __egUntrusted?: unknown[] }).__egUntrusted ?? []).catch(() => []);
    all.push(...events);
  }
  return all;
}

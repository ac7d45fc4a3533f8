import type { TargetRef, Walk, WalkPoint } from '../walks';
import { coverProblem, poll, ringProblem, type Box } from './geometry';

/** What a walk needs from a browser automation library: Playwright and Puppeteer implement it. */
export interface Driver {
  goto(url: string): Promise<void>;
  url(): string;
  panelStep(): Promise<string | null>;
  /** The panel's box in the top page, or null when it is not shown. */
  panelBox(): Promise<Box | null>;
  /** Boxes of the visible rings in the frame of `ref` (the top page when it names none). */
  rings(ref?: TargetRef): Promise<Box[]>;
  /** How many rings show in all frames together. */
  ringCount(): Promise<number>;
  box(ref: TargetRef): Promise<Box | null>;
  viewport(): Promise<{ width: number; height: number } | null>;
  hover(ref: TargetRef): Promise<void>;
  click(ref: TargetRef): Promise<void>;
  /** Clicks the field, then types with the keyboard: real key events. */
  type(ref: TargetRef, text: string): Promise<void>;
  /** Presses one of the panel's own buttons, by its visible text; false when it is not shown. */
  pressPanelButton(text: string): Promise<boolean>;
}

export async function expectStep(driver: Driver, step: string, timeout = 12_000): Promise<void> {
  const seen = await poll(() => driver.panelStep(), (value) => value === step, timeout);
  if (seen !== step) throw new Error(`panel shows step "${seen}", expected "${step}" on ${driver.url()}`);
}

export async function expectRing(driver: Driver, ref: TargetRef, timeout = 8000): Promise<void> {
  const read = async () => {
    const target = await driver.box(ref);
    return ringProblem(await driver.rings(ref), target, await driver.viewport()) || coverProblem(await driver.panelBox(), target);
  };
  const problem = await poll(read, (p) => p === '', timeout);
  if (problem) throw new Error(`ring does not enclose ${JSON.stringify(ref)} on ${driver.url()}: ${problem}`);
}

export async function expectNoRing(driver: Driver): Promise<void> {
  const count = await poll(() => driver.ringCount(), (n) => n === 0, 4000);
  if (count !== 0) throw new Error(`${count} visible rings on ${driver.url()}, expected none`);
}

/** Sets the fixture server's scene cookies through a page visit (the demo routes). */
export async function setScene(driver: Driver, scene: Record<string, string>, next: string): Promise<void> {
  const set = `http://www.aliexpress.com/__demo/set?${new URLSearchParams({ ...scene, next })}`;
  await driver.goto(`http://www.aliexpress.com/__demo/reset?${new URLSearchParams({ next: set })}`);
}

async function perform(driver: Driver, point: WalkPoint): Promise<void> {
  const act = point.act;
  if (!act) return;
  const ref = act.on ?? point.ring!;
  if (act.do === 'hover') await driver.hover(ref);
  else if (act.do === 'click') await driver.click(ref);
  else await driver.type(ref, act.text ?? '');
}

/**
 * Walks a flow as the person would, checking at each point that the panel shows the step and
 * that the ring encloses the control. `onPoint` runs after the checks (the demo screenshots).
 */
export async function walk(driver: Driver, flow: Walk, onPoint?: (point: WalkPoint, index: number) => Promise<void>): Promise<void> {
  await setScene(driver, flow.scene, flow.start);
  for (const [index, point] of flow.points.entries()) {
    try {
      await expectStep(driver, point.step);
      if (point.ring) await expectRing(driver, point.ring);
      else await expectNoRing(driver);
    } catch (error) {
      throw new Error(`${flow.name} walk, point ${index} (${point.step}): ${(error as Error).message}`);
    }
    if (index === 0) await driver.pressPanelButton('I understand, start');
    await onPoint?.(point, index);
    await perform(driver, point);
  }
}

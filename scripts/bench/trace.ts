import type { BenchBrowser } from './browser.ts';
import { extensionTime, longestRun, samplesOf, type TraceEvent } from './cpuSamples.ts';
import { HEAVY_URL, openVariant } from './loadRun.ts';

export interface TraceSample {
  /** Main-thread tasks over 50 ms, navigation → load + window. */
  longTasks: number;
  /** Long tasks with content-script work in them. */
  withExtensionWork: number;
  /** Long tasks that would be 50 ms or under without their content-script work. */
  causedByExtension: number;
  /** Content-script time inside long tasks, ms. */
  extensionInLongTasks: number;
  /** Longest uninterrupted content-script execution, ms. */
  longestRun: number;
  /** The content script's injection: DOMContentLoaded → its evaluation, and the evaluation itself (compile, run), ms. */
  dclToInjection: number | null;
  evaluation: number;
  /** Content-script time per second in the window after load, and its entries (callbacks) per second. */
  msPerSecond: number;
  callsPerSecond: number;
  /** Of its entries' time, ms per second: animation-frame callbacks (re-reading the page, placing the ring) and the rest (mutation callbacks, the panel). */
  frameMsPerSecond: number;
  otherMsPerSecond: number;
}

const LONG_TASK_US = 50_000;
/** The scheduler's task event; older builds (and other categories) name it RunTask. */
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const sleep = (time: number) => new Promise((resolve) => setTimeout(resolve, time));

/** Outermost events only: nested ones are already inside their parent's duration. */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const kept: TraceEvent[] = [];
  let end = -Infinity;
  for (const event of sorted) {
    if (event.ts < end) continue;
    kept.push(event);
    end = event.ts + (event.dur ?? 0);
  }
  return kept;
}

/**
 * One traced load with the extension. Long tasks are the page renderer's main-thread tasks;
 * the content script's share of each comes from V8's CPU samples (every ~0.2 ms) whose stack
 * holds a frame of chrome-extension://<id>/content-scripts/content.js, so work in promise
 * continuations and microtasks counts too, not only the callbacks the browser enters.
 */
export async function traceLoad(browser: BenchBrowser, windowMs: number): Promise<TraceSample> {
  const contentUrl = `chrome-extension://${browser.extensionId}/content-scripts/content.js`;
  const { page, cdp } = await openVariant(browser, 'heavy');
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      recordMode: 'recordAsMuchAsPossible',
      includedCategories: ['toplevel', 'devtools.timeline', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'],
    },
  });
  await page.goto(HEAVY_URL, { waitUntil: 'load' });
  await page.evaluate("performance.mark('bench-window')");
  await sleep(windowMs);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();

  const injected = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url === contentUrl);
  if (!injected) throw new Error(`The trace holds no execution of ${contentUrl}`);
  const { pid, tid } = injected;
  const samples = samplesOf(events, pid, tid, contentUrl);
  const long = outermost(events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && TASK_EVENTS.has(e.name)))
    .filter((task) => (task.dur ?? 0) > LONG_TASK_US);

  let withExtensionWork = 0;
  let causedByExtension = 0;
  let extensionInLongTasks = 0;
  for (const task of long) {
    const own = extensionTime(samples, task.ts, task.ts + task.dur!);
    if (own === 0) continue;
    withExtensionWork += 1;
    extensionInLongTasks += own;
    if (task.dur! - own <= LONG_TASK_US) causedByExtension += 1;
  }
  const windowStart = events.find((e) => e.name === 'bench-window')?.ts ?? injected.ts;
  const windowEnd = windowStart + windowMs * 1000;
  const entries = events.filter((e) =>
    e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'FunctionCall' && e.args?.data?.url === contentUrl && e.ts >= windowStart);
  const frames = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'FireAnimationFrame');
  const inFrame = (call: TraceEvent) => frames.some((f) => call.ts >= f.ts && call.ts < f.ts + (f.dur ?? 0));
  const seconds = windowMs / 1000;
  const callTime = (calls: TraceEvent[]) => calls.reduce((total, c) => total + (c.dur ?? 0), 0) / 1000 / seconds;
  // Chromium injects document_end scripts right after DOMContentLoaded is dispatched in the frame.
  const frame = (injected.args?.data as { frame?: string } | undefined)?.frame;
  const domContentLoaded = events
    .filter((e) => e.name === 'MarkDOMContent' && (e.args?.data as { frame?: string } | undefined)?.frame === frame && e.ts <= injected.ts)
    .at(-1);
  return {
    dclToInjection: domContentLoaded ? (injected.ts - domContentLoaded.ts) / 1000 : null,
    evaluation: (injected.dur ?? 0) / 1000,
    longTasks: long.length,
    withExtensionWork,
    causedByExtension,
    extensionInLongTasks: extensionInLongTasks / 1000,
    longestRun: longestRun(samples) / 1000,
    msPerSecond: extensionTime(samples, windowStart, windowEnd) / 1000 / (windowMs / 1000),
    callsPerSecond: entries.length / seconds,
    frameMsPerSecond: callTime(entries.filter(inFrame)),
    otherMsPerSecond: callTime(entries.filter((c) => !inFrame(c))),
  };
}

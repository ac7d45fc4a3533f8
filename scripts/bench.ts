// npm run bench: what Exit Guide costs on a heavy AliExpress page, in real Chromium, against
// the budget of issue 7 (scripts/bench/budgets.ts). It builds the extension, serves the heavy
// page (test/server/bench/) and loads it with and without the extension, alternating.
// On a shared machine: flock /tmp/exit-guide-browser.lock npm run bench
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startFixtureServer } from '../test/server/fixtureServer.ts';
import { launchBenchBrowser, type BenchBrowser } from './bench/browser.ts';
import { contentScriptSize } from './bench/budgets.ts';
import { timeDetection } from './bench/detection.ts';
import { contentScriptHeap } from './bench/heap.ts';
import { measureLateRing, measureLoad, type LoadSample } from './bench/loadRun.ts';
import { machine, table } from './bench/report.ts';
import { resultRows } from './bench/results.ts';
import { median, ms } from './bench/stats.ts';
import { traceLoad, type TraceSample } from './bench/trace.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const WINDOW_MS = 5000;
const LATE_RUNS = RUNS;
const TRACED_RUNS = 3;
const PASSES = 550;
const PASSES_PER_FRAME = 10;

const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

function buildExtension(): void {
  const build = spawnSync('npx', ['wxt', 'build'], { encoding: 'utf8' });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    throw new Error('wxt build failed');
  }
}

log('building the extension (npx wxt build)');
buildExtension();
const size = contentScriptSize();
const server = await startFixtureServer();
const withExtension = await launchBenchBrowser(server.port, true);
const without = await launchBenchBrowser(server.port, false);
const probe = fileURLToPath(new URL('./bench/pageProbe.js', import.meta.url));
for (const browser of [withExtension, without]) await browser.context.addInitScript({ path: probe });
const chromiumVersion = withExtension.context.browser()?.version() ?? 'unknown';

const loads: Record<'with' | 'without', LoadSample[]> = { with: [], without: [] };
const late: number[] = [];
const traces: TraceSample[] = [];
let heap: Awaited<ReturnType<typeof contentScriptHeap>>;
let detection: Awaited<ReturnType<typeof timeDetection>>;
try {
  log('warming up both browsers');
  await measureLoad(withExtension, 1000);
  await measureLoad(without, 1000);
  for (let run = 0; run < RUNS; run += 1) {
    // Alternate which goes first, so drift on the shared machine falls on both arms alike.
    const order: ['with' | 'without', BenchBrowser][] = [['with', withExtension], ['without', without]];
    if (run % 2) order.reverse();
    for (const [arm, browser] of order) loads[arm].push(await measureLoad(browser, WINDOW_MS));
    const w = loads.with.at(-1)!;
    const o = loads.without.at(-1)!;
    log(`load ${run + 1}/${RUNS}: main thread ${ms(w.taskLoad + w.taskWindow, 0)} with, ${ms(o.taskLoad + o.taskWindow, 0)} without; ring ${ms(w.ringAfterDcl ?? NaN)} after DOMContentLoaded`);
  }
  for (let run = 0; run < LATE_RUNS; run += 1) {
    const value = await measureLateRing(withExtension);
    if (value !== null) late.push(value);
  }
  log(`late target → ring: ${late.map((v) => v.toFixed(1)).join(', ')} ms`);
  for (let run = 0; run < TRACED_RUNS; run += 1) traces.push(await traceLoad(withExtension, WINDOW_MS));
  log(`traced ${TRACED_RUNS} loads`);
  heap = await contentScriptHeap(withExtension, WINDOW_MS);
  detection = await timeDetection(without, PASSES, PASSES_PER_FRAME);
  log('measured the heap and the detection pass');
} finally {
  await withExtension.close();
  await without.close();
  await server.close();
}

const rows = resultRows({ windowMs: WINDOW_MS, loads, late, lateRuns: LATE_RUNS, traces, heap: heap!, detection: detection!, size });
const sample = loads.without;
console.log(`
Exit Guide benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC
Machine: ${machine(chromiumVersion)}
Page: www.aliexpress.com/ (eg_variant=heavy), ${median(sample.map((s) => s.elementsAtLoad))} elements at DOMContentLoaded, ${median(sample.map((s) => s.cardsPerSecond)).toFixed(0)} product cards/s, carousel moved every animation frame
Runs: ${RUNS} loads with and ${RUNS} without, alternating; ${LATE_RUNS} late-target loads; ${TRACED_RUNS} traced loads; window ${WINDOW_MS / 1000} s after load
Detection: step ${detection!.step}, target ${detection!.target}; timer step ${detection!.timerResolutionUs} µs

${table(rows)}

How: main-thread and script time are CDP Performance.getMetrics (TaskDuration, ScriptDuration) of the
page's renderer from the navigation's commit; the extra is the median with minus the median without.
Long tasks: the page's own PerformanceObserver('longtask') in every load, with against without; in the
traced loads a task's content-script share is its V8 CPU samples with chrome-extension://…/content-
scripts/content.js on the stack. Ring times: the page's clock (performance.now()) at DOMContentLoaded or
at the late insertion, and when the ring in the ring host's open shadow root (div[data-exit-guide=ring]) gets the class "shown".
Heap: the sampling heap profiler (one sample per 4 KB) keeps the allocation stack of every live object;
those allocated with content.js on the stack belong to the content script's isolated world (its code and
bytecode aside); the isolate's used heap with minus without counts those too.
${rows.filter((r) => r.pass === false).length} of ${rows.filter((r) => r.pass !== undefined).length} budgets over. Total time ${((Date.now() - started) / 1000).toFixed(0)} s.`);

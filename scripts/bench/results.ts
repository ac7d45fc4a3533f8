import { BUDGET, kb } from './budgets.ts';
import type { PassTimes } from './detectionEntry.ts';
import type { LoadSample } from './loadRun.ts';
import type { Row } from './report.ts';
import { max, median, ms, pct, quantile, sum } from './stats.ts';
import type { TraceSample } from './trace.ts';

/** Everything one run of npm run bench measured. */
export interface BenchData {
  windowMs: number;
  loads: Record<'with' | 'without', LoadSample[]>;
  /** Late target inserted → ring shown, ms, one per load. */
  late: number[];
  lateRuns: number;
  traces: TraceSample[];
  heap: { attributed: number; sampledTotal: number };
  detection: PassTimes;
  size: { raw: number; gzip: number };
}

/** The results table: each figure beside its budget (issue 7), or as context for the others. */
export function resultRows({ windowMs, loads, late, lateRuns, traces, heap, detection, size }: BenchData): Row[] {
  const runs = loads.with.length;
  const seconds = windowMs / 1000;
  const total = (s: LoadSample) => s.taskLoad + s.taskWindow;
  const totalScript = (s: LoadSample) => s.scriptLoad + s.scriptWindow;
  function extraRow(figure: string, pick: (s: LoadSample) => number, budgeted: boolean): Row {
    const a = median(loads.with.map(pick));
    const b = median(loads.without.map(pick));
    const ratio = (a - b) / b;
    return {
      figure, withExtension: ms(a, 0), without: ms(b, 0), result: `${a >= b ? '+' : ''}${ms(a - b, 0)} (${pct(ratio)})`,
      budget: budgeted ? `≤ ${pct(BUDGET.extraMainThread)} extra` : '', ...(budgeted ? { pass: ratio <= BUDGET.extraMainThread } : {}),
    };
  }
  const longTasks = (arm: LoadSample[]) => arm.map((s) => s.longTasks.filter((t) => t.duration > 50).length);
  const ringAtLoad = loads.with.map((s) => s.ringAfterDcl).filter((v): v is number => v !== null);
  const us = (values: number[]) => values.map((v) => v * 1000);
  const clean = us(detection.clean);
  const first = us(detection.firstInFrame);
  const caused = sum(traces.map((t) => t.causedByExtension));
  const extraLong = { with: sum(longTasks(loads.with)), without: sum(longTasks(loads.without)) };
  const heapWith = median(loads.with.map((s) => s.heapUsed));
  const heapWithout = median(loads.without.map((s) => s.heapUsed));

  const rows: Row[] = [
    extraRow(`Main-thread time (TaskDuration), navigation → load + ${seconds} s, median`, total, true),
    extraRow('  of which up to the load event', (s) => s.taskLoad, false),
    extraRow(`  of which the ${seconds} s after load`, (s) => s.taskWindow, false),
    extraRow(`Script time (ScriptDuration), navigation → load + ${seconds} s, median`, totalScript, true),
    {
      figure: `Long tasks > 50 ms (the page's own observer): per load, median (total in ${runs} loads)`,
      withExtension: `${median(longTasks(loads.with))} (${extraLong.with})`,
      without: `${median(longTasks(loads.without))} (${extraLong.without})`,
      result: `${extraLong.with - extraLong.without >= 0 ? '+' : ''}${extraLong.with - extraLong.without} with the extension`,
      budget: `${BUDGET.extensionLongTasks} more`,
      pass: extraLong.with - extraLong.without <= BUDGET.extensionLongTasks,
    },
    {
      figure: `  traced (${traces.length} loads; tracing slows tasks): long tasks holding content-script work`,
      withExtension: `${sum(traces.map((t) => t.withExtensionWork))} of ${sum(traces.map((t) => t.longTasks))}`,
      without: '',
      result: `${caused} over 50 ms by its work alone; ${ms(sum(traces.map((t) => t.extensionInLongTasks)), 0)} of it`,
      budget: '',
    },
    {
      figure: 'Longest uninterrupted content-script run (trace), max',
      withExtension: ms(max(traces.map((t) => t.longestRun))), without: '', result: '', budget: '',
    },
    {
      figure: `Content-script work in the ${seconds} s after load (trace), median`,
      withExtension: `${ms(median(traces.map((t) => t.msPerSecond)))}/s, ${median(traces.map((t) => t.callsPerSecond)).toFixed(0)} calls/s`,
      without: '', result: '', budget: '',
    },
    {
      figure: '  of which animation-frame callbacks (re-read, ring) / other (mutation callbacks, panel)',
      withExtension: `${ms(median(traces.map((t) => t.frameMsPerSecond)))}/s / ${ms(median(traces.map((t) => t.otherMsPerSecond)))}/s`,
      without: '', result: '', budget: '',
    },
    {
      figure: 'Content script injection (trace): after DOMContentLoaded; evaluation, median',
      withExtension: `${ms(median(traces.map((t) => t.dclToInjection).filter((v): v is number => v !== null)))}; ${ms(median(traces.map((t) => t.evaluation)))}`,
      without: '', result: '', budget: '',
    },
    {
      figure: 'Page frame rate (carousel frames per second), median',
      withExtension: median(loads.with.map((s) => s.framesPerSecond)).toFixed(1),
      without: median(loads.without.map((s) => s.framesPerSecond)).toFixed(1), result: '', budget: '',
    },
    {
      figure: `DOMContentLoaded → ring shown, target there at load: median (max), ${ringAtLoad.length} loads`,
      withExtension: `${ms(median(ringAtLoad))} (${ms(max(ringAtLoad))})`, without: '', result: '',
      budget: `≤ ${BUDGET.ringAtLoadMs} ms`, pass: ringAtLoad.length === loads.with.length && median(ringAtLoad) <= BUDGET.ringAtLoadMs,
    },
    {
      figure: `Late target inserted → ring shown: median (max), ${late.length} loads`,
      withExtension: `${ms(median(late))} (${ms(max(late))})`, without: '', result: '',
      budget: `≤ ${ms(BUDGET.ringLateMs)} (1 frame + 50 ms)`, pass: late.length === lateRuns && median(late) <= BUDGET.ringLateMs,
    },
    {
      figure: `Detection pass, readPage on the heavy page: median (p95), ${clean.length} passes`,
      withExtension: '', without: '', result: `${median(clean).toFixed(0)} µs (${quantile(clean, 0.95).toFixed(0)} µs)`,
      budget: `p95 ≤ ${BUDGET.detectionP95Us} µs`, pass: quantile(clean, 0.95) <= BUDGET.detectionP95Us,
    },
    {
      figure: `  first pass of a frame, with the style/layout it forces: median (p95), ${first.length} passes`,
      withExtension: '', without: '', result: `${median(first).toFixed(0)} µs (${quantile(first, 0.95).toFixed(0)} µs)`, budget: '',
    },
    {
      figure: 'Content script JS heap, live after GC, by allocation stack',
      withExtension: kb(heap.attributed), without: '', result: `of ${kb(heap.sampledTotal)} sampled in the page's isolate`, budget: '',
    },
    {
      figure: 'Page isolate JS heap after GC, median (includes the script\'s code)',
      withExtension: kb(heapWith), without: kb(heapWithout), result: `+${kb(heapWith - heapWithout)}`, budget: '',
    },
    {
      figure: 'Content script size, raw (gzip -9)',
      withExtension: '', without: '', result: `${kb(size.raw)} (${kb(size.gzip)})`,
      budget: `≤ ${kb(BUDGET.contentScriptGzipBytes)} gzip`, pass: size.gzip <= BUDGET.contentScriptGzipBytes,
    },
  ];
  return rows;
}

import { browser, type ContentScriptContext } from '#imports';
import { readPage } from '@/engine/detect';
import { mayMatter } from '@/engine/relevance';
import { debugReport, formatReport } from '@/engine/report';
import { browserProbe, lookThrough } from '@/engine/visibility';
import { flow, labels, PATHS, type StepId } from '@/flows';
import { isRtl, pickLocale, translator } from '@/i18n';
import { connectProgress, createProgressStore } from '@/store/progress';
import { calloutText } from './callout';
import { deriveView, displayLabel, toFrameReport } from './deriveView';
import { listenFrameReports, requestPanelFocus, sendFrameReport, type FrameReport } from './frameBridge';
import { frameTargetBox } from './frameGeometry';
import { aroundOf, isRelevantChange } from './changeFilter';
import { createHighlightRing } from './highlightRing';
import { forwardPanelShortcut } from './keyboard';
import { mountPanel, type MountedPanel } from './mountPanel';
import { placePanel } from './placement';
import { createViewStore, type GuideView } from './view';
import { createDialogWatch, type DialogWatch } from './dialogWatch';
import { watchPage } from './watchPage';

/** The page's dialogs, followed from the page watcher's records (one per content script). */
let dialogs: DialogWatch | undefined;

/** The debug report of this page, with what the panel and the frames show. */
function reportText(shown: GuideView, frames: Iterable<FrameReport>): string {
  const extra = [
    `version: ${browser.runtime.getManifest().version}`,
    `panel: ${shown.status}${shown.target ? ` ${shown.target.id}` : ''}`,
    ...[...frames].map((r) => `frame: ${r.step}${r.targetId ? ` rings ${r.targetId}` : ''}`),
  ];
  return formatReport(debugReport(flow, labels, location, document, readPage(flow, labels, location, document, { dialogs: dialogs?.list })), extra);
}

/** How long a missing control is waited for (late rendering) before the panel says so. */
const WAIT_MS = 10_000;

const RECORDED: ReadonlySet<StepId> = new Set([...PATHS.delete, ...PATHS.deactivate, 'done']);

/**
 * The content script's whole job, in every AliExpress frame: read the page on every relevant
 * change, ring the control in this frame, and (top frame only) keep the panel current.
 */
export async function startGuide(ctx: ContentScriptContext): Promise<void> {
  const isTop = window.top === window;
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  const { signal } = controller;

  const progress = createProgressStore();
  const disconnect = await connectProgress(progress);
  signal.addEventListener('abort', disconnect);
  // Injected at document_start, so that the stored progress is read while the page loads.
  if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  const languages = [browser.i18n.getUILanguage(), ...navigator.languages];
  const ring = createHighlightRing(document);
  // The page's hit tests (what covers a control) look through our own layers.
  lookThrough(ring.host);
  signal.addEventListener('abort', () => ring.destroy());

  const view = createViewStore();
  // Set once the page watcher exists; the panel calls it after each render.
  let schedule = () => {};
  let follow: (found: ReadonlySet<Element>, around: Iterable<Node>) => void = () => {};
  let frames: ReadonlyMap<number, FrameReport> = new Map();
  const makeReport = () => reportText(view.getState(), frames.values());
  // Mounted after the first reading, so the ring does not wait for the panel.
  let panel: MountedPanel | null = null;
  let missing = { key: '', since: 0 };
  let waitTimer: ReturnType<typeof setTimeout> | undefined;
  let lastTarget: Element | null = null;
  // What the last reading looked at: changes in or around these bring the next reading.
  let watched: ReadonlySet<Element> = new Set();
  let lastReport = '';
  signal.addEventListener('abort', () => clearTimeout(waitTimer));

  function update() {
    const state = progress.getState();
    const reading = state.active ? readPage(flow, labels, location, document, { dialogs: dialogs?.list }) : null;
    const locale = pickLocale([state.locale, ...languages]);
    const el = reading?.target?.element ?? null;
    watched = reading ? new Set([...reading.seen, ...(el ? [el] : [])]) : new Set();
    follow(watched, aroundOf(watched));
    if (el && reading?.target) {
      const label = displayLabel(el);
      const text = calloutText(translator(locale), { ...reading.target, kind: reading.target.spec.kind, label }, reading.target.word?.word ?? null);
      ring.show(el, text, isRtl(locale) ? 'rtl' : 'ltr');
    } else ring.hide();

    if (!isTop) {
      const report = reading ? toFrameReport(reading, location.href, ring.box()) : null;
      const serialized = JSON.stringify(report);
      if (serialized !== lastReport) sendFrameReport(report);
      lastReport = serialized;
      return;
    }
    if (!reading || !panel) return;
    panel.ensureAttached();

    const key = reading.missing ? `${reading.step}/${reading.target?.spec.id}` : '';
    if (key !== missing.key) {
      missing = { key, since: Date.now() };
      clearTimeout(waitTimer);
      if (key) waitTimer = setTimeout(schedule, WAIT_MS);
    }
    const timedOut = key !== '' && Date.now() - missing.since >= WAIT_MS;
    let placement: GuideView['placement'] = el === lastTarget ? view.getState().placement : 'end';
    lastTarget = el;
    placement = placePanel(ring.box() ?? frameTargetBox(frames.values(), document), panel.box(), placement);

    const next = deriveView(reading, frames.values(), timedOut, placement);
    if (import.meta.env.DEV && next.step !== view.getState().step) {
      console.debug(formatReport(debugReport(flow, labels, location, document, reading)));
    }
    if (JSON.stringify(next) !== JSON.stringify(view.getState())) view.setState(next, true);
    if (RECORDED.has(next.step)) state.recordStep(next.step);
  }

  dialogs = createDialogWatch(document);
  const watch = watchPage({
    doc: document,
    signal,
    onRecords: (records) => dialogs?.note(records),
    isRelevant: (records) =>
      isRelevantChange(records, {
        isOwnNode: (node) => node === ring.host || node === panel?.host(),
        watched: () => watched,
        mayMatter: (roots) => mayMatter(flow, labels, location, document, roots, browserProbe),
      }),
    onChange: update,
  });
  schedule = watch.schedule;
  follow = watch.follow;
  const unsubscribe = progress.subscribe(schedule);
  signal.addEventListener('abort', unsubscribe);
  if (isTop) {
    listenFrameReports(signal, (reports) => {
      frames = new Map(reports);
      schedule();
    });
  } else {
    ctx.addEventListener(window, 'pagehide', () => sendFrameReport(null));
    forwardPanelShortcut(window, signal, requestPanelFocus);
  }
  update();
  if (isTop) {
    // A task of its own: the ring is up, and mounting the panel must not lengthen that task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    panel = await mountPanel(ctx, { view, progress }, languages, { onRender: () => schedule(), makeReport });
    lookThrough(panel.host());
    update();
  }
}

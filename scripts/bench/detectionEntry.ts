// Bundled by the benchmark into an IIFE and added to the heavy page: times the engine's
// detection pass (readPage = page recognition + target location) against the live DOM.
import { readPage } from '@/engine/detect';
import { flow, labels } from '@/flows';
import { createDialogWatch } from '@/guide/dialogWatch';

export interface PassTimes {
  /** Passes right after another: style and layout are clean, this is the engine's own cost. */
  clean: number[];
  /** The first pass of each animation frame, after the page's mutations: includes the style and layout it forces. */
  firstInFrame: number[];
  step: string;
  target: string;
}

function describe(el: Element | null | undefined): string {
  if (!el) return 'none';
  return `<${el.localName}${el.id ? `#${el.id}` : ''}>`;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function timePasses(passes: number, perFrame: number): Promise<PassTimes> {
  const times: PassTimes = { clean: [], firstInFrame: [], step: '', target: '' };
  // As the content script reads: the page's dialogs followed from its mutations (guide/runGuide.ts).
  const dialogs = createDialogWatch(document);
  new MutationObserver((records) => dialogs.note(records)).observe(document.documentElement, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['role', 'aria-modal', 'open'],
  });
  while (times.clean.length + times.firstInFrame.length < passes) {
    await nextFrame();
    for (let i = 0; i < perFrame; i += 1) {
      const start = performance.now();
      const reading = readPage(flow, labels, location, document, { dialogs: dialogs.list });
      const elapsed = performance.now() - start;
      (i === 0 ? times.firstInFrame : times.clean).push(elapsed);
      const target = reading?.target;
      times.step = reading?.step ?? 'none';
      times.target = target
        ? `${target.spec.id} via candidate #${target.via}${target.revealing ? ', ringing its menu trigger' : ''} ${describe(target.element)}`
        : 'none';
    }
  }
  return times;
}

(window as unknown as { __benchDetect: typeof timePasses }).__benchDetect = timePasses;

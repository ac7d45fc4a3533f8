import { describe, expect, it } from 'vitest';
import { mayMatter } from '@/engine/relevance';
import { styleProbe } from '@/engine/visibility';
import { flow, labels } from '@/flows';
import { isRelevantChange } from '@/guide/changeFilter';

/** Collects the records of one change, as the page's MutationObserver would see them. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return records;
}

function relevantOn(url: string, watched: Element[] = []) {
  const loc = new URL(url);
  // happy-dom has no layout: visibility from styles only.
  return (records: MutationRecord[]) =>
    isRelevantChange(records, {
      isOwnNode: (node) => (node as HTMLElement).dataset?.exitGuide === 'ring',
      watched: () => new Set(watched),
      mayMatter: (roots) => mayMatter(flow, labels, loc, document, roots, styleProbe),
    });
}

describe('which page changes bring a re-read', () => {
  it('not a carousel moving, nor product cards added by an endless grid', async () => {
    document.body.innerHTML = '<header><a href="//home.aliexpress.com/index.htm">My AliExpress</a></header><div class="carousel"><img></div><ul class="grid"></ul>';
    const relevant = relevantOn('https://www.aliexpress.com/', [document.querySelector('header a')!]);
    expect(relevant(await recordsOf(() => document.querySelector<HTMLElement>('.carousel')!.style.setProperty('transform', 'translateX(-40px)')))).toBe(false);
    const card = '<li><a href="//www.aliexpress.com/item/1005001.html"><img alt=""><span>Wireless earbuds</span></a><button>Add to cart</button></li>';
    expect(relevant(await recordsOf(() => document.querySelector('.grid')!.insertAdjacentHTML('beforeend', card.repeat(50))))).toBe(false);
  });

  it('a dialog that opens, a late button, and a watched control that changes', async () => {
    document.body.innerHTML = '<main><div class="slot"></div><button class="resend">Get code</button></main>';
    const resend = document.querySelector('.resend')!;
    const relevant = relevantOn('https://privacy.aliexpress.com/home#/request/delete', [resend]);
    expect(relevant(await recordsOf(() => document.querySelector('.slot')!.insertAdjacentHTML('beforeend', '<button>Delete my account</button>')))).toBe(true);
    expect(relevant(await recordsOf(() => document.body.insertAdjacentHTML('beforeend', '<div role="dialog"><p>Type "agree"</p><input placeholder="agree"></div>')))).toBe(true);
    expect(relevant(await recordsOf(() => (resend.firstChild!.nodeValue = 'Resend in 59s')))).toBe(true);
    expect(relevant(await recordsOf(() => resend.parentElement!.classList.add('hidden')))).toBe(true);
  });

  it('the page removing the ring brings a re-read that puts it back', async () => {
    document.body.innerHTML = '';
    const ring = document.createElement('div');
    ring.dataset.exitGuide = 'ring';
    document.documentElement.append(ring);
    const relevant = relevantOn('https://www.aliexpress.com/');
    expect(relevant(await recordsOf(() => ring.remove()))).toBe(true);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { readPage } from '@/engine/detect';
import { styleProbe } from '@/engine/visibility';
import { flow, labels } from '@/flows';
import { createDialogWatch } from '@/guide/dialogWatch';

/** The page's dialogs followed from the watcher's records, as runGuide hands them to readPage. */
async function records(mutate: () => void): Promise<MutationRecord[]> {
  const observer = new MutationObserver(() => {});
  observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['role', 'aria-modal', 'open'] });
  mutate();
  const taken = observer.takeRecords();
  observer.disconnect();
  return taken;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('createDialogWatch', () => {
  it('knows the dialogs at start, those added later, those given a role, and forgets removed ones', async () => {
    document.body.innerHTML = '<div id="a" role="dialog"></div><main><p id="later">x</p></main>';
    const watch = createDialogWatch(document);
    watch.note(await records(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<section><div id="b" aria-modal="true" role="dialog"></div></section>')));
    watch.note(await records(() => document.getElementById('later')!.setAttribute('role', 'alertdialog')));
    watch.note(await records(() => document.getElementById('a')!.remove()));
    expect([...watch.list()].map((el) => el.id).sort()).toEqual(['b', 'later']);
  });

  it('gives the reading the same modal scope as a scan of the page', async () => {
    document.body.innerHTML = '<main><button>Delete account</button></main>';
    const watch = createDialogWatch(document);
    watch.note(await records(() => document.body.insertAdjacentHTML('beforeend', `
      <div role="dialog" aria-modal="true"><label><input type="checkbox" checked> Yes, I want to permanently close my AliExpress account and delete my data</label>
      <button id="real">Delete account</button></div>`)));
    const url = new URL('https://privacy.aliexpress.com/home#/request/delete');
    const known = readPage(flow, labels, url, document, { probe: styleProbe, dialogs: watch.list });
    const scanned = readPage(flow, labels, url, document, { probe: styleProbe });
    expect(known?.target?.element).toBe(document.getElementById('real'));
    expect(scanned?.target?.element).toBe(document.getElementById('real'));
  });
});

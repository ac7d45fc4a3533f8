import { beforeEach, describe, expect, it } from 'vitest';
import { readPage } from '@/engine/detect';
import { pageForReport } from '@/engine/report';
import { styleProbe } from '@/engine/visibility';
import { flow, labels } from '@/flows';
import { displayLabel } from '@/guide/deriveView';

/**
 * Hostile pages (issue 12): a page, or an ad or script in it, must never make the guide ring
 * a lookalike. Each case is the smallest page that shows one trick; the real control is
 * named by the test's own selector.
 */
function page(html: string): void {
  document.body.innerHTML = html;
}

function read(url: string) {
  const reading = readPage(flow, labels, new URL(url), document, { probe: styleProbe });
  if (!reading) throw new Error('not an AliExpress page');
  return reading;
}

const one = (selector: string) => {
  const found = document.querySelectorAll(selector);
  if (found.length !== 1) throw new Error(`${found.length} × ${selector}`);
  return found[0]!;
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('links are rung only when they lead to an AliExpress host', () => {
  it('a Sign in to login.aliexpress.top is never rung; the real one in the hover menu is revealed instead', () => {
    page(`
      <header id="header">
        <a id="fake" href="https://login.aliexpress.top/">Sign in</a>
        <div id="nav-user-account"><span>Account</span>
          <div hidden><a id="real" href="//login.aliexpress.com/">Sign in</a></div>
        </div>
      </header>`);
    const reading = read('https://www.aliexpress.com/item/1.html');
    expect(reading.step).toBe('sign-in');
    expect(reading.target?.element).toBe(one('#nav-user-account'));
    expect(reading.target?.revealing).toBe(true);
  });

  it.each([
    ['https://aliexpress-support.example/user/organization/deactive_account.htm'],
    ['https://privacy-aliexpress.example/home#/request/delete'],
    ['//aliexpress.com.evil.example/deactive_account.htm'],
    ['/\\evil.example/deactive_account.htm'],
  ])('a Deactivate Account link to %s is not the step\'s control', (href) => {
    page(`<main><a id="fake" href="${href}">Deactivate Account</a></main>`);
    const reading = read('https://accounts.aliexpress.com/user/organization/manage_person_profile.htm');
    expect(reading.target?.element ?? null).not.toBe(one('#fake'));
  });

  it('a relative or same-site link is rung', () => {
    page('<main><a id="real" href="/user/organization/deactive_account.htm">Deactivate Account</a></main>');
    expect(read('https://accounts.aliexpress.com/user/organization/manage_person_profile.htm').target?.element).toBe(one('#real'));
  });
});

describe('the real control, even greyed out, is rung before an enabled copy', () => {
  it('Delete account disabled in the confirmation, an enabled copy after it: the real one, and the panel says it is not on yet', () => {
    page(`
      <main>
        <h1>Delete account</h1>
        <label><input type="checkbox" id="box"> Yes, I want to permanently close my AliExpress account and delete my data</label>
        <button id="real" disabled>Delete account</button>
        <button id="copy">Delete account</button>
      </main>`);
    (one('#box') as HTMLInputElement).checked = true;
    const reading = read('https://privacy.aliexpress.com/home#/request/delete');
    expect(reading.step).toBe('delete');
    expect(reading.target?.element).toBe(one('#real'));
    expect(reading.notices).toContain('not-yet-enabled');
  });
});

describe('what is written decides, not the accessible name', () => {
  it('a button labelled "Delete account" that says "Keep my account" is not rung as Delete account', () => {
    page(`
      <div role="dialog" aria-modal="true">
        <p>Yes, I want to permanently close my AliExpress account.</p>
        <button id="keep" aria-label="Delete account">Keep my account</button>
        <button id="real">Delete account</button>
      </div>`);
    const reading = read('https://privacy.aliexpress.com/home#/request/delete');
    expect(reading.target?.element).toBe(one('#real'));
    expect(displayLabel(one('#keep'))).toBe('Keep my account');
  });
});

describe('the primary-button fallback matches whole class parts, and rings nothing when unsure', () => {
  it('"red" inside btn-bordered is no mark of a primary button', () => {
    page(`
      <div role="dialog" aria-modal="true">
        <p>Type "agree" to delete your account</p><input type="text" id="word">
        <button class="btn-bordered">Annuler</button>
        <button class="comet-btn comet-btn-primary" id="real">Supprimer définitivement</button>
      </div>`);
    (one('#word') as HTMLInputElement).value = 'agree';
    expect(read('https://privacy.aliexpress.com/home#/request/delete').target?.element).toBe(one('#real'));
  });

  it('two primary buttons in the scope and no known name: nothing is rung', () => {
    page(`
      <div role="dialog" aria-modal="true">
        <p>Type "agree" to delete your account</p><input type="text" id="word">
        <button class="comet-btn comet-btn-primary">Bestätigen A</button>
        <button class="comet-btn comet-btn-danger">Bestätigen B</button>
      </div>`);
    (one('#word') as HTMLInputElement).value = 'agree';
    const reading = read('https://privacy.aliexpress.com/home#/request/delete');
    expect(reading.step).toBe('type-agree');
    expect(reading.target?.element ?? null).toBeNull();
  });
});

describe('done needs the confirmation view, not its words', () => {
  it('"will be deleted within 24 hours" beside an open confirmation is not done', () => {
    page(`
      <div role="dialog" aria-modal="true">
        <p>Your account will be deleted within 24 hours.</p>
        <label><input type="checkbox"> Yes, I want to permanently close my AliExpress account and delete my data</label>
        <button>Delete account</button>
      </div>`);
    expect(read('https://privacy.aliexpress.com/home#/request/delete').step).toBe('delete');
  });
});

describe('what the panel quotes and reports', () => {
  it('strips bidi controls and invisible characters from a quoted label, and cuts at a word', () => {
    page('<button id="b">Delete\u202e tnuocca\u202c my account now and forever, with every order and coupon</button>');
    const label = displayLabel(one('#b'));
    expect(label).not.toMatch(/[\u202a-\u202e\u200b-\u200f]/);
    expect(label.endsWith('…')).toBe(true);
    expect(label.slice(0, -1)).toMatch(/\S$/);
    expect('Delete tnuocca my account now and forever, with every order and coupon'.startsWith(label.slice(0, -1))).toBe(true);
    expect(label.slice(0, -1).split(' ').every((word) => 'Delete tnuocca my account now and forever, with every order and coupon'.split(' ').includes(word))).toBe(true);
  });

  it('keeps no query, in the path or inside a hash route', () => {
    for (const href of [
      'https://privacy.aliexpress.com/home#/request/delete?email=priya@example.com&token=abc',
      'https://login.aliexpress.com/?return=https%3A%2F%2Fwww.aliexpress.com%2F',
      'https://www.aliexpress.com/p/order/index.html?spm=a2g0o.home.1',
    ]) {
      const report = pageForReport(new URL(href));
      expect(report).not.toMatch(/[?=&]|priya|token|spm|return/);
    }
  });

  it('gives no step on other hosts', () => {
    for (const host of ['example.com', 'aliexpress.com.evil.example', 'evilaliexpress.com']) {
      expect(readPage(flow, labels, new URL(`https://${host}/`), document, { probe: styleProbe })).toBeNull();
    }
  });
});

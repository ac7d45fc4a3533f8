import { beforeEach, describe, expect, it } from 'vitest';
import { hrefSelector } from '@/engine/candidates';
import { Pass } from '@/engine/locate';
import { styleProbe } from '@/engine/visibility';
import { labels } from '@/flows';

// The Pass answers two kinds of look-up without querySelectorAll on the whole page (see
// engine/locate.ts); each must give exactly what querySelectorAll gives, in the same order.

const LINKS = `
  <nav><a href="//login.aliexpress.com/?return=1">Sign in</a><a id="b" href="/p/account/index.html">Account</a></nav>
  <svg><a href="https://my.aliexpress.com/svg-link"><text>svg</text></a></svg>
  <main id="a">
    <a href="//www.aliexpress.com/item/1.html">Item</a>
    <a>no href</a>
    <a href="https://www.aliexpress.com/xlogout.htm?x=MY.ALIEXPRESS">Sign out</a>
    <a href="//My.AliExpress.com/upper">case differs</a>
    <a href="https://home.aliexpress.com/index.htm">My AliExpress</a>
  </main>
  <div id="c"><a href="https://my.aliexpress.com/x">Orders</a></div>`;

const pieces = ['login.aliexpress', 'logout', 'home.aliexpress', 'my.aliexpress', '/p/account/'];

beforeEach(() => {
  document.body.innerHTML = LINKS;
});

describe('links by the pieces of their target, in one walk', () => {
  it.each([[['logout']], [['home.aliexpress', 'my.aliexpress']], [['/p/account/']], [['login.aliexpress', 'logout']]])(
    'gives what querySelectorAll gives for %j',
    (wanted) => {
      const pass = new Pass(document, labels, styleProbe);
      pass.expectLinks(pieces);
      const expected = Array.from(document.querySelectorAll(hrefSelector(wanted)));
      expect(expected.length).toBeGreaterThan(0);
      expect(pass.linksWith(wanted)).toEqual(expected);
    },
  );

  it('is case-sensitive, as the attribute selector is', () => {
    const pass = new Pass(document, labels, styleProbe);
    pass.expectLinks(pieces);
    expect(pass.linksWith(['my.aliexpress']).map((a) => a.getAttribute('href'))).not.toContain('//My.AliExpress.com/upper');
  });

  it('falls back to the selector for a piece it was not told of, and for a subtree', () => {
    const pass = new Pass(document, labels, styleProbe);
    pass.expectLinks(['logout']);
    expect(pass.linksWith(['/item/'])).toEqual(Array.from(document.querySelectorAll('a[href*="/item/"]')));
    const main = document.getElementById('a')!;
    const inMain = new Pass(document, labels, styleProbe, main);
    inMain.expectLinks(pieces);
    expect(inMain.linksWith(['my.aliexpress'])).toEqual(Array.from(main.querySelectorAll('a[href*="my.aliexpress"]')));
  });
});

describe('selectors made of ids alone', () => {
  it('gives the elements in document order, whatever order the ids are written in', () => {
    const pass = new Pass(document, labels, styleProbe);
    expect(pass.query(document, '#c, #a, #missing, #b')).toEqual(Array.from(document.querySelectorAll('#c, #a, #missing, #b')));
    expect(pass.query(document, '#c, #a, #missing, #b').map((el) => el.id)).toEqual(['b', 'a', 'c']);
  });

  it('leaves other selectors to querySelectorAll', () => {
    const pass = new Pass(document, labels, styleProbe);
    expect(pass.query(document, '#a a, #c')).toEqual(Array.from(document.querySelectorAll('#a a, #c')));
  });
});

import { describe, expect, it } from 'vitest';
import { holdsCandidate, mayHold, mayMatter } from '@/engine/relevance';
import { styleProbe } from '@/engine/visibility';
import { flow, labels } from '@/flows';
import { loadSnapshot, snapshotIndex } from './loadSnapshot';

// The change filter's screen (engine/relevance.ts) dismisses changed subtrees without running
// the candidates. It may let through what no candidate finds, never the reverse: a dismissed
// subtree that held a target would leave the ring off a control the page just rendered.

/** Subtrees the size a page inserts at once (a card, a dialog, a form), and every control. */
function subtrees(): Element[] {
  return Array.from(document.body.querySelectorAll('*')).filter((el) => el.getElementsByTagName('*').length <= 60);
}

describe('the change screen never dismisses a subtree that holds a candidate', () => {
  let held = 0;
  let dismissed = 0;
  for (const name of Object.keys(snapshotIndex)) {
    it(name, () => {
      const { location } = loadSnapshot(name);
      for (const root of subtrees()) {
        const holds = holdsCandidate(flow, labels, location, document, root, styleProbe);
        if (holds) held += 1;
        if (!mayHold(flow, labels, location, root)) {
          dismissed += 1;
          expect(holds, `${name}: dismissed <${root.localName} class="${root.getAttribute('class')}">`).toBe(false);
        }
      }
    });
  }
  it('checked both kinds: subtrees with a candidate, and subtrees dismissed', () => {
    expect(held).toBeGreaterThan(100);
    expect(dismissed).toBeGreaterThan(1000);
  });
});

describe('the change screen on what heavy pages add', () => {
  const home = new URL('https://www.aliexpress.com/');
  const card = (extra = '') =>
    `<li class="card--x9f"><a href="//www.aliexpress.com/item/1005001.html"><img alt="Wireless earbuds"><h3>Wireless earbuds, 40 h</h3></a><span>US $9.99</span>${extra}</li>`;
  const insert = (html: string) => {
    document.body.innerHTML = `<ul>${html}</ul>`;
    return document.body.querySelector('ul > *')!;
  };

  it('dismisses product cards, priced and titled in any language', () => {
    expect(mayHold(flow, labels, home, insert(card()))).toBe(false);
    expect(mayHold(flow, labels, home, insert(card('<button>Add to cart</button>')))).toBe(false);
    expect(mayHold(flow, labels, home, insert(card('<span>Envío gratis</span>')))).toBe(false);
  });

  it.each([
    ['a link to the sign-in host, an icon alone', '<a href="https://login.aliexpress.com/"><svg></svg></a>'],
    ['a button named only by aria-label', '<div role="button" aria-label="Sign in"></div>'],
    ['a button named in Spanish', '<button>Iniciar sesión</button>'],
    ['a header menu trigger', '<span aria-haspopup="true">Cuenta</span>'],
    ['a link named by an element outside the change', '<a href="#" aria-labelledby="far">…</a>'],
  ])('lets through %s', (_, html) => {
    const root = insert(`<li>${html}</li>`);
    document.body.insertAdjacentHTML('afterbegin', '<span id="far" hidden>Sign in</span>');
    expect(mayHold(flow, labels, home, root)).toBe(true);
  });

  it('dismisses a link named by an element outside the change, when that name is no label', () => {
    const root = insert('<li><a href="#" aria-labelledby="far">…</a></li>');
    document.body.insertAdjacentHTML('afterbegin', '<span id="far" hidden>Wireless earbuds</span>');
    expect(mayHold(flow, labels, home, root)).toBe(false);
  });

  it('the whole filter: a late Sign in link matters, fifty cards do not', () => {
    document.body.innerHTML = `<header></header><ul>${card().repeat(50)}</ul>`;
    const cards = Array.from(document.querySelectorAll('li'));
    expect(mayMatter(flow, labels, home, document, cards, styleProbe)).toBe(false);
    document.querySelector('header')!.innerHTML = '<a href="https://login.aliexpress.com/">Sign in</a>';
    expect(mayMatter(flow, labels, home, document, [...cards, document.querySelector('header')!], styleProbe)).toBe(true);
  });
});

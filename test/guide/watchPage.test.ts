import { describe, expect, it, vi } from 'vitest';
import { isRelevantChange } from '@/guide/changeFilter';
import { watchPage } from '@/guide/watchPage';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function setup() {
  document.body.innerHTML = '<main><button>Delete my account</button><input></main>';
  const own = document.createElement('div');
  const onChange = vi.fn();
  const abort = new AbortController();
  const isRelevant = (records: MutationRecord[]) =>
    isRelevantChange(records, { isOwnNode: (node) => node === own, watched: () => new Set(), mayMatter: () => true });
  watchPage({ doc: document, signal: abort.signal, isRelevant, onChange });
  return { own, onChange, abort };
}

describe('watchPage', () => {
  it('reads once per animation frame however many mutations come', async () => {
    const { onChange, abort } = setup();
    for (let i = 0; i < 50; i += 1) document.querySelector('main')!.append(document.createElement('div'));
    await frame();
    expect(onChange).toHaveBeenCalledTimes(1);
    abort.abort();
  });

  it('ignores its own nodes being added, but not the page removing them', async () => {
    const { own, onChange, abort } = setup();
    document.documentElement.append(own);
    await frame();
    expect(onChange).not.toHaveBeenCalled();
    own.remove();
    await frame();
    expect(onChange).toHaveBeenCalledTimes(1);
    abort.abort();
  });

  it('re-reads when the person types (typing mutates nothing) and on hash navigation', async () => {
    const { onChange, abort } = setup();
    document.querySelector('input')!.dispatchEvent(new Event('input', { bubbles: true }));
    await frame();
    expect(onChange).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('hashchange'));
    await frame();
    expect(onChange).toHaveBeenCalledTimes(2);
    abort.abort();
  });

  it('stops when aborted', async () => {
    const { onChange, abort } = setup();
    abort.abort();
    document.body.append(document.createElement('p'));
    await frame();
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('watchPage and in-page navigation', () => {
  it('re-reads on history.pushState through the Navigation API, where the browser has it', async () => {
    const navigation = new EventTarget();
    Object.defineProperty(window, 'navigation', { value: navigation, configurable: true });
    const { onChange, abort } = setup();
    navigation.dispatchEvent(new Event('currententrychange'));
    await frame();
    expect(onChange).toHaveBeenCalledTimes(1);
    abort.abort();
    Reflect.deleteProperty(window, 'navigation');
  });
});

describe('watchPage: showing and hiding, only where it matters', () => {
  it('a carousel restyled every frame is not even reported; a found control\'s container being shown is', async () => {
    document.body.innerHTML = '<div class="track"></div><nav><div class="menu" style="display:none"><a href="/x">Sign in</a></div></nav>';
    const judged = vi.fn(() => true);
    const onChange = vi.fn();
    const abort = new AbortController();
    const watch = watchPage({ doc: document, signal: abort.signal, isRelevant: judged, onChange });
    const link = document.querySelector('a')!;
    watch.follow(new Set([link]), [link, link.parentNode!, link.parentNode!.parentNode!]);
    const track = document.querySelector<HTMLElement>('.track')!;
    for (let i = 0; i < 10; i += 1) {
      track.style.transform = `translateX(${-i * 10}px)`;
      await frame();
    }
    expect(judged).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
    document.querySelector<HTMLElement>('.menu')!.style.display = 'block';
    await frame();
    expect(judged).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    abort.abort();
  });

  it('inside a found element (a dialog\'s inner views) showing and hiding are watched too', async () => {
    document.body.innerHTML = '<div role="dialog"><section class="agree"></section><section class="code" hidden><input></section></div><div class="track"></div>';
    const judged = vi.fn(() => true);
    const abort = new AbortController();
    const watch = watchPage({ doc: document, signal: abort.signal, isRelevant: judged, onChange: () => {} });
    const dialog = document.querySelector('[role="dialog"]')!;
    watch.follow(new Set([dialog]), [dialog, document.body, document.documentElement]);
    document.querySelector<HTMLElement>('.track')!.style.transform = 'translateX(4px)';
    await frame();
    expect(judged).not.toHaveBeenCalled();
    document.querySelector('.code')!.removeAttribute('hidden');
    await frame();
    expect(judged).toHaveBeenCalledTimes(1);
    abort.abort();
  });

  it('attributes that make an element match (a role, a class) are watched on the whole page', async () => {
    document.body.innerHTML = '<div class="box"></div>';
    const judged = vi.fn(() => true);
    const abort = new AbortController();
    watchPage({ doc: document, signal: abort.signal, isRelevant: judged, onChange: () => {} });
    document.querySelector('.box')!.setAttribute('role', 'dialog');
    await frame();
    expect(judged).toHaveBeenCalledTimes(1);
    abort.abort();
  });
});

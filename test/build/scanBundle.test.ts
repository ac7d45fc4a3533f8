import { describe, expect, it } from 'vitest';
import { KNOWN_FETCHES, scanBundle } from './scanBundle';

/** The two known fetches as they appear in the built content script. */
const ISOLATED_ELEMENT = 'if(r){let e=document.createElement(`style`);e.textContent=`url`in r?await fetch(r.url).then(e=>e.text()):r.textContent,o.appendChild(e)}';
const LOAD_CSS = 'async function Di(){let e=d.runtime.getURL(`/content-scripts/content.css`);try{return await(await fetch(e)).text()}catch(t){return ""}}';
const PRELOAD = 'function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}';

const whats = (code: string) => scanBundle([{ name: 'x.js', code }]).problems.map((p) => p.what);

describe('scanBundle', () => {
  it.each([
    ['fetch("/collect")', ['fetch']],
    ['window.fetch.call(window,u)', ['fetch']],
    ['new XMLHttpRequest', ['XMLHttpRequest']],
    ['new WebSocket(u)', ['WebSocket']],
    ['new WebTransport(u)', ['WebTransport']],
    ['navigator.sendBeacon("/b",d)', ['sendBeacon']],
    ['new EventSource("/s")', ['EventSource']],
    ['new RTCPeerConnection()', ['RTCPeerConnection']],
    ['eval("1+1")', ['eval']],
    ['(0,eval)(s)', ['eval']],
    ['new Function("return this")()', ['Function(']],
    ['Function("return this")()', ['Function(']],
    ['importScripts("w.js")', ['importScripts']],
    ['<script src="https://cdn.example/x.js"></script>', ['remote script', 'unknown URL https://cdn.example/x.js']],
    ["<script src='//cdn.example/x.js'></script>", ['remote script', 'unknown URL //cdn.example/x.js']],
    ['import("https://cdn.example/x.js")', ['remote import(', 'unknown URL https://cdn.example/x.js']],
    ['const u=`https://example.com/collect?d=`+d', ['unknown URL https://example.com/collect?d=']],
    ['const u="wss://example.com/live"', ['unknown URL wss://example.com/live']],
    ['const u=`//login.aliexpress.com.evil.example/`', ['unknown URL //login.aliexpress.com.evil.example/']],
  ])('catches %s', (code, expected) => {
    expect(whats(code)).toEqual(expected);
  });

  it('lets known URLs, and words that only contain the names, through', () => {
    const code = 'createElementNS(`http://www.w3.org/2000/svg`,a);var t=`https://react.dev/errors/`+e;prefetch;evaluate();isFunction(x);a={login:`//login.aliexpress.com/`}';
    expect(whats(code)).toEqual([]);
  });

  it('lets the known WXT fetches through, counted', () => {
    const { problems, knownFetches } = scanBundle([{ name: 'content-scripts/content.js', code: `${ISOLATED_ELEMENT};${LOAD_CSS}` }]);
    expect(problems).toEqual([]);
    expect(knownFetches).toEqual(KNOWN_FETCHES.map((known) => known.times));
  });

  it("catches Vite's modulepreload polyfill, which the build leaves out", () => {
    expect(whats(PRELOAD)).toEqual(['fetch']);
  });

  it('catches a third fetch next to the known ones', () => {
    expect(whats(`${ISOLATED_ELEMENT};${LOAD_CSS};fetch(u)`)).toEqual(['fetch']);
  });

  it('catches a known fetch seen more often than expected', () => {
    expect(whats(`${LOAD_CSS};${LOAD_CSS}`)).toEqual([expect.stringMatching(/^fetch seen 2 times, known 1: WXT's loadCss/)]);
  });

  it('does not let a fetch of another URL pass as the CSS-by-URL branch', () => {
    expect(whats('e.textContent=`url`in r?await fetch(r.url+`?d=`+d).then(e=>e.text()):r.textContent')).toEqual(['fetch']);
  });
});

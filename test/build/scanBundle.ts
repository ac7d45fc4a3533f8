/**
 * Issue 6, "Never leaks": what the built extension's code may hold. Pure over the files' text, so
 * scanBundle.test.ts can feed it made-up code and network.build.ts the real build.
 */
export interface BundleFile {
  name: string;
  code: string;
}

export interface BundleProblem {
  file: string;
  what: string;
  excerpt: string;
}

/** Ways to reach the network, or to run code that is not in the package. */
const FORBIDDEN: [string, RegExp][] = [
  ['fetch', /\bfetch\b/g],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/g],
  ['WebSocket', /\bWebSocket\b/g],
  ['WebTransport', /\bWebTransport\b/g],
  ['sendBeacon', /\bsendBeacon\b/g],
  ['EventSource', /\bEventSource\b/g],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/g],
  ['eval', /\beval\b/g],
  ['Function(', /\bFunction\s*\(/g],
  ['importScripts', /\bimportScripts\b/g],
  ['remote script', /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//gi],
  ['remote import(', /\bimport\s*\(\s*["'`](?:https?:)?\/\//g],
];

/** Absolute URLs, and protocol-relative ones in quotes ('//host/...'). */
const URLS = /\b(?:https?|wss?):\/\/[^\s"'`<>()\\]*|(?<=["'`])\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`<>()\\]*/gi;

/** Every URL in the build, by exact text, and why it is harmless: a new one fails the check. */
export const KNOWN_URLS: Record<string, string> = {
  'http://www.w3.org/1999/xhtml': 'XML namespace (preact, react-dom)',
  'http://www.w3.org/2000/svg': 'XML namespace (preact, react-dom)',
  'http://www.w3.org/1998/Math/MathML': 'XML namespace (preact, react-dom)',
  'http://www.w3.org/1999/xlink': 'XML namespace (react-dom)',
  'http://www.w3.org/XML/1998/namespace': 'XML namespace (react-dom)',
  'https://react.dev/errors/': "React's minified-error text, console only",
  'https://developer.mozilla.org/en-US/docs/Web/API/Element/attachShadow#elements_you_can_attach_a_shadow_to':
    '@webext-core/isolated-element error text',
  'https://github.com/wxt-dev/wxt/issues/371': 'WXT warning text',
  'https://wxt.dev/guide/go-further/testing.html': 'WXT error text',
  // Pages the person is sent to by a link or a new tab, never requested by our code.
  'https://www.aliexpress.com/': 'guide/nextPage.ts, components/welcome/Welcome.tsx',
  '//login.aliexpress.com/': 'flows/links.ts',
  '//www.aliexpress.com/p/account/index.html': 'flows/links.ts',
  '//accounts.aliexpress.com/user/organization/manage_person_profile.htm': 'flows/links.ts',
  '//privacy.aliexpress.com/home#/request/delete': 'flows/links.ts',
  '//www.aliexpress.com/p/order/index.html': 'flows/links.ts',
};

/**
 * The bundled fetches that never run for us, each recognised by its surrounding code and
 * expected a fixed number of times per build: any other fetch is a problem.
 */
export const KNOWN_FETCHES = [
  {
    what: "@webext-core/isolated-element's CSS-by-URL branch: WXT's createShadowRootUi always passes the CSS as text",
    signature: /`url`in (\w+)\?await fetch\(\1\.url\)\.then\(\w+=>\w+\.text\(\)\):\1\.textContent/g,
    times: 1,
  },
  {
    what: "WXT's loadCss, run only with cssInjectionMode 'ui' (ours is 'manual'); it reads the extension's own file",
    signature: /\.getURL\(`\/content-scripts\/content\.css`\);try\{return await\(await fetch\(\w+\)\)\.text\(\)\}/g,
    times: 1,
  },
];

const excerpt = (code: string, at: number) => code.slice(Math.max(0, at - 60), at + 60).replace(/\s+/g, ' ');

/** Problems in one build's files, and how often each known fetch was found. */
export function scanBundle(files: BundleFile[]): { problems: BundleProblem[]; knownFetches: number[] } {
  const problems: BundleProblem[] = [];
  const knownFetches = KNOWN_FETCHES.map(() => 0);
  for (const { name, code } of files) {
    const allowed: [number, number][] = [];
    KNOWN_FETCHES.forEach((known, i) => {
      for (const match of code.matchAll(known.signature)) {
        allowed.push([match.index, match.index + match[0].length]);
        knownFetches[i]! += 1;
      }
    });
    for (const [what, pattern] of FORBIDDEN) {
      for (const { index } of code.matchAll(pattern)) {
        if (!allowed.some(([start, end]) => index >= start && index < end)) problems.push({ file: name, what, excerpt: excerpt(code, index) });
      }
    }
    for (const { 0: url, index } of code.matchAll(URLS)) {
      if (!Object.hasOwn(KNOWN_URLS, url)) problems.push({ file: name, what: `unknown URL ${url}`, excerpt: excerpt(code, index) });
    }
  }
  KNOWN_FETCHES.forEach((known, i) => {
    if (knownFetches[i]! > known.times) problems.push({ file: '(all)', what: `fetch seen ${knownFetches[i]} times, known ${known.times}: ${known.what}`, excerpt: '' });
  });
  return { problems, knownFetches };
}

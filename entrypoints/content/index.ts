import { endWhenOrphaned } from '@/guide/orphaned';
import { startGuide } from '@/guide/runGuide';

/** AliExpress and its regional sites, every subdomain, every frame (the sign-in box is one). */
export const ALIEXPRESS_MATCHES = ['*://*.aliexpress.com/*', '*://*.aliexpress.us/*', '*://*.aliexpress.ru/*'];

export default defineContentScript({
  matches: ALIEXPRESS_MATCHES,
  allFrames: true,
  // Start early: storage is read while the page loads, the first reading runs at DOMContentLoaded.
  runAt: 'document_start',
  // The panel's CSS is bundled into its shadow root (mountPanel): no web-accessible file, so
  // pages cannot probe for the extension, and nothing is loaded at run time.
  cssInjectionMode: 'manual',
  // WXT would also announce every start to the page with window.postMessage, naming the extension.
  noScriptStartedPostMessage: true,
  main: (ctx) => {
    endWhenOrphaned(ctx);
    return startGuide(ctx);
  },
});

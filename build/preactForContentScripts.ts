import type { Plugin } from 'vite';

/** React imports as preact/compat provides them. */
const COMPAT: Record<string, string> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/jsx-dev-runtime',
};

/**
 * The content script runs on every AliExpress page, and its budget is 80 KB gzip (issue 7,
 * docs/bench.md): it renders the panel's React components with preact/compat, about 58 KB
 * gzip lighter than react-dom. Extension pages (popup, first-run page) keep React itself.
 * WXT builds each content script in a build of its own, told apart here by its input.
 */
export function preactForContentScripts(): Plugin {
  let contentScript = false;
  return {
    name: 'exit-guide:preact-for-content-scripts',
    enforce: 'pre',
    options(options) {
      contentScript = JSON.stringify(options.input ?? '').includes('entrypoints/content');
      return null;
    },
    async resolveId(source, importer, options) {
      const target = contentScript ? COMPAT[source] : undefined;
      if (!target) return null;
      return this.resolve(target, importer, { ...options, skipSelf: true });
    },
  };
}

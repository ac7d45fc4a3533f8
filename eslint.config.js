import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import noPageActions from './lint/noPageActions.js';

/** Code that ships in the extension: the content script and everything it or the pages import. */
const CONTENT = ['engine', 'flows', 'guide', 'components', 'entrypoints', 'store', 'i18n'];
const content = CONTENT.map((dir) => `${dir}/**/*.{ts,tsx}`);

export default defineConfig([
  // Tests, scripts and docs may act on pages (that is how the e2e suites drive the browser).
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test/**', 'scripts/**', 'docs/**', 'public/**', 'assets/**'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  { files: [...content, 'build/**/*.ts'], extends: [tseslint.configs.recommended] },
  {
    files: content,
    plugins: { 'exit-guide': { rules: { 'no-page-actions': noPageActions } } },
    rules: { 'exit-guide/no-page-actions': 'error' },
  },
  // components/ render only in our shadow root and our own extension pages: their refs are ours.
  { files: ['components/**/*.{ts,tsx}'], rules: { 'exit-guide/no-page-actions': ['error', { allowRefs: true }] } },
]);

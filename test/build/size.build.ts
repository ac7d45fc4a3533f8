import { describe, expect, it } from 'vitest';
import { BUDGET, CONTENT_SCRIPT, contentScriptSize, kb } from '../../scripts/bench/budgets.ts';

// Issue 7's size budget, checked on every test run (after the build); npm run bench prints it too.
describe('content script size', () => {
  it(`stays within ${kb(BUDGET.contentScriptGzipBytes)} gzip`, () => {
    const { raw, gzip } = contentScriptSize();
    expect(
      gzip,
      `${CONTENT_SCRIPT} is ${kb(gzip)} gzip (${kb(raw)} raw), over the budget of ${kb(BUDGET.contentScriptGzipBytes)} gzip by ${kb(gzip - BUDGET.contentScriptGzipBytes)} (issue 7; docs/bench.md)`,
    ).toBeLessThanOrEqual(BUDGET.contentScriptGzipBytes);
  });
});

#!/usr/bin/env node
// Runs every suite (type check, lint, unit and component tests, build, end-to-end in real browsers)
// and ends with one line "N passed, N failed" covering them all. Exit code 1 on any failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const out = mkdtempSync(path.join(tmpdir(), 'exit-guide-tests-'));
let passed = 0;
let failed = 0;
let skipped = 0;

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return result.status === 0;
}

/** A check that is not a vitest suite counts as one test. */
function check(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${label} failed`);
  }
}

function suite(label, config) {
  const report = path.join(out, `${label}.json`);
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  if (config) args.push('--config', config);
  const ok = run(label, 'npx', args);
  if (!existsSync(report)) {
    failed += 1;
    console.log(`✗ ${label}: no report written`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  skipped += json.numPendingTests + (json.numTodoTests ?? 0);
  if (!ok && json.numFailedTests === 0) failed += 1; // a suite that crashed outside any test
}

const only = process.argv.slice(2);
const wants = (name) => only.length === 0 || only.includes(name);

if (wants('typecheck')) check('typecheck', 'npx', ['tsc', '--noEmit']);
// Issue 6: no code in the extension clicks, types into or focuses page elements (lint/noPageActions.js).
if (wants('lint')) check('lint', 'npx', ['eslint', '.']);
if (wants('unit')) suite('unit');
if (wants('e2e')) {
  check('package chrome', 'npx', ['wxt', 'zip']);
  check('package firefox', 'npx', ['wxt', 'zip', '-b', 'firefox']);
  suite('e2e', 'vitest.e2e.config.ts');
}

console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);

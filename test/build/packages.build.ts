import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const entries = (zip: string) => execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');
const UNCLEAN = /(^|\/)(node_modules|\.output|\.wxt|\.cache|test-results)\/|\.log$|\.zip$/;

describe('store packages (npm run zip)', () => {
  for (const name of ['chrome', 'firefox', 'sources']) {
    it(`${name} zip is named with the version and holds no logs, build outputs or node_modules`, () => {
      const list = entries(`.output/exit-guide-${version}-${name}.zip`);
      expect(list.length).toBeGreaterThan(3);
      expect(list.filter((entry) => UNCLEAN.test(entry))).toEqual([]);
      if (name !== 'sources') expect(list).toContain('manifest.json');
      else expect(list).toEqual(expect.arrayContaining(['package.json', 'wxt.config.ts', 'README.md']));
    });
  }
});

describe('web-ext lint on the Firefox build', () => {
  it('reports no errors, and only the explained warnings (README, "Firefox")', () => {
    const run = spawnSync('npx', ['web-ext', 'lint', '--output', 'json', '--source-dir', '.output/firefox-mv2'], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as { errors: unknown[]; warnings: { code: string; file: string; line: number; column: number }[] };
    expect(report.errors).toEqual([]);
    // react-dom sets innerHTML internally (dangerouslySetInnerHTML support); none of our code does.
    // React is bundled in the content script and in the chunk the popup and first-run page share.
    const fromReact = (w: { file: string; line: number; column: number }) => {
      const line = readFileSync(`.output/firefox-mv2/${w.file}`, 'utf8').split('\n')[w.line - 1] ?? '';
      return /\.__html\b/.test(line.slice(Math.max(0, w.column - 200), w.column + 40));
    };
    const unexplained = report.warnings.filter((w) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && fromReact(w)));
    expect(unexplained).toEqual([]);
  });
});

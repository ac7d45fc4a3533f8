import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface Row {
  figure: string;
  withExtension: string;
  without: string;
  result: string;
  budget: string;
  /** Undefined for figures that carry no budget (context for the others). */
  pass?: boolean;
}

export function machine(chromiumVersion: string): string {
  const model = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown CPU';
  const memory = `${Math.round(os.totalmem() / 2 ** 30)} GiB`;
  return `${model}, ${os.cpus().length} cores, ${memory}; Chromium ${chromiumVersion} (headless); Node ${process.version}; ${os.type()} ${os.release()}`;
}

const verdict = (row: Row) => (row.pass === undefined ? '' : row.pass ? 'PASS' : 'OVER');

/** A Markdown table, readable in a terminal and pasted as is into docs/bench.md. */
export function table(rows: Row[]): string {
  const head = ['figure', 'with Exit Guide', 'without', 'result', 'budget', ''];
  const lines = rows.map((r) => [r.figure, r.withExtension, r.without, r.result, r.budget, verdict(r)]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [format(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(format)].join('\n');
}

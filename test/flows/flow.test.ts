import { describe, expect, it } from 'vitest';
import type { Candidate } from '@/engine/types';
import { readPage } from '@/engine/detect';
import { candidatesOf } from '@/engine/pageCandidates';
import type { Flow } from '@/engine/types';
import { styleProbe } from '@/engine/visibility';
import { flow, labels } from '@/flows';
import snapshotIndex from '../fixtures/snapshots/index.json';
import { loadSnapshot } from '../engine/loadSnapshot';

/** Every candidate of the flow, through the engine's own list (engine/relevance.ts). */
const candidates = (): Candidate[] => flow.steps.flatMap(candidatesOf);

describe('the AliExpress flow', () => {
  it('says, for every candidate, which page variant it covers', () => {
    expect(candidates().filter((c) => c.note.trim().length < 8)).toEqual([]);
  });

  it('narrows every link-target candidate with href pieces for the selector engine', () => {
    const links = candidates().filter((c) => 'href' in c);
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((c) => !('contains' in c) || !c.contains?.length).map((c) => c.note)).toEqual([]);
  });

  it('reads every saved page the same with and without those pieces: they only save time', () => {
    const plain = withoutHints(flow) as Flow<string>;
    for (const name of Object.keys(snapshotIndex)) {
      const { location } = loadSnapshot(name);
      const hinted = readPage(flow, labels, location, document, { probe: styleProbe });
      const bare = readPage(plain, labels, location, document, { probe: styleProbe });
      expect([name, bare?.step, bare?.target?.element], name).toEqual([name, hinted?.step, hinted?.target?.element]);
    }
  });
});

/** A deep copy of the flow without the `contains` pieces (RegExps kept as they are). */
function withoutHints(value: unknown): unknown {
  if (value instanceof RegExp || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(withoutHints);
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'contains').map(([key, v]) => [key, withoutHints(v)]));
}

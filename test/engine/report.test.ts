import { describe, expect, it } from 'vitest';
import { readPage } from '@/engine/detect';
import { debugReport, formatReport } from '@/engine/report';
import { styleProbe } from '@/engine/visibility';
import { flow, labels } from '@/flows';
import { loadSnapshot } from './loadSnapshot';

// happy-dom has no layout: visibility comes from styles only.
const probe = styleProbe;

function reportFor(name: string) {
  const { location } = loadSnapshot(name);
  const reading = readPage(flow, labels, location, document, { probe });
  return formatReport(debugReport(flow, labels, location, document, reading, probe));
}

describe('debug report', () => {
  it('names the step, each step\'s detector result and the candidate that matched', () => {
    const text = reportFor('privacy-request-delete');
    expect(text).toContain('step: request-delete');
    expect(text).toMatch(/- request-delete: rule 0: url yes, needs yes/);
    expect(text).toMatch(/delete-my-account\n\s+#0 1 found, 1 showing <button>: red Delete my account button/);
    expect(text).toMatch(/- edit-profile: rule 0: url no/);
  });

  it('carries no personal data: no names, emails or query strings from the page', () => {
    const text = reportFor('home-signed-in-menu');
    expect(text).not.toMatch(/Priya|@gmail|p\*\*\*|spm=/);
    expect(text).toContain('page: www.aliexpress.com/');
  });

  it('shows why a hidden menu item is reached through its trigger', () => {
    const text = reportFor('home-signed-in');
    expect(text).toContain('step: open-account');
    expect(text).toMatch(/my-aliexpress\n\s+#0 1 found, 0 showing <a>/);
  });
});

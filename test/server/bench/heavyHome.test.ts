// @vitest-environment node
// The benchmark's heavy home page (npm run bench): size, the two target variants, house rules.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../fixtureServer.ts';
import { fetchFixture } from '../httpClient.ts';
import { FIXTURES_DIR } from '../template.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

const home = (variant?: string) =>
  fetchFixture(server.port, { url: 'http://www.aliexpress.com/', cookie: variant ? `eg_variant=${variant}` : undefined });
const withoutTemplates = (html: string) => html.replace(/<template\b[\s\S]*?<\/template>/g, '');
const elements = (html: string) => (html.match(/<[a-z][a-z0-9-]*[\s>/]/g) ?? []).length;

describe('heavy home page', () => {
  it('has over 20,000 elements at load, and the Account menu in the header', async () => {
    const res = await home('heavy');
    expect(res.status).toBe(200);
    const live = withoutTemplates(res.body);
    expect(elements(live)).toBeGreaterThan(20_000);
    expect(live).toContain('id="nav-user-account"');
    expect(res.body).toContain('window.__heavyPage');
  });

  it('late variant: the Account menu waits in a template for the page to insert it', async () => {
    const res = await home('heavy-late');
    expect(elements(withoutTemplates(res.body))).toBeGreaterThan(20_000);
    expect(withoutTemplates(res.body)).not.toContain('id="nav-user-account"');
    expect(res.body).toMatch(/<template id="bench-late-account">[\s\S]*id="nav-user-account"/);
  });

  it('is cross-origin isolated, for fine timers', async () => {
    const res = await home('heavy');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers['cross-origin-embedder-policy']).toBe('require-corp');
  });

  it('leaves the home page alone without the cookie', async () => {
    const res = await home();
    expect(res.body).not.toContain('__heavyPage');
    expect(res.headers['cross-origin-opener-policy']).toBeUndefined();
  });

  it('keeps the house rules: protocol-relative links, no test hooks, no faked events', () => {
    const html = readFileSync(`${FIXTURES_DIR}bench/heavy-home.html`, 'utf8');
    const script = readFileSync(`${FIXTURES_DIR}bench/heavy.js`, 'utf8');
    expect(html).not.toMatch(/(href|src|action)="https?:|data-testid/);
    expect(script).not.toMatch(/dispatchEvent|\.click\(\)|new (Mouse|Keyboard|Pointer)?Event\(/);
  });
});

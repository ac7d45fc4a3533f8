import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * Serves the live-shape pages (test/fixtures/live) at their own addresses, over http: each
 * page is asked for with `live=<name>` in its query, since several stand at one address.
 * Anything else answers 404. Both browsers reach it as they reach the fixture server.
 */
const DIR = path.resolve('test/fixtures/live');

export interface LivePage {
  url: string;
  layout?: boolean;
  expect: { step: string; target: string | null; revealing?: boolean; reason?: string };
}

export const liveIndex: Record<string, LivePage> = JSON.parse(readFileSync(path.join(DIR, 'index.json'), 'utf8'));

/** The address a browser opens for a page: http, its query marked, its hash kept. */
export function liveUrl(name: string): string {
  const url = new URL(liveIndex[name]!.url);
  url.protocol = 'http:';
  url.searchParams.set('live', name);
  return url.href;
}

export async function startLiveServer(): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    // A proxy request carries the whole URL; a mapped host request only the path.
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    const name = url.searchParams.get('live');
    if (!name || !liveIndex[name]) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not a live page');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(path.join(DIR, `${name}.html`)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

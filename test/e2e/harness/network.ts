import { readFileSync } from 'node:fs';
import puppeteer, { type CDPSession, type Protocol } from 'puppeteer-core';

/** One request as a target's Network domain saw it. */
export interface SeenRequest {
  /** The target that made it: page, iframe, service_worker, worker, browser_ui, ... */
  targetType: string;
  /** The target's address when it was attached (a page's first one is about:blank). */
  targetUrl: string;
  url: string;
  /** Document, Script, Stylesheet, Image, Fetch, XHR, Other, ... */
  resourceType: string;
  documentUrl: string;
  /** Every address the initiator names: its url and each frame of its call stacks. */
  initiatorUrls: string[];
  initiatorType: string;
  status?: number;
}

export interface NetworkRecorder {
  requests: SeenRequest[];
  /** Target types attached so far, with their first address: proof that a kind was watched. */
  targets: { type: string; url: string }[];
  stop(): Promise<void>;
}

function stackUrls(stack: Protocol.Runtime.StackTrace | undefined): string[] {
  const urls: string[] = [];
  for (let s = stack; s; s = s.parent) urls.push(...s.callFrames.map((frame) => frame.url));
  return urls;
}

/**
 * Records the requests of every target of a running Chromium (launched with
 * --remote-debugging-port=0): a second DevTools connection (puppeteer-core) auto-attaches to
 * pages, frames, workers and the extension's service worker, children included, and enables
 * the Network domain on each before it runs (waitForDebuggerOnStart).
 */
export async function recordNetwork(profile: string): Promise<NetworkRecorder> {
  const port = readFileSync(`${profile}/DevToolsActivePort`, 'utf8').split('\n')[0];
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  const root = await browser.target().createCDPSession();
  const connection = root.connection()!;
  const requests: SeenRequest[] = [];
  const targets: NetworkRecorder['targets'] = [];
  const byId = new Map<string, SeenRequest>();

  async function watch(session: CDPSession): Promise<void> {
    session.on('Target.attachedToTarget', (event: Protocol.Target.AttachedToTargetEvent) => onAttached(event));
    await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
  }

  function onAttached({ sessionId, targetInfo }: Protocol.Target.AttachedToTargetEvent): void {
    const session = connection.session(sessionId);
    if (!session) return;
    targets.push({ type: targetInfo.type, url: targetInfo.url });
    session.on('Network.requestWillBeSent', (event: Protocol.Network.RequestWillBeSentEvent) => {
      const seen: SeenRequest = {
        targetType: targetInfo.type,
        targetUrl: targetInfo.url,
        url: event.request.url,
        resourceType: event.type ?? 'Other',
        documentUrl: event.documentURL,
        initiatorType: event.initiator.type,
        initiatorUrls: [event.initiator.url ?? '', ...stackUrls(event.initiator.stack)].filter(Boolean),
      };
      requests.push(seen);
      byId.set(`${sessionId}/${event.requestId}`, seen);
    });
    session.on('Network.responseReceived', (event: Protocol.Network.ResponseReceivedEvent) => {
      const seen = byId.get(`${sessionId}/${event.requestId}`);
      if (seen) seen.status = event.response.status;
    });
    const ready = [session.send('Network.enable'), watch(session)].map((step) => step.catch(() => undefined));
    // Some targets (browser UI) have no Network domain; every target must be let go all the same.
    void Promise.all(ready).then(() => session.send('Runtime.runIfWaitingForDebugger').catch(() => undefined));
  }

  await watch(root);
  return {
    requests,
    targets,
    stop: () => browser.disconnect(),
  };
}

/** A URL request in Chromium's net-log: its address and the origin that asked for it. */
export interface NetLogRequest {
  url: string;
  /** An origin, or "not an origin" for the browser's own requests and typed navigations. */
  initiator: string;
}

/** The URL requests of a --log-net-log file, which Chromium completes when it closes. */
export function readNetLog(file: string): NetLogRequest[] {
  const log = JSON.parse(readFileSync(file, 'utf8')) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { url?: string; initiator?: string } }[];
  };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((event) => event.type === start && event.params?.url)
    .map((event) => ({ url: event.params!.url!, initiator: event.params!.initiator ?? 'not an origin' }));
}

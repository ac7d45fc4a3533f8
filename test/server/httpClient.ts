// Minimal HTTP client for the server tests: talks to the fixture server on 127.0.0.1 while
// naming the fixture host, either in the Host header or as a proxy-form absolute URL.
import { request } from 'node:http';

export interface FixtureResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** Set-Cookie headers as an array (empty when none). */
  cookies: string[];
}

export interface FixtureRequest {
  url: string;
  cookie?: string;
  method?: string;
  form?: Record<string, string>;
  /** Send the absolute URL in the request line, as a browser does to its HTTP proxy. */
  proxyForm?: boolean;
}

export function fetchFixture(port: number, options: FixtureRequest): Promise<FixtureResponse> {
  const url = new URL(options.url);
  const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? (body ? 'POST' : 'GET'),
        path: options.proxyForm ? url.href : url.pathname + url.search,
        headers: {
          Host: options.proxyForm ? `127.0.0.1:${port}` : url.host,
          ...(options.cookie ? { Cookie: options.cookie } : {}),
          ...(body ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: text,
            cookies: res.headers['set-cookie'] ?? [],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

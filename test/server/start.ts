// CLI: tsx test/server/start.ts [--port N]. Serves the AliExpress fixture pages until Ctrl-C.
import { startFixtureServer } from './fixtureServer.ts';
import { KNOWN_HOSTS } from './routes.ts';

function portArgument(argv: string[]): number {
  const index = argv.indexOf('--port');
  const value = index >= 0 ? Number(argv[index + 1]) : 8787;
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`--port needs a number from 0 to 65535, got "${argv[index + 1]}"`);
  }
  return value;
}

const server = await startFixtureServer({ port: portArgument(process.argv.slice(2)) });
const local = `127.0.0.1:${server.port}`;
const hosts = [...KNOWN_HOSTS].sort();

console.log(`AliExpress fixture server listening on http://${local}

The pages answer on their real host names, so map those to this server first:

  Chromium:  --host-resolver-rules="MAP *.aliexpress.com ${local}, MAP aliexpress.com ${local}, MAP *.aliexpress.us ${local}, MAP aliexpress.us ${local}, MAP *.aliexpress.ru ${local}, MAP aliexpress.ru ${local}"
             or --proxy-server=http://${local}
  Firefox:   Settings > Network > Manual proxy: HTTP proxy 127.0.0.1 port ${server.port}
             (leave https unproxied; the fixtures are http only)
  curl:      curl -H 'Host: www.aliexpress.com' http://${local}/
             or curl -x http://${local} http://www.aliexpress.com/

Then open ${server.origin('www.aliexpress.com')}/

Hosts: ${hosts.join(', ')}
Demo state (cookies): ${server.origin('www.aliexpress.com')}/__demo/set?eg_session=1&eg_era=legacy
                      ${server.origin('www.aliexpress.com')}/__demo/reset
Routes and cookies: test/fixtures/README.md`);

const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
